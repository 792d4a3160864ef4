import { blocksFromText } from "../build-blocks.js";
import { say } from "../say.js";
import { meetsThreshold } from "../threshold.js";
import { amountText } from "./context.js";
// A lead that cites states its figure; one that only introduces a list ("Dokumenten nämner 2 belopp …:") does not.
const CITES = /\[\d+\]/;
// Money that was given (or a sum of it): an estimate or a frame is no answer to "did GMS get more than …".
const GIVEN = new Set(["grant", "part", "total", "multi-year-total", "comparison", "co-funding"]);
/**
 * The figure a yes or no is about: a computed sum, or the one stated amount the answer gives (with, at most,
 * the wholes it is part of). Several amounts side by side, or only an estimate, give none.
 */
function headline(ctx, draft) {
    const [first, ...rest] = draft.figures;
    if (!first)
        return null;
    if (first.derived)
        return first;
    const lead = draft.text.split("\n", 1)[0] ?? "";
    if (!CITES.test(lead))
        return null;
    const told = ctx.index.entries
        .map((e) => e.entry)
        .filter((e) => e.amountSek === first.amountSek && (first.year === null || e.years.includes(first.year)));
    if (!told.some((e) => GIVEN.has(e.role)))
        return null;
    // "Det är en del av 80 miljoner kronor": the wholes up its chain may be shown beside it, nothing else.
    const wholes = new Set();
    for (const e of told)
        for (let w = e.partOf ? ctx.index.byId.get(e.partOf) : undefined, n = 0; w && n < 4; n++) {
            wholes.add(w.amountSek);
            w = w.partOf ? ctx.index.byId.get(w.partOf) : undefined;
        }
    // "Fördelat så här: • 9 miljoner …": its own parts may be listed under it too.
    const ids = new Set(told.map((e) => e.id));
    const parts = new Set(ctx.index.entries
        .map((e) => e.entry)
        .filter((e) => e.partOf !== null && ids.has(e.partOf))
        .map((e) => e.amountSek));
    const alone = rest.every((f) => f.derived ||
        wholes.has(f.amountSek) ||
        parts.has(f.amountSek) ||
        (f.amountSek === first.amountSek && f.year === first.year));
    return alone ? first : null;
}
const COMPARE = {
    "above-false": ["mer än", "more than"],
    "above-true": ["minst", "at least"],
    "below-false": ["mindre än", "less than"],
    "below-true": ["högst", "at most"],
};
/** The draft with a verdict first, or null when it gives no one figure to measure. */
export function withThresholdVerdict(ctx, threshold, draft) {
    if (!draft.answered)
        return null;
    const figure = headline(ctx, draft);
    if (!figure)
        return null;
    const yes = meetsThreshold(figure.amountSek, threshold);
    const [sv, en] = COMPARE[`${threshold.direction}-${threshold.inclusive}`] ?? ["", ""];
    const value = amountText(ctx, figure.amountSek);
    const bar = amountText(ctx, threshold.valueSek);
    const reason = say(ctx.language, `${value} är ${yes ? "" : "inte "}${sv} ${bar}.`, `${value} is ${yes ? "" : "not "}${en} ${bar}.`);
    return withVerdict(ctx, draft, yes, reason);
}
/**
 * "Fick barncancer mindre 2027 än 2026?": yes or no on the two years' stated figures the change answer shows,
 * the year after "än"/"than" the one measured against. No verdict unless each year has one figure.
 */
export function withComparisonVerdict(ctx, draft) {
    const { query } = ctx;
    const more = query.cues.has("more");
    const less = query.cues.has("less");
    if (!draft.answered || more === less || query.years.length !== 2)
        return null;
    const against = query.comparedYear ?? query.years[0];
    const subject = query.years.find((y) => y !== against);
    if (against === undefined || subject === undefined)
        return null;
    // One figure per year: the year's stated amount, else the year's one computed total ("75 = 66 + 9").
    const one = (y) => {
        const stated = draft.figures.filter((f) => !f.derived && f.year === y);
        const summed = draft.figures.filter((f) => f.derived && f.year === y);
        return stated.length === 1 ? stated[0] : summed.length === 1 ? summed[0] : undefined;
    };
    const a = one(subject);
    const b = one(against);
    if (!a || !b)
        return null;
    const yes = more ? a.amountSek > b.amountSek : a.amountSek < b.amountSek;
    const [sv, en] = more ? ["mer än", "more than"] : ["mindre än", "less than"];
    const reason = say(ctx.language, `${amountText(ctx, a.amountSek)} ${subject} är ${yes ? "" : "inte "}${sv} ${amountText(ctx, b.amountSek)} ${against}.`, `${amountText(ctx, a.amountSek)} in ${subject} is ${yes ? "" : "not "}${en} ${amountText(ctx, b.amountSek)} in ${against}.`);
    return withVerdict(ctx, draft, yes, reason);
}
/** The draft with "Ja:"/"Yes:" or "Nej:"/"No:" and its reason first, in text and blocks alike. */
function withVerdict(ctx, draft, yes, reason) {
    const word = say(ctx.language, yes ? "Ja" : "Nej", yes ? "Yes" : "No");
    const rest = draft.blocks ?? blocksFromText(draft.text);
    return {
        ...draft,
        text: `${word}: ${reason}\n${draft.text}`,
        blocks: [{ kind: "yesno", verdict: yes ? "yes" : "no", text: reason }, ...rest],
    };
}
//# sourceMappingURL=threshold.js.map