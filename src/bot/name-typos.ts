// "vinova", "sahlgrenksa": an organisation's one-word name misspelt is read as that organisation, before
// the lexicon is matched, so the question names a giver or receiver and not a topic word. A question
// word with two letters swapped ("mcuh") is put right the same way.
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
// So is a word a lexicon prefix reads ("inräknad" of "inräknad*"): never put right to another word ("inräknat").
const LEXICON_PREFIXES = [
  ...new Set(
    LEXICON.flatMap((e) => e.tokens)
      .filter((t) => t.endsWith("*"))
      .map((t) => t.slice(0, -1)),
  ),
];
// A word the lexicon reads alone ("for", "stod"): never given marks it was written without.
const LEXICON_ENTRIES = new Set(
  LEXICON.filter((e) => e.tokens.length === 1).flatMap((e) => e.tokens),
);
const isLexiconWord = (word: string) =>
  LEXICON_WORDS.has(word) || LEXICON_PREFIXES.some((p) => word.startsWith(p));

/**
 * The question with each misspelt one-word organisation name put right, when one name alone is that
 * near; the same text when none is. Read before anything else, so every later reading sees the name.
 */
export function correctNames(
  text: string,
  tokens: readonly QuestionToken[],
  known: (word: string) => boolean,
): string {
  return replaceWords(text, tokens, (t, i) => {
    if (isLexiconWord(t.word) || known(t.word)) return null;
    const next = tokens[i + 1]?.word;
    return t.word.length < NAME_MIN
      ? swappedWord(t.word, next)
      : (nearestName(t.word) ?? swappedWord(t.word, next) ?? nearestLexiconWord(t.word));
  });
}

/** The text with each token `replace` gives a word for written as that word; the same text when none. */
function replaceWords(
  text: string,
  tokens: readonly QuestionToken[],
  replace: (t: QuestionToken, i: number) => string | null,
): string {
  let out = "";
  let at = 0;
  tokens.forEach((t, i) => {
    const word = replace(t, i);
    if (word === null) return;
    out += `${text.slice(at, t.start)}${word}`;
    at = t.end;
  });
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

// "mcuh", "waht", "fudning": two neighbouring letters swapped in a word of the lexicon is that word.
const SWAP_MIN = 4;
// "hwo much": a shorter word only when the next word makes a lexicon phrase with one reading alone.
const SWAP_MIN_IN_PHRASE = 3;
// Each lexicon phrase's first two words, for that test.
const PAIRS = new Set(
  LEXICON.filter((e) => e.tokens.length >= 2).map((e) => `${e.tokens[0]} ${e.tokens[1]}`),
);

/** The one lexicon word this word is with two neighbouring letters swapped back; null when none or several. */
function swappedWord(word: string, next?: string): string | null {
  if (word.length < SWAP_MIN_IN_PHRASE) return null;
  const found = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) {
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (swapped !== word && LEXICON_WORDS.has(swapped)) found.add(swapped);
  }
  const inPhrase = [...found].filter((w) => next !== undefined && PAIRS.has(`${w} ${next}`));
  if (inPhrase.length === 1) return inPhrase[0] as string;
  return found.size === 1 && word.length >= SWAP_MIN ? ([...found][0] as string) : null;
}

// "monney", "decideds": one letter too many, too few or wrong in a longer word of the lexicon is that word,
// when no other lexicon word is as near and the first letter is right. Shorter words have too many
// neighbours ("fick", "flick").
const NEAR_MIN = 5;
const WORDS = [...LEXICON_WORDS]
  .filter((w) => w.length >= NEAR_MIN - 1 && /^\p{L}+$/u.test(w))
  .map((word) => ({ word, mask: letterMask(word) }));
// What a one-word phrase means ("decides" and "decided" both cue a decision): near words of one meaning are no tie.
const MEANING = new Map(
  LEXICON.filter((e) => e.tokens.length === 1).map((e) => [e.tokens[0], `${e.role} ${e.value}`]),
);

function nearestLexiconWord(word: string): string | null {
  if (word.length < NEAR_MIN) return null;
  const mask = letterMask(word);
  let found: string | null = null;
  for (const { word: w, mask: other } of WORDS) {
    // Askers rarely miss a word's first letter: "early" is no "yearly".
    if (w[0] !== word[0] || Math.abs(w.length - word.length) > 1 || !mayBeWithin(mask, other, 1))
      continue;
    if (editDistance(word, w, 1) > 1) continue;
    // "capital" is no "capita": a word that is only part of a phrase ("per capita") would stand alone,
    // unplaced, and be said back as if asked. Only a word that means something alone is a correction.
    if (!MEANING.has(w)) continue;
    const same = found === null || MEANING.get(found) === MEANING.get(w);
    if (!same || (found !== null && !MEANING.has(w))) return null;
    found ??= w;
  }
  return found;
}

// "umea", "goteborg": å, ä and ö typed without their marks. Words with more such letters are left as written.
const UNMARKED: Readonly<Record<string, readonly string[]>> = { a: ["å", "ä"], o: ["ö"] };
const UNMARKED_MAX = 3;
// Short words ("ar", "da") are too often English or another word.
const UNMARKED_MIN = 4;

/**
 * "umea" (of "umea universitet" in the lexicon, alone here): a word of the documents with the marks the asker
 * left out; never a word the lexicon reads alone ("for") or one an apostrophe ends ("aren't").
 */
export function markSwedishLetters(
  text: string,
  tokens: readonly QuestionToken[],
  known: (word: string) => boolean,
): string {
  return replaceWords(text, tokens, (t) =>
    LEXICON_ENTRIES.has(t.word) || known(t.word) || /['’]/.test(text[t.end] ?? "")
      ? null
      : withSwedishLetters(t.word, known),
  );
}

/** The one word of the documents the asker's word is with its a's and o's marked; null when none or several. */
function withSwedishLetters(word: string, known: (word: string) => boolean): string | null {
  const at = [...word].flatMap((c, i) => (UNMARKED[c] ? [i] : []));
  if (word.length < UNMARKED_MIN || at.length === 0 || at.length > UNMARKED_MAX) return null;
  let forms = [word];
  for (const i of at)
    forms = forms.flatMap((f) => [
      f,
      ...(UNMARKED[f[i] ?? ""] ?? []).map((m) => f.slice(0, i) + m + f.slice(i + 1)),
    ]);
  const found = forms.filter((f) => f !== word && known(f));
  return found.length === 1 ? (found[0] ?? null) : null;
}
