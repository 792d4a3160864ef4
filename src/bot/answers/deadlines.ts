import {
  countsAsGrant,
  type DeadlineStatement,
  documentOpenings,
  phraseStems,
  projectNamesOf,
} from "../../knowledge/index.js";
import { hasTopic, inYears, matchTopic } from "../match.js";
import type { Cue } from "../query.js";
import { say, shorten } from "../say.js";
import { numberedDocuments } from "./asked.js";
import { answerConditions } from "./conditions.js";
import type { AnswerContext, Draft } from "./context.js";
import { decline } from "./context.js";
import { documentsOfAskedKinds } from "./document-states.js";
import { memo } from "./memo.js";
import { answerPeriods } from "./periods.js";
import { namesWord } from "./quoted-names.js";
import { documentsOf, yearOwners } from "./scope.js";
import { dateText } from "./stated-dates.js";

// A chat answer lists a handful; more is noise, and a year or topic narrows it.
const MAX_DEADLINES = 12;

type Kind = DeadlineStatement["kind"];

// The lexicon's cue for each kind of deadline the asker may want.
const ASKED_KINDS: ReadonlyArray<[Kind, Cue]> = [
  ["repayment", "repay"],
  ["requisition", "requisition"],
  ["report", "report"],
  ["application", "apply"],
];
const KIND_NAMES: Record<Kind, [string, string]> = {
  repayment: ["återbetalning", "repayment"],
  requisition: ["rekvisition", "requisition"],
  report: ["redovisning", "report"],
  application: ["sista ansökningsdag", "application deadline"],
  other: ["sista dag", "deadline"],
};

/** Every deadline under each stem of its sentence: stemmed once per load, not once per question. */
function deadlinesByStem(ctx: AnswerContext): Map<string, DeadlineStatement[]> {
  return memo(ctx.knowledge, "deadlines-by-stem", () => {
    const byStem = new Map<string, DeadlineStatement[]>();
    for (const d of ctx.knowledge.statements.deadlines) {
      for (const s of new Set(phraseStems(d.span.text))) {
        const list = byStem.get(s);
        if (list) list.push(d);
        else byStem.set(s, [d]);
      }
    }
    return byStem;
  });
}

/** How many of the asked stems each deadline's sentence names (those naming none are left out). */
function sharedStems(
  ctx: AnswerContext,
  pool: readonly DeadlineStatement[],
): Map<DeadlineStatement, number> {
  const inPool = new Set(pool);
  const shared = new Map<DeadlineStatement, number>();
  const byStem = deadlinesByStem(ctx);
  for (const s of new Set(ctx.query.stems))
    for (const d of byStem.get(s) ?? []) if (inPool.has(d)) shared.set(d, (shared.get(d) ?? 0) + 1);
  return shared;
}

function documentsFunding(ctx: AnswerContext, years: readonly number[]): Set<string> {
  // A multi-year total spans too much to tie a document's deadlines to one year.
  const entries = ctx.index.entries.filter(
    (e) => years.length > 0 && e.entry.role !== "multi-year-total" && inYears(e.entry, years),
  );
  return documentsOf(entries);
}

/**
 * "när ska Region Skåne redovisa?": deadlines whose sentence names the asked words first; else those
 * in the documents that fund the asked topic; else all.
 */
function narrowByTopic(ctx: AnswerContext, found: DeadlineStatement[]): DeadlineStatement[] {
  if (!hasTopic(ctx.query)) return found;
  const docs = documentsOf(matchTopic(ctx.query, ctx.index));
  const inDocs = found.filter((d) => docs.has(d.span.docId));
  const pool = inDocs.length > 0 ? inDocs : found;
  const shared = sharedStems(ctx, pool);
  const best = Math.max(0, ...shared.values());
  if (best > 0) return pool.filter((d) => shared.get(d) === best);
  // "the closing date for the bioinformatics job in umeå": no deadline's sentence has the words, but the page
  // whose passages do best sets the deadline meant.
  const pages = new Set(
    ctx.knowledge.passages
      .search(ctx.query.topicWords.join(" "), { limit: PAGE_PASSAGES })
      .map((p) => p.docId),
  );
  const onPage = pool.filter((d) => pages.has(d.span.docId));
  return onPage.length > 0 ? onPage : pool;
}
// How many of the best passages for the asked words point at the pages whose deadlines are meant.
const PAGE_PASSAGES = 3;

/** Whether the asked subject is that of a funded document, or shares a word with a deadline's sentence. */
function topicKnown(ctx: AnswerContext, found: DeadlineStatement[]): boolean {
  if (documentsOf(matchTopic(ctx.query, ctx.index)).size > 0) return true;
  return Math.max(0, ...sharedStems(ctx, found).values()) > 0;
}

