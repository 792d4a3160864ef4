import { asString } from "./word-chars.js";

// The lines of a text as `[^\r\n]*(?:\r\n|\r|\n|$)` reads them, found without a regex match and copy per line.
const LF = 10;
const CR = 13;

/** Where the line starting at `start` ends (before its line break). */
export function lineEnd(input: string, start: number): number {
  // A loop over the units: a regex call per line cost more than the line's few units. `asString` tells the
  // compiler it reads a string.
  const text = asString(input);
  const length = text.length;
  for (let i = Math.max(0, start); i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || code === CR) return i;
  }
  return length;
}

/** Where the next line starts, after the line break at `end` ("\r\n" is one). */
export function nextLine(input: string, end: number): number {
  const text = asString(input);
  return end + (text[end] === "\r" && text[end + 1] === "\n" ? 2 : 1);
}

// The first character that `trim` keeps (`\S` is what it does not strip).
const NOT_SPACE = /\S/g;

/** Where the line's first non-space character is (`end`: a blank line). */
export function firstNonSpace(text: string, start: number, end: number): number {
  NOT_SPACE.lastIndex = start;
  const at = NOT_SPACE.test(text) ? NOT_SPACE.lastIndex - 1 : end;
  return Math.min(at, end);
}
