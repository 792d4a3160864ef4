import type { Segment } from "../segments.js";
import { CONTACT_HEADINGS, OPINION_CUES, PRESS_HEADINGS, TITLE_WORDS } from "./cue-words.js";
import type { DocumentView } from "./document-view.js";
import { isPersonName, personAt } from "./names.js";
import { isHeading } from "./people.js";
import type { PersonStatement } from "./types.js";

// "Annika Strand (S), ordförande i …": a name, a party in brackets, then a title after a comma.
const TITLED = /^[ \u00A0]*(?:\([\p{Lu}\p{L}]{1,5}\))?[ \u00A0]*,[ \u00A0]*(\S.*)$/u;
// A closing signature stands in the document's last lines.
const CLOSING_SEGMENTS = 6;

/**
 * The names that sign a piece: lines "Name (Party), title" together (two or more, or one in a debate
 * article), or a lone name with its title line under it at the end ("Karin Löfgren" / "Ordförande, …").
 */
export function readAuthors(view: DocumentView): PersonStatement[] {
  // Asked only of a lone signature line: most documents have none.
  let opinion: boolean | undefined;
  const isOpinion = () => {
    opinion ??= view.segments.slice(0, 12).some((s) => view.has(s, OPINION_CUES));
    return opinion;
  };
  const out: PersonStatement[] = [];
  let run: PersonStatement[] = [];
  const flush = () => {
    if (run.length >= 2 || (run.length === 1 && isOpinion())) out.push(...run);
    run = [];
  };
  for (let i = 0; i < view.segments.length; i++) {
    const s = view.segments[i] as Segment;
    const titled = titledLine(view, s, view.segments[i - 1]);
    if (titled) run.push(titled);
    else flush();
  }
  flush();
  // Only the last lines are read.
  for (
    let i = Math.max(0, view.segments.length - CLOSING_SEGMENTS);
    i < view.segments.length;
    i++
  ) {
    const s = view.segments[i] as Segment;
    const next = view.segments[i + 1];
    const previous = view.segments[i - 1];
    if (!next || !view.isName(s) || underContactHeading(view, previous)) continue;
    if (!view.has(next, TITLE_WORDS)) continue;
    out.push({
      role: "signatory",
      name: s.text.trim(),
      title: next.text.trim(),
      span: view.span(s.start, s.end),
      context: [view.span(next.start, next.end)],
    });
  }
  return out;
}

function titledLine(
  view: DocumentView,
  s: Segment,
  previous: Segment | undefined,
): PersonStatement | null {
  const reading = view.reading(s);
  // A line's name and title are in its own words: read once per wording, its place checked each time.
  if (reading.titled === undefined) reading.titled = nameAndTitle(s.text);
  const titled = reading.titled as NameAndTitle | null;
  if (titled === null || underContactHeading(view, previous)) return null;
  return {
    role: "author",
    name: titled.name,
    title: titled.title,
    span: view.span(s.start, s.end),
    context: [],
  };
}

interface NameAndTitle {
  name: string;
  title: string;
}

// "Erik Bergsten (V)": a name and a party in brackets, alone on its line (a motion's signatures).
const PARTY_ONLY = /^[ \u00A0]*\((\p{Lu}[\p{L}]{0,4})\)[ \u00A0]*$/u;

/** "Annika Strand (S), ordförande i …": the name and the title after the comma (or the party alone), or null. */
function nameAndTitle(text: string): NameAndTitle | null {
  if (!text.includes(",")) {
    // "Sara Hallin (V)": a signature with a party and no title.
    if (!text.includes("(")) return null;
    const name = personAt(text, 0);
    const party = name
      ? PARTY_ONLY.exec(text.slice(text.indexOf(name) + name.length))?.[1]
      : undefined;
    return name && party ? { name, title: party } : null;
  }
  // The title runs to the text's end and may not end a sentence: prose ends so, and is passed over unread.
  if (endsSentence(text)) return null;
  const name = personAt(text, 0);
  if (!name) return null;
  const rest = text.slice(text.indexOf(name) + name.length);
  const title = TITLED.exec(rest)?.[1];
  if (!title || /[.!?]$/.test(title.trim()) === true) return null;
  return { name, title: title.trim() };
}

const FULL_STOP = 46; // "."
const EXCLAMATION = 33; // "!"
const QUESTION = 63; // "?"

/** Whether the text, trimmed, ends in ".", "!" or "?" (as the title after its comma then does). */
function endsSentence(text: string): boolean {
  const end = text.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  return last === FULL_STOP || last === EXCLAMATION || last === QUESTION;
}

function underContactHeading(view: DocumentView, s: Segment | undefined): boolean {
  return (
    s !== undefined && (isHeading(view, s, PRESS_HEADINGS) || isHeading(view, s, CONTACT_HEADINGS))
  );
}

// "Av Karin Holmqvist", "Text: Sara Nyström", "By Anna Lindgren | 18 December 2026": a page's byline opener.
const BYLINE_OPENER = /^(?:av|by|text:|text av|written by)[ \u00A0]+/i;
// A byline stands near a page's top, above its text.
const BYLINE_SEGMENTS = 30;

/**
 * The writer a news page's byline names: a line the page reader sets apart as a byline (clutter, never a fact),
 * opening "Av", "By" or "Text:" and then a name and nothing else but a date or time after a bar.
 */
export function readBylines(view: DocumentView): PersonStatement[] {
  const out: PersonStatement[] = [];
  for (const s of view.segments.slice(0, BYLINE_SEGMENTS)) {
    const text = s.text.trim();
    const opener = BYLINE_OPENER.exec(text);
    if (!opener || !view.clutter(s)) continue;
    const name =
      text
        .slice(opener[0].length)
        .split(/[ \u00A0]+[|·][ \u00A0]*/)[0]
        ?.trim() ?? "";
    if (!isPersonName(name)) continue;
    out.push({ role: "writer", name, title: null, span: view.span(s.start, s.end), context: [] });
  }
  return out;
}
