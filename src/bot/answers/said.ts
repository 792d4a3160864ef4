// "vad sa Maja Örnberg?", "what did the minister say": what the documents quote a person saying, whole.
import type { PersonStatement, Span } from "../../knowledge/index.js";
import { say, shorten } from "../say.js";
import { askedDocuments, inDocuments } from "./asked.js";
import { type AnswerContext, type Draft, decline } from "./context.js";
import { documentsOfAskedKinds } from "./document-states.js";
import { swedishQuoteNote } from "./quoted-language.js";

// Enough quotes for a chat reply; each quote cut where a chat line gets long.
const MAX_QUOTES = 4;
const MAX_QUOTE_CHARS = 400;

/** Whether the question asks what someone said: a speech word with a person or a minister asked. */
export function asksSaid(ctx: AnswerContext): boolean {
  const { cues, people } = ctx.query;
  // "what did X say about it": "say about" reads as the documents' saying; with a person, theirs.
  return (people.length > 0 || cues.has("minister")) && (cues.has("said") || cues.has("says"));
}

/**
 * The quotes of the asked people (or of the ministers, when none is named), each quote once; null when
 * none of them is quoted, so the caller answers as before (where they are named, what they are).
 */
export function answerSaid(ctx: AnswerContext, intent: "passage" | "minister"): Draft | null {
  if (!asksSaid(ctx)) return null;
  const inDocs = inDocuments(askedDocuments(ctx));
  const asked = ctx.query.people.map((p) => p.toLowerCase());
  const quoted = ctx.knowledge.statements.people.filter(
    (p): p is PersonStatement & { quote: Span } =>
      p.quote !== undefined &&
      inDocs(p.span) &&
      (asked.length > 0 ? asked.some((a) => isAsked(p.name, a)) : p.role === "minister"),
  );
  const seen = new Set<string>();
  const all = quoted.filter((p) => !seen.has(p.quote.text) && seen.add(p.quote.text));
  if (all.length === 0) return null;
  // "vad sa Örnberg om barncancer": the quotes that name the subject; else all, saying none does.
  const subject = subjectWords(ctx);
  const naming = all.filter((p) => subject.some((w) => p.quote.text.toLowerCase().includes(w)));
  const quotes = naming.length > 0 ? naming : all;
  const named = ctx.query.topicWords.filter((w) => subject.some((s) => w.startsWith(s))).join(" ");
  const unnamed =
    subject.length > 0 && naming.length === 0
      ? [
          say(
            ctx.language,
            `(Inget av citaten nämner ”${named}”.)`,
            `(None of the quotes mentions “${named}”.)`,
          ),
        ]
      : [];
  const shown = quotes.slice(0, MAX_QUOTES);
  const lines = shown.map((p) => {
    const who = p.title ? `${p.name} (${p.title})` : p.name;
    const marker = ctx.citations.markers([p.quote]).text;
    return `• ${who}: “${shorten(p.quote.text, MAX_QUOTE_CHARS)}” ${marker}`;
  });
  const note = swedishQuoteNote(
    ctx,
    shown.map((p) => p.quote),
  );
  const names = [...new Set(shown.map((p) => p.name))];
  const one = names.length === 1 ? names[0] : undefined;
  const intro = one
    ? say(
        ctx.language,
        `Så här citeras ${one} i dokumenten:`,
        `What the documents quote ${one} saying${note}:`,
      )
    : say(
        ctx.language,
        "Så här citeras de i dokumenten:",
        `What the documents quote them saying${note}:`,
      );
  const more =
    quotes.length > MAX_QUOTES
      ? [
          say(
            ctx.language,
            `… och ${quotes.length - MAX_QUOTES} citat till.`,
            `… and ${quotes.length - MAX_QUOTES} more quotes.`,
          ),
        ]
      : [];
  const text = [intro, ...unnamed, ...lines, ...more].join("\n");
  return { intent, answered: true, text, figures: [] };
}

/** The stems the question asks about besides the people's names ("barncanc" in "vad sa Örnberg om barncancer"). */
function subjectWords(ctx: AnswerContext): string[] {
  const names = new Set(ctx.query.people.flatMap((p) => p.toLowerCase().split(/\s+/)));
  const own = ctx.query.topicWords.filter((w) => !names.has(w));
  return ctx.query.stems.filter((s) => own.some((w) => w.startsWith(s)));
}

/** The asked name is the person's whole name, or one of its words ("Örnberg", "Maja"). */
function isAsked(name: string, asked: string): boolean {
  const own = name.toLowerCase();
  if (own === asked) return true;
  return !asked.includes(" ") && own.split(/\s+/).includes(asked);
}

/**
 * "Who said the regions need SEK 120 million a year?": no one named, a speech word, and what was said (an amount,
 * else subject words): the people quoted saying it, each with the whole quote. Null when the question names
 * neither, so the caller answers as before.
 */
export function answerWhoSaid(ctx: AnswerContext): Draft | null {
  const { cues, people, amounts, stems } = ctx.query;
  if (!cues.has("who") || !(cues.has("said") || cues.has("says")) || people.length > 0) return null;
  const asked = amounts.map((a) => a.valueSek);
  if (asked.length === 0 && stems.length === 0) return null;
  const kinds = ctx.query.docKinds.length > 0 ? documentsOfAskedKinds(ctx) : null;
  const says = (p: PersonStatement): boolean => {
    if (asked.length > 0) return (p.quoteAmounts ?? []).some((a) => asked.includes(a));
    const text = p.quote?.text.toLowerCase() ?? "";
    return stems.every((s) => text.includes(s));
  };
  const seen = new Set<string>();
  const found = ctx.knowledge.statements.people.filter(
    (p): p is PersonStatement & { quote: Span } =>
      p.quote !== undefined &&
      (kinds === null || kinds.has(p.span.docId)) &&
      says(p) &&
      !seen.has(p.quote.text) &&
      seen.add(p.quote.text) !== undefined,
  );
  if (found.length === 0)
    return decline(
      "minister",
      say(
        ctx.language,
        "Inget citat i dokumenten säger det.",
        "None of the people the documents quote says that.",
      ),
    );
  const shown = found.slice(0, MAX_QUOTES);
  const lines = shown.map((p) => {
    const who = p.title ? `${p.name} (${p.title})` : p.name;
    return `• ${who}: “${shorten(p.quote.text, MAX_QUOTE_CHARS)}” ${ctx.citations.markers([p.quote]).text}`;
  });
  const note = swedishQuoteNote(
    ctx,
    shown.map((p) => p.quote),
  );
  const intro = say(ctx.language, "Det säger:", `Said by${note}:`);
  return { intent: "minister", answered: true, text: [intro, ...lines].join("\n"), figures: [] };
}
