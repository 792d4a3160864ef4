import { compileCues, findCues, hasCue } from "./cues.js";
import { labelBefore } from "./line-label.js";
import type { DateMatch } from "./types.js";
import { isContentWord, words } from "./words.js";

// Words after an amount that introduce what it is for.
const MARKER = /(?:^|\s)(?:till|för|åt|to|for|towards)\s+/i;
const LEADING_NOISE =
  /^(?:\s|,|att\s|som\s+stöd\s+|i\s+\p{L}*anslag\s+|ska\s+|får\s+|går\s+|gå\s+|användas\s+|bland\s+annat\s+)+/iu;
const TRAILING_WORD = /(?:^|\s)(?:och|samt|varav|resterande|återstående|and|the|remaining)$/i;
// "inom ramen för projektet X genomföra …": the frame names the project, not the purpose.
const FRAME = /^inom\s+ramen\s+för\s+(?:projektet\s+)?(?:\p{Lu}[\p{L}-]*\s+|\(\p{Lu}+\)\s+)+/u;
// The finest budget line named wins: the post ("anslagsposten 16 …") before the appropriation ("anslaget 1:6 …").
const BUDGET_LINES = [
  /\banslagspost(?:en)?\s+\d+\s+([^,.;]+)/i,
  /\banslaget\s+\d+:\d+\s+([^,.;]+)/i,
];

// "66 miljoner kronor till genomisk medicin i år": the time is the year's, not the purpose's.
const TRAILING_TIME = /\s+(?:i år|i fjol|nästa år|under året|this year|next year|last year)$/i;

// Longer than any phrase the two patterns above end in, with a space before it: either matches a text
// exactly when it matches the text's last TAIL_CHARS (tested there: most texts end in neither).
const TAIL_CHARS = 16;
const TRAILING_PUNCTUATION = /[\s,;:.]+$/;

function endsWith(text: string, pattern: RegExp): boolean {
  return pattern.test(text.length > TAIL_CHARS ? text.slice(-TAIL_CHARS) : text);
}

function trimTail(text: string): string {
  let out = text.replace(TRAILING_PUNCTUATION, "");
  if (endsWith(out, TRAILING_TIME)) out = out.replace(TRAILING_TIME, "");
  while (endsWith(out, TRAILING_WORD))
    out = out.replace(TRAILING_WORD, "").replace(TRAILING_PUNCTUATION, "");
  return out;
}

/** The budget line an amount is booked against: "anslagsposten 16 Åtgärder för en bättre cancervård". */
export function readBudgetLine(sentence: string): string | null {
  const name = BUDGET_LINES.map((re) => re.exec(sentence)?.[1]?.trim()).find((n) => n);
  return name ? trimTail(name) : null;
}

// The patterns of the readers below, made once (a regex literal is a new object each time it is evaluated).
const DATE_CUE_AT_END =
  /\b(?:under|för|for|during|in|i|år|åren|budgetåret|enbart|only|senast|by)\s*$/i;
