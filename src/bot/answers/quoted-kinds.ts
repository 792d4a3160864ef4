// Money the documents tell that is no grant to sum: what is needed ("behövs uppemot 150 miljoner"), a monthly
// rate ("5,8 milj. kr i månaden"), a sum per inhabitant ("knappt 8 kronor per invånare"). Asked for, the
// sentences that say it are quoted, with no figures.
import { say } from "../say.js";
import type { AnswerContext, Draft } from "./context.js";
import { decline } from "./context.js";

const MAX_PASSAGES = 3;
// A sentence that names an amount of money ("150 miljoner kronor", "SEK 40m"), not any number ("covid-19").
const MONEY =
  /\d[\d ,.]{0,15}(?:miljon|miljard|milj|kronor|kr\b|mkr|msek|sek\b|million|billion|bn\b|m\b)|\bsek ?\d/iu;

/** One kind: the question's cue, the words that tell it in a document's sentence, and how the answer leads. */
interface QuotedKind {
  cue: string;
  words: ReadonlySet<string>;
  lead: [sv: string, en: string];
  none: [sv: string, en: string];
}

const KINDS: readonly QuotedKind[] = [
  {
    cue: "need",
    words: new Set([
      "behöver",
      "behövs",
      "behövde",
      "behövts",
      "behov",
      "behovet",
      "behoven",
      "need",
      "needs",
      "needed",
    ]),
    lead: [
      "Det här säger dokumenten om behovet – inga beslutade medel:",
      "What the documents say is needed – no money decided:",
    ],
    none: [
      "Dokumenten anger inget behov i kronor för det.",
      "The documents state no need in kronor for that.",
    ],
  },
  {
    cue: "perCapita",
    words: new Set([
      "invånare",
      "invånaren",
      "medborgare",
      "inhabitant",
      "inhabitants",
      "capita",
      "citizen",
    ]),
    lead: [
      "Det här säger dokumenten om belopp per invånare – ett mått, inga medel att summera:",
      "What the documents say about amounts per inhabitant – a measure, no money to add up:",
    ],
    none: [
      "Dokumenten anger inget belopp per invånare.",
      "The documents state no amount per inhabitant.",
    ],
  },
  {
    cue: "perMonth",
    words: new Set(["månaden", "månad", "månadsvis", "month", "monthly"]),
    lead: [
      "Det här säger dokumenten om belopp per månad – inget årsbelopp att summera:",
      "What the documents say about monthly amounts – no year's figure to add up:",
    ],
    none: ["Dokumenten anger inget belopp per månad.", "The documents state no monthly amount."],
  },
];

/** The kind of no-grant money the question asks for, if any. */
export function asksQuotedKind(ctx: AnswerContext): boolean {
  return KINDS.some((k) => ctx.query.cues.has(k.cue));
}

/** Sentences with an amount that tell the kind asked, those naming the question's subject first. */
export function answerQuotedKind(ctx: AnswerContext): Draft {
  const kind = KINDS.find((k) => ctx.query.cues.has(k.cue)) ?? (KINDS[0] as QuotedKind);
  const subject = [...ctx.query.topicWords, ...ctx.query.orgs.map((o) => o.name)];
  const found = ctx.knowledge.passages
    .search([...kind.words, ...subject].join(" "), {
      limit: 50,
      filter: (p) => !p.heading && MONEY.test(p.text) && tells(p.text, kind.words),
    })
    .slice(0, MAX_PASSAGES);
  if (found.length === 0) return decline("passage", say(ctx.language, ...kind.none));
  const lines = found.map((p) => `• “${p.text}” ${ctx.citations.markers([p]).text}`);
  const text = [say(ctx.language, ...kind.lead), ...lines].join("\n");
  return { intent: "passage", answered: true, text, figures: [] };
}

function tells(text: string, words: ReadonlySet<string>): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => words.has(w));
}
