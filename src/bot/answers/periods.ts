import { type PeriodStatement, phraseStems } from "../../knowledge/index.js";
import { oneLine, say } from "../say.js";
import type { AnswerContext, Draft } from "./context.js";
import { decline } from "./context.js";

// "hälsoekonomi" asked, "hälsoekonomisk" written: stems this long that start alike are one word.
const MIN_SHARED = 5;

function alike(a: string, b: string): boolean {
  return a.length >= MIN_SHARED && b.length >= MIN_SHARED && (a.startsWith(b) || b.startsWith(a));
}

/** How many of the asked words and organisations the period's sentence (and the one before) names. */
function score(ctx: AnswerContext, p: PeriodStatement): number {
  const text = `${p.context?.text ?? ""} ${p.span.text}`;
  const stems = phraseStems(text);
  const words = ctx.query.stems.filter((q) => stems.some((s) => alike(q, s))).length;
  const lower = text.toLowerCase();
  const orgs = ctx.query.orgs.filter((o) => lower.includes(o.name.toLowerCase())).length;
  return words + orgs;
}

/** "When does the KI health economics study run?": the years the documents say the asked project runs. */
export function answerPeriods(ctx: AnswerContext): Draft {
  const periods = ctx.knowledge.statements.periods;
  const scores = periods.map((p) => score(ctx, p));
  const best = Math.max(0, ...scores);
  const found = best === 0 ? [] : periods.filter((_, i) => scores[i] === best);
  if (found.length === 0)
    return decline(
      "deadline",
      say(
        ctx.language,
        "Dokumenten säger inte under vilka år det pågår.",
        "The documents don't say which years it runs.",
      ),
    );
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
