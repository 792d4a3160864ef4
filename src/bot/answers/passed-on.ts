// "hur mycket skickar västerbotten vidare 2027", "how much of the amr money went to labs in other regions":
// the shares a recipient hands on to others ("fördelar regionen 5,6 miljoner kronor vidare till …").
import { type LedgerEntry, passedOn } from "../../knowledge/index.js";
import { hasTopic, inYears, matchTopic } from "../match.js";
import { answerEntries } from "./amount-entries.js";
import type { AnswerContext, Draft } from "./context.js";
import { ledgerName } from "./organisation.js";
import { paidTo } from "./paid-to.js";
import { quotesName } from "./quoted-names.js";

/** The money handed on, of the asked years, organisation and whole; null when none is asked or told. */
export function answerPassedOn(ctx: AnswerContext): Draft | null {
  if (!ctx.query.cues.has("passOn")) return null;
  const found = handedOnOf(ctx);
  return found.length > 0 ? answerEntries(ctx, found, false) : null;
}

/**
 * "hur mycket behåller västerbotten själv av amr-pengarna", "how much did Region Skåne keep": the shares of the
 * same wholes that are not handed on (the slice the recipient keeps), of the asked years and organisation.
 */
export function answerKept(ctx: AnswerContext): Draft | null {
  if (!ctx.query.cues.has("keep") || ctx.query.cues.has("passOn")) return null;
  const wholes = new Set(handedOnOf(ctx).map((e) => e.partOf));
  // The slice kept is the asked organisation's own share (or, none asked, the one the whole was paid to).
  const names = ctx.query.orgs.map((o) => ledgerName(ctx, o.name).toLowerCase());
  const keeper = (e: LedgerEntry): boolean => {
    const who = e.recipient?.toLowerCase();
    if (!who) return false;
    if (names.length > 0) return names.includes(who);
    return e.partOf !== null && ctx.index.byId.get(e.partOf)?.recipient?.toLowerCase() === who;
  };
  const kept = ctx.index.entries
    .map((e) => e.entry)
    .filter(
      (e) =>
        e.partOf !== null &&
        wholes.has(e.partOf) &&
        !e.sources.some(passedOn) &&
        keeper(e) &&
        inYears(e, ctx.query.years),
    );
  return kept.length > 0 ? answerEntries(ctx, kept, false) : null;
}

/** The shares handed on, of the asked years, organisation, area and whole. */
function handedOnOf(ctx: AnswerContext): LedgerEntry[] {
  const { query } = ctx;
  const asked = new Set(query.amounts.map((a) => a.valueSek));
  // "to the other regions" names whom it goes to, a kind not a name: only a proper name hands money on.
  const handing = query.orgs.filter((o) => o.name !== o.name.toLowerCase());
  const names = handing.map((o) => ledgerName(ctx, o.name).toLowerCase());
  const wholeOf = (e: LedgerEntry) => (e.partOf ? ctx.index.byId.get(e.partOf) : undefined);
  // The wholes a paying sentence says are paid to the asked organisation ("betala ut medlen till Region Skåne").
  const paid = new Set(handing.flatMap((o) => paidTo(ctx, ledgerName(ctx, o.name)).entries));
  // The one handing it on received the whole, paid it, was paid it, or is named in the share's own sentence.
  const byOrg = (e: LedgerEntry) => {
    const whole = wholeOf(e);
    const related = [whole?.recipient, whole?.payer].map((n) => n?.toLowerCase() ?? "");
    return (
      (whole !== undefined && paid.has(whole)) ||
      names.some((n) => related.includes(n) || quotesName(e, n))
    );
  };
  // "how much of the amr money went on": the shares of money about the asked area, itself or up its wholes.
  const about = hasTopic(query) ? new Set(matchTopic(query, ctx.index).map((e) => e.entry)) : null;
  const onTopic = (e: LedgerEntry) => {
    for (let x: LedgerEntry | undefined = e, n = 0; x && n < 4; x = wholeOf(x), n++)
      if (about === null || about.has(x)) return true;
    return false;
  };
  const handedOn = ctx.index.entries
    .map((e) => e.entry)
    .filter(
      (e) =>
        e.sources.some(passedOn) &&
        inYears(e, query.years) &&
        (names.length === 0 || byOrg(e)) &&
        (asked.size === 0 || asked.has(wholeOf(e)?.amountSek ?? Number.NaN)),
    );
  // A word that names no area of what is handed on ("gävleborg", the one handing it on) narrows nothing.
  const onIt = handedOn.filter(onTopic);
  return onIt.length > 0 ? onIt : handedOn;
}
