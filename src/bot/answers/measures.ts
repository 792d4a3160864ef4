// "vad kostar en trioanalys?", "how many genomes were analysed in 2027?", "stämmer 12 miljoner?": costs,
// counts and a document's own correction, as the statements read at load tell them. Quoted, never summed,
// never funding; a cost's stated amount is shown as a figure labelled a cost.
import {
  type CorrectionStatement,
  type CostStatement,
  type CountStatement,
  TOPICS,
} from "../../knowledge/index.js";
import type { Figure } from "../answer.js";
import { aliasesOf } from "../lexicon.js";
import type { Query } from "../query.js";
import { say } from "../say.js";
import { type AnswerContext, type Draft, decline } from "./context.js";
import { referenced } from "./document-states.js";
import { documentsByIdOf, memo } from "./memo.js";
import { namesWord, titledDocuments } from "./quoted-names.js";
import { asksStaff, isStaffWord, staffCounts } from "./staff-counts.js";

const MAX_QUOTED = 3;

/** "vad kostar en trioanalys?", "how many analyses 2026": the statements of that cost or count; null when none. */
// A figure converted in parentheses right in the sentence: "(roughly USD 950)", "(about EUR 7.3 million)".
export const CONVERTED = /\((?:[^()]{0,20}\s)?(?:USD|EUR|US\$|\$|€)\s?\d/u;

export function answerCostOrCount(ctx: AnswerContext): Draft | null {
  const { query } = ctx;
  const kind = query.cues.has("cost") ? "cost" : query.cues.has("count") ? "count" : null;
  // A word the documents never write alone may still be part of their compounds ("analyser", "trioanalyser").
  if (kind === null || query.topicWords.length + query.coverage.unplaced.length === 0) return null;
  // "how many ppl work at …": the people asked about are what is counted, never its subject.
  const staff = kind === "count" && asksStaff(query);
  const keys = subjectKeys(query, staff ? isStaffWord : () => false);
  if (staff)
    return quoteMeasures(
      ctx,
      kind,
      staffCounts(ctx, ctx.knowledge.statements.counts, keys, keysIn),
    );
  const all: (CostStatement | CountStatement)[] =
    kind === "cost" ? ctx.knowledge.statements.costs : ctx.knowledge.statements.counts;
  // "what does Nordigen charge per genome": a name asked is the subject; another's cost is no answer.
  // A project's name ("SHARE-GEN") is told in a facts box that does not repeat it: only a word's name narrows.
  const statements = query.names.some((n) => !n.includes("-")) ? ofNames(ctx, all) : all;
  // "vad kostar en helgenomanalys enl intervjun?": the kind of document asked tells it, when it does.
  const kindDocs = query.docKinds.length > 0 ? new Set(referenced(ctx).map((d) => d.id)) : null;
  const told = kindDocs ? statements.filter((s) => kindDocs.has(s.span.docId)) : [];
  const years = new Set(query.years);
  const ofKind = told.length > 0 ? ofSubject(told, keys, years, ofOrgs(ctx)) : [];
  const subject = ofKind.length > 0 ? ofKind : ofSubject(statements, keys, years, ofOrgs(ctx));
  // "what does it cost in dollars": a sentence that writes its own conversion ("(roughly USD 950)") first.
  const found = query.cues.has("otherCurrency")
    ? [
        ...subject.filter((s) => CONVERTED.test(s.span.text)),
        ...subject.filter((s) => !CONVERTED.test(s.span.text)),
      ]
    : subject;
  return quoteMeasures(ctx, kind, found);
}

/** The statements quoted, the first cost's amount its figure; null when there are none. */
function quoteMeasures(
  ctx: AnswerContext,
  kind: "cost" | "count",
  statements: readonly (CostStatement | CountStatement)[],
): Draft | null {
  const found = statements.slice(0, MAX_QUOTED);
  if (found.length === 0) return null;
  const lines = found.map((s) => `• “${s.span.text}” ${ctx.citations.markers([s.span]).text}`);
  const lead =
    kind === "cost"
      ? say(
          ctx.language,
          "Det här säger dokumenten om kostnaden – en kostnad, inga medel till GMS:",
          "What the documents say about the cost – a cost, not funding of GMS:",
        )
      : say(
          ctx.language,
          "Det här säger dokumenten om antalet – ett antal, inga medel:",
          "What the documents say about the number – a count, not funding:",
        );
  const first = found[0];
  const figures = first && "amounts" in first ? costFigure(ctx, first) : [];
  return { intent: "passage", answered: true, text: [lead, ...lines].join("\n"), figures };
}

/** The statements whose sentence, or whose document's title, names one of the names the question asks. */
function ofNames<T extends { span: { docId: string; text: string } }>(
  ctx: AnswerContext,
  statements: readonly T[],
): T[] {
  const names = ctx.query.names.filter((n) => !n.includes("-")).map((n) => n.toLowerCase());
  const titled = titledDocuments(ctx.knowledge.documents, names);
  return statements.filter(
    (s) => titled.has(s.span.docId) || names.some((n) => namesWord(s.span.text.toLowerCase(), n)),
  );
}

/** The cost as stated ("omkring 25 000 kronor"), labelled a cost, cited to its sentence. */
function costFigure(ctx: AnswerContext, cost: CostStatement): Figure[] {
  const amount = cost.amounts[0];
  // "omkring tjugo tusen kronor": a figure only where its quote writes it in digits, for a reader to find.
  if (!amount || !/\d/.test(amount.span.text)) return [];
  const citations = ctx.citations.markers([cost.span]).ids;
  const label = say(ctx.language, "kostnad", "cost");
  return [{ amountSek: amount.valueSek, year: null, label, derived: false, citations }];
}

/** "was there a correction?", "stämmer 12 miljoner?": the documents' corrections, quoted whole. */
export function answerCorrection(ctx: AnswerContext): Draft {
  const all = ctx.knowledge.statements.corrections;
  const asked = new Set(ctx.query.amounts.map((a) => a.valueSek));
  const naming = all.filter((c) => c.amounts.some((a) => asked.has(a.valueSek)));
  const found = (naming.length > 0 ? naming : all).slice(0, MAX_QUOTED);
  if (found.length === 0)
    return decline(
      "passage",
      say(ctx.language, "Dokumenten rättar inget belopp.", "The documents correct no figure."),
    );
  const lines = found.map((c) => {
    const spans = [c.span, ...c.said];
    return `• “${spans.map((s) => s.text).join(" ")}” ${ctx.citations.markers(spans).text}`;
  });
  const lead = say(
    ctx.language,
    "Det här säger dokumentens rättelse – det rätta beloppet gäller, inte det först skrivna:",
    "What the documents' correction says – the corrected figure stands, not the one first written:",
  );
  return { intent: "passage", answered: true, text: [lead, ...lines].join("\n"), figures: [] };
}

/** Whether the question names an amount a document's own correction names ("stämmer 12 miljoner till RS?"). */
export function namesCorrectedAmount(
  knowledge: AnswerContext["knowledge"],
  query: Pick<Query, "amounts">,
): boolean {
  if (query.amounts.length === 0) return false;
  const corrected = memo(
    knowledge,
    "corrected-amounts",
    () =>
      new Set(
        knowledge.statements.corrections.flatMap((c: CorrectionStatement) =>
          c.amounts.map((a) => a.valueSek),
        ),
      ),
  );
  return query.amounts.some((a) => corrected.has(a.valueSek));
}

// A subject word is known in a sentence by its first six letters inside one of the sentence's words
// ("analyses" in "helgenomanalyser", "trio" in "trioanalys"); a word of fewer than four letters is no subject.
const KEY_LETTERS = 6;
const MIN_KEY = 4;
// Words of a question's cue that a sentence about the same cost or count writes too.
const CUE_WORDS: ReadonlyArray<[string, readonly string[]]> = [["average", ["snitt", "average"]]];
// Openings of the cost words that also say what the money is for (a budget for investments, a starting salary).
const NAMING_COST = ["investeringsbudget", "ingångslön", "månadslön"];
// Words of GMS's own name tell no cost or count apart: every sentence of its documents may write them.
const NAME_WORDS = new Set(["genomic", "genomi", "medicine", "medici", "sweden", "gms"]);

function subjectKeys(query: Query, leftOut: (word: string) => boolean): string[][] {
  // An area asked in one language is named in the other's documents too ("whole genome", "helgenomsekvensering").
  const areas = TOPICS.filter((t) => query.topics.includes(t.key)).flatMap((t) => [
    ...t.svPhrases,
    ...t.enPhrases,
  ]);
  const words = [
    ...query.topicWords,
    ...query.stems,
    ...query.coverage.unplaced,
    ...areas.flatMap((p) => p.split(/[^\p{L}]+/u)),
  ].map((w) => w.toLowerCase());
  for (const [cue, more] of CUE_WORDS) if (query.cues.has(cue)) words.push(...more);
  // "investeringsbudget", "ingångslön": a cost word that names what is paid for is a subject word too.
  words.push(...query.coverage.used.filter((w) => NAMING_COST.some((c) => w.startsWith(c))));
  const long = words.filter((w) => w.length >= MIN_KEY && !NAME_WORDS.has(w) && !leftOut(w));
  // One subject word counts once, however many forms name it ("helgenomanalys", its stem "helgenomanaly"):
  // the words that open alike are one, known by their openings and, for a compound, its last part ("analys").
  const subjects = new Map<string, Set<string>>();
  for (const w of long) {
    const opening = w.slice(0, KEY_LETTERS);
    if (NAME_WORDS.has(opening)) continue;
    // "gjord" (a stem) and "gjorde" (of "gjordes") open alike: one word.
    const same = [...subjects.keys()].find((o) => o.startsWith(opening) || opening.startsWith(o));
    const keys = subjects.get(same ?? opening) ?? new Set<string>();
    keys.add(opening);
    if (w.length >= 2 * KEY_LETTERS) keys.add(w.slice(-KEY_LETTERS));
    subjects.set(same ?? opening, keys);
  }
  return [...subjects.values()].map((keys) => [...keys]);
}

/**
 * The statements naming most of the asked subject, of the asked years (one of the asked organisation's own
 * documents, or told first of the asked year, counts as naming one more), the latest first: a cost falls over
 * the years.
 */
function ofSubject<
  T extends { span: { docId: string; text: string }; years: number[]; opening?: { text: string } },
>(
  statements: readonly T[],
  keys: readonly (readonly string[])[],
  years: ReadonlySet<number>,
  ofOrg: (docId: string, text: string, opening?: string) => boolean,
): T[] {
  if (keys.length === 0) return [];
  const named = statements
    .filter((s) => years.size === 0 || s.years.some((y) => years.has(y)))
    .map((s) => ({ s, n: keysIn(s.span.text, keys) }))
    .filter(({ n }) => n > 0)
    // Of the organisation asked, and told first of the year asked ("Under 2026 …", not "… året innan"): one more.
    .map(({ s, n }) => ({ s, n, own: ofOrg(s.span.docId, s.span.text, s.opening?.text) }))
    .map(({ s, n, own }) => ({ s, own, n: n + Number(own) + Number(years.has(s.years[0] ?? 0)) }));
  // "sthlm investeringsbudget sekvenserare?": the asked organisation's own, when it has any; never another's.
  const ofAsked = named.some((x) => x.own) ? named.filter((x) => x.own) : named;
  // Those naming nearly as much as the best, so a near tie is quoted side by side, never decided at random.
  const most = Math.max(0, ...ofAsked.map(({ n }) => n));
  return ofAsked
    .filter(({ n }) => n >= most - 1)
    .sort((a, b) => b.n - a.n || latest(b.s.years) - latest(a.s.years))
    .map(({ s }) => s);
}

/**
 * Whether a statement is of an organisation the question names: its sentence, its document's title or
 * opening (a masthead "Region Västra Götaland", "Uppsala universitet") names it, by its name or an alias of
 * two words or more the lexicon gives it ("region västra götaland" for Västra Götalandsregionen).
 */
function ofOrgs(ctx: AnswerContext): (docId: string, text: string, opening?: string) => boolean {
  const asked = ctx.query.orgs.filter((o) => o.name !== "GMS").map((o) => o.name);
  if (asked.length === 0) return () => false;
  const names = asked.flatMap((n) => [
    n.toLowerCase(),
    ...aliasesOf("org")
      .filter(([alias, name]) => name === n && alias.includes(" "))
      .map(([alias]) => alias),
  ]);
  const byId = documentsByIdOf(ctx.knowledge);
  return (docId, text, opening) => {
    const doc = byId.get(docId);
    const named = ` ${`${text} ${doc?.title ?? ""} ${doc?.publisher ?? ""} ${opening ?? ""}`
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .join(" ")} `;
    return names.some((n) => named.includes(` ${n.split(/[^\p{L}\p{N}]+/u).join(" ")} `));
  };
}

function latest(years: readonly number[]): number {
  return years.length === 0 ? 0 : Math.max(...years);
}

/**
 * How many of the subject's words the text names (a word is named by any of its keys inside one of its words:
 * "snitt" in "genomsnitt"; a short one inside a name only where the name opens with it: "lund" is no part of
 * "Berglund").
 */
function keysIn(text: string, subjects: readonly (readonly string[])[]): number {
  const words = text.split(/[^\p{L}]+/u).map((w) => ({ w: w.toLowerCase(), name: UPPER.test(w) }));
  const names = (x: { w: string; name: boolean }, k: string) =>
    x.name && k.length < KEY_LETTERS ? x.w.startsWith(k) : x.w.includes(k);
  return subjects.filter((keys) => keys.some((k) => words.some((x) => names(x, k)))).length;
}

const UPPER = /^\p{Lu}/u;
