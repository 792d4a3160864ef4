import { words } from "./words.js";

// Verbs whose subject hands money to others; "fördelar" is left out: GMS dividing its own grant is still GMS money.
const GIVES = new Set([
  "delade",
  "delar",
  "delat",
  "gav",
  "ger",
  "beviljade",
  "beviljar",
  "beviljat",
  "distributed",
  "awarded",
  "awards",
  "granted",
  "gave",
  "handed",
]);
// Words a subject's name may end with: "GMS", "Genomic Medicine Sweden", "GMS styrgrupp".
const GMS_END = new Set(["gms", "sweden", "styrgrupp", "styrgruppen"]);
// Words between the subject and its verb: "GMS har beviljat".
const HELPERS = ["har", "has", "hade", "had"];

/**
 * "GMS delade under året ut 1,8 miljoner kronor i utbildningsbidrag": money GMS gives away is not money to
 * GMS. True when GMS is the subject of a giving verb told before the amount (at `amountAt` in `sentence`).
 */
export function givenByGms(sentence: string, amountAt: number): boolean {
  const at = givenByGmsAt(sentence);
  return (at !== null && at < amountAt) || byGmsAfter(sentence, amountAt);
}

// "have been awarded SEK 5 million by Genomic Medicine Sweden", "har tilldelats 5 miljoner kronor av GMS":
// GMS named as the giver right after the amount ("av GMS-medlen", of GMS's money, is not GMS giving).
// A decimal point ("SEK 4.5m") ends no clause.
const BY_GMS =
  /^(?:[^.;:]|\.(?=\d)){0,40}?(?<![\p{L}\p{N}])(?:by|av|från|from)\s+(?:the\s+)?(?:genomic\s+medicine\s+sweden|gms)(?![\p{L}\p{N}-])/iu;
// The names `BY_GMS` ends in, in its case rules: a sentence without one is neither sliced nor run through it.
const NAMES_GMS = /gms|genomic/iu;
const RECEIVED_FROM = new Set([
  "awarded",
  "granted",
  "given",
  "tilldelats",
  "beviljats",
  "getts",
  "fått",
  "fick",
  "received",
]);

// "SEK 2.1 million was paid by GMS to the Clinical Genomics facility", "betalades av GMS till …": GMS paying
// someone (for a service) in the passive, the verb between the amount and GMS. ("betalas ut av", paid out, is how
// GMS's own grant reaches the nodes: left out.)
const PAID_BY_GMS =
  /^(?:[^.;:]|\.(?=\d)){0,40}?\s(?:was|were|has\s+been|have\s+been)\s+paid\s+by\s+(?:the\s+)?(?:genomic\s+medicine\s+sweden|gms)(?:\s+\(GMS\))?\s+to\s|^(?:[^.;:]|\.(?=\d)){0,40}?\s(?:betalades|har\s+betalats)\s+av\s+(?:genomic\s+medicine\s+sweden|gms)\s+till\s/iu;

/**
 * The words after an amount tell GMS paying it to someone ("… was paid by GMS to the … facility at SciLifeLab"):
 * GMS is its giver. The words after "to" (the one paid), or null when GMS pays nothing here.
 */
export function paidByGms(after: string): string | null {
  if (!NAMES_GMS.test(after)) return null;
  const m = PAID_BY_GMS.exec(after);
  return m ? after.slice(m[0].length) : null;
}

/** The amount at `amountAt` is told as given by GMS after it ("awarded SEK 5 million by GMS"). */
export function byGmsAfter(sentence: string, amountAt: number): boolean {
  if (!NAMES_GMS.test(sentence)) return false;
  const after = sentence.slice(amountAt);
  if (!BY_GMS.test(after)) return false;
  return (
    words(sentence.slice(0, amountAt)).some((w) => RECEIVED_FROM.has(w.word)) ||
    PAID_BY_GMS.test(after)
  );
}

// Only "GMS (har) ger", as words in any case with no letter or digit between them, can name GMS giving: a
// sentence without it is not split into words at all (the words' own test is the exact one).
const GAP = "[^\\p{L}\\p{N}]+";
const MAY_GIVE = new RegExp(
  `(?:${[...GMS_END].join("|")})${GAP}(?:(?:${HELPERS.join("|")})${GAP})?(?:${[...GIVES].join("|")})(?![\\p{L}\\p{N}])`,
  "iu",
);

/** Where the first giving verb with GMS as its subject ends in `sentence`, or null. */
export function givenByGmsAt(sentence: string): number | null {
  if (!MAY_GIVE.test(sentence)) return null;
  const tokens = words(sentence);
  for (let i = 1; i < tokens.length; i++) {
    if (!GIVES.has(tokens[i]?.word ?? "")) continue;
    const subject = tokens[i - 1]?.word ?? "";
    const helper = HELPERS.includes(subject) ? tokens[i - 2]?.word : subject;
    if (helper && GMS_END.has(helper) && namesGms(tokens, helper === subject ? i - 1 : i - 2))
      return tokens[i]?.end ?? null;
  }
  return null;
}

function namesGms(tokens: ReturnType<typeof words>, at: number): boolean {
  const w = tokens[at]?.word;
  if (w === "gms") return true;
  if (w === "sweden") return tokens[at - 1]?.word === "medicine";
  return tokens[at - 1]?.word === "gms";
}
