// Sentence patterns of the seeds (government decisions and press releases), filled from a plan.
import type { Random } from "./prng.js";
import { MONTHS, OFFICIALS, writeAmount } from "./swedish-words.js";

/** What one synthetic document says; the generator decides it, the templates only word it. */
export interface DocumentPlan {
  kind: "regeringsbeslut" | "pressmeddelande";
  year: number;
  /** Whether the grant's sentence names its year; otherwise the publication date decides. */
  yearStated: boolean;
  area: string;
  amountSek: number;
  parts: Array<{ area: string; amountSek: number }>;
  /** Parts as a bullet list under "fördelar pengarna så här:" instead of "Av medlen ska …". */
  bulletParts: boolean;
  capSek: number | null;
  payer: { name: string; genitive: string };
  region: string;
  minister: { title: string; name: string };
  /** Headline that retells the amount, like "16,5 miljoner kronor till …". */
  amountHeadline: boolean;
}

/** Each amount's characters, in the order they were written, so callers can check the ledger. */
export interface Written {
  text: string;
  amounts: string[];
}

const WORK = [
  "fortsatt implementering av precisionsmedicinska piloter",
  "uppskalning av pågående piloter",
  "utveckling av genpaneler",
  "harmonisering av analysflöden",
  "etablering av ett nationellt arbetssätt",
];

function date(rng: Random, year: number): string {
  return `${rng.int(1, 28)} ${MONTHS[rng.int(0, 11)] ?? "mars"} ${year}`;
}

/** A regeringsbeslut in the style of seed 004: commission, shares, cap, deadlines, signatures. */
export function writeDecision(plan: DocumentPlan, rng: Random): Written {
  const amounts: string[] = [];
  const say = (n: number, currency = true) => {
    const text = writeAmount(n, rng, currency);
    amounts.push(text);
    return text;
  };
  const { payer, region, year, area } = plan;
  const when = plan.yearStated ? `under ${year}, ` : "";
  const lines = [
    `Socialdepartementet${payer.name}`,
    "103 33 Stockholm",
    "",
    `Uppdrag att betala ut medel för piloter inom ${area}`,
    "",
    "Regeringens beslut",
    "",
    `Regeringen ger ${payer.name} i uppdrag att ${when}efter rekvisition från ${region}, betala ut ${say(plan.amountSek)} för arbete med att genomföra piloter inom ${area} inom ramen för projektet Genomic Medicine Sweden (GMS). ${region} ansvarar för att i samråd med styrgruppen för GMS fördela medlen till övriga parter inom projektet.`,
    "",
    ...partLines(plan, rng, say),
  ];
  if (plan.capSek !== null)
    lines.push(
      `Av medlen får högst ${say(plan.capSek)} användas för ${payer.genitive} eget arbete.`,
      "",
    );
  lines.push(...decisionClosing(plan, rng));
  return { text: lines.join("\n"), amounts };
}

/** Deadlines, background and signatures: no amounts, but dates and names the core must not misread. */
function decisionClosing(plan: DocumentPlan, rng: Random): string[] {
  const { payer, year, area } = plan;
  return [
    `Medlen betalas ut engångsvis efter rekvisition ställd till ${payer.name} senast den ${date(rng, year)}. Medel som inte har använts för avsett ändamål ska återbetalas senast den 31 mars ${year + 1}.`,
    "",
    `${payer.name} ska lämna en redovisning av uppdraget senast den ${date(rng, year + 1)} till Regeringskansliet (Socialdepartementet).`,
    "",
    "Ärendet",
    "",
    `Ett av målen i den nationella life science-strategin är att Sverige ska vara ett föregångsland inom ${area}. GMS är en nationell satsning med visionen att i bred samverkan med sjukvård, högskola och näringsliv möjliggöra förbättrad diagnostik.`,
    "",
    "På regeringens vägnar",
    "",
    plan.minister.name,
    "",
    rng.pick(OFFICIALS),
  ];
}

/** A pressmeddelande in the style of seeds 000–002: headline, quote, grant, shares, press contact. */
export function writePressRelease(plan: DocumentPlan, rng: Random): Written {
  const amounts: string[] = [];
  const say = (n: number, currency = true) => {
    const text = writeAmount(n, rng, currency);
    amounts.push(text);
    return text;
  };
  const { area, minister, year } = plan;
  const headline = plan.amountHeadline
    ? `${say(plan.amountSek)} till precisionsmedicin inom ${area}`
    : `Satsning på pilotprojekt inom precisionsmedicin för ${area}`;
  const grant = grantSentence(plan, rng, say);
  const lines = [
    "Pressmeddelande från Socialdepartementet",
    "",
    headline,
    "",
    "Publicerad",
    "",
    `Regeringen fortsätter att stödja Genomic Medicine Swedens (GMS) arbete med precisionsmedicin inom ${area}.`,
    "",
    `– Alla patienter ska få tillgång till mer precis diagnostik och individanpassad vård, säger ${minister.title} ${minister.name}.`,
    "",
    grant,
    "",
    ...partLines(plan, rng, say),
    `${plan.region} ska lämna en redovisning av arbetet till Socialdepartementet senast den ${date(rng, year + 1)}.`,
    "",
    "Presskontakt",
    "",
    rng.pick(OFFICIALS),
    `Pressekreterare hos ${minister.title} ${minister.name}`,
    "Telefon (växel) 08-405 10 00",
  ];
  return { text: lines.join("\n"), amounts };
}

type Say = (n: number, currency?: boolean) => string;

/** The press release's grant: "Regeringen avsätter …" or "X får i uppdrag att betala ut … till …". */
function grantSentence(plan: DocumentPlan, rng: Random, say: Say): string {
  const when = plan.yearStated ? ` under ${plan.year}` : "";
  return rng.chance(0.5)
    ? `Regeringen avsätter ${say(plan.amountSek)}${when} för att inom ramen för projektet Genomic Medicine Sweden genomföra piloter inom ${plan.area}.`
    : `${plan.payer.name} får i uppdrag att betala ut ${say(plan.amountSek)} till regionernas samverkansprojekt Genomic Medicine Sweden (GMS)${when} för piloter inom ${plan.area}.`;
}

function partLines(plan: DocumentPlan, rng: Random, say: Say): string[] {
  if (plan.parts.length === 0) return [];
  if (plan.bulletParts) {
    const items = plan.parts.map(
      (p) => `* ${say(p.amountSek, false)} går till ${rng.pick(WORK)} inom ${p.area}.`,
    );
    return ["Regeringen fördelar pengarna så här:", "", ...items.flatMap((i) => [i, ""])];
  }
  const [first, second] = plan.parts;
  if (plan.parts.length === 2 && first && second && rng.chance(0.5)) {
    return [
      `Av detta ska ${say(first.amountSek)} gå till ${rng.pick(WORK)} inom ${first.area} och resterande ${say(second.amountSek)} till ${rng.pick(WORK)} inom ${second.area}.`,
      "",
    ];
  }
  return plan.parts.flatMap((p) => [
    `Av medlen ska ${say(p.amountSek)} användas för ${rng.pick(WORK)} inom ${p.area}.`,
    "",
  ]);
}
