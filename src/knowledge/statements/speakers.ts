import { findAmounts } from "../amounts.js";
import type { Segment } from "../segments.js";
import type { Span } from "../types.js";
import {
  ASKED_ME,
  MINISTER_WORDS,
  QUESTION_WORDS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from "./cue-words.js";
import type { DocumentView } from "./document-view.js";
import { personAt } from "./names.js";
import { findPhrases, hasPhrase, tokens } from "./tokens.js";
import type { PersonStatement } from "./types.js";

// "fråga 2026/27:412 av Lena Ström": "av" follows the question word within a few words.
const MAX_WORDS_TO_BY = 4;
const BY = new Set(["av", "by", "from"]);
// "(V)", "(KD)": the party after a name.
const PARTY = /^[ \u00A0]*\(([\p{Lu}\p{L}]{1,5})\)/u;

/** "… säger Sofia Lind, överläkare vid …": the person quoted, with the title after the comma. */
export function readQuoted(view: DocumentView): PersonStatement[] {
  if (!view.mayAny(SPEECH_VERBS)) return [];
  const out: PersonStatement[] = [];
  for (const s of view.segments) {
    if (!view.may(s, SPEECH_VERBS)) continue;
    const reading = view.reading(s);
    // Read once per wording: a quote recurs in every release that carries it.
    reading.quoted ??= quotedIn(view, s);
    const quoted = reading.quoted as readonly Quoted[];
    if (quoted.length === 0) continue;
    const quote = quoteOf(view, s);
    for (const q of quoted) {
      const person: PersonStatement = {
        role: "quoted",
        name: q.name,
        title: q.title ?? titleInDocument(view.doc.text, q.name),
        span: view.span(s.start, s.end),
        context: [],
      };
      if (quote) {
        person.quote = quote;
        person.quoteAmounts = amountsOfQuote(quote);
      }
      out.push(person);
    }
  }
  return out;
}

// "Eva Strand har frågat mig": a name of two to four capitalised words right before the phrase.
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;

/** "Fru talman! Eva Strand har frågat mig vad jag avser att göra …": the one who asked, named before the verb. */
function readAskedMe(view: DocumentView): PersonStatement[] {
  if (!view.mayAny(ASKED_ME)) return [];
  const out: PersonStatement[] = [];
  for (const s of view.segments) {
    if (s.heading || !view.may(s, ASKED_ME)) continue;
    const words = view.words(s);
    for (const hit of findPhrases(words, ASKED_ME)) {
      let from = hit.at;
      while (
        from > 0 &&
        hit.at - from < MAX_NAME_WORDS &&
        /^\p{Lu}/u.test(words[from - 1]?.raw ?? "")
      )
        from -= 1;
      const first = words[from];
      if (!first || hit.at - from < MIN_NAME_WORDS) continue;
      const name = personAt(s.text, first.start - s.start);
      if (!name) continue;
      // "§ 6 Svar på interpellation 2027/28:301 …": the heading names what kind of question was asked.
      const heading = view.headingOf(s);
      const context =
        heading && view.may(heading, QUESTION_WORDS) ? [view.span(heading.start, heading.end)] : [];
      out.push({ role: "questioner", name, title: null, span: view.span(s.start, s.end), context });
    }
  }
  return out;
}

// What opens a quotation: a dash line ("– Precisionsmedicinen har …") or a quotation mark.
const OPENING_MARKS = new Set(["–", "—", '"', "“", "”", "«", "»"]);
// A quote runs over a few sentences of its paragraph at most.
const MAX_QUOTE_SENTENCES = 6;

/**
 * What a speech sentence quotes ("…, säger X."): from the opening dash or quotation mark at the start of
 * its paragraph, when that is at most a few sentences before, through the sentence; null for no speech.
 */
export function quoteOf(view: DocumentView, s: Segment): Span | null {
  if (!view.may(s, SPEECH_VERBS)) return null;
  // In the sentence's own words: read once per wording.
  const notes = view.notes(s);
  notes.speech ??= hasPhrase(view.words(s), SPEECH_VERBS);
  if (!notes.speech) return null;
  let first = s;
  for (let i = s.index - 1; i >= 0 && s.index - i < MAX_QUOTE_SENTENCES; i--) {
    const before = view.segments[i] as Segment;
    if (before.paragraph !== s.paragraph || before.heading) break;
    first = before;
  }
  // The quote opens where its paragraph does: a dash read as a list marker stands just before the text.
  const opens =
    OPENING_MARKS.has(first.text[0] ?? "") ||
    OPENING_MARKS.has(view.doc.text.slice(Math.max(0, first.start - 2), first.start).trim());
  return view.span(opens ? first.start : s.start, s.end);
}

interface Quoted {
  name: string;
  title: string | null;
}

const NONE: readonly Quoted[] = Object.freeze([]);

function quotedIn(view: DocumentView, s: Segment): readonly Quoted[] {
  const found: Quoted[] = [];
  const words = view.words(s);
  for (const hit of findPhrases(words, SPEECH_VERBS)) {
    const next = words[hit.end];
    // "säger sjukvårdsminister X" is read as a minister.
    if (!next || hasPhrase([next], MINISTER_WORDS)) continue;
    // "säger ordföranden Per Ahl": a title between the verb and the name is the person's title.
    const titled = hasPhrase([next], TITLE_WORDS) ? words[hit.end + 1] : undefined;
    const first = titled ?? next;
    const local = first.start - s.start;
    const name = personAt(s.text, local);
    if (!name || !s.text.startsWith(name, local)) continue;
    // "säger Per Strand (S), regionråd": a party in brackets after the name comes before the title.
    const rest = s.text.slice(local + name.length);
    const party = PARTY.exec(rest);
    const after = party ? rest.slice(party[0].length) : rest;
    const title = /^,[ \u00A0]*([^.!?]+)/u.exec(after)?.[1]?.trim() ?? (titled ? next.raw : null);
    found.push({ name, title });
  }
  return found.length === 0 ? NONE : found;
}

// "GMS ordförande Lars Holm": a title and the organisation before it, at most this many words before the name.
const TITLE_BEFORE = /((?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]*)\s+$/u;
const MAX_TITLE_LOOK = 60;

/** The title a document gives a person elsewhere ("Vi träffade GMS ordförande Lars Holm"); null for none. */
function titleInDocument(text: string, name: string): string | null {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const before = TITLE_BEFORE.exec(text.slice(Math.max(0, at - MAX_TITLE_LOOK), at))?.[1];
    if (!before) continue;
    const words = tokens(before);
    const title = words.findIndex((w) => hasPhrase([w], TITLE_WORDS));
    // The title word must stand last, right before the name; an organisation may stand before it.
    if (title >= 0 && title === words.length - 1) {
      const org = words.slice(0, title).filter((w) => /^\p{Lu}/u.test(w.raw));
      return [...org.map((w) => w.raw), (words[title] as (typeof words)[number]).raw].join(" ");
    }
  }
  return null;
}

