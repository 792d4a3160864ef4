// Where a word ends, as /[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*-?/u reads it, found by a loop over the text's
// units instead of a regex match per word. Each unit is classed once, by the regex's own class.
const WORD_UNIT = /[\p{L}\p{N}]/u;
const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
/** Half of an astral character (𝐀 is a letter): the loop leaves such a text to the regex. */
const SURROGATE = 3;

const kinds = new Uint8Array(0x10000).fill(SURROGATE, 0xd800, 0xe000);

function kindOf(code: number): number {
  let kind = kinds[code] ?? OTHER;
  if (kind === UNKNOWN) {
    kind = WORD_UNIT.test(String.fromCharCode(code)) ? WORD : OTHER;
    kinds[code] = kind;
  }
  return kind;
}

const HYPHEN = 0x2d;
const EN_DASH = 0x2013;

/** Where the next word starts at or after `from` (text.length: none); -1 when an astral character comes first. */
export function wordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === WORD) return i;
    if (kind === SURROGATE) return -1;
  }
  return text.length;
}

/** Where the word starting at `at` ends, a hyphen at its end kept ("bröst-"); -1 at an astral character. */
export function wordEnd(text: string, at: number): number {
  let i = at;
  for (;;) {
    for (; i < text.length; i++) {
      const kind = kindOf(text.charCodeAt(i));
      if (kind === SURROGATE) return -1;
      if (kind !== WORD) break;
    }
    const code = text.charCodeAt(i);
    if ((code === HYPHEN || code === EN_DASH) && i + 1 < text.length) {
      const next = kindOf(text.charCodeAt(i + 1));
      if (next === SURROGATE) return -1;
      if (next === WORD) {
        i += 1;
        continue;
      }
    }
    return code === HYPHEN ? i + 1 : i;
  }
}
