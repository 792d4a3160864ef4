import { hasCue } from "./cues.js";
import { namesRegion } from "./organisations.js";
import { FROM_THE_STATE, REST_FROM_OTHERS } from "./role-cues.js";
/**
 * "GMS budget för 2029 är drygt 95 miljoner kronor, varav 82 miljoner kommer från staten och resten från
 * regionerna": a whole whose share is the state's and whose rest is others' mixes funders. The whole is a
 * stated total, and the state's share is the grant itself (not a share of one), so sums count it once.
 */
export function markMixedWholes(facts) {
    for (const f of facts) {
        const whole = f.parent === null ? undefined : facts[f.parent];
        if (!whole || whole.segment !== f.segment || f.role.role !== "part")
            continue;
        const after = f.segment.text.slice(f.amount.end - f.segment.start);
        if (!hasCue(ownClause(after), FROM_THE_STATE) || !hasCue(after, REST_FROM_OTHERS))
            continue;
        if (whole.role.role !== "grant" && whole.role.role !== "total")
            continue;
        whole.role = { ...whole.role, role: "total" };
        f.role = { role: "grant", isPart: false, nearestParent: false };
        f.parent = null;
        // A share's purpose ("varav") named only its place in the whole: the grant is told by the sentence.
        f.purpose = whole.purpose;
        f.purposeIsSentence = whole.purposeIsSentence;
    }
}
// The share's own words end where the rest is told ("… från staten och resten från regionerna").
const CLAUSE_END = /\s(?:och|and)\s+(?:resten|återstoden|övrig\p{L}*|the rest|the remainder)\b|[,;]/u;
function ownClause(after) {
    const end = after.search(CLAUSE_END);
    return end < 0 ? after : after.slice(0, end);
}
/**
 * "The regions contributed SEK 35 million": money the regions give of their own is co-funding beside the
 * state's grant, whatever verb tells it (the co-funding words name most of it).
 */
// A retelling of what the regions gave ("som de fått 2029, alltså omkring 25 miljoner") is theirs too: never
// counted alone as a year's grant.
const REGIONS_GIVING_ROLES = new Set(["grant", "comparison"]);
// A region named as the one who gives ("Region Stockholm anslår 2,5 miljoner kronor till GMS Stockholm") gives its
// own money; a region that passes the state's money on is its payer ("Region Skåne betalar ut …"), never its funder.
export function markRegionsMoney(facts) {
    for (const f of facts)
        if (REGIONS_GIVING_ROLES.has(f.role.role) && f.funder !== null && regionGives(f.funder))
            f.role = { ...f.role, role: "co-funding" };
}
function regionGives(funder) {
    return funder.toLowerCase() === "regionerna" || namesRegion(funder);
}
//# sourceMappingURL=mixed-wholes.js.map