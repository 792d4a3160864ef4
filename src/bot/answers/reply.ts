import { type PendingStatement, phraseStems } from "../../knowledge/index.js";
import { say } from "../say.js";
import type { AnswerContext, Draft } from "./context.js";

/** The pending decisions that share the most topic words with the question (all when it names none). */
export function pendingAbout(
  ctx: AnswerContext,
  docs: ReadonlySet<string> | null,
): PendingStatement[] {
  const stems = new Set(ctx.query.stems);
  const pool = ctx.knowledge.statements.pending.filter(
    (p) => docs === null || docs.has(p.span.docId),
  );
  const shared = pool.map(
    (p) =>
      new Set(phraseStems(`${p.context?.text ?? ""} ${p.span.text}`).filter((s) => stems.has(s)))
        .size,
  );
  const best = Math.max(0, ...shared);
  return stems.size === 0 ? pool : pool.filter((_, i) => best > 0 && shared[i] === best);
}

/**
 * "Vad svarade ministern om flerårigt anslag?": in the answers to parliamentary questions, what the
 * minister said is pending; null when no such answer is about the asked words.
 */
export function answerReply(ctx: AnswerContext): Draft | null {
  const answers = new Set(
    ctx.knowledge.statements.people.filter((p) => p.role === "questioner").map((p) => p.span.docId),
  );
  if (answers.size === 0) return null;
  const found = pendingAbout(ctx, answers);
  if (found.length === 0) return null;
  const lines = found.map((p) => {
    const spans = [...(p.context ? [p.context] : []), p.span];
    const quote = spans.map((s) => s.text).join(" ");
    return `• “${quote}” ${ctx.citations.markers(spans).text}`;
  });
  lines.unshift(
    say(
      ctx.language,
      "Ministern svarade att inget beslut är fattat ännu:",
      "The minister answered that no decision has been taken yet (quoted in Swedish):",
    ),
  );
  return { intent: "minister", answered: true, text: lines.join("\n"), figures: [] };
}
