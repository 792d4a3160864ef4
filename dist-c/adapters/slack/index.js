// The Slack adapter: Bolt (Socket Mode or HTTP) around the core's `ask`, with a pure Block Kit renderer.
export * from "./block-kit.js";
export { createSlackAdapter, } from "./create-slack-adapter.js";
export { renderAnswer, renderSourceQuotes, SOURCES_SHOWN_MAX, } from "./render.js";
export { escapeSlack, questionFromSlack } from "./slack-text.js";
//# sourceMappingURL=index.js.map