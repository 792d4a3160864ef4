import type { LedgerEntry } from "../../knowledge/index.js";
import { aliasesOf } from "../lexicon.js";
import { inYears } from "../match.js";
import type { AnswerContext } from "./context.js";
import { memo } from "./memo.js";

/** Every organisation the ledger names as recipient, payer or funder, longest first. */
function organisations(ctx: AnswerContext): string[] {
  return memo(ctx.knowledge, "organisations", () => {
    const names = new Set<string>();
    for (const { entry } of ctx.index.entries) {
      for (const n of [entry.recipient, entry.payer, entry.funder]) if (n) names.add(n);
    }
    return [...names].filter((n) => n.length >= 3).sort((a, b) => b.length - a.length);
  });
}

/** The ledger's spelling of an organisation the question names ("Karolinska institutet" for "KI"). */
export function ledgerName(ctx: AnswerContext, asked: string): string {
  const lower = asked.toLowerCase();
  return (
    organisations(ctx).find((n) => n.toLowerCase() === lower) ??
    organisations(ctx).find((n) => n.toLowerCase().includes(lower)) ??
    asked
  );
}

/**
 * The organisation a "how much did X get" question names (GMS is asked elsewhere): one in the role of
 * recipient, or named with nothing around it in a question about what someone received.
 */
export function askedRecipient(ctx: AnswerContext): string | null {
  const { orgs } = ctx.query;
  const named = orgs.find((o) => o.role === "recipient");
  if (named) return ledgerName(ctx, named.name);
  // Named with nothing around it ("forte ki study how much"): the one the documents give money to.
  const any = orgs.filter((o) => o.role === "any").map((o) => ledgerName(ctx, o.name));
  return any.find((n) => receivedBy(ctx, n).length > 0) ?? any[0] ?? null;
}

/** The organisation the question names as the giver ("från Forte", "vad gav Barncancerfonden"). */
export function askedFunder(ctx: AnswerContext): string | null {
  const asked =
    ctx.query.orgs.find((o) => o.role === "funder" || o.role === "payer") ??
    // "bcf per år": an organisation that received nothing may be one that gave.
    ctx.query.orgs.find(
      (o) => o.role === "any" && receivedBy(ctx, ledgerName(ctx, o.name)).length === 0,
    );
  return asked ? ledgerName(ctx, asked.name) : null;
}

/** An entry's names and sentences in lower case, read once per load: every organisation question compares them. */
interface Lowered {
  recipient: string | undefined;
  payer: string | undefined;
  funder: string | undefined;
  purpose: string;
  sources: string[];
}
const loweredEntries = new WeakMap<LedgerEntry, Lowered>();

function lowered(e: LedgerEntry): Lowered {
  let l = loweredEntries.get(e);
  if (!l) {
    l = {
      recipient: e.recipient?.toLowerCase(),
      payer: e.payer?.toLowerCase(),
      funder: e.funder?.toLowerCase(),
      purpose: e.purpose.toLowerCase(),
      sources: e.sources.map((s) => s.text.toLowerCase()),
    };
    loweredEntries.set(e, l);
  }
  return l;
}

/** What the ledger says the organisation received: grants to it, and caps on its own work. */
export function receivedBy(ctx: AnswerContext, name: string): LedgerEntry[] {
  const lower = name.toLowerCase();
  return ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => {
      if (!inYears(e, ctx.query.years)) return false;
      const l = lowered(e);
      return (
        l.recipient === lower ||
        (e.role === "agency-cap" && l.purpose.includes(lower)) ||
        // "betala ut 16,5 miljoner kronor till Region Skåne": named in the grant's own sentence.
        (e.role === "grant" && l.payer !== lower && l.sources.some((src) => src.includes(lower)))
      );
    });
}

// Each organisation's longer aliases ("the regions" for "regionerna"): English documents name it so.
const ALIASES = new Map<string, string[]>();
// Short ones ("skåne", "gms") would match sentences about others, so only longer ones count.
for (const [alias, name] of aliasesOf("org"))
  if (alias.length >= 7 && name !== "GMS")
    ALIASES.set(name.toLowerCase(), [...(ALIASES.get(name.toLowerCase()) ?? []), alias]);

/** What the organisation gave or paid: entries it funds or pays out. */
export function givenBy(ctx: AnswerContext, name: string): LedgerEntry[] {
  const lower = name.toLowerCase();
  const names = [lower, ...(ALIASES.get(lower) ?? [])];
  return ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => {
      if (!inYears(e, ctx.query.years)) return false;
      const l = lowered(e);
      return (
        names.includes(l.funder ?? "") ||
        l.payer === lower ||
        // A funder the reader did not name ("Institutionen") may still be named in the entry's own
        // sentence: there, as neither its recipient nor its payer, it is the giver.
        (l.recipient !== lower && l.sources.some((s) => names.some((n) => s.includes(n))))
      );
    });
}
