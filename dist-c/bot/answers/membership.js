import { say } from "../say.js";
// Names a question may hold that are never GMS's members: GMS itself, the government.
const NOT_MEMBERS = new Set(["gms", "regeringen"]);
// "regionerna": a group, not one organisation's name (those are capitalised).
const isProperName = (name) => name[0] !== name[0]?.toLowerCase();
/**
 * "is region uppsala part of gms", "ingår KI i GMS?": yes where a member list names the organisation,
 * else that no list names it, with the list that names the most members; null when no organisation is asked.
 */
export function answerMembership(ctx) {
    const orgs = ctx.query.orgs.filter((o) => isProperName(o.name) && !NOT_MEMBERS.has(o.name.toLowerCase()));
    const lists = ctx.knowledge.statements.members;
    if (orgs.length === 0 || lists.length === 0)
        return null;
    const lines = [];
    for (const { name } of orgs) {
        const naming = lists.filter((m) => names(m, name));
        if (naming.length > 0) {
            const cites = ctx.citations.markers(naming.map((m) => m.span)).text;
            lines.push(say(ctx.language, `Ja: ${name} ingår i GMS ${cites}.`, `Yes: ${name} is part of GMS ${cites}.`));
            continue;
        }
        const longest = [...lists].sort((a, b) => b.members.length - a.members.length)[0];
        const cites = ctx.citations.markers([longest.span]).text;
        lines.push(say(ctx.language, `Dokumenten nämner inte ${name} bland dem som ingår i GMS; den längsta listan: “${longest.span.text}” ${cites}`, `The documents don't name ${name} among those in GMS; the longest list (in Swedish): “${longest.span.text}” ${cites}`));
    }
    return { intent: "members", answered: true, text: lines.join("\n"), figures: [] };
}
function names(list, name) {
    const wanted = name.toLowerCase();
    return list.members.some((m) => m.toLowerCase() === wanted);
}
//# sourceMappingURL=membership.js.map