// The knowledge layer: documents → amounts, dates and facts → one ledger with exact sources. Pure: no network, no platform.
export { findAmounts } from "./amounts.js";
export { containsPhrase, phraseStems } from "./area.js";
export {
  type BatchReading,
  type FactsReading,
  forTransfer,
  readBatch,
  readFacts,
  readOthers,
} from "./batch-reading.js";
export { MAX_AMOUNTS, MAX_SEGMENT_CHARS, MAX_SEGMENTS, overBudget } from "./budget.js";
export { compareText } from "./compare.js";
export { MONTH_NAMES_EN, MONTH_NAMES_SV } from "./date-words.js";
export { findDates } from "./dates.js";
export { documentKind } from "./document-kind.js";
export { documentLanguage } from "./document-language.js";
export { documentPublisher, PUBLISHER_KEYS } from "./document-publisher.js";
export { LOADED_EXTENSIONS, loadDocuments, MAX_DOCUMENT_BYTES } from "./documents.js";
export { givenByGms } from "./given-by-gms.js";
export { cacheByKey, clearKeyCaches } from "./key-cache.js";
export {
  beginLoad,
  fromDocuments,
  type Knowledge,
  type LoadOptions,
  loadKnowledge,
  type PendingLoad,
} from "./knowledge.js";
export { buildLedger, passedOn } from "./ledger.js";
export { englishNounsOf, swedishAreaStems } from "./ledger-terms.js";
export { englishTopicsOf } from "./merge-rules.js";
export { mentionsGms } from "./organisations.js";
export {
  createPassageIndex,
  type Passage,
  type PassageIndex,
  passageTerms,
} from "./passages.js";
export { projectNamesOf } from "./project-names.js";
export {
  type DocumentHeading,
  documentHeadings,
  documentOpenings,
  nameAsWritten,
  partnerSentences,
} from "./read-once.js";
export { type Segment, segment } from "./segments.js";
export {
  keepSentences,
  type PackedSentences,
  packedBuffers,
  packSentences,
} from "./sentence-transfer.js";
export { emptyStatements, readStatements } from "./statements/index.js";
export type * from "./statements/types.js";
export { CONDITION_HEADS, GENERIC_CONDITION_HEADS, TOPICS, type Topic } from "./topics.js";
export type * from "./types.js";
export { countsAsGrant, fundingRole } from "./types.js";
export { twoLetterAcronyms } from "./word-counts.js";
export {
  compoundHead,
  contentStems,
  expandCoordination,
  isContentWord,
  stem,
  words,
} from "./words.js";
