import {
  cacheByKey,
  fundingRole,
  givenByGms,
  type LedgerEntry,
  passedOn,
} from "../../knowledge/index.js";
import { aliasesOf } from "../lexicon.js";
import { type EntryIndex, inYears } from "../match.js";
import type { AnswerContext } from "./context.js";
import { memo } from "./memo.js";
import { quotesParty } from "./quoted-names.js";

/** Every organisation the ledger names as recipient, payer or funder, longest first. */
function organisations(ctx: AnswerContext): string[] {
  return memo(ctx.knowledge, "organisations", () => {
    const names = new Set<string>();
    for (const { entry } of ctx.index.entries) {
      for (const n of [entry.recipient, entry.payer, entry.funder]) if (n) names.add(n);
    }
    return [...names].sort((a, b) => b.length - a.length);
  });
}

/**
 * `part` opens `name` ("EU" in "EU Digital Europe Programme"), or stands in it where one of its words begins
 * when nothing but a name of the same kind opens it; never after "via", whose name only passes the money on
 * ("ALF-medel via Västra Götalandsregionen" is not the region's).
 */
function startsAWord(name: string, part: string): boolean {
  for (let at = name.indexOf(part); at >= 0; at = name.indexOf(part, at + 1))
    if (at === 0 || (!/\p{L}/u.test(name[at - 1] ?? "") && !/\bvia\s+$/u.test(name.slice(0, at))))
      return true;
  return false;
}

/** The ledger's spelling of an organisation the question names ("Karolinska institutet" for "KI"). */
export function ledgerName(ctx: AnswerContext, asked: string): string {
  const lower = asked.toLowerCase();
  return (
    organisations(ctx).find((n) => n.toLowerCase() === lower) ??
    // A name inside a longer one, never a two-letter one inside a word ("EU" in "Europe"), nor one that only
    // ends another's word ("Cancerfonden" in "Barncancerfonden").
    organisations(ctx).find((n) => n.length >= 3 && startsAWord(n.toLowerCase(), lower)) ??
    asked
  );
}

/**
 * The organisation a "how much did X get" question names (GMS is asked elsewhere): one in the role of
 * recipient, or named with nothing around it in a question about what someone received.
 */
export function askedRecipient(ctx: AnswerContext): string | null {
  const { orgs } = ctx.query;
  // "How much did Region Skåne receive for distribution?": the distributor asked what it received.
  const named = orgs.find(
    (o) => o.role === "recipient" || (o.role === "distributor" && ctx.query.cues.has("receives")),
  );
  if (named) return ledgerName(ctx, named.name);
  // Named with nothing around it ("forte ki study how much"): the one the documents give money to.
  const any = orgs.filter((o) => o.role === "any").map((o) => ledgerName(ctx, o.name));
  // "vinnova 2019": one that only gave money is asked about as the giver (askedFunder), not as a recipient.
  return (
    any.find((n) => receivedBy(ctx, n).length > 0) ??
    any.find((n) => givenBy(ctx, n).length === 0) ??
    null
  );
}

/** The organisation the question names as the giver ("från Forte", "vad gav Barncancerfonden"). */
export function askedFunder(ctx: AnswerContext): string | null {
  const asked =
    ctx.query.orgs.find((o) => o.role === "funder" || o.role === "payer") ??
    // "RS egna medel till gms": an organisation's own money is money it gives.
    ctx.query.orgs.find(
      (o) => o.role === "any" && o.name !== "GMS" && ctx.query.cues.has("ownMoney"),
    ) ??
    // "bcf per år": an organisation that received nothing may be one that gave.
    ctx.query.orgs.find(
      (o) => o.role === "any" && receivedBy(ctx, ledgerName(ctx, o.name)).length === 0,
    );
  return asked ? ledgerName(ctx, asked.name) : null;
}

/** What the ledger says the organisation received: grants to it, and caps on its own work. */
export function receivedBy(ctx: AnswerContext, name: string): LedgerEntry[] {
  return byOrganisation(ctx, "received", name).filter((e) => inYears(e, ctx.query.years));
}

const NAMES_GMS = /(?:^|[^\p{L}])(?:GMS|Genomic Medicine Sweden)(?=[^\p{L}]|$)/u;

/**
 * "gu gms-medel 2026?": of what an organisation received from many givers, the money for GMS's work, when the
 * question names GMS and some of it is; all of it otherwise.
 */
export function forGmsWork(ctx: AnswerContext, name: string, found: LedgerEntry[]): LedgerEntry[] {
  if (!ctx.query.mentionsGms || name === "GMS") return found;
  const gms = found.filter((e) => e.gms || NAMES_GMS.test(e.purpose));
  return gms.length > 0 ? gms : found;
}