/** "Svar på skriftlig fråga 2026/27:412 av Lena Ström (V)": who asked the question, with the party. */
export function readQuestioners(view: DocumentView): PersonStatement[] {
  const out: PersonStatement[] = [];
  // "Eva Strand har frågat mig": an asker no "fråga … av" line names already.
  const askedMe = () => readAskedMe(view).filter((p) => !out.some((q) => q.name === p.name));
  if (!view.mayAny(QUESTION_WORDS)) return askedMe();
  for (const s of view.segments) {
    if (!view.may(s, QUESTION_WORDS)) continue;
    const words = view.words(s);
    for (const hit of findPhrases(words, QUESTION_WORDS)) {
      const by = words
        .slice(hit.end, hit.end + MAX_WORDS_TO_BY)
        .find((w) => BY.has(w.word) && w.raw === w.word);
      if (!by) continue;
      const name = personAt(s.text, by.end - s.start);
      if (!name) continue;
      const at = s.text.indexOf(name, by.end - s.start);
      const party = PARTY.exec(s.text.slice(at + name.length))?.[1] ?? null;
      out.push({
        role: "questioner",
        name,
        title: party,
        span: view.span(s.start, s.end),
        context: [],
      });
      break;
    }
  }
  return [...out, ...askedMe()];
}

/** The amounts a quote states, in kronor. */
export function amountsOfQuote(quote: Span): number[] {
  return findAmounts(quote.text).map((a) => a.valueSek);
}
