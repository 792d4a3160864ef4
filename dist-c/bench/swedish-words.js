/** Funding areas the seeds do not use, so generated grants never blur into the real ones. */
export const AREAS = [
    "farmakogenomik",
    "prostatacancer",
    "akuta leukemier",
    "kolorektalcancer",
    "hjärntumörer",
    "melanom",
    "ärftliga hjärtsjukdomar",
    "neuromuskulära sjukdomar",
    "cystisk fibros",
    "sepsis",
    "monogen diabetes",
    "lymfom",
    "myelom",
    "sarkom",
    "njurcancer",
    "levercancer",
    "bukspottkörtelcancer",
    "livmoderhalscancer",
    "magsäckscancer",
    "sköldkörtelcancer",
    "urinblåsecancer",
    "huvud- och halscancer",
    "mitokondriella sjukdomar",
    "primär immunbrist",
    "autoinflammatoriska sjukdomar",
    "ärftliga ögonsjukdomar",
    "medfödd hörselnedsättning",
    "skelettdysplasier",
    "kardiomyopatier",
    "aortaaneurysm",
    "stroke",
    "demenssjukdomar",
    "psykiatrisk genetik",
    "antibiotikaresistens",
    "nyföddhetsscreening",
    "fosterdiagnostik",
    "bioinformatik",
    "cellterapi",
    "epilepsi",
    "ärftlig njursjukdom",
];
/** Agencies that pay out, with the genitive the cap sentence needs. */
export const PAYERS = [
    { name: "Socialstyrelsen", genitive: "Socialstyrelsens" },
    { name: "Kammarkollegiet", genitive: "Kammarkollegiets" },
    { name: "Vetenskapsrådet", genitive: "Vetenskapsrådets" },
    { name: "Vinnova", genitive: "Vinnovas" },
    { name: "Folkhälsomyndigheten", genitive: "Folkhälsomyndighetens" },
];
export const REGIONS = [
    "Region Skåne",
    "Region Uppsala",
    "Region Stockholm",
    "Region Västerbotten",
    "Region Östergötland",
    "Region Örebro län",
    "Västra Götalandsregionen",
];
export const MINISTERS = [
    { title: "socialminister", name: "Karin Berglund" },
    { title: "sjukvårdsminister", name: "Anders Lindqvist" },
    { title: "socialminister", name: "Maria Holmgren" },
    { title: "sjukvårdsminister", name: "Erik Sandström" },
];
export const OFFICIALS = [
    "Johan Ek",
    "Sara Nordin",
    "Per Almqvist",
    "Lina Berg",
];
export { MONTH_NAMES_SV as MONTHS } from "../knowledge/index.js";
const SMALL = [
    "noll",
    "en",
    "två",
    "tre",
    "fyra",
    "fem",
    "sex",
    "sju",
    "åtta",
    "nio",
    "tio",
    "elva",
    "tolv",
    "tretton",
    "fjorton",
    "femton",
    "sexton",
    "sjutton",
    "arton",
    "nitton",
];
const TENS = [
    "",
    "",
    "tjugo",
    "trettio",
    "fyrtio",
    "femtio",
    "sextio",
    "sjuttio",
    "åttio",
    "nittio",
];
/** 1–99 as one Swedish word: "sex", "tjugofem". */
export function numberWord(n) {
    if (n < 20)
        return SMALL[n] ?? String(n);
    const unit = n % 10;
    return `${TENS[Math.floor(n / 10)] ?? ""}${unit === 0 ? "" : (SMALL[unit] ?? "")}`;
}
/** "15 750 000" with the space grouping Swedish documents use. */
export function digitsWithSpaces(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}
/** "12,5" / "2,25": millions with a decimal comma and no trailing zeros. */
export function millionsText(n) {
    return String(n / 1_000_000).replace(".", ",");
}
/** One of the ways Swedish documents write an amount; `currency: false` allows a bare "10 miljoner". */
export function writeAmount(n, rng, currency = true) {
    const millions = n / 1_000_000;
    const kronor = currency ? " kronor" : "";
    const options = [`${digitsWithSpaces(n)} kronor`];
    if (millions < 1)
        return rng.pick(options);
    if (Number.isInteger(millions * 100))
        options.push(`${millionsText(n)} miljoner${kronor}`);
    if (Number.isInteger(millions) && millions >= 2 && millions < 100)
        options.push(`${numberWord(millions)} miljoner${kronor}`);
    if (Number.isInteger(millions - 0.5) && millions > 1 && millions < 20)
        options.push(`${numberWord(millions - 0.5)} och en halv miljoner kronor`);
    if (Number.isInteger(millions * 10))
        options.push(`${millionsText(n)} mnkr`);
    return rng.pick(options);
}
//# sourceMappingURL=swedish-words.js.map