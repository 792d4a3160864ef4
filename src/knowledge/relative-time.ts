import { compileCues, findCues, mayHold } from "./cues.js";
import type { Segment } from "./segments.js";
import { type WordToken, words } from "./words.js";

// Years told relative to the document's own date. Offset from the document's year; a span lists its
// first and last offsets. One phrase a line.
const RELATIVE_YEARS: ReadonlyArray<[string, number, number]> = [
  ["i år", 0, 0],
  ["redan i år", 0, 0],
  ["under året", 0, 0],
  ["årets", 0, 0],
  ["innevarande år", 0, 0],
  ["this year", 0, 0],
  ["this year's", 0, 0],
  ["i fjol", -1, -1],
  ["fjolårets", -1, -1],
  ["fjolåret", -1, -1],
  ["förra året", -1, -1],
  ["förra årets", -1, -1],
  ["föregående års", -1, -1],
  ["föregående år", -1, -1],
  ["last year", -1, -1],
  ["last year's", -1, -1],
  ["för ett år sedan", -1, -1],
  ["för två år sedan", -2, -2],
  ["för tre år sedan", -3, -3],
  ["a year ago", -1, -1],
  ["two years ago", -2, -2],
  ["three years ago", -3, -3],
  ["nästa år", 1, 1],
  ["nästkommande år", 1, 1],
  ["kommande år", 1, 1],
  ["det kommande året", 1, 1],
  ["the coming year", 1, 1],
  ["nästa års", 1, 1],
  ["next year", 1, 1],
  ["next year's", 1, 1],
  ["de kommande två åren", 0, 1],
  ["de kommande tre åren", 0, 2],
  ["de kommande fyra åren", 0, 3],
  ["de kommande fem åren", 0, 4],
  ["de närmaste två åren", 0, 1],
  ["de närmaste tre åren", 0, 2],
  ["the next two years", 0, 1],
  ["the next three years", 0, 2],
  ["the coming two years", 0, 1],
  ["the coming three years", 0, 2],
  // Back from the document's year, that year included ("Over the past three years …" in December 2027: 2025–2027).
  ["de senaste två åren", -1, 0],
  ["de senaste tre åren", -2, 0],
  ["de senaste fyra åren", -3, 0],
  ["de senaste fem åren", -4, 0],
  ["de två senaste åren", -1, 0],
  ["de tre senaste åren", -2, 0],
  ["the past two years", -1, 0],
  ["the past three years", -2, 0],
  ["the past four years", -3, 0],
  ["the past five years", -4, 0],
  ["the last two years", -1, 0],
  ["the last three years", -2, 0],
];

/** "året innan", "året därpå", "samma år": a year before, after or the same as the year just told. One phrase a line. */
const TOLD_YEAR_OFFSETS: ReadonlyArray<[string, number]> = [
  ["året innan", -1],
  ["året dessförinnan", -1],
  ["the year before", -1],
  ["the previous year", -1],
  ["året därpå", 1],
  ["året därefter", 1],
  ["året efter", 1],
  ["the following year", 1],
  ["the year after", 1],
  // "För tre år sedan, 2030, var stödet 94 miljoner. … – samma år bidrog de med 26 miljoner": the year just told.
  ["samma år", 0],
  ["same year", 0],
  ["det året", 0],
  ["that year", 0],
];
const YEAR_BEFORE = compileCues(TOLD_YEAR_OFFSETS.map(([p]) => p));
const TOLD_OFFSET = new Map(TOLD_YEAR_OFFSETS);

const MATCHER = compileCues(RELATIVE_YEARS.map(([p]) => p));
// Genitive phrases name the year of the noun they stand before ("i förra årets budgetproposition"), not always
// the money's: a year the clause states for the money wins over them unless they stand right before it.
const GENITIVE = new Set([
  "årets",
  "fjolårets",
  "förra årets",
  "föregående års",
  "nästa års",
  "this year's",
  "last year's",
  "next year's",
]);
const OFFSETS = new Map(RELATIVE_YEARS.map(([p, from, to]) => [p, [from, to] as const]));

/** How many words the longest phrase `findRelativeYears` finds has. */
export const LONGEST_RELATIVE = Math.max(
  ...[...RELATIVE_YEARS, ...TOLD_YEAR_OFFSETS].map(([p]) => words(p).length),
);

/** A relative time phrase; `from`/`to` are offsets from the document's year. */
export interface RelativeYear {
  start: number;
  end: number;
  from: number;
  to: number;
  /** A genitive ("förra årets"): the year of the noun after it. */
  genitive?: boolean;
  /** "året innan" ("året därpå") with no relative phrase before it: `from` years from a year the caller knows
   * (stated, or the last sentence's). */
  beforeStated?: boolean;
}

/** Relative year phrases in a sentence, longest first where they overlap ("redan i år" over "i år"). */
export function findRelativeYears(tokens: readonly WordToken[]): RelativeYear[] {
  const found = findCues(tokens, MATCHER);
  const before = findCues(tokens, YEAR_BEFORE);
  // Most sentences tell no relative time: nothing to order.
  if (found.length === 0 && before.length === 0) return [];
  const hits = found
    .map((h) => {
      const [from, to] = OFFSETS.get(h.phrase) ?? [0, 0];
      return GENITIVE.has(h.phrase)
        ? { start: h.start, end: h.end, from, to, genitive: true }
        : { start: h.start, end: h.end, from, to };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RelativeYear[] = [];
  for (const h of hits) {
    const last = out.at(-1);
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  for (const h of before) {
    const offset = TOLD_OFFSET.get(h.phrase) ?? -1;
    const told = [...out].reverse().find((r) => r.end <= h.start);
    if (told) {
      const year = offset < 0 ? told.from + offset : told.to + offset;
      out.push({ start: h.start, end: h.end, from: year, to: year });
    } else out.push({ start: h.start, end: h.end, from: offset, to: offset, beforeStated: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A report named with the year it reports on: "Verksamhetsberättelse 2026". */
const REPORT = compileCues([
  "verksamhetsberättelse",
  "verksamhetsberättelsen",
  "årsredovisning",
  "årsredovisningen",
  "årsrapport",
  "annual report",
  "annual review",
]);
const YEAR = /^(?:19|20)\d\d$/;

// How many of a document's first lines (clutter left out) may name the year it reports on.
const OPENING_LINES = 4;

/** The year a document's opening lines say it reports on ("Verksamhetsberättelse 2026"), clutter left out. */
export function reportYearOf(
  segments: readonly Segment[],
  isClutter: (s: Segment) => boolean,
): number | null {
  const lines: string[] = [];
  for (const seg of segments) {
    if (lines.length >= OPENING_LINES) break;
    if (!isClutter(seg)) lines.push(seg.text);
  }
  return reportYear(lines);
}

/** The year a report's opening lines say it reports on: its "under året" is that year, not the year it came out. */
function reportYear(openingLines: readonly string[]): number | null {
  for (const line of openingLines) {
    if (!mayHold(line, REPORT)) continue;
    const tokens = words(line);
    for (const hit of findCues(tokens, REPORT)) {
      const next = tokens.find((t) => t.start >= hit.end);
      if (next && YEAR.test(next.word)) return Number(next.word);
    }
  }
  return null;
}
