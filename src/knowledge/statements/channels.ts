import { MONTH_NAMES_EN, MONTH_NAMES_SV } from "../date-words.js";
import { cacheByKey } from "../key-cache.js";
import { resolveOrgReference } from "../org-references.js";
import { findChannel, findPayer, namesRegion } from "../organisations.js";
import type { Segment } from "../segments.js";
import {
  DISTRIBUTES,
  GOVERNMENT,
  INSTRUCTS,
  MONEY_WORDS,
  PAID_BY,
  PAYER_VERB_PARTS,
  PAYS,
  REQUISITION_FROM,
  REQUISITION_WORDS,
  REQUISITIONED_BY,
  THROUGH,
  TOLD_TO_PAY,
} from "./cue-words.js";
import { amountsIn } from "./decisions.js";
import type { DocumentView } from "./document-view.js";
import { nameAt, nameBefore } from "./names.js";
import { findPhrases, hasPhrase, type Token } from "./tokens.js";
import type { ChannelKind, ChannelStatement } from "./types.js";

// "The Legal, Financial and Administrative Services Agency (Kammarkollegiet)" is eight words.
const MAX_SUBJECT_WORDS = 10;
const NAMES_KEPT = 2_000;
const RELATIVES = new Set(["som", "which", "who"]);
const SUBJECT_VERBS = new Set(
  "ska skall ansvarar fördelar distributes will shall must rekvirerar requisitions is are".split(
    " ",
  ),
);

/** Who pays out, distributes and requisitions, each with the amounts its sentence names. */
export function readChannels(view: DocumentView): ChannelStatement[] {
  const out: ChannelStatement[] = [];
  for (const s of view.segments) {
    if (s.heading) continue;
    const reading = view.reading(s);
    // Read once per wording: a sentence's channels are in its own words, wherever it stands.
    reading.channels ??= channelsIn(view, s);
    const found = reading.channels as readonly ChannelFound[];
    // Indexed: a shared empty list and a wording's own are lists of two kinds, whose iterator is made each time.
    for (let k = 0; k < found.length; k++) {
      const c = found[k] as ChannelFound;
      out.push({
        kind: c.kind,
        organisation: c.organisation,
        amounts: c.amounts.map((a) => ({
          valueSek: a.valueSek,
          span: view.span(s.start + a.start, s.start + a.end),
        })),
        span: view.span(s.start, s.end),
      });
    }
  }
  return out;
}

/** A channel a sentence names, its amounts' offsets counted in the sentence. */
interface ChannelFound {
  kind: ChannelKind;
  organisation: string;
  amounts: readonly { valueSek: number; start: number; end: number }[];
}

const NONE: readonly ChannelFound[] = Object.freeze([]);

// "Vem betalar ut pengarna?": a question (a Q&A page's heading) asks who pays, and tells no one.
const QUESTION_END = /\?\s*$/u;

function channelsIn(view: DocumentView, s: Segment): readonly ChannelFound[] {
  if (QUESTION_END.test(s.text)) return NONE;
  const out: ChannelStatement[] = [];
  const payer = payerIn(view, s);
  // Each kind is read once a sentence, so no organisation is added twice for one kind.
  const each = payer ? channelPerAmount(view, s) : [];
  if (each.length > 0) out.push(...each);
  else add(out, view, s, "pays-out", payer);
  if (payer) add(out, view, s, "paid-to", payeeIn(s));
  add(out, view, s, "distributes", distributorIn(view, s));
  add(out, view, s, "requisitions", requisitionerIn(view, s));
  if (out.length === 0) return NONE;
  return out.map((c) => ({
    kind: c.kind,
    organisation: c.organisation,
    amounts: c.amounts.map((a) => ({
      valueSek: a.valueSek,
      start: a.span.start - s.start,
      end: a.span.end - s.start,
    })),
  }));
}

function add(
  out: ChannelStatement[],
  view: DocumentView,
  s: Segment,
  kind: ChannelKind,
  organisation: string | null,
): void {
  if (!organisation || isGovernment(organisation)) return;
  // "Regionen fördelar dem sedan …", "vi betalar ut": the region the page named before, the page's writer.
  const named = resolveOrgReference(view.doc.text, s.start, organisation) ?? organisation;
  out.push({
    kind,
    organisation: named,
    amounts: amountsIn(view, s),
    span: view.span(s.start, s.end),
  });
}

