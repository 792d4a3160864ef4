import { say } from "../say.js";
import type { AnswerContext, Draft } from "./context.js";
import { answerDecisions } from "./people.js";
import { pendingAbout } from "./reply.js";

/**
 * "Har regeringen beslutat om ett flerårigt anslag?": no, when a document says that decision is not taken
 * yet ("Något beslut har ännu inte fattats"); else the decisions the documents describe.
 */
export function answerPending(ctx: AnswerContext): Draft {
  const found = ctx.query.stems.length > 0 ? pendingAbout(ctx, null) : [];
  if (found.length === 0) return answerDecisions(ctx);
  const items = found.map((p) => {
    const spans = [...(p.context ? [p.context] : []), p.span];
    return `“${spans.map((s) => s.text).join(" ")}” ${ctx.citations.markers(spans).text}`;
  });
  const reason = say(
    ctx.language,
    "Enligt dokumenten är inget beslut fattat ännu.",
    "According to the documents, no decision has been taken yet (quoted in Swedish).",
  );
  return {
    blocks: [
      { kind: "yesno", verdict: "no", text: reason },
      { kind: "items", items },
    ],
    intent: "decision",
    answered: true,
    text: [
      `${say(ctx.language, "Nej", "No")}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`,
      ...items.map((i) => `• ${i}`),
    ].join("\n"),
    figures: [],
  };
}
