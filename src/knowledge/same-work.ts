import { hasCue } from "./cues.js";
import { namesRegion } from "./organisations.js";
import { SAME_WORK } from "./role-cues.js";
import type { LedgerEntry } from "./types.js";

/**
 * "Region X får 4,8 miljoner av de 16 miljoner … I fjol fick regionen 3,1 miljoner av GMS-medlen för samma
 * arbete": an earlier year's figure for the same work is a share of that year's money for the same area, when
 * exactly one entry is it. The area is read from the share told just before in the same document.
 */
export function linkSameWorkRetellings(entries: LedgerEntry[]): void {
  const candidates = entries.filter(
    (e) =>
      e.role === "comparison" &&
      e.partOf === null &&
      e.years.length > 0 &&
      e.sources.length > 0 &&
      e.sources.every((s) => s.docId === e.sources[0]?.docId) &&
      hasCue(e.sources[0]?.text ?? "", SAME_WORK),
  );
  if (candidates.length === 0) return;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const shares = sharesIn(entries, new Set(candidates.map((e) => e.sources[0]?.docId ?? "")));
  const byAreaYears = new Map<string, LedgerEntry[]>();
  for (const o of entries) {
    if (!o.gms || (o.role !== "part" && o.role !== "grant") || !o.area) continue;
    // A region's slice of the year's money (and its own shares) is no area's money: "för samma arbete" names
    // the area's share of the year's grant.
    if ((o.role === "part" && o.partOf === null) || (o.recipient && namesRegion(o.recipient)))
      continue;
    const key = `${o.area}|${o.years.join()}`;
    const list = byAreaYears.get(key);
    if (list) list.push(o);
    else byAreaYears.set(key, [o]);
  }
  for (const e of candidates) {
    const source = e.sources[0];
    if (!source) continue;
    const at = source.amountStart ?? source.start;
    const before = (shares.get(source.docId) ?? []).filter((s) => s.at < at).at(-1);
    const area = byId.get(before?.entry.partOf ?? "")?.area;
    const same = area ? (byAreaYears.get(`${area}|${e.years.join()}`) ?? []) : [];
    const parent = same.length === 1 ? same[0] : undefined;
    if (!parent) continue;
    e.partOf = parent.id;
    parent.parts.push(e.id);
    if (!e.area) {
      e.area = parent.area;
      e.purpose = parent.purpose;
    }
  }
}

/** The shares (entries with a whole) told in each of the documents, in the order they are told. */
function sharesIn(
  entries: readonly LedgerEntry[],
  docs: ReadonlySet<string>,
): Map<string, { entry: LedgerEntry; at: number }[]> {
  const out = new Map<string, { entry: LedgerEntry; at: number }[]>();
  for (const entry of entries) {
    if (entry.partOf === null) continue;
    for (const s of entry.sources) {
      if (!docs.has(s.docId)) continue;
      const list = out.get(s.docId) ?? [];
      list.push({ entry, at: s.amountStart ?? s.start });
      out.set(s.docId, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.at - b.at);
  return out;
}
