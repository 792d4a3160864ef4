import { countsAsGrant, type FactRole, type LedgerEntry } from "../../knowledge/index.js";
import { hasTopic, inYears, matchTopic } from "../match.js";
import { oneLine, say } from "../say.js";
import { answerAbout } from "./about.js";
import { answerAmount } from "./amount.js";
import { answerRecipientAmounts } from "./amount-by-org.js";
import { answerEntries as answerAmountEntries } from "./amount-entries.js";
import { type AnswerContext, amountText, type Draft, decline, entryFigure } from "./context.js";
import { describeEntry } from "./describe.js";
import { askedRecipient, receivedBy } from "./organisation.js";
import { yearGrants } from "./scope.js";
import { answerYearTotal } from "./totals.js";
import { yearSharesOfWhole } from "./year-share.js";

// Asked what money is for, the answer quotes the purpose at length: it is the point of the answer.
const PURPOSE_MAX = 200;

/** "What was the 14,5 million for?": every entry of that amount, with what it funds. */
export function answerPurpose(ctx: AnswerContext): Draft {
  if (ctx.query.amounts.length === 0 && ctx.query.years.length > 0) return answerYearPurposes(ctx);
  if (ctx.query.amounts.length === 0) return answerNoAmount(ctx);
  const amounts = new Set(ctx.query.amounts.map((a) => a.valueSek));
  // One amount (the usual question) reads its own entries; several keep the ledger's order.
  const [only] = amounts;
  const candidates =
    amounts.size === 1 && only !== undefined
      ? (ctx.index.byAmount.get(only) ?? [])
      : ctx.index.entries.map((e) => e.entry);
  const all = candidates.filter((e) => amounts.has(e.amountSek) && inYears(e, ctx.query.years));
  // "varför?" after "barncancer 2022": of the entries of that amount, the one about the topic.
  const onTopic = hasTopic(ctx.query)
    ? matchTopic(ctx.query, ctx.index, (e) => all.includes(e.entry)).map((e) => e.entry)
    : [];
  // "varför?" after "vad fick västerbotten": of the entries of that amount, the one that organisation got.
  const recipient = ctx.query.orgs.length > 0 ? askedRecipient(ctx) : null;
  const theirs = recipient ? all.filter((e) => receivedBy(ctx, recipient).includes(e)) : [];
  // "did skane get 12 million?": none of that amount is theirs; say so, then what they did get.
  if (recipient && theirs.length === 0 && onTopic.length === 0 && all.length > 0) {
    const got = answerRecipientAmounts(ctx, recipient, null, new Set<FactRole>(["grant", "part"]));
    if (got.answered) {
      const asked = [...amounts].map((a) => amountText(ctx, a)).join(", ");
      const lead = say(
        ctx.language,
        `Nej, dokumenten anger inga ${asked} till ${recipient}. De anger:`,
        `No, the documents state no ${asked} for ${recipient}. They state:`,
      );
      return { ...got, intent: "purpose", text: `${lead}\n${got.text}` };
    }
  }
  const found = onTopic.length > 0 ? onTopic.slice(0, 1) : theirs.length > 0 ? theirs : all;
  // "Hur mycket av de 7,8 miljonerna betalas ut 2027?": that year's share of the whole, not the whole again.
  const yearShares = yearSharesOfWhole(ctx, found);
  if (yearShares.length > 0)
    return { ...answerAmountEntries(ctx, yearShares, false), intent: "purpose" };
  // "Is the 54.75 million the sum of the individual grants?": the stated total against its grants.
  const total = found.find((e) => e.role === "total" || e.role === "multi-year-total");
  if (total && found.length === 1 && ctx.query.cues.has("total") && total.years.length > 0)
    return answerYearTotal({
      ...ctx,
      query: { ...ctx.query, years: total.years, span: total.years.length > 1, amounts: [] },
    });
  if (found.length === 0) {
    const asked = [...amounts].map((a) => amountText(ctx, a)).join(", ");
    const claimed = claimedElse(ctx, asked);
    if (claimed) return claimed;
    const near = nearestAmounts(ctx, [...amounts]);
    const hint =
      near.length === 0
        ? ""
        : say(
            ctx.language,
            ` Närmast i dokumenten: ${near.join(", ")}.`,
            ` The nearest in the documents: ${near.join(", ")}.`,
          );
    return decline(
      "purpose",
      say(
        ctx.language,
        `Inget av dokumenten nämner beloppet ${asked}.${hint}`,
        `None of the documents mentions ${asked}.${hint}`,
      ),
    );
  }
  const notDecided = estimateOnly(ctx, found);
  if (notDecided) return notDecided;
  const lines = found.map((e) => {
    const described = describeEntry(ctx, e, { purposeMax: PURPOSE_MAX });
    const aim = statedAim(ctx, e);
    const line = aim ? `${described} ${aim}` : described;
    return found.length > 1 ? `• ${line}` : line;
  });
  // "stämmer det att GMS fick 10 miljoner 2023?": yes first, when every such amount is a GMS grant.
  const confirmed =
    ctx.query.cues.has("yesNo") &&
    ctx.query.mentionsGms &&
    found.every((e) => e.gms && countsAsGrant(e));
  if (confirmed && found.length === 1) lines[0] = `${say(ctx.language, "Ja.", "Yes.")} ${lines[0]}`;
  if (found.length > 1) {
    lines.unshift(
      say(
        ctx.language,
        `Dokumenten nämner ${found.length} belopp på ${amountText(ctx, found[0]?.amountSek ?? 0)}:`,
        `The documents mention ${found.length} amounts of ${amountText(ctx, found[0]?.amountSek ?? 0)}:`,
      ),
    );
    if (confirmed) lines[0] = `${say(ctx.language, "Ja.", "Yes.")} ${lines[0]}`;
  }
  return {
    intent: "purpose",
    answered: true,
    text: lines.join("\n"),
    figures: found.map((e) => entryFigure(ctx, e).figure),
  };
}

