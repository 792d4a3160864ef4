import {
  type AmountMatch,
  CONDITION_HEADS,
  compoundHead,
  expandCoordination,
  findAmounts,
  findDates,
  GENERIC_CONDITION_HEADS,
  isContentWord,
  MONTH_NAMES_EN,
  MONTH_NAMES_SV,
  phraseStems,
  stem,
  TOPICS,
  words,
} from "../knowledge/index.js";
import type { Language } from "./answer.js";
import { swedishCognates, translateToSwedish } from "./glossary.js";
import { detectLanguage } from "./language.js";
import {
  GIVING_BODIES,
  LEXICON,
  type QuestionToken,
  RANK_MAX,
  RANK_WORDS,
  tokenize,
} from "./lexicon.js";
import { findLexicon, type LexHit, valuesOf } from "./lexicon-match.js";
import { correctNames, markSwedishLetters } from "./name-typos.js";
import { readYears, type YearReading } from "./question-years.js";
import { readComparedYear, readThreshold, type Threshold } from "./threshold.js";
import type { Vocabulary } from "./vocabulary.js";

/** The lexicon's operation cues ("payer", "share", "perYear", …) and question words ("who", "yesNo", …). */
export type Cue = string;

/** The role an organisation plays in the question: who gives, gets, pays out, requisitions or distributes. */
export type OrgRole = "funder" | "recipient" | "payer" | "requisitioner" | "distributor" | "any";

export interface AskedOrg {
  /** The organisation's name as the documents write it ("Socialstyrelsen" for "SoS"). */
  name: string;
  role: OrgRole;
}

/** What the question's words did: used for the reading, known noise, or not placed at all. */
export interface Coverage {
  used: string[];
  noise: string[];
  /** Content words the bot could not place: they are named back to the asker, never silently dropped. */
  unplaced: string[];
}

/** What a question asks, read once; its years, span, since, before, latest and dates are the year reading's. */
export interface Query
  extends Pick<YearReading, "years" | "span" | "since" | "before" | "latest" | "dates"> {
  /** The question as asked: for saying the asker's words back, never for choosing or matching. */
  text: string;
  language: Language;
  /** Operation cues and question words the lexicon found. */
  cues: Set<Cue>;
  /** Months named, with or without a year ("the april 2026 decision", "i februari"): 1–12. */
  months: number[];
  amounts: AmountMatch[];
  /** "över 100 miljoner", "more than 80m": the one asked amount set as a bar for a yes or no. */
  threshold: Threshold | null;
  /** "anslag 1:6": the appropriation the question names ("1:6"); null when none. */
  appropriation?: string | null;
  /** "top 3", "de tre största": how many of the largest or smallest are asked for; null for one. */
  rank?: number | null;
  /** The question ends with a question mark ("lungcancer 2022 under 10 mkr?"): asked, not a filter. */
  questionMark: boolean;
  /** "mer 2026 än 2027": the year after "än"/"than", the one the other year is measured against. */
  comparedYear: number | null;
  /** Topic stems in the documents' Swedish (translated, corrected, compounds joined). */
  stems: string[];
  /** Steps of the years read relative to the date of asking ("last year": -1); a follow-up re-reads them. */
  relativeSteps?: number[];
  /** The Swedish words behind `stems`, as the question (translated) wrote them: for searches and saying back. */
  topicWords: string[];
  /** Known topic keys the question names. */
  topics: string[];
  /** Conditions the documents never mention ("prostatacancer", "diabetes"), as the asker wrote them. */
  unknown: string[];
  /** Organisations named, each in its role. */
  orgs: AskedOrg[];
  /** Names of people ("Lena Hallengren"). */
  people: string[];
  /** Names of projects and programmes the documents use ("SHARE-GEN"): searched as written. */
  names: string[];
  /** "anslagsposten 33": the numbered budget line named, if any. */
  budgetLine: string | null;
  /** Subjects outside the documents (weather, sports, another country). */
  offTopic: string[];
  /** The asker's own topic words, as written ("prostate cancer"): for declines. */
  asked: string;
  coverage: Coverage;
  /**
   * The asker's own (untranslated) words that the documents use: a second try for English documents,
   * read only when that try is needed.
   */
  ownStems: () => string[];
  /** The topic stems with English cognates in Swedish ("projects" → "projekt"): a try for Swedish documents. */
  cognateStems?: () => string[];
  mentionsGms: boolean;
  /** The question names the state (the government) among its organisations ("stod staten för"). */
  namesState?: boolean;
  /** Kinds of document the question points to ("enligt riksdagssvaret", "the June press release"). */
  docKinds: string[];
  /** Reference numbers the documents are filed under that the question names ("S2026/01867"). */
  references: string[];
  /** Web addresses the question carries ("vad säger https://…?"): a document is named by its own address. */
  links?: string[];
  /** Amounts in another currency ("EUR 7.5 million"), as their numbers ("7.5"): never read as kronor. */
  foreign: string[];
  /** What the question leaves out ("utan medfinansiering", "excluding AMR"): never part of the reading above. */
  excluded: Excluded;
  /** A follow-up's years came from the conversation ("egen medfin?" after "och i fjol?"), not from its words. */
  yearsFromConversation?: boolean;
}

/** The words after "utan", "exklusive", "not counting": cues, organisations and topics to leave out. */
export interface Excluded {
  /** The asker's words, for saying back. */
  words: string[];
  cues: Cue[];
  orgs: string[];
  stems: string[];
  topics: string[];
}

const YEAR_WITH_UNIT =
  /^\s*((?:19|20)\d\d)\s*(?:mnkr|mkr|msek|tkr|kr|sek|kronor|miljoner|milj|mn|m)\.?\s*$/i;
// "hjärt -27 mkr?", "farmgen '28 mnkr": two digits after a year mark are a year; the unit is the one asked in.
const SHORT_YEAR_WITH_UNIT =
  /^\s*(\d\d)\s*(?:mnkr|mkr|msek|tkr|kr|sek|kronor|miljoner|milj|mn|m)\.?\s*$/i;
const YEAR_MARKS = new Set(["-", "'", "’", "´"]);

