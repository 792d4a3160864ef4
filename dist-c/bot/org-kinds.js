const ORG_KINDS = [
    {
        cue: "regionKind",
        sv: "ingen region",
        en: "no region",
        equals: ["region", "landsting"],
        endsWith: ["regionen"],
        startsWith: [],
    },
    {
        cue: "universityKind",
        sv: "inget universitet",
        en: "no university",
        equals: ["institutet", "institute", "university"],
        endsWith: ["universitet", "universitetet"],
        startsWith: ["högskola"],
    },
];
/** The kinds the question asks for; a name is kept when it is of one of them (all, when none is asked). */
export function ofAskedKind(cues) {
    const kinds = ORG_KINDS.filter((k) => cues.has(k.cue));
    if (kinds.length === 0)
        return () => true;
    return (name) => {
        const words = name.toLowerCase().split(/[\s()]+/u);
        return kinds.some((k) => words.some((w) => k.equals.includes(w) ||
            k.endsWith.some((e) => w.endsWith(e)) ||
            k.startsWith.some((s) => w.startsWith(s))));
    };
}
/** "ingen region", "no university": none of the kind asked, in the asker's language; null when none is asked. */
export function noneOfAskedKind(cues, language) {
    const kind = ORG_KINDS.find((k) => cues.has(k.cue));
    return kind ? kind[language] : null;
}
//# sourceMappingURL=org-kinds.js.map