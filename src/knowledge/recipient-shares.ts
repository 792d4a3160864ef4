// "GMS Väst får 13 miljoner kronor av det statliga stödet till GMS 2027. Av dem går 3 miljoner kronor till
// sällsynta diagnoser …": a node's or region's own share of the year's money, split by the national areas. Each
// slice is that recipient's money, already inside the national grant of its area and year (the 16 miljoner till
// sällsynta diagnoser): never a second grant of the area, never summed beside it.
import { cacheByKey } from "./key-cache.js";
import { namesNode } from "./ledger-entry.js";
import { topicsOf } from "./merge-rules.js";
import { mentionsGms } from "./organisations.js";
import type { LedgerEntry } from "./types.js";

// Shares repeat their purposes (17,000 asked, 233 distinct over 10,000 documents): each is read once per load.
const purposeTopics = cacheByKey(topicsOf, 10_000);

// A chain of wholes is short (a share of a share of a grant): the walk up stops here whatever the links say.
const MAX_DEPTH = 6;

/** The recipient is GMS itself (not one of its nodes, "GMS Väst"): its money is the national money. */
function isGmsItself(recipient: string): boolean {
  return mentionsGms(recipient) && !namesNode(recipient);
}

/**
 * "GMS Väst får 12 miljoner kronor 2027": money a node of GMS gets is its share of the year's GMS money, never a
 * grant beside the national one. It becomes a share, of that year's one GMS grant when the documents tell it
 * (else a share of no known whole, never summed beside another amount of its year).
 */
export function nodeGrantsAsShares(
  entries: readonly LedgerEntry[],
  byId: ReadonlyMap<string, LedgerEntry>,
): void {
  for (const e of entries) {
    if (e.role !== "grant" || !e.gms || e.partOf !== null || e.recipient === null) continue;
    if (!namesNode(e.recipient) || e.years.length !== 1) continue;
    e.role = "part";
    const wholes = entries.filter(
      (w) =>
        w !== e &&
        w.role === "grant" &&
        w.gms &&
        w.partOf === null &&
        w.amountSek > e.amountSek &&
        w.years.length === 1 &&
        w.years[0] === e.years[0] &&
        (w.recipient === null || isGmsItself(w.recipient)),
    );
    const whole = wholes.length === 1 ? wholes[0] : undefined;
    if (whole && byId.has(whole.id)) {
      e.partOf = whole.id;
      whole.parts.push(e.id);
    }
  }
}

/**
 * Marks `recipientShare` on each share naming a known area whose whole (or a whole above it) is a node's money or
 * a region's (or other organisation's) share of larger money, naming no area of its own: the recipient's slice,
 * not the area's grant.
 */
export function markRecipientShares(
  entries: readonly LedgerEntry[],
  byId: ReadonlyMap<string, LedgerEntry>,
): void {
  for (const e of entries) {
    if (e.partOf === null || e.role !== "part" || e.yearShare === true) continue;
    const own = purposeTopics(e.purpose);
    if (own.size === 0) continue;
    let whole = byId.get(e.partOf);
    if (whole !== undefined && slicesAreaPart(e, whole, own)) {
      e.recipientShare = true;
      continue;
    }
    for (let depth = 0; whole !== undefined && depth < MAX_DEPTH; depth++) {
      if (whole.recipient !== null && !isGmsItself(whole.recipient)) {
        // The year's grant paid to a region for GMS's work ("betala ut 94 miljoner kronor till Region Skåne")
        // is the national money: only a recipient's own share of it (or a node's money) is split here.
        const ownShare = whole.role === "part" || namesNode(whole.recipient);
        if (ownShare && purposeTopics(whole.purpose).size === 0) e.recipientShare = true;
        break;
      }
      whole = whole.partOf === null ? undefined : byId.get(whole.partOf);
    }
  }
}

/**
 * "Region Uppsala will lead … pharmacogenomics with SEK 3 million of the SEK 8 million for the area": an
 * organisation's slice of an area's share of the national money, naming that same area, is the organisation's
 * money inside the area's, never a second amount of the area.
 */
function slicesAreaPart(e: LedgerEntry, whole: LedgerEntry, own: ReadonlySet<string>): boolean {
  if (e.recipient === null || isGmsItself(e.recipient)) return false;
  if (whole.role !== "part" || (whole.recipient !== null && !isGmsItself(whole.recipient)))
    return false;
  if (whole.recipient === e.recipient) return false;
  const wholeTopics = purposeTopics(whole.purpose);
  return wholeTopics.size === 1 && [...own].every((t) => wholeTopics.has(t));
}
