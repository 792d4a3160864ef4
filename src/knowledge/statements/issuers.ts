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
    if (view.clutter(s)) continue;
    MINISTRY.lastIndex = 0;
    const m = MINISTRY.exec(s.text);
    if (!m) continue;
    const start = s.start + m.index;
    return [{ name: m[0], span: view.span(start, start + m[0].length) }];
  }
  return [];
}
