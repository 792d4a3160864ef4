// "Region Skåne: 10 mkr", "3. Solida tumörer, med start i prostatacancer: 13 miljoner kronor", "Barncancer | 10
// mnkr": the label a list line gives before its amount, after a colon or a table's bar.
const LINE_LABEL =
  /^\s{0,8}(?:[-–•*|]|\d{1,2}[.)])?\s{0,3}([^:|\n]{2,100}?)\s{0,3}[:|]\s{0,3}(?:SEK\s{0,2})?$/u;

/** The label all the text before an amount makes, or null when that text is more than a label. */
export function labelBefore(text: string): string | null {
  return LINE_LABEL.exec(text)?.[1]?.trim() ?? null;
}
