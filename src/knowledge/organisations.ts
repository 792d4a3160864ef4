// Who pays and who receives, read from Swedish (and English) sentence patterns.
import { cacheByPair } from "./key-cache.js";
import { labelBefore } from "./line-label.js";
import { REFERENCE_NOUNS } from "./org-references.js";
import { lastWordRun } from "./word-chars.js";

/** Words that end a name: prepositions, conjunctions and verbs that follow a recipient. */
const NAME_STOP = new Set(
  `för till att som med i under inom på av om och samt senast efter från ska skall får kan har
  to for with in under within on of about and by that which`.split(/\s+/),
);
// Lower-case words that may stand before a name: "projektet Genomic Medicine Sweden".
const DESCRIPTOR =
  /^(?:\p{L}*projekt(?:et)?|regionernas|myndigheten|organisationen|the|project)$/iu;
const GMS = /genomic\s+medicin\w*\s+sweden|\bgms\b/i;

export function mentionsGms(text: string): boolean {
  return GMS.test(text);
}

// A region's own name ("Region Skåne").
const REGION_NAME = /^region\s/i;

/** Whether a name is a region's own ("Region Skåne", never "regionerna"). */
export function namesRegion(name: string): boolean {
  return REGION_NAME.test(name);
}

const ABBREVIATION = /^\(\p{Lu}[\p{Lu}\d-]*\)$/u;
// Lower-case words that end a name: "Regionalt cancercentrum (RCC) norr", "Region Örebro län".
const DIRECTION =
  /^(?:norr|syd|söder|väst|öst|mellansverige|län|kommun|north|south|east|west|county)$/i;

// The lower-case last word of a Swedish organisation's name: "Skånes universitetssjukhus", "Umeå universitet".
const ORGANISATION_HEADS = [
  "universitetssjukhus",
  "sjukhus",
  "sjukhuset",
  "universitet",
  "universitetet",
  "institutet",
  "institut",
  "högskola",
  "högskolan",
  "lasarett",
  "lasarettet",
  "fonden",
  "myndigheten",
  "centrum",
  "regionerna",
];

function isOrganisationHead(word: string): boolean {
  return ORGANISATION_HEADS.some((h) => word === h || (h.length > 6 && word.endsWith(h)));
}

// The patterns `readName` and `countedGroups` read each word with, made once (a regex literal is a new object
// each time it is evaluated).
const FIRST_WORDS = /^(?:\S+\s*){1,10}/u;
const SPACES = /\s+/;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const END_PUNCTUATION = /[.,;:!?]+$/;
const END_SEPARATOR = /[.,;:]+$/;
const DIGITS_ONLY = /^\d+$/;

/** A name starting at `text`'s beginning: capitalised words, "(ABBR)", "Regionalt cancercentrum (RCC) norr". */
function readName(text: string): string | null {
  const tokens = text.match(FIRST_WORDS)?.[0].trim().split(SPACES) ?? [];
  let i = 0;
  while (i < 2 && DESCRIPTOR.test(tokens[i] ?? "")) i += 1;
  if (!UPPER_START.test(tokens[i] ?? "")) return null;
  const name: string[] = [];
  for (; i < tokens.length; i++) {
    const raw = tokens[i] ?? "";
    const word = raw.replace(END_PUNCTUATION, "");
    const previous = name.at(-1) ?? "";
    // The next word is read only for a small word before an abbreviation ("cancercentrum (RCC)").
    const accepted =
      UPPER_START.test(word) ||
      ABBREVIATION.test(word) ||
      (LOWER_START.test(word) &&
        ABBREVIATION.test((tokens[i + 1] ?? "").replace(END_PUNCTUATION, "")) &&
        !NAME_STOP.has(word)) ||
      (DIRECTION.test(word) && (ABBREVIATION.test(previous) || UPPER_START.test(previous))) ||
      (isOrganisationHead(word) && UPPER_START.test(previous));
    if (!accepted || (name.length > 0 && NAME_STOP.has(word.toLowerCase()))) break;
    name.push(word);
    if (word !== raw) break; // punctuation ends the name
  }
  return name.length > 0 ? name.join(" ") : null;
}

const REFERENCE_AFTER_VERB = new RegExp(
  `(?:^|\\s)(?:får|fick|erhåller|erhöll)\\s+(${REFERENCE_NOUNS.join("|")})\\s*$`,
  "iu",
);

const FIRST_PERSON_RECEIVES =
  /(?:^|\s)(?:(?:får|fick|erhåller|erhöll)\s+(vi)\s(?:\p{Ll}+\s+){0,3}$|(vi|we)\s+(?:får|fick|har\s+fått|hade\s+fått|erhåller|erhöll|receive|received|get|got|have\s+received|have\s+been\s+(?:awarded|granted))\s(?:\p{Ll}+\s+){0,3}$|(?:beviljat|beviljade|beviljar|tilldelat|tilldelade|gett|gav|ger|granted|awarded|gave|given)\s+(oss|us)\s+$)/iu;

// "to three projects", "till tolv forskargrupper": money to several groups of others, not to one organisation.
const COUNT_WORDS = new Set(
  `en ett två tre fyra fem sex sju åtta nio tio elva tolv one two three four five six seven eight nine ten
  eleven twelve several multiple flera`.split(/\s+/),
);
const GROUP_NOUNS = new Set(
  `projekt forskargrupper forskare företag kommuner projects groups researchers companies teams
  research`.split(/\s+/),
);

/** "three projects" when the words after "till"/"to" count groups of recipients; else null. */
function countedGroups(text: string): string | null {
  const [a = "", b = "", c = ""] = text
    .slice(0, 60)
    .split(SPACES, 3)
    .map((w) => w.replace(END_SEPARATOR, ""));
  const counted = COUNT_WORDS.has(a.toLowerCase()) || DIGITS_ONLY.test(a);
  if (counted && GROUP_NOUNS.has(b.toLowerCase())) {
    // "to three research groups": the noun may take two words.
    return b.toLowerCase() === "research" && c ? `${a} ${b} ${c}` : `${a} ${b}`;
  }
  return null;
}

