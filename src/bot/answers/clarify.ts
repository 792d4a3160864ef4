import { stem, TOPICS } from "../../knowledge/index.js";
import { allowedEdits, editDistance } from "../edit-distance.js";
import { LEXICON } from "../lexicon.js";
import { isMonthStem, knowsStem } from "../match.js";
import { ofAskedKind } from "../org-kinds.js";
import { definiteOrgPointer, pointerAsk } from "../org-pointers.js";
import type { Cue } from "../query.js";
import { listText, say } from "../say.js";
import type { AnswerContext, Draft } from "./context.js";
import { fundedAreas } from "./examples.js";
import { answerCostOrCount } from "./measures.js";
import { hint } from "./meta.js";

/** Terms a misread word may have meant: area names in both languages and the lexicon's aliases. */
const TERMS: ReadonlyArray<{ match: string; sv: string; en: string }> = [
  ...TOPICS.flatMap((t) =>
    [t.sv, t.en, ...t.svPhrases, ...t.enPhrases].map((m) => ({ match: m, sv: t.sv, en: t.en })),
  ),
  ...LEXICON.filter((e) => e.role === "topic" || e.role === "org").map((e) => ({
    match: e.tokens.join(" "),
    sv: e.value,
    en: e.value,
  })),
];

// The longest word too short to guess a known term from.
const SHORTEST_GUESSED = 3;
// The shortest word (and term word) compared with one word of a longer term.
const PART_MATCH_MIN = 5;
// The words a clarifying answer looks at: a question of fifty unseen words asks back about its first few.
const CLARIFY_WORDS_MAX = 8;

/** Known terms close to the asker's word ("bröstcanser" → "bröst- och äggstockscancer"). */
/** Edits a word of this length may be off by and still be offered as meant. */
const editsFor = (length: number) => (length <= 4 ? 1 : length <= 7 ? 2 : 3);

export function closestTerms(word: string, language: AnswerContext["language"]): string[] {
  const w = word.toLowerCase();
  // One edit in two or three letters is a different word ("js" is not "RS"): no guess for so short a word.
  if (w.length <= SHORTEST_GUESSED) return [];
  const limit = editsFor(w.length);
  // A short word is compared with whole terms only: "even" is one edit from "seven" in "the seven regions".
  const partsToo = w.length >= PART_MATCH_MIN;
  // One word of a longer term is a weaker hint than the whole term: it gets the spelling corrector's stricter
  // limit ("legit" is two edits from "legal" in the Kammarkollegiet's English name, and means neither).
  const partLimit = Math.min(limit, allowedEdits(w.length));
  // A short term is as easily another word as a short question word is: "sucks" is two edits from "SUS".
  const scored = TERMS.filter((t) => t.match.length > SHORTEST_GUESSED)
    .map((t) => {
      const parts = partsToo
        ? t.match
            .split(" ")
            .filter((p) => p.length >= PART_MATCH_MIN && p !== t.match)
            .map((p) => editDistance(w, p, partLimit))
            .filter((d) => d <= partLimit)
        : [];
      return {
        name: language === "sv" ? t.sv : t.en,
        d: Math.min(editDistance(w, t.match, limit), ...parts),
        limit: Math.min(limit, editsFor(t.match.length)),
        parts: parts.length > 0,
      };
    })
    .filter((x) => x.d <= limit && (x.parts || x.d <= x.limit))
    .sort((a, b) => a.d - b.d);
  return [...new Set(scored.map((x) => x.name))].slice(0, 3);
}

function quoted(ctx: AnswerContext, words: string[]): string {
  // "bla bla bla": each word said once.
  return listText(
    [...new Set(words)].map((w) => say(ctx.language, `”${w}”`, `“${w}”`)),
    ctx.language,
  );
}

