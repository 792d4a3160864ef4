// An amending decision: "beloppet … höjs från 92 miljoner kronor till 97 miljoner kronor". The new amount
// replaces the one it changes, which stays in the ledger as what was decided first but is no longer summed.
import { compileCues, hasCue } from "./cues.js";
/** Verbs that change a decided amount; without one, "från X till Y" is a range or a comparison. */
const REVISION_VERBS = compileCues([
    "höjs",
    "höjdes",
    "höjt",
    "höjts",
    "sänks",
    "sänktes",
    "sänkt",
    "sänkts",
    "ändras",
    "ändrades",
    "ändrat",
    "ändrats",
    "justeras",
    "justerades",
    "ökas",
    "ökades",
    "minskas",
    "minskades",
    "raised",
    "lowered",
    "increased",
    "reduced",
    "changed",
    "amended",
    "revised",
]);
// The money that can be amended: what a decision grants, its shares and stated totals.
const AMENDABLE = new Set(["grant", "part", "total", "multi-year-total"]);
const FROM_END = /(?:^|[\s(])(?:från|from)\s*$/i;
const TO_BETWEEN = /^\s*(?:kronor|kr|sek)?\s*(?:till|to)\s*$/i;
/** Marks each amount told as "från A till B" after a verb of change: B revises A, and A is retold. */
export function markRevisions(facts, doc) {
    for (let i = 1; i < facts.length; i++) {
        const old = facts[i - 1];
        const now = facts[i];
        if (old.segment !== now.segment || !AMENDABLE.has(old.role.role))
            continue;
        if (!AMENDABLE.has(now.role.role))
            continue;
        const between = doc.text.slice(old.amount.end, now.amount.start);
        const before = doc.text.slice(old.segment.start, old.amount.start);
        if (!TO_BETWEEN.test(between) || !FROM_END.test(before))
            continue;
        if (!hasCue(now.segment.text, REVISION_VERBS))
            continue;
        old.role = { ...old.role, role: "comparison" };
        now.revises = i - 1;
    }
}
//# sourceMappingURL=revisions.js.map