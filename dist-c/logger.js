import pino, {} from "pino";
/** Paths whose values are secrets: never printed, whatever object they arrive in. */
export const REDACT_PATHS = [
    "token",
    "botToken",
    "appToken",
    "signingSecret",
    "*.token",
    "*.botToken",
    "*.appToken",
    "*.signingSecret",
    "*.*.token",
    "config.slack.botToken",
    "config.slack.appToken",
    "config.slack.signingSecret",
    "config.discord.token",
    "headers.authorization",
    "*.headers.authorization",
    'headers["x-slack-signature"]',
];
/** Readable lines in a terminal, JSON otherwise; secrets redacted by path and by value. */
export function createLogger(options = {}) {
    const level = options.level ?? "info";
    // Config requires real token shapes; shorter values (a URL user name) would mask ordinary words.
    const secrets = (options.secrets ?? []).filter((s) => s.length >= 6);
    const pretty = options.format === "pretty" ||
        (options.format !== "json" && !options.destination && process.stderr.isTTY === true);
    const base = {
        level,
        redact: { paths: REDACT_PATHS, censor: "[redacted]" },
        hooks: {
            // Catches secrets inside free text (error messages, URLs) that path redaction cannot see.
            streamWrite: (line) => maskSecrets(line, secrets),
        },
    };
    if (options.destination)
        return pino(base, options.destination);
    if (pretty) {
        return pino({
            ...base,
            transport: { target: "pino-pretty", options: { destination: 2, colorize: true } },
        });
    }
    return pino(base, pino.destination({ fd: 2, sync: true }));
}
/** Replaces every occurrence of each secret with a marker. */
export function maskSecrets(line, secrets) {
    let out = line;
    for (const s of secrets) {
        // In a JSON line a secret holding `"` or `\` appears escaped: mask that form too.
        for (const form of new Set([JSON.stringify(s).slice(1, -1), s])) {
            out = out.split(form).join("[redacted]");
        }
    }
    return out;
}
//# sourceMappingURL=logger.js.map