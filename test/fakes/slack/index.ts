// A fake Slack on 127.0.0.1 (Web API, signed Events API requests, Socket Mode) that drives the real Bolt app.
export * from "./identity.js";
export * from "./payloads.js";
export * from "./recorder.js";
export * from "./signing.js";
export * from "./socket-server.js";
export * from "./web-api.js";
