// "how much did Region Skåne get in total?": a region that receives GMS's grant to distribute it to GMS's parties
// holds GMS's money, not its own. A sum of what it got counts only its own shares; the grants it hands on are
// said apart, never added (a distributor of money is not its recipient).
import { countsAsGrant, type LedgerEntry, type Span } from "../../knowledge/index.js";
import { say } from "../say.js";
import { type AnswerContext, amountText, type Draft, withLead } from "./context.js";
import { memo } from "./memo.js";
import { quotesParty } from "./quoted-names.js";

/** Each organisation the documents say distributes GMS's money (lower case), with the sentences saying so. */
function distributorsOfGms(ctx: AnswerContext): Map<string, Span[]> {
  return memo(ctx.knowledge, "distributors-of-gms", () => {
    const gmsDocs = new Set(
      ctx.index.entries.flatMap(({ entry }) =>
        entry.gms ? entry.sources.map((s) => s.docId) : [],
      ),
    );
    const out = new Map<string, Span[]>();
    for (const c of ctx.knowledge.statements.channels) {
      if (c.kind !== "distributes" || !gmsDocs.has(c.span.docId)) continue;
      const key = c.organisation.toLowerCase();
      out.set(key, [...(out.get(key) ?? []), c.span]);
    }
    return out;
  });
}

/** A GMS grant paid whole to the organisation (or a part of one its own sentence does not name it in). */
function handedOn(ctx: AnswerContext, e: LedgerEntry, lower: string, seen: Set<string>): boolean {
  if (!e.gms) return false;
  if (e.partOf === null) return countsAsGrant(e) || e.role === "multi-year-total";
  if (quotesParty(e, lower) || seen.has(e.id)) return false;
  seen.add(e.id);
  const whole = ctx.index.byId.get(e.partOf);
  const to = (x: LedgerEntry | undefined) => x?.recipient?.toLowerCase() ?? "";
  return whole !== undefined && to(whole) === to(e) && handedOn(ctx, whole, lower, seen);
}

export interface Distributed {
  own: LedgerEntry[];
  handed: LedgerEntry[];
  /** The sentences saying the organisation distributes GMS's money. */
  passages: Span[];
}

/** The organisation's money split into its own and GMS's grants it distributes; null when it distributes none. */
export function splitDistributed(
  ctx: AnswerContext,
  name: string,
  found: readonly LedgerEntry[],
): Distributed | null {
  const lower = name.toLowerCase();
  const passages = distributorsOfGms(ctx).get(lower);
  if (!passages) return null;
  const handed = found.filter((e) => handedOn(ctx, e, lower, new Set()));
  if (handed.length === 0) return null;
  return { own: found.filter((e) => !handed.includes(e)), handed, passages };
}

/** The note on the grants handed on: amounts and years as text, cited, never figures to sum. */
function handedNote(ctx: AnswerContext, name: string, d: Distributed): string {
  const tops = d.handed.filter((e) => e.partOf === null);
  const listed = (tops.length > 0 ? tops : d.handed)
    .slice()
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
    .map((e) => {
      const first = e.years[0];
      const last = e.years.at(-1);
      const years = first === undefined ? "" : ` (${first === last ? first : `${first}–${last}`})`;
      return `${amountText(ctx, e.amountSek)}${years} ${ctx.citations.markers(e.sources.slice(0, 2)).text}`;
    })
    .join(", ");
  const says = ctx.citations.markers(d.passages.slice(0, 2)).text;
  return say(
    ctx.language,
    `${name} tar också emot GMS:s statliga medel för att fördela dem till parterna i GMS ${says}; de är GMS:s pengar, inte regionens egna, och räknas inte in: ${listed}.`,
    `${name} also receives GMS's government grants to distribute them to GMS's parties ${says}; that is GMS's money, not the region's own, and is not counted: ${listed}.`,
  );
}

/** "vad fick Region Skåne totalt": its own shares summed, the grants it distributes said apart; none of its own: said so. */
export function answerOwnOfDistributor(
  ctx: AnswerContext,
  name: string,
  d: Distributed,
  answerOwn: (own: LedgerEntry[]) => Draft,
): Draft {
  const note = handedNote(ctx, name, d);
  if (d.own.length > 0) {
    const draft = answerOwn(d.own);
    return { ...draft, text: `${draft.text}\n${note}` };
  }
  const lead = say(
    ctx.language,
    `Dokumenten anger ingen egen andel för ${name}, så det finns inget eget belopp att summera. Menar du GMS:s medel? Fråga då till exempel ”hur mycket fick GMS totalt?”.`,
    `The documents state no share of its own for ${name}, so there is no amount of its own to add up. Do you mean GMS's money? Then ask, for example, "how much did GMS get in total?".`,
  );
  return withLead({ intent: "amount", answered: false, text: note, figures: [] }, lead);
}
