// "vem finansierar gms?", "who funds GMS": who gives GMS money, each giver with what it gives, cited; never
// the funding table (that answers how much, not who).
import { countsAsGrant, fundingRole, type LedgerEntry } from "../../knowledge/index.js";
import { organisationName } from "../english-names.js";
import { inYears } from "../match.js";
import { anyOfAskedKind, ofAskedKind } from "../org-kinds.js";
import { say, yearsText } from "../say.js";
import { type AnswerContext, type Draft, decline, entryFigure, qualifiedText } from "./context.js";
import { payerOf } from "./scope.js";

/** The giver of a grant: its funder (the government when none is named), and the agency paying it out. */
function giverOf(ctx: AnswerContext, e: LedgerEntry): { funder: string; via: string | null } {
  const whole = e.partOf ? ctx.index.byId.get(e.partOf) : undefined;
  const funder = e.funder ?? whole?.funder ?? "regeringen";
  const payer = payerOf(ctx, e);
  return { funder, via: payer && payer.toLowerCase() !== funder.toLowerCase() ? payer : null };
}

function giverName(
  ctx: AnswerContext,
  funder: string,
  via: string | null,
  cofunding: boolean,
): string {
  const name = organisationName(funder, ctx.language);
  const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
  const through = via
    ? say(ctx.language, ` via ${via}`, ` through ${organisationName(via, "en")}`)
    : "";
  const kind = cofunding ? say(ctx.language, " (medfinansiering)", " (co-funding)") : "";
  return `${capitalised}${through}${kind}`;
}

export function answerFunders(ctx: AnswerContext): Draft {
  const years = ctx.query.years;
  const asked = (e: LedgerEntry) => years.length === 0 || inYears(e, years);
  // GMS's grants, and the money others put into GMS's own work beside them (never GMS's own co-funding).
  const grants = ctx.index.entries.map((x) => x.entry).filter((e) => countsAsGrant(e) && asked(e));
  const cofunding = ctx.index.entries
    .map((x) => x.entry)
    .filter(
      (e) =>
        e.role === "co-funding" &&
        e.gms &&
        e.funder !== null &&
        !/^(GMS|Genomic Medicine Sweden)/.test(e.funder ?? "") &&
        fundingRole(e) !== "comparison" &&
        asked(e),
    );
  // "7,8 miljoner …, som fördelas med 3,9 miljoner kronor per år": a share is told by its whole.
  const listed = new Set([...grants, ...cofunding].map((e) => e.id));
  const shareOfListed = (e: LedgerEntry) => e.partOf !== null && listed.has(e.partOf);
  const groups = new Map<string, LedgerEntry[]>();
  for (const [entries, co] of [
    [grants, false],
    [cofunding, true],
  ] as const)
    for (const e of entries.filter((x) => !shareOfListed(x))) {
      const { funder, via } = giverOf(ctx, e);
      const key = giverName(ctx, funder, via, co);
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
  // "does gms get money from companies?": only givers of the kind asked; none is said plainly.
  const ofKind = ofAskedKind(ctx.query.cues);
  for (const [name, entries] of groups) {
    const { funder } = giverOf(ctx, entries[0] as LedgerEntry);
    if (!ofKind(funder)) groups.delete(name);
  }
  const kind = anyOfAskedKind(ctx.query.cues, ctx.language);
  if (groups.size === 0 && kind !== null)
    return decline(
      "funder",
      say(
        ctx.language,
        `Inget av dokumenten namnger ${kind} som ger GMS pengar${years.length ? ` ${years.join(", ")}` : ""}.`,
        `No document names ${kind} as giving GMS money${years.length ? ` in ${years.join(", ")}` : ""}.`,
      ),
    );
  if (groups.size === 0)
    return decline(
      "funder",
      say(
        ctx.language,
        `Dokumenten anger ingen som ger GMS pengar${years.length ? ` ${years.join(", ")}` : ""}.`,
        `The documents name no one giving GMS money${years.length ? ` in ${years.join(", ")}` : ""}.`,
      ),
    );
  const figures: Array<ReturnType<typeof entryFigure>["figure"]> = [];
  const lines: string[] = [];
  for (const [name, entries] of groups) {
    const amounts = entries
      .sort((a, b) => (a.years[0] ?? 0) - (b.years[0] ?? 0))
      .map((e) => {
        const { figure, markers } = entryFigure(ctx, e);
        figures.push(figure);
        const when = yearsText(e);
        return `${qualifiedText(ctx, e.amountSek, e.qualifier)}${when ? ` (${when})` : ""} ${markers}`;
      });
    lines.push(`• ${name}: ${amounts.join(", ")}`);
  }
  const lead = say(
    ctx.language,
    `Enligt dokumenten ger dessa GMS pengar${years.length ? ` ${years.join(", ")}` : ""}:`,
    `According to the documents, GMS is funded by${years.length ? ` (${years.join(", ")})` : ""}:`,
  );
  return { intent: "funder", answered: true, text: [lead, ...lines].join("\n"), figures };
}
