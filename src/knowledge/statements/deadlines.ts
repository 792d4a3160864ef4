import type { Segment } from "../segments.js";
import { DEADLINE_CUES, DEADLINE_KINDS } from "./cue-words.js";
import type { DocumentView } from "./document-view.js";
import { nameAt } from "./names.js";
import { datesIn, dayMonthAt, fromMatch } from "./stated-date.js";
import { findPhrases, type Token } from "./tokens.js";
import type { DeadlineKind, DeadlineStatement, StatedDate } from "./types.js";

const KIND_ORDER: ReadonlyArray<Exclude<DeadlineKind, "other">> = [
  "repayment",
  "requisition",
  "report",
];
// The subject before "ska": a few words at most ("Region Skåne", "Varje region").
const SUBJECT =
  /^(\p{Lu}[\p{L}-]*(?:[ \u00A0][\p{L}-]+){0,3}?)[ \u00A0]+(?:ska|skall|must|shall|will|should)\b/u;
const NOT_SUBJECT =
  /^(?:det|den|dessa|detta|medlen|medel|pengarna|it|this|these|the funds|funds)\b/i;

/** Every deadline the documents set: a date after "senast"/"by", its kind, who and to whom. */
export function readDeadlines(view: DocumentView): DeadlineStatement[] {
  const out: DeadlineStatement[] = [];
  for (const s of view.segments) {
    const words = view.words(s);
    const cues = findPhrases(words, DEADLINE_CUES);
    if (cues.length === 0) continue;
    let clauseStart = 0;
    for (const date of deadlineDates(
      view,
      s,
      words,
      cues.map((c) => c.end),
    )) {
      const local = date.span.start - s.start;
      const kind =
        kindBefore(words, s.start + clauseStart, date.span.start) ??
        kindBefore(words, s.start, s.end);
      const what = kind?.word ?? "";
      out.push({
        kind: kind?.kind ?? "other",
        what,
        who: subjectOf(s.text),
        counterpart: counterpart(s.text, kind ? kind.end - s.start : 0, kind?.kind ?? "other"),
        by: date,
        span: view.span(s.start, s.end),
      });
      clauseStart = local;
    }
  }
  return out;
}

/** The dates right after a deadline cue ("senast den 31 mars 2027", "by 1 March"). */
function deadlineDates(
  view: DocumentView,
  s: Segment,
  words: Token[],
  cueEnds: number[],
): StatedDate[] {
  const found: StatedDate[] = [];
  const dates = datesIn(s.text);
  for (const end of cueEnds) {
    let i = end;
    while (["den", "the", "on"].includes(words[i]?.word ?? "")) i++;
    const at = words[i];
    if (!at) continue;
    const local = at.start - s.start;
    const d = dates.find((x) => x.start === local);
    const date = d ? fromMatch(view, s.start, d) : dayMonthAt(view, s.text, s.start, local);
    if (date && (date.year !== null || date.month !== null)) found.push(date);
  }
  return found;
}

/** The kind cue nearest before `until` and after `from` (document offsets). */
function kindBefore(
  words: Token[],
  from: number,
  until: number,
): { kind: Exclude<DeadlineKind, "other">; word: string; end: number } | null {
  const inside = words.filter((w) => w.start >= from && w.end <= until);
  let best: { kind: Exclude<DeadlineKind, "other">; word: string; end: number; at: number } | null =
    null;
  for (const kind of KIND_ORDER) {
    for (const hit of findPhrases(inside, DEADLINE_KINDS[kind])) {
      const last = inside[hit.end - 1];
      const first = inside[hit.at];
      if (!first || !last) continue;
      if (!best || hit.at > best.at)
        best = {
          kind,
          word: inside
            .slice(hit.at, hit.end)
            .map((w) => w.raw)
            .join(" "),
          end: last.end,
          at: hit.at,
        };
    }
  }
  return best;
}

function subjectOf(sentence: string): string | null {
  const m = SUBJECT.exec(sentence);
  const who = m?.[1] ?? null;
  return who && !NOT_SUBJECT.test(who) ? who : null;
}

/** "… till Socialstyrelsen", "… från Kammarkollegiet": the other party, read after the cue. */
function counterpart(sentence: string, from: number, kind: DeadlineKind): string | null {
  const rest = sentence.slice(Math.max(0, from));
  const re =
    kind === "requisition" ? /\b(?:från|from|till|to)[ \u00A0]+/gu : /\b(?:till|to)[ \u00A0]+/gu;
  for (const m of rest.matchAll(re)) {
    const name = nameAt(rest, (m.index ?? 0) + m[0].length);
    if (name) return name;
  }
  return null;
}
