import { fundingRole, type LedgerEntry } from "../../knowledge/index.js";
import { inYears } from "../match.js";
import type { AnswerContext } from "./context.js";

/**
 * "vad betalar KamK ut 2027": the grants of the documents whose sentences say the organisation pays them
 * out ("Kammarkollegiet får i uppdrag att betala ut medlen"), the amounts those sentences name when they
 * name any; for when no entry records it as the payer.
 */
export function paidOutBy(ctx: AnswerContext, name: string): LedgerEntry[] {
  const lower = name.toLowerCase();
  const said = ctx.knowledge.statements.channels.filter(
    (c) => c.kind === "pays-out" && c.organisation.toLowerCase() === lower,
  );
  const found = new Set<LedgerEntry>();
  for (const c of said) {
    const amounts = new Set(c.amounts.map((a) => a.valueSek));
    for (const { entry: e } of ctx.index.entries) {
      if (!inYears(e, ctx.query.years) || !e.sources.some((s) => s.docId === c.span.docId))
        continue;
      // Without amounts, the sentence speaks of the document's grant to GMS, not of money to others.
      const named =
        amounts.size > 0 ? amounts.has(e.amountSek) : fundingRole(e) === "grant" && toGms(e);
      if (named && e.role !== "co-funding") found.add(e);
    }
  }
  return [...found];
}

function toGms(e: LedgerEntry): boolean {
  const to = e.recipient?.toLowerCase() ?? "";
  return e.gms && (to === "" || to.includes("gms") || to.includes("genomic medicine"));
}
