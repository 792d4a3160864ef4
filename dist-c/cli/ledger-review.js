import { oneLine } from "../adapters/terminal/sanitize.js";
import { formatSek } from "./format.js";
/** `ledger --review`: each entry that rests on weak evidence or carries a reconciliation warning, then load problems. */
export function reviewText(knowledge) {
    const flagged = knowledge.ledger.entries.filter((e) => (e.weak?.length ?? 0) > 0 || e.notes.length > 0);
    const lines = [
        `${flagged.length} of ${knowledge.ledger.entries.length} ledger entries to review`,
        "",
        ...flagged.flatMap(entryLines),
    ];
    const corrections = knowledge.problems.filter((p) => /correction/i.test(p.message));
    if (corrections.length > 0)
        lines.push("Corrections:", ...corrections.map((p) => `  ${oneLine(p.message)}`));
    return lines.join("\n");
}
function entryLines(e) {
    const years = e.years.length > 0 ? e.years.join("–") : "no year";
    const docs = [...new Set(e.sources.map((s) => s.docId))].join(", ");
    return [
        `${e.id}  ${formatSek(e.amountSek)}  ${years}  ${e.role}  (${docs})`,
        ...(e.weak ?? []).map((w) => `  weak: ${oneLine(w)}`),
        ...e.notes.map((n) => `  note: ${oneLine(n)}`),
        "",
    ];
}
//# sourceMappingURL=ledger-review.js.map