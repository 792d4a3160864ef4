import { compileCues } from "./cues.js";

// What kind of money an amount is, as Swedish and English funding prose says it. One phrase a line:
// add a phrasing here, not in code. `*` ends a word prefix.

/** Money others add next to a grant: never a grant, never in a sum of grants. */
export const CO_FUNDING = compileCues([
  "medfinansier*",
  "samfinansier*",
  "matchas med",
  "skjuter till",
  "skjuter dessutom till",
  "skjuter också till",
  "tillskjuter",
  "matchar",
  "bidrar samtidigt med",
  "bidrar med",
  "bidrar samtidigt",
  "bidrar själv med",
  "bidrar också med",
  "bidrar dessutom med",
  "står själv för",
  "själva lagt in",
  "själv lagt in",
  "själva satsat",
  "själv satsat",
  "själva bidragit med",
  "själv bidragit med",
  "contribute a further",
  "contributes a further",
  "contribute an additional",
  "contributes an additional",
  "will also contribute",
  "also contributes",
  // "the Swedish Childhood Cancer Fund is contributing SEK 7.8 million": as "bidrar med" in Swedish.
  "is contributing",
  "are contributing",
  "co-fund*",
  "cofund*",
  "match funding",
  "matched by",
  // "The regions match Vinnova's grant with the same amount, together putting in SEK 12 million".
  // "SciLifeLab will invest SEK 15 million of its own funds": a partner's own money beside GMS's.
  "of its own funds",
  "of its own money",
  "of their own funds",
  "of their own money",
  // "Region Skåne's own contribution 2027: SEK 4 million": a giver's own contribution beside the grant (the tokens
  // split "Skåne's" into "skåne" and "s").
  "s own contribution",
  "together putting in",
  "together put in",
  "together puts in",
  // "Regionen lägger själv till ytterligare 2 miljoner ur den egna budgeten": its own money beside the grant.
  "ur den egna budgeten",
  // "Regionerna bidrar varje år med egna medel, 2027 med sammanlagt 20 miljoner kronor".
  "med egna medel",
  // "de 24 miljonerna är regionernas egna medel": the regions' own money, whatever the verb.
  "regionernas egna",
  "regionernas egen",
  "regionernas pengar",
  "regionernas medel",
  "the regions' own",
  "ur egen budget",
  "ur sin egen budget",
  "ur regionens egen budget",
  "ur regionens egna budget",
  "från regionens egen budget",
  "from the region's own budget",
  // "Västra Götalandsregionen lägger själv 7 miljoner kronor om året på noden": the giver's own money.
  "lägger själv",
  "lägger själva",
  "satsar själv",
  "satsar själva",
  "from its own budget",
  "out of its own budget",
  // "set aside SEK 4 million of Region Skåne's own budget", "ur regionens egna budget": whoever's own budget.
  "own budget",
  "egna budget",
  "egna budgeten",
  "egen budget",
  // A facts box's "Region Skåne's own contribution 2027: SEK 4 million".
  "own contribution",
  // "The regions themselves put in an estimated SEK 38 million", "regionerna satsar själva 40 miljoner".
  "themselves put in",
  "put in themselves",
  "themselves contribute",
  "själva satsar",
  "satsar själva",
  "själva lägger",
  "lägger själva",
]);

/**
 * "set aside SEK 4 million of Region Skåne's own budget": a giver's own money named by its genitive. Co-funding only
 * in a sentence that sets it beside the state's money (`BESIDE_STATE`): a board's own money for a clinic of its own
 * is not.
 */
export const OWN_BUDGET_OF = compileCues([
  "s own budget",
  "s own funds",
  "s own money",
  "of its own budget",
  "of their own budget",
]);

/** "On top of the state money, …", "Utöver statens pengar …": money told beside the state's grant. */
export const BESIDE_STATE = compileCues([
  "on top of the state",
  "on top of the government",
  "in addition to the state",
  "in addition to the government",
  "utöver statens",
  "utöver de statliga",
  "utöver det statliga",
]);

/** An earlier figure retold for comparison ("jämfört med", "compares with"). */
export const COMPARISON = compileCues([
  "jämfört med",
  "jämförelse",
  "att jämföra med",
  "compares with",
  "bygger på",
  "bygger vidare på",
  "builds on",
  "building on",
  "compared with",
  "compared to",
  "up from",
  "down from",
  // "… utöver de 80 miljoner kronor som GMS redan har fått": money already received, retold.
  "redan har fått",
  "redan fått",
  "redan har beviljats",
  "already received",
  "already been granted",
  "already promised",
  "already been promised",
  "already allocated",
  "already been allocated",
  "redan utlovats",
  "redan har utlovats",
  "redan beslutats",
  "redan har beslutats",
]);

/** "utöver de 92 miljoner", "on top of the SEK 92 million": the amount after it is other money of the same time. */
export const BESIDES = compileCues([
  "utöver de",
  "utöver den",
  "förutom de",
  "förutom den",
  "on top of the",
  "on top of",
  "in addition to the",
  "in addition to",
  "besides the",
]);

