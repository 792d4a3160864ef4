// "Vilka pengar är inte GMS-pengar?": the money the documents tell that goes to others than GMS.
import { fundingRole } from "../../knowledge/index.js";
import { inYears } from "../match.js";
import { say } from "../say.js";
import { answerEntries } from "./amount-entries.js";
import { decline } from "./context.js";
// Money given: never a cost, an estimate, a cap or a frame, which go to no one.
const GIVEN = new Set(["grant", "part", "multi-year-total", "co-funding"]);
/** Whether the question asks for the money that is not GMS's, about nothing narrower. */
export function asksNotGms(ctx) {
    const q = ctx.query;
    return (q.cues.has("notGms") &&
        q.stems.length === 0 &&
        q.topics.length === 0 &&
        q.orgs.length === 0 &&
        q.names.length === 0);
}
export function answerNotGms(ctx) {
    const { years } = ctx.query;
    const others = ctx.index.entries
        .map((e) => e.entry)
        .filter((e) => !e.gms && GIVEN.has(fundingRole(e)) && (years.length === 0 || inYears(e, years)));
    // A share is told in its whole's line when the whole is listed.
    const listed = others.filter((e) => !others.some((w) => w.id === e.partOf));
    if (listed.length === 0)
        return decline("amount", say(ctx.language, "Dokumenten nämner inga pengar som går till andra än GMS.", "The documents mention no money that goes to others than GMS."));
    const draft = answerEntries(ctx, byYear(listed), false);
    const lead = say(ctx.language, "Pengar i dokumenten som inte går till GMS:", "Money in the documents that does not go to GMS:");
    return { ...draft, text: `${lead}\n${draft.text}` };
}
function byYear(entries) {
    return [...entries].sort((a, b) => (a.years[0] ?? 0) - (b.years[0] ?? 0));
}
//# sourceMappingURL=not-gms.js.map