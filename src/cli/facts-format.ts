import { oneLine } from "../adapters/terminal/sanitize.js";
import type { StatedDate, Statements } from "../knowledge/index.js";

const DATE_WIDTH = 10;

function dateText(d: StatedDate | null): string {
  if (!d) return "";
  if (d.year === null) return oneLine(d.span.text);
  const pad = (n: number) => String(n).padStart(2, "0");
  return [d.year, d.month && pad(d.month), d.day && pad(d.day)].filter(Boolean).join("-");
}

/** `gms-bot facts`: every statement, one line each under its kind, with the document it is from. */
export function factsText(s: Statements): string {
  const section = (title: string, rows: string[]) =>
    rows.length === 0 ? [] : ["", `${title} (${rows.length})`, ...rows.map((r) => `  ${r}`)];
  const at = (docId: string) => `[${oneLine(docId)}]`;
  const lines = [
    ...section(
      "Deadlines",
      s.deadlines.map(
        (d) =>
          `${dateText(d.by).padEnd(DATE_WIDTH)}  ${d.kind.padEnd(11)}  ${oneLine(d.who ?? "–")} → ${oneLine(d.counterpart ?? "–")} (${oneLine(d.what)})  ${at(d.span.docId)}`,
      ),
    ),
    ...section(
      "Decisions",
      s.decisions.map(
        (d) =>
          `${dateText(d.date).padEnd(DATE_WIDTH)}  ${oneLine(d.decidedBy ?? "–")}: ${oneLine(d.about).slice(0, 90)}  ${at(d.span.docId)}`,
      ),
    ),
    ...section(
      "People",
      s.people.map(
        (p) =>
          `${p.role.padEnd(13)}  ${oneLine(p.name)}${p.title ? ` (${oneLine(p.title)})` : ""}  ${at(p.span.docId)}`,
      ),
    ),
    ...section(
      "Copy recipients",
      s.copies.map((c) => `${oneLine(c.name)}  ${at(c.span.docId)}`),
    ),
    ...section(
      "GMS members",
      s.members.map((m) => `${m.members.map(oneLine).join("; ")}  ${at(m.span.docId)}`),
    ),
    ...section(
      "What GMS is",
      s.definitions.map((d) => `${oneLine(d.span.text).slice(0, 110)}  ${at(d.span.docId)}`),
    ),
    ...section(
      "Not decided yet",
      s.pending.map((p) => `${oneLine(p.span.text).slice(0, 110)}  ${at(p.span.docId)}`),
    ),
    ...section(
      "Purposes",
      s.purposes.map((p) => `${oneLine(p.span.text).slice(0, 110)}  ${at(p.span.docId)}`),
    ),
    ...section(
      "Project periods",
      s.periods.map(
        (p) => `${p.from}–${p.to}  ${oneLine(p.span.text).slice(0, 100)}  ${at(p.span.docId)}`,
      ),
    ),
    ...section(
      "Conditions",
      s.conditions.map((c) => `${oneLine(c.span.text).slice(0, 110)}  ${at(c.span.docId)}`),
    ),
    ...section(
      "Channels",
      s.channels.map(
        (c) =>
          `${c.kind.padEnd(12)}  ${oneLine(c.organisation)}${c.amounts.length > 0 ? ` (${c.amounts.map((a) => a.valueSek).join(", ")} SEK)` : ""}  ${at(c.span.docId)}`,
      ),
    ),
    ...section(
      "Not GMS money",
      s.notGms.map((n) => `${oneLine(n.span.text).slice(0, 110)}  ${at(n.span.docId)}`),
    ),
    ...section(
      "Proposals",
      s.proposals.map((p) => `${oneLine(p.span.text).slice(0, 110)}  ${at(p.span.docId)}`),
    ),
    ...section(
      "Requests (asked for, not granted)",
      s.requests.map((p) => `${oneLine(p.span.text).slice(0, 110)}  ${at(p.span.docId)}`),
    ),
    ...section(
      "Other currencies",
      s.foreign.map(
        (f) =>
          `${oneLine(f.written.text).padEnd(20)}${f.inParentheses ? " (converted)" : ""}  ${oneLine(f.span.text).slice(0, 80)}  ${at(f.span.docId)}`,
      ),
    ),
    ...section(
      "Budget lines",
      s.budgetLines.map(
        (b) =>
          `${oneLine(b.appropriation ?? "–")}${b.post ? `, post ${oneLine(b.post)} ${oneLine(b.postName ?? "")}` : ""}  ${at(b.span.docId)}`,
      ),
    ),
    ...section(
      "Money paid back",
      s.repayments.map(
        (r) =>
          `${r.amounts.map((a) => a.valueSek).join(", ")} SEK  ${oneLine(r.span.text).slice(0, 90)}  ${at(r.span.docId)}`,
      ),
    ),
    ...section(
      "Project leads",
      s.leads.map(
        (l) =>
          `${oneLine(l.leader.text).padEnd(24)}  ${oneLine(l.span.text).slice(0, 80)}  ${at(l.span.docId)}`,
      ),
    ),
    ...section(
      "Costs (not funding)",
      s.costs.map(
        (c) =>
          `${c.amounts.map((a) => a.valueSek).join(", ")} SEK  ${c.years.join(", ") || "–"}  ${oneLine(c.span.text).slice(0, 80)}  ${at(c.span.docId)}`,
      ),
    ),
    ...section(
      "Counts",
      s.counts.map(
        (c) =>
          `${oneLine(c.counted.text).padEnd(28)}  ${c.years.join(", ") || "–"}  ${at(c.span.docId)}`,
      ),
    ),
    ...section(
      "Corrections",
      s.corrections.map(
        (c) =>
          `${c.amounts.map((a) => a.valueSek).join(", ")} SEK  ${oneLine([c.span, ...c.said].map((x) => x.text).join(" ")).slice(0, 90)}  ${at(c.span.docId)}`,
      ),
    ),
    ...section(
      "Ministries",
      s.issuers.map((i) => `${oneLine(i.name)}  ${at(i.span.docId)}`),
    ),
    ...section(
      "Reference numbers",
      s.references.map(
        (r) => `${oneLine(r.number.text).padEnd(16)}  ${r.kind.padEnd(7)}  ${at(r.span.docId)}`,
      ),
    ),
  ];
  return lines.length === 0 ? "No statements." : lines.slice(1).join("\n");
}
