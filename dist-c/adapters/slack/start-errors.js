import { GmsError } from "../../errors.js";
import { networkFailure } from "../network-errors.js";
/** auth.test failed: the network, a rejected token, or something else, each with what to check. */
export function slackStartError(err, config) {
    const network = networkFailure(err);
    const platform = err?.data?.error;
    let message;
    if (network && typeof platform !== "string") {
        message = `could not reach Slack at ${config.apiUrl} (network failure: ${network}); check the network connection, any proxy or firewall, and SLACK_API_URL`;
    }
    else if (platform === "invalid_auth" ||
        platform === "not_authed" ||
        platform === "token_revoked" ||
        platform === "account_inactive") {
        message = `Slack rejected SLACK_BOT_TOKEN (${platform}); copy the Bot User OAuth Token (xoxb-…) again from OAuth & Permissions, and reinstall the app if it was removed`;
    }
    else {
        const reason = typeof platform === "string" ? platform : err instanceof Error ? err.message : String(err);
        message = `Slack did not accept SLACK_BOT_TOKEN at ${config.apiUrl} (${reason}); check the token and SLACK_API_URL`;
    }
    return new GmsError("ADAPTER_FAILED", message, { cause: err });
}
//# sourceMappingURL=start-errors.js.map