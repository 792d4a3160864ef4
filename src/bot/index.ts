// The answering bot: deterministic question → cited Answer, shared by every adapter.
export * from "./answer.js";
export * from "./blocks.js";
export { blocksOf, renumberMarkers } from "./build-blocks.js";
export { type CreateAskOptions, createAsk } from "./create-ask.js";
export { formatAmount, groupDigits } from "./format-amount.js";
export type { Ask, AskContext } from "./port.js";
