// A wording met once so far: nothing kept (most sentences are told once; only one told again is worth keeping).
const MET = Object.freeze([]);
/** Whether the wording was met before in this document; it is met from now on. */
export function metBefore(reading) {
    if (reading.told !== undefined)
        return true;
    reading.told = MET;
    return false;
}
/** What was read of the `i`-th amount of the wording under `key` (all else it depends on), if it was. */
export function toldBefore(reading, i, key) {
    const last = reading.told?.[i];
    return last !== undefined && last.key === key ? last.value : undefined;
}
/** Keeps what was read of the `i`-th amount of the wording under `key`. */
export function keepTold(reading, i, key, value) {
    if (reading.told === undefined || reading.told === MET)
        reading.told = [];
    reading.told[i] = { key, value };
    return value;
}
/** Drops what the document's sentences told (every wording record it kept some on). */
export function forgetTold(readings) {
    for (const r of readings)
        if (r.told !== undefined)
            r.told = undefined;
}
//# sourceMappingURL=wording-memo.js.map