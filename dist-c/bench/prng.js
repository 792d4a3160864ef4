export function createRandom(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (min, max) => min + Math.floor(next() * (max - min + 1));
    return {
        next,
        int,
        pick(items) {
            const item = items[int(0, items.length - 1)];
            if (item === undefined)
                throw new Error("bench: pick from an empty list");
            return item;
        },
        chance: (p) => next() < p,
    };
}
/** Mixes a seed and an index so document i is the same whatever the number of documents asked for. */
export function mixSeed(seed, index) {
    let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    return (h ^ (h >>> 16)) >>> 0;
}
//# sourceMappingURL=prng.js.map