// The lines of a text as `[^\r\n]*(?:\r\n|\r|\n|$)` reads them, found without a regex match and copy per line.
const NEWLINE = /[\r\n]/g;

/** Where the line starting at `start` ends (before its line break). */
export function lineEnd(text: string, start: number): number {
  NEWLINE.lastIndex = start;
  return NEWLINE.exec(text)?.index ?? text.length;
}

/** Where the next line starts, after the line break at `end` ("\r\n" is one). */
export function nextLine(text: string, end: number): number {
  return end + (text[end] === "\r" && text[end + 1] === "\n" ? 2 : 1);
}