/**
 * "Regionernas medel … ingår inte i de 112 miljonerna", "is not part of the SEK 84 million": the amount after it is the
 * whole the sentence measures other money against, retold; never money of the sentence's own kind.
 */
export const INCLUDED_IN = compileCues([
  "ingår inte i de",
  "ingår inte i den",
  "ingår i de",
  "ingår i den",
  "inte ingår i de",
  "inte ingår i den",
  "räknas inte in i de",
  "is not part of the",
  "are not part of the",
  "is not included in the",
  "are not included in the",
  "not included in the",
  "is included in the",
  "are included in the",
]);

/** A payment of a grant in instalments ("Under första halvåret betalas 40 miljoner ut"): a share of it. */
export const INSTALMENT = compileCues([
  "halvåret",
  "halvår",
  "kvartalet",
  "delbetalning*",
  "första utbetalningen",
  "andra utbetalningen",
  "första delen",
  "andra delen",
  "first half",
  "second half",
  "each half",
  "half of the year",
  "per quarter",
  "each quarter",
  "varje halvår",
  "per kvartal",
  "instalment*",
  "installment*",
]);

/**
 * "Hittills under 2028 har 63 000 000 kronor betalats ut": money paid out so far of a year's grant is an
 * instalment of it, never a grant beside it. Both tables must hit the amount's clause (`SO_FAR` and `PAID_OUT`).
 */
export const SO_FAR = compileCues(["hittills", "hitintills", "so far", "to date", "thus far"]);
export const PAID_OUT = compileCues([
  "betalats ut",
  "betalats",
  "utbetalats",
  "utbetalts",
  "har utbetalt",
  "been paid",
  "paid out",
  "been disbursed",
  "disbursed",
]);

/** "… betalas ut i november", "is paid in October": money paid in a month of the year (with a month name). */
export const PAID_IN = compileCues([
  "betalas ut i",
  "betalas i",
  "utbetalas i",
  "is paid in",
  "will be paid in",
  "paid out in",
]);

/** A figure that is not yet decided: a budget bill's estimate, a plan, an expectation. */
export const ESTIMATE = compileCues([
  "beräknas",
  "beräknar",
  "beräkning",
  // "2031: 94 mnkr (beräknat)", "SEK 94m (estimated)": a figure marked as an estimate.
  "beräknat",
  "beräknade",
  "beräknades",
  "prognos",
  "estimated",
  "forecast",
  "aviserat",
  "aviserar",
  "föreslår",
  "föreslås",
  "budgetpropositionen",
  "budgetproposition",
  "förväntas",
  "planeras",
  "is estimated",
  "had estimated",
  "estimates",
  "proposes",
  // "Of the proposed SEK 90 million, SEK 32 million …": the proposal's money named again is still a proposal.
  "proposed",
  "föreslagna",
  "föreslagen",
  "föreslaget",
  "calls for",
  "are estimated",
  "estimated at",
  "budget bill",
  "is expected",
  "projected",
  // A budget's or plan's own assumption ("i planen för 2029–2030 räknar nämnden med 11 miljoner"): no grant.
  // ("om man räknar med alla uppdrag" counts money in: "räknar med" alone says nothing.)
  "i planen för",
  "budgeterat",
  "budgeterade",
  "budgeteras",
  "budgeterar",
  "budgeted",
]);

// Money left unspent or paid back ("hade 1 150 tkr … inte förbrukats. Beloppet betalades tillbaka"): no grant.
const REPAID_PHRASES = [
  "inte förbrukats",
  "inte förbrukat",
  "inte hade förbrukats",
  "inte har förbrukats",
  // "… av 2025 års medel som inte hade använts": money returned unused, whatever the verb's place.
  "inte hade använts",
  "inte har använts",
  "inte använts",
  "inte hade utnyttjats",
  "inte har utnyttjats",
  "förbrukades inte",
  "oförbrukade",
  "oförbrukat",
  "outnyttjade",
  "outnyttjat",
  "betalades tillbaka",
  "betalats tillbaka",
  "betalade tillbaka",
  "återbetalades",
  // A table's "Återbetalt" column: money paid back, never money given.
  "återbetalt",
  "återbetalats",
  "återbetalade",
  // "Region Skåne har den 15 december 2026 återbetalat 1 240 000 kronor": the perfect tense too.
  "återbetalat",
  "betalat tillbaka",
  "unspent",
  "was not spent",
  "were not spent",
  "paid back",
  "repaid",
  // Money to be paid back ("ska återbetala 2,3 miljoner kronor som inte har använts"): a grant returned.
  "återbetala",
  "återbetalas",
  "återbetalning",
  "återbetalningen",
  "betala tillbaka",
  "betalas tillbaka",
  "repay",
  "repays",
  "repaid",
  "pay back",
  "paid back",
];
/** Money left unspent or paid back: quoted when asked, never a grant. */
export const REPAID = compileCues(REPAID_PHRASES);

