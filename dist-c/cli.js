#!/usr/bin/env node
import { t as GmsError } from "./cli-errors-CiUP9eDM.js";
import { r as writeLine } from "./cli-io-DUA6Hw0B.js";
import { homedir } from "node:os";
import { join } from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
// dist/cli/env-file.js
/**
* Loads `.env` from `cwd` into the environment when the file exists; variables already set win
* (Node's own rule). Returns the file's path, or null when there is none.
*/
function loadDotEnv(cwd, load = (p) => process.loadEnvFile(p)) {
	const path = join(cwd, ".env");
	if (!existsSync(path)) return null;
	try {
		load(path);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new GmsError("CONFIG_INVALID", `${path} could not be read (${reason})`);
	}
	return path;
}
// dist/version.js
/** The package version, read once from package.json (read as text: no CommonJS loader at start-up). */
const VERSION = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
// dist/cli/args.js
const RENDER_TARGETS = [
	"slack",
	"discord",
	"text"
];
const COMMANDS = [
	"chat",
	"ask",
	"ledger",
	"facts",
	"sources",
	"report",
	"help"
];
const OPTIONS = {
	seeds: { type: "string" },
	render: { type: "string" },
	since: { type: "string" },
	json: { type: "boolean" },
	csv: { type: "boolean" },
	review: { type: "boolean" },
	help: {
		type: "boolean",
		short: "h"
	},
	version: {
		type: "boolean",
		short: "v"
	}
};
const COMMAND_OPTIONS = {
	none: [],
	chat: [],
	ask: ["json", "render"],
	ledger: [
		"json",
		"csv",
		"review"
	],
	facts: ["json"],
	sources: ["json"],
	report: ["json", "since"],
	help: []
};
const GLOBAL_OPTIONS = [
	"seeds",
	"help",
	"version"
];
const usage = (message, command) => new GmsError("USAGE", `${message}. Run gms-bot ${command ? `${command} ` : ""}--help.`);
const isCommand = (word) => COMMANDS.includes(word);
/** Parses `gms-bot [command] [options]`; every usage error is a GmsError with code USAGE. */
function parseCommandLine(argv) {
	const { tokens } = parseArgs({
		args: [...argv],
		options: OPTIONS,
		allowPositionals: true,
		strict: false,
		tokens: true
	});
	const positionals = tokens.flatMap((t) => t.kind === "positional" ? [t.value] : []);
	const first = positionals[0];
	if (first !== void 0 && !isCommand(first)) throw usage(`unknown command '${first}'`);
	const command = first ?? null;
	const values = readOptions(tokens, command);
	const rest = positionals.slice(1);
	if (values.version) return { kind: "version" };
	if (values.help) return {
		kind: "help",
		command
	};
	return toRequest(command, rest, values);
}
function readOptions(tokens, command) {
	const allowed = /* @__PURE__ */ new Set([...GLOBAL_OPTIONS, ...COMMAND_OPTIONS[command ?? "none"]]);
	const values = {
		seeds: null,
		render: null,
		since: null,
		json: false,
		csv: false,
		review: false,
		help: false,
		version: false
	};
	for (const token of tokens) {
		if (token.kind !== "option") continue;
		const name = token.name;
		if (!(name in OPTIONS)) throw usage(`unknown option '${token.rawName}'`, command);
		if (!allowed.has(name)) throw usage(`option '${token.rawName}' does not apply to '${command ?? "gms-bot"}'`, command);
		if (name === "seeds") values.seeds = seedsValue(token, command);
		else if (name === "render") values.render = renderValue(token, command);
		else if (name === "since") values.since = sinceValue(token, command);
		else if (token.value !== void 0) throw usage(`option '${token.rawName}' takes no value`, command);
		else values[name] = true;
	}
	return values;
}
function seedsValue(token, command) {
	const value = token.value;
	if (value === void 0 || value === "" || !token.inlineValue && value.startsWith("-")) throw usage("option '--seeds' needs a folder, e.g. --seeds ./seeds", command);
	return value;
}
function renderValue(token, command) {
	const value = token.value ?? "";
	const target = RENDER_TARGETS.find((t) => t === value);
	if (!target) throw usage(`option '--render' needs one of ${RENDER_TARGETS.join(", ")}`, command);
	return target;
}
function sinceValue(token, command) {
	const value = token.value ?? "";
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw usage("option '--since' needs a date, e.g. --since 2026-01-31", command);
	return value;
}
function toRequest(command, rest, values) {
	if (command === "help") {
		const topic = rest[0];
		if (topic !== void 0 && !isCommand(topic)) throw usage(`unknown command '${topic}'`);
		return {
			kind: "help",
			command: topic ?? null
		};
	}
	if (command === "report") {
		if (rest.length > 1) throw usage(`unexpected argument '${rest[1]}'`, command);
		const { seeds, json, csv, since } = values;
		return {
			kind: "run",
			command,
			seeds,
			json,
			csv,
			render: null,
			review: false,
			question: null,
			file: rest[0] ?? null,
			since
		};
	}
	if (command !== "ask" && rest.length > 0) throw usage(`unexpected argument '${rest[0]}'`, command);
	if (values.json && values.csv) throw usage("choose one of --json and --csv", command);
	if (values.json && values.render) throw usage("choose one of --json and --render", command);
	const question = rest.length > 0 ? rest.join(" ") : null;
	const { seeds, json, csv, render, review } = values;
	return {
		kind: "run",
		command,
		seeds,
		json,
		csv,
		render,
		review,
		question
	};
}
// dist/cli/help.js
const GLOBAL = `  --seeds DIR       documents folder (default: SEEDS_DIR, else the bundled seeds)
                    mapp med dokument (standard: SEEDS_DIR, annars de medföljande)
  -h, --help        this help / den här hjälpen
  -v, --version     the version / versionen`;
