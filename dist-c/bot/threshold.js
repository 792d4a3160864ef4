// Phrases that stand right before the amount ("över 100 miljoner", "more than SEK 80 million").
const BEFORE_AMOUNT = [
    ...words(["över", "mer än", "mera än", "more than", "over", "above", "högre än", "större än"], "above", false),
    ...words(["higher than", "bigger than", "larger than", "greater than", "in excess of"], "above", false),
    ...words(["minst", "at least", "no less than", "inte mindre än"], "above", true),
    ...words(["under", "mindre än", "less than", "below", "lägre än", "lower than", "smaller than"], "below", false),
    ...words(["fewer than", "färre än"], "below", false),
    ...words(["högst", "at most", "no more than", "inte mer än", "max"], "below", true),
];
// Verbs that compare the subject with the amount wherever they stand ("Översteg stödet 60 miljoner?").
const VERBS = [
    ...words(["exceed", "exceeded", "exceeds", "surpass", "surpassed", "surpasses"], "above", false),
    ...words(["översteg", "överstiger", "överskred", "överskrider", "överstigit"], "above", false),
    ...words(["understeg", "understiger"], "below", false),
];
// Words that may stand between the comparing words and the number ("more than SEK 80 million").
const BETWEEN = new Set(["sek", "kr", "the", "a", "total", "totalt", "sammanlagt"]);
function words(phrases, direction, inclusive) {
    return phrases.map((p) => [p, { direction, inclusive }]);
}
const BEFORE = BEFORE_AMOUNT.map(([p, side]) => ({ words: p.split(" "), side }));
const VERB_SIDES = new Map(VERBS);
/** The bar the question sets, when it names one amount with a comparing word before it; else null. */
export function readThreshold(tokens, amounts) {
    if (amounts.length !== 1)
        return null;
    const [amount] = amounts;
    if (!amount)
        return null;
    let end = tokens.findIndex((t) => t.start >= amount.start);
    if (end < 0)
        end = tokens.length;
    // The amount's own first token ("SEK" in "SEK 80 million") and fillers are skipped back over.
    while (end > 0 && BETWEEN.has(tokens[end - 1]?.word ?? ""))
        end -= 1;
    // The amount's reading may hold the words itself ("över 100 miljoner" read as at least 100 M).
    const first = tokens.findIndex((t) => t.start >= amount.start);
    const matches = (phrase, from) => from >= 0 && phrase.every((w, i) => tokens[from + i]?.word === w);
    for (const { words: phrase, side } of BEFORE) {
        if (matches(phrase, end - phrase.length) || (first >= 0 && matches(phrase, first)))
            return { valueSek: amount.valueSek, ...side, verb: false };
    }
    for (let i = 0; i < end; i++) {
        const side = VERB_SIDES.get(tokens[i]?.word ?? "");
        if (side)
            return { valueSek: amount.valueSek, ...side, verb: true };
    }
    return null;
}
/** Whether `value` clears the bar. */
export function meetsThreshold(value, t) {
    if (t.direction === "above")
        return t.inclusive ? value >= t.valueSek : value > t.valueSek;
    return t.inclusive ? value <= t.valueSek : value < t.valueSek;
}
// "än", "than": the year after it is the one the subject's year is measured against.
const THAN = new Set(["än", "than"]);
// Words that may stand between "than" and its year ("than in 2026", "än under 2026", "än år 2026").
const THAN_FILLERS = new Set(["in", "i", "under", "för", "for", "år", "året", "the", "year"]);
/** "fick barncancer mindre 2027 än 2026?": the year named after "än"/"than", when one is; else null. */
export function readComparedYear(tokens) {
    for (let i = 0; i < tokens.length; i++) {
        if (!THAN.has(tokens[i]?.word ?? ""))
            continue;
        let k = i + 1;
        while (k < tokens.length && THAN_FILLERS.has(tokens[k]?.word ?? ""))
            k += 1;
        const word = tokens[k]?.word ?? "";
        if (/^(?:19|20)\d\d$/.test(word))
            return Number(word);
    }
    return null;
}
//# sourceMappingURL=threshold.js.map