// "to a related research project at the Department of …", "till ett forskningsprojekt vid Lunds universitet":
// work that a named host runs receives the money (GMS's only when the host is GMS).
const ARTICLES = new Set("a an the one en ett den det".split(" "));
const PROJECT_NOUNS = new Set(
  `project projects study studies trial programme group lab laboratory projekt projektet studie studien
  studier forskargrupp forskargruppen program programmet`.split(/\s+/),
);
const FACILITY_NOUNS = new Set(
  `facility facilities platform plattform plattformen anläggning anläggningen infrastructure`.split(
    /\s+/,
  ),
);
const HOST_WORDS = new Set(["at", "vid", "på", "within", "inom", "hos"]);
// An article, at most three words before the project noun, the host word: the name may open the fifth word (a
// facility's name may take one word more: "the national Long Read Sequencing facility at …").
const PROJECT_WORDS_MAX = 7;
const PROJECT_HOST_AT_MAX = 5;

/** "a <…> project at <Name>" right after "to"/"till": the project and its host, else null. */
function hostedProject(text: string): string | null {
  const words = text.slice(0, 200).split(SPACES, PROJECT_WORDS_MAX);
  if (!ARTICLES.has(words[0]?.toLowerCase() ?? "")) return null;
  const at = words.findIndex((w, i) => i > 0 && HOST_WORDS.has(w.toLowerCase()));
  const noun = words[at - 1]?.toLowerCase() ?? "";
  // "to the national Clinical Genomics facility at SciLifeLab": a facility may bear a name of its own.
  const facility = FACILITY_NOUNS.has(noun);
  if (at < 2 || !(facility || PROJECT_NOUNS.has(noun) || noun.endsWith("projekt"))) return null;
  if (!facility && at > PROJECT_HOST_AT_MAX) return null;
  if (words.slice(1, at).some((w) => (!facility && !LOWER_START.test(w)) || END_SEPARATOR.test(w)))
    return null;
  return hostName(text.slice(words.slice(0, at + 1).join(" ").length).trimStart());
}

const OF_NAME = /^\s+(?:of|för)\s+(?=\p{Lu})/u;

/** A host's name, with "of <Name>" kept: "the Department of Immunology", "University of Gothenburg". */
function hostName(text: string): string | null {
  const head = readName(text);
  if (head === null) return null;
  const at = text.indexOf(head) + head.length;
  const of = OF_NAME.exec(text.slice(at, at + 8));
  const tail = of ? readName(text.slice(at + of[0].length)) : null;
  return tail ? `${text.slice(text.indexOf(head), at)}${of?.[0]}${tail}` : head;
}

// The patterns of the readers below, made once (a regex literal is a new object each time it is evaluated).
const TILL = /^\s*(?:,\s*)?(?:till|to)\s+/i;
// "SEK 4.2 million over three years to …", "5 miljoner kronor under 2030 till …": a time between amount and "to".
const TILL_AFTER_TIME =
  /^\s*(?:over|during|for|in|per|under|för|i|om)\s+(?:\p{L}+\s+)?(?:years?|år|åren|\d{4}),?\s+(?:till|to)\s+/iu;
// "of which SEK 2.1 million will go to the Karolinska University Hospital laboratory", "5 miljoner kronor ska gå till
// …": a verb of going between the amount and "to" (bounded: one modal, one verb).
const GOES_TO_AFTER =
  /^\s*(?:will\s+|shall\s+|is\s+to\s+|ska\s+|skall\s+)?(?:go|goes|went|gå|går|gick)\s+(?:to|till)\s+/iu;
// "Totalt får GMS därmed 107 miljoner": an adverb or two may stand between the recipient and the amount.
// "I Sverige får Genomic Medicine Sweden (GMS) 84 miljoner": the name may carry its short form in brackets.
const NAME_AFTER_VERB =
  /(?:^|\s)(?:får|fick|erhåller|erhöll)\s+((?:\p{Lu}[\p{L}-]*(?![\p{L}-])\s?){1,4})(?:\(\p{Lu}{1,10}\))?(?:\s*\p{Ll}+){0,2}\s*$/u;
const SUBJECT_RECEIVES =
  /(?:^|[\s,])((?:\p{Lu}[\p{L}-]*(?![\p{L}-])\s?){1,4}(?:\([\p{Lu}]+\))?(?:\s?(?:län|kommun))?)\s*(?:får|fick|erhåller|erhöll|receives|received|(?:will|shall|is\s+to)\s+(?:receive|keep)|keeps|kept|behåller|behöll|gets|got)\s/u;
const BRACKETED_SUBJECT =
  /\(((?:\p{Lu}[\p{L}-]*)(?:\s[\p{L}-]+){0,3})\)\s*(?:får|fick|erhåller|erhöll|receives|received|gets|got)\s/u;
// A name, "har", at most three small words or a year ("sedan 2019", "hittills"), then "fått".
const SUBJECT_HAS_RECEIVED =
  /(?:^|[\s,])((?:\p{Lu}[\p{L}-]*(?![\p{L}-])\s?){1,4})\s*har\s+(?:[\p{Ll}\d]+\s+){0,3}fått\s/u;
const HAS_RECEIVED = /\bhar\s+((?:\p{Lu}[\p{L}-]*(?![\p{L}-])\s?){1,4})\s*fått\b/u;
// "will give Genomic Medicine Sweden (GMS) SEK 95m": the name may carry its short form, the amount its currency.
const GIVEN_BEFORE =
  /\b(?:ger|gav|ge|gives|gave|give)\s+(?:\p{Ll}+\s+)?(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3})(?:\s\(\p{Lu}{1,10}\))?\s+(?:\p{Ll}+\s+|SEK\s+)?$/u;
