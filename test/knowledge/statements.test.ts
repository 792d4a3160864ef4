// The statements read from the devset documents and the seeds, checked against the devset's hand labels.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  loadDocuments,
  readStatements,
  type SourceDocument,
  type Span,
  type StatedDate,
  type Statements,
} from "../../src/knowledge/index.js";
import { FIXTURES_DIR, SEEDS_DIR } from "../support/seeds.js";

const DEVSET = join(FIXTURES_DIR, "devset");
type Facts = Record<string, string | string[] | undefined>;
const labels = JSON.parse(readFileSync(join(DEVSET, "labels.json"), "utf8")) as Record<
  string,
  { facts?: Facts }
>;
const devset = loadDocuments(DEVSET).documents;
const seeds = loadDocuments(SEEDS_DIR).documents;
const all: SourceDocument[] = [...seeds, ...devset];
const statements = readStatements(all);

const inDoc = <T extends { span: Span }>(list: readonly T[], docId: string) =>
  list.filter((x) => x.span.docId === docId);
const asList = (v: string | string[] | undefined) => (v === undefined ? [] : [v].flat());
const iso = (d: StatedDate) =>
  [d.year, d.month, d.day].map((n, i) => String(n ?? "").padStart(i === 0 ? 4 : 2, "0")).join("-");
/** Every labelled fact of one kind, with its document. */
function labelled(key: string): Array<[string, string]> {
  return Object.entries(labels).flatMap(([doc, l]) =>
    asList(l.facts?.[key]).map((v): [string, string] => [doc, v]),
  );
}

function allSpans(s: Statements): Span[] {
  return [
    ...s.deadlines.flatMap((d) => [d.span, d.by.span]),
    ...s.decisions.flatMap((d) => [
      d.span,
      ...(d.date ? [d.date.span] : []),
      ...d.amounts.map((a) => a.span),
    ]),
    ...s.people.flatMap((p) => [p.span, ...p.context, ...(p.quote ? [p.quote] : [])]),
    ...s.copies.flatMap((c) => [c.span, c.heading]),
    ...s.members.map((m) => m.span),
    ...s.definitions.map((d) => d.span),
    ...s.channels.flatMap((c) => [c.span, ...c.amounts.map((a) => a.span)]),
    ...s.pending.flatMap((p) => [p.span, ...(p.context ? [p.context] : [])]),
    ...s.purposes.map((p) => p.span),
    ...s.periods.flatMap((p) => [p.span, p.years, ...(p.context ? [p.context] : [])]),
    ...s.conditions.map((c) => c.span),
    ...s.notGms.map((n) => n.span),
    ...s.proposals.flatMap((p) => [p.span, ...p.amounts.map((a) => a.span)]),
    ...s.foreign.flatMap((f) => [f.span, f.written]),
  ];
}