/** "när ska SoS redovisa?": the deadlines the asked organisation must meet, when a sentence names it so. */
function narrowByOrg(ctx: AnswerContext, found: DeadlineStatement[]): DeadlineStatement[] {
  const { bySentence, byPage } = orgConcerns(ctx);
  const own = found.filter(bySentence);
  if (own.length > 0) return own;
  const onOwnPage = found.filter(byPage);
  return onOwnPage.length > 0 ? onOwnPage : found;
}

/**
 * Whether a deadline is the asked organisation's: its sentence names it as who must act (a sentence too long to
 * name who acts still names the organisation it is about); else, one its sentence leaves to "Projektledaren",
 * when it stands on the organisation's own page (its title, publisher or masthead names it).
 */
function orgConcerns(ctx: AnswerContext): {
  bySentence: (d: DeadlineStatement) => boolean;
  byPage: (d: DeadlineStatement) => boolean;
} {
  const names = new Set(ctx.query.orgs.map((o) => o.name.toLowerCase()));
  const openings = documentOpenings(ctx.knowledge.documents, ctx.knowledge.passages);
  return {
    bySentence: (d) =>
      d.who !== null
        ? names.has(d.who.toLowerCase())
        : [...names].some((n) => d.span.text.toLowerCase().includes(n)),
    byPage: (d) => [...names].some((n) => namesWord(openings.get(d.span.docId) ?? "", n)),
  };
}

/** "sista ansökningsdag i utlysningen": the deadlines of the kind of document named, when it sets any. */
function narrowByKind(ctx: AnswerContext, found: DeadlineStatement[]): DeadlineStatement[] {
  if (ctx.query.docKinds.length === 0) return found;
  const docs = documentsOfAskedKinds(ctx);
  const own = found.filter((d) => docs.has(d.span.docId));
  return own.length > 0 ? own : found;
}

/** Every deadline in date order (a date without a year last): sorted once per knowledge. */
function sortedDeadlines(ctx: AnswerContext): DeadlineStatement[] {
  const key = (d: DeadlineStatement) => [d.by.year ?? 9999, d.by.month ?? 0, d.by.day ?? 0];
  return [...ctx.knowledge.statements.deadlines].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0) || (x[2] ?? 0) - (y[2] ?? 0);
  });
}

