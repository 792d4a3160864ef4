// "How big is the EU project in total?" where a document gives that total only in euros: the amount is
// quoted as written, never converted, never a figure in kronor and never part of a sum.
import {
  type ForeignStatement,
  type LedgerEntry,
  type Span,
  stem,
  words,
} from "../../knowledge/index.js";
import { aliasesOf } from "../lexicon.js";
import { say } from "../say.js";
import type { AnswerContext, Draft } from "./context.js";
import { documentSays } from "./document-says.js";
import { CONVERTED } from "./measures.js";
import { memo } from "./memo.js";
import { givenBy, receivedBy } from "./organisation.js";

const MAX_QUOTED = 3;
// Words that make a sentence state a whole: "Total budget: EUR 3.2 million", "funded with EUR 3.2 million".
const WHOLE_WORDS = new Set([
  "total",
  "totalt",
  "totala",
  "sammanlagt",
  "budget",
  "budgeten",
  "funded",
]);
// Money in kronor that already answers "in total" for the document: then that is the answer.
const SEK_WHOLES = new Set(["total", "multi-year-total", "budget-frame"]);

/**
 * The question asks for a whole ("i hela", "in total"), or money of a named project no amount in kronor
 * names (`wholeAsked` false), that only a document's amount in another currency states: that amount, quoted.
 * Null when kronor answer it or the question names nothing to look for.
 */
export function answerForeign(ctx: AnswerContext, wholeAsked = true): Draft | null {
  const { query } = ctx;
  if (wholeAsked && !query.cues.has("total")) return null;
  // "totalen 2019 inklusive regionerna", "vad har regionerna medfinansierat totalt": an organisation with
  // kronor in the asked years, or co-funding in kronor, is answered in kronor.
  const inKronor = (name: string) => givenBy(ctx, name).length + receivedBy(ctx, name).length > 0;
  const kronorAsked = query.years.length > 0 || query.cues.has("cofund");
  if (kronorAsked && query.orgs.some((o) => inKronor(o.name))) return null;
  const { names, terms } = subjectTerms(ctx);
  if (names.length + terms.length === 0) return null;
  // A topic word alone ("spend on genomics in total") names no one whose money is told in another currency:
  // the euros of an EU project found by that word answer a different question. A project's name or an
  // organisation must be asked.
  if (names.length === 0 && query.orgs.length === 0) return null;
  const byDoc = foreignByDocument(ctx);
  // A project's name may stand anywhere in its document; other words in the amount's sentence or the title.
  const found = [...byDoc.entries()]
    .filter(([id]) => names.every((n) => documentSays(ctx, id, [n])) && !statesSekWhole(ctx, id))
    .flatMap(([id, list]) => {
      const title = stemsOf(ctx.knowledge.documents.find((d) => d.id === id)?.title ?? "");
      return list.filter((f) => {
        const own = stemsOf(f.span.text);
        return terms.every((t) => hasTerm(own, t) || hasTerm(title, t));
      });
    });
  const wholes = found.filter((f) => words(f.span.text).some((w) => WHOLE_WORDS.has(w.word)));
  const shown = (wholes.length > 0 ? wholes : found).slice(0, MAX_QUOTED);
  if (shown.length === 0) return null;
  // The same amount told twice ("EUR 3.2 million" in the text and the facts box) is said once.
  const written = [...new Set(shown.map((f) => f.written.text))];
  const amounts = written.map((w) => {
    const spans = shown.filter((f) => f.written.text === w).map((f) => f.span);
    return `${w} ${ctx.citations.markers(spans).text}`;
  });
  const list = amounts.join(say(ctx.language, " och ", " and "));
  return {
    intent: "amount",
    answered: true,
    text: say(
      ctx.language,
      `Dokumenten anger det bara i en annan valuta: ${list}. Boten citerar beloppet som det står; det är inget belopp i kronor och räknas aldrig om eller läggs ihop med andra.`,
      `The documents state it only in another currency: ${list}. The bot quotes it as written; it is no amount in kronor and is never converted or added to others.`,
    ),
    figures: [],
  };
}

