import { cacheByKey, containsPhrase, fundingRole, isContentWord, phraseStems, words, } from "../knowledge/index.js";
import { aliasesOf } from "./lexicon.js";
// English names for what money is for, so an English sentence never borrows the document's Swedish:
// the Swedish words stay in the quote. Data, one line per term; the first term the purpose names wins.
const AREA_NAMES = [
    [
        "helgenomsekvensering av bakterier och virus",
        "whole-genome sequencing of bacteria and viruses",
    ],
    ["antibiotikaresistens", "antibiotic resistance"],
    ["infektionssjukdomar", "infectious diseases"],
    ["bakterier och virus", "bacteria and viruses"],
    ["barncancer", "childhood cancer"],
    ["barn med cancer", "childhood cancer"],
    ["akuta leukemier", "acute leukaemia"],
    ["sällsynta diagnoser", "rare diseases"],
    ["sällsynta hälsotillstånd", "rare diseases"],
    ["solida tumörer", "solid tumours"],
    ["ärftlig hjärtsjukdom", "inherited heart disease"],
    ["farmakogenomik", "pharmacogenomics"],
    ["bröstcancer", "breast and ovarian cancer"],
    ["äggstockscancer", "breast and ovarian cancer"],
    ["lungcancer", "lung cancer"],
    ["prostatacancer", "prostate cancer"],
    ["hälsoekonomisk", "health economics"],
    ["genetisk vägledning", "genetic counselling"],
    ["precisionsmedicin", "precision medicine"],
    ["precisionsdiagnostik", "precision diagnostics"],
    ["molekylär diagnostik", "genetic and molecular diagnostics"],
    ["genetisk diagnostik", "genetic diagnostics"],
    ["helgenomsekvensering", "whole-genome sequencing"],
    ["tidig upptäckt", "early detection"],
    ["samordning", "coordination and follow-up"],
    ["uppföljning", "follow-up"],
    ["förlossningsvård", "maternity care"],
    ["hälsodata", "health data"],
    ["datadelning", "data sharing"],
    ["cancervård", "cancer care"],
    ["kliniska studier", "clinical trials"],
    ["life science", "life science"],
    ["eget arbete", "its own work"],
    ["sitt eget", "its own work"],
    ["eget", "its own work"],
    ["regeringsuppdrag", "government assignments"],
    ["piloter", "pilot projects"],
    ["pilotprojekt", "pilot projects"],
];
/** Each role's English name: what the amount is when its purpose has no English name. */
export const ROLE_NAMES = {
    grant: "a government grant",
    part: "a share of a grant",
    total: "a stated total",
    "multi-year-total": "total funding",
    "co-funding": "co-funding",
    "agency-cap": "the agency's own costs",
    "budget-frame": "a budget frame",
    comparison: "an earlier figure",
    estimate: "an estimate",
    "not-funding": "a cost",
};
const PILOT_STEMS = ["piloter", "pilotprojekt", "pilot"].map(phraseStems);
const AREA_STEMS = AREA_NAMES.map(([sv, en]) => ({ stems: phraseStems(sv), en }));
// Every answer that lists grants names each one: an entry's words are stemmed once, not per answer.
const purposeStems = cacheByKey(phraseStems, 20_000);
/** Each role's Swedish name: what the amount is when the purpose read is only a fragment of its sentence. */
export const SWEDISH_ROLE_NAMES = {
    grant: "anslag",
    part: "del av ett anslag",
    total: "angiven summa",
    "multi-year-total": "total finansiering",
    "co-funding": "medfinansiering",
    "agency-cap": "myndighetens egna kostnader",
    "budget-frame": "budgetram",
    comparison: "tidigare belopp",
    estimate: "beräkning",
    "not-funding": "kostnad",
};
// Words a purpose fragment may hold without saying what the money is for ("I fjol fick GMS").
const NO_PURPOSE = new Set(`fjol fjolårets nästa kommande året åren samtidigt bidrar bidrog receives receive will gets får fick
  fått ska skall kommer uppgår uppgick uppgått amounts amounted totals beräknas beräknar beräknat ändamålet
  ändamål`.split(/\s+/));
const NAME_WORDS = new Set(aliasesOf("org").flatMap(([alias]) => alias.split(" ")));
/** "Genomic Medicine Sweden får", "de", "I fjol fick GMS": a purpose that names no purpose. */
export function isPurposeless(purpose) {
    return !words(purpose).some((w) => isContentWord(w.word) && !NO_PURPOSE.has(w.word) && !NAME_WORDS.has(w.word));
}
/** A short name for what an entry is for in Swedish: the term its purpose names, else its own words. */
export function swedishPurpose(entry, max) {
    const stems = purposeStems(`${entry.area} ${entry.purpose}`);
    const named = AREA_NAMES.find((_a, i) => containsPhrase(stems, AREA_STEMS[i]?.stems ?? []));
    if (named)
        return named[0];
    if (isPurposeless(entry.purpose))
        return SWEDISH_ROLE_NAMES[fundingRole(entry)];
    return entry.purpose.length <= max ? entry.purpose : `${entry.purpose.slice(0, max - 1)}…`;
}
/** What an entry is for, in English: a named area the purpose mentions, else its role. */
export function englishPurpose(entry) {
    const stems = purposeStems(`${entry.area} ${entry.purpose}`);
    const named = AREA_STEMS.find((a) => containsPhrase(stems, a.stems));
    if (!named)
        return roleName(entry, "en");
    // "piloter inom … diagnostik": the kind of work is part of what the money is for.
    const pilots = PILOT_STEMS.some((p) => containsPhrase(stems, p)) && !named.en.startsWith("pilot");
    return pilots ? `pilot projects in ${named.en}` : named.en;
}
const GOVERNMENT = /^(?:regeringen|staten)$/i;
/**
 * What the role is called in the language, the label of an entry whose purpose says nothing; a grant another
 * giver than the state gives says so ("a grant from EU").
 */
export function roleName(entry, language) {
    const role = fundingRole(entry);
    const giver = entry.funder;
    if (role === "grant" && giver && !GOVERNMENT.test(giver))
        return language === "sv" ? `bidrag från ${giver}` : `a grant from ${giver}`;
    return language === "sv" ? SWEDISH_ROLE_NAMES[role] : ROLE_NAMES[role];
}
/** The asker's topic words in English when they name a known area ("barncancer" → "childhood cancer"). */
export function topicInEnglish(swedish) {
    const stems = purposeStems(swedish);
    const named = AREA_STEMS.find((a) => a.stems.length === stems.length && containsPhrase(stems, a.stems));
    return named ? named.en : swedish;
}
// An organisation named by a common noun ("regionerna"): the lexicon's own spelling in Swedish, and its
// "the …" alias in English ("the regions"). Proper names stay as the documents write them.
const COMMON_ORGS = new Map();
for (const [alias, name] of aliasesOf("org")) {
    if (name !== name.toLowerCase() || !alias.startsWith("the "))
        continue;
    if (!COMMON_ORGS.has(name))
        COMMON_ORGS.set(name, { sv: name, en: alias });
}
/** "regionerna" / "the regions" for a ledger's "Regionerna"; other names as they are. */
export function organisationName(name, language) {
    const common = COMMON_ORGS.get(name.toLowerCase());
    return common ? common[language] : name;
}
//# sourceMappingURL=english-names.js.map