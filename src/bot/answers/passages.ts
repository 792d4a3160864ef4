import type { Passage } from "../../knowledge/index.js";
import { say } from "../say.js";
import type { AnswerContext, Draft } from "./context.js";
import { decline } from "./context.js";
import { answerCorrection } from "./measures.js";
import { documentsByIdOf } from "./memo.js";
import { answerMonitors } from "./monitors.js";
import { answerPartners } from "./partners.js";
import { answerQuotedKind, asksQuotedKind } from "./quoted-kinds.js";
import { swedishQuoteNote } from "./quoted-language.js";
import { namesWord, titledDocuments } from "./quoted-names.js";
import { answerSaid } from "./said.js";

const MAX_PASSAGES = 3;

// A time told from the day a document was written ("Arbetet … är nytt för i år", "last year").
const RELATIVE_TIME =
  /(?:^|[^\p{L}])(?:i år|i fjol|förra året|nästa år|i dag|idag|this year|last year|next year|today)(?=[^\p{L}]|$)/iu;

/** " (publicerat 2025-06-05)": a quote that tells time from its document's day, with that day. */
function datedBy(ctx: AnswerContext, published: string | null | undefined, text: string): string {
  if (!published || !RELATIVE_TIME.test(text)) return "";
  return say(ctx.language, ` (publicerat ${published})`, ` (published ${published})`);
}

/** "Vad säger dokumenten om helgenomsekvensering?": the best matching sentences, quoted. */
export function answerPassages(ctx: AnswerContext): Draft {
  const said = answerSaid(ctx, "passage");
  if (said) return said;
  if (ctx.query.cues.has("correction")) return answerCorrection(ctx);
  if (asksQuotedKind(ctx)) return answerQuotedKind(ctx);
  if (ctx.query.cues.has("monitors")) {
    const monitors = answerMonitors(ctx);
    if (monitors) return monitors;
  }
  if (ctx.query.cues.has("collaboration")) {
    const partners = answerPartners(ctx);
    if (partners) return partners;
  }
  if (ctx.query.cues.has("eligible")) return answerEligible(ctx);
  // Search on the question's topic words only, never on "say", "documents" and the like.
  const words = [...ctx.query.names, ...ctx.query.topicWords, ...ctx.query.people];
  // "vad är Vinnova": with nothing else to search for, the organisation's own name is searched.
  // "does Biobank Sweden get money from SHARE-GEN": the organisation's name is searched beside the project's.
  const orgs = ctx.query.orgs.map((o) => o.name);
  const query = (
    words.length > 0 ? [...words, ...(ctx.query.names.length > 0 ? orgs : [])] : orgs
  ).join(" ");
  // Asked about money, sentences that state an amount come first among the good matches.
  const money = ["howMuch", "amount", "total"].some((c) => ctx.query.cues.has(c));
  const found = ctx.knowledge.passages.search(query, {
    // Money or a definition asked: a wider pool, sorted below.
    limit: money || ctx.query.cues.has("whatIs") ? MAX_PASSAGES * 3 : MAX_PASSAGES,
    // A name may stand alone on a signature line; a topic needs a sentence.
    filter: (p) => !p.heading && (p.text.length > 30 || ctx.query.people.length > 0),
  });
  if (money) found.sort((a, b) => Number(/\d/.test(b.text)) - Number(/\d/.test(a.text)));
  // "what does precision medicine mean": a sentence that defines the word ("Precisionsmedicin … är …") first.
  if (ctx.query.cues.has("whatIs")) {
    const defines = (t: string) => definesWord(t, ctx.query.topicWords);
    found.sort((a, b) => Number(defines(b.text)) - Number(defines(a.text)));
  }
  // "what is share-gen": a project's sentences name it; one that only shares a part ("genpanelen") does not.
  // An organisation asked with a project: its own sentences first ("… but receives no funding from it").
  const orgNames = ctx.query.names.length > 0 ? orgs.map((n) => n.toLowerCase()) : [];
  const projectDocs = new Set(
    found
      .filter((p) => ctx.query.names.some((n) => namesWord(p.text.toLowerCase(), n.toLowerCase())))
      .map((p) => p.docId),
  );
  const byOrg = found.filter((p) => orgNames.some((n) => namesWord(p.text.toLowerCase(), n)));
  const inProject = byOrg.filter((p) => projectDocs.has(p.docId));
  const ownSentences = inProject.length > 0 ? inProject : byOrg;
  const names = ownSentences.length > 0 ? [] : ctx.query.names.map((n) => n.toLowerCase());
  if (ownSentences.length > 0) found.splice(0, found.length, ...ownSentences);
  if (names.length > 0) {
    // "Nordigen's net sales": a document named for the name tells of it without writing it again.
    const titled = titledDocuments(ctx.knowledge.documents, names);
    const naming = found.filter(
      (p) => titled.has(p.docId) || names.some((n) => namesWord(p.text.toLowerCase(), n)),
    );
    if (naming.length > 0) found.splice(0, found.length, ...naming);
  }
  // "Lena Hallengren": a sentence naming only "Lena Ström" is about someone else; the surname decides.
  const surnames = ctx.query.people.map((n) => (n.split(/\s+/).at(-1) ?? n).toLowerCase());
  if (surnames.length > 0) {
    const naming = found.filter((p) => surnames.some((n) => namesWord(p.text.toLowerCase(), n)));
    found.splice(0, found.length, ...naming);
  }
  found.splice(MAX_PASSAGES);
  if (found.length === 0) {
    return decline(
      "passage",
      say(ctx.language, "Dokumenten säger inget om det.", "The documents say nothing about that."),
    );
  }
  withContinuations(ctx, found);
  const intro = say(
    ctx.language,
    "Det här säger dokumenten:",
    `This is what the documents say${swedishQuoteNote(ctx, found)}:`,
  );
  const byId = documentsByIdOf(ctx.knowledge);
  const lines = found.map(
    (p) =>
      `• “${p.text}” ${ctx.citations.markers([p]).text}${datedBy(ctx, byId.get(p.docId)?.published, p.text)}`,
  );
  return { intent: "passage", answered: true, text: [intro, ...lines].join("\n"), figures: [] };
}

