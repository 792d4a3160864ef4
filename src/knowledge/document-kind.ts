import type { SourceDocument } from "./types.js";
import { words } from "./words.js";

// What kind of document a text is, told by its opening lines ("Pressmeddelande från …", "Regeringsbeslut
// I:9", "Svar på skriftlig fråga", "DEBATT"). Data: one line per kind, phrases as word sequences; `*` ends
// a prefix, `*` first a suffix ("*podden": a show's name "…podden"). The first line that opens with a kind wins; else the first kind (in this order) any opening
// line names, so a breadcrumb "Nyheter och press > Pressmeddelanden" is a press release, not news.
const KIND_LINES = `
riksdagssvar          | svar på skriftlig fråga, svar på skriftliga frågor, interpellationssvar, svar på interpellation, riksdagens protokoll
motion                | motion till riksdagen, riksdagsmotion*, kommittémotion*, partimotion*
regleringsbrev        | regleringsbrev*
regeringsbeslut       | regeringsbeslut, government decision
budgetproposition     | budgetproposition*, budget bill
utredning             | statens offentliga utredningar, betänkande, sou, government inquiry
faq                   | vanliga frågor, frequently asked questions, faq
årsrapport            | årsrapport*
verksamhetsberättelse | verksamhetsberättelse*, årsredovisning, annual report
debattartikel         | debatt, debattartikel, op ed, opinion
utlysning             | utlysning*, call for proposals
verksamhetsplan       | verksamhetsplan*, business plan, operational plan
intervju              | intervju, interview
pressmeddelande       | pressmeddelande*, press release, press releases
telegram              | *wire, nyhetsbyrå*, news agency, reuters, tt, afp, associated press
nyhet                 | nyhet*, news, nyhetsartikel, sveriges radio, ekot, radio
protokoll             | protokoll, sammanträdesprotokoll, minutes
uppslagsverk          | wikipedia, encyklopedin, uppslagsverk*, encyclopedia
podcast               | podcast*, podd, podden, poddavsnitt*, *podden, *podcast
`;

const KINDS = KIND_LINES.split("\n")
  .filter((l) => l.includes("|"))
  .map((l) => {
    const [kind = "", phrases = ""] = l.split("|");
    return {
      kind: kind.trim(),
      phrases: phrases.split(",").map((p) => p.trim().toLowerCase().split(/\s+/)),
    };
  });

// The opening: a document names its kind in its first lines (masthead, breadcrumb, heading).
const OPENING_LINES = 8;
// A line of at most this many words is read whole; a longer one only in its first words.
const SHORT_LINE_WORDS = 16;
const DATELINE_WORDS = 8;

const matches = (pattern: string, word: string) =>
  pattern.endsWith("*")
    ? word.startsWith(pattern.slice(0, -1))
    : pattern.startsWith("*")
      ? word.endsWith(pattern.slice(1))
      : pattern === word;

function names(line: string[], phrase: string[]): boolean {
  for (let i = 0; i + phrase.length <= line.length; i++)
    if (phrase.every((p, k) => matches(p, line[i + k] ?? ""))) return true;
  return false;
}

/** The document's kind: its metadata's, else the first kind its opening lines name; null when none. */
export function documentKind(doc: Pick<SourceDocument, "kind" | "text">): string | null {
  const given = doc.kind?.toLowerCase() ?? null;
  const known = KINDS.find((k) => k.kind === given || (given?.startsWith(k.kind) ?? false));
  if (known) return known.kind;
  const lines = doc.text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(0, OPENING_LINES)
    .map((l) => words(l).map((w) => w.word));
  // A line that opens with a kind ("Pressmeddelande från …", "DEBATT", "Press release") says it best.
  for (const l of lines) {
    const opening = KINDS.find((k) => k.phrases.some((p) => names(l.slice(0, p.length), p)));
    if (opening) return opening.kind;
  }
  // Else the first line that names a kind anywhere in its head: a short line (masthead, breadcrumb,
  // heading) whole, a long one (a dateline "STOCKHOLM, Jan 30 (TT/Reuters) - …") only in its first words,
  // so a body sentence that cites another document ("… after the budget bill pencilled in …") names none.
  for (const l of lines) {
    const head = l.length <= SHORT_LINE_WORDS ? l : l.slice(0, DATELINE_WORDS);
    const named = KINDS.find((k) => k.phrases.some((p) => names(head, p)));
    if (named) return named.kind;
  }
  return given;
}