const REQUEST_PHRASES = [
  // Money asked for, not given ("GMS hade ansökt om 150 miljoner", "requested SEK 150m").
  "ansökt om",
  "ansökte om",
  "ansöker om",
  "sökt om",
  "begärt",
  "begärde",
  "begär",
  "äskat",
  "äskade",
  "äskar",
  "applied for",
  "applies for",
  "requested",
  "had asked for",
  // A request in an interview or on an "About" page ("Vi bad om 100 miljoner kronor om året i vår hemställan",
  // "GMS has asked the government for … SEK 100 million a year"): money asked for, not given.
  "bad om",
  "hemställan",
  "hemställt",
  "hemställde",
  "asked for",
  "has asked",
  "have asked",
  // A demand ("Sjuksköterskeförbundet har tidigare krävt att satsningen ska få minst hundra miljoner"): asked for.
  "krävt",
  "krävde",
  "demanded",
];

/** Money someone asked for ("Vi bad om 100 miljoner kronor om året i vår hemställan"): read as a request of its own
 * (`statements.requests`), quoted as asked for, never granted. */
export const REQUEST = compileCues(REQUEST_PHRASES);

/** Numbers that are money but not funding: costs, prices, savings, salaries, statistics, fundraising. */
export const NOT_FUNDING = compileCues([
  // What someone says is needed ("behövs minst 120 miljoner kronor per år"): a demand, not money given.
  "behövs",
  "behövas",
  "skulle behöva",
  // "Vi behöver minst 40 miljoner kronor om året för att …": what the speaker says they need.
  "vi behöver",
  "behöver vi",
  "behöver minst",
  // "GMS själva har sagt att de behöver 100 miljoner kronor om året": what others say they need.
  "de behöver",
  "behöver de",
  "ni behöver",
  "behöver ni",
  "they need",
  "we need",
  "need at least",
  "needs at least",
  "is needed",
  "are needed",
  "would be needed",
  "would need",
  // What someone has demanded ("har krävt att satsningen ska få minst hundra miljoner"): no money given.
  "krävt att",
  "krävde att",
  "kräver att",
  "demanded that",
  "demands that",
  "kostar",
  "kosta",
  "kostade",
  "kostat",
  "kostnad*",
  "kostnaden",
  "pris*",
  "spara",
  "sparar",
  "besparing*",
  "månadslön",
  // An employee benefit in a job advert ("Friskvårdsbidrag om 3 000 kronor per år"): no funding.
  "friskvårdsbidrag*",
  "lön",
  "lönen",
  "samlade in",
  "samlar in",
  "insamling*",
  "nyemission",
  "tar in",
  "omsätter",
  "omsättning*",
  "samlade",
  "samlar",
  // An organisation's spending over a whole field ("Vinnovas sammanlagda satsningar på hälsoområdet"): a statistic.
  "sammanlagda satsningar",
  "investments in the health area",
  "investments in the health sector",
  "satsningar på hälsoområdet",
  "total investments",
  "combined investments",
  "totala satsningar",
  "sammantagna satsningar",
  "sammanlagda investeringar",
  "combined investments",
  "total investments",
  "total spending",
  "per invånare",
  "per patient",
  "per prov",
  "per analys",
  "per test",
  "costs",
  "cost",
  "price",
  "save",
  "saves",
  "savings",
  "salary",
  "raised",
  "per inhabitant",
  "per sample",
  // A figure a correction withdraws ("I en tidigare version av artikeln stod det 12 miljoner") or restates.
  "rättelse",
  "tidigare version",
  "rätta beloppet",
  "rätt belopp",
  "felaktigt",
  "correction",
  "earlier version",
  "correct amount",
  "incorrectly",
  // A purchase ("upphandlas en ny sekvenserare för ungefär 6 miljoner kronor"): money spent, no funding given.
  "upphandlas",
  "upphandlar",
  "upphandla",
  "köps in",
  "köper in",
  "inköp*",
  "investeringsbudget*",
  "procured",
  "procure",
  "purchase*",
  // A cost named by a compound ("Lönekostnaderna uppgår till 45 miljoner").
  "lönekostnad*",
  "personalkostnad*",
  "driftkostnad*",
  "driftskostnad*",
  "totalkostnad*",
  "merkostnad*",
  ...REQUEST_PHRASES,
  // Money someone had counted on and did not get ("Vi hade räknat med närmare 15 miljoner").
  "hade räknat med",
  "hade hoppats",
  "hade förväntat",
  "had hoped",
  "had expected",
  "had been expecting",
  "were expecting",
  "was expecting",
  "hade väntat sig",
  "förväntade sig",
  "had counted on",
  ...REPAID_PHRASES,
  // A project's own budget, what its work is planned to cost ("Projektet har en budget på 2,4 miljoner kronor",
  // "the project has a budget of SEK 2m"): a cost plan, never money given to anyone.
  "har en budget på",
  "har en budget om",
  "projektets budget",
  "projektbudget*",
  "has a budget of",
  "project's budget",
  "project budget",
  // The price of something bought or sold ("för en köpeskilling om 3 250 000 kronor").
  "köpeskilling",
  "köpeskillingen",
  "purchase price",
  "sale price",
  // A year's result is no funding: "a surplus of SEK 3 million, which will be carried over".
  "surplus",
  "deficit",
  "överskott",
  "överskottet",
  "underskott",
  "underskottet",
  "carried over",
  "carried forward",
]);