/**
 * "stämmer det att gms fick 50 miljoner 2024?", "det var 50?" after a year's answer: an amount no document names,
 * claimed of a subject the question (or the conversation) names: no, then what the documents state for that
 * subject; null when the question claims nothing or names no subject (then the amount alone is said unknown).
 */
function claimedElse(ctx: AnswerContext, asked: string): Draft | null {
  const { query } = ctx;
  if (!query.cues.has("yesNo") && !query.cues.has("isIt")) return null;
  if (query.years.length === 0 && !hasTopic(query) && query.orgs.length === 0) return null;
  const stated = answerAmount({ ...ctx, query: { ...query, amounts: [] } });
  if (!stated.answered || stated.figures.length === 0) return null;
  const years = query.years.length > 0 ? ` ${query.years.join(", ")}` : "";
  const lead = say(
    ctx.language,
    `Nej, dokumenten anger inte ${asked}${years ? ` för${years}` : ""}. De anger:`,
    `No, the documents do not state ${asked}${years ? ` for${years}` : ""}. They state:`,
  );
  return { ...stated, intent: "purpose", text: `${lead}\n${stated.text}` };
}

/**
 * "did the govt give gms 85 million for 2028??": an amount only a budget bill estimates was not given: no,
 * with the estimate, then the grant decided for those years (each cited); null when that is not the case.
 */
function estimateOnly(ctx: AnswerContext, found: readonly LedgerEntry[]): Draft | null {
  if (!ctx.query.cues.has("yesNo") || found.length === 0) return null;
  if (!found.every((e) => e.role === "estimate")) return null;
  const years = [...new Set(found.flatMap((e) => e.years))];
  const decided = ctx.index.entries
    .map((x) => x.entry)
    .filter((e) => e.gms && countsAsGrant(e) && e.years.some((y) => years.includes(y)));
  if (decided.length === 0) return null;
  const estimates = found.map((e) => describeEntry(ctx, e)).join(" ");
  const decidedLines = decided.map((e) => `• ${describeEntry(ctx, e)}`);
  const decidedFor = say(
    ctx.language,
    `Beslutat för ${years.join(", ")}:`,
    `Decided for ${years.join(", ")}:`,
  );
  // "did the govt give gms 85 million?" asks what was given: the decided figure first, the estimate after it;
  // "is the 85 million confirmed?" asks about the estimate: it first, then what was decided.
  const given = ctx.query.cues.has("gives") || ctx.query.cues.has("receives");
  const no = say(ctx.language, "Nej.", "No.");
  const shown = given ? [...decided, ...found] : [...found, ...decided];
  const text = given
    ? [`${no} ${decidedFor}`, ...decidedLines, estimates]
    : [`${no} ${estimates}`, decidedFor, ...decidedLines];
  return {
    intent: "purpose",
    answered: true,
    text: text.join("\n"),
    figures: shown.map((e) => entryFigure(ctx, e).figure),
  };
}

