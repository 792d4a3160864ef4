// Whether a document names something ("EU", "SHARE-GEN"): a passage search within that document, each hit
// read word by word, so the bot never reads a document's text itself.
import { words } from "../../knowledge/index.js";
// How many of the document's best passages are read for the phrase.
const HITS = 5;
/** The document has a passage with the words in this order (lower case, as `words` gives them). */
export function documentSays(ctx, docId, phrase, 
/** Occurrences after one of these words in their sentence do not count ("hosted by … Karolinska Institutet"). */
notAfter) {
    if (phrase.length === 0)
        return false;
    const hits = ctx.knowledge.passages.search(phrase.join(" "), {
        limit: HITS,
        filter: (p) => p.docId === docId,
    });
    return hits.some((p) => {
        const said = words(p.text).map((w) => w.word);
        return said.some((_, i) => phrase.every((w, k) => said[i + k] === w) &&
            !(notAfter && said.slice(0, i).some((w) => notAfter.has(w))));
    });
}
//# sourceMappingURL=document-says.js.map