const WITHIN_PROJECT = /inom\s+(?:ramen\s+för\s+)?(?:projektet\s+)?(?=\p{Lu})/u;
const PAYS_OUT = /\bbetalar?\s+ut\b|\bpays?\s+out\b/i;
const COMMISSIONS =
  /(?:\bger|\bge|\buppdra(?:r)?\s+åt|\bcommission(?:s|ed)?|\btask(?:s|ed)?|\binstruct(?:s|ed)?)\s+(\p{Lu}[\p{L}-]+)/u;
const COMMISSIONED = /(?<![\p{L}-])(\p{Lu}[\p{L}-]+)\s+(?:får\s+)?i\s+uppdrag/u;
const PAYER_BEFORE = /(?<![\p{L}-])(\p{Lu}[\p{L}-]+)\s+(?:ska\s+|skall\s+)?$/u;
const PAYER_BEFORE_MODAL = /(?<![\p{L}-])(\p{Lu}[\p{L}-]+)\s+(?:ska|skall)\s+$/u;
// Words that open a sentence before its verb ("Därutöver finansierar universitetet …"): never its subject.
const NO_SUBJECT =
  /^(?:Nu|Då|Det|Den|Där|I|In|The|Därutöver|Härutöver|Dessutom|Därtill|Vidare|Samtidigt|Också|Även|Sedan|Utöver|Totalt|Sammanlagt|Därför|Likaså|Däremot|Istället|Own|Egna|Egen)$/i;

// The words before an amount and after it recur from sentence to sentence ("Region X får" / "till arbetet med …"):
// each pair is read once.
const RECIPIENT_CACHE_MAX = 20_000;
const recipientOfPair = cacheByPair(readRecipient, RECIPIENT_CACHE_MAX);

/** The recipient named by "till X" right after the amount, or "X får/har fått" before it. */
export function findRecipient(beforeAll: string, after: string): string | null {
  return recipientOfPair(beforeAll, after);
}

function readRecipient(beforeAll: string, after: string): string | null {
  // "Biobank Sverige, som inte ingår i GMS, får …": the subject is before the aside, not in it.
  const before = beforeAll.replace(RELATIVE_ASIDE, " ");
  const till = TILL.exec(after) ?? TILL_AFTER_TIME.exec(after) ?? GOES_TO_AFTER.exec(after);
  if (till) {
    const rest = after.slice(till[0].length);
    const name = readName(rest) ?? hostedProject(rest) ?? countedGroups(rest);
    if (name) return name;
  }
  // "får vi använda upp till 150 000 kronor", "vi har fått 2 miljoner", "Forte har beviljat oss 4,2 miljoner": the
  // page's writer receives (resolved by `org-references.ts`, or no one where the page names no writer).
  const own = FIRST_PERSON_RECEIVES.exec(before);
  if (own) return own[1] ?? own[2] ?? own[3] ?? null;
  // Every pattern below needs its verb: most sentences have none of them, and are not searched. "X får i
  // uppdrag att … betala ut" gives X a task, not the money.
  if (!RECEIVES.test(before) || COMMISSIONED_TO.test(before))
    return (
      givenTo(before) ??
      mayUse(before) ??
      leaderWith(before) ??
      labelledOrganisation(before) ??
      fundedSubject(before) ??
      PAID_TO_BEFORE.exec(before)?.[1]?.trim() ??
      null
    );
  // "Därutöver får Biobank Sverige tre miljoner": Swedish puts the verb second, the recipient after it.
  const afterVerb = NAME_AFTER_VERB.exec(before);
  if (afterVerb?.[1]) return afterVerb[1].trim();
  // "I fjol fick regionen 3,1 miljoner": a reference noun, resolved against the text before it.
  const referred = REFERENCE_AFTER_VERB.exec(before)?.[1];
  if (referred) return referred.toLowerCase();
  // "Vår region (Region Uppsala) får 6,5 MSEK": the name in brackets says who "vår region" is.
  const bracketed = BRACKETED_SUBJECT.exec(before)?.[1];
  if (bracketed) return bracketed;
  const subject = SUBJECT_RECEIVES.exec(before);
  if (subject?.[1] && !NOT_A_NAME.has(subject[1].trim().split(/\s+/)[0]?.toLowerCase() ?? "")) {
    // "Utöver de medel som betalas ut till Region X får Folkhälsomyndigheten …": after a preposition the name is
    // no subject; Swedish puts the subject after the verb there.
    const word = PREVIOUS_WORD.exec(before.slice(0, subject.index + 1))?.[1]?.toLowerCase() ?? "";
    if (!PREPOSITIONS.has(word)) return subject[1].trim();
    return INVERTED_SUBJECT.exec(before.slice(subject.index + subject[0].length - 1))?.[1] ?? null;
  }
  return givenTo(before);
}

const REGION_WORD = /^(?:region|regionen|landstinget)$|regionen$/iu;

/** The organisation a "<name>: <amount>" item is labelled with; an area's label ("Barncancer:") is none. */
function labelledOrganisation(before: string): string | null {
  // "Region Skåne: 10 mkr": a list item labelled by an organisation's name (the label is all before the amount).
  const label = labelBefore(before);
  const named = label ? organisationLabel(label) : null;
  if (named) return named;
  // A grant list's '"Title" – Ann Nordgren, Karolinska Institutet: 4,8 mnkr': the label's last part names the host.
  const host = HOST_LABEL.exec(before.slice(-HOST_REACH))?.[1]?.trim();
  return host ? organisationLabel(host) : null;
}

const HOST_REACH = 80;
const HOST_LABEL = /,[ \t]{0,3}([^,:|\n]{2,60}?)[ \t]{0,3}:[ \t]*(?:SEK[ \t]*)?$/u;

/** A label that is an organisation's name ("Region Skåne", "Karolinska universitetssjukhuset"); an area's is not. */
export function organisationLabel(label: string): string | null {
  if (label.length > 60 || readName(label) !== label) return null;
  const words = label.split(SPACES);
  const organisation =
    words.some((w) => REGION_WORD.test(w)) || isOrganisationHead(words.at(-1)?.toLowerCase() ?? "");
  return organisation ? label : null;
}

