// "Statsbidrag till GMS, år för år: - 2023: 10,0 mnkr – beslut i maj 2023 …": a list whose items are labelled
// by their years records money decided year by year, as a table of years does. Each row retells its year's
// grant (a further source of it), never a grant beside it.
import type { RawFact } from "./facts.js";

const YEAR_LABEL = /^[ \t]{0,8}(?:[-–•*][ \t]{0,3})?(?:19|20)\d{2}[ \t]{0,3}[:|][ \t]{0,3}$/;
const MIN_ROWS = 2;

/** The grants of a list of two or more year-labelled rows become retellings of their years' grants. */
export function retellYearRows(facts: RawFact[]): void {
  const byList = new Map<number, RawFact[]>();
  for (const f of facts) {
    if (f.list === null || f.item === undefined) continue;
    const rows = byList.get(f.list);
    if (rows) rows.push(f);
    else byList.set(f.list, [f]);
  }
  for (const rows of byList.values()) {
    if (rows.length < MIN_ROWS) continue;
    const labelled = rows.every((f) => YEAR_LABEL.test(f.doc.text.slice(f.item, f.amount.start)));
    if (!labelled) continue;
    for (const f of rows)
      if (f.role.role === "grant") f.role = { ...f.role, role: "comparison", isPart: false };
  }
}
