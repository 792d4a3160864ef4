import { say } from "../say.js";
import type { AnswerContext, Draft } from "./context.js";

/** The help text: what can be asked, with examples in the asker's language. */
export function answerHelp(ctx: AnswerContext, intent = "help"): Draft {
  const text = say(
    ctx.language,
    [
      "Jag svarar på frågor om regeringens finansiering av Genomic Medicine Sweden (GMS), med källa för varje siffra. Exempel:",
      "• Hur mycket gick till barncancer 2022?",
      "• Hur mycket fick GMS 2024?",
      "• Vad fick GMS totalt 2021–2023?",
      "• Hur fördelades 49,5 miljoner?",
      "• Vad var 14,5 miljoner till?",
      "• Vem betalar ut pengarna? Vem fördelar dem?",
      "• När ska redovisningen lämnas?",
      "• Vilka ministrar nämns? Vad är GMS?",
      "• källor – listar dokumenten",
      "Följdfrågor fungerar: ”och 2024?”, ”och lungcancer?”.",
    ].join("\n"),
    [
      "I answer questions about the Swedish government's funding of Genomic Medicine Sweden (GMS), citing a source for every figure. Try:",
      "• How much went to childhood cancer in 2022?",
      "• How much did GMS get in 2024?",
      "• What did GMS receive in total 2021–2023?",
      "• How was the 49.5 million split?",
      "• What was the 14.5 million for?",
      "• Who pays out the money? Who distributes it?",
      "• When is the report due?",
      "• Which ministers are named? What is GMS?",
      "• sources – lists the documents",
      "Follow-ups work: “and 2024?”, “what about lung cancer?”.",
    ].join("\n"),
  );
  return { intent, answered: true, text, figures: [] };
}

// Past this a list is unreadable in chat; `gms-bot sources` prints them all.
const MAX_SOURCES = 25;

/** Every loaded document: title, publisher, date and address. */
export function answerSources(ctx: AnswerContext): Draft {
  const docs = ctx.knowledge.documents;
  if (docs.length === 0)
    return {
      intent: "sources",
      answered: false,
      text: say(ctx.language, "Inga dokument är inlästa.", "No documents are loaded."),
      figures: [],
    };
  const lines = docs.slice(0, MAX_SOURCES).map((d, i) => {
    const meta = [d.publisher, d.published].filter(Boolean).join(", ");
    return `${i + 1}. ${d.title}${meta ? ` (${meta})` : ""}${d.url ? ` <${d.url}>` : ""} [${d.id}]`;
  });
  lines.unshift(
    say(
      ctx.language,
      `Svaren bygger på ${docs.length} dokument:`,
      `Answers come from ${docs.length} documents:`,
    ),
  );
  if (docs.length > MAX_SOURCES) {
    const more = docs.length - MAX_SOURCES;
    lines.push(say(ctx.language, `… och ${more} till.`, `… and ${more} more.`));
  }
  return { intent: "sources", answered: true, text: lines.join("\n"), figures: [] };
}

const HINT_SV = "Fråga till exempel ”Hur mycket gick till barncancer 2022?” eller skriv ”hjälp”.";
const HINT_EN = "Try for example “How much went to childhood cancer in 2022?” or type “help”.";

export function answerOutOfScope(ctx: AnswerContext): Draft {
  return {
    intent: "out-of-scope",
    answered: false,
    text: say(
      ctx.language,
      `Det kan jag inte svara på: jag svarar bara på frågor om regeringens finansiering av Genomic Medicine Sweden (GMS). ${HINT_SV}`,
      `I can't answer that: I only answer questions about the Swedish government's funding of Genomic Medicine Sweden (GMS). ${HINT_EN}`,
    ),
    figures: [],
  };
}

export function answerEmpty(ctx: AnswerContext): Draft {
  return {
    intent: "empty",
    answered: false,
    text: say(ctx.language, `Ställ en fråga. ${HINT_SV}`, `Please ask a question. ${HINT_EN}`),
    figures: [],
  };
}

export function answerTooLong(ctx: AnswerContext, max: number): Draft {
  return {
    intent: "too-long",
    answered: false,
    text: say(
      ctx.language,
      `Frågan är för lång – ställ en kortare fråga (högst ${max} tecken). ${HINT_SV}`,
      `That question is too long – please ask a shorter question (at most ${max} characters). ${HINT_EN}`,
    ),
    figures: [],
  };
}

export function answerThanks(ctx: AnswerContext): Draft {
  return {
    intent: "thanks",
    answered: true,
    text: say(
      ctx.language,
      "Varsågod! Fråga gärna mer – skriv ”hjälp” för exempel.",
      "You're welcome! Ask away – type “help” for examples.",
    ),
    figures: [],
  };
}