// "SciLifeLab is a national infrastructure …, funded by the Swedish government with …", "Biobanken finansieras av
// staten med …": the subject said to be funded receives the money.
const FUNDED =
  /\b(?:funded|financed|finansieras|finansierad|finansierat|finansierade)\s+(?:by|av)\b/u;
const IS_AFTER_NAME = /^\s*(?:is|är|was|var|,)/u;

function fundedSubject(before: string): string | null {
  if (!FUNDED.test(before)) return null;
  const name = readName(before);
  if (!name || NOT_A_NAME.has(name.split(SPACES)[0]?.toLowerCase() ?? "")) return null;
  const rest = before.slice(before.indexOf(name) + name.length);
  return IS_AFTER_NAME.test(rest) && !GOVERNMENT.test(name) ? name : null;
}

// Words that open a sentence in capitals without naming anyone ("Idag fick vi beskedet att …").
const NOT_A_NAME = new Set(
  // A place told first ("I Sverige får GMS …", "In Norway …") is an adverbial, never the one receiving.
  // "Vi har fått drygt 420 miljoner": a speaker's "we" names no one; the page says whom the speaker stands for.
  "idag igår imorgon nu då därmed därför dessutom samtidigt totalt sammanlagt nyligen snart härmed today yesterday now then also overall together i in på inom hos vi jag we".split(
    " ",
  ),
);

// "Region Uppsala will lead a new national effort … with SEK 3 million": the one leading work with money gets it.
const LEAD_VERBS = new Set(["lead", "leads", "leading", "leda", "leder"]);
const WITH_WORDS = new Set(["with", "med"]);

/** "<Name> will lead … with" right before the amount: the name that leads the work receives its money. */
function leaderWith(before: string): string | null {
  // Most amounts follow no "with": the last word is read alone, the text not split.
  const last = lastWordRun(before);
  if (last !== null && !WITH_WORDS.has(last.toLowerCase())) return null;
  const words = before.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
  if (!WITH_WORDS.has(words.at(-1)?.toLowerCase() ?? "")) return null;
  const lead = words.findIndex((w) => LEAD_VERBS.has(w.toLowerCase()));
  if (lead < 1 || lead > 5) return null;
  const start = before.search(/\p{Lu}/u);
  return start < 0 ? null : readName(before.slice(start));
}

// The verbs of receiving that `findRecipient`'s patterns read, in any case ("Får"): without one, none matches.
const PREVIOUS_WORD = /([\p{L}]+)[\s,]*$/u;
const PREPOSITIONS = new Set("till av från för med åt hos i på to from of for with by".split(" "));
const INVERTED_SUBJECT = /^\s?(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3})/u;
// "uppdrar åt X att till Region Västerbotten betala ut totalt 18 000 000 kronor": the payee named before the verb.
const PAID_TO_BEFORE =
  /(?:^|\s)till\s+((?:\p{Lu}[\p{L}-]*\s?){1,4})\s*(?:betala|betalas|utbetala)\s+ut\s+(?:totalt\s+|sammanlagt\s+)?$/u;
const COMMISSIONED_TO = /\b(?:får|fick)\s+(?:\p{L}+\s+){0,3}i\s+uppdrag\b/u;
// "GMS North, the node run jointly by Region Västerbotten and Umeå University, will receive …": an English
// appositive, set off by commas, describes the subject before it.
const RELATIVE_ASIDE = /,\s(?:som|vilken|vilket|which|who|the|a|an)\s[^,]{1,80},\s/u;
// "GMS South … will keep SEK 11.5 million of this year's state funding": the one keeping a share has it.
const RECEIVES =
  /får|fick|erhåller|erhöll|behåller|behöll|receive|received|gets|got|keep|keeps|kept/iu;
const GIVES = /ger|gav|ge|gives|gave|give/;

/** "X har fått" before the amount, or the one given to: "Regeringen ger samtidigt Socialstyrelsen …". */
function givenTo(before: string): string | null {
  if (!GIVES.test(before) && !before.includes("fått")) return null;
  const inverted = HAS_RECEIVED.exec(before);
  if (inverted?.[1]) return inverted[1].trim();
  // "Region Västerbotten har sedan 2019 fått sammanlagt …": the subject before "har … fått".
  const subject = SUBJECT_HAS_RECEIVED.exec(before)?.[1]?.trim();
  if (subject && !NOT_A_NAME.has(subject.split(/\s+/)[0]?.toLowerCase() ?? "")) return subject;
  // "Regeringen ger samtidigt Socialstyrelsen 2 miljoner kronor": the one given to stands right before the amount.
  const given = GIVEN_BEFORE.exec(before);
  if (given?.[1]) return given[1].trim();
  return null;
}

/** "inom ramen för projektet X": whose project the money serves. */
export function findProjectOwner(sentence: string): string | null {
  const m = WITHIN_PROJECT.exec(sentence);
  return m ? readName(sentence.slice(m.index + m[0].length)) : null;
}

/** Who pays out: "ger X i uppdrag att … betala ut", "uppdra åt X att betala ut", "X betalar ut". */
// "The Public Health Agency of Sweden (Folkhälsomyndigheten) is instructed by the Government to disburse …": the
// agency told to pay, by its bracketed Swedish name or its English one.
const INSTRUCTED_TO_PAY =
  /^\s*(?:The\s+)?([\p{L}][\p{L}, -]{2,80}?)(?:\s+\((\p{Lu}[\p{L}-]+)\))?\s+(?:is|has\s+been|was|will\s+be)\s+(?:instructed|tasked|commissioned)\b[^.]{0,40}?\b(?:to\s+(?:pay|disburse)|with\s+(?:paying|disbursing))\b/iu;

// The verbs `INSTRUCTED_TO_PAY` needs, in its case rules: it tries up to 80 units of a name at each sentence's start.
const INSTRUCTED = /instructed|tasked|commissioned/iu;

