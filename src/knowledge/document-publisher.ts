// Who published a document, told by its metadata ("publisher" in sources.json) or its masthead: a site or paper's
// name in its opening lines ("The Local Sweden", "Dagens Medicin", "Vetenskapsrådet" above a grant list). Data:
// one line per publisher, phrases as word sequences matched on the tokenizer's words (å, ä, ö are letters like any
// other). The key, one word, is what a question's `doc` lexicon line names ("enl vr-listan", "according to The
// Local": `doc thelocal | the local, …`).
import type { SourceDocument } from "./types.js";
import { words } from "./words.js";

const PUBLISHER_LINES = `
vetenskapsrådet   | vetenskapsrådet, swedish research council, the research council
thelocal          | the local, the local sweden, thelocal
dagensmedicin     | dagens medicin
läkartidningen    | läkartidningen
läkemedelsvärlden | läkemedelsvärlden
vårdvärlden       | vårdvärlden
sverigesradio     | sveriges radio, ekot
barncancerfonden  | barncancerfonden, barncancerfondens
vinnova           | vinnova
`;

const PUBLISHERS = PUBLISHER_LINES.split("\n")
  .filter((l) => l.includes("|"))
  .map((l) => {
    const [key = "", phrases = ""] = l.split("|");
    return {
      key: key.trim(),
      phrases: phrases
        .split(",")
        .map((p) => p.trim().toLowerCase().split(/\s+/))
        .filter((p) => p[0] !== ""),
    };
  });

/** Every publisher's key: a question's `doc` lexicon line names one of these, or a kind of document. */
export const PUBLISHER_KEYS: ReadonlySet<string> = new Set(PUBLISHERS.map((p) => p.key));

// The masthead stands in the first lines (site name, breadcrumb, a grant list's head); never read further down,
// where a page quotes or links others.
const OPENING_LINES = 4;
// A masthead line is short: a long line is prose that may name another publisher.
const MAX_MASTHEAD_WORDS = 8;

function opensWith(line: readonly string[], phrase: readonly string[]): boolean {
  return phrase.every((p, k) => line[k] === p);
}

function publisherIn(line: readonly string[], anywhere: boolean): string | null {
  for (const { key, phrases } of PUBLISHERS) {
    for (const p of phrases) {
      if (opensWith(line, p)) return key;
      if (anywhere)
        for (let i = 1; i + p.length <= line.length; i++)
          if (opensWith(line.slice(i, i + p.length), p)) return key;
    }
  }
  return null;
}

/** The publisher's key: from the metadata's publisher, else a short masthead line that opens the document. */
export function documentPublisher(doc: Pick<SourceDocument, "publisher" | "text">): string | null {
  if (doc.publisher) {
    const named = publisherIn(
      words(doc.publisher).map((w) => w.word),
      true,
    );
    if (named) return named;
  }
  let seen = 0;
  for (const raw of doc.text.slice(0, 2_000).split("\n")) {
    if (raw.trim() === "") continue;
    if (++seen > OPENING_LINES) break;
    const line = words(raw, MAX_MASTHEAD_WORDS + 1).map((w) => w.word);
    if (line.length === 0 || line.length > MAX_MASTHEAD_WORDS) continue;
    const named = publisherIn(line, false);
    if (named) return named;
  }
  return null;
}
