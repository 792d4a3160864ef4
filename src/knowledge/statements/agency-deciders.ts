// An agency's decision names who made it in a closing sentence ("Beslut i detta ärende har fattats av enhetschef
// Karin Lindqvist efter föredragning av handläggare Johan Ekström."): the decider and the presenting official.
import type { DocumentView } from "./document-view.js";
import { personAt } from "./names.js";
import type { PersonStatement } from "./types.js";

// The formula's openings, as agencies write them; the decider's title (lower-case words) and name follow.
const DECIDED_BY =
  /(?:[Bb]eslut(?:et)?(?: i (?:detta|det här) ärende)? har fattats av|[Tt]his decision (?:has been|was) (?:made|taken) by|[Tt]he decision (?:has been|was) (?:made|taken) by)\s+((?:\p{Ll}[\p{L}-]*\s+){0,3})/gu;
const PRESENTED_BY =
  /\s*(?:efter föredragning av|following a presentation by|presented by)\s+((?:\p{Ll}[\p{L}-]*\s+){0,3})/uy;
// Words that only the formula's sentence holds: a document without them is not read further.
const MARKS = ["fattats av", "made by", "taken by"];

/** The decider and the presenting official an agency decision's closing sentence names. */
export function readAgencyDeciders(view: DocumentView): PersonStatement[] {
  const text = view.doc.text;
  if (!MARKS.some((m) => text.includes(m))) return [];
  const out: PersonStatement[] = [];
  for (const s of view.segments) {
    DECIDED_BY.lastIndex = 0;
    const decided = DECIDED_BY.exec(s.text);
    if (!decided) continue;
    let at = decided.index + decided[0].length;
    const name = personAt(s.text, at);
    if (!name) continue;
    out.push(person(view, s.start, s.end, s.text, name, at, titleOf(decided[1])));
    at = s.text.indexOf(name, at) + name.length;
    PRESENTED_BY.lastIndex = at;
    const presented = PRESENTED_BY.exec(s.text);
    if (!presented) continue;
    const next = personAt(s.text, PRESENTED_BY.lastIndex);
    if (next)
      out.push(person(view, s.start, s.end, s.text, next, PRESENTED_BY.lastIndex, "föredragande"));
  }
  return out;
}

function titleOf(words: string | undefined): string | null {
  const title = words?.trim() ?? "";
  return title === "" ? null : title;
}

function person(
  view: DocumentView,
  start: number,
  end: number,
  text: string,
  name: string,
  from: number,
  title: string | null,
): PersonStatement {
  const at = text.indexOf(name, from);
  return {
    role: "decider",
    name,
    title,
    span: view.span(start, end),
    context: [view.span(start + at, start + at + name.length)],
  };
}