const SPACES = /\s{2,}/g;
const RECIPIENT_LEAD = /^\s*,?\s*(?:till|to)\s+(?:\p{Ll}+\s+){0,2}/u;
const COLON_AFTER = /^\s*:\s*([^,;()]+)/;
const LEADING_AND = /^\s*(?:och|samt|and)\s+/i;
const LIST_ITEM = /(?:^|[(,;:•])\s*([^(),;:•]*?)\s*[:(]?\s*$/;

/**
 * Removes date phrases (and their cue words) so "enbart för år 2024" leaves no purpose behind. `dates` are in
 * order and apart, as `findDates` gives them: read from the last, no copy sorted per amount.
 */
export function withoutDates(text: string, offset: number, dates: readonly DateMatch[]): string {
  let out = text;
  for (let k = dates.length - 1; k >= 0; k--) {
    const d = dates[k] as DateMatch;
    const s = d.start - offset;
    const e = d.end - offset;
    if (s < 0 || e > text.length) continue;
    const head = out.slice(0, s).replace(DATE_CUE_AT_END, "");
    out = head + out.slice(e);
  }
  return out.replace(SPACES, " ");
}

/** What an amount is for, in the document's words: the phrase after "till/för/to/for". */
export function readPurpose(after: string): string | null {
  const m = MARKER.exec(after);
  if (!m) return null;
  const phrase = trimTail(
    after
      .slice(m.index + m[0].length)
      .replace(LEADING_NOISE, "")
      .replace(FRAME, ""),
  );
  return phrase.length >= 3 ? phrase : null;
}

// "For pharmacogenomics in 2027, the Government has allocated SEK 6 million": a purpose fronted before a comma.
const FRONTED = /^\s*(?:for|för)\s+([^,.;:]{3,60}?)\s*,/iu;
// The year the fronted phrase may end with ("in 2027", "under 2027"): a date, not the purpose.
const TRAILING_YEAR = /(?:\s+(?:in|i|under|during|för))?\s+\d{4}$/iu;

/** The purpose a sentence fronts before its clause ("For X in 2027, …", "För X 2027, …"), when it has words of content. */
export function frontedPurpose(before: string): string | null {
  const phrase = FRONTED.exec(before)?.[1]?.replace(TRAILING_YEAR, "");
  if (!phrase || phrase.length < 3 || !words(phrase).some((w) => isContentWord(w.word)))
    return null;
  return trimTail(phrase);
}

/** "till Region Västerbotten för att …" → "för att …": the recipient right after an amount is not its purpose. */
export function skipRecipient(after: string, recipient: string | null): string {
  if (!recipient) return after;
  const lead = RECIPIENT_LEAD.exec(after);
  if (!lead) return after;
  const rest = after.slice(lead[0].length);
  return rest.startsWith(recipient) ? rest.slice(recipient.length) : after;
}

// "satsar regeringen 12 miljoner kronor i år på att bygga upp …": after a giving verb, "på" says what for.
const GIVEN_ON = /^\s*(?:(?:i år|under året|this year)\s+)?(?:på|on|in|into)\s+/iu;

/** What money a giver's clause gives is for ("X satsar 12 miljoner på Y" → "Y"); null when its clause gives none. */
export function givenPurpose(before: string, after: string): string | null {
  if (!hasCue(before, GIVES_MONEY)) return null;
  const m = GIVEN_ON.exec(after);
  if (!m) return null;
  const phrase = trimTail(after.slice(m[0].length).split(/[,;.]/)[0] ?? "");
  return phrase.length >= 3 ? phrase : null;
}

/** A list line labelled before its amount: the whole label is the purpose, commas and "och" included. */
export function readLineLabel(line: string): string | null {
  const label = labelBefore(line);
  if (!label || label.length < 3 || !words(label).some((w) => isContentWord(w.word))) return null;
  // "• Cancerfonden delar ut 520 miljoner": a giver's clause, no label.
  if (hasCue(label, GIVES_MONEY)) return null;
  return trimTail(label);
}

/** A list item's topic stands before its amount: "barncancer 10 miljoner", "Sällsynta diagnoser: 16 miljoner". */
export function readListPurpose(clause: string, after: string, bullet: boolean): string | null {
  const colonAfter = COLON_AFTER.exec(after);
  if (colonAfter?.[1]) return trimTail(colonAfter[1]);
  const before = clause.replace(LEADING_AND, "");
  const item = subjectOfReceiving(LIST_ITEM.exec(before)?.[1]?.trim() ?? "");
  // A numbered point of a decision ("1. Regeringen uppdrar åt … betala ut") is a sentence, not an item's label.
  if (item.length < 3 || item.split(/\s+/).length > (bullet ? 8 : 5)) return null;
  // "som fördelas med 3,9 miljoner", "betalas ut via Folkhälsomyndigheten:": words that only say money moves
  // (and through whom) name no purpose.
  if (!words(item).some((w) => isContentWord(w.word)) || hasCue(item, MOVES_MONEY)) return null;
  // "Cancerfonden delar ut 520 miljoner", "Vinnova beviljar 4 miljoner": the subject gives the money; it is
  // no purpose of it.
  if (hasCue(item, GIVES_MONEY)) return null;
  return trimTail(item);
}

// Verbs of receiving or amounting: "Barncancer får 10 miljoner" names its topic before the verb.
const CLAUSE_VERBS = new Set([
  ...["får", "fick", "erhåller", "erhöll", "tilldelas", "tilldelades"],
  ...["är", "var", "blir", "blev", "uppgår", "uppgick"],
  ...[
    "receives",
    "received",
    "gets",
    "got",
    "is",
    "was",
    "amounts",
    "amounted",
    "totals",
    "totalled",
  ],
]);
// Words that may trail the verb and still leave the subject before it ("får ytterligare").
const AFTER_VERB = new Set([
  "ytterligare",
  "också",
  "även",
  "nu",
  "totalt",
  "sammanlagt",
  "also",
  "now",
]);
// A subject made only of these is a time ("Året innan var det", "In 2026 the"), not a topic.
const TIME_WORDS = new Set([
  "i",
  "under",
  "år",
  "året",
  "åren",
  "fjol",
  "innan",
  "förra",
  "nästa",
  "det",
  "som",
  "in",
  "the",
  "last",
  "next",
  "year",
  "this",
  "that",
]);

/**
 * A clause with a verb of receiving is a topic only when it is its subject before the verb: "Barncancer får"
 * → "Barncancer"; "Under 2027 fick noden", "I fjol fick GMS" (the verb before its subject) name none.
 */
function subjectOfReceiving(item: string): string {
  const tokens = words(item);
  const at = tokens.findIndex((t) => CLAUSE_VERBS.has(t.word));
  if (at < 0) return item;
  if (tokens.slice(at + 1).some((t) => !AFTER_VERB.has(t.word))) return "";
  const subject = tokens
    .slice(0, at)
    .filter((t) => !TIME_WORDS.has(t.word) && !/^\d+$/.test(t.word));
  return subject.length === 0 ? "" : item.slice(subject[0]?.start, tokens[at]?.start).trim();
}

const MOVES_MONEY = compileCues([
  "betalas ut",
  "betalas",
  "utbetalas",
  "betalar ut",
  "paid out",
  "is paid",
  "are paid",
]);

// Verbs of giving: the subject before them is the giver, never what the money is for.
const GIVES_MONEY = compileCues([
  "delar ut",
  "delade ut",
  "beviljar",
  "beviljade",
  "satsar",
  "satsade",
  "fördelar",
  "fördelade",
  "anslår",
  "anslog",
  "avsätter",
  "avsatte",
  "utlyser",
  "skjuter till",
  "awards",
  "awarded",
  "grants",
  "granted",
  "invests",
  "invested",
  "allocates",
  "allocated",
  "hands out",
]);

// "… betala ut 18 000 000 kronor för 2026–2027. Medlen avser arbete med …": the next sentence says what for.
const SAYS_WHAT_FOR = compileCues([
  "medlen avser",
  "pengarna avser",
  "beloppet avser",
  "stödet avser",
  "medlen ska användas till",
  "medlen ska användas för",
  "pengarna ska användas till",
  "pengarna ska användas för",
  "pengarna är till för",
  "medlen är till för",
  "beloppet är till för",
  "pengarna är avsedda för",
  "medlen är avsedda för",
  "the money is for",
  "the money is intended for",
  "the funds are intended for",
  "the funds are for",
  "the money will be used for",
  "the funds will be used for",
]);

/** The purpose a sentence opening "Medlen avser …" gives the money told just before it. */
export function purposeOpening(sentence: string): string | null {
  const cue = findCues(sentence.slice(0, 60), SAYS_WHAT_FOR)[0];
  if (!cue || sentence.slice(0, cue.start).trim() !== "") return null;
  // The phrase up to its first comma: ", i syfte att …" says why, not what.
  const rest = sentence.slice(cue.end).replace(/^\s+/, "");
  const phrase = trimTail(rest.split(",")[0] ?? "");
  return phrase.length >= 3 ? phrase : null;
}
