// The knowledge layer: documents → amounts, dates and facts → one ledger with exact sources. Pure: no network, no platform.
export { type Knowledge, loadKnowledge } from "./knowledge.js";
export type * from "./types.js";
