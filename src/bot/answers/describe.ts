import {
  countsAsGrant,
  type DecisionStatement,
  fundingRole,
  type LedgerEntry,
  mentionsGms,
} from "../../knowledge/index.js";
import { isGovernment } from "../deciders.js";
import {
  englishPurpose,
  isPurposeless,
  organisationName,
  ROLE_NAMES,
  roleName,
} from "../english-names.js";
import { givenPerYear } from "../match.js";
import { capital, entryLabel, say, shorten, yearsText } from "../say.js";
import { budgetLinesOf } from "./budget-lines.js";
import { type AnswerContext, amountText, entryFigure } from "./context.js";
import { convertedFrom } from "./foreign.js";
import { memo } from "./memo.js";
import { dateText, rankDate } from "./stated-dates.js";

const GRANT_KINDS: ReadonlySet<string> = new Set([
  "grant",
  "part",
  "total",
  "multi-year-total",
  "comparison",
]);

/** One sentence about one entry: amount, year, what it funds in the document's words, then its sources. */
export function describeEntry(
  ctx: AnswerContext,
  entry: LedgerEntry,
  options: { underWhole?: boolean; purposeMax?: number } = {},
): string {
  const { markers } = entryFigure(ctx, entry);
  const lang = ctx.language;
  const amount = qualified(ctx, entry);
  const years = yearsText(entry);
  const quoted = `“${shorten(entry.purpose, options.purposeMax ?? 90)}”`;
  const label = entryLabel(entry, lang);
  // A known area is named in the asker's language; the document's own words are in the cited quote.
  // Without an English name, the document's words are given as a quote rather than guessed at.
  const named =
    lang === "sv" ? label !== shorten(entry.purpose, 90) : label !== ROLE_NAMES[fundingRole(entry)];
  const purpose = named ? label : quoted;
  // "Genomic Medicine Sweden får": a fragment that names no purpose is left out, not quoted back.
  // A purpose that is the whole sentence with the amount in it names no purpose of its own: the quote does.
  // A frame's or an estimate's sentence says what it is ("Anslaget 1:6 … ökas med 14 miljoner"): kept.
  const wholeSentence =
    !named &&
    GRANT_KINDS.has(entry.role) &&
    entry.sources.some((s) => entry.purpose.includes(s.amountText));
  const bare = (isPurposeless(entry.purpose) && label === roleName(entry, lang)) || wholeSentence;
  const to = bare ? "" : say(lang, ` till ${purpose}`, ` for ${purpose}`);
  let sentence: string;
  switch (entry.role) {
    case "agency-cap":
      // "Myndigheten har använt 285 000 kronor" of its cap: a share of the cap with no ceiling of its own is used.
      sentence =
        entry.partOf !== null && entry.qualifier !== "at-most"
          ? say(
              lang,
              `${capital(amount)}${years ? ` (${years})` : ""} har använts${entry.recipient ? ` av ${entry.recipient}` : ""} av taket för ${purpose}`,
              `${capital(amount)}${years ? ` (${years})` : ""} was used${entry.recipient ? ` by ${entry.recipient}` : ""} of the cap for ${purpose}`,
            )
          : say(
              lang,
              `Högst ${amount}${years ? ` (${years})` : ""} får användas${entry.recipient ? ` av ${entry.recipient}` : ""} för ${purpose}`,
              `At most ${amount}${years ? ` (${years})` : ""} may be used${entry.recipient ? ` by ${entry.recipient}` : ""} for ${purpose}`,
            );
      break;
    case "budget-frame":
      // A frame's share is booked against a budget line (anslagspost); the whole is the frame.
      sentence = entry.partOf
        ? say(
            lang,
            `${amount}${years ? ` (${years})` : ""} bokförs mot ${appropriation(ctx, entry, "anslaget ")}anslagsposten ${purpose}`,
            `${amount}${years ? ` (${years})` : ""} is booked against ${appropriation(ctx, entry, "appropriation ")}the budget line ${purpose}`,
          )
        : say(
            lang,
            `${amount}${years ? ` (${years})` : ""} är en budgetram${bare ? "" : `: ${purpose}`}`,
            `${amount}${years ? ` (${years})` : ""} is a budget frame${bare ? "" : `: ${purpose}`}`,
          );
      break;
    case "estimate": {
      // A budget bill's figure for a later year is a plan: the answer says it was not decided.
      // Its sentence is a plan, not a purpose: quoted back whole it only repeats the cited quote.
      const area = named ? to : "";
      sentence = say(
        lang,
        `${amount}${years ? ` (${years})` : ""}${area} är en beräkning, inte ett beslut`,
        `${amount}${years ? ` (${years})` : ""}${area} is an estimate, not a decision`,
      );
      break;
    }
    case "total":
      // A stated sum: what it adds up is told beside it, the sentence's words around it say little.
      sentence = say(
        lang,
        `${amount}${years ? ` (${years})` : ""} totalt${named ? ` till ${purpose}` : ""}`,
        `${amount}${years ? ` (${years})` : ""} in total${named ? ` for ${purpose}` : ""}`,
      );
      break;
    case "co-funding": {
      // Money put in beside a grant: whose it is says more than the sentence's words around it.
      const giver = entry.funder ? organisationName(entry.funder, lang) : null;
      const from = giver ? say(lang, ` från ${giver}`, ` from ${giver}`) : "";
      const area = named && !bare ? say(lang, ` till ${purpose}`, ` for ${purpose}`) : "";
      sentence = say(
        lang,
        `${amount}${years ? ` (${years})` : ""} i medfinansiering${from}${area}`,
        `${amount}${years ? ` (${years})` : ""} in co-funding${from}${area}`,
      );
      break;
    }
    case "multi-year-total":
      // Who got the total, and what the sentence says it was for, belong in the answer.
      sentence = say(
        lang,
        `${entry.recipient ? `${entry.recipient} fick ` : ""}${amount} totalt${years ? ` under ${years}` : ""} (${quoted})`,
        `${entry.recipient ? `${entry.recipient} received ` : ""}${amount} in total${years ? ` over ${years}` : ""}${englishFor(entry)}`,
      );
      break;
    default: {
      // "Region Stockholm   16 000" in a node table: a share whose words name no purpose is named by who gets it.
      const who =
        bare && entry.role === "part" && entry.recipient && !mentionsGms(entry.recipient)
          ? say(lang, ` till ${entry.recipient}`, ` to ${entry.recipient}`)
          : "";
      sentence = `${amount}${years ? ` (${years})` : ""}${to}${who}`;
    }
  }
  // Listed under its whole, a share needs neither the whole nor the payer repeated.
  if (options.underWhole) return `${sentence} ${markers}.${noteText(ctx, entry)}`;
  return `${sentence} ${markers}.${partOfText(ctx, entry)}${notGmsText(ctx, entry)}${decidedText(ctx, entry)}${whoText(ctx, entry)}${noteText(ctx, entry)}`;
}

