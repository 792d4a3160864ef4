// What the documents propose (a debate article's demand, a board member's motion): quoted whole, never as
// money granted, since nobody has decided on it.
import type { ProposalStatement } from "../../knowledge/index.js";
import { tokenize } from "../lexicon.js";
import { findLexicon, valuesOf } from "../lexicon-match.js";
import { capital, say, shorten } from "../say.js";
import { type AnswerContext, amountText, type Draft } from "./context.js";

// A proposal is quoted whole, up to this many characters.
const QUOTE_MAX = 240;
const MAX_PROPOSALS = 4;
// Cues that ask for a proposal or its money, not what it is about (every proposal names kronor).
const ASKING = new Set([
  "proposal",
  "who",
  "which",
  "what",
  "when",
  "more",
  "less",
  "amount",
  "howMuch",
]);
// A question word shares a proposal's subject when the proposal holds its first letters ("medfinansiering").
const STEM_CHARS = 6;
const MIN_WORD = 5;

/** "Hur mycket vill debattörerna att staten satsar?": a kind of document's proposals; null when it has none. */
export function answerProposals(
  ctx: AnswerContext,
  ids: ReadonlySet<string>,
  named: string,
): Draft | null {
  const proposals = ctx.knowledge.statements.proposals.filter((p) => ids.has(p.span.docId));
  if (proposals.length === 0) return null;
  const lead = say(
    ctx.language,
    `I ${named} föreslås pengar som ingen har beslutat om – ett förslag, inte ett anslag:`,
    `${capital(named)} proposes money nobody has decided on – a proposal, not a grant:`,
  );
  return quoted(ctx, lead, proposals);
}

/**
 * "vem yrkade på högre medfinansiering?", "who proposed more money?": the proposals that share a word with
 * the question (each names its proposer), else all of them, saying none names the subject; null when none.
 */
export function answerWhoProposed(ctx: AnswerContext): Draft | null {
  const all = ctx.knowledge.statements.proposals;
  if (all.length === 0) return null;
  // The asker's words and their Swedish ("the left party" is "Vänsterpartiet" in the proposal).
  const words = [...ctx.query.coverage.used, ...ctx.query.topicWords]
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= MIN_WORD)
    .map((w) => w.slice(0, STEM_CHARS));
  // Cues name a subject across languages: "co-funding" asks about "medfinansiering".
  const cues = [...ctx.query.cues].filter((c) => !ASKING.has(c));
  // "vill V ge gms 120 mkr per år?": an amount the question names is a word the proposal shares too.
  const asked = new Set(ctx.query.amounts.map((a) => a.valueSek));
  const score = (p: ProposalStatement) => {
    const text = p.span.text.toLowerCase();
    const own = valuesOf(findLexicon(tokenize(p.span.text)), "cue");
    return (
      words.filter((w) => text.includes(w)).length +
      cues.filter((c) => own.includes(c)).length +
      p.amounts.filter((a) => asked.has(a.valueSek)).length
    );
  };
  const best = Math.max(...all.map(score));
  const naming = best > 0 ? all.filter((p) => score(p) === best) : all;
  const lead =
    best > 0
      ? say(
          ctx.language,
          "Förslaget i dokumenten (ett förslag, inget beslut):",
          "The proposal in the documents (a proposal, not a decision):",
        )
      : say(
          ctx.language,
          "Inget förslag i dokumenten nämner det du frågar om. Förslagen som finns (inga beslut):",
          "No proposal in the documents names what you ask about. The proposals there are (none decided):",
        );
  return quoted(ctx, lead, naming);
}

/**
 * "hur mkt bad gms om i hemställan?", "how much did gms ask the government for?": the requests the documents
 * tell, each amount shown as asked for and never as granted; null when no document tells one.
 */
