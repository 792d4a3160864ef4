// "How much did each region get in 2027?": what each organisation of the asked kind received, as the
// documents state it, never added up across organisations.
import { fundingRole } from "../../knowledge/index.js";
import { inYears } from "../match.js";
import { noneOfAskedKind, ofAskedKind } from "../org-kinds.js";
import { say } from "../say.js";
import { answerEntries } from "./amount-entries.js";
import { amountText, decline } from "./context.js";
import { nodeSharesFirst } from "./node-shares.js";
const RECEIVED = new Set(["grant", "part", "multi-year-total"]);
/** Whether the question asks how much organisations of a kind got, naming none of them. */
export function asksPerKind(ctx) {
    const q = ctx.query;
    const money = q.cues.has("howMuch") ||
        q.cues.has("amount") ||
        q.cues.has("largest") ||
        q.cues.has("smallest");
    return (money &&
        noneOfAskedKind(q.cues, ctx.language) !== null &&
        q.orgs.length === 0 &&
        q.stems.length === 0 &&
        q.topics.length === 0);
}
export function answerPerKind(ctx) {
    const { years, cues } = ctx.query;
    const ofKind = ofAskedKind(cues);
    const found = ctx.index.entries
        .map((e) => e.entry)
        .filter((e) => e.recipient !== null &&
        ofKind(e.recipient) &&
        RECEIVED.has(fundingRole(e)) &&
        // A sum over years told with its yearly shares is told by them.
        (e.role !== "multi-year-total" || e.parts.length === 0) &&
        (years.length === 0 || inYears(e, years)) &&
        // "sedan 2019 fått sammanlagt 40 miljoner" is no year's money: a sum over more years than asked is left out.
        (e.role !== "multi-year-total" ||
            years.length === 0 ||
            e.years.every((y) => years.includes(y))))
        .sort(byRecipient);
    if (found.length === 0) {
        const none = noneOfAskedKind(cues, ctx.language) ?? "";
        return decline("amount", say(ctx.language, `Dokumenten anger inga medel till ${none.replace(/^ingen |^inget /, "någon ")}${years.length ? ` ${years.join(", ")}` : ""}.`, `The documents state ${none} receiving money${years.length ? ` in ${years.join(", ")}` : ""}.`));
    }
    // Each organisation under its name: its lines alone would not say whose money they are.
    const byName = new Map();
    for (const e of found) {
        const name = e.recipient ?? "";
        const list = byName.get(name);
        if (list)
            list.push(e);
        else
            byName.set(name, [e]);
    }
    // "vilken nod fick …": each region's share of the year's grant, not its areas' money.
    const groups = [...byName].map(([name, entries]) => [
        name,
        nodeSharesFirst(ctx, entries),
    ]);
    // "Vilken region fick mest/minst?": the organisation whose largest amount is largest (smallest), named first.
    const most = cues.has("largest");
    const least = !most && cues.has("smallest");
    if (most)
        groups.sort((a, b) => largest(b[1]) - largest(a[1]));
    if (least)
        groups.sort((a, b) => largest(a[1]) - largest(b[1]));
    const drafts = groups.map(([name, entries]) => ({
        name,
        draft: answerEntries(ctx, entries, false),
    }));
    const lead = most || least ? mostLine(ctx, groups, most) : "";
    return {
        intent: "amount",
        answered: true,
        text: lead + drafts.map(({ name, draft }) => `${name}:\n${indent(draft.text)}`).join("\n"),
        figures: drafts.flatMap(({ draft }) => draft.figures),
    };
}
function largest(entries) {
    return Math.max(...entries.map((e) => e.amountSek));
}
/** The organisation with the largest (smallest) amount; amounts are compared as stated, never added up. */
function mostLine(ctx, groups, most) {
    const [first] = groups;
    if (!first)
        return "";
    const amount = amountText(ctx, largest(first[1]));
    return `${say(ctx.language, `${most ? "Störst" : "Minst"} belopp: ${first[0]}, ${amount}.`, `The ${most ? "largest" : "smallest"} amount: ${first[0]}, ${amount}.`)}\n`;
}
function indent(text) {
    return text
        .split("\n")
        .map((line) => `  ${line}`)
        .join("\n");
}
/** By recipient, the larger amounts first: each organisation's money together. */
function byRecipient(a, b) {
    return (a.recipient ?? "").localeCompare(b.recipient ?? "", "sv") || b.amountSek - a.amountSek;
}
//# sourceMappingURL=per-kind.js.map