import { oneLine } from "../adapters/terminal/sanitize.js";
import { factsText } from "./facts-format.js";
import { writeLine } from "./io.js";
import { ledgerCsv, ledgerTable, projectLedgerEntry } from "./ledger-format.js";
import { reviewText } from "./ledger-review.js";
import { describeProblem } from "./report.js";
/** `gms-bot ledger`: the ledger as a table, `{"entries": [...]}`, CSV, or what a maintainer should review. */
export function runLedgerCommand(knowledge, io, format) {
    if (format === "review") {
        writeLine(io.stdout, reviewText(knowledge));
        return 0;
    }
    const rows = knowledge.ledger.entries.map(projectLedgerEntry);
    if (format === "json")
        writeLine(io.stdout, JSON.stringify({ entries: rows }));
    else if (format === "csv")
        io.stdout.write(ledgerCsv(rows));
    else
        writeLine(io.stdout, ledgerTable(rows));
    return 0;
}
/** `gms-bot facts`: the statements read from the documents (deadlines, decisions, people, …). */
export function runFactsCommand(knowledge, io, json) {
    const { statements } = knowledge;
    writeLine(io.stdout, json ? JSON.stringify({ statements }) : factsText(statements));
    return 0;
}
/** `gms-bot sources`: the loaded documents and the load problems (here on stdout: they are the answer). */
export function runSourcesCommand(knowledge, seedsDir, io, format) {
    const documents = knowledge.documents.map(({ id, title, publisher, kind, published, url }) => ({
        id,
        title,
        publisher,
        kind,
        published,
        url,
    }));
    if (format === "json") {
        writeLine(io.stdout, JSON.stringify({ documents, problems: knowledge.problems }));
        return 0;
    }
    const count = `${documents.length} ${documents.length === 1 ? "document" : "documents"}`;
    const lines = [`${count} in ${oneLine(seedsDir)}`];
    const idWidth = Math.max(0, ...documents.map((d) => oneLine(d.id).length));
    for (const doc of documents) {
        const indent = " ".repeat(idWidth + 2);
        lines.push("", `${oneLine(doc.id).padEnd(idWidth)}  ${oneLine(doc.title)}`);
        const meta = [doc.publisher, doc.kind, doc.published].filter((v) => v !== null);
        if (meta.length > 0)
            lines.push(`${indent}${meta.map((v) => oneLine(v)).join(", ")}`);
        if (doc.url !== null)
            lines.push(`${indent}${oneLine(doc.url)}`);
    }
    if (knowledge.problems.length > 0) {
        lines.push("", "Problems:", ...knowledge.problems.map((p) => `  ${oneLine(describeProblem(p))}`));
    }
    writeLine(io.stdout, lines.join("\n"));
    return 0;
}
//# sourceMappingURL=listing-commands.js.map