function markedShortYear(text: string, a: AmountMatch): string | undefined {
  const digits = SHORT_YEAR_WITH_UNIT.exec(a.text)?.[1];
  const mark = text[a.start - 1] ?? "";
  const before = text[a.start - 2];
  if (!digits || !YEAR_MARKS.has(mark) || (before !== undefined && !/\s/.test(before)))
    return undefined;
  return `20${digits}`;
}
const GMS_WORD = /^(?:gms|genomic|medicine|medicin|sweden)$/;
// The field GMS is named for, as a question may name it instead of GMS ("genomics", "genomik").
const GMS_FIELD_STEMS: ReadonlySet<string> = new Set(
  [
    "genomic",
    "genomics",
    "genomik",
    "genomiken",
    "genomisk",
    // "genomic medicine", "genomisk medicin": read as one compound word.
    "genomicmedicine",
    "genomiskmedicin",
    "genomiskmedicinen",
  ].map((w) => stem(w)),
);
const QUESTION_MARK = /\?\s*$/;
// "3 mil", "12,5 mille": colloquial millions, which the documents never write.
const BARE_MILLIONS =
  /(?<![\p{L}\p{N}.,'’-])(\d{1,3}[,.]\d{1,2})(?![\p{N}.,%]|\s*(?:%|procent|percent))/gu;
const MILLIONS_WORD = /miljon|million|mnkr|msek|mkr|\dm\b|\smn?\b/iu;
// "är 12,5 mkr en del av 66?": a bare whole number after "av", "of", "than" beside amounts in millions.
const BARE_AFTER_OF =
  /(?<![\p{L}])(?:av|of|than|än|utöver)\s+(?:the\s+|de\s+)?(\d{1,3})(?![\p{N}.,%\p{L}]|\s*(?:%|procent|percent))/dgiu;
// "stämmer det att det var 85?", "was it 85?": a bare whole number a claim names ("det var", "it was") is millions.
const BARE_CLAIMED =
  /(?<![\p{L}])(?:(?:det|it)\s+(?:var|är|blev|was|is)|(?:var|är|blev|was|is)\s+(?:det|it))\s+(?:bara\s+|only\s+|just\s+)?(\d{1,3})(?![\p{N}.,%\p{L}]|\s*(?:%|procent|percent))/dgiu;
// "112 mnkr, ingår regionernas 30?", "is the 6 part of the regions' 20": a bare whole number owned by a genitive
// or pointed at by a determiner, beside amounts in millions, is millions too, never a year ("30" as 2030).
const BARE_OWNED =
  /(?<![\p{L}])(?:de|the|those|these|dessa|deras|their|its|dess|(?!gms)\p{L}{4,}(?:s|s'|s’|'s|’s))\s+(\d{1,3})(?![\p{N}.,%\p{L}'’-]|\s*(?:%|procent|percent))/dgiu;
const MIL = /(?<![\p{L}\p{N}])(\d+(?:[.,]\d+)?)\s*mil(?:le|j)?(?![\p{L}])/giu;

// Every single word the lexicon gives a role other than topic: those never name a topic.
const ROLE_WORDS = new Set(
  LEXICON.filter(
    (e) =>
      !["topic", "tail"].includes(e.role) && e.tokens.length === 1 && !e.tokens[0]?.endsWith("*"),
  )
    .map((e) => e.tokens[0] ?? "")
    .filter((w) => w.length > 0),
);
const ORG_WORDS = new Set(
  LEXICON.filter((e) => e.role === "org" && e.tokens.length === 1).flatMap((e) => e.tokens),
);

export interface ParseOptions {
  hint?: Language;
  /** The date of asking (YYYY-MM-DD): relative years ("i fjol") are read against it. */
  today?: string;
  /** Words of links' labels: read as words, but one the bot cannot place is noise, never said back. */
  labels?: readonly string[];
}

export function parseQuestion(
  asked: string,
  vocabulary: Vocabulary,
  options: ParseOptions = {},
): Query {
  const written = tokenize(asked, vocabulary.isName);
  const corrected = correctNames(asked, written, vocabulary.has);
  const correctedTokens = corrected === asked ? written : tokenize(corrected, vocabulary.isName);
  // The asker's language is read from the letters they typed, before any marks are put back ("ornberg").
  const text = markSwedishLetters(corrected, correctedTokens, vocabulary.has);
  const tokens = text === corrected ? correctedTokens : tokenize(text, vocabulary.isName);
  const all = findLexicon(tokens);
  const scope = negatedScope(text, tokens, all);
  const scopeText = scope.to > scope.from ? textOf(text, tokens, scope) : "";
  const names = projectNames(text, vocabulary);
  // The topic is read from the question without what it leaves out.
  const kept = scopeText === "" ? text : blank(text, tokens, scope);
  const swedish = translateToSwedish(kept);
  // The question and its Swedish are often the same text: its words and amounts are then read once.
  const asWritten = readText(text);
  const asSwedish = swedish === text ? asWritten : readText(swedish);
  const inScope = (h: LexHit) => h.from >= scope.from && h.to <= scope.to;
  // "utan medfinansiering": a cue, name or topic after a negation is left out, not asked about.
  const listed = all.filter((h) => !inScope(h) || h.entry.role === "noise" || isNegation(h));
  // An unlisted "Region X" is an organisation like a listed one: its words are no topic.
  const hits = [...listed, ...unlistedRegions(text, tokens, listed, vocabulary)];
  // "nordigen": a word the documents write only as a name is searched whole, as a project's name is.
  const nameWords = wordNames(tokens, hits, vocabulary);
  for (const n of nameWords.values()) if (!names.includes(n)) names.push(n);
  const references = referencesIn(text, vocabulary);
  const amounts = questionAmounts(text, asWritten.amounts);
  const when = readYears(text, tokens, hits, amounts.amounts, options.today);
  when.spans.push(...amounts.yearSpans);
  const years = new Set([...when.years, ...amounts.years]);
  const negated = negatedYear(text, tokens, all);
  if (negated) years.delete(negated.year);
  // "in 2024 according to the June 2025 press release": the month's year dates the document, not the money.
  const docKinds = valuesOf(
    hits.filter((h) => !yearsDecision(text, tokens, h)),
    "doc",
  );
  for (const y of documentYears(when.dates, docKinds)) if (years.size > 1) years.delete(y);
  for (const y of yearsAfterDocument(tokens, hits)) if (years.size > 1) years.delete(y);
  const cues = new Set<Cue>([
    ...valuesOf(hits, "cue"),
    ...valuesOf(hits, "question"),
    // "året innan", "senaste året": relative to the conversation or the documents, not the clock.
    ...valuesOf(hits, "time").filter((v) => !/^[-+]?\d/.test(v)),
  ]);
  // "2026 -> 2027?": an arrow between two years asks how the money changed from the one to the other.
  if (arrowBetweenYears(tokens)) cues.add("change");
  // "how much could Socialstyrelsen use in total": what an agency may use in all is its budget frame.
  if (cues.has("mayUse") && cues.has("total") && !cues.has("ownWork")) cues.add("frame");
  // "2027 jämfört med året innan", "more in 2026 than the year after": a comparison's other year is the one
  // next to the year it names.
  // Without a comparison, "the year after 2026" is that one year.
  const [named] = years;
  let neighbour: number | null = null;
  if (years.size === 1 && named !== undefined) {
    if (cues.has("prev")) neighbour = named - 1;
    else if (cues.has("after")) neighbour = named + 1;
    if (neighbour !== null && !COMPARING.some((c) => cues.has(c))) years.delete(named);
    if (neighbour !== null) years.add(neighbour);
  }
  // "får GMS mer än i fjol?", "more money than last year": a year told back from the date of asking is the
  // one measured against, and the year asked about is the year of asking.
  const yearAsked = options.today ? Number(options.today.slice(0, 4)) : null;
  const [step] = when.relativeSteps;
  const againstRelative =
    neighbour === null &&
    named !== undefined &&
    years.size === 1 &&
    yearAsked !== null &&
    when.relativeSteps.length === 1 &&
    step !== 0 &&
    cues.has("than") &&
    (cues.has("more") || cues.has("less"));
  if (againstRelative && yearAsked !== null) {
    neighbour = named;
    years.add(yearAsked);
  }
  // Words this question uses as cues, names or noise ("säger" in "vad säger dokumenten") are no topic.
  const claimed = new Set<string>();
  // "de tre största": the count of a ranking is no topic.
  const rank = readRank(tokens, hits);
  if (rank) claimed.add(rank.word);
  for (const h of hits) if (h.entry.role !== "topic") addWords(claimed, tokens, h);
  addWords(claimed, tokens, scope);
  // "S2026/01867": the number's letters and digits are no topic.
  for (const t of tokens)
    if (references.some((r) => t.start < r.end && t.end > r.start)) claimed.add(t.word);
  // "före 2023", "sedan 2020": the word bounding the years was read with them.
  for (const t of tokens)
    if (/^\p{L}/u.test(t.word) && when.spans.some((s) => t.start < s.end && t.end > s.start))
      claimed.add(t.word);
  // "According to Swedish Radio, how much …": the source named before the comma is no topic.
  for (const w of sourceOpening(text, tokens)) claimed.add(w.toLowerCase());
  // "enligt Vänsterpartiets motion": whose document it is, no topic of its money.
  const owners = documentOwners(tokens, hits);
  for (const t of owners) claimed.add(t.word);
  if (swedish !== text) {
    for (const w of sourceOpening(swedish, asSwedish.words)) claimed.add(w.toLowerCase());
    // "its own administration" → "eget arbete": a cue the translation became is no topic either.
    const swedishTokens = tokenize(swedish, vocabulary.isName);
    for (const h of findLexicon(swedishTokens))
      if (h.entry.role === "cue" || h.entry.role === "noise") addWords(claimed, swedishTokens, h);
  }
  // "SHARE-GEN" is a name, searched as written: its parts ("gen") are no topic of their own.
  for (const n of names) for (const part of n.toLowerCase().split("-")) claimed.add(part);
  for (const w of nameWords.keys()) claimed.add(w);
  if (scopeText !== "") for (const t of words(translateToSwedish(scopeText))) claimed.add(t.word);
  const topicPart = topicWords(swedish, vocabulary, claimed, asSwedish);
  const language = detectLanguage(corrected, options.hint);
  const orgs = askedOrgs(text, tokens, hits, language === "en");
  // GMS and the government are in nearly every question: as organisations they count only when giving.
  const otherOrgs = orgs.filter(
    (o) =>
      (o.name !== "GMS" || o.role === "funder" || o.role === "payer") && o.name !== "regeringen",
  );
  // "how much did sweden spend on genomics in total": the field GMS is named for, asked with nothing else
  // to search for, is GMS; never a search for the word over every document ("AI genomics projects" keeps
  // its other words and is searched as before).
  const fieldOnly =
    topicPart.stems.length > 0 &&
    topicPart.topics.length === 0 &&
    names.length === 0 &&
    otherOrgs.length === 0 &&
    topicPart.stems.every((s) => GMS_FIELD_STEMS.has(s));
  const mentionsGms = orgs.some((o) => o.name === "GMS") || GMS_PHRASE.test(text) || fieldOnly;
  const query: Query = {
    text,
    language,
    cues,
    years: [...years].sort((a, b) => a - b),
    span: when.span,
    since: when.since,
    before: when.before,
    latest: when.latest,
    dates: when.dates,
    months: months(tokens, hits),
    amounts: amounts.amounts,
    threshold: readThreshold(tokens, amounts.amounts),
    questionMark: QUESTION_MARK.test(text),
    rank: rank?.count ?? null,
    // "more in 2027 than the year before": the neighbouring year is the one measured against.
    comparedYear: readComparedYear(tokens) ?? (cues.has("than") ? neighbour : null),
    // Field by field rather than spread: the reading keeps one shape.
    stems: fieldOnly ? [] : topicPart.stems,
    topicWords: fieldOnly ? [] : topicPart.topicWords,
    relativeSteps: when.relativeSteps,
    topics: topicPart.topics,
    unknown: topicPart.unknown,
    orgs: otherOrgs,
    people: people(text, tokens, hits, vocabulary),
    names,
    budgetLine: budgetLine(tokens),
    appropriation: appropriation(text, tokens),
    offTopic: valuesOf(hits, "offtopic"),
    asked: askedWords(asWritten.words),
    coverage: { used: [], noise: [], unplaced: [] },
    ownStems: once(() => (swedish === kept ? [] : topicWords(kept, vocabulary, claimed).stems)),
    cognateStems: once(() => {
      const cognates = swedishCognates(swedish);
      return cognates === swedish ? [] : topicWords(cognates, vocabulary, claimed).stems;
    }),
    mentionsGms,
    namesState: orgs.some((o) => o.name === "regeringen"),
    docKinds,
    references: references.map((r) => r.number),
    foreign: [...(MAY_BE_FOREIGN.test(text) ? text.matchAll(FOREIGN) : [])].map((m) =>
      (m[1] ?? m[2] ?? "").replace(",", "."),
    ),
    excluded: excludedPart(scopeText, all.filter(inScope), cues, vocabulary),
  };
  // "ap 24 2026 hur mkt?": money asked of a numbered budget line is what is booked against it, a frame.
  if (query.budgetLine !== null && cues.has("howMuch")) cues.add("frame");
  const scopeSpan = { start: tokens[scope.from]?.start ?? 0, end: tokens[scope.to - 1]?.end ?? 0 };
  query.coverage = coverage(
    text,
    tokens,
    hits,
    [
      ...when.spans,
      ...amounts.amounts,
      ...references,
      ...(scope.to > scope.from ? [scopeSpan] : []),
      ...sourceSpan(text, tokens),
      ...owners,
      ...(rank ? [rank] : []),
    ],
    query,
    vocabulary,
    asSwedish.words,
  );
  for (const w of when.unresolved) query.coverage.unplaced.push(w);
  // "[click here](https://…)": a link's label the bot cannot place is no part of what was asked.
  const labels = new Set((options.labels ?? []).map((w) => w.toLowerCase()));
  if (labels.size > 0) {
    const label = (w: string) => labels.has(w.toLowerCase());
    query.coverage.noise.push(...query.coverage.unplaced.filter(label));
    query.coverage.unplaced = query.coverage.unplaced.filter((w) => !label(w));
    query.unknown = query.unknown.filter((w) => !w.split(/\s+/).some(label));
  }
  // "in english pls": filler is never said back as what was asked about.
  const noise = new Set(query.coverage.noise.map((w) => w.toLowerCase()));
  if (noise.size > 0)
    query.asked = query.asked
      .split(" ")
      .filter((w) => !noise.has(w))
      .join(" ");
  // "utan 2022" with no other year: nothing to leave it out of, so it is named back, never summed over.
  if (negated && years.size === 0) query.coverage.unplaced.push(negated.phrase);
  return query;
}

// A case or Riksdag number as written: "S2026/01867", "Fi2025/123/1", "RS 2027/00213", "2026/27:412".
// A Riksdag number is tried first ("2026/27:412", not its "2026/27"), and a letter prefix starts a word
// ("fråga 2026/27:412" holds no "åga 2026/27").
const REFERENCE_LIKE =
  /(?<![\p{L}\p{N}])(?:\d{4}\/\d{2}:\d{1,5}|(?:\p{L}{1,4}\s?)?\d{4}\/\d{2,6}(?:\/\d{1,4})?)/gu;

/** The reference numbers the documents are filed under that the question names, where they stand. */
function referencesIn(
  text: string,
  vocabulary: Vocabulary,
): Array<{ number: string; start: number; end: number }> {
  if (!vocabulary.reference || !text.includes("/")) return [];
  const out: Array<{ number: string; start: number; end: number }> = [];
  for (const m of text.matchAll(REFERENCE_LIKE)) {
    const start = m.index ?? 0;
    const number = vocabulary.reference(m[0].toLowerCase());
    if (number) out.push({ number, start, end: start + m[0].length });
  }
  return out;
}

/** Adds the words of tokens `from` to `to` (exclusive). */
function addWords(
  into: Set<string>,
  tokens: readonly QuestionToken[],
  r: { from: number; to: number },
): void {
  for (let i = r.from; i < r.to && i < tokens.length; i++) into.add(tokens[i]?.word ?? "");
}

/** The years of "the June 2025 press release": a month and year beside a kind of document name its date. */
/** "'27-beslutet", "2028-beslutet": a year joined to "beslutet" names that year's decision, not a document. */
function yearsDecision(text: string, tokens: ReturnType<typeof tokenize>, h: LexHit): boolean {
  const before = tokens[h.from - 1];
  return (
    h.entry.role === "doc" &&
    h.to - h.from === 1 &&
    tokens[h.from]?.word === "beslutet" &&
    before !== undefined &&
    text[before.end] === "-" &&
    YEAR_TOKEN.test(before.word)
  );
}

function documentYears(dates: YearReading["dates"], docKinds: readonly string[]): number[] {
  if (docKinds.length === 0) return [];
  return dates.filter((d) => d.kind === "month" && d.month !== null).map((d) => d.year);
}

// "the budget bill for 2028", "BP:n 2028": words between a kind of document and the year that dates it.
const DOC_YEAR_LINKS = new Set(["for", "för", "of", "från", "from", "n"]);

/** "What had the budget bill for 2028 estimated for 2029": the year right after a document's kind dates it. */
function yearsAfterDocument(tokens: readonly QuestionToken[], hits: readonly LexHit[]): number[] {
  const out: number[] = [];
  for (const h of hits) {
    if (h.entry.role !== "doc") continue;
    let i = h.to;
    while (DOC_YEAR_LINKS.has(tokens[i]?.word ?? "") && i < h.to + 2) i++;
    const year = tokens[i]?.word ?? "";
    if (/^(19|20)\d\d$/.test(year)) out.push(Number(year));
  }
  return out;
}

/** "exklusive 2022", "except 2023": the year right after a negation is left out of the asked years. */
function negatedYear(
  text: string,
  tokens: readonly QuestionToken[],
  hits: readonly LexHit[],
): { year: number; phrase: string } | null {
  const neg = hits.find(isNegation);
  const next = neg ? tokens[neg.to] : undefined;
  if (!neg || !next || !/^(19|20)\d\d$/.test(next.word)) return null;
  return { year: Number(next.word), phrase: text.slice(tokens[neg.from]?.start ?? 0, next.end) };
}

// "EUR 7.5 million", "7,5 miljoner euro": an amount in another currency.
const FOREIGN =
  /(?<![\p{L}])(?:eur|euro|€|usd|\$)\s*(\d+(?:[.,]\d+)?)|(\d+(?:[.,]\d+)?)\s*(?:million|miljoner|mn|m)?\s*(?:eur|euro|euros|€|usd|dollars?)(?![\p{L}])/giu;
// Every match of FOREIGN holds one of these: most questions are ruled out without its lookbehind scan.
const MAY_BE_FOREIGN = /eur|€|usd|\$|dollar/iu;

/** A text's words and its amounts (read loosely, as a question's are). */
interface TextReading {
  words: ReturnType<typeof words>;
  amounts: AmountMatch[];
}

// "'27", "’28": an apostrophe before two digits writes a year, never an amount ("farmgen '28 vs '27 mnkr").
const SHORT_YEAR_MARK = /['’]$/u;

function readText(text: string): TextReading {
  const amounts = findAmounts(text, { loose: true }).filter(
    (a) => !SHORT_YEAR_MARK.test(text.slice(Math.max(0, a.start - 1), a.start)),
  );
  return { words: words(text), amounts };
}

const isNegation = (h: LexHit) => h.entry.role === "cue" && h.entry.value === "without";
const NEGATION_SCOPE = 4;

/**
 * The tokens a negation governs: from the word after "utan"/"excluding" up to a punctuation mark, a number
 * or four words, whichever comes first. Empty (from === to) when the question negates nothing.
 */
function negatedScope(
  text: string,
  tokens: readonly QuestionToken[],
  hits: readonly LexHit[],
): { from: number; to: number } {
  const neg = hits.find(isNegation);
  if (!neg) return { from: 0, to: 0 };
  let to = neg.to;
  while (to < tokens.length && to - neg.to < NEGATION_SCOPE) {
    const t = tokens[to];
    const gap = text.slice(tokens[to - 1]?.end ?? 0, t?.start ?? 0);
    if (!t || /\d/.test(t.word) || /[,.;:?!–—()]/.test(gap)) break;
    to += 1;
  }
  return { from: neg.to, to };
}

function blank(text: string, tokens: readonly QuestionToken[], r: { from: number; to: number }) {
  const start = tokens[r.from]?.start ?? 0;
  const end = tokens[r.to - 1]?.end ?? 0;
  return `${text.slice(0, start)}${" ".repeat(end - start)}${text.slice(end)}`;
}

function textOf(text: string, tokens: readonly QuestionToken[], r: { from: number; to: number }) {
  return text.slice(tokens[r.from]?.start ?? 0, tokens[r.to - 1]?.end ?? 0);
}

/** What the negation leaves out: its cues (unless asked elsewhere too), organisations and topics. */
function excludedPart(
  scopeText: string,
  negated: readonly LexHit[],
  cues: ReadonlySet<Cue>,
  vocabulary: Vocabulary,
): Excluded {
  if (scopeText === "") return { words: [], cues: [], orgs: [], stems: [], topics: [] };
  const topic = topicWords(translateToSwedish(scopeText), vocabulary, new Set());
  return {
    words: [scopeText],
    cues: valuesOf(negated, "cue").filter((c) => !cues.has(c)),
    orgs: valuesOf(negated, "org"),
    stems: topic.stems,
    topics: topic.topics,
  };
}

// Month names in both languages, and their three-letter forms ("17 dec").
const MONTHS = new Map(
  [...MONTH_NAMES_SV, ...MONTH_NAMES_EN].flatMap((m, i) => [
    [m.toLowerCase(), (i % 12) + 1] as const,
    [m.toLowerCase().slice(0, 3), (i % 12) + 1] as const,
  ]),
);

/** Months named; a word the lexicon reads otherwise ("may" in "may use") is none. */
function months(tokens: readonly QuestionToken[], hits: readonly LexHit[]): number[] {
  const claimed = (i: number) =>
    hits.some((h) => h.entry.role !== "noise" && i >= h.from && i < h.to);
  const found = tokens.map((t, i) =>
    claimed(i) || (t.word === "may" && !monthMay(tokens, i)) ? undefined : MONTHS.get(t.word),
  );
  return [...new Set(found.filter((m) => m !== undefined))];
}

// "How much may Kammarkollegiet use": English "may" is the month only beside a day or a year, or after a word
// that places a time ("in May", "since may").
const BEFORE_MONTH = new Set([
  "in",
  "of",
  "during",
  "since",
  "until",
  "till",
  "by",
  "from",
  "before",
  "after",
  "early",
  "late",
  "mid",
]);
const NUMBER = /^\d/;

function monthMay(tokens: readonly QuestionToken[], i: number): boolean {
  const before = tokens[i - 1]?.word ?? "";
  const after = tokens[i + 1]?.word ?? "";
  return NUMBER.test(before) || NUMBER.test(after) || BEFORE_MONTH.has(before);
}

const GMS_PHRASE = /(?<![\p{L}])gms(?![\p{L}])|genomic medicin/iu;

// Currencies other than the krona, as a question writes them beside an amount.
const FOREIGN_CURRENCIES = new Set([
  "eur",
  "euro",
  "euros",
  "€",
  "usd",
  "dollar",
  "dollars",
  "$",
  "nok",
  "dkk",
  "gbp",
  "£",
]);

// A unit between an amount and its currency: "1.3m euro", "1,3 miljoner euro", "2 mn dollars".
const CURRENCY_UNITS = new Set([
  "m",
  "mn",
  "mil",
  "milj",
  "miljon",
  "miljoner",
  "million",
  "millions",
]);

/** The word right before or right after the amount (past a unit) names another currency ("EUR 2.4 million",
 * "2 m euros", "1.3m euro"). */
function inForeignCurrency(text: string, a: AmountMatch): boolean {
  const before =
    text
      .slice(Math.max(0, a.start - 8), a.start)
      .trim()
      .split(/\s+/)
      .at(-1) ?? "";
  const next = text
    .slice(a.end, a.end + 20)
    .replace(/^(\p{L}+)/u, " $1")
    .trim()
    .split(/[\s,.?!]+/);
  const after = CURRENCY_UNITS.has((next[0] ?? "").toLowerCase()) ? next[1] : next[0];
  const inner = a.text.split(/\s+/);
  return [before, after ?? "", ...inner].some((w) => FOREIGN_CURRENCIES.has(w.toLowerCase()));
}

/** Amounts the question names; "lungcancer 2022 mnkr" names a year asked in a unit, not an amount. */
function questionAmounts(
  text: string,
  found: readonly AmountMatch[],
): {
  amounts: AmountMatch[];
  years: number[];
  yearSpans: AmountMatch[];
} {
  const amounts: AmountMatch[] = [];
  const years: number[] = [];
  const yearSpans: AmountMatch[] = [];
  // "the EUR 2.4 million", "2 million euros": an amount in another currency is no SEK amount to look up;
  // its span stays taken, so its number is not read again as a bare one.
  const foreign = found.filter((a) => inForeignCurrency(text, a));
  for (const a of found) {
    if (foreign.includes(a)) continue;
    const year = YEAR_WITH_UNIT.exec(a.text)?.[1] ?? markedShortYear(text, a);
    if (year) {
      years.push(Number(year));
      yearSpans.push(a);
    } else amounts.push(a);
  }
  // "uppdelning 16,5": a bare decimal number in a question about money is millions; so is one beside
  // amounts in millions ("is the 6 million part of the 15.75").
  if (amounts.every((a) => MILLIONS_WORD.test(a.text))) {
    for (const m of text.matchAll(BARE_MILLIONS)) {
      const start = m.index ?? 0;
      const taken = [...amounts, ...foreign];
      if (taken.some((a) => start < a.end && start + m[0].length > a.start)) continue;
      const valueSek = Math.round(Number((m[1] ?? "0").replace(",", ".")) * 1_000_000);
      const bare = { start, end: start + m[0].length, text: m[0], valueSek, qualifier: null };
      if (!inForeignCurrency(text, bare)) amounts.push(bare);
    }
    for (const m of text.matchAll(BARE_CLAIMED)) {
      const [start, end] = m.indices?.[1] ?? [0, 0];
      if (end === 0 || [...amounts, ...foreign].some((a) => start < a.end && end > a.start))
        continue;
      amounts.push({
        start,
        end,
        text: m[1] ?? "",
        valueSek: Number(m[1]) * 1_000_000,
        qualifier: null,
      });
    }
    if (amounts.length > 0)
      for (const m of [...text.matchAll(BARE_AFTER_OF), ...text.matchAll(BARE_OWNED)]) {
        const [start, end] = m.indices?.[1] ?? [0, 0];
        if (end === 0 || [...amounts, ...foreign].some((a) => start < a.end && end > a.start))
          continue;
        const valueSek = Number(m[1]) * 1_000_000;
        amounts.push({ start, end, text: m[1] ?? "", valueSek, qualifier: null });
      }
  }
  for (const m of text.matchAll(MIL)) {
    const start = m.index ?? 0;
    if (amounts.some((a) => start < a.end && start + m[0].length > a.start)) continue;
    const valueSek = Math.round(Number((m[1] ?? "0").replace(",", ".")) * 1_000_000);
    amounts.push({ start, end: start + m[0].length, text: m[0], valueSek, qualifier: null });
  }
  return { amounts, years, yearSpans };
}

// Cues that set one year against another.
const COMPARING = ["change", "versus", "more", "less", "than"];

const FUNDER_BEFORE = new Set(["från", "from", "by", "av"]);
// "genom Vinnova", "via Socialstyrelsen": the channel the money goes through, not its giver.
const PAYER_BEFORE = new Set(["genom", "through", "thru", "via"]);
const RECIPIENT_BEFORE = new Set(["till", "to", "for", "för", "åt"]);
const ARTICLES = new Set(["the", "a", "an"]);
// "is GMS funded", "was KI financed": the question's passive, the name between its two verbs.
const PASSIVE_BEFORE = new Set(["is", "was", "are", "were", "been", "being"]);
// "funded", "given": a past participle ("is Skåne chipping in" is no passive).
const LETTER = /\p{L}/u;
const isParticiple = (word: string) => word.endsWith("ed") || word === "given" || word === "paid";

/**
 * Organisations in their roles: "från Forte" gives, "till RS" gets, "SoS betalade ut" pays, "vad fick KI"
 * gets; an organisation named with nothing around it is "any".
 */
function askedOrgs(
  text: string,
  tokens: ReturnType<typeof tokenize>,
  hits: readonly LexHit[],
  english: boolean,
): AskedOrg[] {
  const cue = (value: string) =>
    hits.some((h) => h.entry.role === "cue" && h.entry.value === value);
  const out: AskedOrg[] = [];
  for (const h of hits.filter((x) => x.entry.role === "org")) {
    // "by the EU": the word before the name, an article passed over.
    const back = ARTICLES.has(tokens[h.from - 1]?.word ?? "") ? 2 : 1;
    const before = tokens[h.from - back]?.word ?? "";
    const after = tokens[h.to]?.word ?? "";
    let role: OrgRole | "unplaced-giving" = "any";
    // "administration av gms-uppdraget": a name that opens a hyphenated compound only qualifies its noun.
    // A money word after the hyphen ("EU-pengar") names the giver's money: read below as any other.
    const last = tokens[h.to - 1];
    const hyphenated = last && text[last.end] === "-" && LETTER.test(text[last.end + 1] ?? "");
    if (hyphenated && !(GIVING_BODIES.has(h.entry.value) && moneyWordAt(hits, h.to))) {
      out.push({ name: h.entry.value, role: "any" });
      continue;
    }
    // "av gms-pengarna": a name joined to its money word names whose money it is (a whole another got a
    // share of), never a giver; a giving body's ("av EU-pengarna") is read below as any other.
    // "from gms money", "från gms-medlen": after "from" too, a name its money word follows is whose money.
    const ownMoney =
      !GIVING_BODIES.has(h.entry.value) &&
      ((h.to - h.from > 1 && moneyWordOver(hits, h.to - 1)) ||
        (FUNDER_BEFORE.has(before) && (moneyWordOver(hits, h.to - 1) || moneyWordAt(hits, h.to))));
    if (ownMoney) {
      out.push({ name: h.entry.value, role: "any" });
      continue;
    }
    if (FUNDER_BEFORE.has(before)) role = "funder";
    // "eu money", "EU-pengar", "Vinnova funding": a giving body's name before a money word is its giver.
    else if (GIVING_BODIES.has(h.entry.value) && moneyWordAt(hits, h.to)) role = "funder";
    // "is gms funded by …": the subject of a passive giving verb is given to.
    else if (PASSIVE_BEFORE.has(before) && givingVerbAt(hits, h.to) && isParticiple(after))
      role = "recipient";
    else if (PAYER_BEFORE.has(before)) role = "payer";
    else if (RECIPIENT_BEFORE.has(before) || before === "→" || before === "->") role = "recipient";
    else if (after === "→" || after === "->") role = "payer";
    else if ((cue("payer") || cue("pays")) && ["ut", "out", "pays", "paid"].includes(after))
      role = "payer";
    // "FoHM betalar ut vad?": named right before "betalar ut".
    else if (
      hits.some((v) => v.from === h.to && v.entry.role === "cue" && v.entry.value === "payer")
    )
      role = "payer";
    // "What did GMS pay into …", "vad bidrar KI med": the one doing the giving, named right before its verb;
    // "vad gav regeringen GMS": in a Swedish question the subject follows its verb.
    // "vem finansierar gms?": with the asked-for subject before the verb, the name after it is given to.
    else if (givingVerbEndsAt(hits, h.from) && !english && askedSubjectBefore(tokens, hits, h.from))
      role = "recipient";
    else if (givingVerbAt(hits, h.to) || (givingVerbEndsAt(hits, h.from) && !english))
      role = "funder";
    // "did the government first fund GMS": in English a name right after its giving verb is given to.
    else if (givingVerbEndsAt(hits, h.from)) role = "recipient";
    // "hur mycket fick gms 2019 och vem gav dem": named right after its receiving verb, it received.
    else if (
      hits.some((v) => v.to === h.from && v.entry.role === "cue" && v.entry.value === "receives")
    )
      role = "recipient";
    else if (cue("requisition")) role = "requisitioner";
    else if (cue("distributor")) role = "distributor";
    // "how much did gms get including co-funding": what is included is no giving by the one asked about.
    else if ((cue("gives") || cue("cofund")) && !(cue("receives") && cue("including")))
      role = "unplaced-giving";
    else if (cue("receives")) role = "recipient";
    out.push({ name: h.entry.value, role: role as OrgRole });
  }
  // With the giver placed by its verb, the others named in a question about giving are who it gave to.
  const giverPlaced = out.some((o) => o.role === "funder");
  for (const o of out)
    if ((o.role as string) === "unplaced-giving") o.role = giverPlaced ? "recipient" : "funder";
  return out;
}

/** "region gotland": a region the lexicon doesn't list is still an organisation (with no money stated). */
function unlistedRegions(
  text: string,
  tokens: readonly QuestionToken[],
  hits: readonly LexHit[],
  vocabulary: Vocabulary,
): LexHit[] {
  const out: LexHit[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.word !== "region" || !next || !isContentWord(next.word) || /^\d/.test(next.word)) return;
    // "does the region add its own money?": a region's name is written capitalised or is a name the documents use.
    const capital = /^\p{Lu}/u.test(text.slice(next.start, next.end));
    if (!capital && !(vocabulary.isName?.(next.word) ?? false)) return;
    if (hits.some((h) => h.entry.role === "org" && h.from <= i && h.to > i)) return;
    // "how much did the region keep": a word the lexicon reads (a cue, a time word) names no region.
    if (hits.some((h) => h.from === i + 1)) return;
    const name = `Region ${next.word[0]?.toUpperCase() ?? ""}${next.word.slice(1)}`;
    out.push({
      entry: { role: "org" as const, value: name, tokens: [], at: "anywhere" as const },
      from: i,
      to: i + 2,
    });
  });
  return out;
}

const GIVING = new Set(["gives", "pays", "cofund"]);

// "vem finansierar …", "vilken myndighet finansierar …": the question word is the giving verb's subject.
const WHO_SUBJECT = new Set(["vem", "vilka"]);
const WHICH_SUBJECT = new Set(["vilken", "vilket", "vilka"]);

/** The giving verb ending at `at` has the question's "vem"/"vilken X" right before it as its subject. */
function askedSubjectBefore(
  tokens: readonly QuestionToken[],
  hits: readonly LexHit[],
  at: number,
): boolean {
  const verb = hits.find((v) => v.to === at && v.entry.role === "cue" && GIVING.has(v.entry.value));
  if (!verb) return false;
  const one = tokens[verb.from - 1]?.word ?? "";
  const two = tokens[verb.from - 2]?.word ?? "";
  return WHO_SUBJECT.has(one) || WHICH_SUBJECT.has(two);
}

/** A money word ("money", "pengar", "funding") starts at `at`. */
function moneyWordAt(hits: readonly LexHit[], at: number): boolean {
  return hits.some((h) => h.from === at && h.entry.role === "cue" && h.entry.value === "amount");
}

/** "top 3", "3 största", "the three biggest": a count beside a largest/smallest cue (2–10), else null. */
function readRank(
  tokens: readonly QuestionToken[],
  hits: readonly LexHit[],
): { count: number; word: string; start: number; end: number } | null {
  const countAt = (i: number) => {
    const t = tokens[i];
    if (!t) return null;
    const n = /^\d+$/.test(t.word) ? Number(t.word) : (RANK_WORDS.get(t.word) ?? null);
    return n !== null && n >= 2 && n <= RANK_MAX ? { count: n, ...t } : null;
  };
  for (const h of hits) {
    if (h.entry.role !== "cue" || (h.entry.value !== "largest" && h.entry.value !== "smallest"))
      continue;
    const n = countAt(h.to) ?? countAt(h.from - 1);
    if (n !== null) return n;
  }
  return null;
}

/** A money word ("pengarna", "gms-medlen" as state money) covers the token at `at`. */
function moneyWordOver(hits: readonly LexHit[], at: number): boolean {
  return hits.some(
    (h) =>
      h.from <= at &&
      h.to > at &&
      h.entry.role === "cue" &&
      (h.entry.value === "amount" || h.entry.value === "stateMoney"),
  );
}

function givingVerbAt(hits: readonly LexHit[], at: number): boolean {
  return hits.some((h) => h.from === at && h.entry.role === "cue" && GIVING.has(h.entry.value));
}

/** A giving verb right before `at` with no organisation right before it: "vad gav X", not "staten gav X". */
function givingVerbEndsAt(hits: readonly LexHit[], at: number): boolean {
  return hits.some(
    (v) =>
      v.to === at &&
      v.entry.role === "cue" &&
      GIVING.has(v.entry.value) &&
      !hits.some((o) => o.entry.role === "org" && o.to === v.from),
  );
}

// "SHARE-GEN", "EU4Health": a capitalised, hyphenated or digit-bearing name, as a project is written.
const PROJECT_NAME = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:-\p{Lu}[\p{Lu}\p{N}]*)+(?![\p{L}\p{N}])/gu;

/** Project names whose every part the documents use: the documents name them. */
const HYPHENATED_WORD = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

function projectNames(text: string, vocabulary: Vocabulary): string[] {
  // Every such name holds a hyphen: a question without one is not scanned.
  if (!text.includes("-")) return [];
  const capitalised = [...text.matchAll(PROJECT_NAME)]
    .map((m) => m[0])
    .filter((n) => n.split("-").every((p) => vocabulary.has(p.toLowerCase())));
  // "share-gen": a name the documents write, asked in lower case.
  const isName = vocabulary.isName;
  const asked = isName
    ? [...text.matchAll(HYPHENATED_WORD)]
        .map((m) => m[0].toLowerCase())
        .filter((w) => isName(w))
        // "share-gens": the genitive names the project as the documents write it.
        .map((w) => (w.endsWith("s") && isName(w.slice(0, -1)) ? w.slice(0, -1) : w))
    : [];
  return [...new Set([...capitalised, ...asked])];
}

/**
 * Words no lexicon line reads that the documents write only as a name ("nordigen", "Nordigens"), each to the
 * name as the documents write it: matched whole, never by a stem other words share ("nord" of "nordisk").
 */
function wordNames(
  tokens: readonly QuestionToken[],
  hits: readonly LexHit[],
  vocabulary: Vocabulary,
): Map<string, string> {
  const out = new Map<string, string>();
  const properName = vocabulary.properName;
  if (!properName) return out;
  tokens.forEach((t, i) => {
    if (!/^\p{L}+$/u.test(t.word) || ROLE_WORDS.has(t.word) || ORG_WORDS.has(t.word)) return;
    if (hits.some((h) => h.from <= i && i < h.to) || vocabulary.person?.(t.word)) return;
    // "nordigens": a Swedish genitive of the name.
    const name =
      properName(t.word) ?? (t.word.endsWith("s") ? properName(t.word.slice(0, -1)) : null);
    if (name !== null) out.set(t.word, name);
  });
  return out;
}

/** "anslagsposten 33", "ap.14": the number after a budget-line word or its abbreviation. */
function budgetLine(tokens: ReturnType<typeof tokenize>): string | null {
  const i = tokens.findIndex(
    (t, k) =>
      t.word.startsWith("anslagspost") ||
      (t.word === "ap" && /^\d+$/.test(tokens[k + 1]?.word ?? "")),
  );
  const next = tokens[i + 1]?.word ?? "";
  return i >= 0 && /^\d+$/.test(next) ? next : null;
}

// "anslag 1:6", "anslaget 1:6", "appropriation 1:6": the appropriation's number right after its word.
const APPROPRIATION_NUMBER = /^\s*(\d{1,2}:\d{1,2})(?![\d:])/;

function appropriation(text: string, tokens: ReturnType<typeof tokenize>): string | null {
  for (const t of tokens) {
    const names =
      (t.word.startsWith("anslag") && !t.word.startsWith("anslagspost")) ||
      t.word.startsWith("appropriation");
    const m = names ? APPROPRIATION_NUMBER.exec(text.slice(t.end)) : null;
    if (m?.[1]) return m[1];
  }
  return null;
}

/** "Lena Hallengren": two or more capitalised words in a row that are no organisation or lexicon word. */
// A surname typed in lower case is taken for a name only when it is this long ("lind" is a tree too).
const SURNAME_IN_LOWER_CASE = 6;

function people(
  text: string,
  tokens: ReturnType<typeof tokenize>,
  hits: readonly LexHit[],
  vocabulary: Vocabulary,
): string[] {
  const inHit = (i: number) =>
    hits.some((h) => h.entry.role !== "noise" && i >= h.from && i < h.to);
  const out: string[] = [];
  // "vad sa nyqvist", "who is forsmark": asked what someone said or who someone is, a long lower-case word
  // that is one person's surname names that person, even though the documents write the word (in the name).
  const asksOfPerson = hits.some(
    (h) => h.entry.role === "cue" && (h.entry.value === "said" || h.entry.value === "whoIs"),
  );
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 2) out.push(run.join(" "));
    run = [];
  };
  tokens.forEach((t, i) => {
    const raw = text.slice(t.start, t.end);
    // "lena ström", "acko ankarberg johansson": a person the documents name, however the asker wrote the name.
    const two = `${t.word} ${tokens[i + 1]?.word ?? ""}`;
    // "vad sa Örnberg": a surname alone, written as a name, names the one person who has it.
    // Typed in lower case ("vad sa ornberg"), a long word that is no word of the documents may be one too.
    const nameLike =
      /^\p{Lu}/u.test(raw) ||
      (raw.length >= SURNAME_IN_LOWER_CASE && (asksOfPerson || !vocabulary.has(t.word)));
    const alone = nameLike && !inHit(i) ? vocabulary.person?.(t.word) : null;
    const named =
      vocabulary.person?.(`${two} ${tokens[i + 2]?.word ?? ""}`) ??
      vocabulary.person?.(two) ??
      alone;
    if (named && run.length === 0 && !out.includes(named)) out.push(named);
    if (/^\p{Lu}\p{Ll}+$/u.test(raw) && !inHit(i) && !ORG_WORDS.has(t.word)) run.push(raw);
    else flush();
  });
  flush();
  return [...new Set(out)];
}

