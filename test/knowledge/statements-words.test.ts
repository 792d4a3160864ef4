// The statements' own word reading and cue-phrase matching: the fast paths read exactly what the plain
// definitions read (a regex over Unicode letters and digits; every phrase tried at every word).
import { describe, expect, it } from "vitest";
import { readingOf } from "../../src/knowledge/sentence-readings.js";
import {
  compileAll,
  sliceStarts,
  textStarts,
  wordMatches,
  wordStarts,
} from "../../src/knowledge/statements/phrase-starts.js";
import {
  findPhrases,
  firstPhrase,
  hasPhrase,
  mayHold,
  type Phrase,
  phrases,
  type Token,
  tokens,
} from "../../src/knowledge/statements/tokens.js";

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\-–/.:']*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

function plainTokens(text: string, offset: number): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    word: m[0].toLowerCase(),
    raw: m[0],
    start: offset + (m.index ?? 0),
    end: offset + (m.index ?? 0) + m[0].length,
  }));
}

// A fixed pseudo-random sequence: the same strings on every run.
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const ALPHABET = [
  ..."abcåäöABCÅÄÖé019 -–—/.:'’,;()\t\n²½µªΣσİı",
  "\u00A0",
  "\u{1D400}", // mathematical bold A: a letter outside the basic plane
  "\u{1F600}", // an emoji: no letter
  "\uD800", // a lone surrogate
  "\u0663", // Arabic-Indic three: a digit
  "ǅ",
  "ﬁ",
];

function randomText(next: () => number, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return out;
}

describe("statement words", () => {
  const cases = [
    "",
    "Regeringen beslutade den 31 mars 2027 att ge GMS 12,5 miljoner kronor.",
    "covid-19 t.ex. 2026/27:412 rock'n'roll -start end- a.b. ...x",
    "ΣΑΣ İstanbul straße ǅemal ﬁne",
    "\u{1D400}\u{1D401}-\u{1D402} \uD800x \u{1F600}y",
  ];
  it("reads the words the plain regex reads, with the same lower case and offsets", () => {
    const next = random(7);
    for (let i = 0; i < 400; i++) cases.push(randomText(next, 1 + Math.floor(next() * 60)));
    for (const text of cases) {
      const whole = text.toLowerCase();
      const plain = plainTokens(text, 17).map((t) =>
        whole.length === text.length && !text.includes("Σ")
          ? { ...t, word: whole.slice(t.start - 17, t.end - 17) }
          : t,
      );
      // How a word is written is read when asked: compared as the plain fields.
      const read = tokens(text, 17).map(({ word, raw, start, end }) => ({ word, raw, start, end }));
      expect(read).toEqual(plain);
      const starts = textStarts(readingOf(text)).each;
      expect(starts).toEqual(plain.map((t) => wordStarts(t.word)));
    }
  });
});

describe("wild words", () => {
  // The plain reading of a pattern, with the strings it takes apart.
  function plainMatches(pattern: string, word: string): boolean {
    if (pattern === "?") return true;
    const head = pattern.startsWith("*");
    const tail = pattern.endsWith("*");
    if (head && tail && pattern.length > 2) return word.includes(pattern.slice(1, -1));
    if (tail) return word.startsWith(pattern.slice(0, -1));
    if (head) return word.endsWith(pattern.slice(1));
    return word === pattern;
  }
  it("match as the plain reading does", () => {
    const patterns = [
      "?",
      "*",
      "**",
      "***",
      "",
      "a",
      "a*",
      "*a",
      "*a*",
      "*ab*",
      "ab*",
      "*ab",
      "a*b",
    ];
    const words = ["", "a", "b", "ab", "ba", "abc", "cab", "xabx", "aab", "abab", "*", "a*b"];
    for (const p of patterns)
      for (const w of words) expect(wordMatches(p, w), `${p} ${w}`).toBe(plainMatches(p, w));
  });
});

/** Every phrase tried at every word, the longest kept: what the indexed matcher must equal. */
function plainFind(toks: readonly Token[], table: readonly Phrase[]) {
  const hits: Array<{ at: number; end: number; phrase: Phrase }> = [];
  for (let i = 0; i < toks.length; i++) {
    let best: Phrase | null = null;
    const fits = (p: Phrase) =>
      i + p.length <= toks.length && p.every((w, k) => wordMatches(w, toks[i + k]?.word ?? ""));
    const exact = table.filter((p) => !(p[0] ?? "").includes("*") && p[0] !== "?");
    const wild = table.filter((p) => (p[0] ?? "").includes("*") || p[0] === "?");
    for (const p of [...exact, ...wild]) if ((!best || p.length > best.length) && fits(p)) best = p;
    if (best) hits.push({ at: i, end: i + best.length, phrase: best });
  }
  return hits;
}

describe("cue phrases", () => {
  const tables = [
    phrases("senast\nno later than\nby\nsista dag för ansökan"),
    phrases("*minister\nstatsråd*\nminister for ?"),
    phrases("kanaliserar ? via\nkanaliserar ? ? via\n*sekreterare*\nhead"),
    phrases("är villkorad*\nunder förutsättning att\n? gms"),
  ];
  // One table compiled late: sentences read before it still find its phrases.
  const late = phrases("i gms ingår\ningår i gms");
  compileAll(tables);
  const texts = [
    "Medlen ska redovisas senast den 1 mars, no later than March 1 by the board.",
    "Sjukvårdsminister Anna Ek och statsrådet Per Ek; Minister for Health Bo Ek.",
    "Regeringen kanaliserar medlen via Vinnova; kanaliserar de nya medlen via GMS. Pressekreteraren head.",
    "Stödet är villkorade under förutsättning att GMS ingår i gms i gms ingår.",
    "Inget av detta.",
  ];
  it("finds what trying every phrase at every word finds", () => {
    for (const text of texts) {
      const toks = tokens(text);
      for (const table of [...tables, late]) {
        const plain = plainFind(toks, table);
        expect(findPhrases(toks, table)).toEqual(plain);
        expect(firstPhrase(toks, table)).toEqual(plain[0]);
        expect(hasPhrase(toks, table)).toBe(plain.length > 0);
        expect(findPhrases(toks.slice(2, 7), table)).toEqual(plainFind(toks.slice(2, 7), table));
        expect(findPhrases(sliceStarts(toks, 2, 7), table)).toEqual(
          plainFind(toks.slice(2, 7), table),
        );
      }
    }
  });

  it("knows a sentence read before a table was compiled may hold it", () => {
    const before = textStarts(readingOf("I GMS ingår sju regioner."));
    const compiledLater = phrases("i gms ingår");
    expect(mayHold(before, compiledLater)).toBe(true);
    expect(mayHold(textStarts(readingOf("I GMS ingår sju regioner.")), compiledLater)).toBe(true);
    expect(mayHold(textStarts(readingOf("Inget av detta.")), compiledLater)).toBe(false);
  });

  it("finds words in the lower case where the text has them: lower-casing keeps a character's kind", () => {
    const kind = (ch: string) => (/^[\p{L}\p{N}]$/u.test(ch) ? 1 : "-–/.:'".includes(ch) ? 2 : 0);
    const changed: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const ch = String.fromCodePoint(cp);
      const lower = ch.toLowerCase();
      if (lower.length === ch.length && kind(lower) !== kind(ch)) changed.push(ch);
    }
    expect(changed).toEqual([]);
  });
});
