// "vem följer upp hur 66-miljonerna används?": who monitors the money, quoted from the sentences that say so.
import { inYears } from "../match.js";
import { say } from "../say.js";
import type { AnswerContext, Draft } from "./context.js";
import { documentsOf, owningDocuments } from "./scope.js";

const MAX_QUOTES = 3;
// A sentence that tells who follows up, in either language ("Socialstyrelsen ska också följa upp …").
const MONITORING =
  /(?:^|[^\p{L}])(?:följ(?:a|er|de|s|as)\s+upp|monitor(?:s|ed|ing)?|follows?\s+up)(?=[^\p{L}]|$)/iu;
const SEARCH = "följa upp följer upp uppföljning monitor monitors follow up";

/** The monitoring sentences, those of the documents telling the asked money first; null when none says it. */
export function answerMonitors(ctx: AnswerContext): Draft | null {
  const found = ctx.knowledge.passages.search(SEARCH, {
    limit: 50,
    filter: (p) => !p.heading && p.text.length > 30 && MONITORING.test(p.text),
  });
  if (found.length === 0) return null;
  // "hur 66-miljonerna används", "the 2024 money": the documents telling that money.
  const { amounts, years } = ctx.query;
  const asked =
    amounts.length > 0 || years.length > 0
      ? ctx.index.entries
          .map((e) => e.entry)
          .filter(
            (e) =>
              (amounts.length === 0 || amounts.some((a) => a.valueSek === e.amountSek)) &&
              (years.length === 0 || inYears(e, years)),
          )
      : [];
  // The documents that first tell the money (its decision) before those that only retell it.
  const owning = owningDocuments(asked);
  const telling = documentsOf(asked);
  const first = found.filter((p) => owning.has(p.docId));
  const own = first.length > 0 ? first : found.filter((p) => telling.has(p.docId));
  if (asked.length > 0 && own.length === 0) return null;
  const shown = (own.length > 0 ? own : found).slice(0, MAX_QUOTES);
  const intro = say(
    ctx.language,
    "Så här säger dokumenten om vem som följer upp medlen:",
    "This is what the documents say about who monitors the money:",
  );
  const lines = shown.map((p) => `• “${p.text}” ${ctx.citations.markers([p]).text}`);
  return { intent: "passage", answered: true, text: [intro, ...lines].join("\n"), figures: [] };
}