/** "anslaget 1:6 Bidrag till folkhälsa och sjukvård, ": named when the line's own sentence names it. */
function appropriation(ctx: AnswerContext, entry: LedgerEntry, word: string): string {
  const told = budgetLinesOf(ctx, entry).find((b) => b.appropriation !== null);
  return told?.appropriation ? `${word}${told.appropriation}, ` : "";
}

/** " for whole-genome sequencing …": what a total is for in English words, when they are known. */
function englishFor(entry: LedgerEntry): string {
  const en = englishPurpose(entry);
  return en === ROLE_NAMES[fundingRole(entry)] ? "" : ` for ${en}`;
}

/** "knappt 2 miljoner" is about 2 million, never exactly; a cap's "högst" is said by its own sentence. */
function qualified(ctx: AnswerContext, entry: LedgerEntry): string {
  const amount = amountText(ctx, entry.amountSek);
  // "EUR 1.5 million (about SEK 17 million)": the amount as the document told it, its conversion after.
  const foreign = convertedFrom(ctx, entry);
  if (foreign !== null) {
    const about = entry.qualifier === "approx" ? say(ctx.language, "cirka ", "about ") : "";
    return `${foreign} (${about}${amount})`;
  }
  if (entry.qualifier === "approx") return say(ctx.language, `cirka ${amount}`, `about ${amount}`);
  if (entry.qualifier === "at-least")
    return say(ctx.language, `minst ${amount}`, `at least ${amount}`);
  if (entry.qualifier === "at-most" && entry.role !== "agency-cap")
    return say(ctx.language, `högst ${amount}`, `up to ${amount}`);
  return perYearShare(ctx, entry) || (givenPerYear(entry) && countsAsGrant(entry))
    ? say(ctx.language, `${amount} per år`, `${amount} a year`)
    : amount;
}

/** "7,8 miljoner, 3,9 miljoner per år under 2026 och 2027": a share of its whole's years, times them, is the whole. */
function perYearShare(ctx: AnswerContext, entry: LedgerEntry): boolean {
  const whole = entry.partOf ? ctx.index.byId.get(entry.partOf) : undefined;
  return (
    whole !== undefined &&
    entry.years.length > 1 &&
    whole.years.join() === entry.years.join() &&
    entry.amountSek * entry.years.length === whole.amountSek
  );
}

function partOfText(ctx: AnswerContext, entry: LedgerEntry): string {
  const parent = entry.partOf ? ctx.index.byId.get(entry.partOf) : undefined;
  if (!parent) return "";
  const { markers } = entryFigure(ctx, parent);
  const amount = amountText(ctx, parent.amountSek);
  return say(
    ctx.language,
    ` Det är en del av ${amount} ${markers}.`,
    ` It is part of ${amount} ${markers}.`,
  );
}

/** The ledger knows which money is not GMS's; the answer must say so, not let it pass as GMS funding. */
function notGmsText(ctx: AnswerContext, entry: LedgerEntry): string {
  if (entry.gms || (entry.role !== "grant" && entry.role !== "part")) return "";
  // A foundation's grant to GMS goes to GMS: it is the giver that makes it no state funding.
  if (entry.recipient && mentionsGms(entry.recipient)) {
    return say(
      ctx.language,
      ` Mottagare: ${entry.recipient} – inte statens medel.`,
      ` Recipient: ${entry.recipient} – not state funding.`,
    );
  }
  if (entry.recipient) {
    return say(
      ctx.language,
      ` Mottagare: ${entry.recipient} – inte GMS.`,
      ` Recipient: ${entry.recipient} – not GMS.`,
    );
  }
  return say(ctx.language, " Medlen går inte till GMS.", " This money does not go to GMS.");
}

