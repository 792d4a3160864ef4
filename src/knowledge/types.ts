/** One source document, its text exactly as read from disk. */
export interface SourceDocument {
  /** File name without extension. */
  id: string;
  fileName: string;
  text: string;
  title: string;
  publisher: string | null;
  kind: string | null;
  /** `YYYY-MM-DD` or `YYYY-MM` as given, or found in the text; null when unknown. */
  published: string | null;
  url: string | null;
  /** The title of the decision or report the page tells of, as it quotes it ("Beslutet har rubriken ”…”"). */
  quotedTitle?: string;
}

/** A problem met while loading; the rest still loads. */
export interface LoadProblem {
  file: string;
  message: string;
}

/** A span of a document: `text === doc.text.slice(start, end)`. */
export interface Span {
  docId: string;
  start: number;
  end: number;
  text: string;
}

/** An amount of money found in text. */
export interface AmountMatch {
  start: number;
  end: number;
  /** The matched characters, exactly. */
  text: string;
  valueSek: number;
  /** "knappt 16 miljoner" → approx; "högst/som mest 250 000" → at-most; "minst" → at-least. */
  qualifier: "approx" | "at-most" | "at-least" | null;
}

/** A date, month, year or span of years found in text. */
export interface DateMatch {
  start: number;
  end: number;
  text: string;
  kind: "date" | "month" | "year" | "span";
  year: number;
  month: number | null;
  day: number | null;
  /** Last year of a span ("2021-2023" → 2023); equals `year` otherwise. */
  endYear: number;
  /** The word before it that says how it is meant. */
  cue: "deadline" | "during" | "for" | "in" | "since" | "budget-year" | "none";
}

/**
 * What kind of money an amount is. Only `grant` entries with `gms` are ever summed (see `countsAsGrant`);
 * `total` is a stated sum of grants (or of a grant and its co-funding), `comparison` an earlier figure retold,
 * `estimate` a budget bill's figure for a later year, `not-funding` a cost, saving, salary or statistic.
 */
export type FactRole =
  | "grant"
  | "part"
  | "total"
  | "multi-year-total"
  | "co-funding"
  | "agency-cap"
  | "budget-frame"
  | "comparison"
  | "estimate"
  | "not-funding";

/** Which clue decided a fact's year. */
export type YearClue =
  | "stated-in-sentence"
  | "stated-in-paragraph"
  | "stated-in-title"
  | "project-period"
  | "decision-date"
  | "publication-date"
  | "other-document"
  | "parent"
  | "none";

/** One quoted source of a ledger entry. */
export interface FactSource extends Span {
  /** The amount's own characters inside `text`. */
  amountText: string;
  /** Where the amount stands in the document (`doc.text.slice(amountStart, amountEnd) === amountText`). */
  amountStart?: number;
  amountEnd?: number;
}

/** One funding figure, merged across the documents that tell it. */
export interface LedgerEntry {
  id: string;
  amountSek: number;
  qualifier: AmountMatch["qualifier"];
  /** The first funded year, or null when the documents don't tell. */
  year: number | null;
  years: number[];
  yearClue: YearClue;
  /** The purpose in the document's own words. */
  purpose: string;
  /** Normalised area key (stemmed content words), e.g. "barncanc". */
  area: string;
  /** Every stem of the purpose: for matching questions to entries. */
  terms: string[];
  recipient: string | null;
  /** The channel that pays the money out (Socialstyrelsen, Kammarkollegiet, Vinnova, …). */
  payer: string | null;
  /** Who gives the money: "regeringen", Vinnova, Forte, Barncancerfonden, a region, GMS …; null when untold. */
  funder?: string | null;
  /** The decision date or month as the text gives it (`YYYY-MM-DD` or `YYYY-MM`), else null. */
  decided?: string | null;
  role: FactRole;
  /** The entry this one is a part of. */
  partOf: string | null;
  /** Entries that are parts of this one. */
  parts: string[];
  /** False when the recipient is not GMS (e.g. another agency's money). */
  gms: boolean;
  sources: FactSource[];
  /** Disagreements and gaps, in plain words. */
  notes: string[];
  /** The sources point to different funded years (one of the notes says which). */
  datesDisagree: boolean;
  /** What rests on weak evidence (a year from the publication date only, a merge on amount alone, …). */
  weak?: string[];
  /** One year's share of a multi-year total ("9 000 000 kronor under 2026"): that year's grant in sums. */
  yearShare?: boolean;
  /** An earlier year's money told only as a retelling ("en förstudie som Vinnova finansierade i fjol med
   * 3,5 miljoner"): still a comparison, but the one source of that year's grant (counted in sums) or, with a
   * whole, of that share. */
  loneRetelling?: boolean;
  /** A lone retelling told right after a share ("laboratoriet fick 1,8 miljoner i fjol"): that share's earlier
   * slice, a share for answers even with no whole, never a year's grant in sums. */
  loneSlice?: boolean;
  /** An area's slice of a node's or region's own share ("GMS Väst får 13 miljoner … Av dem går 3 miljoner till
   * sällsynta diagnoser"): that recipient's money, already inside the national grant of the area and year, so
   * never summed as the area's money beside it (`recipient-shares.ts`). */
  recipientShare?: boolean;
  /** A share told by when it is paid ("Under första halvåret betalas 40 miljoner ut", "Hittills … har 63 miljoner
   * kronor betalats ut"): a slice of the grant in time, never an area of its split. */
  instalment?: boolean;
  /** An amending decision changed this amount: the id of the entry that replaces it (never summed). */
  revisedBy?: string;
  /** The amount is given for each of its years ("3,9 miljoner kronor per år under 2026 och 2027"). */
  perYear?: boolean;
  /** A maintainer's correction from `corrections.json` changed this entry. */
  corrected?: boolean;
}

export interface Ledger {
  entries: LedgerEntry[];
}

/**
 * The one rule for what a computed sum may add up: GMS grants (and a multi-year total's share for one year),
 * never other parts, totals, co-funding, caps or estimates.
 */
export function countsAsGrant(
  entry: Pick<
    LedgerEntry,
    "role" | "gms" | "yearShare" | "loneRetelling" | "loneSlice" | "partOf" | "revisedBy"
  > & { funder?: string | null },
): boolean {
  return (
    entry.revisedBy === undefined &&
    // A region's, a foundation's or the EU's money is never the state's grant, whatever its wording.
    (entry.funder == null || STATE_FUNDERS.has(entry.funder.toLowerCase())) &&
    (entry.role === "grant" ||
      (entry.role === "part" && entry.yearShare === true) ||
      (entry.role === "comparison" &&
        entry.loneRetelling === true &&
        !entry.partOf &&
        entry.loneSlice !== true)) &&
    entry.gms
  );
}

// Who gives the state's money to GMS: the government and the agencies it gives through. Data: add a line's name.
const STATE_FUNDERS: ReadonlySet<string> = new Set([
  "regeringen",
  "staten",
  "regeringskansliet",
  "the government",
  "government",
  "the state",
  "vinnova",
  "forte",
  "vetenskapsrådet",
  "socialstyrelsen",
  "kammarkollegiet",
  "folkhälsomyndigheten",
]);

/** The kind of money an answer treats an entry as: a lone retelling of an earlier grant or share is that money. */
export function fundingRole(
  entry: Pick<LedgerEntry, "role" | "loneRetelling" | "partOf"> & { loneSlice?: boolean },
): FactRole {
  if (entry.role !== "comparison" || entry.loneRetelling !== true) return entry.role;
  return entry.partOf || entry.loneSlice === true ? "part" : "grant";
}