// Words that open a sentence going on about the one before ("The agreement covers …", "Avtalet gäller …").
const POINTING_OPENINGS = new Set([
  "the",
  "it",
  "this",
  "these",
  "they",
  "its",
  "det",
  "den",
  "detta",
  "dessa",
  "de",
  "avtalet",
  "beslutet",
  "projektet",
  "studien",
]);
// How many letters of an asked word a sentence must hold to share it ("cover" in "covers").
const SHARED_LETTERS = 5;

/**
 * "What does Nordigen's framework agreement cover, and for which years?": a found sentence's next one, when it
 * opens by pointing back at it ("The agreement covers 2029–2030 …") and holds an asked word, is quoted after it.
 */
function withContinuations(ctx: AnswerContext, found: Passage[]): void {
  const asked = [...ctx.query.coverage.used, ...ctx.query.coverage.unplaced]
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= SHARED_LETTERS)
    .map((w) => w.slice(0, SHARED_LETTERS));
  for (let i = found.length - 1; i >= 0; i--) {
    const p = found[i] as Passage;
    const next = ctx.knowledge.passages.at(p.id + 1);
    // Found passages are copies (with their score): the next one is known by its id.
    if (!next || next.docId !== p.docId || next.heading || found.some((f) => f.id === next.id))
      continue;
    const words = next.text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (!POINTING_OPENINGS.has(words[0] ?? "")) continue;
    const own = p.text.toLowerCase();
    const adds = asked.some((a) => words.some((w) => w.startsWith(a)) && !own.includes(a));
    if (adds) found.splice(i + 1, 0, next);
  }
}

// A definition's verb comes within a few words of its subject: "Precisionsmedicin, eller individanpassad vård, är".
const DEFINING_VERBS = new Set(["är", "innebär", "betyder", "is", "are", "means"]);
const DEFINING_REACH = 6;

