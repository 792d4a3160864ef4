// Platform adapters: thin translators from the core's Answer to Slack, Discord and the terminal; each loads only when used.
export type { Adapter, HealthInfo } from "./types.js";
