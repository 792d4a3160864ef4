import { type PeriodStatement, phraseStems } from "../../knowledge/index.js";
import { hasTopic, matchTopic } from "../match.js";
import { oneLine, say } from "../say.js";
import { type AnswerContext, type Draft, decline, entryFigure } from "./context.js";
import { describeEntry } from "./describe.js";

// "hälsoekonomi" asked, "hälsoekonomisk" written: stems this long that start alike are one word.
const MIN_SHARED = 5;

function alike(a: string, b: string): boolean {
  return a.length >= MIN_SHARED && b.length >= MIN_SHARED && (a.startsWith(b) || b.startsWith(a));
}

// Words every project's sentence may write: they tell no project apart ("how long does the chalmers project run"
// is not answered with another project's years because both say "project").
const ANY_PROJECT = new Set(
  phraseStems("project projects projekt projektet projekten study studie studien"),
);

/** How many of the asked words and organisations the period's sentence (and the one before) names. */
function score(ctx: AnswerContext, p: PeriodStatement): number {
  const text = `${p.context?.text ?? ""} ${p.span.text}`;
  const stems = phraseStems(text);
  // "how long does the project run?" names no project: then any project's words count.
  const own = ctx.query.stems.filter((q) => !ANY_PROJECT.has(q));
  const named = own.length > 0 || ctx.query.orgs.length > 0 || ctx.query.names.length > 0;
  const words = (named ? own : ctx.query.stems).filter((q) =>
    stems.some((s) => alike(q, s)),
  ).length;
  const lower = text.toLowerCase();
  const orgs = ctx.query.orgs.filter((o) => lower.includes(o.name.toLowerCase())).length;
  const names = ctx.query.names.filter((n) => lower.includes(n.toLowerCase())).length;
  return words + orgs + names;
}

/** "When does the KI health economics study run?": the years the documents say the asked project runs. */
export function answerPeriods(ctx: AnswerContext): Draft {
  const periods = ctx.knowledge.statements.periods;
  const scores = periods.map((p) => score(ctx, p));
  const best = Math.max(0, ...scores);
  const found = best === 0 ? [] : periods.filter((_, i) => scores[i] === best);
  if (found.length === 0) return moneyYears(ctx) ?? untold(ctx);
  const lines = found.slice(0, 3).map((p) => {
    const years = `${p.from}–${p.to}`;
    const spans = [...(p.context ? [p.context] : []), p.span];
    const quote = oneLine(spans.map((s) => s.text).join(" "));
    return say(
      ctx.language,
      `Enligt dokumenten pågår det ${years}: “${quote}” ${ctx.citations.markers(spans).text}`,
      `According to the documents it runs ${years}: “${quote}” ${ctx.citations.markers(spans).text}`,
    );
  });
  return { intent: "deadline", answered: true, text: lines.join("\n"), figures: [] };
}

function untold(ctx: AnswerContext): Draft {
  return decline(
    "deadline",
    say(
      ctx.language,
      "Dokumenten säger inte under vilka år det pågår.",
      "The documents don't say which years it runs.",
    ),
  );
}

/**
 * "how long does the leukemia study run": with no sentence on when it runs, the years the documents give
 * its money for, said to be that and no more; null when the question names no money with years.
 */
function moneyYears(ctx: AnswerContext): Draft | null {
  if (!hasTopic(ctx.query)) return null;
  const entries = matchTopic(ctx.query, ctx.index)
    .map((e) => e.entry)
    .filter((e) => e.years.length > 0 && e.role !== "estimate");
  if (entries.length === 0) return null;
  const years = [...new Set(entries.flatMap((e) => e.years))].sort((a, b) => a - b);
  const span = years.length === 1 ? `${years[0]}` : `${years[0]}–${years.at(-1)}`;
  const lines = entries.slice(0, 3).map((e) => `• ${describeEntry(ctx, e)}`);
  lines.unshift(
    say(
      ctx.language,
      `Dokumenten säger inte hur länge det pågår, men anger pengar för ${span}:`,
      `The documents don't say how long it runs, but give money for ${span}:`,
    ),
  );
  return {
    intent: "deadline",
    answered: true,
    text: lines.join("\n"),
    figures: entries.slice(0, 3).map((e) => entryFigure(ctx, e).figure),
  };
}
