// The terminal adapter: a readline chat over `ask`, and the plain-text rendering of answers.
export { APOLOGY, createTerminalChat, EXIT_WORDS, GOODBYE, GREETING, PROMPT, } from "./chat.js";
export { createFileHistory, HISTORY_SIZE } from "./history.js";
export { renderAnswer } from "./render.js";
export { oneLine, stripControl } from "./sanitize.js";
//# sourceMappingURL=index.js.map