const OVERVIEW = `gms-bot: answers questions about the Swedish government's funding of Genomic Medicine
Sweden (GMS); every figure is cited to a quoted passage of a source document.
gms-bot: svarar på frågor om statens finansiering av Genomic Medicine Sweden (GMS); varje
belopp har en källa med citat ur ett dokument.

Usage / Användning:
  gms-bot [command] [options]

Commands / Kommandon:
  (none / inget)    Slack and/or Discord when their tokens are set, else the terminal chat
                    Slack och/eller Discord om deras token är satta, annars chatten
  chat              chat in the terminal / chatta i terminalen
  ask [question]    one answer; without a question, one per line of standard input
                    ett svar; utan fråga, ett per rad från standard input
  ledger            the funding ledger: every figure and its sources
                    anslagsliggaren: varje belopp och dess källor
  facts             deadlines, decisions, people, copy lists, members, payers
                    tidsgränser, beslut, personer, kopielistor, medlemmar, utbetalare
  sources           the loaded documents / de inlästa dokumenten
  report [log]      usage and feedback from the bot's JSON log / användning och återkoppling
  help [command]    help for a command / hjälp för ett kommando

Options / Flaggor:
${GLOBAL}

Examples / Exempel:
  gms-bot
  gms-bot ask "Hur mycket fick GMS 2024?"
  gms-bot ask --json "How much went to childhood cancer in 2022?"
  printf 'Vem betalar ut pengarna?\\nWhat is GMS?\\n' | gms-bot ask --json
  gms-bot ledger --csv > ledger.csv
  gms-bot sources --seeds ./my-documents

Configuration / Konfiguration: environment variables, see .env.example
(miljövariabler, se .env.example).`;
const COMMAND_HELP = {
	chat: `Usage / Användning: gms-bot chat [--seeds DIR]

A chat in the terminal: ask in Swedish or English, follow up ("and 2024?"), and type
help, sources or exit. Ctrl-D or Ctrl-C also leave. Piped input is answered line by line.
En chatt i terminalen: fråga på svenska eller engelska, följ upp ("och 2024?") och skriv
help, sources eller exit. Ctrl-D eller Ctrl-C avslutar också.

Options / Flaggor:
${GLOBAL}

Examples / Exempel:
  gms-bot chat
  printf 'Hur mycket fick GMS 2024?\\noch 2023?\\n' | gms-bot chat`,
	ask: `Usage / Användning: gms-bot ask [--json | --render slack|discord|text] [--seeds DIR] [question…]

One answer as text, with its sources. Without a question, reads one question per line
from standard input and answers each, in order; each line is asked on its own.
Ett svar som text, med källor. Utan fråga läses en fråga per rad från standard input.
Exit status 0 whether answered or declined / slutstatus 0 både för svar och avböjda frågor.

Options / Flaggor:
  --json            the answer object as one JSON line / svaret som en JSON-rad
  --render PLATFORM exactly what slack, discord or text would send / exakt det som skickas
${GLOBAL}
  --                everything after is the question / allt efter är frågan

Examples / Exempel:
  gms-bot ask how much went to barncancer 2022
  gms-bot ask --json "Hur mycket gick till sällsynta hälsotillstånd 2024?"
  gms-bot ask --json < questions.txt > answers.jsonl`,
	ledger: `Usage / Användning: gms-bot ledger [--json | --csv] [--seeds DIR]

Every funding figure in the documents: amount, year(s), role, area, the grant it is part of,
recipient and source documents. Anslagsliggaren: varje belopp i dokumenten med källor.

Options / Flaggor:
  --json            {"entries": [...]} with the quoted sources / med citerade källor
  --csv             CSV for spreadsheets (RFC 4180) / CSV för kalkylark
${GLOBAL}

Examples / Exempel:
  gms-bot ledger
  gms-bot ledger --json > ledger.json
  gms-bot ledger --csv > ledger.csv`,
	facts: `Usage / Användning: gms-bot facts [--json] [--seeds DIR]

What the documents state besides money, each from a quoted line: deadlines (report,
requisition, repayment), decisions, ministers, signers and press contacts, copy recipients,
GMS's members and definition, and who pays out, distributes or requisitions.
Det dokumenten säger utöver belopp: tidsgränser, beslut, personer, kopielistor, medlemmar.

Options / Flaggor:
  --json            {"statements": {...}}, every span with docId, start, end and text
${GLOBAL}

Examples / Exempel:
  gms-bot facts
  gms-bot facts --json > facts.json`,
	sources: `Usage / Användning: gms-bot sources [--json] [--seeds DIR]

The loaded documents (id, title, published, address) and any problem met while loading.
De inlästa dokumenten (id, titel, publicerad, adress) och eventuella problem vid inläsning.

Options / Flaggor:
  --json            {"documents": [...], "problems": [...]}
${GLOBAL}

Examples / Exempel:
  gms-bot sources
  gms-bot sources --seeds ./my-documents`,
	report: `Usage / Användning: gms-bot report [--since YYYY-MM-DD] [--json] [log-file]

What people asked and thought of the answers, from the bot's JSON log (a file, or standard
input): questions per day and platform, share answered, the most frequent questions not
answered, 👍/👎 per intent (once per person and answer) and the questions behind each 👎.
No user id is shown. Vad folk frågade och tyckte om svaren, ur botens JSON-logg.

Options / Flaggor:
  --since DATE      count from this day (UTC) / räkna från den dagen
  --json            the report as one JSON object / rapporten som ett JSON-objekt
${GLOBAL}

Examples / Exempel:
  gms-bot report bot.log
  LOG_FORMAT=json npm start 2>> bot.log; gms-bot report --since 2026-01-01 < bot.log`
};
/** The help text for the whole tool, or for one command. */
function helpText(command) {
	return command === null || command === "help" ? OVERVIEW : COMMAND_HELP[command];
}
// dist/cli/run.js
/**
* The whole command line: exit code 0 (answered or declined), 1 (configuration or a failure),
* 2 (usage); null while platform adapters serve. Help and version load nothing else.
*/
async function runCli(argv, io) {
	let request;
	try {
		request = parseCommandLine(argv);
	} catch (error) {
		return reportGmsError(error, io);
	}
	if (request.kind === "version") {
		writeLine(io.stdout, VERSION);
		return 0;
	}
	if (request.kind === "help") {
		writeLine(io.stdout, helpText(request.command));
		return 0;
	}
	try {
		const { runCommand } = await import("./cli-commands-BYAuK2DM.js");
		return await runCommand(request, io);
	} catch (error) {
		return reportGmsError(error, io);
	}
}
function reportGmsError(error, io) {
	if (!(error instanceof GmsError)) throw error;
	writeLine(io.stderr, error.message);
	return error.code === "USAGE" ? 2 : 1;
}
// dist/cli.js
process.stdout.on("error", (error) => {
	if (error.code === "EPIPE") process.exit(0);
	throw error;
});
try {
	const envFile = loadDotEnv(process.cwd());
	const code = await runCli(process.argv.slice(2), {
		env: process.env,
		envFile,
		cwd: process.cwd(),
		stdin: process.stdin,
		stdout: process.stdout,
		stderr: process.stderr,
		signals: process,
		historyFile: join(homedir(), ".gms_bot_history")
	});
	if (code !== null) process.exitCode = code;
} catch (error) {
	if (error instanceof GmsError) console.error(error.message);
	else console.error("gms-bot: internal error:", error);
	process.exitCode = 1;
}
export {};

//# sourceMappingURL=cli.js.map