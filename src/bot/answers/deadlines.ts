import {
  type DateMatch,
  findDates,
  MONTH_NAMES_EN,
  MONTH_NAMES_SV,
  type Passage,
} from "../../knowledge/index.js";
import { hasTopic, matchTopic } from "../match.js";
import { say } from "../say.js";
import type { AnswerContext, Draft } from "./context.js";
import { decline } from "./context.js";
import { memo } from "./memo.js";

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

/** When the question names a topic, only the documents that fund it; null when it names none. */
function topicDocuments(ctx: AnswerContext): Set<string> | null {
  if (!hasTopic(ctx.query)) return null;
  const matched = matchTopic(ctx.query, ctx.index);
  if (matched.length === 0) return null;
  return new Set(matched.flatMap((e) => e.entry.sources.map((s) => s.docId)));
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
  const wanted = KINDS.filter(([, re]) => re.test(ctx.query.text) && re.source !== ".");
  const docs = topicDocuments(ctx);
  const found = memo(ctx.knowledge, "deadlines", () => allDeadlines(ctx)).filter(
    ({ passage, date, kind }) =>
      (wanted.length === 0 || wanted.includes(kind)) &&
      (ctx.query.years.length === 0 || ctx.query.years.includes(date.year)) &&
      (docs === null || docs.has(passage.docId)),
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
  const lines = found.slice(0, MAX_DEADLINES).map(({ passage, date, kind }) => {
    const marker = ctx.citations.markers([passage]).text;
    return `• ${dateText(date, sv)}: ${sv ? kind[2] : kind[3]} ${marker}`;
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
