import { GENERIC_CONDITION_HEADS, stem } from "../knowledge/index.js";
// "prostatacanc" is "prostat" + "a" + "canc": a linking letter may stand between modifier and head.
const LINKS = ["", "a", "s", "e", "o"];
const HEADS = [...new Set([...GENERIC_CONDITION_HEADS].map((h) => stem(h)))];
const MIN_MODIFIER = 4;
/**
 * The known condition compounds an organ or body word's stem makes: "prostat" → ["prostatacanc"],
 * "njur" → ["njurcanc"]. So "prostata" or "njure" asks about that cancer. A few lookups, no index.
 */
export function conditionCompounds(modifier, known) {
    if (modifier.length < MIN_MODIFIER)
        return [];
    const out = [];
    for (const link of LINKS)
        for (const head of HEADS) {
            const compound = modifier + link + head;
            if (known(compound))
                out.push(compound);
        }
    return out;
}
//# sourceMappingURL=condition-compounds.js.map