/**
 * Who decided and when, from the decisions the entry's documents tell about this money (or about the
 * grant it is part of): "Beslutat av regeringen den 14 april 2026 [3]."
 */
function decidedText(ctx: AnswerContext, entry: LedgerEntry): string {
  // Co-funding is the giver's own money: a government decision in its document is about the grant.
  if (entry.role === "multi-year-total" || entry.role === "co-funding") return "";
  const decisions = decisionsOf(ctx, entry);
  const best = [...decisions].sort((a, b) => rankDate(b) - rankDate(a))[0];
  if (!best || !isGovernment(best.decidedBy)) return "";
  if (!best.date || best.date.year === null)
    return say(ctx.language, " Beslutat av regeringen.", " Decided by the government.");
  const date = dateText(best.date, ctx.language);
  const { text } = ctx.citations.markers([best.span]);
  return say(
    ctx.language,
    ` Beslutat av regeringen ${best.date.day ? "den " : "i "}${date} ${text}.`,
    ` Decided by the government ${best.date.day ? "on" : "in"} ${date} ${text}.`,
  );
}

/**
 * Decisions in the entry's documents that name its amount or its whole's; one that names none
 * ("Regeringen beslutade om pengarna i mars") only right after a sentence stating it.
 */
function decisionsOf(ctx: AnswerContext, entry: LedgerEntry): DecisionStatement[] {
  const docs = new Set(entry.sources.map((s) => s.docId));
  const whole = entry.partOf ? ctx.index.byId.get(entry.partOf) : undefined;
  const amounts = new Set([entry.amountSek, ...(whole ? [whole.amountSek] : [])]);
  const follows = (d: DecisionStatement) =>
    entry.sources.some(
      (s) => s.docId === d.span.docId && s.end <= d.span.start && d.span.start - s.end <= 3,
    );
  const byDoc = decisionsByDocument(ctx);
  return [...docs]
    .flatMap((doc) => byDoc.get(doc) ?? [])
    .sort((a, b) => a.order - b.order)
    .map((x) => x.d)
    .filter((d) =>
      d.amounts.length === 0 ? follows(d) : d.amounts.some((a) => amounts.has(a.valueSek)),
    );
}

/** The decisions of each document, with their place in the statements' order: built once per load. */
function decisionsByDocument(
  ctx: AnswerContext,
): Map<string, Array<{ d: DecisionStatement; order: number }>> {
  return memo(ctx.knowledge, "decisions-by-document", () => {
    const byDoc = new Map<string, Array<{ d: DecisionStatement; order: number }>>();
    ctx.knowledge.statements.decisions.forEach((d, order) => {
      const list = byDoc.get(d.span.docId);
      if (list) list.push({ d, order });
      else byDoc.set(d.span.docId, [{ d, order }]);
    });
    return byDoc;
  });
}

function whoText(ctx: AnswerContext, entry: LedgerEntry): string {
  if (entry.role === "agency-cap" || entry.role === "budget-frame" || !entry.payer) return "";
  // "Forte har beviljat …": a giver other than the government that pays its own money funds it.
  const ownMoney = entry.funder === entry.payer && !/^regeringen$/i.test(entry.funder ?? "");
  if (ownMoney)
    return say(ctx.language, ` Finansieras av ${entry.payer}.`, ` Funded by ${entry.payer}.`);
  return say(ctx.language, ` ${entry.payer} betalar ut medlen.`, ` Paid out by ${entry.payer}.`);
}

function noteText(ctx: AnswerContext, entry: LedgerEntry): string {
  const revised = entry.revisedBy ? ctx.index.byId.get(entry.revisedBy) : undefined;
  if (revised) {
    const amount = amountText(ctx, revised.amountSek);
    const { text } = ctx.citations.markers(revised.sources);
    return say(
      ctx.language,
      ` Obs: beloppet ändrades senare till ${amount} ${text}.`,
      ` Note: the amount was later changed to ${amount} ${text}.`,
    );
  }
  if (entry.notes.length === 0 || entry.role === "multi-year-total") return "";
  // A headline without a year beside its own body's years is no disagreement: only other documents can be.
  if (entry.datesDisagree) {
    if (new Set(entry.sources.map((s) => s.docId)).size < 2) return "";
    return say(
      ctx.language,
      ` Obs: källorna daterar beslutet olika (se citaten); ${yearsText(entry)} är den bäst belagda läsningen.`,
      ` Note: the sources date this decision differently (see the quotes); ${yearsText(entry)} is the best-supported reading.`,
    );
  }
  return say(
    ctx.language,
    " Obs: delbeloppen i källorna går inte jämnt ut med helheten.",
    " Note: the parts in the sources do not add up to the whole.",
  );
}
