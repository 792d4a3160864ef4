// discord.js re-exports @discordjs/rest, so no undeclared direct dependency is needed.
import { REST, Routes } from "discord.js";
import { loadConfig } from "../../config.js";
import { GmsError } from "../../errors.js";
import { createLogger } from "../../logger.js";
import { COMMANDS } from "./commands.js";
import { discordFailure } from "./start-errors.js";
/**
 * One bulk overwrite: to one server when `guildId` is set (instant, for development),
 * else globally (can take up to an hour to appear everywhere).
 */
export async function registerCommands(config, logger) {
    // No sweeper timers: a one-shot command should exit as soon as it is done.
    const rest = new REST({ api: config.apiUrl, hashSweepInterval: 0, handlerSweepInterval: 0 });
    rest.setToken(config.token);
    const scope = config.guildId ? "guild" : "global";
    const route = config.guildId
        ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
        : Routes.applicationCommands(config.applicationId);
    const result = (await rest.put(route, { body: COMMANDS }));
    logger.info({ scope, guildId: config.guildId, commands: COMMANDS.map((c) => c.name) }, "discord commands registered");
    return { scope, count: Array.isArray(result) ? result.length : COMMANDS.length };
}
/** `npm run discord:register`: returns the exit code instead of exiting, so it can be tested. */
export async function runRegister(env, io) {
    try {
        const config = loadConfig(env);
        if (!config.discord) {
            throw new GmsError("CONFIG_INVALID", "DISCORD_TOKEN is missing: set it (and DISCORD_APPLICATION_ID) to register the commands");
        }
        const logger = createLogger({
            level: config.logLevel,
            format: config.logFormat,
            secrets: [config.discord.token],
        });
        const discord = config.discord;
        const { scope, count } = await registerCommands(discord, logger).catch((err) => {
            throw discordFailure(err, discord, "registering the commands");
        });
        const where = scope === "guild" ? `server ${config.discord.guildId}` : "every server (global)";
        io.stdout(`Registered ${count} commands for ${where}.`);
        return 0;
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        io.stderr(err instanceof GmsError
            ? message
            : `gms-bot: registering the Discord commands failed: ${message}`);
        return 1;
    }
}
//# sourceMappingURL=register.js.map