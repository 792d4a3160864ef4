import type { LedgerEntry, SourceDocument } from "../../knowledge/index.js";

// Each quote lowered once, not on every question that looks for a name in it.
const lowered = new WeakMap<object, string>();

/** Whether one of the entry's quoted sentences names any of `names` (given in lower case), as whole words. */
/**
 * The entry's quote names the organisation as a party to the money, not only as another's host
 * ("SciLifeLab … funded … with around SEK 600 million a year and hosted by KTH, Karolinska Institutet").
 */
export function quotesParty(entry: LedgerEntry, ...names: readonly string[]): boolean {
  return entry.sources.some((s) => {
    const lower = s.text.toLowerCase();
    return names.some((n) => namesWord(lower, n, HOST_WORDS));
  });
}

/** Words after which an organisation is named as another's host, not as giving or getting. */
export const HOST_WORDS: ReadonlySet<string> = new Set([
  "hosted",
  "co-hosted",
  "cohosted",
  "värd",
  "värdar",
  "värdas",
  "värdorganisation",
  "värduniversitet",
]);

/** `text` (a quote's or a title, kept by `owner`) in lower case, lowered once. */
function lowerOnce(owner: object, text: string): string {
  let lower = lowered.get(owner);
  if (lower === undefined) {
    lower = text.toLowerCase();
    lowered.set(owner, lower);
  }
  return lower;
}

export function quotesName(entry: LedgerEntry, ...names: readonly string[]): boolean {
  return entry.sources.some((s) => {
    const lower = lowerOnce(s, s.text);
    return names.some((n) => namesWord(lower, n));
  });
}

const LETTER = /[\p{L}\p{N}]/u;
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);

/**
 * `name` in `text` as a word of its own, or in the genitive ("Region Skånes"): "eu" is not in
 * "vidareutveckling", nor "ki" in "kliniska".
 */
export function namesWord(
  text: string,
  name: string,
  /** Occurrences after one of these words do not count ("hosted by … karolinska institutet"). */
  notAfter?: ReadonlySet<string>,
): boolean {
  if (name === "") return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (isLetter(text[at - 1])) continue;
    if (
      notAfter &&
      text
        .slice(0, at)
        .split(/[^\p{L}-]+/u)
        .some((w) => notAfter.has(w))
    )
      continue;
    const end = at + name.length;
    if (!isLetter(text[end])) return true;
    if (text[end] === "s" && !isLetter(text[end + 1])) return true;
  }
  return false;
}

/** The ids of the documents whose title names one of `names` (lower case) as a word ("Nordigen … – Interim report"). */
export function titledDocuments(
  documents: readonly SourceDocument[],
  names: readonly string[],
): Set<string> {
  if (names.length === 0) return new Set();
  return new Set(
    documents
      .filter((d) => names.some((n) => namesWord(lowerOnce(d, d.title), n)))
      .map((d) => d.id),
  );
}
