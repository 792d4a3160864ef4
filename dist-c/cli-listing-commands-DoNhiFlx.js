import { t as oneLine } from "./cli-sanitize-vWyoWJyB.js";
import { r as writeLine } from "./cli-io-DUA6Hw0B.js";
import { a as groupDigits, t as alignTable } from "./cli-plain-table-RDtlfawY.js";
import { t as describeProblem } from "./cli-report-DBTeRf9O.js";
// dist/cli/facts-format.js
const DATE_WIDTH = 10;
function dateText(d) {
	if (!d) return "";
	if (d.year === null) return oneLine(d.span.text);
	const pad = (n) => String(n).padStart(2, "0");
	return [
		d.year,
		d.month && pad(d.month),
		d.day && pad(d.day)
	].filter(Boolean).join("-");
}
/** `gms-bot facts`: every statement, one line each under its kind, with the document it is from. */
function factsText(s) {
	const section = (title, rows) => rows.length === 0 ? [] : [
		"",
		`${title} (${rows.length})`,
		...rows.map((r) => `  ${r}`)
	];
	const at = (docId) => `[${oneLine(docId)}]`;
	const lines = [
		...section("Deadlines", s.deadlines.map((d) => `${dateText(d.by).padEnd(DATE_WIDTH)}  ${d.kind.padEnd(11)}  ${oneLine(d.who ?? "–")} → ${oneLine(d.counterpart ?? "–")} (${oneLine(d.what)})  ${at(d.span.docId)}`)),
		...section("Decisions", s.decisions.map((d) => `${dateText(d.date).padEnd(DATE_WIDTH)}  ${oneLine(d.decidedBy ?? "–")}: ${oneLine(d.about).slice(0, 90)}  ${at(d.span.docId)}`)),
		...section("People", s.people.map((p) => `${p.role.padEnd(13)}  ${oneLine(p.name)}${p.title ? ` (${oneLine(p.title)})` : ""}  ${at(p.span.docId)}`)),
		...section("Copy recipients", s.copies.map((c) => `${oneLine(c.name)}  ${at(c.span.docId)}`)),
		...section("GMS members", s.members.map((m) => `${m.members.map(oneLine).join("; ")}  ${at(m.span.docId)}`)),
		...section("What GMS is", s.definitions.map((d) => `${oneLine(d.span.text).slice(0, 110)}  ${at(d.span.docId)}`)),
		...section("Not decided yet", s.pending.map((p) => `${oneLine(p.span.text).slice(0, 110)}  ${at(p.span.docId)}`)),
		...section("Purposes", s.purposes.map((p) => `${oneLine(p.span.text).slice(0, 110)}  ${at(p.span.docId)}`)),
		...section("Project periods", s.periods.map((p) => `${p.from}–${p.to}  ${oneLine(p.span.text).slice(0, 100)}  ${at(p.span.docId)}`)),
		...section("Conditions", s.conditions.map((c) => `${oneLine(c.span.text).slice(0, 110)}  ${at(c.span.docId)}`)),
		...section("Channels", s.channels.map((c) => `${c.kind.padEnd(12)}  ${oneLine(c.organisation)}${c.amounts.length > 0 ? ` (${c.amounts.map((a) => a.valueSek).join(", ")} SEK)` : ""}  ${at(c.span.docId)}`)),
		...section("Not GMS money", s.notGms.map((n) => `${oneLine(n.span.text).slice(0, 110)}  ${at(n.span.docId)}`)),
		...section("Proposals", s.proposals.map((p) => `${oneLine(p.span.text).slice(0, 110)}  ${at(p.span.docId)}`)),
		...section("Other currencies", s.foreign.map((f) => `${oneLine(f.written.text).padEnd(20)}${f.inParentheses ? " (converted)" : ""}  ${oneLine(f.span.text).slice(0, 80)}  ${at(f.span.docId)}`)),
		...section("Budget lines", s.budgetLines.map((b) => `${oneLine(b.appropriation ?? "–")}${b.post ? `, post ${oneLine(b.post)} ${oneLine(b.postName ?? "")}` : ""}  ${at(b.span.docId)}`)),
		...section("Money paid back", s.repayments.map((r) => `${r.amounts.map((a) => a.valueSek).join(", ")} SEK  ${oneLine(r.span.text).slice(0, 90)}  ${at(r.span.docId)}`)),
		...section("Project leads", s.leads.map((l) => `${oneLine(l.leader.text).padEnd(24)}  ${oneLine(l.span.text).slice(0, 80)}  ${at(l.span.docId)}`)),
		...section("Costs (not funding)", s.costs.map((c) => `${c.amounts.map((a) => a.valueSek).join(", ")} SEK  ${c.years.join(", ") || "–"}  ${oneLine(c.span.text).slice(0, 80)}  ${at(c.span.docId)}`)),
		...section("Counts", s.counts.map((c) => `${oneLine(c.counted.text).padEnd(28)}  ${c.years.join(", ") || "–"}  ${at(c.span.docId)}`)),
		...section("Corrections", s.corrections.map((c) => `${c.amounts.map((a) => a.valueSek).join(", ")} SEK  ${oneLine([c.span, ...c.said].map((x) => x.text).join(" ")).slice(0, 90)}  ${at(c.span.docId)}`)),
		...section("Reference numbers", s.references.map((r) => `${oneLine(r.number.text).padEnd(16)}  ${r.kind.padEnd(7)}  ${at(r.span.docId)}`))
	];
	return lines.length === 0 ? "No statements." : lines.slice(1).join("\n");
}
// dist/cli/format.js
/** Thousands separated by spaces, the Swedish way: 7875000 → "7 875 000" (the bot's one formatter). */
function formatSek(amount) {
	return groupDigits(amount, "sv", 20);
}
/** Cuts a cell to `max` characters, marking the cut. */
function truncate(text, max) {
	return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
// dist/cli/ledger-format.js
/** The one place that decides which fields of an entry are published. */
function projectLedgerEntry(entry) {
	return {
		id: entry.id,
		amountSek: entry.amountSek,
		year: entry.year,
		years: [...entry.years],
		purpose: entry.purpose,
		area: entry.area,
		role: entry.role,
		recipient: entry.recipient,
		payer: entry.payer,
		partOf: entry.partOf,
		qualifier: entry.qualifier,
		gms: entry.gms,
		notes: [...entry.notes],
		sources: entry.sources.map((s) => ({
			docId: s.docId,
			quote: s.text,
			start: s.start,
			end: s.end
		})),
		funder: entry.funder ?? null,
		decided: entry.decided ?? null,
		weak: [...entry.weak ?? []]
	};
}
const CSV_COLUMNS = [
	"id",
	"amountSek",
	"year",
	"years",
	"purpose",
	"area",
	"role",
	"recipient",
	"payer",
	"partOf",
	"qualifier",
	"gms",
	"notes",
	"sources",
	"funder",
	"decided",
	"weak"
];
/**
* One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF. Document text is made inert
* first: control characters (terminal escapes) become spaces, and a cell a spreadsheet would read as a
* formula (= + - @ first) gets a leading apostrophe, as OWASP advises.
*/
function csvField(raw) {
	const plain = raw.replace(/[^\P{Cc}\t\r\n]/gu, " ");
	const value = /^[=+\-@\t\r]/.test(plain) && !/^-?\d+(?:\.\d+)?$/.test(plain) ? `'${plain}` : plain;
	return /[",\r\n]/.test(value) ? `"${value.replaceAll("\"", "\"\"")}"` : value;
}
function csvCell(row, column) {
	if (column === "sources") return [...new Set(row.sources.map((s) => s.docId))].join(";");
	if (column === "notes") return row.notes.join("; ");
	if (column === "weak") return row.weak.join("; ");
	if (column === "years") return row.years.join(";");
	const value = row[column];
	return value === null ? "" : String(value);
}
/** The ledger as CSV: a header row, one row per entry, CRLF line ends. */
function ledgerCsv(rows) {
	const lines = [CSV_COLUMNS.join(",")];
	for (const row of rows) lines.push(CSV_COLUMNS.map((c) => csvField(csvCell(row, c))).join(","));
	return `${lines.join("\r\n")}\r\n`;
}
const QUALIFIER_MARK = {
	approx: "≈",
	"at-most": "≤",
	"at-least": "≥"
};
function yearsCell(row) {
	const ys = row.years;
	const first = ys[0];
	const last = ys[ys.length - 1];
	if (first === void 0 || last === void 0) return row.year === null ? "–" : String(row.year);
	if (ys.length > 1 && last - first === ys.length - 1) return `${first}–${last}`;
	return ys.join(",");
}
function tableCells(row) {
	const mark = row.qualifier === null ? "" : QUALIFIER_MARK[row.qualifier];
	return [
		oneLine(row.id),
		`${mark}${formatSek(row.amountSek)}`,
		yearsCell(row),
		row.role,
		truncate(oneLine(row.area), 28),
		row.partOf === null ? "–" : oneLine(row.partOf),
		truncate(oneLine(row.recipient ?? "–"), 32),
		row.gms ? "yes" : "no",
		[...new Set(row.sources.map((s) => oneLine(s.docId)))].join(" ")
	];
}
const HEADER = [
	"id",
	"amount (SEK)",
	"year(s)",
	"role",
	"area",
	"part of",
	"recipient",
	"GMS",
	"sources"
];
/** The ledger as an aligned table for people, with each entry's notes listed below it. */
function ledgerTable(rows) {
	if (rows.length === 0) return "The ledger is empty: no figures were found in the documents.";
	const table = alignTable([HEADER, ...rows.map(tableCells)], /* @__PURE__ */ new Set([1]));
	const notes = rows.flatMap((r) => r.notes.map((n) => `  ${oneLine(r.id)}: ${oneLine(n)}`));
	return [
		table,
		"",
		`${rows.length} ${rows.length === 1 ? "entry" : "entries"}`,
		...notes.length > 0 ? [
			"",
			"Notes:",
			...notes
		] : []
	].join("\n");
}
// dist/cli/ledger-review.js
/** `ledger --review`: each entry that rests on weak evidence or carries a reconciliation warning, then load problems. */
function reviewText(knowledge) {
	const flagged = knowledge.ledger.entries.filter((e) => (e.weak?.length ?? 0) > 0 || e.notes.length > 0);
	const lines = [
		`${flagged.length} of ${knowledge.ledger.entries.length} ledger entries to review`,
		"",
		...flagged.flatMap(entryLines)
	];
	const corrections = knowledge.problems.filter((p) => /correction/i.test(p.message));
	if (corrections.length > 0) lines.push("Corrections:", ...corrections.map((p) => `  ${oneLine(p.message)}`));
	return lines.join("\n");
}
function entryLines(e) {
	const years = e.years.length > 0 ? e.years.join("–") : "no year";
	const docs = [...new Set(e.sources.map((s) => s.docId))].join(", ");
	return [
		`${e.id}  ${formatSek(e.amountSek)}  ${years}  ${e.role}  (${docs})`,
		...(e.weak ?? []).map((w) => `  weak: ${oneLine(w)}`),
		...e.notes.map((n) => `  note: ${oneLine(n)}`),
		""
	];
}
// dist/cli/listing-commands.js
/** `gms-bot ledger`: the ledger as a table, `{"entries": [...]}`, CSV, or what a maintainer should review. */
function runLedgerCommand(knowledge, io, format) {
	if (format === "review") {
		writeLine(io.stdout, reviewText(knowledge));
		return 0;
	}
	const rows = knowledge.ledger.entries.map(projectLedgerEntry);
	if (format === "json") writeLine(io.stdout, JSON.stringify({ entries: rows }));
	else if (format === "csv") io.stdout.write(ledgerCsv(rows));
	else writeLine(io.stdout, ledgerTable(rows));
	return 0;
}
/** `gms-bot facts`: the statements read from the documents (deadlines, decisions, people, …). */
function runFactsCommand(knowledge, io, json) {
	const { statements } = knowledge;
	writeLine(io.stdout, json ? JSON.stringify({ statements }) : factsText(statements));
	return 0;
}
/** `gms-bot sources`: the loaded documents and the load problems (here on stdout: they are the answer). */
function runSourcesCommand(knowledge, seedsDir, io, format) {
	const documents = knowledge.documents.map(({ id, title, publisher, kind, published, url }) => ({
		id,
		title,
		publisher,
		kind,
		published,
		url
	}));
	if (format === "json") {
		writeLine(io.stdout, JSON.stringify({
			documents,
			problems: knowledge.problems
		}));
		return 0;
	}
	const lines = [`${`${documents.length} ${documents.length === 1 ? "document" : "documents"}`} in ${oneLine(seedsDir)}`];
	const idWidth = Math.max(0, ...documents.map((d) => oneLine(d.id).length));
	for (const doc of documents) {
		const indent = " ".repeat(idWidth + 2);
		lines.push("", `${oneLine(doc.id).padEnd(idWidth)}  ${oneLine(doc.title)}`);
		const meta = [
			doc.publisher,
			doc.kind,
			doc.published
		].filter((v) => v !== null);
		if (meta.length > 0) lines.push(`${indent}${meta.map((v) => oneLine(v)).join(", ")}`);
		if (doc.url !== null) lines.push(`${indent}${oneLine(doc.url)}`);
	}
	if (knowledge.problems.length > 0) lines.push("", "Problems:", ...knowledge.problems.map((p) => `  ${oneLine(describeProblem(p))}`));
	writeLine(io.stdout, lines.join("\n"));
	return 0;
}
export { runFactsCommand, runLedgerCommand, runSourcesCommand };

//# sourceMappingURL=cli-listing-commands-DoNhiFlx.js.map