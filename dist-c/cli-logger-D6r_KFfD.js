import pino from "pino";
// dist/logger.js
/** Paths whose values are secrets: never printed, whatever object they arrive in. */
const REDACT_PATHS = [
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
	"headers[\"x-slack-signature\"]"
];
/** Readable lines in a terminal, JSON otherwise; secrets redacted by path and by value. */
function createLogger(options = {}) {
	const level = options.level ?? "info";
	const secrets = (options.secrets ?? []).filter((s) => s.length >= 6);
	const pretty = options.format === "pretty" || options.format !== "json" && !options.destination && process.stderr.isTTY === true;
	const base = {
		level,
		redact: {
			paths: REDACT_PATHS,
			censor: "[redacted]"
		},
		hooks: { streamWrite: (line) => maskSecrets(line, secrets) }
	};
	if (options.destination) return pino(base, options.destination);
	if (pretty) return pino({
		...base,
		transport: {
			target: "pino-pretty",
			options: {
				destination: 2,
				colorize: true
			}
		}
	});
	return pino(base, pino.destination({
		fd: 2,
		sync: true
	}));
}
/** Replaces every occurrence of each secret with a marker. */
function maskSecrets(line, secrets) {
	let out = line;
	for (const s of secrets) for (const form of /* @__PURE__ */ new Set([JSON.stringify(s).slice(1, -1), s])) out = out.split(form).join("[redacted]");
	return out;
}
export { createLogger as n, maskSecrets as r, REDACT_PATHS as t };

//# sourceMappingURL=cli-logger-D6r_KFfD.js.map