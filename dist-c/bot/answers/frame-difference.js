import { inYears } from "../match.js";
import { say } from "../say.js";
import { amountText, decline, entryFigure } from "./context.js";
import { ledgerName } from "./organisation.js";
/**
 * "What is the difference between what Socialstyrelsen may use and what it pays out in 2026?": the frame an
 * agency may use and the grant it pays out, told by one decision. Their difference is answered only as the
 * decision states it (the cap for the agency's own work); a frame and a grant are never subtracted by the bot.
 */
export function answerFrameDifference(ctx) {
    const { query } = ctx;
    const asked = query.orgs[0];
    const org = asked ? ledgerName(ctx, asked.name) : null;
    const entries = ctx.index.entries.map((e) => e.entry).filter((e) => inYears(e, query.years));
    const frames = entries.filter((e) => e.role === "budget-frame" &&
        e.partOf === null &&
        (!org || e.sources.some((s) => s.text.includes(org))));
    for (const frame of frames) {
        const doc = frame.sources[0]?.docId;
        const inDoc = (e) => e.sources.some((s) => s.docId === doc);
        const paid = entries.find((e) => e.role === "grant" &&
            inDoc(e) &&
            (!org || e.payer === org) &&
            e.years.join() === frame.years.join());
        if (!paid)
            continue;
        const cap = entries.find((e) => e.role === "agency-cap" && inDoc(e) && e.amountSek === frame.amountSek - paid.amountSek);
        return describe(ctx, org, frame, paid, cap);
    }
    return decline("change", say(ctx.language, "Dokumenten anger inte både vad myndigheten får använda och vad den betalar ut det året.", "The documents don't state both what the agency may use and what it pays out that year."));
}
function describe(ctx, org, frame, paid, cap) {
    const [f, p] = [entryFigure(ctx, frame), entryFigure(ctx, paid)];
    const who = org ?? say(ctx.language, "Myndigheten", "The agency");
    const lines = [
        say(ctx.language, `${who} får använda ${amountText(ctx, frame.amountSek)} ${f.markers} och betalar ut ${amountText(ctx, paid.amountSek)} ${p.markers}.`, `${who} may use ${amountText(ctx, frame.amountSek)} ${f.markers} and pays out ${amountText(ctx, paid.amountSek)} ${p.markers}.`),
    ];
    const figures = [f.figure, p.figure];
    if (cap) {
        const c = entryFigure(ctx, cap);
        lines.unshift(say(ctx.language, `Skillnaden är ${amountText(ctx, cap.amountSek)}: det som beslutet låter myndigheten använda för sitt eget arbete ${c.markers}.`, `The difference is ${amountText(ctx, cap.amountSek)}: what the decision lets the agency use for its own work ${c.markers}.`));
        figures.unshift(c.figure);
    }
    else
        lines.push(say(ctx.language, "Dokumenten säger inte vad skillnaden mellan beloppen är till för.", "The documents don't say what the difference between the two is for."));
    return { intent: "change", answered: true, text: lines.join("\n"), figures };
}
//# sourceMappingURL=frame-difference.js.map