function instructedToPay(sentence: string): string | null {
  const m = INSTRUCTED.test(sentence) ? INSTRUCTED_TO_PAY.exec(sentence) : null;
  if (!m) return null;
  return m[2] ?? AGENCY_NAMES.get((m[1] ?? "").toLowerCase()) ?? null;
}

export function findPayer(sentence: string): string | null {
  const instructed = instructedToPay(sentence);
  if (instructed) return instructed;
  const pays = PAYS_OUT.exec(sentence); // active voice only: "medlen betalas ut" names no payer
  if (!pays) return findGrantor(sentence);
  const before = sentence.slice(0, pays.index);
  const commissioned = COMMISSIONS.exec(before)?.[1] ?? COMMISSIONED.exec(before)?.[1];
  if (commissioned) return commissioned;
  // "X betala ut" has no subject: an infinitive needs "ska" ("Kammarkollegiet ska betala ut").
  const infinitive = /^betala\s/i.test(pays[0]);
  const direct = (infinitive ? PAYER_BEFORE_MODAL : PAYER_BEFORE).exec(before)?.[1];
  return direct && direct !== "Regeringen" && !NOT_A_PAYER.has(direct.toLowerCase())
    ? direct
    : null;
}

// "Vem betalar ut pengarna?", "These grants are not part of …": a question word or a demonstrative opens the
// sentence where a payer's name would; it names no one.
const NOT_A_PAYER: ReadonlySet<string> = new Set(
  "vem vilka vilken vilket vad who which what these this those that".split(" "),
);

// "Vinnova beviljar 2 400 000 kronor …": an agency that grants money pays it; the government only decides.
const GRANTS =
  /(?:^|[\s,])(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,5})(?![\p{L}-])\s+(?:beviljar|beviljade|har beviljat|awards|awarded|grants|granted|has granted)\b/u;
const NOT_AN_AGENCY = /^(?:Regeringen|Government|The Government|The Swedish Government|Nu|Då)$/i;

function findGrantor(sentence: string): string | null {
  const name = GRANTS.exec(sentence)?.[1]?.replace(APPOSITION, "");
  return name && !NOT_AN_AGENCY.test(name) && !NOT_A_PAYER.has(name.toLowerCase()) ? name : null;
}

// Verbs whose subject gives the money: "Barncancerfonden går in med …", "Forte har beviljat …".
const FUNDER_VERBS =
  /(?:^|[\s,])((?:\p{Lu}[\p{L}-]*)(?:\s\p{Lu}[\p{L}-]*){0,3})\s+(?:har\s+|ska\s+|will\s+|has\s+)?(?:(?:beslutat|beslutade|beslutar)\s+att\s+avsätta|satsar|satsade|satsat|skjuter\s+(?:\p{Ll}+\s+)?till|lägger\s+(?:\p{Ll}+\s+)?till|lägger|sköt\s+(?:\p{Ll}+\s+)?till|går\s+in\s+med|gick\s+in\s+med|bidrar|bidrog|beviljar|beviljade|beviljat|finansierar|finansierade|avsätter|avsatte|anslår|anslog|anslagit|kanaliserar|ger|gav|matchar|investerar|investerade|funds|funded|grants|granted|awards|awarded|co-funds?|adds?|contributes?|contributed|contributing|(?:is|are)\s+(?:contributing|co-funding|investing|adding)|allocates?|allocated|invests?|invested)\b/u;
const PASSIVE_FUNDER =
  /\b(?:finansieras|finansierades|bekostas|funded|financed)\s+(?:av|by)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3})/u;
const THROUGH = /\b(?:[Gg]enom|[Vv]ia|[Tt]hrough)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}[\p{L}-]+)/u;
// Words that open a sentence before its subject: "Genom Vinnova satsar regeringen …".
const LEADING_PREPOSITION = /^(?:Genom|Via|Through|Enligt|Med|I|In)\s+/;
const GOVERNMENT =
  /^(?:regeringen|staten|the\s+(?:swedish\s+)?government|government|sweden|swedish)$/i;
const GOVERNMENT_SUBJECT =
  /\b(?:regeringen|staten|statens|the\s+swedish\s+government|the\s+government)\b/i;

// "Forskningsrådet Forte", "myndigheten Vinnova": a common noun in apposition before the name is no part of it.
const APPOSITION =
  /^\p{L}*(?:rådet|myndigheten|stiftelsen|organisationen|föreningen|verket)\s+(?=\p{Lu})/iu;

/** Who gives the money, from the sentence's subject or its "finansieras av X"; the government is "regeringen". */
// "Genomic Medicine Sweden (GMS) is a partner in all three projects and will co-fund them with SEK 3m": the
// subject of a first clause gives in the one joined to it. Bounded: at most 60 characters between.
const JOINED_FUNDER =
  /(?:^|[\s,])((?:\p{Lu}[\p{L}-]*)(?:\s\p{Lu}[\p{L}-]*){0,3})(?:\s\([^)]{1,20}\))?\s+(?:is|är)\s[^.;,]{0,60}?\s(?:and|och)\s+(?:will\s+|ska\s+)?(?:co-funds?|funds?|contributes?|bidrar|medfinansierar)\b/u;

// "Studien … har beviljats 4,2 miljoner kronor av forskningsrådet Forte": the giver after a passive grant.
const GRANTED_BY =
  /\b(?:beviljats|beviljades|tilldelats|tilldelades|been\s+awarded|been\s+granted)\s[^.;]{0,60}?\s(?:av|by)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3})/u;
// "tilldelats 5 miljoner kronor av GMS-medlen" is a share of the money named, not money given by it.
const NAMED_MONEY_TAIL = /-(?:medlen|medel|pengarna|pengar|anslaget|stödet|bidraget)$/iu;

