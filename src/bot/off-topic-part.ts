import type { Query } from "./query.js";

// "gms 2027? also what is the capital of france": a question of two parts, one about GMS funding and one
// about something else. The funding part is answered; the other is said to be off-topic, never answered.
// Parts are split at sentence marks and at the words that join two asks (data, matched on tokens).
const JOINING_WORDS = new Set("also and och plus btw samt dessutom också men but oh ps".split(" "));
const SENTENCE_MARK = /[?!;.]+/u;

export interface Part {
  text: string;
  start: number;
  end: number;
}

/** The question's parts, each with its place in the text; a joining word belongs to the part it opens. */
export function questionParts(text: string): Part[] {
  const parts: Part[] = [];
  let start = 0;
  const push = (end: number) => {
    const piece = text.slice(start, end);
    if (piece.trim() !== "") parts.push({ text: piece.trim(), start, end });
    start = end;
  };
  const tokens = text.matchAll(/[\p{L}\p{N}'’-]+|[?!;.]+/gu);
  for (const t of tokens) {
    const at = t.index ?? 0;
    if (SENTENCE_MARK.test(t[0]) && /^[?!;.]+$/u.test(t[0])) push(at + t[0].length);
    else if (JOINING_WORDS.has(t[0].toLowerCase())) push(at);
  }
  push(text.length);
  return parts;
}

// One word the bot cannot place is said back as such ("I can't find …"); two or more, with nothing about
// funding beside them, are a question about something else.
const UNPLACED_OFF_TOPIC = 2;

/** A part about something else: an off-topic word, or only words the bot cannot place. */
function offTopic(q: Query): boolean {
  if (q.offTopic.length > 0) return true;
  return q.coverage.unplaced.length >= UNPLACED_OFF_TOPIC && !aboutFunding(q);
}

/** A part about GMS funding: a subject, a year, an amount, an organisation or GMS, and nothing unplaced. */
function aboutFunding(q: Query): boolean {
  return (
    q.mentionsGms ||
    q.years.length > 0 ||
    q.topics.length > 0 ||
    q.stems.length > 0 ||
    q.orgs.length > 0 ||
    q.amounts.length > 0
  );
}

/**
 * The question without its off-topic parts, and those parts as written; null when it is not of two kinds
 * (all about funding, or all about something else: then it is answered or declined whole).
 */
export function withoutOffTopicParts(
  text: string,
  read: (part: string) => Query,
): { kept: string; dropped: string[] } | null {
  const parts = questionParts(text);
  if (parts.length < 2) return null;
  const judged = parts.map((p) => {
    const q = read(p.text);
    return { part: p, off: offTopic(q), on: !offTopic(q) && aboutFunding(q) };
  });
  if (!judged.some((j) => j.off) || !judged.some((j) => j.on)) return null;
  const kept = judged
    .filter((j) => !j.off)
    .map((j) => j.part.text)
    .join(" ");
  const dropped = judged.filter((j) => j.off).map((j) => stripJoining(j.part.text));
  return { kept, dropped };
}

function stripJoining(part: string): string {
  const words = part.split(/\s+/);
  while (words.length > 1 && JOINING_WORDS.has((words[0] ?? "").toLowerCase())) words.shift();
  return words.join(" ").replace(/[?!;.]+$/u, "");
}

// Words that open an ask of its own after a joining word: "… och vem beslutade?", "… and to whom?".
const QUESTION_WORDS = new Set(
  "who whom whose when where which what how why vem vems vilka vilken vilket när var hur vad varför".split(
    " ",
  ),
);
// Small words that may stand between the joining word and the question word ("and to whom", "och av vem").
const LEADING_SMALL = new Set("to by from of for till av från för".split(" "));

/**
 * "vad fick gms 2026 och vem beslutade?": two asks. The first part (with the subject) is answered; the second,
 * a bare ask naming nothing of its own, is named back to be asked next (the conversation then holds the
 * subject), never silently dropped or answered as a mix of both. Null when the question is one ask.
 */
export function secondAsk(
  text: string,
  read: (part: string) => Query,
): { first: string; rest: string; firstQuery: Query; restQuery: Query } | null {
  const parts = questionParts(text);
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k];
    if (!part || !opensAsk(part.text)) continue;
    const first = parts
      .slice(0, k)
      .map((p) => p.text)
      .join(" ");
    const rest = parts
      .slice(k)
      .map((p) => p.text)
      .join(" ");
    const a = read(first);
    const b = read(rest);
    // The first ask must have a subject or year of its own; the rest nothing of its own but its ask.
    if (!aboutFunding(a) || a.coverage.unplaced.length > 0) return null;
    if (aboutFunding(b) || b.coverage.unplaced.length > 0 || b.offTopic.length > 0) return null;
    return { first, rest: stripJoining(rest), firstQuery: a, restQuery: b };
  }
  return null;
}

function opensAsk(part: string): boolean {
  const words = part
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (!JOINING_WORDS.has(words[0] ?? "")) return false;
  let i = 1;
  while (LEADING_SMALL.has(words[i] ?? "")) i++;
  return QUESTION_WORDS.has(words[i] ?? "");
}
