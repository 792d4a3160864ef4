// "Socialstyrelsen ska betala ut 66 miljoner till Region Skåne … Region Skåne fördelar medlen vidare till övriga
// parter inom GMS": the region the money is paid to passes it on. It is the channel; the grant is GMS's.
import { compileCues, findCues, hasCue } from "./cues.js";
import type { RawFact } from "./facts.js";
import { mentionsGms } from "./organisations.js";
import type { Segment } from "./segments.js";

/** Paying out: the organisation after "till" is who the money is paid to, not yet who it is for. */
const PAYS_OUT = compileCues([
  "betala ut",
  "betalar ut",
  "betalas ut",
  "utbetala",
  "utbetalas",
  "utbetald",
  "utbetalda",
  "utbetalt",
  "betalades ut",
  "betalats ut",
  "pay out",
  "pays out",
  "paid out",
  "paid by",
  "will be paid",
]);

/** A sentence saying its subject (or the "som" clause's antecedent) passes the money on. */
const PASSES_ON = compileCues([
  "fördelar medlen vidare",
  "fördelar pengarna vidare",
  "fördelar dem vidare",
  "för medlen vidare",
  "för pengarna vidare",
  "för dem vidare",
  "ansvarar för att fördela",
  "fördelar medlen till",
  "fördelar pengarna till",
  "passes them on",
  "passes it on",
  "distributes them",
  "distributes it",
]);

/** The same said in the passive, the passer named after the cue ("Medlen fördelas sedan av Region Skåne vidare"). */
const PASSED_ON_BY = compileCues([
  "fördelas av",
  "fördelas sedan av",
  "fördelas därefter av",
  "vidarefördelas av",
  "förs vidare av",
  "distributed by",
  "passed on by",
]);

/**
 * Recipients of GMS money paid out to an organisation the same document says passes it on: they become GMS's. On a
 * page about GMS (`pageAboutGms`) the payment's own sentence need not name GMS ("Region Skåne fick under 2027
 * totalt 80 000 000 kronor utbetalda").
 */
export function markPassedOn(
  facts: RawFact[],
  segments: readonly Segment[],
  pageAboutGms = false,
): void {
  // Most documents say of no one that it passes money on: one look at the whole text rules them out.
  const doc = facts[0]?.doc;
  if (!doc || !facts.some((f) => f.recipient !== null)) return;
  if (!hasCue(doc.text, PASSES_ON) && !hasCue(doc.text, PASSED_ON_BY)) return;
  const payees = facts.filter(
    (f) =>
      f.recipient !== null &&
      hasCue(f.segment.text, PAYS_OUT) &&
      (pageAboutGms || mentionsGms(f.segment.text)),
  );
  if (payees.length === 0) return;
  const passers = segments.filter((s) => hasCue(s.text, PASSES_ON) || hasCue(s.text, PASSED_ON_BY));
  for (const f of payees) {
    if (passers.some((s) => passesOn(s.text, f.recipient as string))) f.recipient = null;
  }
}

// How far after a passive cue ("fördelas sedan av") the passer's name may start.
const PASSIVE_REACH = 12;

/** The sentence says `name` passes the money on: named before an active cue, or right after a passive one. */
function passesOn(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at < 0) return false;
  const active = findCues(text, PASSES_ON)[0];
  if (active !== undefined && at < active.start) return true;
  return findCues(text, PASSED_ON_BY).some((c) => at >= c.end && at - c.end <= PASSIVE_REACH);
}
