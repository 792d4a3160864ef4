// "I år får GMS 95 miljoner kronor … När jag tillträdde fick GMS 66 miljoner kronor om året": a page that dates
// its year's grant in its own words and tells another GMS grant dated by nothing but the page tells earlier
// money of unknown time, not a second grant of its year.
import { hasCue } from "./cues.js";
import { ADDED_MONEY } from "./role-cues.js";
import { UNDATED_CLUES } from "./years.js";
/** Makes such a grant earlier money of no known year (a retelling): never summed into the page's year. */
export function markUndatedBesideDated(entries, note) {
    // The dated grants by the documents that tell them: a page is asked only for its own.
    const datedIn = new Map();
    for (const g of entries) {
        if (g.role !== "grant" || !g.gms || UNDATED_CLUES.has(g.yearClue))
            continue;
        for (const s of g.sources) {
            const told = datedIn.get(s.docId);
            if (told)
                told.push(g);
            else
                datedIn.set(s.docId, [g]);
        }
    }
    for (const e of entries) {
        if (e.role !== "grant" || !e.gms || e.yearClue !== "publication-date")
            continue;
        const beside = e.sources
            .flatMap((s) => datedIn.get(s.docId) ?? [])
            .find((g) => g.years.some((y) => e.years.includes(y)));
        if (!beside || e.sources.some((s) => hasCue(s.text, ADDED_MONEY)))
            continue;
        e.role = "comparison";
        e.years = [];
        e.year = null;
        e.yearClue = "none";
        note(e, `Dated by the page only, beside ${beside.id}, which the page dates itself: told as earlier money.`);
    }
}
//# sourceMappingURL=undated-beside.js.map