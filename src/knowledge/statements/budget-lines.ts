// "… ska redovisas mot … anslaget 1:6 Bidrag till folkhälsa och sjukvård, anslagsposten 16 Åtgärder för en
// bättre cancervård": the appropriation and the numbered post a sentence books its money against.
import { joinBrokenWords } from "../word-chars.js";
import type { DocumentView } from "./document-view.js";
import type { BudgetLineStatement } from "./types.js";

// Bounded: a number pair and up to eight words of name, stopped by punctuation.
// "Anslaget 1:6 … ökas": a sentence may open with the word, capitalised.
const APPROPRIATION = /[Aa]nslag(?:et)?\s+(\d{1,2}:\d{1,2})((?:\s+[^\s,.;]+){1,8})/gu;
const POST = /anslagspost(?:en)?\s+(\d{1,3})((?:\s+[^\s,.;]+){0,8})/gu;
const SAME = /samma\s+anslag/u;
// A footnote's number glued to the name's last word, as a PDF gives it ("Genomic Medicine Sweden1").
const FOOTNOTE_MARK = /(?<=\p{Ll})\d{1,2}$/u;

/** Every post (or appropriation named alone) a sentence books money against, in the order told. */
export function readBudgetLines(view: DocumentView): BudgetLineStatement[] {
  const out: BudgetLineStatement[] = [];
  // "ska belasta samma anslag, anslagsposten 24": the appropriation named last in the document.
  let last: string | null = null;
  for (const s of view.segments) {
    // Text from a PDF may break a word at a line end ("anslagspos-\nten 14"): the names are read joined.
    // Most sentences name none: that is read once per wording.
    const notes = view.notes(s);
    notes.appropriation ??= namesAppropriation(joined(s.text));
    if (!notes.appropriation) continue;
    const text = joined(s.text);
    const appropriations = [...text.matchAll(APPROPRIATION)];
    const same = SAME.test(text) ? last : null;
    const span = view.span(s.start, s.end);
    const posts = [...text.matchAll(POST)];
    for (const p of posts) {
      // A post belongs to the appropriation named last before it in its sentence.
      const owner = appropriations.filter((a) => (a.index ?? 0) < (p.index ?? 0)).at(-1);
      out.push({
        appropriation: owner ? name(owner) : same,
        post: p[1] ?? "",
        postName: (p[2] ?? "").trim().replace(FOOTNOTE_MARK, "") || null,
        span,
      });
    }
    if (posts.length === 0)
      for (const a of appropriations)
        out.push({ appropriation: name(a), post: null, postName: null, span });
    const told = appropriations.at(-1);
    if (told) last = name(told);
  }
  return out;
}

function joined(text: string): string {
  return text.includes("-\n") ? joinBrokenWords(text) : text;
}

function namesAppropriation(text: string): boolean {
  return text.includes("anslag") || text.includes("Anslag");
}

function name(m: RegExpMatchArray): string {
  return `${m[1]}${m[2] ?? ""}`.trim();
}
