import { GmsError } from "../../errors.js";
import { networkFailure } from "../network-errors.js";
/** Login or registration failed: the network, a rejected token, or a refusal, each with what to check. */
export function discordFailure(err, config, doing) {
    const e = err;
    const network = networkFailure(err);
    let message;
    if (e?.code === "TokenInvalid" || e?.status === 401) {
        message = `Discord rejected DISCORD_TOKEN while ${doing} (401 Unauthorized); copy the token again from the Bot page (Reset Token makes a new one)`;
    }
    else if (network) {
        message = `could not reach Discord at ${config.apiUrl} while ${doing} (network failure: ${network}); check the network connection, any proxy or firewall, and DISCORD_API_URL`;
    }
    else if (e?.status === 403 || e?.status === 404) {
        message = `Discord refused ${doing} (${String(e.status)}); check DISCORD_APPLICATION_ID, DISCORD_GUILD_ID and that the bot was invited with the applications.commands scope`;
    }
    else {
        const reason = err instanceof Error ? err.message : String(err);
        message = `Discord failed while ${doing} (${reason}); check DISCORD_TOKEN and DISCORD_API_URL`;
    }
    return new GmsError("ADAPTER_FAILED", message, { cause: err });
}
//# sourceMappingURL=start-errors.js.map