/**
 * The question's topic as document stems. A word the documents don't know is not a topic; when it names a
 * condition ("prostatacancer", "diabetes") the documents simply don't cover what was asked.
 */
function topicWords(
  swedish: string,
  vocabulary: Vocabulary,
  claimed: ReadonlySet<string>,
  read: TextReading = readText(swedish),
): Pick<Query, "stems" | "topics" | "unknown" | "topicWords"> {
  const blocked = [...findDates(swedish), ...read.amounts];
  const tokens = read.words
    .filter((t) => !blocked.some((b) => t.start < b.end && t.end > b.start))
    .map((t) => t.word);
  // How the asker wrote a joined compound, for saying it back: "neuromuscular diseases", not a made-up word.
  const spelled = new Map<string, string>();
  const joined = joinSplitCompounds(tokens, vocabulary, spelled);
  const expanded = expandCoordination(joined, (w) => vocabulary.has(w));
  const stems = new Set<string>();
  const named = new Set<string>();
  const unknown = new Set<string>();
  for (const token of expanded) {
    for (const part of token.split(/[-–]/)) {
      if (!isTopicCandidate(part) || claimed.has(part)) continue;
      const known = placeWord(part, vocabulary);
      if (known !== null) {
        stems.add(stem(known));
        named.add(known);
      } else if (namesCondition(part) || LEXICON_TOPIC_WORDS.has(part))
        unknown.add(spelled.get(part) ?? part);
    }
  }
  const topics = namedTopics(read.words, stems);
  return { stems: [...stems], topicWords: [...named], topics, unknown: [...unknown] };
}

