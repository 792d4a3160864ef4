import type { LedgerEntry } from "../../knowledge/index.js";
import { hasTopic, matchTopic } from "../match.js";
import { say } from "../say.js";
import { type AnswerContext, amountText, type Draft, decline, entryFigure } from "./context.js";
import { describeEntry } from "./describe.js";

/** The ledger's entries of one amount. */
function ofAmount(ctx: AnswerContext, sek: number): LedgerEntry[] {
  return ctx.index.entries.map((e) => e.entry).filter((e) => e.amountSek === sek);
}

function within(part: LedgerEntry, whole: LedgerEntry, byId: Map<string, LedgerEntry>): boolean {
  for (let p: LedgerEntry | undefined = part; p?.partOf; p = byId.get(p.partOf))
    if (p.partOf === whole.id) return true;
  return false;
}

/**
 * "Ingår 400 000 i 66,4 miljoner?", "is the childhood cancer money part of the 49,5 million?": yes or no
 * first, then the evidence. "No" only when both amounts are stated and the documents tell them apart.
 */
export function answerInclusion(ctx: AnswerContext): Draft {
  const { query } = ctx;
  const asked = [...query.amounts].sort((a, b) => a.valueSek - b.valueSek).map((a) => a.valueSek);
  const wholeSek = asked.at(-1) ?? 0;
  const wholes = ofAmount(ctx, wholeSek);
  // "Is the 6 million for lung cancer …": of the entries of that amount, those about the topic.
  const topical = hasTopic(query)
    ? new Set(matchTopic(query, ctx.index).map((e) => e.entry))
    : null;
  const ofPart = ofAmount(ctx, asked[0] ?? 0);
  const onTopic = topical ? ofPart.filter((e) => topical.has(e)) : ofPart;
  const parts =
    asked.length >= 2
      ? onTopic.length > 0
        ? onTopic
        : ofPart
      : hasTopic(query)
        ? matchTopic(query, ctx.index)
            .map((e) => e.entry)
            .filter((e) => e.amountSek !== wholeSek)
        : [];
  if (wholes.length === 0 || parts.length === 0)
    return decline(
      "inclusion",
      say(
        ctx.language,
        `Dokumenten anger inte hur ${asked.map((a) => amountText(ctx, a)).join(" och ")} hänger ihop.`,
        `The documents don't say how ${asked.map((a) => amountText(ctx, a)).join(" and ")} relate.`,
      ),
    );
  let pair: [LedgerEntry, LedgerEntry] | null = null;
  for (const w of wholes)
    for (const p of parts) if (!pair && within(p, w, ctx.index.byId)) pair = [p, w];
  const [part, whole] = pair ?? [parts[0] as LedgerEntry, wholes[0] as LedgerEntry];
  const sameDoc = part.sources.some((s) => whole.sources.some((t) => t.docId === s.docId));
  const verdict = pair
    ? say(ctx.language, "Ja, det ingår.", "Yes, it is included.")
    : sameDoc
      ? say(
          ctx.language,
          "Nej, dokumenten anger det som ett eget belopp, inte som en del av det andra.",
          "No, the documents state it as a separate amount, not as part of the other.",
        )
      : say(
          ctx.language,
          "Nej, inte enligt dokumenten: inget av dem anger det som en del av det andra.",
          "No, not according to the documents: none of them states it as part of the other.",
        );
  const items = [describeEntry(ctx, part), describeEntry(ctx, whole)];
  const lines = [verdict, ...items.map((i) => `• ${i}`)];
  // A yes or a no is a verdict block, so each platform can show it first and plainly.
  const reason = pair
    ? say(ctx.language, "Det ingår.", "It is included.")
    : sameDoc
      ? say(
          ctx.language,
          "Dokumenten anger det som ett eget belopp, inte som en del av det andra.",
          "The documents state it as a separate amount, not as part of the other.",
        )
      : say(
          ctx.language,
          "Inget av dokumenten anger det som en del av det andra.",
          "None of the documents states it as part of the other.",
        );
  const blocks: Draft["blocks"] = [
    { kind: "yesno", verdict: pair ? "yes" : "no", text: reason },
    { kind: "items", items },
  ];
  return {
    blocks,
    intent: "inclusion",
    answered: true,
    text: lines.join("\n"),
    figures: [entryFigure(ctx, part).figure, entryFigure(ctx, whole).figure],
  };
}
