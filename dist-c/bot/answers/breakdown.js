import { hasTopic, inYears, matchTopic } from "../match.js";
import { say } from "../say.js";
import { amountText, decline, entryFigure } from "./context.js";
import { describeEntry } from "./describe.js";
import { ledgerName } from "./organisation.js";
/** "How was the 49,5 million split?": a whole and the shares the documents list for it. */
export function answerBreakdown(ctx) {
    const { query } = ctx;
    let wholes = splitWholes(ctx);
    const amounts = new Set(query.amounts.map((a) => a.valueSek));
    if (amounts.size > 0)
        wholes = wholes.filter((e) => amounts.has(e.entry.amountSek));
    wholes = wholes.filter((e) => inYears(e.entry, query.years));
    // "how was the Barncancerfonden money split": only money the organisation gave, paid or got.
    const orgs = query.orgs
        .filter((o) => o.name !== "GMS" && o.name !== "regeringen")
        .map((o) => ledgerName(ctx, o.name));
    if (orgs.length > 0) {
        // Named in the entry's fields, or as who its documents pay it to, distribute or requisition it.
        const told = ctx.knowledge.statements.channels.filter((c) => orgs.includes(c.organisation));
        wholes = wholes.filter(({ entry: e }) => [e.funder, e.payer, e.recipient].some((n) => !!n && orgs.includes(n)) ||
            told.some((c) => e.sources.some((s) => s.docId === c.span.docId)));
    }
    if (hasTopic(query) && amounts.size === 0) {
        const allowed = new Set(wholes);
        // A topic no split whole is about has no breakdown: never another topic's split.
        wholes = matchTopic(query, ctx.index, (e) => allowed.has(e));
    }
    const whole = wholes
        .map((e) => e.entry)
        .sort((a, b) => Number(b.gms) - Number(a.gms) || b.amountSek - a.amountSek)[0];
    if (!whole) {
        return decline("breakdown", say(ctx.language, "Dokumenten bryter inte ned något sådant belopp i delar.", "The documents don't break such an amount down into parts."));
    }
    const partsOf = (e) => e.parts.map((id) => ctx.index.byId.get(id)).filter((p) => !!p);
    // A share split further ("50 miljoner, varav 16 till …") lists its own shares right after it.
    const nested = partsOf(whole).flatMap((p) => [
        { p, mark: "•" },
        ...partsOf(p).map((q) => ({ p: q, mark: "  ◦" })),
    ]);
    const parts = nested.map((n) => n.p);
    const head = entryFigure(ctx, whole);
    const intro = say(ctx.language, `${amountText(ctx, whole.amountSek)}${whole.year ? ` (${whole.year})` : ""} ${head.markers} fördelas så här:`, `${amountText(ctx, whole.amountSek)}${whole.year ? ` (${whole.year})` : ""} ${head.markers} is split as follows:`);
    const lines = [
        intro,
        ...nested.map(({ p, mark }) => `${mark} ${describeEntry(ctx, p, { underWhole: true })}`),
    ];
    const figures = [head.figure, ...parts.map((p) => entryFigure(ctx, p).figure)];
    return { intent: "breakdown", answered: true, text: lines.join("\n"), figures };
}
// Per entry index (not per knowledge): the entries kept are the index's own objects.
const wholesByIndex = new WeakMap();
/** Entries the documents split into parts (other than an agency's own cap): found once per index. */
function splitWholes(ctx) {
    let wholes = wholesByIndex.get(ctx.index);
    if (!wholes) {
        wholes = ctx.index.entries.filter((e) => e.entry.parts.some((id) => ctx.index.byId.get(id)?.role !== "agency-cap"));
        wholesByIndex.set(ctx.index, wholes);
    }
    return wholes;
}
//# sourceMappingURL=breakdown.js.map