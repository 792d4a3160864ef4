// The terminal adapter: a readline chat over `ask`, and the plain-text rendering of answers.
export {
  APOLOGY,
  createTerminalChat,
  EXIT_WORDS,
  GOODBYE,
  GREETING,
  PROMPT,
  type TerminalChat,
  type TerminalChatOptions,
} from "./chat.js";
export { createFileHistory, HISTORY_SIZE, type HistoryStore } from "./history.js";
export { type RenderOptions, renderAnswer } from "./render.js";
export { oneLine, stripControl } from "./sanitize.js";
