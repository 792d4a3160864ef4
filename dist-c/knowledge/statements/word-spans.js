// Where the words of a text are, without a regex match object per word: a word runs from a letter or
// digit (Unicode \p{L}, \p{N}) over letters, digits and inner joiners ("covid-19", "2026/27", "t.ex")
// to its last letter or digit. Reads exactly as /[\p{L}\p{N}][\p{L}\p{N}\-–/.:']*[\p{L}\p{N}]|[\p{L}\p{N}]/gu.
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
// "-", "–", "/", ".", ":", "'": inside a word they join its parts.
const JOINER_CHARS = "-–/.:'";
const OTHER = 0;
const WORD = 1;
const JOINER = 2;
// Units below this are classed once into a table (a word's letters, mostly, and the joiners); the rarer
// ones above it, and astral characters, as they are met.
const TABLE_SIZE = 0x2100;
const table = new Uint8Array(TABLE_SIZE);
for (let cp = 0; cp < TABLE_SIZE; cp++)
    table[cp] = WORD_CHAR.test(String.fromCodePoint(cp))
        ? WORD
        : JOINER_CHARS.includes(String.fromCodePoint(cp))
            ? JOINER
            : OTHER;
const wide = new Map();
function wideKind(cp) {
    let known = wide.get(cp);
    if (known === undefined) {
        const ch = String.fromCodePoint(cp);
        known = WORD_CHAR.test(ch) ? WORD : JOINER_CHARS.includes(ch) ? JOINER : OTHER;
        wide.set(cp, known);
    }
    return known;
}
// The kind and size of the character at `i` (read per unit of every sentence: kept small to be inlined).
let size = 1;
function kindAt(text, i) {
    const c = text.charCodeAt(i);
    size = 1;
    if (c < TABLE_SIZE)
        return table[c];
    const cp = text.codePointAt(i);
    if (cp > 0xffff)
        size = 2;
    return wideKind(cp);
}
/**
 * The words of `text` as start and end offsets, pairwise from the start of `out`; returns the number of
 * words (entries past them are left from before: `out` is a buffer, reused without emptying it, which
 * would give up its room each time).
 */
export function wordSpans(text, out) {
    return hashedWordSpans(text, out, unusedHashes);
}
// The hashes `wordSpans` does not give (reused).
const unusedHashes = [];
/**
 * As `wordSpans`, with each word's FNV-1a hash of its units (kept in a small integer's range) in `hashes`,
 * read in the same pass: the cue tables look each word up by it.
 */
export function hashedWordSpans(text, out, hashes) {
    let count = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
        if (kindAt(text, i) !== WORD) {
            i += size;
            continue;
        }
        const at = i;
        let h = hashUnits(FNV_BASIS, text, i, i + size);
        let end = i + size;
        let hashToEnd = h;
        for (let j = end; j < n;) {
            const kind = kindAt(text, j);
            if (kind === OTHER)
                break;
            h = hashUnits(h, text, j, j + size);
            j += size;
            if (kind === WORD) {
                end = j;
                hashToEnd = h;
            }
        }
        out[2 * count] = at;
        out[2 * count + 1] = end;
        hashes[count] = hashToEnd & HASH_MASK;
        count += 1;
        i = end;
    }
    return count;
}
const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Hashes are kept in a small integer's range: a map keyed by them holds no boxed numbers. */
const HASH_MASK = 0x3fffffff;
/** FNV-1a of `h` on over the units `from` to `to` of `text`. */
function hashUnits(h, text, from, to) {
    let out = h;
    for (let i = from; i < to; i++)
        out = Math.imul(out ^ text.charCodeAt(i), FNV_PRIME);
    return out;
}
/** A word's hash as `hashedWordSpans` gives it. */
export function wordHash(text, from, to) {
    return hashUnits(FNV_BASIS, text, from, to) & HASH_MASK;
}
/**
 * As in `words`: the text lower-cased once is each word lower-cased, unless lengths change or Σ occurs
 * (then null: each word is lower-cased on its own).
 */
export function lowerCaseOf(text) {
    const lower = text.toLowerCase();
    return lower.length === text.length && !text.includes("Σ") ? lower : null;
}
// Offsets of the words read last (reused: one text is read at a time).
const spans = [];
/** One value per word of `text`, made from its offsets and the text's lower case (`lowerCaseOf`). */
export function mapWords(text, make) {
    const lower = lowerCaseOf(text);
    // Lower case keeps each character's kind and place, and is one flat string: read faster than a slice.
    const count = wordSpans(lower ?? text, spans);
    const out = new Array(count);
    for (let k = 0; k < count; k++)
        out[k] = make(spans[2 * k], spans[2 * k + 1], lower);
    return out;
}
//# sourceMappingURL=word-spans.js.map