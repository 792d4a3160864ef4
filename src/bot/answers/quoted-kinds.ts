// Money the documents tell that is no grant to sum: what is needed ("behövs uppemot 150 miljoner"), a monthly
// rate ("5,8 milj. kr i månaden"), a cost ("En trioanalys … kostar i dag omkring 25 000 kronor") and a count
// ("7 450 helgenomanalyser"). Asked for, the sentences that say it are quoted, with no figures.
import {
  findAmounts,
  findRelativeYears,
  type Passage,
  reportYear,
  words,
} from "../../knowledge/index.js";
import type { Figure } from "../answer.js";
import { say } from "../say.js";
import type { AnswerContext, Draft } from "./context.js";
import { decline } from "./context.js";

const MAX_PASSAGES = 3;
// The lines a report's title is read from ("Genomic Medicine Sweden / Verksamhetsberättelse 2026").
const OPENING_LINES = 6;
// A sentence that names an amount of money ("150 miljoner kronor", "SEK 40m"), not any number ("covid-19").
const MONEY =
  /\d[\d ,.]{0,15}(?:miljon|miljard|milj|kronor|kr\b|mkr|msek|sek\b|million|billion|bn\b|m\b)|\bsek ?\d/iu;

/** One kind: the question's cue, the words that tell it in a document's sentence, and how the answer leads. */
interface QuotedKind {
  cue: string;
  words: ReadonlySet<string>;
  /** The sentence states this kind (default: it names an amount of money and one of `words`). */
  states?: (text: string) => boolean;
  /** Only sentences about the question's own subject (a cost or count of what was asked, never any). */
  ofSubject?: boolean;
  /** The first quoted sentence's amount is shown as a figure of this label (a cost as stated, never a grant). */
  figure?: [sv: string, en: string];
  lead: [sv: string, en: string];
  none: [sv: string, en: string];
}

const KINDS: readonly QuotedKind[] = [
  {
    cue: "need",
    words: new Set([
      "behöver",
      "behövs",
      "behövde",
      "behövts",
      "behov",
      "behovet",
      "behoven",
      "need",
      "needs",
      "needed",
    ]),
    lead: [
      "Det här säger dokumenten om behovet – inga beslutade medel:",
      "What the documents say is needed – no money decided:",
    ],
    none: [
      "Dokumenten anger inget behov i kronor för det.",
      "The documents state no need in kronor for that.",
    ],
  },
  {
    cue: "perMonth",
    words: new Set(["månaden", "månad", "månadsvis", "month", "monthly"]),
    lead: [
      "Det här säger dokumenten om belopp per månad – inget årsbelopp att summera:",
      "What the documents say about monthly amounts – no year's figure to add up:",
    ],
    none: ["Dokumenten anger inget belopp per månad.", "The documents state no monthly amount."],
  },
  {
    cue: "correction",
    words: new Set([
      "rättelse",
      "rättelsen",
      "rätta",
      "rättade",
      "rättat",
      "korrigerad",
      "korrigerat",
      "correction",
      "corrected",
      "correct",
    ]),
    lead: [
      "Det här säger dokumentens rättelse – det rätta beloppet gäller, inte det först skrivna:",
      "What the documents' correction says – the corrected figure stands, not the one first written:",
    ],
    none: ["Dokumenten rättar inget belopp.", "The documents correct no figure."],
  },
  {
    cue: "cost",
    words: new Set([
      "kostar",
      "kostade",
      "kostnad",
      "kostnaden",
      "kostnaderna",
      "pris",
      "priset",
      "cost",
      "costs",
      "costing",
      "price",
    ]),
    ofSubject: true,
    figure: ["kostnad", "cost"],
    lead: [
      "Det här säger dokumenten om kostnaden – en kostnad, inga medel till GMS:",
      "What the documents say about the cost – a cost, not funding of GMS:",
    ],
    none: [
      "Jag svarar bara på frågor om finansiering av GMS, och dokumenten anger ingen sådan kostnad.",
      "I only answer questions about GMS funding, and the documents state no such cost.",
    ],
  },
  {
    cue: "count",
    words: new Set(),
    states: (text) => countsSomething(text),
    ofSubject: true,
    lead: [
      "Det här säger dokumenten om antalet – ett antal, inga medel:",
      "What the documents say about the number – a count, not funding:",
    ],
    none: [
      "Jag svarar bara på frågor om finansiering av GMS, och dokumenten anger inget sådant antal.",
      "I only answer questions about GMS funding, and the documents state no such count.",
    ],
  },
];

// Words after a number that make it money, a share or a time, not a count of things.
const NOT_COUNTED = new Set([
  "kronor",
  "kr",
  "miljoner",
  "miljon",
  "miljarder",
  "million",
  "millions",
  "billion",
  "procent",
  "percent",
  "år",
  "års",
  "years",
  "year",
  "månader",
  "months",
  "veckor",
  "weeks",
  "dagar",
  "days",
  "kl",
]);

