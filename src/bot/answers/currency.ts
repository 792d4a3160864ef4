// "80 million sek in euros?", "hur mycket är det i euro": a conversion asked of an amount and nothing else. The
// bot converts no currency; where a document writes that amount in another currency, that is quoted as written.
import type { LedgerEntry, Span } from "../../knowledge/index.js";
import type { Query } from "../query.js";
import { say } from "../say.js";
import { type AnswerContext, amountText, type Draft } from "./context.js";
import { convertedFrom } from "./foreign.js";

// A conversion stands right after the amount it converts: "SEK 84 million (approximately EUR 7.5 million)".
const CONVERSION_REACH = 24;

/** The question asks only for an amount in another currency: no year, area, organisation or person of its own. */
export function asksConversionOnly(q: Query): boolean {
  return (
    q.cues.has("otherCurrency") &&
    !q.cues.has("cost") &&
    !q.cues.has("count") &&
    q.years.length === 0 &&
    q.topics.length === 0 &&
    q.stems.length === 0 &&
    q.orgs.length === 0 &&
    q.names.length === 0 &&
    q.people.length === 0 &&
    !q.mentionsGms
  );
}

/** The other currency a document writes beside one of the entries' kronor, as written, with its sentence. */
function writtenConversions(
  ctx: AnswerContext,
  entries: readonly LedgerEntry[],
): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  const add = (text: string, span: Span) => out.set(text, [...(out.get(text) ?? []), span]);
  const foreign = ctx.knowledge.statements.foreign ?? [];
  for (const e of entries) {
    for (const s of e.sources) {
      const end = s.amountEnd;
      if (end === undefined) continue;
      for (const f of foreign)
        if (
          f.inParentheses &&
          f.written.docId === s.docId &&
          f.written.start > end &&
          f.written.start - end <= CONVERSION_REACH
        )
          add(f.written.text, f.span);
    }
    // "EUR 1.5 million (about SEK 17 million)": the kronor are the document's own conversion.
    const from = convertedFrom(ctx, e);
    if (from) add(from, e.sources[0] as Span);
  }
  return out;
}

export function answerCurrency(ctx: AnswerContext): Draft {
  const asked = [...new Set(ctx.query.amounts.map((a) => a.valueSek))];
  const entries = ctx.index.entries.map((e) => e.entry).filter((e) => asked.includes(e.amountSek));
  const written = writtenConversions(ctx, entries);
  // The amounts a document converts, else all asked: "SEK 84 million", not every part shown beside it.
  const converted = asked.filter((a) =>
    entries.some((e) => e.amountSek === a && writtenConversions(ctx, [e]).size > 0),
  );
  const named = written.size > 0 ? converted : asked;
  const amounts = named.map((a) => amountText(ctx, a)).join(say(ctx.language, " och ", " and "));
  const lead = say(
    ctx.language,
    "Jag räknar inte om belopp till andra valutor; dokumenten anger beloppen i kronor.",
    "I don't convert amounts into other currencies; the documents give their amounts in kronor.",
  );
  if (written.size === 0) {
    const none =
      asked.length === 0
        ? ""
        : say(
            ctx.language,
            ` Inget dokument anger ${amounts} i någon annan valuta.`,
            ` No document gives ${amounts} in another currency.`,
          );
    return { intent: "not-funding", answered: false, text: `${lead}${none}`, figures: [] };
  }
  const told = [...written]
    .map(([text, spans]) => `${text} ${ctx.citations.markers(spans).text}`)
    .join(say(ctx.language, " och ", " and "));
  const quoted = say(
    ctx.language,
    `Så som dokumentet själv skriver ${amounts} i annan valuta: ${told}.`,
    `As the document itself writes ${amounts} in another currency: ${told}.`,
  );
  return { intent: "not-funding", answered: true, text: `${lead}\n${quoted}`, figures: [] };
}
