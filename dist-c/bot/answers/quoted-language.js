import { documentLanguage } from "../../knowledge/index.js";
import { documentsByIdOf } from "./memo.js";
/** " (quoted in Swedish)" for an English answer that quotes a Swedish document; else nothing. */
export function swedishQuoteNote(ctx, spans) {
    if (ctx.language === "sv")
        return "";
    const byId = documentsByIdOf(ctx.knowledge);
    const swedish = spans.some((s) => {
        const doc = byId.get(s.docId);
        return doc !== undefined && documentLanguage(doc) === "sv";
    });
    return swedish ? " (quoted in Swedish)" : "";
}
//# sourceMappingURL=quoted-language.js.map