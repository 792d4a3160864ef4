import type { LedgerEntry } from "../../knowledge/index.js";
import { type EntryIndex, hasTopic, type IndexedEntry, inYears, matchTopic } from "../match.js";
import { say } from "../say.js";
import { receivedByAsked } from "./amount-by-org.js";
import {
  type AnswerContext,
  amountText,
  type Draft,
  decline,
  derivedFigure,
  entryFigure,
} from "./context.js";
import { describeEntry } from "./describe.js";
import { ledgerName } from "./organisation.js";

/** "How was the 49,5 million split?": a whole and the shares the documents list for it. */
export function answerBreakdown(ctx: AnswerContext): Draft {
  const { query } = ctx;
  if (query.cues.has("remainder")) return answerRemainder(ctx);
  let wholes = splitWholes(ctx);
  const amounts = new Set(query.amounts.map((a) => a.valueSek));
  if (amounts.size > 0) wholes = wholes.filter((e) => amounts.has(e.entry.amountSek));
  wholes = wholes.filter((e) => inYears(e.entry, query.years));
  // "how was the Barncancerfonden money split": only money the organisation gave, paid or got.
  const orgs = query.orgs
    .filter((o) => o.name !== "GMS" && o.name !== "regeringen")
    .map((o) => ledgerName(ctx, o.name));
  if (orgs.length > 0) {
    // Named in the entry's fields, or as who its documents pay it to, distribute or requisition it.
    const told = ctx.knowledge.statements.channels.filter((c) => orgs.includes(c.organisation));
    wholes = wholes.filter(
      ({ entry: e }) =>
        [e.funder, e.payer, e.recipient].some((n) => !!n && orgs.includes(n)) ||
        told.some((c) => e.sources.some((s) => s.docId === c.span.docId)),
    );
  }
  if (hasTopic(query) && amounts.size === 0) {
    const allowed = new Set(wholes);
    // A topic no split whole is about has no breakdown: never another topic's split.
    wholes = matchTopic(query, ctx.index, (e) => allowed.has(e));
  }
  const whole = wholes
    .map((e) => e.entry)
    .sort((a, b) => Number(b.gms) - Number(a.gms) || b.amountSek - a.amountSek)[0];
  if (!whole) {
    return decline(
      "breakdown",
      say(
        ctx.language,
        "Dokumenten bryter inte ned något sådant belopp i delar.",
        "The documents don't break such an amount down into parts.",
      ),
    );
  }
  const partsOf = (e: LedgerEntry) =>
    e.parts.map((id) => ctx.index.byId.get(id)).filter((p): p is LedgerEntry => !!p);
  // A share split further ("50 miljoner, varav 16 till …") lists its own shares right after it.
  const nested = partsOf(whole).flatMap((p) => [
    { p, mark: "•" },
    ...partsOf(p).map((q) => ({ p: q, mark: "  ◦" })),
  ]);
  const parts = nested.map((n) => n.p);
  const head = entryFigure(ctx, whole);
  const intro = say(
    ctx.language,
    `${amountText(ctx, whole.amountSek)}${whole.year ? ` (${whole.year})` : ""} ${head.markers} fördelas så här:`,
    `${amountText(ctx, whole.amountSek)}${whole.year ? ` (${whole.year})` : ""} ${head.markers} is split as follows:`,
  );
  const lines = [
    intro,
    ...nested.map(({ p, mark }) => `${mark} ${describeEntry(ctx, p, { underWhole: true })}`),
  ];
  const figures = [head.figure, ...parts.map((p) => entryFigure(ctx, p).figure)];
  return { intent: "breakdown", answered: true, text: lines.join("\n"), figures };
}

// Per entry index (not per knowledge): the entries kept are the index's own objects.
const wholesByIndex = new WeakMap<EntryIndex, IndexedEntry[]>();

/** Entries the documents split into parts (other than an agency's own cap): found once per index. */
function splitWholes(ctx: AnswerContext): IndexedEntry[] {
  let wholes = wholesByIndex.get(ctx.index);
  if (!wholes) {
    wholes = ctx.index.entries.filter((e) =>
      e.entry.parts.some((id) => ctx.index.byId.get(id)?.role !== "agency-cap"),
    );
    wholesByIndex.set(ctx.index, wholes);
  }
  return wholes;
}

