import { parseArgs } from "node:util";
import { GmsError } from "../errors.js";

export const RENDER_TARGETS = ["slack", "discord", "text"] as const;
export type RenderTarget = (typeof RENDER_TARGETS)[number];

export const COMMANDS = ["chat", "ask", "ledger", "facts", "sources", "help"] as const;
export type CommandName = (typeof COMMANDS)[number];

/** What the command line asked for, after every usage check. */
export type CliRequest =
  | { kind: "help"; command: CommandName | null }
  | { kind: "version" }
  | {
      kind: "run";
      /** null: no command given (platform adapters if configured, else the chat). */
      command: Exclude<CommandName, "help"> | null;
      seeds: string | null;
      json: boolean;
      csv: boolean;
      /** `ask --render`: print exactly the payload that platform's adapter would send. */
      render: RenderTarget | null;
      /** `ledger --review`: what rests on weak evidence, and every reconciliation warning. */
      review: boolean;
      /** The words after `ask`, joined; null when there are none (questions come from stdin). */
      question: string | null;
    };

const OPTIONS = {
  seeds: { type: "string" },
  render: { type: "string" },
  json: { type: "boolean" },
  csv: { type: "boolean" },
  review: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;
type OptionName = keyof typeof OPTIONS;

// Options beyond the global ones (--seeds, --help, --version), per command.
const COMMAND_OPTIONS: Record<CommandName | "none", readonly OptionName[]> = {
  none: [],
  chat: [],
  ask: ["json", "render"],
  ledger: ["json", "csv", "review"],
  facts: ["json"],
  sources: ["json"],
  help: [],
};
const GLOBAL_OPTIONS: readonly OptionName[] = ["seeds", "help", "version"];

const usage = (message: string, command?: string | null): GmsError =>
  new GmsError("USAGE", `${message}. Run gms-bot ${command ? `${command} ` : ""}--help.`);

const isCommand = (word: string): word is CommandName =>
  (COMMANDS as readonly string[]).includes(word);

/** Parses `gms-bot [command] [options]`; every usage error is a GmsError with code USAGE. */
export function parseCommandLine(argv: readonly string[]): CliRequest {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const positionals = tokens.flatMap((t) => (t.kind === "positional" ? [t.value] : []));
  const first = positionals[0];
  if (first !== undefined && !isCommand(first)) throw usage(`unknown command '${first}'`);
  const command = first ?? null;
  const values = readOptions(tokens, command);
  const rest = positionals.slice(1);
  if (values.version) return { kind: "version" };
  if (values.help) return { kind: "help", command };
  return toRequest(command, rest, values);
}

interface OptionValues {
  seeds: string | null;
  render: RenderTarget | null;
  json: boolean;
  csv: boolean;
  review: boolean;
  help: boolean;
  version: boolean;
}

type Token = ReturnType<typeof parseArgs>["tokens"] extends (infer T)[] | undefined ? T : never;

function readOptions(tokens: readonly Token[], command: CommandName | null): OptionValues {
  const allowed = new Set([...GLOBAL_OPTIONS, ...COMMAND_OPTIONS[command ?? "none"]]);
  const values: OptionValues = {
    seeds: null,
    render: null,
    json: false,
    csv: false,
    review: false,
    help: false,
    version: false,
  };
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const name = token.name as OptionName;
    if (!(name in OPTIONS)) throw usage(`unknown option '${token.rawName}'`, command);
    if (!allowed.has(name)) {
      throw usage(`option '${token.rawName}' does not apply to '${command ?? "gms-bot"}'`, command);
    }
    if (name === "seeds") values.seeds = seedsValue(token, command);
    else if (name === "render") values.render = renderValue(token, command);
    else if (token.value !== undefined) {
      throw usage(`option '${token.rawName}' takes no value`, command);
    } else values[name] = true;
  }
  return values;
}

function seedsValue(token: Token & { kind: "option" }, command: CommandName | null): string {
  const value = token.value;
  // `--seeds --json` would otherwise take "--json" as the folder; `--seeds=-odd` still works.
  if (value === undefined || value === "" || (!token.inlineValue && value.startsWith("-"))) {
    throw usage("option '--seeds' needs a folder, e.g. --seeds ./seeds", command);
  }
  return value;
}

function renderValue(token: Token & { kind: "option" }, command: CommandName | null): RenderTarget {
  const value = token.value ?? "";
  const target = RENDER_TARGETS.find((t) => t === value);
  if (!target) throw usage(`option '--render' needs one of ${RENDER_TARGETS.join(", ")}`, command);
  return target;
}

function toRequest(command: CommandName | null, rest: string[], values: OptionValues): CliRequest {
  if (command === "help") {
    const topic = rest[0];
    if (topic !== undefined && !isCommand(topic)) throw usage(`unknown command '${topic}'`);
    return { kind: "help", command: topic ?? null };
  }
  if (command !== "ask" && rest.length > 0) {
    throw usage(`unexpected argument '${rest[0]}'`, command);
  }
  if (values.json && values.csv) throw usage("choose one of --json and --csv", command);
  if (values.json && values.render) throw usage("choose one of --json and --render", command);
  const question = rest.length > 0 ? rest.join(" ") : null;
  const { seeds, json, csv, render, review } = values;
  return { kind: "run", command, seeds, json, csv, render, review, question };
}
