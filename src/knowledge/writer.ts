// Who writes a page in the first person ("vi", "oss", "vår", "we", "our"): the organisation its masthead names, when
// the page opens with one ("Folkhälsomyndigheten internt – Veckobrevet", "Karolinska Institutet – LIME-bladet,
// nyhetsbrev från …"). A page that names no writer so leaves its "vi" unresolved: no reader guesses it.
import { cacheByKey } from "./key-cache.js";

// A newsletter's or intranet's masthead names the publication, not the story ("Myndigheten internt – Veckobrevet",
// "Institutet – LIME-bladet, nyhetsbrev från …", "Kansliet informerar", "Staff newsletter"): no headline.
export const MASTHEAD_WORD =
  /(?:^|[\s,–—-])(?:internt|informerar|nyhetsbrev(?:et)?|veckobrev(?:et)?|månadsbrev(?:et)?|personaltidning(?:en)?|medarbetarbrev(?:et)?|intranät(?:et)?|newsletter|bulletin|staff news|intranet)(?=$|[\s,:.–—-])/iu;

// The first-person words a writer uses of itself, lower case.
export const FIRST_PERSON: ReadonlySet<string> = new Set([
  "vi",
  "oss",
  "vår",
  "vårt",
  "våra",
  "we",
  "us",
  "our",
]);

// The masthead is the page's first written line: short, no full stop.
const MASTHEAD_MAX_WORDS = 16;
// "Folkhälsomyndigheten", "Karolinska Institutet", "Region Västerbotten": capitalised words opening the line.
// "Göteborgs universitet", "Lunds kommun": a place's genitive before the lower-case kind of organisation.
const OPENING_NAME =
  /^(\p{Lu}[\p{L}-]*(?:[ \u00a0]\p{Lu}[\p{L}-]*){0,3}(?:[ \u00a0](?:universitet|högskola|kommun))?)(?=\s|$)/u;
// The last word of an organisation's name: "…myndigheten", "…verket", "Institutet", "universitet", "Region X".
const ORGANISATION_END =
  /(?:myndigheten|verket|institutet|institute|universitet|university|högskola|högskolan|sjukhuset|sjukhus|fonden|rådet|departementet|kansliet|kommun|landsting)$/iu;
const REGION = /^Region\s/u;
const GMS = /^(?:Genomic Medicine Sweden|GMS)\b/u;
const DASH = /\s[–—-]\s/u;

/** The organisation a page's masthead names as its writer, or null. */
export const documentWriter: (text: string) => string | null = cacheByKey(readWriter, 64);

function readWriter(text: string): string | null {
  const first =
    text
      .slice(0, 400)
      .split("\n")
      .find((l) => l.trim() !== "") ?? "";
  const line = first.trim();
  if (line === "" || /[.!?]$/.test(line) || line.split(/\s+/).length > MASTHEAD_MAX_WORDS)
    return null;
  // A masthead: it names a newsletter's kind, or sets a publication's name apart by a dash.
  if (!MASTHEAD_WORD.test(line) && !DASH.test(line)) return null;
  const name = OPENING_NAME.exec(line)?.[1];
  if (!name) return null;
  return ORGANISATION_END.test(name) || REGION.test(name) || GMS.test(name) ? name : null;
}
