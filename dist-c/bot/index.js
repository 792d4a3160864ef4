// The answering bot: deterministic question → cited Answer, shared by every adapter.
export * from "./answer.js";
export * from "./blocks.js";
export { blocksOf, renumberMarkers } from "./build-blocks.js";
export { createConversationStore, } from "./conversation.js";
export { createAsk } from "./create-ask.js";
export { formatAmount, groupDigits } from "./format-amount.js";
//# sourceMappingURL=index.js.map