/** The writers' own proposal ("Vi föreslår …", "we propose"): an opinion, not money anyone decided or estimated. */
export const PROPOSAL = compileCues([
  "vi föreslår",
  "föreslår vi",
  "vi kräver",
  "kräver vi",
  "vi vill att",
  "we propose",
  "we call for",
  "we urge",
  // An auditor's recommendation ("Regeringen bör överväga … ett treårigt uppdrag om sammanlagt 270 miljoner").
  "bör överväga",
  "rekommenderar",
  "should consider",
  "recommends",
  // A motion in a board's minutes ("yrkar att medfinansieringen höjs till 2 miljoner kronor").
  "yrkar",
  "yrkade",
  "yrkandet",
  // A party's or the opposition's proposal in a debate ("Socialdemokraterna föreslår att GMS får 120 miljoner kronor
  // om året"): an opinion; the government's own "föreslår" in a budget bill stays an estimate.
  "socialdemokraterna föreslår",
  "socialdemokraterna kräver",
  "moderaterna föreslår",
  "moderaterna kräver",
  "sverigedemokraterna föreslår",
  "sverigedemokraterna kräver",
  "vänsterpartiet föreslår",
  "vänsterpartiet kräver",
  "centerpartiet föreslår",
  "centerpartiet kräver",
  "liberalerna föreslår",
  "liberalerna kräver",
  "kristdemokraterna föreslår",
  "kristdemokraterna kräver",
  "miljöpartiet föreslår",
  "miljöpartiet kräver",
  "oppositionen föreslår",
  "oppositionen kräver",
  "partiet föreslår",
  "partiet kräver",
  "the opposition proposes",
  "the party proposes",
  // A government inquiry's proposal ("Utredningen föreslår att stödet … ska ges som … 150 miljoner kronor per år").
  "utredningen föreslår",
  "föreslår utredningen",
  "utredningen föreslog",
  "utredaren föreslår",
  "utredaren föreslog",
  "utredningens förslag",
  "the inquiry proposes",
  "the inquiry proposed",
  "the inquiry recommends",
  "inquiry proposes",
  "inquiry proposed",
]);

/**
 * What money would have been had something else happened ("Om Sverige hade gett GMS 100 miljoner kronor om året sedan
 * 2021 hade det blivit 800 miljoner kronor i dag", "would have received SEK 800 million"): a counterfactual, no money
 * given. Phrases of the inverted main clause or the conditional perfect only (a plain "hade gett" retells).
 */
export const COUNTERFACTUAL = compileCues([
  "hade det blivit",
  "hade det varit",
  "hade det inneburit",
  "hade det gett",
  // "Hade vi fått 100 miljoner om året sedan 2021 hade vi kunnat bygga …": the inverted main clause with a subject.
  "hade vi kunnat",
  "hade man kunnat",
  "hade de kunnat",
  // "Hade ni gett det sedan 2025 hade de haft 300 miljoner i år": the inverted main clause of a condition.
  "hade de haft",
  "hade vi haft",
  "hade ni haft",
  "hade man haft",
  "hade de fått",
  "hade ni fått",
  "skulle det ha blivit",
  "skulle det ha varit",
  // "Hade Sverige sedan 2021 gett GMS 100 miljoner kronor om året skulle det i dag ha blivit 800 miljoner".
  "skulle det i dag ha",
  "skulle det idag ha",
  "skulle det nu ha",
  "skulle vi i dag ha",
  "skulle ha blivit",
  "skulle ha varit",
  "skulle ha fått",
  "skulle ha gett",
  "skulle ha inneburit",
  "would have been",
  "would have received",
  "would have got",
  "would have had",
  "would have amounted",
  "would have totalled",
  "would have totaled",
  "would have added up",
  "it would have",
]);

/** A verb of change, its object between it and "med" ("ökar anslaget alltså med 4 miljoner"): a difference too. */
export const CHANGE_VERBS = compileCues([
  "ökar",
  "ökas",
  "ökade",
  "ökat",
  "minskar",
  "minskas",
  "minskade",
  "höjs",
  "höjdes",
  "sänks",
  "sänktes",
  "increases",
  "increased",
  "rises",
  "rose",
  "falls",
  "fell",
]);

/** The word right before the amount that a change verb takes ("… med 4 miljoner", "… by SEK 4m"). */
export const CHANGE_BY = compileCues(["med", "by"]);

