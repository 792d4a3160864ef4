import { parseArgs } from "node:util";
import { GmsError } from "../errors.js";
export const RENDER_TARGETS = ["slack", "discord", "text"];
export const COMMANDS = ["chat", "ask", "ledger", "facts", "sources", "report", "help"];
const OPTIONS = {
    seeds: { type: "string" },
    render: { type: "string" },
    since: { type: "string" },
    json: { type: "boolean" },
    csv: { type: "boolean" },
    review: { type: "boolean" },
    help: { type: "boolean", short: "h" },
    version: { type: "boolean", short: "v" },
};
// Options beyond the global ones (--seeds, --help, --version), per command.
const COMMAND_OPTIONS = {
    none: [],
    chat: [],
    ask: ["json", "render"],
    ledger: ["json", "csv", "review"],
    facts: ["json"],
    sources: ["json"],
    report: ["json", "since"],
    help: [],
};
const GLOBAL_OPTIONS = ["seeds", "help", "version"];
const usage = (message, command) => new GmsError("USAGE", `${message}. Run gms-bot ${command ? `${command} ` : ""}--help.`);
const isCommand = (word) => COMMANDS.includes(word);
/** Parses `gms-bot [command] [options]`; every usage error is a GmsError with code USAGE. */
export function parseCommandLine(argv) {
    const { tokens } = parseArgs({
        args: [...argv],
        options: OPTIONS,
        allowPositionals: true,
        strict: false,
        tokens: true,
    });
    const positionals = tokens.flatMap((t) => (t.kind === "positional" ? [t.value] : []));
    const first = positionals[0];
    if (first !== undefined && !isCommand(first))
        throw usage(`unknown command '${first}'`);
    const command = first ?? null;
    const values = readOptions(tokens, command);
    const rest = positionals.slice(1);
    if (values.version)
        return { kind: "version" };
    if (values.help)
        return { kind: "help", command };
    return toRequest(command, rest, values);
}
function readOptions(tokens, command) {
    const allowed = new Set([...GLOBAL_OPTIONS, ...COMMAND_OPTIONS[command ?? "none"]]);
    const values = {
        seeds: null,
        render: null,
        since: null,
        json: false,
        csv: false,
        review: false,
        help: false,
        version: false,
    };
    for (const token of tokens) {
        if (token.kind !== "option")
            continue;
        const name = token.name;
        if (!(name in OPTIONS))
            throw usage(`unknown option '${token.rawName}'`, command);
        if (!allowed.has(name)) {
            throw usage(`option '${token.rawName}' does not apply to '${command ?? "gms-bot"}'`, command);
        }
        if (name === "seeds")
            values.seeds = seedsValue(token, command);
        else if (name === "render")
            values.render = renderValue(token, command);
        else if (name === "since")
            values.since = sinceValue(token, command);
        else if (token.value !== undefined) {
            throw usage(`option '${token.rawName}' takes no value`, command);
        }
        else
            values[name] = true;
    }
    return values;
}
function seedsValue(token, command) {
    const value = token.value;
    // `--seeds --json` would otherwise take "--json" as the folder; `--seeds=-odd` still works.
    if (value === undefined || value === "" || (!token.inlineValue && value.startsWith("-"))) {
        throw usage("option '--seeds' needs a folder, e.g. --seeds ./seeds", command);
    }
    return value;
}
function renderValue(token, command) {
    const value = token.value ?? "";
    const target = RENDER_TARGETS.find((t) => t === value);
    if (!target)
        throw usage(`option '--render' needs one of ${RENDER_TARGETS.join(", ")}`, command);
    return target;
}
function sinceValue(token, command) {
    const value = token.value ?? "";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
        throw usage("option '--since' needs a date, e.g. --since 2026-01-31", command);
    }
    return value;
}
function toRequest(command, rest, values) {
    if (command === "help") {
        const topic = rest[0];
        if (topic !== undefined && !isCommand(topic))
            throw usage(`unknown command '${topic}'`);
        return { kind: "help", command: topic ?? null };
    }
    if (command === "report") {
        if (rest.length > 1)
            throw usage(`unexpected argument '${rest[1]}'`, command);
        const { seeds, json, csv, since } = values;
        const file = rest[0] ?? null;
        return {
            kind: "run",
            command,
            seeds,
            json,
            csv,
            render: null,
            review: false,
            question: null,
            file,
            since,
        };
    }
    if (command !== "ask" && rest.length > 0) {
        throw usage(`unexpected argument '${rest[0]}'`, command);
    }
    if (values.json && values.csv)
        throw usage("choose one of --json and --csv", command);
    if (values.json && values.render)
        throw usage("choose one of --json and --render", command);
    const question = rest.length > 0 ? rest.join(" ") : null;
    const { seeds, json, csv, render, review } = values;
    return { kind: "run", command, seeds, json, csv, render, review, question };
}
//# sourceMappingURL=args.js.map