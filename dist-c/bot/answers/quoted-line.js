import { oneLine } from "../say.js";
/** “The sentences, on one line” [1][2]: spans quoted together with their markers. */
export function quotedLine(ctx, ...spans) {
    return `“${oneLine(spans.map((s) => s.text).join(" "))}” ${ctx.citations.markers(spans).text}`;
}
//# sourceMappingURL=quoted-line.js.map