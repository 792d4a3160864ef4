// "Styrgruppen har fördelat årets 66 miljoner … Sällsynta diagnoser blir den största posten med 16 mnkr.
// Barncancer … tilldelas 14 mnkr …": three or more grants, none linked, told one after another in a paragraph, that
// add up exactly to an amount told before them are that amount's split, told in prose. Parts that add up exactly are
// strong evidence.
import type { RawFact } from "./facts.js";

const MIN_SHARES = 3;
// How far back (in paragraphs) the whole may stand: the lede or the paragraph above the split.
const WHOLE_REACH = 3;

/** Links each such paragraph's grants to the amount they add up to, as its parts. */
export function partsProvedBySum(facts: RawFact[]): void {
  for (const run of paragraphsOfGrants(facts)) {
    if (run.length < MIN_SHARES) continue;
    const each = run.map((i) => eachOf(facts[i] as RawFact));
    const value = (k: number) =>
      (facts[run[k] as number] as RawFact).amount.valueSek * (each[k] ?? 1);
    let sum = 0;
    for (let k = 0; k < run.length; k++) sum += value(k);
    const first = facts[run[0] as number] as RawFact;
    const whole = wholeBefore(facts, run[0] as number, sum, first.segment.paragraph);
    if (whole !== null) link(facts, run, each, 0, run.length, whole);
    else splitInside(facts, run, each, value);
  }
  // Grants left unlinked by the splits above may be decisions a whole told before them sums up.
  totalsOfDecisions(facts);
}

/**
 * "De 66 miljonerna delas upp på sex poster:" then "Sällsynta diagnoser – 16 mnkr" …: the whole opens the run
 * itself; the grants right after it that add up to it exactly are its shares ("Summa: 66 mnkr" may follow).
 */
function splitInside(
  facts: RawFact[],
  run: readonly number[],
  each: readonly number[],
  value: (k: number) => number,
): void {
  for (let k = 0; k + MIN_SHARES < run.length && k < MAX_RUN; k++) {
    const target = value(k);
    let sum = 0;
    for (let e = k + 1; e < run.length && e - k <= MAX_RUN; e++) {
      sum += value(e);
      if (sum > target) break;
      if (sum === target && e - k >= MIN_SHARES) {
        link(facts, run, each, k + 1, e + 1, run[k] as number);
        return;
      }
    }
  }
}

// Runs are short; a long one is read no further than this (the split is its first lines).
const MAX_RUN = 40;

function link(
  facts: RawFact[],
  run: readonly number[],
  each: readonly number[],
  from: number,
  to: number,
  whole: number,
): void {
  for (let k = from; k < to; k++) {
    const f = facts[run[k] as number] as RawFact;
    f.role = { ...f.role, role: "part", isPart: true };
    f.parent = whole;
    if ((each[k] ?? 1) > 1) f.twins = each[k] ?? 1;
  }
}

/**
 * Runs of unlinked exact grants told one after another in one paragraph ("Sällsynta diagnoser får 15 miljoner.
 * Barncancer får 10 miljoner. …"): any other amount between them ends a run.
 */
function paragraphsOfGrants(facts: readonly RawFact[]): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  let paragraph = -1;
  const close = () => {
    if (run.length > 0) out.push(run);
    run = [];
  };
  facts.forEach((f, i) => {
    if (f.segment.paragraph !== paragraph) {
      close();
      paragraph = f.segment.paragraph;
    }
    if (f.role.role === "grant" && f.parent === null && f.amount.qualifier === null) run.push(i);
    else close();
  });
  close();
  return out;
}

// What may be split: a grant, a stated total, or a share ("GMS Väst får 13 mnkr av det statliga stödet",
// then split by area).
const WHOLES: ReadonlySet<string> = new Set(["grant", "total", "part"]);

/** The nearest earlier amount equal to the sum, a grant, a total or a share, within reach of the paragraph. */
function wholeBefore(
  facts: readonly RawFact[],
  at: number,
  sum: number,
  paragraph: number,
): number | null {
  for (let j = at - 1; j >= 0; j--) {
    const f = facts[j] as RawFact;
    if (f.segment.paragraph < paragraph - WHOLE_REACH) return null;
    if (f.amount.valueSek === sum && WHOLES.has(f.role.role)) return j;
  }
  return null;
}

// "6 miljoner vardera till ärftlig hjärtsjukdom och farmakogenomik", "SEK 6m each to A and B": one amount, told
// for each of the items listed after it.
const EACH = /^[\p{L}\s]{0,25}?(?:^|\s)(?:vardera|var för sig|each)(?=[\s,.;:]|$)/u;
const ITEM_GAP = /\s*,\s*|\s+(?:och|and|samt)\s+/u;

/** How many items an amount is told for ("vardera till A och B": 2), 1 when it is told once. */
function eachOf(f: RawFact): number {
  const after = f.segment.text.slice(f.amount.end - f.segment.start);
  const m = EACH.exec(after);
  if (!m) return 1;
  const list = after.slice(m[0].length).split(/[.;:]/u)[0] ?? "";
  const items = list.split(ITEM_GAP).filter((w) => w.trim() !== "").length;
  return Math.max(2, items);
}

// How many paragraphs after a whole the grants that add up to it may be told.
const DECISIONS_REACH = 3;

/**
 * "GMS får 70 miljoner – fördelat på två beslut … sammanlagt ger GMS 70 miljoner kronor i år" then "I det större
 * beslutet … 62 miljoner … I ett separat beslut … 8 miljoner": a grant of one year that two or more grants of the
 * same year told after it, none a share, add up to exactly is their stated total (arithmetic evidence), never a
 * grant beside them; its earlier tellings in the document (the headline) with it.
 */
function totalsOfDecisions(facts: RawFact[]): void {
  for (let i = 0; i < facts.length; i++) {
    const whole = facts[i] as RawFact;
    if (!isYearsGrant(whole) || whole.role.role === "part") continue;
    const year = whole.years.years[0];
    let sum = 0;
    let count = 0;
    for (let j = i + 1; j < facts.length; j++) {
      const next = facts[j] as RawFact;
      if (next.segment.paragraph - whole.segment.paragraph > DECISIONS_REACH) break;
      if (next.amount.valueSek === whole.amount.valueSek || next.segment === whole.segment)
        continue;
      if (next.role.role !== "grant" || !isYearsGrant(next) || next.years.years[0] !== year)
        continue;
      sum += next.amount.valueSek;
      count += 1;
      if (sum >= whole.amount.valueSek) break;
    }
    if (count < 2 || sum !== whole.amount.valueSek) continue;
    for (let k = 0; k <= i; k++) {
      const told = facts[k] as RawFact;
      if (told.amount.valueSek !== whole.amount.valueSek || !isYearsGrant(told)) continue;
      if (told.years.years[0] === year) told.role = { ...told.role, role: "total", isPart: false };
    }
  }
}

/** A grant or stated total of one year, linked to no whole. */
function isYearsGrant(f: RawFact): boolean {
  return (
    (f.role.role === "grant" || f.role.role === "total") &&
    f.parent === null &&
    f.years.years.length === 1
  );
}