/** A change of a sum ("ökas med 14 miljoner"): a difference between two figures, not money of its own. */
export const DIFFERENCE = compileCues([
  "ökas med",
  "ökas därför med",
  "ökar med",
  "höjs med",
  "höjs därför med",
  "minskas med",
  "minskar med",
  "sänks med",
  "en ökning med",
  "ökning med",
  "ökningen på",
  "ökningen med",
  // "Ökningen om 3 000 tkr ska användas för …": the increase named with its size is a difference too.
  "ökningen om",
  "en ökning om",
  "en ökning på",
  "ökning på",
  "en höjning på",
  "en minskning på",
  "en sänkning på",
  "höjningen om",
  "en höjning om",
  "minskningen om",
  "sänkningen om",
  "höjningen på",
  "höjningen med",
  "minskningen på",
  "sänkningen på",
  "the increase of",
  "the rise of",
  "en minskning med",
  "minskning med",
  "en höjning med",
  "höjning med",
  "en sänkning med",
  "sänkning med",
  "an increase of",
  "a decrease of",
  "a rise of",
  "a cut of",
  "up by",
  "down by",
  "increases by",
  "increased by",
  "is increased by",
  "rises by",
  "reduced by",
  "cut by",
]);

/**
 * "Vinnova beviljar Uppsala universitet ett bidrag om högst 4 800 000 kronor": a grant decided in the indicative,
 * its size a ceiling ("om högst"), is that grant, never an agency's cap. The grant noun right before the amount …
 */
export const GRANT_OF = compileCues([
  "bidrag om",
  "bidrag på",
  "projektbidrag om",
  "projektbidrag på",
  "stöd om",
  "stöd på",
  "grant of",
  "award of",
]);

/** … and a granting verb before it, in the indicative ("kan beviljas högst …" is a call's ceiling). */
export const GRANTING_VERBS = compileCues([
  "beviljar",
  "beviljade",
  "har beviljat",
  "hade beviljat",
  "awards",
  "awarded",
  "grants",
  "granted",
  "has granted",
  "has awarded",
]);

/**
 * "Myndigheten har använt 285 000 kronor" right after "högst 400 000 kronor för sitt eget arbete": what an agency
 * used of its cap, the words right before the amount.
 */
export const USED_OF_CAP = compileCues([
  "har använt",
  "hade använt",
  "använde",
  "har förbrukat",
  "förbrukade",
  "har gjort av med",
  "used",
  "has used",
  "had used",
  "spent",
  "has spent",
  "had spent",
]);

/**
 * A clause whose subject is a change between two sums ("Ökningen jämfört med i fjol är 15 miljoner kronor", "The
 * difference is SEK 4 million"): its amount is that difference, never money anyone got. Its first word (after
 * "the"/"en"/"den") is one of these.
 */
export const DIFFERENCE_SUBJECTS: ReadonlySet<string> = new Set([
  "ökningen",
  "höjningen",
  "minskningen",
  "sänkningen",
  "skillnaden",
  "mellanskillnaden",
  "differensen",
  "uppräkningen",
  "nedskärningen",
  "increase",
  "rise",
  "difference",
  "decrease",
  "reduction",
  "drop",
]);

/**
 * Right after the amount, a comparison of two sums ("8 miljoner mer än i fjol", "SEK 4m more than last
 * year"): the amount is their difference, no money of its own. Before an amount "mer än" is a qualifier.
 */
export const MORE_THAN = compileCues([
  "mer än",
  "mera än",
  "mindre än",
  "fler än",
  "högre än",
  "lägre än",
  "mer jämfört med",
  "mindre jämfört med",
  "more than",
  "less than",
  "higher than",
  "lower than",
  // "SEK 4 million larger than the SEK 88 million awarded for 2028": a difference.
  "larger than",
  "smaller than",
  "bigger than",
  "större än",
  "more compared with",
  "less compared with",
  // "I dag är det nästan 30 miljoner mer": an amount more or less than another is their difference.
  "mer",
  "mera",
  "mindre",
  "more",
  "less",
]);

/** Money since a start no year is given for ("sedan starten", "since it began"): a total over unknown years. */
export const SINCE_START = compileCues([
  "sedan starten",
  "sedan start",
  "sedan begynnelsen",
  "sedan satsningen startade",
  "sedan projektet startade",
  "sedan gms startade",
  "since the start",
  "since its start",
  "since the beginning",
  "since it began",
  "since it started",
  "since its launch",
  "since it was set up",
  "since it was founded",
  "since it was established",
  "since it was launched",
  "since its founding",
  "sedan det bildades",
  "sedan den bildades",
  "sedan bildandet",
  "sedan grundandet",
  "sedan det startade",
  // "has so far received more than SEK 500 million", "har hittills fått": everything received up to now (never
  // "the largest allocation so far", a superlative).
  "so far received",
  "received so far",
  "received to date",
  "has received to date",
  "hittills fått",
  "fått hittills",
  "hittills har fått",
  "hittills betalats ut",
  "hittills totalt",
  "hittills sammanlagt",
]);

