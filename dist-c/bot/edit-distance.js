// How far apart two words are, for spelling: the vocabulary, organisation names and clarifying answers.
/** Damerau–Levenshtein (optimal string alignment), giving up once past `limit`. */
export function editDistance(a, b, limit = Number.POSITIVE_INFINITY) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    let prev2 = [];
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
            cur.push(v);
            rowMin = Math.min(rowMin, v);
        }
        if (rowMin > limit)
            return limit + 1;
        prev2 = prev;
        prev = cur;
    }
    return prev[b.length] ?? limit + 1;
}
/** Short words are too easy to confuse: no correction below 5 letters, one edit up to 7, two from 8. */
export function allowedEdits(length) {
    return length < 5 ? 0 : length < 8 ? 1 : 2;
}
/** A bit per letter (code point mod 32). Letters in one word and not the other each cost an edit. */
export function letterMask(word) {
    let mask = 0;
    for (let i = 0; i < word.length; i++)
        mask |= 1 << (word.charCodeAt(i) & 31);
    return mask;
}
function popcount(x) {
    let n = 0;
    for (let v = x >>> 0; v !== 0; v &= v - 1)
        n += 1;
    return n;
}
/** A cheap lower bound: letters in one word and not the other each cost an edit. */
export function mayBeWithin(mask, other, limit) {
    return Math.max(popcount(mask & ~other), popcount(other & ~mask)) <= limit;
}
//# sourceMappingURL=edit-distance.js.map