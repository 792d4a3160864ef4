// Scores a built ledger against hand labels (labels.json): role, budget years, part-of and merge per amount.
import type { Knowledge, LedgerEntry } from "../../src/knowledge/index.js";

export interface AmountLabel {
  amountSek: number | null;
  text: string;
  at?: string;
  role: string;
  repeatOf: string | null;
  years: number[];
  partOf: { doc: string; text: string } | null;
  gms: boolean;
  sameAs: string[];
}
export interface DocumentLabels {
  amounts: AmountLabel[];
}
export type Labels = Record<string, DocumentLabels>;

export type Dimension = "found" | "role" | "years" | "partOf" | "merge";
export const DIMENSIONS: Dimension[] = ["found", "role", "years", "partOf", "merge"];

export interface LabelScore {
  docId: string;
  text: string;
  role: string;
  /** true/false per dimension; absent when it does not apply (e.g. years of a cost). */
  right: Partial<Record<Dimension, boolean>>;
}

const ROLES: Record<string, string[]> = {
  grant: ["grant"],
  part: ["part"],
  total: ["total"],
  "multi-year-total": ["multi-year-total"],
  "co-funding": ["co-funding"],
  cap: ["agency-cap"],
  "budget-frame": ["budget-frame", "estimate"],
  comparison: ["comparison"],
  "not-funding": ["not-funding"],
};
const GRANT_LIKE = new Set(["grant", "part", "multi-year-total", "total"]);

/** Where a labelled text sits in its document: the `at` string pins a repeated or nested occurrence. */
export function locate(text: string, label: { text: string; at?: string }): number {
  if (label.at) {
    const at = text.indexOf(label.at);
    return at < 0 ? -1 : at + label.at.indexOf(label.text);
  }
  return text.indexOf(label.text);
}

export function createLabelScorer(knowledge: Knowledge, labels: Labels) {
  const texts = new Map(knowledge.documents.map((d) => [d.id, d.text]));
  const entries = knowledge.ledger.entries;

  /** Entries with a source whose amount overlaps [start, end) of the document. */
  function entriesAt(docId: string, start: number, end: number): LedgerEntry[] {
    return entries.filter((e) =>
      e.sources.some((s) => {
        if (s.docId !== docId || s.end <= start || s.start >= end) return false;
        for (
          let i = s.text.indexOf(s.amountText);
          i >= 0;
          i = s.text.indexOf(s.amountText, i + 1)
        ) {
          const a = s.start + i;
          if (a < end && a + s.amountText.length > start) return true;
        }
        return false;
      }),
    );
  }

  function entryFor(docId: string, label: { text: string; at?: string }, years: number[] = []) {
    const text = texts.get(docId);
    if (text === undefined) return undefined;
    const at = locate(text, label);
    if (at < 0) return undefined;
    const found = entriesAt(docId, at, at + label.text.length);
    return found.find((e) => sameYears(e.years, years)) ?? found[0];
  }

  /** Documents where this grant is told as more than a comparison (they must share its entry). */
  function required(docId: string, label: AmountLabel): string[] {
    return label.sameAs.filter((other) => {
      const told = (labels[other]?.amounts ?? []).filter(
        (a) => a.amountSek === label.amountSek && a.sameAs.includes(docId),
      );
      return told.length > 0 && told.some((a) => a.role !== "comparison");
    });
  }

  return function score(docId: string, label: AmountLabel): LabelScore {
    const entry = entryFor(docId, label, label.years);
    const right: LabelScore["right"] = {};
    const result = { docId, text: label.text, role: label.role, right };
    if (label.role === "not-funding") {
      right.role = entry === undefined || entry.role === "not-funding" || !entry.gms;
      return result;
    }
    right.found = entry !== undefined;
    if (!entry)
      return {
        ...result,
        right: { found: false, role: false, years: false, partOf: false, merge: false },
      };
    const others = new Set(entry.sources.map((s) => s.docId).filter((d) => d !== docId));
    const repeated = label.repeatOf ? entryFor(docId, { text: label.repeatOf }) : undefined;
    const mergedRetelling =
      label.role === "comparison" &&
      GRANT_LIKE.has(entry.role) &&
      label.sameAs.some((d) => others.has(d));
    right.role = repeated
      ? repeated.id === entry.id
      : mergedRetelling || (ROLES[label.role] ?? []).includes(entry.role);
    right.years = sameYears(entry.years, label.years);
    const whole = label.partOf ? entryFor(label.partOf.doc, label.partOf) : null;
    right.partOf = label.partOf
      ? whole !== undefined && entry.partOf === whole?.id
      : entry.partOf === null;
    right.merge = repeated
      ? repeated.id === entry.id
      : [...others].every((d) => label.sameAs.includes(d)) &&
        (label.role === "comparison" || required(docId, label).every((d) => others.has(d)));
    return result;
  };
}

function sameYears(a: number[], b: number[]): boolean {
  const x = [...new Set(a)].sort();
  const y = [...new Set(b)].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** Right/applicable per dimension, and the labels with every applicable dimension right. */
export function summarise(scores: LabelScore[]) {
  const per = Object.fromEntries(
    DIMENSIONS.map((d) => {
      const applicable = scores.filter((s) => s.right[d] !== undefined);
      return [d, { right: applicable.filter((s) => s.right[d]).length, of: applicable.length }];
    }),
  ) as Record<Dimension, { right: number; of: number }>;
  const allRight = scores.filter((s) => Object.values(s.right).every(Boolean)).length;
  return { per, allRight, of: scores.length };
}