export function answerRequests(ctx: AnswerContext): Draft | null {
  const all = ctx.knowledge.statements.requests;
  // "is the 150 mil the steering group wanted happening": the request of the amount named, when one is.
  const asked = new Set(ctx.query.amounts.map((a) => a.valueSek));
  const ofAmount = all.filter((r) => r.amounts.some((a) => asked.has(a.valueSek)));
  // "sjuksköterskeförbundets krav": the requests that share the asker's words, when some do.
  const ofSubject = ofAmount.length > 0 ? [] : sharingWords(ctx, all);
  // "vilka krav ställs på leverantören?": a "krav" of a subject no request names is a requirement, no demand.
  const requirement = ctx.query.cues.has("demand") && !ctx.query.cues.has("askedFor");
  if (
    requirement &&
    ofAmount.length === 0 &&
    ofSubject.length === 0 &&
    subjectWords(ctx).length > 0
  )
    return null;
  const requests =
    ofAmount.length > 0 ? ofAmount : ofSubject.length > 0 ? ofSubject : gmsOwnFirst(ctx, all);
  if (requests.length === 0) return null;
  // "is the 150 mil they wanted happening?": a request is no grant, so the answer is no, and no figure is told.
  const yesNo = ctx.query.cues.has("yesNo") && ofAmount.length > 0;
  const lead = yesNo
    ? say(
        ctx.language,
        "Nej, inte enligt dokumenten – de anger beloppet som en begäran, inga beviljade medel:",
        "No, not according to the documents – they tell the amount as a request, not money granted:",
      )
    : say(
        ctx.language,
        "Det här begärdes enligt dokumenten – en begäran, inga beviljade medel:",
        "What the documents say was asked for – a request, not money granted:",
      );
  const figures: Draft["figures"] = [];
  const items = requests.slice(0, MAX_PROPOSALS).map((r) => {
    const { ids, text } = ctx.citations.markers([r.span]);
    const amounts = r.amounts.map((a) => {
      // "minst hundra miljoner kronor": a figure only where its quote writes it in digits, for a reader to find.
      if (/\d/.test(a.span.text))
        figures.push({
          amountSek: a.valueSek,
          year: null,
          label: say(ctx.language, "begärt, inte beviljat", "requested, not granted"),
          derived: false,
          citations: ids,
        });
      return amountText(ctx, a.valueSek);
    });
    const quote = shorten(r.span.text, QUOTE_MAX);
    const asked = say(ctx.language, "begärt", "asked for");
    return `• ${amounts.join(", ")} ${asked}: ${say(ctx.language, `”${quote}”`, `“${quote}”`)} ${text}`;
  });
  return {
    intent: "stated",
    answered: true,
    text: [lead, ...items].join("\n"),
    figures: yesNo ? [] : figures,
  };
}

/** The statements that share most of the asker's longer words ("sjuksköterskeförbundet"); none when none does. */
function sharingWords(
  ctx: AnswerContext,
  statements: readonly ProposalStatement[],
): ProposalStatement[] {
  const words = [...ctx.query.coverage.used, ...subjectWords(ctx)]
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= MIN_WORD)
    .map((w) => w.slice(0, STEM_CHARS));
  if (words.length === 0) return [];
  const score = (p: ProposalStatement) => {
    const text = p.span.text.toLowerCase();
    return words.filter((w) => text.includes(w)).length;
  };
  const best = Math.max(0, ...statements.map(score));
  return best > 0 ? statements.filter((p) => score(p) === best) : [];
}

// Words by which a request is GMS's own: its name, or its people speaking ("Vi bad om …" in an interview).
const GMS_ASKING =
  /(?:^|[^\p{L}])(?:GMS|Genomic Medicine Sweden|[Vv]i|[Ww]e|vår|our)(?=[^\p{L}]|$)/u;

/** "how much did gms ask the government for": GMS's own requests, when some are, never a union's demand. */
function gmsOwnFirst(
  ctx: AnswerContext,
  requests: readonly ProposalStatement[],
): readonly ProposalStatement[] {
  if (!ctx.query.mentionsGms) return requests;
  const own = requests.filter((r) => GMS_ASKING.test(r.span.text));
  return own.length > 0 ? own : requests;
}

/** The asker's subject words long enough to tell a subject ("sjuksköterskeförbundets", "leverantören"). */
function subjectWords(ctx: AnswerContext): string[] {
  return [...ctx.query.topicWords, ...ctx.query.coverage.unplaced].filter(
    (w) => w.length >= MIN_WORD,
  );
}

function quoted(ctx: AnswerContext, lead: string, proposals: readonly ProposalStatement[]): Draft {
  const items = proposals.slice(0, MAX_PROPOSALS).map((p) => {
    const { text } = ctx.citations.markers([p.span]);
    const quote = shorten(p.span.text, QUOTE_MAX);
    return `• ${say(ctx.language, `”${quote}”`, `“${quote}”`)} ${text}`;
  });
  return { intent: "stated", answered: true, text: [lead, ...items].join("\n"), figures: [] };
}
