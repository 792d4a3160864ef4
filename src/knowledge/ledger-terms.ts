// The content stems of a telling (its sentence, recipient and the heading above it), what "about the same
// thing" compares. Each text is read once per load however many tellings share it; a telling's set once per
// document.
import type { RawFact } from "./facts.js";
import { contentStems } from "./words.js";

// A word ending in a hyphen ("bröst-") borrows the end of a word after it, maybe from the next text.
const OPEN_HYPHEN = /-(?![\p{L}\p{N}])/u;

interface TextStems {
  stems: readonly string[];
  /** Holds a word ending in a hyphen: read together with the texts after it. */
  open: boolean;
}

export class TellingTerms {
  private readonly ofText = new Map<string, TextStems>();
  private readonly ofTelling = new Map<string, Set<string>>();

  /** `isWord`: the corpus's words, which expand "bröst- och äggstockscancer" to both cancers. */
  constructor(private readonly isWord: (w: string) => boolean) {}

  /** Tellings of another document come next (one document's are keyed by sentence and recipient). */
  nextDocument(): void {
    this.ofTelling.clear();
  }

  of(f: RawFact): ReadonlySet<string> {
    const key = `${f.segment.start}\u0000${f.recipient ?? ""}`;
    let terms = this.ofTelling.get(key);
    if (!terms) {
      terms = this.read(f.segment.text, f.recipient ?? "", f.toldAbove ?? "");
      this.ofTelling.set(key, terms);
    }
    return terms;
  }

  /** The stems of the three texts read as one (the same as each read alone unless one has an open hyphen). */
  private read(sentence: string, recipient: string, above: string): Set<string> {
    const parts = [this.stemsOf(sentence), this.stemsOf(recipient), this.stemsOf(above)];
    if (parts.some((p) => p.open))
      return new Set(contentStems(`${sentence} ${recipient} ${above}`, this.isWord));
    const terms = new Set(parts[0]?.stems);
    for (const t of parts[1]?.stems ?? []) terms.add(t);
    for (const t of parts[2]?.stems ?? []) terms.add(t);
    return terms;
  }

  private stemsOf(text: string): TextStems {
    let known = this.ofText.get(text);
    if (!known) {
      const open = text.includes("-") && OPEN_HYPHEN.test(text);
      known = { stems: open ? [] : contentStems(text, this.isWord), open };
      this.ofText.set(text, known);
    }
    return known;
  }
}
