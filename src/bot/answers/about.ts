import { say } from "../say.js";
import type { AnswerContext, Draft } from "./context.js";
import { decline } from "./context.js";
import { memo } from "./memo.js";

// How the documents define GMS and list who takes part.
const DEFINES =
  /^\s*(?:genomic medicin\w* sweden|gms)(?:\s*\(gms\))?\s+(?:är|is)\s+(?:en|ett|a|an)\s/iu;
const MEMBERS =
  /\b(?:utgörs av|innefattar|samarbetsprojekt mellan|består av|consists of|is made up of|samverkar (?:även )?med)\b/i;
const MAX_QUOTES = 3;

/** "Vad är GMS?" / "who takes part?": the documents' own definitions, quoted. */
export function answerAbout(ctx: AnswerContext, members: boolean): Draft {
  const pattern = members ? MEMBERS : DEFINES;
  const passages = memo(ctx.knowledge, members ? "members" : "about", () => {
    const seen = new Set<string>();
    return ctx.knowledge.passages.all().filter((p) => {
      if (!pattern.test(p.text) || !/gms|genomic/i.test(p.text)) return false;
      const key = p.text.slice(0, 60);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
  const chosen = passages.slice(0, MAX_QUOTES);
  const intent = members ? "members" : "about-gms";
  if (chosen.length === 0)
    return decline(
      intent,
      say(ctx.language, "Dokumenten beskriver inte det.", "The documents don't describe that."),
    );
  const intro = members
    ? say(
        ctx.language,
        "Så här beskriver dokumenten vilka som ingår i GMS:",
        "This is how the documents describe who takes part in GMS (quoted in Swedish):",
      )
    : say(
        ctx.language,
        "Så här beskriver dokumenten Genomic Medicine Sweden (GMS):",
        "This is how the documents describe Genomic Medicine Sweden (GMS) (quoted in Swedish):",
      );
  const lines = chosen.map((p) => `• “${p.text}” ${ctx.citations.markers([p]).text}`);
  return { intent, answered: true, text: [intro, ...lines].join("\n"), figures: [] };
}