/** What the question names: project names, and organisations and topic stems as words to find. */
function subjectTerms(ctx: AnswerContext): { names: string[]; terms: string[] } {
  const { query } = ctx;
  const orgs = query.orgs.flatMap((o) => words(o.name).map((w) => stem(w.word)));
  const own = query.stems.length > 0 ? query.ownStems() : [];
  const stems = own.length > 0 ? own : query.stems;
  return {
    names: query.names.map((n) => n.toLowerCase()),
    terms: [...new Set([...orgs, ...stems])],
  };
}

// "EU" written inside its programme's name ("The EU4Health programme funds the project"): an organisation's
// one-word names in the lexicon that open with its name stand for it.
const ONE_WORD_NAMES = (() => {
  const out = new Map<string, Set<string>>();
  for (const [alias, name] of aliasesOf("org")) {
    if (alias.includes(" ")) continue;
    for (const w of words(name)) {
      const key = stem(w.word);
      const long = stem(alias);
      if (long !== key && long.startsWith(key)) out.set(key, (out.get(key) ?? new Set()).add(long));
    }
  }
  return out;
})();

/** The term is among the stems, itself or as a one-word name of the organisation it stems from. */
function hasTerm(stems: Set<string>, term: string): boolean {
  if (stems.has(term)) return true;
  for (const alias of ONE_WORD_NAMES.get(term) ?? []) if (stems.has(alias)) return true;
  return false;
}

function stemsOf(text: string): Set<string> {
  return new Set(words(text).map((w) => stem(w.word)));
}

/** Amounts in another currency that are no conversion of kronor, by document. */
function foreignByDocument(ctx: AnswerContext): Map<string, ForeignStatement[]> {
  return memo(ctx.knowledge, "foreign-by-document", () => {
    const out = new Map<string, ForeignStatement[]>();
    for (const f of ctx.knowledge.statements.foreign ?? []) {
      if (f.inParentheses) continue;
      out.set(f.span.docId, [...(out.get(f.span.docId) ?? []), f]);
    }
    return out;
  });
}

/** The document states a whole in kronor (a stated total, a multi-year total, a budget). */
function statesSekWhole(ctx: AnswerContext, id: string): boolean {
  return ctx.index.entries.some(
    ({ entry }: { entry: LedgerEntry }) =>
      SEK_WHOLES.has(entry.role) && entry.sources.some((s) => s.docId === id),
  );
}

// "EUR 1.5 million (about SEK 17 million)": at most this many characters between the amount as written
// in another currency and the document's own conversion in parentheses after it.
const CONVERSION_GAP = 12;

/**
 * The amount in another currency that an entry's kronor convert, as the document writes it ("EUR 1.5
 * million" before "(about SEK 17 million)"): the answer says what the document told, not only its conversion.
 */
export function convertedFrom(ctx: AnswerContext, entry: LedgerEntry): string | null {
  const byDoc = foreignByDocument(ctx);
  for (const s of entry.sources) {
    const at = s.amountStart;
    if (at === undefined) continue;
    for (const f of byDoc.get(s.docId) ?? []) {
      const gap = at - f.written.end;
      if (gap < 0 || gap > CONVERSION_GAP) continue;
      const between = f.span.text.slice(f.written.end - f.span.start, at - f.span.start);
      if (between.includes("(")) return f.written.text;
    }
  }
  return null;
}

// "The grant amounts to approximately EUR 7.6 million.": a sentence of its own restating the grant told just
// before in another currency, naming no kronor and saying it restates (the words below, as whole words).
const RESTATING =
  /(?<![\p{L}])(?:amounts? to|corresponds? to|equivalent to|motsvarar|motsvarande|uppgår till)(?![\p{L}])/iu;