/** Report, requisition and repayment deadlines, in date order, each with the sentence that sets it. */
export function answerDeadlines(ctx: AnswerContext): Draft {
  if (ctx.query.cues.has("period")) return answerPeriods(ctx);
  const conditions = conditionAsked(ctx) ? answerConditions(ctx) : null;
  if (conditions) return conditions;
  // "what conditions apply to …": "apply" there asks for no application deadline.
  const asks = (cue: Cue) => ctx.query.cues.has(cue) && !(cue === "apply" && conditionAsked(ctx));
  const named = ASKED_KINDS.filter(([, cue]) => asks(cue)).map(([k]) => k);
  // "när betalades 66 mkr ut": money is paid out on requisition.
  const paying = ctx.query.cues.has("payer") || ctx.query.cues.has("pays");
  const wanted: Kind[] = named.length === 0 && paying ? ["requisition"] : named;
  const years = ctx.query.years;
  const yearDocs = documentsFunding(ctx, years);
  // "the report for the 14,5 million": the deadlines of the documents that state that amount.
  const asked = new Set(ctx.query.amounts.map((a) => a.valueSek));
  // Of the documents stating the amount, those granting it (not those retelling it), when any.
  const ofAmount = ctx.index.entries.filter((e) => asked.has(e.entry.amountSek));
  const granting = ofAmount.filter((e) => e.entry.gms && countsAsGrant(e.entry));
  const amountDocs =
    granting.length > 0
      ? yearOwners(ctx, [...new Set(granting.flatMap((e) => e.entry.years))], granting)
      : documentsOf(ofAmount);
  // "när ska det redovisas enligt S2026/01867?": the numbered document's deadlines only.
  const numbered = numberedDocuments(ctx);
  const ofKind = memo(ctx.knowledge, "deadlines", () => sortedDeadlines(ctx)).filter(
    (d) =>
      (wanted.length === 0 || wanted.includes(d.kind)) &&
      (numbered.size === 0 || numbered.has(d.span.docId)),
  );
  const ofAmounts = ofKind.filter((d) => asked.size === 0 || amountDocs.has(d.span.docId));
  // "and when is the final report due?" after Cancerfonden's money: an amount carried from the talk, told with
  // none of the asked organisation's deadlines, gives way to the organisation the talk names.
  const carried = ctx.query.amounts.length > 0 && ctx.query.amounts.every((a) => a.text === "");
  const { bySentence, byPage } = orgConcerns(ctx);
  const ofOrg = (d: DeadlineStatement) => bySentence(d) || byPage(d);
  const all =
    carried && ctx.query.orgs.length > 0 && !ofAmounts.some(ofOrg) && ofKind.some(ofOrg)
      ? ofKind.filter(ofOrg)
      : ofAmounts;
  // "deadlines for the 2025 money": those of the documents granting it, not of those retelling it.
  const ownDocs = years.length > 0 ? yearOwners(ctx, years) : new Set<string>();
  const granted = all.filter((d) => ownDocs.has(d.span.docId));
  // "cancerfonden sedan 2021 … och när ska slutrapporten lämnas?": the years a total spanned never hide the asked
  // organisation's own deadlines (one asked year still names the grant whose deadline is meant).
  const asksOrg = ctx.query.orgs.length > 0 && years.length > 1 && all.some(ofOrg);
  const own = asksOrg && !granted.some(ofOrg) ? [] : granted;
  const candidates =
    own.length > 0
      ? own
      : all.filter(
          // "redovisa 2024 uppdraget": the deadline of that year's grant may fall in 2025.
          (d) =>
            years.length === 0 ||
            years.includes(d.by.year ?? 0) ||
            yearDocs.has(d.span.docId) ||
            (asksOrg && ofOrg(d)),
        );
  // "the deadline for the SHARE-GEN project": only the documents that name the project can set one.
  const projectDocs = namedProjectDocuments(ctx);
  if (projectDocs && !candidates.some((d) => projectDocs.has(d.span.docId)))
    return decline(
      "deadline",
      say(
        ctx.language,
        `Dokumenten anger ingen tidsgräns för ${ctx.query.names.join(", ")}.`,
        `The documents set no deadline for ${ctx.query.names.join(", ")}.`,
      ),
    );
  const ofProject = projectDocs
    ? candidates.filter((d) => projectDocs.has(d.span.docId))
    : candidates;
  const found = narrowByKind(ctx, narrowByOrg(ctx, narrowByTopic(ctx, ofProject)));
  // "när ska projektplaner lämnas in": a subject no deadline or funded document speaks of is said back.
  if (named.length === 0 && hasTopic(ctx.query) && !topicKnown(ctx, candidates))
    return decline(
      "deadline",
      say(
        ctx.language,
        `Dokumenten anger ingen tidsgräns för ”${ctx.query.topicWords.join(" ")}”.`,
        `The documents set no deadline for “${ctx.query.topicWords.join(" ")}”.`,
      ),
    );
  if (found.length === 0)
    return decline(
      "deadline",
      say(
        ctx.language,
        "Dokumenten anger ingen sådan tidsgräns.",
        "The documents set no such deadline.",
      ),
    );

  const sv = ctx.language === "sv";
  const lines = found.slice(0, MAX_DEADLINES).map((d) => {
    const marker = ctx.citations.markers([d.span]).text;
    const kind = KIND_NAMES[d.kind][sv ? 0 : 1];
    // Who reports what to whom is in the sentence itself.
    return `• ${dateText(d.by, ctx.language)}: ${kind} – “${shorten(d.span.text, 110)}” ${marker}`;
  });
  lines.unshift(say(ctx.language, "Tidsgränser i dokumenten:", "Deadlines in the documents:"));
  const more = found.length - MAX_DEADLINES;
  if (more > 0) {
    lines.push(
      say(
        ctx.language,
        `… och ${more} till. Ange år eller område för att begränsa.`,
        `… and ${more} more. Name a year or an area to narrow it down.`,
      ),
    );
  }
  return { intent: "deadline", answered: true, text: lines.join("\n"), figures: [] };
}

/** The documents that write the project names the question names ("SHARE-GEN"); null when it names none. */
function namedProjectDocuments(ctx: AnswerContext): Set<string> | null {
  if (ctx.query.names.length === 0) return null;
  const writers = projectNamesOf(ctx.knowledge.documents);
  return new Set(ctx.query.names.flatMap((n) => [...(writers.get(n.toLowerCase()) ?? [])]));
}

// "vad händer om pengarna inte används": what happens to unused money is its repayment, no condition.
const conditionAsked = (ctx: AnswerContext) =>
  ctx.query.cues.has("condition") && !ctx.query.cues.has("repay");
