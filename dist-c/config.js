import { fileURLToPath } from "node:url";
import { z } from "zod";
import { GmsError } from "./errors.js";
/** The seeds bundled with the package: the default knowledge. */
export const BUNDLED_SEEDS_DIR = fileURLToPath(new URL("../seeds", import.meta.url));
/** Where built ledgers are kept between runs, in the usual place for tool caches. */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL("../node_modules/.cache/gms-bot", import.meta.url));
// An empty variable (common in .env files) means "not set".
const optional = (schema) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());
const url = (name) => z
    .string()
    .url({ message: `${name} must be an http(s) URL, e.g. https://example.com/api` })
    .regex(/^https?:\/\//i, {
    message: `${name} must be an http(s) URL, e.g. https://example.com/api`,
});
/** The most conversations CONVERSATION_MAX may ask the bot to remember. */
export const CONVERSATION_MAX_LIMIT = 1_000_000;
const positiveInt = (name) => z.coerce
    .number({ message: `${name} must be a whole number` })
    .int({ message: `${name} must be a whole number` })
    .positive({ message: `${name} must be greater than 0` });
const bool = (name) => z
    .enum(["true", "false", "1", "0", "yes", "no"], {
    message: `${name} must be true or false`,
})
    .transform((v) => v === "true" || v === "1" || v === "yes");
const EnvSchema = z.object({
    SEEDS_DIR: optional(z.string()),
    CACHE_DIR: optional(z.string()),
    LOG_LEVEL: optional(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        message: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent",
    })),
    LOG_FORMAT: optional(z.enum(["auto", "pretty", "json"], { message: "LOG_FORMAT must be auto, pretty or json" })),
    CONVERSATION_TTL_SECONDS: optional(positiveInt("CONVERSATION_TTL_SECONDS")),
    // Each remembered conversation holds a little context: a million is far beyond any team, and bounded.
    CONVERSATION_MAX: optional(positiveInt("CONVERSATION_MAX").max(CONVERSATION_MAX_LIMIT, {
        message: `CONVERSATION_MAX must be at most ${CONVERSATION_MAX_LIMIT}`,
    })),
    SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-[\w-]{6,}$/, {
        message: "SLACK_BOT_TOKEN must start with xoxb- and have at least 6 more letters, digits or dashes",
    })),
    SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-[\w-]{6,}$/, {
        message: "SLACK_APP_TOKEN must start with xapp- and have at least 6 more letters, digits or dashes",
    })),
    SLACK_SIGNING_SECRET: optional(z.string().regex(/^\S{8,}$/, {
        message: "SLACK_SIGNING_SECRET must be the app's signing secret (no spaces)",
    })),
    SLACK_API_URL: optional(url("SLACK_API_URL")),
    SLACK_THREAD_FOLLOWUPS: optional(bool("SLACK_THREAD_FOLLOWUPS")),
    PORT: optional(positiveInt("PORT").max(65535, { message: "PORT must be at most 65535" })),
    HOST: optional(z.string().regex(/^[\w.:-]+$/, {
        message: "HOST must be an interface address such as 0.0.0.0 or 127.0.0.1",
    })),
    DISCORD_TOKEN: optional(z.string().regex(/^\S{20,}$/, { message: "DISCORD_TOKEN must be the bot token (no spaces)" })),
    DISCORD_APPLICATION_ID: optional(z.string().regex(/^\d{5,20}$/, {
        message: "DISCORD_APPLICATION_ID must be the numeric application id",
    })),
    DISCORD_GUILD_ID: optional(z.string().regex(/^\d{5,20}$/, { message: "DISCORD_GUILD_ID must be a numeric server id" })),
    DISCORD_API_URL: optional(url("DISCORD_API_URL")),
    DISCORD_ALLOW_DMS: optional(bool("DISCORD_ALLOW_DMS")),
    DISCORD_USER_PER_MINUTE: optional(positiveInt("DISCORD_USER_PER_MINUTE")),
    DISCORD_CHANNEL_PER_MINUTE: optional(positiveInt("DISCORD_CHANNEL_PER_MINUTE")),
});
/** Parses the environment once; every problem is listed, each naming its variable. */
export function loadConfig(env = process.env) {
    const parsed = EnvSchema.safeParse(env);
    if (!parsed.success) {
        const lines = parsed.error.issues.map((i) => `  - ${i.message}`);
        throw new GmsError("CONFIG_INVALID", `invalid configuration:\n${lines.join("\n")}`);
    }
    const e = parsed.data;
    const problems = [];
    const port = e.PORT ?? 3000;
    let slack = null;
    if (e.SLACK_BOT_TOKEN) {
        if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
            problems.push("SLACK_BOT_TOKEN is set, so set SLACK_APP_TOKEN (xapp-…, Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)");
        }
        slack = {
            botToken: e.SLACK_BOT_TOKEN,
            appToken: e.SLACK_APP_TOKEN ?? null,
            signingSecret: e.SLACK_SIGNING_SECRET ?? null,
            apiUrl: withTrailingSlash(e.SLACK_API_URL ?? "https://slack.com/api/"),
            port,
            host: e.HOST ?? null,
            threadFollowups: e.SLACK_THREAD_FOLLOWUPS ?? false,
        };
    }
    else if (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) {
        problems.push("SLACK_BOT_TOKEN (xoxb-…) is missing; the other SLACK_ variables need it");
    }
    let discord = null;
    if (e.DISCORD_TOKEN) {
        if (!e.DISCORD_APPLICATION_ID) {
            problems.push("DISCORD_TOKEN is set, so set DISCORD_APPLICATION_ID (the numeric id on the app's General Information page)");
        }
        discord = {
            token: e.DISCORD_TOKEN,
            applicationId: e.DISCORD_APPLICATION_ID ?? "",
            guildId: e.DISCORD_GUILD_ID ?? null,
            apiUrl: (e.DISCORD_API_URL ?? "https://discord.com/api").replace(/\/+$/, ""),
            allowDms: e.DISCORD_ALLOW_DMS ?? true,
            userPerMinute: e.DISCORD_USER_PER_MINUTE ?? 5,
            channelPerMinute: e.DISCORD_CHANNEL_PER_MINUTE ?? 30,
        };
    }
    if (problems.length > 0) {
        throw new GmsError("CONFIG_INVALID", `invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    }
    return {
        seedsDir: e.SEEDS_DIR ?? BUNDLED_SEEDS_DIR,
        cacheDir: /^(?:off|false|0|none)$/i.test(e.CACHE_DIR ?? "")
            ? null
            : (e.CACHE_DIR ?? DEFAULT_CACHE_DIR),
        logLevel: e.LOG_LEVEL ?? "info",
        logFormat: e.LOG_FORMAT ?? "auto",
        conversationTtlMs: (e.CONVERSATION_TTL_SECONDS ?? 1800) * 1000,
        conversationMax: e.CONVERSATION_MAX ?? 1000,
        port,
        slack,
        discord,
    };
}
function withTrailingSlash(u) {
    return u.endsWith("/") ? u : `${u}/`;
}
//# sourceMappingURL=config.js.map