// An area the lexicon knows by name ("amr" → "antibiotikaresistens"): when no document uses it, it is unknown
// to these documents and said so, never dropped to broaden the question.
const LEXICON_TOPIC_WORDS = new Set(
  LEXICON.filter((e) => e.role === "topic" && !e.value.includes(" ")).map((e) => e.value),
);

function isTopicCandidate(word: string): boolean {
  return (
    isContentWord(word) && !ROLE_WORDS.has(word) && !ORG_WORDS.has(word) && !GMS_WORD.test(word)
  );
}

/**
 * The documents' word for a question word: itself, a spelling correction, a compound of two known words,
 * or a compound whose tail is money talk ("lungcancerpengarna" → "lungcancer"). Null when none fits.
 */
function placeWord(word: string, vocabulary: Vocabulary): string | null {
  const known = vocabulary.correct(word);
  if (known !== null) return known;
  // "lungcancerpengarna" is about "lungcancer": the money tail goes before any other split.
  const head = withoutTail(word, vocabulary);
  if (head !== null) return vocabulary.correct(head);
  return knownParts(word, vocabulary) ? word : null;
}

// What a compound may end in without changing what it is about ("-spåret", "-pengarna", "-satsningen").
const TAILS = LEXICON.filter((e) => e.role === "tail").flatMap((e) => e.tokens);

