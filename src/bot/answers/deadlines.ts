import {
  type DateMatch,
  findDates,
  MONTH_NAMES_EN,
  MONTH_NAMES_SV,
  type Passage,
  phraseStems,
} from "../../knowledge/index.js";
import { hasTopic, inYears, matchTopic } from "../match.js";
import { say, shorten } from "../say.js";
import type { AnswerContext, Draft } from "./context.js";
import { decline } from "./context.js";
import { memo } from "./memo.js";
import { documentsOf } from "./scope.js";

// A chat answer lists a handful; more is noise, and a year or topic narrows it.
const MAX_DEADLINES = 12;

type DeadlineKind = "report" | "requisition" | "repayment" | "other";

// What a deadline is for, read from its sentence.
const KINDS: ReadonlyArray<[DeadlineKind, RegExp, string, string]> = [
  [
    "repayment",
    /återbetal|betalas\s+tillbaka|betala\s+tillbaka|repa(?:y|id)|paid\s+back|pay\s+back/i,
    "återbetalning",
    "repayment",
  ],
  ["requisition", /rekvisition|requisition|rekvirera/i, "rekvisition", "requisition"],
  ["report", /redovis|rapport|report/i, "redovisning", "report"],
  ["other", /./, "sista dag", "deadline"],
];

function dateText(d: DateMatch, sv: boolean): string {
  const month = d.month ? (sv ? MONTH_NAMES_SV : MONTH_NAMES_EN)[d.month - 1] : null;
  return month ? `${d.day ? `${d.day} ` : ""}${month} ${d.year}` : String(d.year);
}

interface Deadline {
  passage: Passage;
  date: DateMatch;
  kind: (typeof KINDS)[number];
}

function countShared(text: string, stems: Set<string>): number {
  return new Set(phraseStems(text).filter((s) => stems.has(s))).size;
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
function narrowByTopic(ctx: AnswerContext, found: Deadline[]): Deadline[] {
  if (!hasTopic(ctx.query)) return found;
  // The documents about the asked topic first; then, among their deadlines, the sentences that share
  // most of the asked words ("Region Skåne ska lämna …").
  const matched = matchTopic(ctx.query, ctx.index);
  const docs = documentsOf(matched);
  const inDocs = found.filter(({ passage }) => docs.has(passage.docId));
  const pool = inDocs.length > 0 ? inDocs : found;
  const stems = new Set(ctx.query.stems);
  const overlap = pool.map((d) => countShared(d.passage.text, stems));
  const best = Math.max(0, ...overlap);
  return best > 0 ? pool.filter((_, i) => overlap[i] === best) : pool;
}

/** Every deadline in the corpus, in date order: read once per knowledge. */
function allDeadlines(ctx: AnswerContext): Deadline[] {
  const found: Deadline[] = [];
  for (const passage of ctx.knowledge.passages.all()) {
    for (const date of findDates(passage.text)) {
      if (date.cue !== "deadline") continue;
      const kind = KINDS.find(([, re]) => re.test(passage.text)) ?? (KINDS[3] as Deadline["kind"]);
      found.push({ passage, date, kind });
    }
  }
  found.sort(
    (a, b) =>
      a.date.year - b.date.year ||
      (a.date.month ?? 0) - (b.date.month ?? 0) ||
      (a.date.day ?? 0) - (b.date.day ?? 0),
  );
  return found;
}

/** Report, requisition and repayment deadlines, in date order, each with the sentence that sets it. */
export function answerDeadlines(ctx: AnswerContext): Draft {
  const wanted = KINDS.filter(([kind]) =>
    ctx.query.cues.has(kind === "repayment" ? "repay" : kind),
  );
  const years = ctx.query.years;
  const yearDocs = documentsFunding(ctx, years);
  // "the report for the 14,5 million": the deadlines of the documents that state that amount.
  const asked = new Set(ctx.query.amounts.map((a) => a.valueSek));
  const amountDocs = documentsOf(ctx.index.entries.filter((e) => asked.has(e.entry.amountSek)));
  const candidates = memo(ctx.knowledge, "deadlines", () => allDeadlines(ctx)).filter(
    ({ passage, date, kind }) =>
      (wanted.length === 0 || wanted.includes(kind)) &&
      // "redovisa 2024 uppdraget": the deadline of that year's grant may fall in 2025.
      (years.length === 0 || years.includes(date.year) || yearDocs.has(passage.docId)) &&
      (asked.size === 0 || amountDocs.has(passage.docId)),
  );
  const found = narrowByTopic(ctx, candidates);
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
  const lines = found.slice(0, MAX_DEADLINES).map(({ passage, date, kind }) => {
    const marker = ctx.citations.markers([passage]).text;
    // Who reports what to whom is in the sentence itself.
    return `• ${dateText(date, sv)}: ${sv ? kind[2] : kind[3]} – “${shorten(passage.text, 110)}” ${marker}`;
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
