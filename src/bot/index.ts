// The answering bot: deterministic question → cited Answer, shared by every adapter.
export * from "./answer.js";
export {
  type ConversationStore,
  createConversationStore,
} from "./conversation.js";
export { type CreateAskOptions, createAsk } from "./create-ask.js";
export type { Ask, AskContext } from "./port.js";