describe("statements: every span is the document's text at its offsets", () => {
  it("holds for every statement of the seeds and the devset", () => {
    const byId = new Map(all.map((d) => [d.id, d]));
    const spans = allSpans(statements);
    expect(spans.length).toBeGreaterThan(200);
    for (const s of spans) expect(byId.get(s.docId)?.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("each kind is found in the seeds, the devset or the extra documents", () => {
    // A proposal stands only in the extra documents (a debate article).
    const extra = readStatements(loadDocuments(join(FIXTURES_DIR, "documents-extra")).documents);
    for (const [kind, list] of Object.entries(statements))
      expect(list.length + extra[kind as keyof Statements].length, kind).toBeGreaterThan(0);
  });
});

describe("statements against the devset labels", () => {
  it("signers: the names under 'På regeringens vägnar', in order, the minister first", () => {
    for (const [doc, l] of Object.entries(labels)) {
      const expected = asList(l.facts?.signers);
      const found = inDoc(statements.people, doc).filter((p) => p.role === "signer");
      expect(
        found.map((p) => p.name),
        doc,
      ).toEqual(expected);
      if (found.length > 0) expect(found[0]?.title).toBe("statsråd");
    }
  });

  it("copy recipients: the 'Kopia till' list, line by line", () => {
    for (const [doc, l] of Object.entries(labels)) {
      expect(
        inDoc(statements.copies, doc).map((c) => c.name),
        doc,
      ).toEqual(asList(l.facts?.copyTo));
    }
  });

  it("ministers: title and name as the document writes them", () => {
    for (const [doc, label] of labelled("minister")) {
      const found = inDoc(statements.people, doc).filter((p) => p.role === "minister");
      expect(
        found.map((p) => `${p.title} ${p.name}`.toLowerCase()),
        doc,
      ).toContain(label.toLowerCase());
    }
  });

  it("press contacts: the name under 'Presskontakt' and the title line", () => {
    for (const [doc, label] of labelled("pressContact")) {
      const [name, title] = label.split(/,\s*/);
      const found = inDoc(statements.people, doc).filter((p) => p.role === "press-contact");
      expect(
        found.map((p) => [p.name, p.title?.toLowerCase()]),
        doc,
      ).toEqual([[name, title?.toLowerCase()]]);
    }
  });

  it("who pays out: the labelled channel of each document", () => {
    for (const [doc, label] of labelled("paysOut")) {
      const payers = inDoc(statements.channels, doc).filter((c) => c.kind === "pays-out");
      expect(
        payers.map((c) => c.organisation),
        doc,
      ).toContain(label.split(" (")[0]);
    }
  });

  it("who distributes: an organisation the label names, never the government", () => {
    for (const [doc, label] of labelled("distributes")) {
      const found = inDoc(statements.channels, doc).filter((c) => c.kind === "distributes");
      expect(found.length, doc).toBeGreaterThan(0);
      for (const c of found) expect(label, doc).toContain(c.organisation);
    }
    expect(statements.channels.some((c) => /regeringen|government/i.test(c.organisation))).toBe(
      false,
    );
  });

  it("who requisitions: the organisation the label names first, by the labelled date", () => {
    for (const [doc, label] of labelled("requisitions")) {
      const org = /^[\p{Lu}][\p{L}]*(?: [\p{Lu}][\p{L}]*)*/u.exec(label)?.[0] ?? "";
      const found = inDoc(statements.channels, doc).filter((c) => c.kind === "requisitions");
      expect(
        found.map((c) => c.organisation),
        doc,
      ).toContain(org);
      const date = /by (\d{4}-\d{2}-\d{2})/.exec(label)?.[1];
      if (date) {
        const deadlines = inDoc(statements.deadlines, doc).filter((d) => d.kind === "requisition");
        expect(
          deadlines.map((d) => iso(d.by)),
          doc,
        ).toContain(date);
      }
    }
  });

  it("report deadlines: each labelled report on its date, with who and to whom when the text says", () => {
    for (const [doc, label] of labelled("reports")) {
      const reports = inDoc(statements.deadlines, doc).filter((d) => d.kind === "report");
      const date = /by (\d{4}-\d{2}-\d{2})/.exec(label)?.[1];
      const match = reports.find((d) =>
        date ? iso(d.by) === date : label.includes(`${d.by.day} January`) && d.by.month === 1,
      );
      expect(match, `${doc}: ${label}`).toBeDefined();
      // An organisation's name ("Region Skåne"), not "Varje region", which the English label translates.
      const org = match?.who && /^\p{Lu}\S*(?: \p{Lu}\S*)*$/u.test(match.who);
      if (org) expect(label, doc).toContain(match?.who);
      if (match?.counterpart) expect(label, doc).toContain(match.counterpart);
    }
  });

  it("repayment deadlines: unused money back to the agency by the labelled date", () => {
    for (const [doc, label] of labelled("repayment")) {
      const date = /by (\d{4}-\d{2}-\d{2})/.exec(label)?.[1];
      const found = inDoc(statements.deadlines, doc).filter((d) => d.kind === "repayment");
      expect(
        found.map((d) => [iso(d.by), d.counterpart]),
        doc,
      ).toContainEqual([date, /to (\p{Lu}\p{L}+)/u.exec(label)?.[1]]);
    }
  });

  it("decisions: the government decided, on the decision's own date when labelled", () => {
    for (const [doc, label] of labelled("decidedBy")) {
      const found = inDoc(statements.decisions, doc);
      expect(
        found.some((d) => /regeringen|government|ministry/i.test(d.decidedBy ?? "")),
        `${doc}: ${label}`,
      ).toBe(true);
    }
    for (const [doc, date] of labelled("decided")) {
      const found = inDoc(statements.decisions, doc).filter((d) => d.fromDecisionDocument);
      expect(
        found.map((d) => (d.date ? iso(d.date) : null)),
        doc,
      ).toContain(date);
    }
  });

  it("GMS's members: the named list exactly; a members sentence wherever one is labelled", () => {
    for (const [doc, l] of Object.entries(labels)) {
      const label = l.facts?.gmsMembers;
      if (label === undefined) continue;
      const found = inDoc(statements.members, doc);
      expect(found.length, doc).toBeGreaterThan(0);
      if (Array.isArray(label)) expect(found[0]?.members, doc).toEqual(label);
    }
  });

  it("never reads 'ingår inte i GMS' or a partner list as members", () => {
    const texts = statements.members.map((m) => m.span.text);
    expect(texts.some((t) => /ingår inte/.test(t))).toBe(false);
    expect(texts.some((t) => /samarbetspartner/.test(t))).toBe(false);
  });
});

describe("statements in the seeds", () => {
  it("the 2022 decision: signers, copies, and its deadlines in order of the text", () => {
    const doc = "004_2a06a6a6a6a8ca7b";
    expect(inDoc(statements.people, doc).map((p) => p.name)).toEqual([
      "Lena Hallengren",
      "Martin Janhäll",
    ]);
    expect(inDoc(statements.copies, doc).map((c) => c.name)).toEqual([
      "Kammarkollegiet",
      "Genomic Medicin Sweden",
      "Regionala cancercentrum i samverkan",
      "Region Skåne",
    ]);
    expect(inDoc(statements.deadlines, doc).map((d) => [d.kind, iso(d.by)])).toEqual([
      ["requisition", "2022-12-01"],
      ["repayment", "2023-03-31"],
      ["report", "2023-03-31"],
      ["report", "2023-04-30"],
    ]);
  });

  it("what GMS is: the press releases' and the decision's own definitions", () => {
    const docs = new Set(statements.definitions.map((d) => d.span.docId));
    for (const id of [
      "000_49623e2820591484",
      "001_2fc47d92fe7c9eec",
      "003_7e7bb9cb71af4918",
      "004_2a06a6a6a6a8ca7b",
    ])
      expect(docs.has(id), id).toBe(true);
  });

  it("decisions keep the month the text gives ('I februari 2022 beslutade regeringen')", () => {
    const found = inDoc(statements.decisions, "001_2fc47d92fe7c9eec");
    expect(found.map((d) => (d.date ? `${d.date.year}-${d.date.month}` : null))).toContain(
      "2022-2",
    );
  });
});

describe("statements in genres the devset lacks (regional release, annual report, English release)", () => {
  const extra = readStatements(loadDocuments(join(FIXTURES_DIR, "documents-extra")).documents);
  const people = (doc: string, role: string) =>
    inDoc(extra.people, doc)
      .filter((p) => p.role === role)
      .map((p) => `${p.name} | ${p.title}`);
  const channel = (doc: string, kind: string) =>
    inDoc(extra.channels, doc)
      .filter((c) => c.kind === kind)
      .map((c) => c.organisation);

  it("an English press release: minister, press contact, channel, deadlines, today's decision", () => {
    const doc = "x04-en-pressrelease";
    expect(people(doc, "minister")).toContain("Maja Örnberg | Minister for Health Care");
    expect(people(doc, "press-contact")).toEqual([
      "Henrik Salo | Press Secretary to the Minister for Health Care",
    ]);
    expect(channel(doc, "pays-out")).toEqual(["Kammarkollegiet"]);
    expect(channel(doc, "distributes")).toEqual(["Region Skåne"]);
    expect(
      inDoc(extra.deadlines, doc).map((d) => [d.kind, d.who, d.counterpart, iso(d.by)]),
    ).toEqual([
      ["requisition", "Region Skåne", null, "2028-11-01"],
      ["report", "Region Skåne", "Ministry of Health and Social Affairs", "2029-03-31"],
    ]);
    const decided = inDoc(extra.decisions, doc).find((d) => d.decidedBy === "The Government");
    expect(decided?.date && iso(decided.date)).toBe("2027-12-16");
  });

  it("a regional release: the steering group's split, who pays, the inline press contact", () => {
    const doc = "x01-region-pressmeddelande";
    const split = inDoc(extra.decisions, doc)[0];
    expect([split?.decidedBy, split?.date && iso(split.date)]).toEqual([
      "GMS styrgrupp",
      "2027-03-02",
    ]);
    expect(channel(doc, "pays-out")).toEqual(["Kammarkollegiet"]);
    expect(people(doc, "press-contact")).toEqual(["Jonas Ahl | kommunikatör, Region Örebro län"]);
  });

  it("an annual report: the payer after an opening adverbial ('Utöver … betalar Folkhälsomyndigheten ut')", () => {
    expect(channel("x02-gms-verksamhetsberattelse", "pays-out")).toEqual(["Folkhälsomyndigheten"]);
  });
});
