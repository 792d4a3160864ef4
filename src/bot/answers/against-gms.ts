// "did GMS get more money than SciLifeLab?", "GMS vs SciLifeLab?": GMS set against another organisation is a
// comparison no document makes. The other side's money is said as what it is (or that none is told), with no verdict.
import type { FactRole } from "../../knowledge/index.js";
import { organisationName } from "../english-names.js";
import { hasTopic } from "../match.js";
import { say } from "../say.js";
import { answerRecipientAmounts } from "./amount-by-org.js";
import { type AnswerContext, type Draft, decline, withLead } from "./context.js";
import { ledgerName } from "./organisation.js";

/** The one organisation the question sets GMS against ("more … than X", "GMS vs X"); else null. */
export function againstGms(ctx: AnswerContext): string | null {
  const { query } = ctx;
  const compares =
    query.cues.has("versus") ||
    ((query.cues.has("more") || query.cues.has("less")) && query.cues.has("than"));
  if (!compares || !query.mentionsGms || hasTopic(query) || query.amounts.length > 0) return null;
  const others = query.orgs.filter((o) => o.name !== "GMS" && !o.name.startsWith("GMS "));
  if (others.length !== 1 || query.orgs.length !== 1) return null;
  return ledgerName(ctx, (others[0] as { name: string }).name);
}

export function answerAgainstGms(ctx: AnswerContext, name: string, roles: Set<FactRole>): Draft {
  const english = organisationName(name, "en");
  const other = answerRecipientAmounts(ctx, name, null, roles);
  if (!other.answered)
    return decline(
      "amount",
      say(
        ctx.language,
        `Dokumenten anger inga medel till ${name}${years(ctx)}, så det finns inget att jämföra GMS:s medel med.`,
        `The documents state no funding of ${english}${years(ctx)}, so there is nothing to compare GMS's money with.`,
      ),
    );
  return withLead(
    other,
    say(
      ctx.language,
      `Dokumenten jämför inte GMS:s medel med ${name}s, och boten ställer inga belopp av olika slag mot varandra. Det dokumenten anger för ${name}:`,
      `The documents don't compare GMS's money with ${english}'s, and the bot sets no amounts of different kinds against each other. What they state for ${english}:`,
    ),
  );
}

function years(ctx: AnswerContext): string {
  const asked = ctx.query.years;
  return asked.length === 0
    ? ""
    : say(ctx.language, ` ${asked.join(", ")}`, ` in ${asked.join(", ")}`);
}
