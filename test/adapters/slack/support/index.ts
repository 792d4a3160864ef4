// Helpers for the Slack adapter tests: a stand-in core, a harness around the real adapter, log capture, limit checks.
export * from "./capture-logger.js";
export * from "./harness.js";
export * from "./limits.js";
export * from "./test-ask.js";
