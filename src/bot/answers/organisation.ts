import type { LedgerEntry } from "../../knowledge/index.js";
import { inYears } from "../match.js";
import type { AnswerContext } from "./context.js";
import { memo } from "./memo.js";

// "hur mycket fick Socialstyrelsen?", "how much did SciLifeLab get": money received, not paid out.
const RECEIVES = /\b(?:fick|får|fått|erhöll|erhåller|got|get|gets|received?|receives)\b/i;

/** Every organisation the ledger names as recipient or payer, longest first (so "Region Skåne" beats "Region"). */
function organisations(ctx: AnswerContext): string[] {
  return memo(ctx.knowledge, "organisations", () => {
    const names = new Set<string>();
    for (const { entry } of ctx.index.entries) {
      if (entry.recipient) names.add(entry.recipient);
      if (entry.payer) names.add(entry.payer);
    }
    return [...names].filter((n) => n.length >= 3).sort((a, b) => b.length - a.length);
  });
}

// "Region Västra Götaland": a region named in the question, known to the ledger or not.
const REGION = /\bRegion\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?/u;

/**
 * The organisation a "how much did X get" question names: one the ledger knows, or a region it doesn't
 * (which then gets an honest "no money stated" instead of another region's grants). GMS is asked elsewhere.
 */
export function askedRecipient(ctx: AnswerContext): string | null {
  if (!RECEIVES.test(ctx.query.text)) return null;
  const text = ctx.query.text.toLowerCase();
  const known = organisations(ctx).find(
    (n) => !/\bgms\b|genomic/i.test(n) && text.includes(n.toLowerCase()),
  );
  return known ?? REGION.exec(ctx.query.text)?.[0] ?? null;
}

/** What the ledger says the organisation received: grants to it, and caps on its own work. */
export function receivedBy(ctx: AnswerContext, name: string): LedgerEntry[] {
  const lower = name.toLowerCase();
  return ctx.index.entries
    .map((e) => e.entry)
    .filter(
      (e) =>
        inYears(e, ctx.query.years) &&
        (e.recipient?.toLowerCase() === lower ||
          (e.role === "agency-cap" && e.purpose.toLowerCase().includes(lower)) ||
          // "betala ut 16,5 miljoner kronor till Region Skåne": named in the grant's own sentence.
          (e.role === "grant" &&
            e.payer?.toLowerCase() !== lower &&
            e.sources.some((src) => src.text.toLowerCase().includes(lower)))),
    );
}