/** A stated sum: "totalt", "sammanlagt", "in total". */
export const TOTAL = compileCues([
  // An organisation's revenue is all its money, from every funder: "total revenues of SEK 131 million".
  "total revenues",
  "total revenue",
  "total income",
  "totala intäkter",
  "totala intäkterna",
  // "Projektets totala budget: 7 600 000 kronor": a project's whole budget, the grant and co-funding together.
  "totala budget",
  "totala budgeten",
  "totalbudget",
  "total budget",
  "totala kostnad",
  "totala kostnaden",
  "total cost",
  "intäkterna uppgick",
  "totalt",
  "sammanlagt",
  "sammantaget",
  "in total",
  "a total of",
  "altogether",
  // "This brings the total for the year to SEK 24 million".
  "brings the total",
  "bringing the total",
]);

/** The sentence says the money is not GMS's ("ingår inte i GMS", "not part of the GMS allocation"). */
/** A package as a whole opening a sentence ("That package as a whole is worth SEK 1.2bn"): a wider whole than GMS's money. */
export const WIDER_WHOLE = compileCues([
  "that package",
  "this package",
  "the package",
  "the whole package",
  "the total package",
  "the wider package",
  "the broader package",
  "package as a whole",
  "paketet",
  "hela paketet",
  "det paketet",
  "detta paket",
  "paketet som helhet",
]);

export const NOT_GMS = compileCues([
  "ingår inte i",
  "ingår inte",
  "inte en del av",
  "inte del av",
  "not part of",
  "is not part",
  // "De är stiftelsens egna medel och kommer utöver statens stöd till GMS": another giver's money beside the state's.
  "utöver statens",
  "utöver det statliga",
  "utöver den statliga",
  "utöver det stöd som staten",
  "utöver de medel som staten",
  "on top of the state's",
  "on top of the government's",
  "receives no funding",
  // "Den satsningen ligger utanför GMS", "That investment lies outside GMS": money set outside GMS.
  "ligger utanför",
  "faller utanför",
  "utanför gms",
  "lies outside",
  "falls outside",
  "outside gms",
  "outside of gms",
]);

/**
 * "That money … is separate from the government funding of GMS": the money told before the phrase is not
 * GMS's; an amount after it is the GMS money it is set apart from ("separate from … SEK 80m in 2027").
 */
export const SEPARATE_FROM = compileCues([
  "separate from",
  // "This is foundation money and is reported separately from the government funding."
  "separately from",
  "skild från",
  "skilda från",
  "separat från",
  "separata från",
]);

/**
 * The state's money named as such ("ingår inte i det statliga bidraget", "not part of the Government funding"): on a
 * page about GMS, the money a denial sets apart from is GMS's grant, whether or not the sentence names GMS.
 */
export const STATE_MONEY = compileCues([
  "statens",
  "statlig*",
  "government funding",
  "government grant*",
  "government money",
  "government's",
  "state funding",
  "state's",
]);

/** Past tense that retells money given before ("fick", "uppgick", "funded"). */
export const PAST_FUNDING = compileCues([
  "fick",
  "erhöll",
  "uppgick",
  "var det",
  "finansierade",
  "beviljades",
  "got",
  "received",
  "funded",
  "was",
]);

/**
 * Right after an amount, the year's money named as its whole ("SEK 11.5 million of this year's state funding", "10,5
 * miljoner av årets statliga pengar"): a share of that year's whole, never of the nearest larger share.
 */
export const OF_YEARS_MONEY = compileCues([
  "av årets",
  "av fjolårets",
  "av nästa års",
  // Tokens split at the apostrophe: "year's" is read as "year" and "s".
  "of this year s",
  "of last year s",
  "of next year s",
]);

/** Right after an amount: it is a part of the amount told before ("7,2 miljoner av den delen"). */
export const PART_OF_PREVIOUS = compileCues([
  // "10,5 miljoner kronor av årets statliga pengar": a share of the year's grant, never money beside it.
  "av årets",
  "av fjolårets",
  "of this year's",
  "of last year's",
  "of next year",
  "av nästa års",
  "av den delen",
  "av dem",
  "av dessa",
  "of that",
  "of these",
  // "About SEK 10 million of it is earmarked for …", "5 miljoner av det": a share of the money just told.
  "of it",
  "of this",
  "av det",
  "av detta",
  // "Pilotprojekt om barncancer ska få 8,5 miljoner kronor av beloppet": a share of the amount just told.
  "av beloppet",
  "av summan",
  "av anslaget",
  "av medlen",
  "av pengarna",
  "ur årets",
  "ur den delen",
  "ur beloppet",
  "of the amount",
  "of the sum",
]);

/**
 * "GMS har fördelat årets statliga medel, och Region Uppsala tilldelas 4,2 miljoner kronor för 2026": money
 * told right after the year's money is said to be divided is a share of that year's money.
 */
export const DIVIDED_YEARS_MONEY = compileCues([
  "har fördelat årets",
  "har fördelat årets statliga",
  "fördelade årets",
  "fördelade årets statliga",
  "har fördelats årets",
  "has divided this year's",
  "has split this year's",
  "has allocated this year's",
  "has distributed this year's",
]);

