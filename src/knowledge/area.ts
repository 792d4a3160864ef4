import { TOPICS } from "./topics.js";
import { contentStems } from "./words.js";

// Words that say how money is used, not what it is for; an area is named by what remains.
const GENERIC = new Set(
  contentStems(
    `pilot piloter pilotprojekt pilotstudier projekt projektet arbete arbetet fortsatt fortsatta fortsätta
    implementering implementera nationell nationella klinisk kliniska praxis genomföra genomförande
    utveckling vidareutveckling uppskalning pågående etablera arbetssätt användning effektiv internationell
    inom ramen insatser del år åren gms genomic medicine sweden`,
  ),
);

const TOPIC_STEMS = TOPICS.map((t) => ({
  key: t.key,
  phrases: t.svPhrases.map((p) => contentStems(p)),
}));

/** The normalised area of a purpose: a known topic when one is named, else its first specific words. */
export function describeArea(purpose: string): string {
  const stems = contentStems(purpose);
  const joined = ` ${stems.join(" ")} `;
  // Topics are listed most specific first (diseases before methods), so the first named one wins.
  for (const topic of TOPIC_STEMS) {
    if (topic.phrases.some((p) => p.length > 0 && joined.includes(` ${p.join(" ")} `)))
      return topic.key;
  }
  const specific = stems.filter((s) => !GENERIC.has(s));
  return specific.slice(0, 2).join(" ") || stems.slice(0, 2).join(" ");
}
