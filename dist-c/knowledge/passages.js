import MiniSearch from "minisearch";
import { clutterRanges, inClutter } from "./clutter.js";
import { compareText } from "./compare.js";
import { segment } from "./segments.js";
import { STOPWORDS } from "./stopwords.js";
import { stem, words } from "./words.js";
/** Swedish-aware terms: lower case, stop words out, Snowball Swedish stems. */
export function passageTerms(text) {
    return words(text)
        .flatMap((w) => w.word.split(/[-–]/))
        .filter((w) => w.length > 1 && !STOPWORDS.has(w))
        .map(stem);
}
/** Every sentence, headline and list item of the documents, in order. */
export function listPassages(documents) {
    const passages = [];
    for (const doc of documents) {
        // Cookie banners, bylines and lists of other articles are no passage anyone should be quoted.
        const clutter = clutterRanges(doc.text);
        for (const s of segment(doc.text)) {
            if (clutter.length > 0 && inClutter(clutter, s.start))
                continue;
            const { start, end, text, heading } = s;
            passages.push({ id: passages.length, docId: doc.id, start, end, text, score: 0, heading });
        }
    }
    return passages;
}
function buildIndex(passages) {
    const index = new MiniSearch({
        fields: ["text"],
        storeFields: [],
        tokenize: (text) => words(text).map((w) => w.word),
        processTerm: (term) => {
            const parts = term.split(/[-–]/).filter((w) => w.length > 1 && !STOPWORDS.has(w));
            return parts.length === 0 ? null : parts.map(stem);
        },
    });
    index.addAll(passages);
    return index;
}
/**
 * A full-text index (minisearch) over the passages. It is built on the first search: most questions
 * are answered from the ledger, and a one-shot `gms-bot ask` should not pay for an index it never reads.
 */
export function createPassageIndex(passages) {
    let index = null;
    return {
        all: () => passages,
        search(query, options = {}) {
            index ??= buildIndex(passages);
            const hits = index.search(query, {
                combineWith: "OR",
                fuzzy: (t) => (t.length >= 7 ? 0.2 : false),
            });
            const found = [];
            for (const h of hits) {
                const p = passages[h.id];
                if (!p)
                    continue;
                const passage = { ...p, score: h.score };
                if (!options.filter || options.filter(passage))
                    found.push(passage);
            }
            found.sort((a, b) => b.score - a.score || compareText(a.docId, b.docId) || a.start - b.start);
            return found.slice(0, options.limit ?? 10);
        },
    };
}
//# sourceMappingURL=passages.js.map