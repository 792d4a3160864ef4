// The ministry a document comes from, as its opening names it: "Pressmeddelande från Socialdepartementet",
// a decision's letterhead "Socialdepartementet", "Ministry of Health and Social Affairs".
import type { DocumentView } from "./document-view.js";
import type { IssuerStatement } from "./types.js";

// A letterhead and a press release's kicker stand in the first lines; further down a ministry is only named.
const OPENING_CHARS = 300;
// Swedish ministries are one word ending in "departementet"; a letterhead may glue the next line to it
// ("SocialdepartementetSocialstyrelsen"). English ones are "Ministry of/for" and a few capitalised words.
const MINISTRY =
  /\p{Lu}\p{Ll}{2,30}departementet|Ministry (?:of|for) (?:the )?\p{Lu}\p{Ll}+(?:(?:,| and| &)? \p{Lu}\p{Ll}+){0,4}/gu;

/** The first ministry the document's opening names, outside web-page clutter; none for most documents. */
export function readIssuers(view: DocumentView): IssuerStatement[] {
  for (const s of view.segments) {
    if (s.start >= OPENING_CHARS) break;
    // A line's ministry is in its own words (read once per wording); where it stands, the document tells.
    const notes = view.notes(s);
    if (notes.ministry === undefined) notes.ministry = ministryIn(s.text);
    const m = notes.ministry;
    if (m === null || view.clutter(s)) continue;
    const start = s.start + m.at;
    return [{ name: m.name, span: view.span(start, start + m.name.length) }];
  }
  return [];
}

function ministryIn(text: string): { at: number; name: string } | null {
  MINISTRY.lastIndex = 0;
  const m = MINISTRY.exec(text);
  return m ? { at: m.index, name: m[0] } : null;
}