/**
 * "Regionen har tilldelats 3 200 tkr av de statliga medlen till GMS": the lone amount of its sentence is a
 * share of the state's money told elsewhere, never a grant beside it. (With several amounts the phrase
 * may close a list of them: "fick barncancer 10 miljoner och leukemier 9 miljoner av statens pengar".)
 */
export const STATE_SHARE = compileCues([
  "av de statliga medlen",
  "av de statliga pengarna",
  "av statens medel",
  "av statens pengar",
  "of the state funding",
  "of the government funding",
  "of the state funds",
  // "får använda 15 miljoner kronor av de medel för 2030 som betalats ut": a share of money told elsewhere.
  "av de medel",
  "av medlen",
  "av de pengar",
  "av pengarna",
  "of the funds",
  "of the money",
]);

/**
 * "GMS Väst får 13 miljoner kronor av det statliga stödet till GMS 2027": right after a share, the state's money
 * named as its whole: a share of that year's state grant to GMS, wherever the grant is told.
 */
export const OF_STATE_MONEY = compileCues([
  "av det statliga",
  "av de statliga",
  "av den statliga",
  "av årets statliga",
  "av statens",
  "av statsbidraget",
  "av statsanslaget",
  "of the state funding",
  "of the state's",
  "of the government funding",
  "of the government's",
  "of this year's government",
  "of this year's state",
  "of the year's state",
]);

/** "5,8 miljoner kronor i månaden": a monthly rate, no year's money of its own (never summed as one). */
// An authorisation to commit future appropriations ("bemyndigande", "ekonomiska åtaganden … högst 60 000 tkr
// under 2031–2032"): a frame for later years' budgets, never money paid out or an agency's own cap.
export const COMMITMENT_AUTHORITY = compileCues([
  "bemyndigande*",
  "ekonomiska åtaganden",
  "framtida anslag",
  "commitment authority",
  "commitment authorisation",
  "future appropriations",
]);

export const PER_MONTH = compileCues([
  "i månaden",
  "per månad",
  "varje månad",
  "om månaden",
  "a month",
  "per month",
  "each month",
  "every month",
]);

// "Around a third of it, SEK 30m", "hälften av pengarna": a share named by its fraction of the money.
const FRACTIONS = [
  "hälften",
  "halva",
  "en tredjedel",
  "en fjärdedel",
  "två tredjedelar",
  "tre fjärdedelar",
  "merparten",
  "huvuddelen",
  "största delen",
  "den största delen",
  "half",
  "a half",
  "a third",
  "one third",
  "two thirds",
  "a quarter",
  "one quarter",
  "three quarters",
  "most",
  "the bulk",
  "the largest share",
];
const MONEY_REFERENCES_SV = [
  "medlen",
  "pengarna",
  "summan",
  "beloppet",
  "det",
  "dem",
  "dessa",
  "stödet",
];
const MONEY_REFERENCES_EN = [
  "it",
  "this",
  "that",
  "the money",
  "the funds",
  "the funding",
  "the grant",
];
/** A fraction of the money just told, before an amount in its clause: the amount is a share. */
export const FRACTION_OF = compileCues(
  FRACTIONS.flatMap((f) => [
    ...MONEY_REFERENCES_SV.map((r) => `${f} av ${r}`),
    ...MONEY_REFERENCES_EN.map((r) => `${f} of ${r}`),
  ]),
);

/** Right before an amount: it is a part of the amount just before ("varav 14 miljoner"). */
export const PART_LEAD = compileCues([
  "varav",
  "of which",
  "som fördelas med",
  "fördelat på",
  "fördelas med",
  "split into",
]);

/** Right after an amount an agency "får använda": what it may use the money for is its assignment, a frame. */
export const FOR_ASSIGNMENT = compileCues([
  "för uppdraget",
  "för detta uppdrag",
  "för att genomföra uppdraget",
  "till uppdraget",
  "for the assignment",
  "for the task",
]);

/** Right before an amount, perhaps set off by a comma ("Resten, 50 miljoner kronor, …"): the rest of a whole. */
export const REMAINDER = compileCues([
  "resterande",
  "återstående",
  "resten",
  "återstoden",
  "de övriga",
  "remaining",
  "the rest",
  "the remainder",
  "the other",
]);

/** A sentence that opens naming the largest share ("Största delen, 34 miljoner kronor, går till …"): a share. */
export const LARGEST_SHARE = compileCues([
  "största delen",
  "den största delen",
  "merparten",
  "huvuddelen",
  "lejonparten",
  "the largest share",
  "the largest part",
  "the biggest share",
  "the bulk",
  "most of the money",
]);

/** The budget of a call for proposals: money not yet granted to anyone. */
export const CALL_BUDGET = compileCues([
  "utlysning*",
  "utlyser",
  "call for proposals",
  "funding call",
  "the call",
]);

/** An amount given for each year of a span ("9 miljoner kronor per år under 2026 och 2027"): no multi-year sum. */
export const PER_YEAR = compileCues([
  "per år",
  "om året",
  "årligen",
  "varje år",
  "per year",
  "a year",
  "annually",
  "each year",
]);

