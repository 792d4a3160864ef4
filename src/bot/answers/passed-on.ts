// "hur mycket skickar västerbotten vidare 2027", "how much of the amr money went to labs in other regions":
// the shares a recipient hands on to others ("fördelar regionen 5,6 miljoner kronor vidare till …").
import { type LedgerEntry, passedOn } from "../../knowledge/index.js";
import { inYears } from "../match.js";
import { answerEntries } from "./amount-entries.js";
import type { AnswerContext, Draft } from "./context.js";
import { ledgerName } from "./organisation.js";
import { quotesName } from "./quoted-names.js";

/** The money handed on, of the asked years, organisation and whole; null when none is asked or told. */
export function answerPassedOn(ctx: AnswerContext): Draft | null {
  const { query } = ctx;
  if (!query.cues.has("passOn")) return null;
  const asked = new Set(query.amounts.map((a) => a.valueSek));
  const names = query.orgs.map((o) => ledgerName(ctx, o.name).toLowerCase());
  const wholeOf = (e: LedgerEntry) => (e.partOf ? ctx.index.byId.get(e.partOf) : undefined);
  // The one handing it on received the whole, paid it, or is named in the share's own sentence.
  const byOrg = (e: LedgerEntry) => {
    const whole = wholeOf(e);
    const related = [whole?.recipient, whole?.payer].map((n) => n?.toLowerCase() ?? "");
    return names.some((n) => related.includes(n) || quotesName(e, n));
  };
  const found = ctx.index.entries
    .map((e) => e.entry)
    .filter(
      (e) =>
        e.sources.some(passedOn) &&
        inYears(e, query.years) &&
        (names.length === 0 || byOrg(e)) &&
        (asked.size === 0 || asked.has(wholeOf(e)?.amountSek ?? Number.NaN)),
    );
  return found.length > 0 ? answerEntries(ctx, found, false) : null;
}
