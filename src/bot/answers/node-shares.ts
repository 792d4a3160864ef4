// "hur mkt fick noden i örebro", "the Uppsala node", "vilken nod fick minst": a node is a region as GMS's
// partner, so its money is its share of a whole paid to another (the year's grant), naming no area of its own.
import type { LedgerEntry } from "../../knowledge/index.js";
import { namesTopic } from "../say.js";
import type { AnswerContext } from "./context.js";

/** Of the entries, the node shares when the question asks of a node and any is one; else all of them. */
export function nodeSharesFirst(ctx: AnswerContext, found: LedgerEntry[]): LedgerEntry[] {
  if (!ctx.query.cues.has("node")) return found;
  const shares = found.filter((e) => {
    const whole = e.partOf ? ctx.index.byId.get(e.partOf) : undefined;
    return (
      e.role === "part" &&
      whole !== undefined &&
      whole.recipient?.toLowerCase() !== e.recipient?.toLowerCase() &&
      !namesTopic(e)
    );
  });
  return shares.length > 0 ? shares : found;
}
