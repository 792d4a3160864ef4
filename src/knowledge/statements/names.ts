// Names of organisations and people as Swedish and English documents write them.
import { brokenWordEnd, joinBroken } from "../word-chars.js";

// Lower-case words that belong to a name after a capitalised word: "Göteborgs universitet", "Region Örebro län".
const NAME_TAILS = new Set(
  "län kommun universitet universitetssjukhus högskola institutet institut norr syd väst öst".split(
    " ",
  ),
);
// Capitalised words that open a sentence but are no name.
const NOT_NAMES = new Set(
  "Det Den De Dessa Detta Medlen Medel Pengarna Nu Då Här Där Så Om I På Av Till För Med Efter Under Vid Enligt Som The This That It These Those They In On For With After Under At By".split(
    " ",
  ),
);

const WORD = /^[\p{L}][\p{L}\d'’-]*/u;
// Made once: a name is read word by word, sentence after sentence.
const OPEN_PAREN = 40; // "("
const SPACE = 32;
const NBSP = 0xa0;

/** How many spaces (" ", no-break) open `text`. */
function leadOf(text: string): number {
  let n = 0;
  while (n < text.length && (text.charCodeAt(n) === SPACE || text.charCodeAt(n) === NBSP)) n++;
  return n;
}
const PAREN = /^\((\p{Lu}[\p{L}\d /-]*)\)/u;
const CAPITAL = /^\p{Lu}/u;
const NEXT_CAPITAL = /^ \p{Lu}/u;

// "Ministry of Health and Social Affairs": lower-case words inside an English name, before a capital.
const CONNECTORS = new Set(["of", "for"]);

function joinsName(words: readonly string[], w: string, rest: string): boolean {
  if (words.length === 0 || !NEXT_CAPITAL.test(rest)) return false;
  if (CONNECTORS.has(w)) return true;
  return w === "and" && words.some((x) => CONNECTORS.has(x));
}

/** A name read from `pos` on: capitalised words, their lower-case tails, an "(ABBR)" after. */
export function nameAt(text: string, pos: number): string | null {
  const words: string[] = [];
  let i = pos;
  for (;;) {
    const rest = text.slice(i, i + 80);
    const lead = leadOf(rest);
    const piece = lead === 0 ? rest : rest.slice(lead);
    // Read per word of every name: the bracket's regex only where one opens.
    const paren = piece.charCodeAt(0) === OPEN_PAREN ? PAREN.exec(piece) : null;
    if (paren && words.length > 0) {
      words.push(paren[0]);
      i += lead + paren[0].length;
      continue;
    }
    let w = WORD.exec(piece)?.[0];
    if (!w) break;
    let width = w.length;
    // A name broken at a line end ("Regerings-\nkansliet") reads whole.
    const hyphen = i + lead + w.length - 1;
    const broken = w.endsWith("-") ? brokenWordEnd(text, hyphen) : -1;
    if (broken >= 0) {
      w = joinBroken(text, i + lead, hyphen, broken);
      width = broken - i - lead;
    }
    const capital = CAPITAL.test(w);
    const tail = words.length > 0 && NAME_TAILS.has(w.toLowerCase());
    if (!capital && !tail && !joinsName(words, w, piece.slice(width))) break;
    if (words.length === 0 && NOT_NAMES.has(w)) break;
    words.push(w);
    i += lead + width;
    if (words.length >= 6) break;
  }
  return words.length > 0 ? words.join(" ") : null;
}

/** The name that ends right before `pos` ("Region Skåne" in "Region Skåne, som …"). */
export function nameBefore(text: string, pos: number): string | null {
  const before = text.slice(Math.max(0, pos - 80), pos).replace(/[\s,]+$/u, "");
  const m =
    /((?:\p{Lu}[\p{L}\d'’-]*|\([\p{Lu}][\p{L}\d /-]*\)|län|universitet)(?:[ \u00A0]+(?:\p{Lu}[\p{L}\d'’-]*|\([\p{Lu}][\p{L}\d /-]*\)|län|universitet)){0,5})$/u.exec(
      before,
    );
  if (!m?.[1]) return null;
  const words = m[1].split(/[ \u00A0]+/);
  while (words.length > 0 && NOT_NAMES.has(words[0] ?? "")) words.shift();
  if (words.length === 0 || !/^\p{Lu}/u.test(words[0] ?? "")) return null;
  return words.join(" ");
}

const PERSON = /^\p{Lu}[\p{L}’'-]+(?:[ \u00A0]\p{Lu}[\p{L}’'-]+){1,3}$/u;

/** "Kristina Edholm": two to four capitalised words and nothing else. */
export function isPersonName(text: string): boolean {
  return PERSON.test(text.trim());
}

const PERSON_AT = /^[ \u00A0]*(\p{Lu}[\p{L}’'-]+(?:[ \u00A0]\p{Lu}[\p{L}’'-]+){1,3})/u;

/** A person's name from `pos` on: two to four capitalised words. */
export function personAt(text: string, pos: number): string | null {
  const m = PERSON_AT.exec(text.slice(pos, pos + 80));
  return m?.[1] ?? null;
}
