// Who leads a project or a piece of work: "Projektet leds av Anna Berg", "Region Halland leder
// arbetet med hörselvård", "Per Lund, projektledare i Region Halland". Cue phrases are data
// (cue-words.ts), matched on the sentence's words; the leader is the run of capitalised words the cue names.
import type { Segment } from "../segments.js";
import { LEAD_TITLES, LEADS, LED_BY } from "./cue-words.js";
import type { DocumentView } from "./document-view.js";
import { findPhrases, type Token } from "./tokens.js";
import type { LeadStatement } from "./types.js";

// A name is a few capitalised words ("Region Jämtland Härjedalen", "Anna Berg").
const MAX_NAME_WORDS = 4;
// "Region Kronoberg, som leder", "Region Kronoberg har lett": a relative word or an auxiliary between the
// name and its verb.
const BETWEEN = new Set(["som", "which", "who", "that", "har", "hade", "has", "had", "have"]);
// "som ledde till", "led to": leading to something is no leading of work.
const NOT_LEADING = new Set(["till", "to", "til", "fram"]);

// "Region Kalmar län", "Lunds universitet": lower-case words that end a name after a capitalised one.
const NAME_TAILS = new Set(["län", "universitet", "universitetssjukhus", "kommun", "landsting"]);

const capitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.raw);

/** The capitalised words from `at` on, stopping at a gap other than a space. */
function nameAfter(text: string, offset: number, toks: readonly Token[], at: number): Token[] {
  const out: Token[] = [];
  for (let i = at; i < toks.length && out.length < MAX_NAME_WORDS; i++) {
    const t = toks[i];
    if (!t || !(capitalised(t) || (out.length > 0 && NAME_TAILS.has(t.word)))) break;
    const prev = out.at(-1);
    if (prev && text.slice(prev.end - offset, t.start - offset).trim() !== "") break;
    out.push(t);
  }
  return out;
}

/** The capitalised words ending right before `at` (a relative word and a comma passed over). */
function nameBefore(text: string, offset: number, toks: readonly Token[], at: number): Token[] {
  let i = at - 1;
  while (i >= 0 && at - i <= 2 && BETWEEN.has(toks[i]?.word ?? "")) i -= 1;
  const out: Token[] = [];
  // "Region Kalmar län, som leder": the name's lower-case tail, when a capitalised word stands before it.
  const tail = toks[i];
  if (tail && NAME_TAILS.has(tail.word) && capitalised(toks[i - 1])) {
    out.push(tail);
    i -= 1;
  }
  for (; i >= 0 && out.length < MAX_NAME_WORDS; i--) {
    const t = toks[i];
    if (!t || !capitalised(t)) break;
    const next = out[0];
    if (next && text.slice(t.end - offset, next.start - offset).trim() !== "") break;
    out.unshift(t);
  }
  // The sentence's first word is capitalised whatever it is: a name of one such word is none.
  if (out.length === 1 && out[0] === toks[0]) return [];
  return out;
}

/** Sentences that say who leads a project or a piece of work, each with the leader's name as written. */
export function readLeads(view: DocumentView): LeadStatement[] {
  const out: LeadStatement[] = [];
  const any = view.mayAny(LED_BY) || view.mayAny(LEADS) || view.mayAny(LEAD_TITLES);
  if (!any) return out;
  for (let i = 0; i < view.segments.length; i++) {
    const s = view.segments[i] as Segment;
    if (s.heading) continue;
    const hasBy = view.may(s, LED_BY);
    const hasVerb = view.may(s, LEADS);
    const hasTitle = view.may(s, LEAD_TITLES);
    if (!hasBy && !hasVerb && !hasTitle) continue;
    const toks = view.words(s);
    const names: Token[][] = [];
    if (hasBy)
      for (const h of findPhrases(toks, LED_BY))
        names.push(nameAfter(s.text, s.start, toks, h.end));
    if (hasVerb)
      for (const h of findPhrases(toks, LEADS)) {
        const next = toks[h.end]?.word ?? "";
        if (NOT_LEADING.has(next) || next === "by" || next === "av") continue;
        names.push(nameBefore(s.text, s.start, toks, h.at));
      }
    if (hasTitle)
      for (const h of findPhrases(toks, LEAD_TITLES)) {
        // "Per Lund, projektledare i …", else "säger projektledaren Anna Nordström": the name after the title.
        const before = nameBefore(s.text, s.start, toks, h.at);
        names.push(before.length > 0 ? before : nameAfter(s.text, s.start, toks, h.end));
      }
    const before = view.segments[i - 1];
    const context = before && !before.heading ? view.span(before.start, before.end) : null;
    const seen = new Set<string>();
    for (const name of names) {
      const first = name[0];
      const last = name.at(-1);
      if (!first || !last) continue;
      const leader = view.span(first.start, last.end);
      if (seen.has(leader.text)) continue;
      seen.add(leader.text);
      out.push({ leader, span: view.span(s.start, s.end), context });
    }
  }
  return out;
}
