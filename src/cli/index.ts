// The command line: argument parsing, the commands (chat, ask, ledger, sources) and their output formats.
export { type CliRequest, COMMANDS, type CommandName, parseCommandLine } from "./args.js";
export { formatSek } from "./format.js";
export { helpText } from "./help.js";
export { type CliIo, useColor } from "./io.js";
export { type LedgerRow, ledgerCsv, ledgerTable, projectLedgerEntry } from "./ledger-format.js";
export { withQuestionLog } from "./question-log.js";
export { runCli } from "./run.js";
export { installShutdown, type ProcessHost, watchFaults } from "./shutdown.js";