function withoutTail(word: string, vocabulary: Vocabulary): string | null {
  for (const tail of TAILS) {
    if (!word.endsWith(tail) || word.length < tail.length + 4) continue;
    const head = word.slice(0, -tail.length);
    for (const h of [head, head.endsWith("s") ? head.slice(0, -1) : ""])
      if (h.length >= 4 && vocabulary.correct(h) !== null) return h;
  }
  return null;
}

/** "huvudcancer" from "huvud- och halscancer": a compound of two words the documents use. */
function knownParts(word: string, vocabulary: Vocabulary): boolean {
  const head = compoundHead(word, (w) => vocabulary.knows?.(w) ?? vocabulary.has(w));
  if (!head) return false;
  const mod = word.slice(0, word.length - head.length);
  const bare = mod.endsWith("s") ? mod.slice(0, -1) : "";
  return (
    vocabulary.has(mod) ||
    (bare !== "" && vocabulary.has(bare)) ||
    vocabulary.isModifier?.(mod) === true
  );
}

function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

/** "prostatacancer", "akuta leukemier", "diabetes": a condition, named or compounded. */
function namesCondition(word: string): boolean {
  return CONDITION_HEADS.some(
    (h) =>
      (word.endsWith(h) && word.length > h.length + 2) ||
      (word === h && !GENERIC_CONDITION_HEADS.has(h)),
  );
}

