// The devset checker's rules (../shared/devset/check.mjs) in TypeScript: expectations and provenance.
import type { Answer } from "../../src/bot/index.js";
import type { Expectation } from "./question-case.js";

const SPACE = "[ \\u00a0\\u202f\\u2009]";
const NUMBER_RUN = new RegExp(`\\d+(?:(?:${SPACE}|[.,])\\d+)*`, "gu");
const MULTIPLIER_AFTER =
  /^[ \u00a0\u202f\u2009]?(miljarder|miljard|mdkr|mdr|miljonerna|miljoner|miljon|mnkr|mkr|msek|tkr|tusen|billion|bn|million|millions|mn|m|k)(?![\p{L}\p{N}])/iu;
const MULTIPLIER_BEFORE = /(msek|mnkr|mkr|mn sek)[ \u00a0\u202f\u2009]*$/iu;
const FOREIGN_BEFORE = /(eur|usd|gbp|nok|dkk|chf|€|\$|£)[ \u00a0\u202f\u2009]*$/iu;
const FOREIGN_AFTER =
  /^[ \u00a0\u202f\u2009]*(eur|euro|euros|usd|dollar|dollars|gbp|nok|dkk)(?![\p{L}])/iu;
const SCALE: Record<string, number> = {
  miljarder: 1e9,
  miljard: 1e9,
  mdkr: 1e9,
  mdr: 1e9,
  billion: 1e9,
  bn: 1e9,
  miljonerna: 1e6,
  miljoner: 1e6,
  miljon: 1e6,
  mnkr: 1e6,
  mkr: 1e6,
  msek: 1e6,
  million: 1e6,
  millions: 1e6,
  mn: 1e6,
  m: 1e6,
  tkr: 1e3,
  tusen: 1e3,
  k: 1e3,
};
const WORDS: Record<string, number> = {
  en: 1,
  ett: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
  tretton: 13,
  fjorton: 14,
  femton: 15,
  sexton: 16,
  sjutton: 17,
  arton: 18,
  nitton: 19,
  tjugo: 20,
  trettio: 30,
  one: 1,
  a: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};
const WORD_AMOUNT = new RegExp(
  `(?<![\\p{L}])(?:(${Object.keys(WORDS).join("|")})(?:${SPACE}+och${SPACE}+en)?${SPACE}+)?(halv|halvt|half|half a)?${SPACE}*(miljarder|miljard|miljoner|miljon|billion|million)(?![\\p{L}])`,
  "giu",
);

function markReadings(token: string): number[] {
  if (/^\d+$/.test(token)) return [Number(token)];
  const last = Math.max(token.lastIndexOf(","), token.lastIndexOf("."));
  return [
    Number(token.replace(/[.,]/g, "")),
    Number(`${token.slice(0, last).replace(/[.,]/g, "")}.${token.slice(last + 1)}`),
  ].filter(Number.isFinite);
}

/** Every value a number run can be read as: digit grouping by spaces, dots or commas, or a decimal mark. */
function readings(run: string): number[] {
  const out = new Set<number>();
  const groups = run.split(new RegExp(SPACE, "u"));
  for (let i = 0; i < groups.length; i++) {
    const tail = groups.slice(i);
    if (tail.length === 1 || tail.slice(1).every((g) => /^\d{3}(?:[.,]\d+)?$/.test(g)))
      for (const v of markReadings(tail.join(""))) out.add(v);
    for (const v of markReadings(groups[i] ?? "")) out.add(v);
  }
  return [...out];
}

/** SEK amounts written in a text, generously: any plausible reading counts. Foreign amounts are left out. */
export function amountsIn(raw: string): Set<number> {
  const found = new Set<number>();
  // A quote of text taken from a PDF keeps its line breaks: "26 mil-\njoner kronor", "14 000\n000 kronor".
  const text = raw.replace(/-\r?\n(?=\p{Ll})/gu, "").replace(/\r?\n/g, " ");
  for (const m of text.matchAll(NUMBER_RUN)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 14);
    if (FOREIGN_BEFORE.test(before)) continue;
    const mult = MULTIPLIER_AFTER.exec(after);
    if (mult && FOREIGN_AFTER.test(after.slice(mult[0].length))) continue;
    if (!mult && FOREIGN_AFTER.test(after)) continue;
    const scale = mult
      ? (SCALE[(mult[1] ?? "").toLowerCase()] ?? 1)
      : MULTIPLIER_BEFORE.test(before)
        ? 1e6
        : 1;
    for (const v of readings(m[0])) found.add(Math.round(v * scale));
  }
  for (const m of text.matchAll(WORD_AMOUNT)) {
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length, at + m[0].length + 12);
    const before = text.slice(Math.max(0, at - 8), at);
    if (FOREIGN_AFTER.test(after) || FOREIGN_BEFORE.test(before)) continue;
    if (!m[1] && !m[2]) continue;
    const scale = /miljard|billion/i.test(m[3] ?? "") ? 1e9 : 1e6;
    const whole = m[1] ? (WORDS[m[1].toLowerCase()] ?? 0) : 0;
    const n = m[2] ? (/\boch\b/i.test(m[0]) ? whole + 0.5 : 0.5) : whole;
    found.add(Math.round(n * scale));
  }
  return found;
}

