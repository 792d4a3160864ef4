import type { Span } from "../../knowledge/index.js";
import { oneLine } from "../say.js";
import type { AnswerContext } from "./context.js";

/** “The sentences, on one line” [1][2]: spans quoted together with their markers. */
export function quotedLine(ctx: AnswerContext, ...spans: Span[]): string {
  return `“${oneLine(spans.map((s) => s.text).join(" "))}” ${ctx.citations.markers(spans).text}`;
}
