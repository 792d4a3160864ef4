// The command line: argument parsing, the commands (chat, ask, ledger, sources) and their output formats.
export { COMMANDS, parseCommandLine } from "./args.js";
export { formatSek } from "./format.js";
export { helpText } from "./help.js";
export { useColor } from "./io.js";
export { ledgerCsv, ledgerTable, projectLedgerEntry } from "./ledger-format.js";
export { withQuestionLog } from "./question-log.js";
export { runCli } from "./run.js";
export { installShutdown, watchFaults } from "./shutdown.js";
//# sourceMappingURL=index.js.map