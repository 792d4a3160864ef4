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
  for (const m of sentence.text.matchAll(SEPARATOR)) {
    const at = sentence.start + (m.index ?? 0);
    if (dates.some((d) => d.start <= at && at < d.end)) continue;
    if (amounts.some((a) => a.start <= at && at < a.end)) continue;
    seps.push(at);
  }
  return amounts.map((a, i) => {
    const prevEnd = amounts[i - 1]?.end ?? sentence.start;
    const nextStart = amounts[i + 1]?.start ?? sentence.end;
    const before = seps.filter((s) => s < a.start && s >= prevEnd).at(-1);
    const after = seps.find((s) => s >= a.end && s < nextStart);
    return {
      start: before ?? prevEnd,
      end: after ?? nextStart,
      amountStart: a.start,
      amountEnd: a.end,
    };
  });
}

/** The amounts inside one pair of parentheses of a sentence: "(barncancer 10 miljoner, …)". */
export function parenthesisGroups(
  text: string,
  offset: number,
  amounts: readonly AmountMatch[],
): number[][] {
  const groups: number[][] = [];
  const open = /\(([^()]*)\)/g;
  for (const m of text.matchAll(open)) {
    const s = offset + (m.index ?? 0);
    const e = s + m[0].length;
    const inside = amounts.flatMap((a, i) => (a.start >= s && a.end <= e ? [i] : []));
    if (inside.length >= 2) groups.push(inside);
  }
  return groups;
}