const same = (a: number | undefined, b: number): boolean =>
  typeof a === "number" && Math.abs(a - b) < 0.5;
const fmt = (n: number): string => n.toLocaleString("sv-SE").replace(/\u00a0/g, " ");

export interface Provenance {
  problems: string[];
  /** Figures with no valid support: wrong or invented. */
  badFigures: number;
}

/** Citations must be the documents' text; every stated figure's amount must be written in a cited quote. */
export function provenance(answer: Answer, docText: (id: string) => string | null): Provenance {
  const problems: string[] = [];
  let badFigures = 0;
  const ok = new Map<number, boolean>();
  for (const c of answer.citations) {
    const text = docText(c.docId);
    const good = text !== null && text.slice(c.start, c.end) === c.quote;
    ok.set(c.id, good);
    if (!good) problems.push(`citation [${c.id}] is not ${c.docId} at ${c.start}..${c.end}`);
  }
  // A source listed but never cited in the text sends the reader to a document the answer does not use.
  const marked = new Set([...answer.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
  for (const c of answer.citations)
    if (!marked.has(c.id))
      problems.push(`citation [${c.id}] (${c.docId}) is never cited in the text`);
  const quotes = new Map(answer.citations.map((c) => [c.id, c.quote]));
  answer.figures.forEach((f, i) => {
    let why: string | null = null;
    if (f.citations.length === 0) why = "has no citation";
    else if (f.citations.some((id) => !quotes.has(id))) why = "cites a citation not in the answer";
    else if (f.citations.some((id) => !ok.get(id))) why = "cites a quote that is not the text";
    else if (
      !f.derived &&
      !f.citations.some((id) =>
        [...amountsIn(quotes.get(id) ?? "")].some((v) => same(v, f.amountSek)),
      )
    )
      why = "is not written in any of its cited quotes";
    if (why) {
      badFigures++;
      problems.push(`figure ${i + 1} (${fmt(f.amountSek)}${f.year ? `, ${f.year}` : ""}) ${why}`);
    }
  });
  return { problems, badFigures };
}

/** Reasons the answer misses the expectation; empty when it meets it. */
const UNFILLED = /\b(?:undefined|NaN|null|\[object Object\])\b/;

export function unmet(expect: Expectation, answer: Answer): string[] {
  const reasons: string[] = [];
  const amounts = answer.figures.map((f) => f.amountSek);
  const cited = new Set(answer.citations.map((c) => c.docId));
  const needsAnswer =
    expect.primary !== undefined || expect.includes !== undefined || expect.docs !== undefined;
  if (expect.decline === true) {
    if (answer.answered) reasons.push("should decline");
    else if (amounts.length > 0) reasons.push("declined but gave figures");
  } else if ((expect.decline === false || needsAnswer) && !answer.answered)
    reasons.push("declined, but the documents answer it");
  if (expect.primary !== undefined && !same(amounts[0], expect.primary))
    reasons.push(
      `first figure should be ${fmt(expect.primary)}, got ${amounts[0] === undefined ? "none" : fmt(amounts[0])}`,
    );
  if (expect.notPrimary !== undefined && same(amounts[0], expect.notPrimary))
    reasons.push(`first figure must not be ${fmt(expect.notPrimary)}`);
  for (const want of expect.includes ?? [])
    if (!amounts.some((a) => same(a, want))) reasons.push(`figures should include ${fmt(want)}`);
  if (expect.notYear !== undefined && answer.figures.some((f) => f.year === expect.notYear))
    reasons.push(`a figure claims ${expect.notYear}`);
  if (expect.docs && !expect.docs.some((d) => cited.has(d)))
    reasons.push(`should cite one of ${expect.docs.join(", ")}`);
  for (const re of expect.text ?? [])
    if (!re.test(answer.text)) reasons.push(`text should match ${re}`);
  for (const re of expect.notText ?? [])
    if (re.test(answer.text)) reasons.push(`text must not match ${re}`);
  // Whatever was asked: a value the code failed to fill in never reaches a reader.
  if (UNFILLED.test(answer.text)) reasons.push("text shows an unfilled value");
  if (expect.anyOf) {
    const alternatives = expect.anyOf.map((alt) => unmet(alt, answer));
    if (!alternatives.some((r) => r.length === 0))
      reasons.push(
        `no alternative holds: ${alternatives.map((r) => `(${r.join("; ")})`).join(" or ")}`,
      );
  }
  return reasons;
}

/** Names every expectation key, so a typo in a hand-written case fails loudly. */
export const EXPECT_KEYS = new Set([
  "primary",
  "notText",
  "includes",
  "anyOf",
  "docs",
  "text",
  "decline",
  "notYear",
  "notPrimary",
]);
