import type { LedgerEntry, Span } from "../../knowledge/index.js";
import { linkedDocuments } from "../links.js";
import { hasTopic, type IndexedEntry, inYears, matchTopic } from "../match.js";
import type { AnswerContext } from "./context.js";
import { memo } from "./memo.js";
import { documentsOf } from "./scope.js";

/**
 * The entries about the asked topic; null when the question names none. Words no entry knows are noise
 * ("taken", "other"), unless they name a condition the documents don't cover: then nothing matches.
 */
function topicEntries(ctx: AnswerContext): IndexedEntry[] | null {
  if (!hasTopic(ctx.query)) return null;
  const matched = matchTopic(ctx.query, ctx.index);
  return matched.length === 0 && ctx.query.unknown.length === 0 ? null : matched;
}

/**
 * "vem betalar ut pengarna till lungcancer?", "who pays the 14,5 million?": the entries asked about, or
 * null when the question names no topic or amount.
 */
export function askedEntries(ctx: AnswerContext): LedgerEntry[] | null {
  const amounts = new Set(ctx.query.amounts.map((a) => a.valueSek));
  const topic = topicEntries(ctx);
  if (!topic && amounts.size === 0) return null;
  const wanted = (e: LedgerEntry) =>
    inYears(e, ctx.query.years) && (amounts.size === 0 || amounts.has(e.amountSek));
  const both = (topic ?? ctx.index.entries).map((e) => e.entry).filter(wanted);
  if (both.length > 0 || !topic || amounts.size === 0) return both;
  // "de 18 miljonerna till Västerbotten": the amount as told in the documents about the topic.
  const docs = documentsOf(topic);
  return ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => wanted(e) && e.sources.some((s) => docs.has(s.docId)));
}

// Sentences scoring at least this share of the best hit name the topic too.
const SEARCH_FLOOR = 0.5;

/**
 * The documents whose sentences name the asked words ("AMR" → the decision about antibiotikaresistens); with a
 * year asked, searched among that year's documents only (a word every year's pages use ranks them all alike).
 */
function searchedDocuments(ctx: AnswerContext, within: ReadonlySet<string> | null): Set<string> {
  const query = ctx.query.stems.join(" ");
  const filter = within ? (p: { docId: string }) => within.has(p.docId) : undefined;
  const hits =
    query === ""
      ? []
      : ctx.knowledge.passages.search(query, filter ? { limit: 10, filter } : { limit: 10 });
  const best = hits[0]?.score ?? 0;
  return new Set(hits.filter((h) => h.score >= best * SEARCH_FLOOR).map((h) => h.docId));
}

/**
 * The documents a who/when question is about: those stating the asked money or naming the asked topic,
 * within the asked year (a multi-year total spans too much to tie it to one); null when it names none.
 */
export function askedDocuments(ctx: AnswerContext): Set<string> | null {
  const numbered = numberedDocuments(ctx);
  if (numbered.size > 0) return numbered;
  const years = ctx.query.years;
  const yearDocs =
    years.length === 0
      ? null
      : documentsOf(
          ctx.index.entries.filter(
            (e) => e.entry.role !== "multi-year-total" && inYears(e.entry, years),
          ),
        );
  const entries = askedEntries(ctx);
  if (!entries) return yearDocs;
  const docs = documentsOf(entries);
  // An amount names its documents; a topic may be told in a sentence that names no amount.
  if (topicEntries(ctx) && ctx.query.unknown.length === 0 && ctx.query.amounts.length === 0) {
    for (const doc of searchedDocuments(ctx, yearDocs)) docs.add(doc);
  }
  return docs;
}

/**
 * "beslutet S2026/01867": the documents filed under the numbers the question names; a decision's own number
 * heads it, so minutes that only cite it as their basis are left out when the decision itself is loaded.
 */
export function numberedDocuments(ctx: AnswerContext): Set<string> {
  // "vad säger https://…": the document published at that address.
  const linked = linkedDocuments(ctx.knowledge.documents, ctx.query.links ?? []);
  if (linked.size > 0) return linked;
  const asked = new Set(ctx.query.references.map((r) => r.toLowerCase()));
  if (asked.size === 0) return new Set();
  const named = ctx.knowledge.statements.references.filter((r) =>
    asked.has(r.number.text.toLowerCase()),
  );
  const decisionDocs = decisionDocuments(ctx);
  // A number in a document's header (or in a decision) is its own; one cited further down is another's.
  const own = named.filter((r) => decisionDocs.has(r.span.docId) || r.inHeader);
  return new Set((own.length > 0 ? own : named).map((r) => r.span.docId));
}

/** The documents that are decisions themselves (not retellings of one), read once per load. */
export function decisionDocuments(ctx: AnswerContext): ReadonlySet<string> {
  return memo(
    ctx.knowledge,
    "decision-documents",
    () =>
      new Set(
        ctx.knowledge.statements.decisions
          .filter((d) => d.fromDecisionDocument)
          .map((d) => d.span.docId),
      ),
  );
}

/** "the april 2026 decision": the month the question names, if any. */
export function askedMonth(ctx: AnswerContext): number | null {
  return ctx.query.months[0] ?? null;
}

/** A filter on spans: only those in `docs`, or all when `docs` is null. */
export function inDocuments(docs: ReadonlySet<string> | null): (s: Span) => boolean {
  return (s) => docs === null || docs.has(s.docId);
}