// "Syftet är att …" is the very next sentence of the amount's paragraph: one space between them.
const AIM_REACH = 1;

/** The document's own "Syftet är …" sentence right after the entry's source sentence, quoted and cited. */
function statedAim(ctx: AnswerContext, entry: LedgerEntry): string | null {
  const docs = new Set(entry.sources.map((s) => s.docId));
  const aim = purposesOf(ctx, docs).find((p) =>
    entry.sources.some(
      (s) => s.docId === p.span.docId && p.span.start >= s.end && p.span.start - s.end <= AIM_REACH,
    ),
  );
  if (!aim) return null;
  const marker = ctx.citations.markers([aim.span]).text;
  return say(
    ctx.language,
    `Syfte: “${oneLine(aim.span.text)}” ${marker}`,
    `Purpose: “${oneLine(aim.span.text)}” ${marker}`,
  );
}

/** "varför fick gms pengar?" with no amount or year: what GMS is for, or which amount is meant. */
function answerNoAmount(ctx: AnswerContext): Draft {
  if (ctx.query.mentionsGms) return answerAbout(ctx, false);
  return decline(
    "purpose",
    say(
      ctx.language,
      "Vilket belopp eller år menar du? Fråga till exempel ”vad gick 14,5 miljoner till?” eller ”vad är pengarna 2024 till för?”.",
      "Which amount or year do you mean? Ask for example “what was the 14.5 million for?” or “what is the 2024 money for?”.",
    ),
  );
}

/** "vad är syftet med pengarna 2027": each of the year's GMS grants with what it funds and its stated aim. */
function answerYearPurposes(ctx: AnswerContext): Draft {
  const grants = yearGrants(ctx, ctx.query.years, true);
  if (grants.length === 0)
    return decline(
      "purpose",
      say(
        ctx.language,
        "Dokumenten anger inga medel till GMS för det året.",
        "The documents state no GMS funding for that year.",
      ),
    );
  const lines = grants.map((e) => {
    const described = describeEntry(ctx, e, { purposeMax: PURPOSE_MAX });
    const aim = statedAim(ctx, e);
    return `• ${aim ? `${described} ${aim}` : described}`;
  });
  return {
    intent: "purpose",
    answered: true,
    text: lines.join("\n"),
    figures: grants.map((e) => entryFigure(ctx, e).figure),
  };
}

type Purposes = AnswerContext["knowledge"]["statements"]["purposes"];
const purposesByDoc = new WeakMap<Purposes, Map<string, Purposes>>();

/** The stated aims of some documents, in statement order: grouped by document once per knowledge. */
function purposesOf(ctx: AnswerContext, docs: ReadonlySet<string>): Purposes {
  const all = ctx.knowledge.statements.purposes;
  let byDoc = purposesByDoc.get(all);
  if (!byDoc) {
    byDoc = new Map();
    for (const p of all) {
      const list = byDoc.get(p.span.docId);
      if (list) list.push(p);
      else byDoc.set(p.span.docId, [p]);
    }
    purposesByDoc.set(all, byDoc);
  }
  if (docs.size === 1) return byDoc.get([...docs][0] ?? "") ?? [];
  return all.filter((p) => docs.has(p.span.docId));
}

/** "the 7 million": amounts within a fifth of the asked one, each with its source, so a misremembered figure finds its way. */
function nearestAmounts(ctx: AnswerContext, asked: number[]): string[] {
  const close = new Map<number, LedgerEntry>();
  for (const { entry } of ctx.index.entries) {
    const near = asked.some((a) => Math.abs(entry.amountSek - a) <= a * 0.2);
    if (near && !close.has(entry.amountSek)) close.set(entry.amountSek, entry);
  }
  return [...close.values()]
    .sort((a, b) => a.amountSek - b.amountSek)
    .slice(0, 3)
    .map((e) => `${amountText(ctx, e.amountSek)} ${entryFigure(ctx, e).markers}`);
}