/** "7 450 helgenomanalyser", "9,000 whole-genome analyses": a number of things (no year, no money). */
export function countsSomething(text: string): boolean {
  for (const m of text.matchAll(/(?<![\p{N}.,:/-])(\d{1,3}(?:[ ,]\d{3})+|\d+)\s+([\p{L}-]+)/gu)) {
    const digits = (m[1] ?? "").replace(/[ ,]/g, "");
    if (/^(19|20)\d\d$/.test(digits) && (m[1] ?? "").length === 4) continue;
    if (NOT_COUNTED.has((m[2] ?? "").toLowerCase())) continue;
    return true;
  }
  return false;
}

/** The kind of no-grant money the question asks for, if any. */
export function asksQuotedKind(ctx: AnswerContext): boolean {
  return KINDS.some((k) => !k.ofSubject && ctx.query.cues.has(k.cue));
}

/** "vad kostar en trioanalys?", "how many genomes were analysed?": a cost or count of the subject, quoted. */
export function answerCostOrCount(ctx: AnswerContext): Draft | null {
  const kind = KINDS.find((k) => k.ofSubject && ctx.query.cues.has(k.cue));
  // A word the documents never write alone may still be part of their compounds ("analyser", "trioanalyser").
  const unplaced = ctx.query.coverage.unplaced;
  if (!kind || ctx.query.topicWords.length + unplaced.length === 0) return null;
  const draft = answerQuotedKind(ctx, kind);
  return draft.answered ? draft : null;
}

/** Sentences with an amount that tell the kind asked, those naming the question's subject first. */
export function answerQuotedKind(ctx: AnswerContext, asked?: QuotedKind): Draft {
  const kind =
    asked ??
    KINDS.find((k) => !k.ofSubject && ctx.query.cues.has(k.cue)) ??
    (KINDS[0] as QuotedKind);
  const subject = [...ctx.query.topicWords, ...ctx.query.orgs.map((o) => o.name)];
  const subjectWords = [
    ...ctx.query.topicWords,
    ...ctx.query.stems,
    ...(kind.ofSubject ? ctx.query.coverage.unplaced : []),
  ].map((w) => w.toLowerCase());
  // "the average cost": a sentence telling an average ("i genomsnitt") names more of what was asked.
  for (const [cue, words] of CUE_WORDS) if (ctx.query.cues.has(cue)) subjectWords.push(...words);
  const keys = commonDropped(ctx, subjectKeys(subjectWords));
  const states = kind.states ?? ((text: string) => MONEY.test(text) && tells(text, kind.words));
  // A cost or count asked of a year is one the sentence tells of that year, never another year's.
  const askedYears = kind.ofSubject ? new Set(ctx.query.years) : new Set<number>();
  // A report's sentences tell the year it reports on ("Verksamhetsberättelse 2026"), else the year it came out.
  const published = new Map(
    ctx.knowledge.documents.map((d) => [
      d.id,
      reportYear(d.text.split("\n", OPENING_LINES)) ??
        (Number((d.published ?? "").slice(0, 4)) || null),
    ]),
  );
  const ofYear = (p: Passage) =>
    askedYears.size === 0 ||
    yearsTold(p.text, published.get(p.docId) ?? null).some((y) => askedYears.has(y));
  const wanted = (p: Passage) => !p.heading && states(p.text) && ofYear(p);
  const found = (
    kind.ofSubject
      ? ofSubject(ctx, keys, [...kind.words, ...subject].join(" "), wanted)
      : ctx.knowledge.passages.search([...kind.words, ...subject].join(" "), {
          limit: 50,
          filter: wanted,
        })
  ).slice(0, MAX_PASSAGES);
  if (found.length === 0) return decline("passage", say(ctx.language, ...kind.none));
  const lines = found.map((p) => `• “${p.text}” ${ctx.citations.markers([p]).text}`);
  const text = [say(ctx.language, ...kind.lead), ...lines].join("\n");
  return {
    intent: "passage",
    answered: true,
    text,
    figures: kind.figure ? statedFigure(ctx, found[0], kind.figure) : [],
  };
}

function tells(text: string, words: ReadonlySet<string>): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => words.has(w));
}

// A subject word is known in a sentence by its first six letters inside one of the sentence's words
// ("analyses" in "helgenomanalyser", "trio" in "trioanalys"); a word of fewer than four letters is no subject.
const KEY_LETTERS = 6;
// Words of a question's cue that a sentence about the same cost or count writes too.
const CUE_WORDS: ReadonlyArray<[string, readonly string[]]> = [["average", ["snitt", "average"]]];
const MIN_KEY = 4;

