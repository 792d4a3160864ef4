// "list all grants over 50 million", "vilka anslag var över 50 miljoner?": the subject's grants past the bar,
// largest first, each with its quote; none past it is said, with the largest there is.

import type { LedgerEntry } from "../../knowledge/index.js";
import type { Figure } from "../answer.js";
import { inYears } from "../match.js";
import { asksYearWord } from "../route.js";
import { say } from "../say.js";
import type { Threshold } from "../threshold.js";
import { meetsThreshold } from "../threshold.js";
import { subjectEntries, yearSums } from "./computed.js";
import { type AnswerContext, amountText, type Draft, decline, entryFigure } from "./context.js";
import { describeEntry } from "./describe.js";
import { paidTo } from "./paid-to.js";

// Past this a list is unreadable in chat; the count says how many more there are.
const MAX_LISTED = 10;

const BAR_WORDS: Record<string, [string, string]> = {
  "above-false": ["över", "over"],
  "above-true": ["minst", "at least"],
  "below-false": ["under", "under"],
  "below-true": ["högst", "at most"],
};

/** The grants that pass the question's bar (`threshold` set), in the asked years. */
export function answerOverThreshold(ctx: AnswerContext): Draft {
  const bar = ctx.query.threshold;
  if (bar === null) return decline("threshold-list", "");
  // "vilka år fick GMS över 70 miljoner?": a year's money is its sum, not one grant.
  if (asksYearWord(ctx.query)) return yearsOverThreshold(ctx, bar);
  const pool = subjectEntries(ctx).filter((e) => inYears(e, ctx.query.years));
  const passing = pool
    .filter((e) => meetsThreshold(e.amountSek, bar))
    .sort((a, b) => b.amountSek - a.amountSek || (a.year ?? 0) - (b.year ?? 0));
  const [sv, en] = BAR_WORDS[`${bar.direction}-${bar.inclusive}`] ?? ["över", "over"];
  const barText = amountText(ctx, bar.valueSek);
  if (passing.length === 0) {
    const largest = [...pool].sort((a, b) => b.amountSek - a.amountSek)[0];
    const none = say(ctx.language, `Inget anslag ${sv} ${barText}.`, `No grant ${en} ${barText}.`);
    if (!largest || bar.direction === "below") return decline("threshold-list", none);
    const top = say(ctx.language, "Störst:", "The largest:");
    return {
      intent: "threshold-list",
      answered: true,
      text: `${none} ${top} ${describeEntry(ctx, largest)}`,
      figures: [entryFigure(ctx, largest).figure],
    };
  }
  const shown = passing.slice(0, MAX_LISTED);
  const more = passing.length - shown.length;
  const lead = say(
    ctx.language,
    `Anslag ${sv} ${barText} (${passing.length}):`,
    `Grants ${en} ${barText} (${passing.length}):`,
  );
  // "vem fick mer än 60 miljoner?": each grant with who got it (and whom it is paid to).
  const who = ctx.query.cues.has("who") ? receiversOf(ctx) : null;
  const lines = shown.map((e) => `• ${describeEntry(ctx, e)}${who ? who(e) : ""}`);
  if (more > 0) lines.push(say(ctx.language, `… och ${more} till.`, `… and ${more} more.`));
  return {
    intent: "threshold-list",
    answered: true,
    text: [lead, ...lines].join("\n"),
    figures: shown.map((e) => entryFigure(ctx, e).figure),
  };
}

/** Each grant's receiver as a note: the ledger's recipient, and the organisation a paying sentence names. */
function receiversOf(ctx: AnswerContext): (e: LedgerEntry) => string {
  const paid = new Map<LedgerEntry, string[]>();
  const names = new Set(
    ctx.knowledge.statements.channels
      .filter((c) => c.kind === "paid-to")
      .map((c) => c.organisation),
  );
  for (const name of names)
    for (const e of paidTo(ctx, name).entries) paid.set(e, [...(paid.get(e) ?? []), name]);
  return (e) => {
    const to = (paid.get(e) ?? []).filter((n) => n !== e.recipient);
    const parts = [
      e.recipient
        ? say(ctx.language, `Mottagare: ${e.recipient}`, `Recipient: ${e.recipient}`)
        : "",
      to.length > 0
        ? say(ctx.language, `utbetalt till ${to.join(", ")}`, `paid to ${to.join(", ")}`)
        : "",
    ].filter((x) => x.length > 0);
    if (parts.length === 0)
      return say(ctx.language, " Mottagaren namnges inte.", " No recipient is named.");
    return ` ${parts.join(", ")}.`;
  };
}

function yearsOverThreshold(ctx: AnswerContext, bar: Threshold): Draft {
  const entries = subjectEntries(ctx).filter((e) => e.year !== null && inYears(e, ctx.query.years));
  // Summed first without citing: only the years shown cite their grants.
  const totals = new Map<number, number>();
  for (const e of entries) totals.set(e.year ?? 0, (totals.get(e.year ?? 0) ?? 0) + e.amountSek);
  const shown = new Set([...totals].filter(([, sum]) => meetsThreshold(sum, bar)).map(([y]) => y));
  const passing = yearSums(
    ctx,
    entries.filter((e) => shown.has(e.year ?? 0)),
    (y) => say(ctx.language, `summa ${y}`, `sum ${y}`),
  );
  const [sv, en] = BAR_WORDS[`${bar.direction}-${bar.inclusive}`] ?? ["över", "over"];
  const barText = amountText(ctx, bar.valueSek);
  if (passing.length === 0)
    return decline(
      "threshold-list",
      say(ctx.language, `Inget år ${sv} ${barText}.`, `No year ${en} ${barText}.`),
    );
  const computedNote = passing.some((s) => s.figure.derived)
    ? say(ctx.language, " (summor uträknade av boten)", " (sums computed by the bot)")
    : "";
  const lead = say(
    ctx.language,
    `År ${sv} ${barText}${computedNote}:`,
    `Years ${en} ${barText}${computedNote}:`,
  );
  const markers = (f: Figure) => f.citations.map((c) => `[${c}]`).join("");
  const lines = passing.map((s) => `• ${s.year}: ${amountText(ctx, s.sum)} ${markers(s.figure)}`);
  return {
    intent: "threshold-list",
    answered: true,
    text: [lead, ...lines].join("\n"),
    figures: passing.map((s) => s.figure),
  };
}
