import type { AmountMatch, DateMatch } from "./types.js";

/** Where one amount's clause begins and ends in its sentence, in document offsets. */
export interface Window {
  start: number;
  end: number;
  amountStart: number;
  amountEnd: number;
}

// Words and marks that end a clause: one amount's words never reach past them into the next amount's.
const SEPARATOR = /,|;|\s(?:och|samt|men|medan|and|but|while|whereas)\s|\s[–—]\s/giu;

/**
 * Each amount's clause: from the last separator before it (not before the previous amount) to the first
 * separator after it (not past the next amount). A separator inside a date ("2026 och 2027") does not count.
 */
export function clauseWindows(
  sentence: { start: number; end: number; text: string },
  amounts: readonly AmountMatch[],
  dates: readonly DateMatch[],
): Window[] {
  const seps: number[] = [];
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(sentence.text); m !== null; m = SEPARATOR.exec(sentence.text)) {
    const at = sentence.start + m.index;
    if (!covers(dates, at) && !covers(amounts, at)) seps.push(at);
  }
  const out: Window[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i] as AmountMatch;
    const prevEnd = amounts[i - 1]?.end ?? sentence.start;
    const nextStart = amounts[i + 1]?.start ?? sentence.end;
    let before: number | undefined;
    let after: number | undefined;
    for (const s of seps) {
      if (s < a.start && s >= prevEnd) before = s;
      if (after === undefined && s >= a.end && s < nextStart) after = s;
    }
    out.push({
      start: before ?? prevEnd,
      end: after ?? nextStart,
      amountStart: a.start,
      amountEnd: a.end,
    });
  }
  return out;
}

/** Whether one of the spans holds position `at`. */
function covers(spans: readonly { start: number; end: number }[], at: number): boolean {
  for (const x of spans) if (x.start <= at && at < x.end) return true;
  return false;
}

/** The amounts inside one pair of parentheses of a sentence: "(barncancer 10 miljoner, …)". */
export function parenthesisGroups(
  text: string,
  offset: number,
  amounts: readonly AmountMatch[],
): number[][] {
  const groups: number[][] = [];
  // A group holds two amounts or more: a sentence of one, or without parentheses, has none.
  if (amounts.length < 2 || !text.includes("(")) return groups;
  const open = /\(([^()]*)\)/g;
  // "sällsynta diagnoser (16 miljoner), barncancer (12 miljoner) …": one amount to a parenthesis, in a row.
  const singles: number[] = [];
  for (const m of text.matchAll(open)) {
    const s = offset + (m.index ?? 0);
    const e = s + m[0].length;
    const inside = amounts.flatMap((a, i) => (a.start >= s && a.end <= e ? [i] : []));
    if (inside.length >= 2) groups.push(inside);
    else if (inside.length === 1) singles.push(inside[0] as number);
  }
  if (singles.length >= 2) groups.push(singles);
  return groups;
}
