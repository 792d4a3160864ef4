// Helpers for whole-process tests: build dist once, run `node dist/cli.js` as `npm start` would.
export * from "./bot-process.js";
export * from "./build.js";