/** "barn cancer" → "barncancer" when the documents know the joined word. */
function joinSplitCompounds(
  tokens: string[],
  vocabulary: Vocabulary,
  spelled: Map<string, string> = new Map(),
): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] ?? "";
    const b = tokens[i + 1];
    // "lung cancr": a misspelt head joins as the known compound ("lungcancer").
    const join =
      !b || !isContentWord(a) || !isContentWord(b) || a.endsWith("-")
        ? null
        : joinable(a, b, vocabulary)
          ? a + b
          : correctedCompound(a, b, vocabulary);
    if (b && join) {
      out.push(join);
      spelled.set(join, `${a} ${b}`);
      i += 1;
    } else out.push(sharedHead(tokens, i, vocabulary) ?? a);
  }
  return out;
}

const AND_WORDS = new Set(["and", "och", "&", "or", "eller"]);

/**
 * "lung and breast cancer", "lung och bröstcancer": the modifier before "and" shares the condition head
 * after it ("lungcancer"), when the documents know that compound.
 */
function sharedHead(tokens: readonly string[], i: number, vocabulary: Vocabulary): string | null {
  const [a, and] = tokens.slice(i, i + 2);
  if (!a || !and || !AND_WORDS.has(and) || !isContentWord(a)) return null;
  // The coordinated word's head: "breast cancer" (two words), "bröstcancer", "bröst- och äggstockscancer".
  const rest = tokens.slice(i + 2, i + 6).filter((w) => !w.endsWith("-") && !AND_WORDS.has(w));
  const [next, after] = rest;
  if (!next) return null;
  const head =
    after && CONDITION_HEADS.includes(after)
      ? after
      : CONDITION_HEADS.find((h) => next.endsWith(h) && next.length > h.length);
  return head && vocabulary.has(a + head) ? a + head : null;
}

