import { hasTopic } from "../match.js";
import { say } from "../say.js";
import { answerAmount } from "./amount.js";
import type { AnswerContext, Draft } from "./context.js";
import { exampleQuestions, followUpExamples } from "./examples.js";

/** The help text: what can be asked, with examples in the asker's language. */
export function answerHelp(ctx: AnswerContext, intent = "help"): Draft {
  if (ctx.query.cues.has("addDocument")) return answerAddDocument(ctx, intent);
  const examples = exampleQuestions(ctx).map((q) => `• ${q}`);
  const followUps = followUpExamples(ctx);
  const text = say(
    ctx.language,
    [
      "Jag svarar på frågor om regeringens finansiering av Genomic Medicine Sweden (GMS), med källa för varje siffra. Exempel:",
      ...examples,
      "• Vem betalar ut pengarna? Vem fördelar dem?",
      "• När ska redovisningen lämnas?",
      "• Vilka ministrar nämns? Vad är GMS?",
      "• källor – listar dokumenten",
      ...(followUps ? [`Följdfrågor fungerar: ${followUps}.`] : []),
    ].join("\n"),
    [
      "I answer questions about the Swedish government's funding of Genomic Medicine Sweden (GMS), citing a source for every figure. Try:",
      ...examples,
      "• Who pays out the money? Who distributes it?",
      "• When is the report due?",
      "• Which ministers are named? What is GMS?",
      "• sources – lists the documents",
      ...(followUps ? [`Follow-ups work: ${followUps}.`] : []),
    ].join("\n"),
  );
  // "u sure?": every figure is quoted; the sources show where.
  if (ctx.query.cues.has("doubt"))
    return {
      intent,
      answered: true,
      text: say(
        ctx.language,
        "Jag svarar bara med det dokumenten säger: varje siffra är citerad, och citaten bakom [1], [2] … visar var den står. Skriv ”källor” för dokumentlistan.",
        "I only answer with what the documents say: every figure is quoted, and the quotes behind [1], [2] … show where it is written. Type “sources” for the list of documents.",
      ),
      figures: [],
    };
  // "r u a bot?": said plainly first.
  const bot = ctx.query.cues.has("aboutBot")
    ? `${say(
        ctx.language,
        "Jag är en bot: jag läser bara dokumenten jag har fått och svarar likadant på samma fråga.",
        "I'm a bot: I only read the documents I was given, and the same question gets the same answer.",
      )}\n`
    : "";
  return { intent, answered: true, text: bot + text, figures: [] };
}

/** "hur lägger jag till ett dokument?": documents come in through the folder the bot reads, never through chat. */
function answerAddDocument(ctx: AnswerContext, intent: string): Draft {
  const text = say(
    ctx.language,
    `Jag kan inte själv hämta eller lägga till dokument. Den som driver boten lägger filen i dokumentmappen (text i .txt eller .md, eller en webbsida sparad som .html; en PDF sparas först som text) – den läses in inom några sekunder, utan omstart. Jag har nu ${ctx.knowledge.documents.length} dokument; skriv ”källor” för att se dem.`,
    `I can't fetch or add documents myself. Whoever runs the bot puts the file in its documents folder (text as .txt or .md, or a web page saved as .html; a PDF is saved as text first): it is read within seconds, with no restart. I have ${ctx.knowledge.documents.length} documents now; type “sources” to see them.`,
  );
  return { intent, answered: true, text, figures: [] };
}

// Past this a list is unreadable in chat; `gms-bot sources` prints them all.
const MAX_SOURCES = 25;

/** Every loaded document: title, publisher, date and address. */
export function answerSources(ctx: AnswerContext): Draft {
  // "källa?" after "och året efter?": the sources of that subject's figures, each with its quote.
  const { query } = ctx;
  if (query.years.length > 0 || query.amounts.length > 0 || hasTopic(query)) {
    const figures = answerAmount(ctx);
    if (figures.answered && figures.figures.length > 0) {
      const lead = say(
        ctx.language,
        "Källorna till det – varje belopp med dokumenten som anger det:",
        "The sources for that – each figure with the documents that state it:",
      );
      return { ...figures, intent: "sources", text: `${lead}\n${figures.text}` };
    }
  }
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
    // Plain text: each adapter turns addresses into links its own way (Slack escapes angle brackets).
    return `${i + 1}. ${d.title}${meta ? ` (${meta})` : ""}${d.url ? ` – ${d.url}` : ""}`;
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

/** "Try for example …": a question the loaded documents can answer. */
export function hint(ctx: AnswerContext): string {
  const example = exampleQuestions(ctx)[0];
  if (!example) return say(ctx.language, "Skriv ”hjälp” för exempel.", "Type “help” for examples.");
  return say(
    ctx.language,
    `Fråga till exempel ”${example}” eller skriv ”hjälp”.`,
    `Try for example “${example}” or type “help”.`,
  );
}

export function answerOutOfScope(ctx: AnswerContext): Draft {
  return {
    intent: "out-of-scope",
    answered: false,
    text: say(
      ctx.language,
      `Det kan jag inte svara på: jag svarar bara på frågor om regeringens finansiering av Genomic Medicine Sweden (GMS). ${hint(ctx)}`,
      `I can't answer that: I only answer questions about the Swedish government's funding of Genomic Medicine Sweden (GMS). ${hint(ctx)}`,
    ),
    figures: [],
  };
}

export function answerEmpty(ctx: AnswerContext): Draft {
  return {
    intent: "empty",
    answered: false,
    text: say(ctx.language, `Ställ en fråga. ${hint(ctx)}`, `Please ask a question. ${hint(ctx)}`),
    figures: [],
  };
}

export function answerTooLong(ctx: AnswerContext, max: number): Draft {
  return {
    intent: "too-long",
    answered: false,
    text: say(
      ctx.language,
      `Frågan är för lång – ställ en kortare fråga (högst ${max} tecken). ${hint(ctx)}`,
      `That question is too long – please ask a shorter question (at most ${max} characters). ${hint(ctx)}`,
    ),
    figures: [],
  };
}

export function answerThanks(ctx: AnswerContext): Draft {
  const thanked = ctx.query.cues.has("thanks");
  // "hejdå", "ok thx bye": a goodbye is answered as one, after the thanks if there was any.
  const bye = ctx.query.cues.has("farewell") ? say(ctx.language, " Hej då!", " Bye!") : "";
  const text = thanked
    ? say(
        ctx.language,
        `Varsågod! Fråga gärna mer – skriv ”hjälp” för exempel.${bye}`,
        `You're welcome! Ask away – type “help” for examples.${bye}`,
      )
    : say(ctx.language, "Hej då! Välkommen tillbaka.", "Bye! Come back any time.");
  return { intent: "thanks", answered: true, text, figures: [] };
}
