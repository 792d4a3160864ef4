import { say } from "../say.js";
import { answerRecipientAmounts } from "./amount-by-org.js";
import { amountText } from "./context.js";
import { askedRecipient, receivedBy } from "./organisation.js";
/** The receivers the question names (two or more), each as the documents name it; else null. */
export function namedRecipients(ctx) {
    const asked = ctx.query.orgs.filter((o) => o.role === "recipient" || o.role === "any");
    if (asked.length < 2 || asked.length !== ctx.query.orgs.length)
        return null;
    const names = asked.map((o) => askedRecipient({ ...ctx, query: { ...ctx.query, orgs: [o] } }));
    if (names.some((n) => n === null))
        return null;
    const unique = [...new Set(names)];
    return unique.length >= 2 ? unique : null;
}
/** The one share each of two organisations got of the same whole, when there is exactly one such pair. */
function sharesOfOneWhole(ctx, a, b) {
    const sharesOf = (name) => receivedBy(ctx, name).filter((e) => e.partOf !== null);
    const pairs = sharesOf(a).flatMap((x) => sharesOf(b)
        .filter((y) => y.partOf === x.partOf && y.recipient !== x.recipient)
        .map((y) => [x, y]));
    return pairs.length === 1 ? (pairs[0] ?? null) : null;
}
export function answerEachRecipient(ctx, names, roles) {
    const drafts = names.map((name) => ({
        name,
        draft: answerRecipientAmounts({ ...ctx, query: { ...ctx.query, orgs: ctx.query.orgs.filter((o) => o.name === name) } }, name, null, roles),
    }));
    const [first, second] = names;
    const pair = first && second && names.length === 2 ? sharesOfOneWhole(ctx, first, second) : null;
    let lead = "";
    if (pair) {
        const [x, y] = pair;
        const more = x.amountSek >= y.amountSek ? x : y;
        const less = more === x ? y : x;
        const whole = x.partOf ? ctx.index.byId.get(x.partOf) : undefined;
        const of = whole ? amountText(ctx, whole.amountSek) : "";
        const verdict = ctx.query.cues.has("more") || ctx.query.cues.has("less")
            ? (ctx.query.cues.has("less") ? x.amountSek < y.amountSek : x.amountSek > y.amountSek)
                ? say(ctx.language, "Ja. ", "Yes. ")
                : say(ctx.language, "Nej. ", "No. ")
            : "";
        lead =
            x.amountSek === y.amountSek
                ? `${verdict}${say(ctx.language, `Lika mycket: ${amountText(ctx, x.amountSek)} var.`, `The same: ${amountText(ctx, x.amountSek)} each.`)}\n`
                : `${verdict}${say(ctx.language, `${more.recipient} fick mer: ${amountText(ctx, more.amountSek)} mot ${amountText(ctx, less.amountSek)} för ${less.recipient}, båda andelar av ${of}.`, `${more.recipient} got more: ${amountText(ctx, more.amountSek)} against ${amountText(ctx, less.amountSek)} for ${less.recipient}, both shares of ${of}.`)}\n`;
    }
    const indent = (text) => text
        .split("\n")
        .map((l) => `  ${l}`)
        .join("\n");
    return {
        intent: "amount",
        answered: drafts.some((d) => d.draft.answered),
        text: lead + drafts.map(({ name, draft }) => `${name}:\n${indent(draft.text)}`).join("\n"),
        figures: drafts.flatMap(({ draft }) => draft.figures),
    };
}
//# sourceMappingURL=each-recipient.js.map