// "prostata cancer" is joined even when unknown, so that it is recognised as a condition.
function joinable(a: string, b: string, vocabulary: Vocabulary): boolean {
  return (
    vocabulary.has(a + b) ||
    (CONDITION_HEADS.includes(b) && !vocabulary.has(a) && vocabulary.correct(a) === null)
  );
}

function correctedCompound(a: string, b: string, vocabulary: Vocabulary): string | null {
  const head = vocabulary.has(b) ? null : vocabulary.correct(b);
  return head !== null && head !== b && vocabulary.has(a + head) ? a + head : null;
}

// Each topic phrase under its first stem, so a question tries only the phrases its own words start.
const PHRASES_BY_FIRST = new Map<string, Array<{ topic: number; phrase: string[] }>>();
TOPICS.forEach((t, topic) => {
  for (const phrase of t.svPhrases.map(phraseStems)) {
    const first = phrase[0];
    if (first === undefined) continue;
    const list = PHRASES_BY_FIRST.get(first) ?? [];
    list.push({ topic, phrase });
    PHRASES_BY_FIRST.set(first, list);
  }
});

/** Topics named as phrases in the question, or as one word once split compounds are joined ("barn cancer"). */
function namedTopics(swedishWords: ReturnType<typeof words>, topicStems: Set<string>): string[] {
  // The stems `phraseStems` gives, from the words already read.
  const stems = swedishWords.map((w) => stem(w.word));
  const named = new Set<number>();
  stems.forEach((s, i) => {
    for (const { topic, phrase } of PHRASES_BY_FIRST.get(s) ?? [])
      if (phrase.every((p, j) => stems[i + j] === p)) named.add(topic);
  });
  for (const s of topicStems)
    for (const { topic, phrase } of PHRASES_BY_FIRST.get(s) ?? [])
      if (phrase.length === 1) named.add(topic);
  return [...named].sort((a, b) => a - b).map((i) => TOPICS[i]?.key ?? "");
}