/** The sentence opens with one of the words and says what it is within a few words. */
function definesWord(text: string, asked: readonly string[]): boolean {
  const opening = text
    .slice(0, 120)
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  const first = opening[0] ?? "";
  if (!asked.some((w) => w.length >= 4 && first.startsWith(w))) return false;
  return opening.slice(1, DEFINING_REACH + 1).some((w) => DEFINING_VERBS.has(w));
}

// Words a sentence uses to say who may apply ("som regioner och universitet kan söka ur", "eligible to apply").
const APPLYING = ["sök", "ansök", "apply", "applic", "eligib", "behörig"];

// A heading asks who may apply when it names who beside applying ("Vem kan söka?", "Who is eligible?").
const WHO_WORDS = ["vem", "vilka", "who", "behörig", "eligib"];
// How many sentences after such a heading answer it.
const UNDER_HEADING = 3;

/** The sentences right under a heading that asks who may apply, in the documents given, in their order. */
function underWhoApplies(
  ctx: AnswerContext,
  docs: ReadonlySet<string>,
  applies: (text: string) => boolean,
): Passage[] {
  const out: Passage[] = [];
  // In document order, as the passages run.
  const owns = [...docs]
    .map((d) => ctx.knowledge.passages.ofDocument(d))
    .sort((a, b) => (a[0]?.id ?? 0) - (b[0]?.id ?? 0));
  for (const own of owns) {
    own.forEach((h, i) => {
      if (!headsSection(h) || !applies(h.text)) return;
      const words = h.text.toLowerCase().split(/[^\p{L}]+/u);
      if (!words.some((w) => WHO_WORDS.some((who) => w.startsWith(who)))) return;
      for (const p of own.slice(i + 1, i + 1 + UNDER_HEADING)) {
        if (headsSection(p)) break;
        out.push(p);
      }
    });
  }
  return out;
}

// A short line asking a question ("Vem kan söka?", "Vad kan ni få?") heads the sentences under it.
const QUESTION_HEADING_WORDS = 6;

function headsSection(p: Passage): boolean {
  return (
    p.heading ||
    (p.text.trimEnd().endsWith("?") && p.text.split(/\s+/).length <= QUESTION_HEADING_WORDS)
  );
}

/** "utbildningspotten 2032, vem kan söka?": the subject's sentences that say who applies, or plainly none. */
function answerEligible(ctx: AnswerContext): Draft {
  const subject = [
    ...ctx.query.names,
    ...ctx.query.topicWords,
    ...ctx.query.orgs.map((o) => o.name),
  ];
  const applies = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => APPLYING.some((a) => w.startsWith(a)));
  const hits =
    subject.length === 0
      ? []
      : ctx.knowledge.passages.search(subject.join(" "), {
          limit: MAX_PASSAGES * 4,
          filter: (p) => !p.heading,
        });
  // "Vem kan söka?" over "Företag, universitet … kan delta.": a heading that asks who applies tells what its
  // sentences answer, first.
  const underHeading = underWhoApplies(ctx, new Set(hits.map((p) => p.docId)), applies);
  const found = [
    ...underHeading,
    ...hits.filter((p) => applies(p.text) && !underHeading.includes(p)),
  ].slice(0, MAX_PASSAGES);
  const asked = ctx.query.topicWords.join(" ") || ctx.query.names.join(" ");
  if (found.length === 0)
    return decline(
      "passage",
      say(
        ctx.language,
        `Dokumenten säger inte vem som kan söka${asked ? ` ${asked}` : ""}.`,
        `The documents don't say who may apply${asked ? ` for “${asked}”` : ""}.`,
      ),
    );
  const intro = say(
    ctx.language,
    "Det här säger dokumenten om vem som kan söka:",
    `This is what the documents say about who may apply${swedishQuoteNote(ctx, found)}:`,
  );
  const lines = found.map((p) => `• “${p.text}” ${ctx.citations.markers([p]).text}`);
  return { intent: "passage", answered: true, text: [intro, ...lines].join("\n"), figures: [] };
}
