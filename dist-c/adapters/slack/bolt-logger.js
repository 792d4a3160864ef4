import { LogLevel } from "@slack/bolt";
/** Bolt's logger interface over our pino logger, so its lines share our format and redaction. */
export function createBoltLogger(logger) {
    let child = logger.child({ component: "slack-bolt" });
    const write = (level, parts) => {
        const err = parts.find((p) => p instanceof Error);
        const text = parts.map((p) => (p instanceof Error ? p.message : String(p))).join(" ");
        if (err)
            child[level]({ err }, text);
        else
            child[level](text);
    };
    return {
        debug: (...parts) => write("debug", parts),
        info: (...parts) => write("info", parts),
        warn: (...parts) => write("warn", parts),
        error: (...parts) => write("error", parts),
        // Our LOG_LEVEL decides, not Bolt's defaults.
        setLevel: () => { },
        getLevel: () => toBoltLevel(child.level),
        setName: (name) => {
            child = logger.child({ component: name });
        },
    };
}
function toBoltLevel(level) {
    if (level === "trace" || level === "debug")
        return LogLevel.DEBUG;
    if (level === "info")
        return LogLevel.INFO;
    if (level === "warn")
        return LogLevel.WARN;
    return LogLevel.ERROR;
}
//# sourceMappingURL=bolt-logger.js.map