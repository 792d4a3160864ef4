import { describe, expect, it } from "vitest";
import { parseCommandLine } from "../../src/cli/args.js";
import { GmsError } from "../../src/errors.js";

function usageError(argv: string[]): GmsError {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof GmsError) return error;
    throw error;
  }
  throw new Error(`expected a usage error for ${JSON.stringify(argv)}`);
}

const run = (overrides: object) => ({
  kind: "run",
  command: null,
  seeds: null,
  json: false,
  render: null,
  csv: false,
  review: false,
  question: null,
  ...overrides,
});

describe("parseCommandLine", () => {
  it("runs the default with no arguments", () => {
    expect(parseCommandLine([])).toEqual(run({}));
  });

  it("joins the words after ask into one question", () => {
    expect(parseCommandLine(["ask", "how", "much", "2022?"])).toEqual(
      run({ command: "ask", question: "how much 2022?" }),
    );
  });

  it("reads ask --json with and without a question", () => {
    expect(parseCommandLine(["ask", "--json", "Vem betalar?"])).toEqual(
      run({ command: "ask", json: true, question: "Vem betalar?" }),
    );
    expect(parseCommandLine(["ask", "--json"])).toEqual(run({ command: "ask", json: true }));
  });

  it("takes everything after -- as the question, dashes included", () => {
    expect(parseCommandLine(["ask", "--", "--json", "-5"])).toEqual(
      run({ command: "ask", question: "--json -5" }),
    );
  });

  it("accepts --seeds before or after the command, and as --seeds=DIR", () => {
    expect(parseCommandLine(["--seeds", "docs", "ledger"])).toEqual(
      run({ command: "ledger", seeds: "docs" }),
    );
    expect(parseCommandLine(["ledger", "--csv", "--seeds=-odd"])).toEqual(
      run({ command: "ledger", csv: true, seeds: "-odd" }),
    );
    expect(parseCommandLine(["chat", "--seeds", "x"])).toEqual(
      run({ command: "chat", seeds: "x" }),
    );
  });

  it("answers --help and --version, overall and per command", () => {
    expect(parseCommandLine(["--help"])).toEqual({ kind: "help", command: null });
    expect(parseCommandLine(["-h"])).toEqual({ kind: "help", command: null });
    expect(parseCommandLine(["ledger", "--help"])).toEqual({ kind: "help", command: "ledger" });
    expect(parseCommandLine(["help", "ask"])).toEqual({ kind: "help", command: "ask" });
    expect(parseCommandLine(["--version"])).toEqual({ kind: "version" });
    expect(parseCommandLine(["ask", "-v"])).toEqual({ kind: "version" });
  });

  it.each([
    [["frobnicate"], "gms-bot: unknown command 'frobnicate'. Run gms-bot --help."],
    [["help", "nope"], "gms-bot: unknown command 'nope'. Run gms-bot --help."],
    [["--nope"], "gms-bot: unknown option '--nope'. Run gms-bot --help."],
    [["ask", "-x"], "gms-bot: unknown option '-x'. Run gms-bot ask --help."],
    [
      ["ask", "--seeds"],
      "gms-bot: option '--seeds' needs a folder, e.g. --seeds ./seeds. Run gms-bot ask --help.",
    ],
    [["ask", "--seeds", "--json"], "needs a folder"],
    [["ask", "--seeds="], "needs a folder"],
    [
      ["chat", "--json"],
      "gms-bot: option '--json' does not apply to 'chat'. Run gms-bot chat --help.",
    ],
    [["ask", "--csv", "q"], "option '--csv' does not apply to 'ask'"],
    [["ledger", "--json", "--csv"], "choose one of --json and --csv"],
    [["ledger", "extra"], "unexpected argument 'extra'"],
    [["ask", "--json=yes", "q"], "option '--json' takes no value"],
  ])("rejects %j with a usage error", (argv, message) => {
    const error = usageError(argv);
    expect(error.code).toBe("USAGE");
    expect(error.message).toContain(message);
  });
});