/**
 * "whats left of gms 2030 money after tumours, rare diseases and kids cancer": the year's split whole less
 * the parts the question names (computed), then the parts left; a part the documents state as that rest
 * ("The remaining SEK 28m …") leads as stated. A named area no part of a whole is about answers nothing.
 */
function answerRemainder(ctx: AnswerContext): Draft {
  const { query } = ctx;
  const partsOf = (e: LedgerEntry) =>
    e.parts.map((id) => ctx.index.byId.get(id)).filter((p): p is LedgerEntry => !!p);
  // "resten av solida 27 efter sus": an organisation asked names the part it received.
  const asksOrg = query.orgs.some((o) => o.name !== "GMS");
  const subjects = query.topics.length + query.orgs.filter((o) => o.name !== "GMS").length;
  const candidates = splitWholes(ctx)
    .filter((w) => w.entry.gms && inYears(w.entry, query.years))
    .map((w) => {
      const whole = w.entry;
      const parts = new Set(partsOf(whole));
      // A whole the question names by its own area ("solid tumours money", "solida 27"): what is taken from it
      // is named by organisation; the area's words name the whole, not its parts.
      const ownArea =
        whole.area !== "" &&
        (query.topics.includes(whole.area) || query.stems.some((s) => w.purpose.has(s)));
      const byOrg = asksOrg ? [...parts].filter((p) => receivedByAsked(ctx, p)) : [];
      const byTopic = ownArea
        ? []
        : matchTopic(query, ctx.index, (e) => parts.has(e.entry)).map((e) => e.entry);
      const named = [...new Set([...byOrg, ...byTopic])];
      return { whole, parts: [...parts], named, ownArea };
    })
    .filter((c) => c.named.length > 0)
    // Every part named by fewer words than parts: the words matched their shared sentence, not each part.
    .filter((c) => c.named.length < c.parts.length || c.named.length <= subjects)
    .sort(
      (a, b) =>
        Number(b.ownArea) - Number(a.ownArea) ||
        b.named.length - a.named.length ||
        b.whole.amountSek - a.whole.amountSek,
    );
  const best = candidates[0];
  if (!best)
    return decline(
      "breakdown",
      say(
        ctx.language,
        "Dokumenten delar inte upp det årets medel i de delar du nämner.",
        "The documents don't split that year's money into the parts you name.",
      ),
    );
  const { whole, parts, named } = best;
  const namedIds = new Set(named.map((e) => e.id));
  const left = whole.amountSek - named.reduce((sum, e) => sum + e.amountSek, 0);
  const rest = parts.filter((p) => !namedIds.has(p.id));
  // A part stated as the rest itself ("The remaining SEK 28m is for …"): its amount is what is left.
  const stated = rest.find((p) => p.amountSek === left);
  const others = rest.filter((p) => p !== stated);
  const head = entryFigure(ctx, whole);
  const namedTold = named.map((e) => entryFigure(ctx, e));
  const namedFigures = namedTold.map((t) => t.figure);
  const namedText = named
    .map((e, i) => `${amountText(ctx, e.amountSek)} ${namedTold[i]?.markers ?? ""}`.trim())
    .join(", ");
  const computed = derivedFigure(
    left,
    whole.year,
    say(ctx.language, "kvar efter de nämnda delarna", "left after the parts named"),
    [head.figure, ...namedFigures],
  );
  const shown = [...(stated ? [stated] : []), ...others];
  // The parts left follow the lead; with none listed, the lead ends the answer.
  const end = shown.length > 0 ? ":" : ".";
  const lead = say(
    ctx.language,
    `Av ${amountText(ctx, whole.amountSek)}${whole.year ? ` (${whole.year})` : ""} ${head.markers} återstår ${amountText(ctx, left)} efter ${namedText} (uträknat av boten)${end}`,
    `Of ${amountText(ctx, whole.amountSek)}${whole.year ? ` (${whole.year})` : ""} ${head.markers}, ${amountText(ctx, left)} is left after ${namedText} (computed by the bot)${end}`,
  );
  const lines = [lead, ...shown.map((p) => `• ${describeEntry(ctx, p, { underWhole: true })}`)];
  const figures = [
    ...(stated ? [entryFigure(ctx, stated).figure] : [computed]),
    ...others.map((p) => entryFigure(ctx, p).figure),
    head.figure,
  ];
  return { intent: "breakdown", answered: true, text: lines.join("\n"), figures };
}