function grantedBy(sentence: string): string | null {
  const name = GRANTED_BY.exec(sentence)?.[1];
  return name && !NAMED_MONEY_TAIL.test(name) ? name : null;
}
// "Co-funding from GMS: MSEK 1.2", "Medfinansiering från regionen: 2 mkr": a line labelled by its giver.
// "Own funds from Region Västerbotten 2029: SEK 4.5 million": a facts box's label, its year before the colon.
const LABELLED_FROM =
  /^\s{0,3}(?:co-funding|funding|medfinansiering|finansiering|bidrag|own\s+funds|own\s+money|egna\s+medel|egen\s+finansiering)\s+(?:from|från)\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3})(?:\s+(?:19|20)\d{2})?\s{0,2}:/iu;
// "Därför skjuter Barncancerfonden till 7,8 miljoner", "Dessutom satsar Region Skåne 3 miljoner kronor": after a
// fronted word the giver follows its verb.
const INVERTED_FUNDER =
  /(?:^|\s)(?:skjuter|sköt|bidrar|bidrog|satsar|satsade|går|gick)\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3})\s+(?:(?:till|in\s+med|med)\s|(?=\d))/u;
// "Därutöver finansierar universitetet två lektorat med 1,9 miljoner": an institution named after its verb.
const INVERTED_INSTITUTION =
  /(?:^|\s)(?:finansierar|finansierade|satsar|satsade|bidrar|bidrog|avsätter|avsatte|bekostar|bekostade)\s+(universitetet|högskolan|fakulteten|institutionen|institutet|sjukhuset|stiftelsen|fonden|styrgruppen)(?=\s)/iu;
// "The department is contributing SEK 500k in co-funding": an English reference noun as the giver (resolved by
// `org-references.ts` to the institute or university the page named before).
const ENGLISH_REFERENCE_FUNDER =
  /(?:^|\s)((?:the|The)\s+(?:department|institute|university|region))\s+(?:is\s+|will\s+|has\s+|also\s+){0,2}(?:contributing|contributes|contributed|co-funding|co-funds|funding|funds|adding|adds|investing|invests)\b/u;
// "Själva går vi som institution in med 500 tkr", "vi bidrar med", "we are contributing": the page's writer gives
// (resolved by `org-references.ts`, or no one where the page names no writer).
const FIRST_PERSON_FUNDER =
  /(?:^|\s)(?:(?:går|gick|bidrar|bidrog|satsar|satsade|skjuter|sköt|finansierar|finansierade|medfinansierar)\s+(vi)\b|(vi|we)\s+(?:själva\s+|också\s+|även\s+|also\s+|ourselves\s+)?(?:bidrar|bidrog|satsar|satsade|går\s+in|gick\s+in|skjuter\s+till|finansierar|medfinansierar|contribute|contributed|are\s+contributing|co-fund|invest|invested)\b)/iu;
// "För att bygga ut … har regionfullmäktige beslutat att avsätta 2 miljoner": a region's body after its verb.
const INVERTED_REGION_BODY =
  /(?:^|\s)(?:(?:har|hade)\s+(regionfullmäktige|regionstyrelsen|regionen)\s+(?:beslutat|avsatt|satsat|lagt|anslagit|skjutit)|(?:avsätter|avsatte|satsar|satsade|lägger|lade|anslår)\s+(regionfullmäktige|regionstyrelsen|regionen))(?=\s)/iu;
// "Pengarna från Barncancerfonden, 3,9 miljoner kronor per år …": a sentence opening with the money's giver.
const MONEY_FROM =
  /^\s{0,3}(?:Pengarna|Medlen|Bidraget|Stödet|The\s+money|The\s+funds|The\s+grant)\s+(?:från|from)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3})/u;