function subjectKeys(words: readonly string[]): string[] {
  const long = words.filter((w) => w.length >= MIN_KEY);
  // A compound is known by its last part too ("helgenomanalys" in "analys").
  const tails = long.filter((w) => w.length >= 2 * KEY_LETTERS).map((w) => w.slice(-KEY_LETTERS));
  const keys = [...new Set([...long.map((w) => w.slice(0, KEY_LETTERS)), ...tails])];
  // One word counts once: "gjorde" (of "gjordes") is left out beside "gjord" (of its stem).
  return keys.filter((k) => !keys.some((o) => o !== k && k.startsWith(o)));
}

function keysIn(text: string, keys: readonly string[]): number {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  return keys.filter((k) => words.some((w) => w.includes(k))).length;
}

/** The years a sentence tells: those it writes, those told relative to its document's year ("i fjol"), else
 * the document's own year (a cost "i dag", a count "now"). */
function yearsTold(text: string, docYear: number | null): number[] {
  const written = [...text.matchAll(/(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])/gu)].map((m) =>
    Number(m[0]),
  );
  const relative =
    docYear === null
      ? []
      : findRelativeYears(words(text)).flatMap((r) =>
          Array.from({ length: r.to - r.from + 1 }, (_, i) => docYear + r.from + i),
        );
  const told = [...written, ...relative];
  return told.length > 0 ? told : docYear === null ? [] : [docYear];
}

/** Subject words in nearly every document ("genomic", of every "Genomic Medicine Sweden") tell no subject apart. */
const COMMON_SHARE = 0.8;
// Fewer documents than this tell nothing of how common a word is.
const COMMON_MIN_DOCS = 5;

function commonDropped(ctx: AnswerContext, keys: readonly string[]): string[] {
  const docs = ctx.knowledge.documents.map((d) => d.text.toLowerCase());
  if (docs.length < COMMON_MIN_DOCS) return [...keys];
  return keys.filter((k) => docs.filter((d) => d.includes(k)).length <= docs.length * COMMON_SHARE);
}

/**
 * Sentences naming the asked subject, also inside a compound the word index does not split ("analyses" in
 * "helgenomanalyser"): those naming most of it first ("trio" and "analys"), then the search's best.
 */
function ofSubject(
  ctx: AnswerContext,
  keys: readonly string[],
  query: string,
  wanted: (p: Passage) => boolean,
): Passage[] {
  if (keys.length === 0) return [];
  const rank = new Map(
    ctx.knowledge.passages.search(query, { limit: 50 }).map((p, i) => [p.id, i]),
  );
  const named = ctx.knowledge.passages
    .all()
    .map((p) => ({ p, n: keysIn(p.text, keys) }))
    .filter(({ p, n }) => n > 0 && wanted(p));
  const order = (id: number) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return named.sort((a, b) => b.n - a.n || order(a.p.id) - order(b.p.id)).map(({ p }) => p);
}

/** The amount the best sentence states ("runt 9 000 kronor per prov"), labelled by its kind, cited to it. */
function statedFigure(
  ctx: AnswerContext,
  passage: Passage | undefined,
  label: [sv: string, en: string],
): Figure[] {
  const amount = passage ? findAmounts(passage.text)[0] : undefined;
  if (!passage || !amount) return [];
  const citations = ctx.citations.markers([passage]).ids;
  return [
    {
      amountSek: amount.valueSek,
      year: null,
      label: say(ctx.language, ...label),
      derived: false,
      citations,
    },
  ];
}

const CORRECTION = KINDS.find((k) => k.cue === "correction") as QuotedKind;

/**
 * "stämmer 12 miljoner till RS?": an amount the documents' own correction names (as the wrong one or the
 * right one) is asked about that correction.
 */
export function correctionNames(ctx: Pick<AnswerContext, "knowledge" | "query">): boolean {
  if (ctx.query.amounts.length === 0) return false;
  const asked = new Set(ctx.query.amounts.map((a) => a.valueSek));
  return correctionAmounts(ctx.knowledge).some((v) => asked.has(v));
}

// The amounts the documents' correction sentences name, read once per loaded knowledge; most sentences are
// passed over by their letters alone.
const MAY_CORRECT = /rätt|correct|korrig/iu;
const CORRECTED = new WeakMap<AnswerContext["knowledge"], number[]>();

function correctionAmounts(knowledge: AnswerContext["knowledge"]): number[] {
  let found = CORRECTED.get(knowledge);
  if (!found) {
    found = knowledge.passages
      .all()
      .filter((p) => !p.heading && MAY_CORRECT.test(p.text) && tells(p.text, CORRECTION.words))
      .flatMap((p) => findAmounts(p.text).map((a) => a.valueSek));
    CORRECTED.set(knowledge, found);
  }
  return found;
}