/** A word the bot cannot place, and nothing else to go on: ask back with the closest known terms. */
export function answerClarify(ctx: AnswerContext): Draft {
  const unplaced = ctx.query.coverage.unplaced;
  const near = [
    ...new Set(unplaced.slice(0, CLARIFY_WORDS_MAX).flatMap((w) => closestTerms(w, ctx.language))),
  ].slice(0, 3);
  if (near.length === 0) {
    // Nothing close: a question about something else, said back in the asker's words.
    const areas = fundedAreas(ctx);
    const text = say(
      ctx.language,
      // Two sentences: what is missing and what the documents are about, then what to ask instead.
      `Jag hittar inte ${quoted(ctx, unplaced)} i dokumenten; jag svarar bara på frågor om regeringens finansiering av Genomic Medicine Sweden (GMS)${areas ? `, bl.a. ${areas}` : ""}. ${hint(ctx)}`,
      `I can't find ${quoted(ctx, unplaced)} in the documents; I only answer questions about the Swedish government's funding of Genomic Medicine Sweden (GMS)${areas ? `, such as ${areas}` : ""}. ${hint(ctx)}`,
    );
    return { intent: "out-of-scope", answered: false, text, figures: [] };
  }
  const text = say(
    ctx.language,
    `Jag hittar inte ${quoted(ctx, unplaced)} i dokumenten. Menar du ${listText(near, "sv", "eller")}?`,
    `I can't find ${quoted(ctx, unplaced)} in the documents. Do you mean ${listText(near, "en", "or")}?`,
  );
  return { intent: "clarify", answered: false, text, figures: [] };
}

/** Counts and costs ("how many analyses", "what does a test cost"): the bot answers funding only. */
export function answerNotFunding(ctx: AnswerContext): Draft {
  if (ctx.query.cues.has("apply")) {
    const text = say(
      ctx.language,
      `Dokumenten beskriver statens medel till GMS, inte hur man söker pengar. ${hint(ctx)}`,
      `The documents describe the government's money for GMS, not how to apply for money. ${hint(ctx)}`,
    );
    return { intent: "not-funding", answered: false, text, figures: [] };
  }
  // "vad kostar en trioanalys?": the documents' own sentences on that cost or count, quoted, never summed.
  const quoted = answerCostOrCount(ctx);
  if (quoted) return quoted;
  const text = say(
    ctx.language,
    `Jag svarar bara på frågor om finansiering av GMS: kostnader, priser och antal som dokumenten nämner räknar jag inte som medel. ${hint(ctx)}`,
    `I only answer questions about GMS funding: costs, prices and counts the documents mention are not funding. ${hint(ctx)}`,
  );
  return { intent: "not-funding", answered: false, text, figures: [] };
}

/** The narrower question was answered: say which words were left out. */
export function ignoredNote(ctx: AnswerContext, said: string): string {
  const lower = said.toLowerCase();
  const unplaced = ctx.query.coverage.unplaced.filter((w) => !lower.includes(w.toLowerCase()));
  if (unplaced.length === 0) return "";
  return say(
    ctx.language,
    `(Jag hittar inte ${quoted(ctx, unplaced)} i dokumenten och bortsåg från det.)`,
    `(I can't find ${quoted(ctx, unplaced)} in the documents and left it out.)`,
  );
}

/**
 * "how much did sweden spend on covid genomics": a word the documents use but no funding names was not
 * what the figures match ("genomics" was): said back, so no one reads the sum as covid money.
 */
export function unfundedNote(
  ctx: AnswerContext,
  draft: { text: string; figures: unknown[] },
): string {
  // A named area answers for its own words ("sällsynta" → "sällsynta diagnoser").
  if (draft.figures.length === 0 || ctx.query.topics.length > 0) return "";
  const lower = draft.text.toLowerCase();
  const unfunded = ctx.query.topicWords.filter((w) => {
    const s = stem(w);
    return !knowsStem(ctx.index, s) && !partOfKnown(ctx, s) && !lower.includes(w.toLowerCase());
  });
  if (unfunded.length === 0 || unfunded.length === ctx.query.topicWords.length) return "";
  return say(
    ctx.language,
    `(Ingen finansiering i dokumenten gäller ${quoted(ctx, unfunded)}; beloppen ovan gäller inte det.)`,
    `(No funding in the documents is for ${quoted(ctx, unfunded)}; the amounts above are not about that.)`,
  );
}