/** The asker's own topic words, as written: "prostate cancer" from "How much went to prostate cancer?". */
function askedWords(tokens: ReturnType<typeof words>): string {
  const kept = tokens
    .map((w) => w.word)
    .filter((w) => isContentWord(w) && !ROLE_WORDS.has(w) && !GMS_WORD.test(w) && !/\d/.test(w));
  return [...new Set(kept)].join(" ");
}

// A number of three or four digits from 19.. or 2.., or a year with letters glued to it.
const YEARISH = /^(?:2\d{2}|19\d{2}|2\d{3}|(?:19|20)\d{2}\p{L}{1,3})$/u;

/**
 * Each word of the question is used (the lexicon, a year, an amount, a topic, a known word), known noise,
 * or unplaced: the last are said back to the asker.
 */
function coverage(
  text: string,
  tokens: ReturnType<typeof tokenize>,
  hits: readonly LexHit[],
  spans: ReadonlyArray<{ start: number; end: number }>,
  query: Query,
  vocabulary: Vocabulary,
  swedishWords: ReturnType<typeof words>,
): Coverage {
  const out: Coverage = { used: [], noise: [], unplaced: [] };
  const stems = new Set(query.stems);
  // A word the glossary translated ("childhood" in "childhood cancer") is used by what it became.
  const kept = new Set(swedishWords.map((t) => t.word));
  const translated = (w: string) => !kept.has(w) && (stems.size > 0 || query.topics.length > 0);
  tokens.forEach((t, i) => {
    const covered = hits.some((h) => i >= h.from && i < h.to);
    const inSpan = spans.some((s) => t.start < s.end && t.end > s.start);
    // "nordigens": a name's genitive names it too.
    const isName = query.names.some((n) =>
      [t.word, t.word.replace(/s$/, "")].includes(n.toLowerCase()),
    );
    const used = covered && hits.some((h) => i >= h.from && i < h.to && h.entry.role !== "noise");
    // "forte -> KI": an arrow between two organisations reads as giver and recipient (`askedOrgs`).
    const arrow = ARROWS.has(t.word) && (query.orgs.length > 0 || arrowBetweenYears(tokens, i));
    if (inSpan || isName || used || arrow) out.used.push(t.word);
    // "226", "2026x": what looks like a mistyped year is said back, never dropped (a year would narrow the answer).
    else if (YEARISH.test(t.word)) out.unplaced.push(text.slice(t.start, t.end));
    else if (covered || !isContentWord(t.word) || /^\d/.test(t.word)) out.noise.push(t.word);
    else if (
      GMS_WORD.test(t.word) ||
      GMS_FIELD_STEMS.has(stem(t.word)) ||
      translated(t.word) ||
      (query.months.length > 0 && MONTHS.has(t.word))
    )
      out.used.push(t.word);
    else if (isPlaced(t.word, stems, vocabulary, query)) out.used.push(t.word);
    else out.unplaced.push(text.slice(t.start, t.end));
  });
  return out;
}

const ARROWS = new Set(["→", "->"]);
// A year as a question writes it beside an arrow: "2027", "27", "'27".
const YEAR_TOKEN = /^(?:19|20)?\d\d$/;

/** "2026 -> 2027", "26 → 27": an arrow (the one at `at`, else any) with a year on each side. */
function arrowBetweenYears(tokens: readonly { word: string }[], at?: number): boolean {
  return tokens.some(
    (t, k) =>
      (at === undefined || k === at) &&
      ARROWS.has(t.word) &&
      YEAR_TOKEN.test(tokens[k - 1]?.word ?? "") &&
      YEAR_TOKEN.test(tokens[k + 1]?.word ?? ""),
  );
}

function isPlaced(word: string, stems: Set<string>, vocabulary: Vocabulary, query: Query): boolean {
  if (stems.has(stem(word)) || query.unknown.some((u) => u.includes(word))) return true;
  const known = placeWord(word, vocabulary);
  // "njur cancr": each part of a compound the question was read as ("njurcancer").
  const partOf = (w: string) =>
    query.topicWords.some((t) => t.length > w.length && (t.startsWith(w) || t.endsWith(w)));
  return known !== null && (stems.has(stem(known)) || partOf(known));
}

/**
 * "Vänsterpartiets motion", "Läkartidningens artikel": a word in the genitive right before a kind of document
 * names whose document it is; an organisation or any other word the lexicon reads is left to it.
 */
function documentOwners(
  tokens: readonly QuestionToken[],
  hits: readonly LexHit[],
): QuestionToken[] {
  const out: QuestionToken[] = [];
  for (const h of hits) {
    const owner = tokens[h.from - 1];
    if (h.entry.role !== "doc" || !owner || owner.word.length < GENITIVE_MIN) continue;
    if (!owner.word.endsWith("s") || hits.some((o) => o.from <= h.from - 1 && o.to >= h.from))
      continue;
    out.push(owner);
  }
  return out;
}

// A genitive shorter than this is as likely a word of its own ("hus", "vis").
const GENITIVE_MIN = 6;

// "According to …," / "Enligt …,": a question opening by naming its source.
const SOURCE_OPENINGS: ReadonlyArray<readonly string[]> = [
  ["according", "to"],
  ["enligt"],
  ["enl"],
];
const UPPER_FIRST = /^\p{Lu}/u;
// How many words the named source may have before its comma.
const SOURCE_WORDS = 5;

/** The words of a source the question opens with ("According to Swedish Radio, …"), up to its comma. */
function sourceOpening(
  text: string,
  tokens: readonly { word: string; start: number; end: number }[],
): string[] {
  for (const opening of SOURCE_OPENINGS) {
    if (!opening.every((w, k) => tokens[k]?.word.toLowerCase() === w)) continue;
    const comma = text.indexOf(",", tokens[opening.length - 1]?.end ?? 0);
    if (comma < 0) return [];
    const named = tokens.slice(opening.length).filter((t) => t.end <= comma);
    // A name ("Swedish Radio", "Ekot"), capitalised as written: "according to the budget bill on childhood
    // cancer," keeps its topic.
    const isName = named.every((t) => UPPER_FIRST.test(text.slice(t.start, t.end)));
    return named.length > 0 && named.length <= SOURCE_WORDS && isName
      ? named.map((t) => t.word)
      : [];
  }
  return [];
}

/** Where the source the question opens with stands ("Swedish Radio" in "According to Swedish Radio, …"). */
function sourceSpan(
  text: string,
  tokens: readonly { word: string; start: number; end: number }[],
): Array<{ start: number; end: number }> {
  const named = sourceOpening(text, tokens);
  if (named.length === 0) return [];
  const from = tokens.find((t) => t.word === named[0]);
  const to = [...tokens].reverse().find((t) => t.word === named.at(-1));
  return from && to ? [{ start: from.start, end: to.end }] : [];
}
