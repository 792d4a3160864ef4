import { matchTopic } from "../match.js";
import { listText, say } from "../say.js";
import { ledgerName } from "./organisation.js";
const found = new WeakMap();
/** The question leaves out an area or an organisation ("exklusive AMR", "not counting Vinnova"). */
export function excludesSubject(ctx) {
    const { excluded } = ctx.query;
    return excluded.stems.length + excluded.topics.length + excluded.orgs.length > 0;
}
/** The entries the question leaves out: those about the excluded topic, or given, paid or received by the org. */
export function excludedEntries(ctx) {
    let out = found.get(ctx.query);
    if (out)
        return out;
    const { excluded } = ctx.query;
    out = new Set();
    if (excluded.stems.length + excluded.topics.length > 0) {
        const about = { ...ctx.query, stems: excluded.stems, topics: excluded.topics, unknown: [] };
        for (const e of matchTopic(about, ctx.index))
            out.add(e.entry);
    }
    const names = excluded.orgs.map((o) => ledgerName(ctx, o).toLowerCase());
    // Most questions leave no organisation out: then no entry needs reading.
    if (names.length > 0)
        for (const { entry } of ctx.index.entries)
            if ([entry.recipient, entry.funder, entry.payer].some((n) => names.includes(n?.toLowerCase() ?? "")))
                out.add(entry);
    found.set(ctx.query, out);
    return out;
}
/**
 * "(Utan ”medfinansiering”.)": the answer says back what it left out; one that still shows money of the
 * excluded area or organisation says it could not leave it out.
 */
export function excludedNote(ctx, draft) {
    const { words } = ctx.query.excluded;
    if (words.length === 0 || !draft.answered)
        return "";
    const list = listText(words.map((w) => say(ctx.language, `”${w}”`, `“${w}”`)), ctx.language);
    const left = [...excludedEntries(ctx)];
    const shown = draft.figures.some((f) => left.some((e) => e.amountSek === f.amountSek && e.year === f.year));
    if (shown)
        return say(ctx.language, `(Jag kan inte räkna bort ${list} ur det här svaret.)`, `(I can't leave ${list} out of this answer.)`);
    return say(ctx.language, `(Utan ${list}.)`, `(Not counting ${list}.)`);
}
//# sourceMappingURL=excluded.js.map