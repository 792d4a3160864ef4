// Frequent function words only one of the two languages uses: a page's opening tells them apart.
const SWEDISH = new Set("och att det som är för med till av på inte har ska kommer kronor miljoner regeringen också".split(" "));
const ENGLISH = new Set("the and of to is for with that will has are was million government also from".split(" "));
// Enough text to decide; a long document is not read to its end for this.
const SAMPLE = 4_000;
const WORD = /\p{L}+/gu;
const read = new WeakMap();
/** The language a document is written in: Swedish unless its opening is more English than Swedish. */
export function documentLanguage(doc) {
    let language = read.get(doc);
    if (language === undefined) {
        let sv = 0;
        let en = 0;
        for (const [w] of doc.text.slice(0, SAMPLE).toLowerCase().matchAll(WORD)) {
            if (SWEDISH.has(w))
                sv += 1;
            else if (ENGLISH.has(w))
                en += 1;
        }
        language = en > sv ? "en" : "sv";
        read.set(doc, language);
    }
    return language;
}
//# sourceMappingURL=document-language.js.map