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

/** Recipients of GMS money paid out to an organisation the same document says passes it on: they become GMS's. */
export function markPassedOn(facts: RawFact[], segments: readonly Segment[]): void {
  // Most documents say of no one that it passes money on: one look at the whole text rules them out.
  const doc = facts[0]?.doc;
  if (!doc || !facts.some((f) => f.recipient !== null) || !hasCue(doc.text, PASSES_ON)) return;
  const payees = facts.filter(
    (f) => f.recipient !== null && hasCue(f.segment.text, PAYS_OUT) && mentionsGms(f.segment.text),
  );
  if (payees.length === 0) return;
  const passers = segments.filter((s) => hasCue(s.text, PASSES_ON));
  for (const f of payees) {
    const name = f.recipient as string;
    const passes = passers.some((s) => {
      const cue = findCues(s.text, PASSES_ON)[0];
      const at = s.text.indexOf(name);
      return cue !== undefined && at >= 0 && at < cue.start;
    });
    if (!passes) continue;
    f.recipient = null;
  }
}