/**
 * "80 miljoner via Kammarkollegiet och 9 miljoner via Folkhälsomyndigheten": each agency with the amounts
 * whose own clause names it; none when the sentence's amounts do not name two agencies.
 */
function channelPerAmount(view: DocumentView, s: Segment): ChannelStatement[] {
  const amounts = amountsIn(view, s);
  if (amounts.length < 2) return [];
  const byAgency = new Map<string, typeof amounts>();
  amounts.forEach((a, i) => {
    const to = amounts[i + 1]?.span.start ?? s.end;
    const agency = findChannel(view.doc.text.slice(a.span.end, to));
    if (!agency) return;
    const own = byAgency.get(agency);
    if (own) own.push(a);
    else byAgency.set(agency, [a]);
  });
  if (byAgency.size < 2) return [];
  const span = view.span(s.start, s.end);
  return [...byAgency].map(([organisation, own]) => ({
    kind: "pays-out" as const,
    organisation,
    amounts: own,
    span,
  }));
}

// The same few organisations are found in sentence after sentence: each name is judged once.
const isGovernment = cacheByKey(namesGovernment, NAMES_KEPT);

function namesGovernment(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length <= 3 &&
    hasPhrase(
      words.map((w, i) => ({ word: w.toLowerCase(), raw: w, start: i, end: i })),
      GOVERNMENT,
    )
  );
}

// The verbs `findPayer` reads ("betalar ut", "pays out", "beviljar", "awards", "grants"), in any case:
// a sentence without one names no payer there, and is not read by its patterns.
const PAYER_VERBS = /betala|pay|bevilja|award|grant|disburs/i;

/** Whether the sentence has a payer verb: its words' table bits first (ASCII letters stand within one word). */
function mayNamePayer(view: DocumentView, s: Segment): boolean {
  return view.may(s, PAYER_VERB_PARTS) && PAYER_VERBS.test(s.text);
}

function payerIn(view: DocumentView, s: Segment): string | null {
  const named = mayNamePayer(view, s) ? findPayer(s.text) : null;
  if (named) return named;
  const told = view.may(s, TOLD_TO_PAY) ? toldToPay(view, s) : null;
  if (told) return told;
  if (!view.may(s, PAYS) && !view.may(s, PAID_BY) && !view.may(s, THROUGH)) return null;
  const words = view.words(s);
  // Its subject opens the sentence: "The Legal, … Agency (Kammarkollegiet) will pay the funds to …".
  const pays = findPhrases(words, PAYS)[0];
  const verb = pays ? words[pays.at] : undefined;
  // "Regionerna betalar analyserna för sina egna patienter": paying for something is no paying out of money.
  const objectAt = pays ? words.findIndex((w, i) => i >= pays.end && !DETERMINERS.has(w.word)) : -1;
  const object = objectAt >= 0 ? words[objectAt] : undefined;
  const paysFor =
    object !== undefined &&
    /^\p{Ll}/u.test(object.raw) &&
    object.word !== "ut" &&
    object.word !== "out" &&
    !hasPhrase([object], MONEY_WORDS);
  if (pays && verb && pays.at <= MAX_SUBJECT_WORDS && !paysFor) {
    // "… betalar Folkhälsomyndigheten ut …": after an opening adverbial the subject follows the verb.
    const after = words[pays.end];
    if (after && /^\p{Lu}/u.test(after.raw))
      return nameAt(view.doc.text.slice(after.start, s.end), 0);
    const subject = agencyAt(s.text);
    const before = view.doc.text.slice(s.start, verb.start).trimEnd();
    if (subject && (before.endsWith(subject) || before.endsWith(`(${subject})`))) return subject;
  }
  const passive = findPhrases(words, PAID_BY)[0];
  const end = passive ? words[passive.end - 1] : undefined;
  if (end) return agencyAt(view.doc.text.slice(end.end, s.end));
  const aboutMoney = /\d/.test(s.text) || hasPhrase(words, MONEY_WORDS);
  if (!aboutMoney) return null;
  for (const hit of findPhrases(words, THROUGH)) {
    // "Nationalt Genom Center", "Via Sacra": a capitalised "Genom"/"Via" inside the sentence is a word of a name.
    const opening = words[hit.at];
    if (hit.at > 0 && opening && /^\p{Lu}/u.test(opening.raw)) continue;
    const w = words[hit.end - 1];
    const name = w ? agencyAt(view.doc.text.slice(w.end, s.end)) : null;
    // "9 miljoner … via Region Västerbotten": a region the money goes through receives it (and may pass it on);
    // the paying agency is another.
    if (name && !namesRegion(name)) return name;
  }
  return null;
}

