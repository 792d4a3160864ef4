// Money the documents tell that is no grant to sum: what is needed ("behövs uppemot 150 miljoner"), a monthly
// rate ("5,8 milj. kr i månaden"), a sum per inhabitant ("knappt 8 kronor per invånare"). Asked for, the
// sentences that say it are quoted, with no figures.
import { say } from "../say.js";
import type { AnswerContext, Draft } from "./context.js";
import { decline } from "./context.js";
import { namesWord } from "./quoted-names.js";

const MAX_PASSAGES = 3;
// A sentence that names an amount of money ("150 miljoner kronor", "SEK 40m"), not any number ("covid-19").
const MONEY =
  /\d[\d ,.]{0,15}(?:miljon|miljard|milj|kronor|kr\b|mkr|msek|sek\b|million|billion|bn\b|m\b)|\bsek ?\d/iu;

/** One kind: the question's cue, the words that tell it in a document's sentence, and how the answer leads. */
interface QuotedKind {
  cue: string;
  words: ReadonlySet<string>;
  /** When set, what a sentence must say instead of one of the words ("samlade … in", never "samlade satsningar"). */
  pattern?: RegExp;
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
      // "this will require around SEK 130 million a year": what is required is needed.
      "require",
      "requires",
      "required",
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
    cue: "raised",
    words: new Set([
      "samlade",
      "samlar",
      "samlat",
      "insamlat",
      "insamlade",
      "insamlad",
      "raised",
      "raises",
      "collected",
      "collects",
    ]),
    pattern:
      /(?:^|[^\p{L}])(?:samla(?:de|r|t)\s+(?:\p{L}+\s+){0,3}in|insaml\p{L}*|raised|raises|collected|collects)(?=[^\p{L}]|$)/iu,
    lead: [
      "Det här säger dokumenten om insamlade pengar – givarens egna intäkter, inga medel till GMS:",
      "What the documents say about money raised – the giver's own income, no funding of GMS:",
    ],
    none: [
      "Dokumenten anger inga insamlade belopp för det.",
      "The documents state no money raised for that.",
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
  // The asked years are searched too: "Under 2027 samlade Cancerfonden in 742 miljoner".
  const subject = [
    ...ctx.query.topicWords,
    ...ctx.query.orgs.map((o) => o.name),
    ...ctx.query.years.map(String),
  ];
  const found = ctx.knowledge.passages.search([...kind.words, ...subject].join(" "), {
    limit: 50,
    filter: (p) =>
      !p.heading &&
      MONEY.test(p.text) &&
      (kind.pattern ? kind.pattern.test(p.text) : tells(p.text, kind.words)),
  });
  // "hur mycket samlade Cancerfonden in": the sentences naming the asked organisation, when some do.
  const names = ctx.query.orgs.map((o) => o.name.toLowerCase());
  const naming = found.filter((p) => names.some((n) => namesWord(p.text.toLowerCase(), n)));
  if (naming.length > 0) found.splice(0, found.length, ...naming);
  found.splice(MAX_PASSAGES);
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