// Months say when ("the February decision"); a stem inside a known compound ("sekvensering" in
// "helgenomsekvensering") is named by that funding.
function partOfKnown(ctx: AnswerContext, s: string): boolean {
  if (isMonthStem(s)) return true;
  for (const known of ctx.index.knownStems) if (known.includes(s)) return true;
  return false;
}

/**
 * "hur mkt lägger regionen själv till?" asked alone: which organisation is asked back, naming those of the
 * kind the documents tell money of (recipients, givers, payers), never every one's money.
 */
export function answerWhichOrg(ctx: AnswerContext): Draft {
  const pointer = pointerAsk(definiteOrgPointer(ctx.query) ?? "");
  const kind = pointer?.kind ?? null;
  const ofKind = ofAskedKind(new Set(kind ? [kind as Cue] : []));
  const names = new Set<string>();
  for (const { entry } of ctx.index.entries)
    for (const n of [entry.recipient, entry.funder, entry.payer])
      if (n && kind !== null && ofKind(n)) names.add(n);
  const listed = [...names].sort((a, b) => a.localeCompare(b, "sv")).slice(0, 8);
  const known = listed.length > 0;
  const text = say(
    ctx.language,
    `${pointer?.sv ?? "Vilken organisation"} menar du? Frågan nämner ingen${known ? `; dokumenten nämner ${listText(listed, "sv", "och")}` : ""}.`,
    `${pointer?.en ?? "Which organisation"} do you mean? The question names none${known ? `; the documents name ${listText(listed, "en", "and")}` : ""}.`,
  );
  return { intent: "which-org", answered: false, text, figures: [] };
}

/**
 * "ingår det i gms-anslaget?" asked first: the pronoun points at nothing, so what it means is asked back in
 * the asker's words and language, never answered with a total.
 */
export function answerWhichPointer(ctx: AnswerContext): Draft {
  const words = ctx.query.text.toLowerCase().split(/[^\p{L}]+/u);
  const word = POINTER_WORDS.find((w) => words.includes(w)) ?? say(ctx.language, "det", "it");
  const cues = ctx.query.cues;
  // An example of the same ask with its subject named.
  const example =
    cues.has("decision") || cues.has("signed")
      ? POINTER_EXAMPLES.decision
      : cues.has("breakdown")
        ? POINTER_EXAMPLES.breakdown
        : cues.has("purpose") || cues.has("why")
          ? POINTER_EXAMPLES.purpose
          : POINTER_EXAMPLES.inclusion;
  const text = say(
    ctx.language,
    `Vad syftar ”${word}” på? Frågan nämner inget belopp eller område, och det finns inget tidigare svar att peka på. Fråga till exempel ”${example[0]}”.`,
    `What does “${word}” refer to? The question names no amount or area, and there is no earlier answer to point at. Ask for example “${example[1]}”.`,
  );
  return { intent: "which-pointer", answered: false, text, figures: [] };
}

const POINTER_WORDS = "det den detta de dem dessa it that this they them those these".split(" ");

const POINTER_EXAMPLES: Record<
  "inclusion" | "decision" | "breakdown" | "purpose",
  [sv: string, en: string]
> = {
  inclusion: [
    "ingår barncancer 2027 i GMS-anslaget?",
    "is childhood cancer 2027 part of the GMS grant?",
  ],
  decision: [
    "vem skrev under beslutet om 2026 års medel?",
    "who signed the decision on the 2026 money?",
  ],
  breakdown: ["hur fördelades 2026 års medel?", "how was the 2026 money split?"],
  purpose: ["vad var 2023 års medel till för?", "what was the 2023 money for?"],
};