/**
 * "The Government instructs the National Board … (Socialstyrelsen) to disburse …": the organisation right
 * before the infinitive, by its bracketed short name when it has one, after a verb telling it to; never the
 * government.
 */
function toldToPay(view: DocumentView, s: Segment): string | null {
  const words = view.words(s);
  const hit = findPhrases(words, TOLD_TO_PAY)[0];
  const to = hit ? words[hit.at] : undefined;
  // "Assignment to disburse funds …": a title names no one told to pay; a verb telling them must come first.
  const told = findPhrases(words, INSTRUCTS)[0];
  if (!hit || !to || !told || told.end >= hit.at) return null;
  const before = view.doc.text.slice(s.start, to.start).trimEnd();
  const bracketed = /\((\p{Lu}[\p{L}-]+)\)$/u.exec(before)?.[1];
  const name = bracketed ?? nameBefore(before, before.length);
  return name && !isGovernment(name) ? name : null;
}

// "betala ut medlen till Region Skåne", "will pay the funds to Region Skåne", "disburse … to Region
// Västerbotten": whom the payer pays.
const PAID_TO =
  /\b(?:betala|betalar|betalas|pay|pays|paid|paying|disburse|disburses|disbursed|disbursing)\b[^.;]*?\s(?:till|to)\s+(?=\p{Lu})/u;

/** Who the payer pays the money to, named after "till"/"to" in the paying sentence. */
function payeeIn(s: Segment): string | null {
  const m = PAID_TO.exec(s.text);
  return m ? nameAt(s.text, m.index + m[0].length) : null;
}

/**
 * The agency named next: "Socialstyrelsen", "innovationsmyndigheten Vinnova", "the Legal, Financial and
 * Administrative Services Agency (Kammarkollegiet)" → the short name in brackets.
 */
// Words before a paying verb's object noun ("will pay the funds", "betalar ut alla medel").
const DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "these",
  "those",
  "all",
  "de",
  "den",
  "det",
  "dessa",
  "alla",
]);

// "through the Government's decision in January": a month or a weekday is never the one paying.
const DATE_NAMES: ReadonlySet<string> = new Set(
  [
    ...MONTH_NAMES_SV,
    ...MONTH_NAMES_EN,
    "monday tuesday wednesday thursday friday saturday sunday måndag tisdag onsdag torsdag fredag lördag söndag".split(
      " ",
    ),
  ]
    .flat()
    .map((m) => m.toLowerCase()),
);

function agencyAt(rest: string): string | null {
  const name = agencyNameAt(rest);
  return name !== null && DATE_NAMES.has(name.toLowerCase()) ? null : name;
}

function agencyNameAt(rest: string): string | null {
  // "the Legal, Financial and … Agency (Kammarkollegiet)", "The National Board of Health and Welfare
  // (Socialstyrelsen)": capitalised words (and "and", "of", "for") before the brackets.
  const bracketed =
    /^\s*(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*|and|och|of|for),?\s+)+\((\p{Lu}[\p{L}-]+)\)/u.exec(
      rest,
    )?.[1];
  if (bracketed) return bracketed;
  const plain = /^\s*(?:the\s+)?/u.exec(rest)?.[0].length ?? 0;
  const englishDescribed = POSSESSIVE.test(rest.slice(plain)) ? DESCRIBED_EN.exec(rest) : null;
  if (englishDescribed) return nameAt(rest, englishDescribed[0].length);
  const direct = nameAt(rest, plain);
  if (direct) return direct;
  // One lower-case description before the name: "innovationsmyndigheten Vinnova".
  const described = /^\s*\p{Ll}+(?:en|et)\s+(?=\p{Lu})/u.exec(rest);
  return described ? nameAt(rest, described[0].length) : null;
}

/**
 * "Sweden's innovation agency Vinnova", "the research council Forte": an English description before the
 * name (a possessive, then a few lower-case words), which `nameAt` would read as the name.
 */