const KRONOR = /(?<![\p{L}])(?:kronor|kr|sek|mkr|mnkr|msek)(?![\p{L}])/iu;
// How far after the grant's own sentence such a restating sentence may start.
const RESTATING_REACH = 1000;

/** A restating sentence after one of the sources, with no other amount in kronor told in between. */
function restates(ctx: AnswerContext, f: ForeignStatement, sources: readonly Span[]): boolean {
  if (f.inParentheses || KRONOR.test(f.span.text) || !RESTATING.test(f.span.text)) return false;
  const amountsAt = amountStarts(ctx, f.span.docId);
  return sources.some(
    (s) =>
      s.docId === f.span.docId &&
      f.span.start >= s.end &&
      f.span.start - s.end <= RESTATING_REACH &&
      !amountsAt.some((at) => at >= s.end && at < f.span.start),
  );
}

/** Where the document's amounts in kronor start, as the ledger read them. */
function amountStarts(ctx: AnswerContext, docId: string): number[] {
  return memo(ctx.knowledge, `amount-starts:${docId}`, () =>
    ctx.index.entries.flatMap((e) =>
      e.entry.sources.flatMap((s) =>
        s.docId === docId && s.amountStart !== undefined ? [s.amountStart] : [],
      ),
    ),
  );
}

// A conversion stands right after the amount it converts: "SEK 84 million (approximately EUR 7.5 million)".
const CONVERSION_REACH = 24;

/**
 * "whats the 2028 amount in euros": the answer's figures in kronor, then the conversion a document writes
 * in parentheses right after one of them ("approximately EUR 7.5 million"), quoted as written and never
 * computed. Matched on positions only (the amount's end, the conversion's start, both read at load).
 */
export function convertedNote(ctx: AnswerContext, draft: Draft): string {
  if (!ctx.query.cues.has("otherCurrency") || !draft.answered) return "";
  // A quoted sentence that writes its own conversion ("(roughly USD 950)") has said it already.
  if (CONVERTED.test(draft.text)) return "";
  const shown = draft.figures.filter((f) => !f.derived);
  if (shown.length === 0) return "";
  const cited = new Set(
    ctx.citations
      .all()
      .filter((c) => shown.some((f) => f.citations.includes(c.id)))
      .map((c) => `${c.docId}:${c.start}`),
  );
  const sources = ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => shown.some((f) => f.amountSek === e.amountSek && f.year === e.year))
    .flatMap((e) => e.sources)
    .filter((s) => cited.has(`${s.docId}:${s.start}`) && s.amountEnd !== undefined);
  const conversions = (ctx.knowledge.statements.foreign ?? []).filter(
    (f) =>
      (f.inParentheses &&
        sources.some(
          (s) =>
            s.docId === f.written.docId &&
            f.written.start > (s.amountEnd ?? 0) &&
            f.written.start - (s.amountEnd ?? 0) <= CONVERSION_REACH,
        )) ||
      restates(ctx, f, sources),
  );
  // "how much in dollars": no document converts these figures, and the bot converts nothing: said so.
  if (conversions.length === 0)
    return say(
      ctx.language,
      "(Beloppen står i kronor i dokumenten; boten räknar inte om dem till annan valuta.)",
      "(The documents give these amounts in kronor; the bot converts nothing into other currencies.)",
    );
  const written = [...new Set(conversions.map((f) => f.written.text))];
  const told = written
    .map((w) => {
      const spans = conversions.filter((f) => f.written.text === w).map((f) => f.span);
      return `${w} ${ctx.citations.markers(spans).text}`;
    })
    .join(say(ctx.language, " och ", " and "));
  return say(
    ctx.language,
    `I annan valuta, som dokumentet skriver det: ${told} (boten räknar inte om belopp).`,
    `In another currency, as the document writes it: ${told} (the bot converts nothing).`,
  );
}
