// "how many ppl work at the umeå genomics centre": a count of people is answered only by counts of people
// ("Hos oss arbetar 26 medarbetare"), of the place or body the question names; never a count of nodes or analyses.
import type { CountStatement } from "../../knowledge/index.js";
import type { Query } from "../query.js";
import type { AnswerContext } from "./context.js";

// Words that ask how many people: they say what is counted, never whose count it is.
const STAFF_ASKED = new Set([
  "ppl",
  "people",
  "persons",
  "staff",
  "employees",
  "employed",
  "work",
  "works",
  "working",
  "workers",
  "personer",
  "personal",
  "personalen",
  "anställda",
  "medarbetare",
  "jobbar",
  "arbetar",
  "folk",
]);

// The openings of the nouns a document counts all its people by ("26 medarbetare"): a whole staff, told before
// a count of one trade ("två bioinformatiker").
const WHOLE_STAFF = ["medarbetar", "anställd", "person", "people", "staff", "employee"];
// The openings of the nouns a document counts people by.
const STAFF_COUNTED = [
  ...WHOLE_STAFF,
  "läkare",
  "bioinformatik",
  "forskar",
  "researcher",
  "doktorand",
  "heltidstjänst",
  "tjänster",
  "analytiker",
  "genetiker",
  "scientist",
];

/** The question asks how many people ("how many ppl work at …", "hur många anställda …"). */
export function asksStaff(query: Query): boolean {
  const words = [...query.coverage.used, ...query.coverage.unplaced, ...query.topicWords];
  return query.cues.has("count") && words.some((w) => STAFF_ASKED.has(w.toLowerCase()));
}

/** A word that only says people are asked about, left out of the subject. */
export function isStaffWord(word: string): boolean {
  return STAFF_ASKED.has(word);
}

/**
 * The counts of people whose sentence names the most of the subject, or whose document does (a job advert
 * names its town once, far from its count); none when the question names no subject beside the people.
 */
export function staffCounts(
  ctx: AnswerContext,
  statements: readonly CountStatement[],
  keys: readonly (readonly string[])[],
  keysIn: (text: string, keys: readonly (readonly string[])[]) => number,
): CountStatement[] {
  if (keys.length === 0) return [];
  const inDocument = documentNaming(ctx, keys, keysIn);
  const scored = statements
    .filter((s) => countsPeople(s.counted.text, STAFF_COUNTED))
    .map((s) => ({ s, n: 2 * keysIn(s.span.text, keys) + inDocument(s.span.docId) }))
    .filter(({ n }) => n > 0)
    .map(({ s, n }) => ({ s, n: n + Number(countsPeople(s.counted.text, WHOLE_STAFF)) }));
  const most = Math.max(0, ...scored.map(({ n }) => n));
  return scored.filter(({ n }) => n === most).map(({ s }) => s);
}

// How many of a document's sentences that name the subject are read for its words.
const DOCUMENT_HITS = 20;

/** How many of the subject's words a document names, read from its sentences the passage search finds. */
function documentNaming(
  ctx: AnswerContext,
  keys: readonly (readonly string[])[],
  keysIn: (text: string, keys: readonly (readonly string[])[]) => number,
): (docId: string) => number {
  const named = new Map<string, number>();
  const query = keys.flat().join(" ");
  return (docId) => {
    let n = named.get(docId);
    if (n === undefined) {
      const found = ctx.knowledge.passages.search(query, {
        limit: DOCUMENT_HITS,
        filter: (p) => p.docId === docId,
      });
      n = keysIn(found.map((p) => p.text).join(" "), keys);
      named.set(docId, n);
    }
    return n;
  };
}

function countsPeople(counted: string, nouns: readonly string[]): boolean {
  const words = counted.toLowerCase().split(/[^\p{L}]+/u);
  return words.some((w) => nouns.some((p) => w.startsWith(p)));
}