const DESCRIBED_EN = /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:\p{Ll}+\s+){1,3}(?=\p{Lu})/u;

const POSSESSIVE = /^\p{Lu}[\p{L}-]*['’]s\s/u;

/** "Region Skåne ansvarar för att … fördela", "till Region Skåne, som … fördelar dem vidare". */
function distributorIn(view: DocumentView, s: Segment): string | null {
  if (!view.may(s, DISTRIBUTES)) return null;
  const words = view.words(s);
  const cue = findPhrases(words, DISTRIBUTES)[0];
  if (!cue) return null;
  for (let i = cue.at - 1; i >= 0; i--) {
    const w = words[i];
    if (w && RELATIVES.has(w.word)) return nameBefore(view.doc.text, w.start);
  }
  return subjectOf(s, words);
}

function requisitionerIn(view: DocumentView, s: Segment): string | null {
  if (
    !view.may(s, REQUISITION_FROM) &&
    !view.may(s, REQUISITION_WORDS) &&
    !view.may(s, REQUISITIONED_BY)
  )
    return null;
  const words = view.words(s);
  const from = findPhrases(words, REQUISITION_FROM)[0] ?? findPhrases(words, REQUISITIONED_BY)[0];
  const last = from ? words[from.end - 1] : undefined;
  if (last) return nameAt(view.doc.text.slice(last.end, s.end), 0);
  return hasPhrase(words, REQUISITION_WORDS) ? subjectOf(s, words) : null;
}

// "Totalt fördelar Vetenskapsrådet …": an adverb opening the sentence puts the subject after the verb.
const OPENING_ADVERBS = new Set(
  "totalt sammanlagt därutöver dessutom samtidigt sedan nu därefter också".split(" "),
);

// Words that open a sentence as its object, the money told before: the subject comes after the verb.
const FRONTED_OBJECTS = new Set(
  "resten resterande pengarna medlen beloppet summan dem dessa återstoden".split(" "),
);
// A body named by a common noun in the definite form, standing as the subject after the verb.
const BODY_NOUNS = new Set("styrgruppen ledningsgruppen kansliet regionen myndigheten".split(" "));

/**
 * The name a sentence opens with, when a verb of doing follows it (or after the verb, past an opening adverb),
 * else the name right after an opening phrase ("In consultation with …, Region Västerbotten is responsible …").
 */
function subjectOf(s: Segment, words: Token[]): string | null {
  return openingSubject(s, words) ?? subjectAfterOpening(s, words);
}

// An English opening phrase before the subject ends at its comma within this many words.
const OPENING_PHRASE_WORDS = 10;

function subjectAfterOpening(s: Segment, words: Token[]): string | null {
  const comma = s.text.indexOf(",");
  if (comma < 0) return null;
  const at = words.findIndex((w) => w.start - s.start > comma);
  if (at < 1 || at > OPENING_PHRASE_WORDS) return null;
  const start = (words[at] as Token).start - s.start;
  const name = nameAt(s.text, start);
  if (!name) return null;
  const count = name.split(/\s+/).length;
  return ENGLISH_SUBJECT_VERBS.has(words[at + count]?.word ?? "") ? name : null;
}

const ENGLISH_SUBJECT_VERBS = new Set("is are will shall must distributes requisitions".split(" "));

function openingSubject(s: Segment, words: Token[]): string | null {
  const name = nameAt(s.text, 0);
  if (!name) return null;
  const count = name.split(/\s+/).length;
  // "Resten fördelar styrgruppen": an object fronted before the verb; the subject follows it.
  if (count === 1 && FRONTED_OBJECTS.has(name.toLowerCase())) {
    const after = words[2];
    if (!SUBJECT_VERBS.has(words[1]?.word ?? "") || !after) return null;
    const named = nameAt(s.text, after.start - s.start);
    return named ?? (BODY_NOUNS.has(after.word) ? after.word : null);
  }
  if (count === 1 && OPENING_ADVERBS.has(name.toLowerCase())) {
    const after = words[2];
    if (!SUBJECT_VERBS.has(words[1]?.word ?? "") || !after) return null;
    return nameAt(s.text, after.start - s.start);
  }
  return SUBJECT_VERBS.has(words[count]?.word ?? "") ? name : null;
}