/** Money told as lasting several years ("det tvååriga anslaget", "a three-year grant"). */
export const MULTI_YEAR = compileCues([
  "tvåårig*",
  "treårig*",
  "fyraårig*",
  "femårig*",
  "flerårig*",
  "two-year",
  "three-year",
  "multi-year",
  "multiyear",
]);

/** A project's running time ("projektet pågår 2026–2028", "the project runs from 2026 to 2028"). */
export const PROJECT_RUNS = compileCues([
  "pågår",
  "löper",
  "projekttid*",
  "projektperiod*",
  "runs",
  "lasts",
  "running",
  // A review's or report's own period ("Granskningen avser … under åren 2021–2027"): its undated sums are of it.
  "avser",
  "granskningsperiod*",
  // "Riksrevisionen har granskat … under perioden 2021–2027": the audit's own period.
  "har granskat",
  "granskar",
  "has audited",
  "has reviewed",
  "covers",
  "the review period",
]);

/** A sum told "under perioden", "over the period": of the period the document says it covers. */
/**
 * "I ett pressmeddelande angavs att GMS fått 54,75 miljoner kronor under 2021–2023. Enligt Riksrevisionens
 * genomgång uppgick medlen för dessa år till 48,25 miljoner kronor": the years the sentence before told.
 */
export const THOSE_YEARS = compileCues([
  "dessa år",
  "de åren",
  "de här åren",
  "these years",
  "those years",
  "the same years",
]);

export const THE_PERIOD = compileCues([
  "under perioden",
  "för perioden",
  "under granskningsperioden",
  "during the period",
  "over the period",
  "for the period",
]);

/** Money for the work just told ("I fjol fick regionen 3,1 miljoner för samma arbete"): its area and purpose are that money's. */
export const SAME_WORK = compileCues([
  "samma arbete",
  "samma ändamål",
  "samma syfte",
  "samma uppdrag",
  "samma insats",
  "samma satsning",
  "same work",
  "same purpose",
  "same project",
]);

/** A sentence opening with one of these speaks of what the sentence before named ("Institutionen bidrar med …"). */
export const SUBJECT_REFERENCE = compileCues([
  "institutionen",
  "studien",
  "projektet",
  "regionen",
  "universitetet",
  "arbetet",
  "satsningen",
  "the study",
  "the project",
  "the institute",
  "the department",
  // "… leda arbetet med att kartlägga resistenta bakterier. För det tilldelas regionen 18 miljoner": for what was told.
  "för det",
  "för detta",
  "därför",
  "for this",
  "for that",
]);

/** Words that point back to money just told: "Pengarna ingår inte i GMS-uppdraget" speaks of the last amount. */
export const BACK_REFERENCE = compileCues([
  "pengarna",
  "medlen",
  "beloppet",
  "summan",
  "stödet",
  "anslaget",
  // "Investeringen … ingår inte i GMS", "These grants are not part of …": the money just told, by its kind.
  "bidraget",
  "bidragen",
  "investeringen",
  "det",
  "den",
  "de",
  "the money",
  "the funds",
  "the grant",
  "the grants",
  "the investment",
  "these grants",
  "these funds",
  "those grants",
  "that money",
  "this money",
  "this grant",
  "it",
  "they",
  "this",
]);

/** "av egna medel", "egna pengar": one's own money; the regions' own (with `THE_REGIONS` in its clause) co-fund GMS. */
export const OWN_MEANS = compileCues([
  "egna medel",
  "egna pengar",
  "egna resurser",
  "own funds",
  "own money",
  "own resources",
]);
/** The regions together, GMS's partners ("regionerna med universitetssjukvård"), not one region's board. */
export const THE_REGIONS = compileCues(["regionerna", "regionernas", "the regions"]);

/** A share told as the state's money ("varav 82 miljoner kommer från staten"): the grant inside a mixed whole. */
export const FROM_THE_STATE = compileCues([
  "från staten",
  "från regeringen",
  "av staten",
  "statliga medel",
  "statligt stöd",
  "from the state",
  "from the government",
  "government funding",
  "state funding",
]);

/** The rest of a whole comes from others ("och resten från regionerna"): the whole mixes funders. */
export const REST_FROM_OTHERS = compileCues([
  "resten från",
  "resten kommer från",
  "återstoden från",
  "övrigt från",
  "övriga från",
  "resten står",
  "står för resten",
  "the rest from",
  "the rest comes from",
  "the remainder from",
  "the remainder comes from",
]);

// Words that add money of the same time ("Därutöver får GMS 5 miljoner"): such a grant stays the page's year's.
export const ADDED_MONEY = compileCues([
  "därutöver",
  "dessutom",
  "ytterligare",
  "utöver",
  "extra",
  "också",
  "även",
  "in addition",
  "additional",
  "additionally",
  "also",
  "further",
  "on top of",
]);

/** "Det började med 3,5 miljoner från Vinnova" right after "… sedan 2018": the start's money, of the start's year. */
export const STARTED_WITH = compileCues([
  "började med",
  "startade med",
  "inleddes med",
  "started with",
  "began with",
]);