// "Cancerfondens anslag, sammanlagt 4,5 miljoner kronor, …", "Vinnovas bidrag …", "EU:s pengar …": a sentence
// opening with the money's owner names its giver (a later "statens stöd till GMS" is what it is set beside).
const OWNED_MONEY =
  /^\s{0,3}(\p{Lu}{2,}|\p{Lu}[\p{L}-]+?)(?::s|'s|s)\s+(?:anslag|anslaget|bidrag|bidraget|stöd|stödet|medel|pengar|grant|grants|funding|money)(?![\p{L}])/u;
// A definite common noun in the genitive ("Årets anslag", "Regionens medel", "Universitetets bidrag") names no giver.
const DEFINITE_NOUN = /(?:en|et|na)$/iu;
const FOUNDATION_NAME = /(?:fonden|stiftelsen)$/iu;

// What follows the owner's money noun: the amount itself ("…s anslag, sammanlagt 4,5 miljoner"), not a verb
// that hands it to another giver's clause ("Vinnovas bidrag matchas med lika mycket från de sju regionerna").
const AMOUNT_NEXT = /^[\s,]*(?:(?:sammanlagt|totalt|på|om|of|worth|in total)\s+)?(?:SEK\s*)?\d/iu;

function ownedMoney(sentence: string): string | null {
  const m = OWNED_MONEY.exec(sentence);
  if (!m || !AMOUNT_NEXT.test(sentence.slice(m.index + m[0].length))) return null;
  const name = m[1];
  if (!name || NO_SUBJECT.test(name) || GOVERNMENT.test(name)) return null;
  return DEFINITE_NOUN.test(name) && !FOUNDATION_NAME.test(name) ? null : name;
}

function invertedRegionBody(sentence: string): string | null {
  const m = INVERTED_REGION_BODY.exec(sentence);
  return m?.[1] ?? m?.[2] ?? null;
}

function firstPersonFunder(sentence: string): string | null {
  const m = FIRST_PERSON_FUNDER.exec(sentence);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

// "… som utredningen har hämtat in från GMS satsade de sju regionerna …": a name right after a preposition is its
// object, never the subject of the verb after it (a fronted phrase, the subject follows the verb).
const PREPOSITION_BEFORE = /(?:^|\s)(?:från|av|till|med|hos|på|from|by|to|with|at)\s+$/iu;

function funderSubject(sentence: string): string | undefined {
  const m = FUNDER_VERBS.exec(sentence);
  const subject = m?.[1];
  if (!m || !subject) return undefined;
  const at = m.index + m[0].indexOf(subject);
  return PREPOSITION_BEFORE.test(sentence.slice(Math.max(0, at - 12), at)) ? undefined : subject;
}

export function findFunder(sentence: string): string | null {
  const subject = funderSubject(sentence);
  // "Därutöver finansierar universitetet …": an opening adverb before the verb leaves the subject after it.
  const raw =
    (subject && !NO_SUBJECT.test(subject) ? subject : undefined) ??
    saidToGive(sentence) ??
    OWN_MONEY_OF.exec(sentence)?.[1] ??
    PASSIVE_FUNDER.exec(sentence)?.[1] ??
    JOINED_FUNDER.exec(sentence)?.[1] ??
    INVERTED_FUNDER.exec(sentence)?.[1] ??
    invertedRegionBody(sentence) ??
    INVERTED_INSTITUTION.exec(sentence)?.[1] ??
    firstPersonFunder(sentence) ??
    ENGLISH_REFERENCE_FUNDER.exec(sentence)?.[1]?.toLowerCase() ??
    MONEY_FROM.exec(sentence)?.[1] ??
    grantedBy(sentence) ??
    LABELLED_FROM.exec(sentence)?.[1] ??
    ownedMoney(sentence) ??
    null;
  const name = raw?.replace(LEADING_PREPOSITION, "").replace(APPOSITION, "") ?? null;
  // "Genomic Medicine Sweden (GMS) … will co-fund": GMS by the one name its other money is given under.
  if (name && name !== "GMS" && mentionsGms(name) && JOINED_FUNDER.exec(sentence)?.[1] === raw)
    return "GMS";
  if (name && !NO_SUBJECT.test(name)) {
    const through = THROUGH.exec(sentence)?.[1];
    if (GOVERNMENT.test(name) || (through && name === through && GOVERNMENT_SUBJECT.test(sentence)))
      return "regeringen";
    return name;
  }
  const government = GOVERNMENT_SUBJECT.exec(sentence);
  // "… satsade regeringen 12 miljoner kronor …, och regionerna gick in med lika mycket": the giver told first
  // is the sentence's own; the regions' giving in a later clause is other money.
  if (REGIONS_NAMED.test(sentence)) {
    const regions = REGIONS_GIVE.exec(sentence) ?? REGIONS_GIVE_INVERTED.exec(sentence);
    if (regions && (government === null || regions.index < government.index)) return "regionerna";
  }
  if (government) return "regeringen";
  return awardedFrom(sentence) ?? shareOfNamed(sentence);
}

// "SciLifeLab receives SEK 4.5m … of the EU funding", "får 2 miljoner av EU-pengarna": a share of a giver's money.
const OF_NAMED_MONEY =
  /\b(?:of|av)\s+(?:the\s+)?(\p{Lu}[\p{L}\d]*)(?:'s|:s)?[\s-](?:funding|funds|money|grant|pengarna|medlen|medel|bidraget|stödet)\b/u;

function shareOfNamed(sentence: string): string | null {
  const name = OF_NAMED_MONEY.exec(sentence)?.[1];
  // "av GMS-medlen" is the money for GMS, never money GMS gives.
  if (!name || NOT_A_GIVER.test(name) || NO_SUBJECT.test(name) || mentionsGms(name)) return null;
  return name;
}

// "has been awarded EUR 1.5 million … from the EU's Digital Europe Programme", "har beviljats 3 miljoner från
// Cancerfonden": money received from a named giver. Bounded: the giver within 80 characters of the verb.
const AWARDED_FROM =
  /\b(?:awarded|granted|received|receives|beviljats|beviljades|tilldelats|tilldelades)\b[^;]{0,80}?\b(?:from|från)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:(?:'s|:s)?\s\p{Lu}[\p{L}-]*){0,3})/u;
const POSSESSIVE = /(?:'s|:s)(?=\s|$)/gu;
// Agencies that pay out the state's money: money "from" them is the government's, paid through them; and
// currencies ("up from SEK 16 million"), which are no giver.
const NOT_A_GIVER =
  /^(?:Socialstyrelsen|Kammarkollegiet|Folkhälsomyndigheten|SEK|MSEK|EUR|USD|NOK|DKK|GBP)$/;

// "EUR 2.4 million from the EU for 2028–2030 and SEK 6 million from the Swedish Childhood Cancer Fund": the giver
// named right after an amount ("from", "från"), past a bracketed conversion, is that amount's own.
const FROM_AFTER =
  /^\s{0,3}(?:\([^()]{0,40}\)\s{0,3})?(?:from|från)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:(?:'s|:s)?\s\p{Lu}[\p{L}-]*){0,4})/u;

const REGIONS_AFTER =
  /^[^.;–,]{0,40}?\s(?:som|which|that)\s+(?:de\s+\p{L}+\s+|the\s+\p{L}+\s+)?(?:regionerna|regions)(?![\p{L}])/u;

/** The giver named right after an amount ("… SEK 6 million from the Swedish Childhood Cancer Fund"), else null. */
export function funderAfter(after: string): string | null {
  // "… 20 miljoner kronor i medfinansiering som de sju regionerna … har lovat": the regions' money (past a comma,
  // ", regionens andel av den medfinansiering som regionerna …", it is one region's share).
  if (REGIONS_AFTER.test(after)) return "regionerna";
  const name = FROM_AFTER.exec(after)?.[1]?.replace(POSSESSIVE, "");
  const first = name?.split(SPACES)[0];
  if (!name || !first || NOT_A_GIVER.test(first) || NO_SUBJECT.test(first)) return null;
  return GOVERNMENT.test(name) ? "regeringen" : name;
}

function awardedFrom(sentence: string): string | null {
  const name = AWARDED_FROM.exec(sentence)?.[1]?.replace(POSSESSIVE, "");
  const first = name?.split(SPACES)[0];
  if (!name || !first || NOT_A_GIVER.test(first) || NO_SUBJECT.test(first)) return null;
  return name;
}

// "De sju regionerna med universitetssjukvård bidrog …", "the seven regions … will add": the regions together give.
const REGIONS_GIVE =
  /\b(?:regionerna|the\s+(?:[\p{L}-]+\s+){0,3}regions)\b[^.;]{0,60}?\b(?:bidrar|bidrog|går\s+in\s+med|gick\s+in\s+med|står\s+för|skjuter\s+till|skjuta\s+till|sköt\s+till|add|adds|added|contribute|contributes|contributed)\b/iu;

// "… satsade de sju regionerna … 40 miljoner kronor": the regions as the subject after a fronted phrase and the verb.
const REGIONS_GIVE_INVERTED =
  /\b(?:satsar|satsade|bidrar|bidrog|lägger|lade|går\s+in\s+med|gick\s+in\s+med|skjuter\s+till|sköt\s+till)\s+(?:de\s+)?(?:\p{L}+\s+)?regionerna\b/iu;

// The words `REGIONS_GIVE` needs, found by a regex without /u (much the faster): its case-folding also takes
// the long s (ſ) for an s, which this one would not.
const REGIONS_NAMED = /regionerna|regions|\u017F/i;

/** "Genom Vinnova satsar regeringen …", "via Vinnova": the agency money passes through. */
export function findChannel(sentence: string): string | null {
  const english = THROUGH_AGENCY.exec(sentence)?.[1];
  if (english) return AGENCY_NAMES.get(english.toLowerCase()) ?? null;
  const through = THROUGH.exec(sentence);
  const name = through?.[1] ?? null;
  if (!through || !name || GOVERNMENT.test(name)) return null;
  // "Statsbidraget via GMS", "Statliga medel via GMS": the state's money reaching a node through GMS is GMS's own
  // grant handed on; GMS is no agency paying it out.
  if (mentionsGms(name)) return null;
  // "9 miljoner … via Region Västerbotten": a region the money goes through receives it, no paying agency.
  if (namesRegion(`${name} `)) return null;
  // "Nationalt Genom Center": a capitalised "Genom" after a capitalised word is a word of a name, no "through".
  const before = sentence.slice(Math.max(0, through.index - 40), through.index);
  if (/^\p{Lu}/u.test(through[0]) && NAME_WORD_BEFORE.test(before)) return null;
  return name;
}

// The capitalised word right before a capitalised "Genom"/"Via" inside a name (bounded to the 40 characters before).
const NAME_WORD_BEFORE = /\p{Lu}[\p{L}-]*\s+$/u;

// Swedish agencies as English text names them ("through the Public Health Agency"): the name the
// documents' Swedish uses, so both tell one payer. One line an agency.
const AGENCY_NAMES = new Map([
  ["public health agency of sweden", "Folkhälsomyndigheten"],
  ["public health agency", "Folkhälsomyndigheten"],
  ["national board of health and welfare", "Socialstyrelsen"],
  ["legal, financial and administrative services agency", "Kammarkollegiet"],
  ["swedish research council", "Vetenskapsrådet"],
  ["innovation agency", "Vinnova"],
]);
const THROUGH_AGENCY = new RegExp(
  `\\b(?:through|via|by)\\s+(?:the\\s+|sweden's\\s+)?(${[...AGENCY_NAMES.keys()].join("|")})\\b`,
  "i",
);

// "the Swedish Childhood Cancer Fund (Barncancerfonden) said last week it would give SEK 9 million …": a giver whose
// words report its own giving ("uppger att den ska ge …"). The name in parentheses after it is the name the
// documents' own language uses: that one names the giver. Bounded: 30 characters between the saying and the giving.
const SAID_TO_GIVE =
  /(?:^|[\s,])(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,4})(?:\s\((\p{Lu}[\p{L}-]*)\))?\s+(?:said|says|has\s+said|announced|has\s+announced|uppger|uppgav|meddelar|meddelade|säger|sade|sa)\s(?:[^.;,]{0,30}?\s)?(?:that\s+|att\s+)?(?:it|they|den|de|man)\s+(?:would|will|is\s+to|plans\s+to|ska|skulle|kommer\s+att)\s+(?:give|grant|provide|fund|contribute|donate|award|ge|bevilja|skänka|bidra\s+med|satsa)\b/u;

// "set aside SEK 4 million of Region Skåne's own budget", "Region Skåne's own contribution 2027: SEK 4 million": the
// owner of the own money named is its giver.
const OWN_MONEY_OF =
  /(?:^\s{0,3}|\sof\s+(?:the\s+)?)(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3})['’]s\s+own\s+(?:budget|funds|money|contribution|resources)(?![\p{L}])/u;

// The saying verbs' letters: a sentence without them is not run through SAID_TO_GIVE (most amount sentences).
const SAYS = /said|says|announced|uppger|uppgav|meddela|säger|sade|\ssa\s/;

function saidToGive(sentence: string): string | null {
  if (!SAYS.test(sentence)) return null;
  const m = SAID_TO_GIVE.exec(sentence);
  return m ? (m[2] ?? m[1] ?? null) : null;
}

// "Kammarkollegiet may use at most SEK 250,000 of the grant for its own administration": the agency allowed to use
// the money (its cap) is the one it is for, as "Socialstyrelsen får använda högst …" says in Swedish.
const MAY_USE =
  /(?:^|[\s,])(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3})\s+(?:may|can|is\s+allowed\s+to|is\s+permitted\s+to)\s+(?:use|spend|keep)\s+(?:up\s+to\s+|at\s+most\s+|no\s+more\s+than\s+)?(?:SEK\s*)?$/u;

function mayUse(before: string): string | null {
  const name = MAY_USE.exec(before)?.[1];
  return name && !NOT_A_NAME.has(name.split(SPACES)[0]?.toLowerCase() ?? "") ? name : null;
}
