// "SHARE-GEN", "EU4Health-X": capitals joined by hyphens, as projects are written. Linear: a name starts
// only after a non-letter, so a run of capitals is tried once.
const PROJECT_NAME = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:-\p{Lu}[\p{Lu}\p{N}]*)+(?![\p{L}\p{N}])/gu;
const named = new WeakMap();
/** The project names the documents write (lower case), each to the ids of the documents that write it. */
export function projectNamesOf(documents) {
    let names = named.get(documents);
    if (!names) {
        const found = new Map();
        for (const d of documents) {
            if (!d.text.includes("-"))
                continue;
            for (const m of d.text.matchAll(PROJECT_NAME)) {
                const name = m[0].toLowerCase();
                found.set(name, (found.get(name) ?? new Set()).add(d.id));
            }
        }
        names = found;
        named.set(documents, names);
    }
    return names;
}
//# sourceMappingURL=project-names.js.map