/** An organisation's entries in ledger order, per entry index and name: each is searched for once. */
type Lookup = (key: string) => LedgerEntry[];
const lookups = new WeakMap<EntryIndex, Record<"received" | "given", Lookup>>();
const LOOKUP_MAX = 1_000;

function byOrganisation(
  ctx: AnswerContext,
  kind: "received" | "given",
  name: string,
): LedgerEntry[] {
  let found = lookups.get(ctx.index);
  if (!found) {
    const entries = ctx.index.entries.map((e) => e.entry);
    const byId = new Map(entries.map((e) => [e.id, e]));
    found = {
      received: cacheByKey((lower) => entries.filter((e) => received(e, lower)), LOOKUP_MAX),
      given: cacheByKey((lower) => entries.filter((e) => given(e, lower, byId)), LOOKUP_MAX),
    };
    lookups.set(ctx.index, found);
  }
  return found[kind](name.toLowerCase());
}

function received(e: LedgerEntry, lower: string): boolean {
  const recipient = e.recipient?.toLowerCase() ?? "";
  return (
    recipient === lower ||
    nodeOfRegion(recipient, lower) ||
    // "Uppsala University" in an English page is "Uppsala universitet" asked.
    (ALIASES.get(lower)?.includes(recipient) ?? false) ||
    // "Socialstyrelsens eget arbete": a cap with no recipient read names its agency in its purpose;
    // one paid beside a region's money ("utöver de medel som betalas ut till Region X") is the agency's.
    (e.role === "agency-cap" && e.recipient === null && e.purpose.toLowerCase().includes(lower)) ||
    // "betala ut 16,5 miljoner kronor till Region Skåne": named in the grant's own sentence.
    (fundingRole(e) === "grant" &&
      e.payer?.toLowerCase() !== lower &&
      e.funder?.toLowerCase() !== lower &&
      quotesParty(e, lower))
  );
}

/** "GMS Stockholm" (the ledger's node) is the part of GMS "Region Stockholm" (asked) runs: the same place word. */
function nodeOfRegion(recipient: string, lower: string): boolean {
  if (!recipient.startsWith("gms ") || !lower.startsWith("region ")) return false;
  const place = recipient.slice(4).split(" ")[0];
  return place !== undefined && place.length > 2 && lower.slice(7).split(" ")[0] === place;
}

// Each organisation's longer aliases ("the regions" for "regionerna"): English documents name it so.
const ALIASES = new Map<string, string[]>();
// Short ones ("skåne", "gms") would match sentences about others, so only longer ones count.
for (const [alias, name] of aliasesOf("org"))
  if (alias.length >= 7 && name !== "GMS")
    ALIASES.set(name.toLowerCase(), [...(ALIASES.get(name.toLowerCase()) ?? []), alias]);

/** What the organisation gave or paid: entries it funds or pays out. */
export function givenBy(ctx: AnswerContext, name: string): LedgerEntry[] {
  return byOrganisation(ctx, "given", name).filter((e) => inYears(e, ctx.query.years));
}

function given(e: LedgerEntry, lower: string, byId: ReadonlyMap<string, LedgerEntry>): boolean {
  const names = [lower, ...(ALIASES.get(lower) ?? [])];
  // "EU Digital Europe Programme" is the EU's: a giver named by its first word.
  const funds = (x: LedgerEntry) => {
    const funder = x.funder?.toLowerCase() ?? "";
    return names.some((n) => funder === n || funder.startsWith(`${n} `));
  };
  if (funds(e) || e.payer?.toLowerCase() === lower) return true;
  // A part of the state's grant is the state's: "Resten av de 30 miljonerna fördelas mellan Göteborg, …" names
  // who gets it, never who gives. (A part of the regions' money may be one region's: read on.)
  const whole = e.funder || e.partOf === null ? undefined : byId.get(e.partOf);
  if (whole?.funder?.toLowerCase() === "regeringen") return funds(whole);
  // GMS is named in nearly every sentence as the one receiving: it gives only where the ledger says so,
  // or where money not GMS's is told with GMS giving it ("GMS delade ut 1,8 miljoner").
  if (lower === "gms")
    return (
      !e.gms &&
      e.sources.some(
        (s) => s.amountStart !== undefined && givenByGms(s.text, s.amountStart - s.start),
      )
    );
  return (
    // A funder the reader did not name ("Institutionen") may still be named in the entry's own
    // sentence: there, as neither its recipient nor its payer, it is the giver. Co-funding's giver is its funder.
    // A named funder is the giver: "82 miljoner kommer från staten och resten från regionerna" is not theirs.
    !e.funder &&
    e.recipient?.toLowerCase() !== lower &&
    // "fördelar regionen 5,6 miljoner kronor vidare till …": money handed on is not what the hander gives.
    !e.sources.every(passedOn) &&
    quotesParty(e, ...names)
  );
}
