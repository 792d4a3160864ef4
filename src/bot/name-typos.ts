// "vinova", "sahlgrenksa": an organisation's one-word name misspelt is read as that organisation, before
// the lexicon is matched, so the question names a giver or receiver and not a topic word.
import { allowedEdits, editDistance, letterMask, mayBeWithin } from "./edit-distance.js";
import { aliasesOf, LEXICON, type QuestionToken } from "./lexicon.js";

// Shorter names ("KI", "SoS", "EU") are too easy to reach by accident.
const NAME_MIN = 5;
const NAMES = [
  ...new Set(
    aliasesOf("org")
      .map(([alias]) => alias)
      .filter((a) => !a.includes(" ") && a.length >= NAME_MIN),
  ),
].map((name) => ({ name, mask: letterMask(name) }));
// Every word of the lexicon is a word the asker meant as written.
const LEXICON_WORDS = new Set(LEXICON.flatMap((e) => e.tokens));

/**
 * The question with each misspelt one-word organisation name put right, when one name alone is that
 * near; the same text when none is. Read before anything else, so every later reading sees the name.
 */
export function correctNames(
  text: string,
  tokens: readonly QuestionToken[],
  known: (word: string) => boolean,
): string {
  let out = "";
  let at = 0;
  for (const t of tokens) {
    if (t.word.length < NAME_MIN || LEXICON_WORDS.has(t.word) || known(t.word)) continue;
    const name = nearestName(t.word);
    if (name === null) continue;
    out += `${text.slice(at, t.start)}${name}`;
    at = t.end;
  }
  return at === 0 ? text : out + text.slice(at);
}

function nearestName(word: string): string | null {
  const limit = allowedEdits(word.length);
  let best: string | null = null;
  let bestD = limit + 1;
  let tie = false;
  const mask = letterMask(word);
  for (const { name, mask: other } of NAMES) {
    // Most names are ruled out by length or letters before the edit-distance table.
    if (Math.abs(name.length - word.length) > limit || !mayBeWithin(mask, other, limit)) continue;
    const d = editDistance(word, name, limit);
    if (d < bestD) [best, bestD, tie] = [name, d, false];
    else if (d === bestD && d <= limit) tie = true;
  }
  return bestD <= limit && !tie ? best : null;
}
