import type { Segment } from "../segments.js";
import { PERIOD_CUES } from "./cue-words.js";
import type { DocumentView } from "./document-view.js";
import type { PeriodStatement } from "./types.js";

/** "… under perioden 2026–2028", "the study runs from 2026 to 2028": a span of years a project runs. */
export function readPeriods(view: DocumentView): PeriodStatement[] {
  if (!view.mayAny(PERIOD_CUES)) return [];
  const out: PeriodStatement[] = [];
  for (let i = 0; i < view.segments.length; i++) {
    const s = view.segments[i] as Segment;
    if (s.heading || !view.has(s, PERIOD_CUES)) continue;
    const before = view.segments[i - 1];
    for (const d of view.dates(s)) {
      if (d.kind !== "span" || d.endYear <= d.year) continue;
      out.push({
        from: d.year,
        to: d.endYear,
        years: view.span(s.start + d.start, s.start + d.end),
        span: view.span(s.start, s.end),
        context: before && !before.heading ? view.span(before.start, before.end) : null,
      });
    }
  }
  return out;
}
