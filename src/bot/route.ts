import { asksLargestChange } from "./answers/change.js";
import { asksPerPayer } from "./answers/per-payer.js";
import { askedTitles } from "./answers/person.js";
import type { ConversationState } from "./conversation.js";
import { ofAskedKind } from "./org-kinds.js";
import { definiteOrgPointer, isOrgPointer, pointerAsk } from "./org-pointers.js";
import type { Query } from "./query.js";

/** The kinds of answer the bot can compose. */
export type Intent =
  | "help"
  | "greeting"
  | "sources"
  | "documents"
  | "payer"
  | "funder"
  | "distributor"
  | "recipient"
  | "deadline"
  | "minister"
  | "press"
  | "decision"
  | "about-gms"
  | "members"
  | "breakdown"
  | "purpose"
  | "total"
  | "amount"
  | "share"
  | "extreme"
  | "average"
  | "overview"
  | "inclusion"
  | "stated"
  | "pending"
  | "reference"
  | "passage"
  | "thanks"
  | "change"
  | "clarify"
  | "which-org"
  | "which-pointer"
  | "threshold-list"
  | "not-funding"
  | "out-of-scope";

/** What a rule sees: the reading, and whether its topic is one the documents talk about. */
interface Facts {
  q: Query;
  topical: boolean;
}

/**
 * One rule: every cue in `all`, at least one in `any`, none in `none`, and `when` if given.
 * The first rule that holds chooses the answer writer. Adding a phrasing never touches this table:
 * it is a lexicon line; a new kind of question is one row here.
 */
interface Rule {
  intent: Intent;
  all?: string[];
  any?: string[];
  none?: string[];
  when?: (f: Facts) => boolean;
}

export const money = (q: Query) =>
  ["howMuch", "amount", "total", "ownWork", "frame", "cofund", "stateMoney"].some((c) =>
    q.cues.has(c),
  );
const named = (q: Query) =>
  q.stems.length > 0 || q.topics.length > 0 || q.orgs.length > 0 || q.names.length > 0;
const comparesYears = (q: Query) =>
  (q.cues.has("more") || q.cues.has("less")) &&
  (q.cues.has("than") || q.cues.has("versus")) &&
  q.years.length >= 2;
// A project's name ("SHARE-GEN") is a subject too: "how big is share-gen" is no question about all money.
const subjectless = (f: Facts) => !f.topical && f.q.orgs.length === 0 && f.q.names.length === 0;
/**
 * "Vad kostar läkemedelsbiverkningar vården per år?", "what did a test cost in 2019 according to The Local?":
 * what something costs, GMS unnamed, is a cost to quote, never a year's funding nor a document's amounts.
 */
const asksCostOfOther = (q: Query) => q.cues.has("cost") && !q.mentionsGms;
/** The conversation's last question asked a subject's money in a month ("sällsynta dec 2027"). */
const subjectInMonth = (previous: ConversationState): boolean =>
  (previous.months?.length ?? 0) > 0 && (previous.stems.length > 0 || previous.topics.length > 0);

/** "Vad beslutade regeringen i februari 2022?": what was decided in a month, with no amount or subject named. */
export const asksDecidedMonth = (q: Query) =>
  q.cues.has("decision") &&
  q.months.length > 0 &&
  q.years.length > 0 &&
  q.amounts.length === 0 &&
  !["who", "when", "signed", "copy", "yesNo", "howMuch"].some((c) => q.cues.has(c));

/** "How much was announced in December 2026?": the money first told by documents published that month. */
// "vad fick gms i april 2030": money received in a month is the money told that month, never the whole year.
export const asksAnnouncedMonth = (q: Query) =>
  (q.cues.has("published") || (q.cues.has("receives") && !named(q) && q.docKinds.length === 0)) &&
  q.months.length > 0 &&
  q.years.length > 0 &&
  q.amounts.length === 0 &&
  (money(q) || q.cues.has("receives")) &&
  !["who", "when", "decision"].some((c) => q.cues.has(c));

// Questions about a document that ask something other than its amounts: who, when, splits, changes.
const NOT_STATED = [
  "who",
  "when",
  "deadline",
  "report",
  "requisition",
  "repay",
  "signed",
  "copy",
  "payer",
  "breakdown",
  "change",
  // "According to Swedish Radio, how much more does GMS get next year than this year?": a change.
  "than",
  "share",
  "largest",
  "smallest",
  "average",
  "included",
  "onTopOf",
  "fresh",
  "press",
  "members",
  "whoIs",
  "asker",
  "author",
  "adopt",
  "period",
];

/** Operations other than "is it GMS money?": a yes/no about them ("did it go up?") is theirs to answer. */
export const OTHER_ASKS = [
  "howMuch",
  "change",
  "more",
  "less",
  "than",
  "either",
  "share",
  "largest",
  "smallest",
  "average",
  "breakdown",
  "overview",
  "perYear",
  "whichYears",
  "decision",
  "deadline",
  "payer",
  "when",
  "who",
];

// Kinds of money other than grants: a follow-up naming one asks about that kind, not the grant shown.
export const KIND_CUES = ["estimate", "cofund", "frame", "ownWork"];

/** Another kind of money than grants is asked for itself, not "including" beside the grants. */
const otherKindAlone = (q: Query) =>
  KIND_CUES.some((c) => q.cues.has(c)) && !q.cues.has("including");

export const RULES: readonly Rule[] = [
  { intent: "help", all: ["help"] },
  // "hur lägger jag till ett dokument?", "can you add this page": how documents come in, not their money.
  { intent: "help", all: ["addDocument"], none: ["howMuch"] },
  { intent: "out-of-scope", when: ({ q }) => q.offTopic.length > 0 },
  // "list all grants over 50 million", "vilka anslag var över 50 miljoner?": the grants past the bar.
  {
    intent: "threshold-list",
    // "vem fick mer än 60 miljoner?": who got past the bar is the grants past it, each with its receiver.
    any: ["list", "which", "whichLine", "count", "who"],
    none: ["yesNo", "when", "payer", "deadline", "share", "change"],
    when: ({ q }) => q.threshold !== null && q.orgs.length === 0,
  },
  // "grants above 500 million?": a bar with nothing to measure against it lists what passes it.
  {
    intent: "threshold-list",
    none: ["yesNo", "receives", "howMuch", "total", "when", "payer", "deadline", "share", "change"],
    when: ({ q, topical }) =>
      q.threshold !== null &&
      !topical &&
      q.years.length === 0 &&
      q.orgs.length === 0 &&
      !q.mentionsGms,
  },
  // "whats left of gms 2030 money after tumours, rare diseases and kids cancer": the whole's other parts.
  {
    intent: "breakdown",
    all: ["remainder"],
    when: ({ q }) => (q.topics.length > 0 || q.stems.length > 0) && q.years.length > 0,
  },
  // "How much more did the regions co-fund in 2032 than in 2030?": co-funding year against year, not a list.
  {
    intent: "change",
    all: ["cofund"],
    any: ["more", "less", "versus"],
    when: ({ q }) => q.years.length === 2 && (q.cues.has("than") || q.cues.has("versus")),
  },
  // "hur mkt lägger regionen själv till?" with no region named before: which region is asked back.
  { intent: "which-org", when: ({ q }) => asksUnnamedOrg(q) },
  // "utbildningspotten, vem kan söka?": who may apply is what the documents say of it, quoted, or said absent.
  { intent: "passage", all: ["eligible"] },
  // "how do I apply for gms money", "kan jag få pengar till mitt bolag": the documents tell grants, not how to get one.
  {
    intent: "not-funding",
    all: ["apply"],
    // "what conditions apply to the 2026 money": "apply" there is no application.
    none: ["deadline", "condition"],
    when: ({ q }) => q.docKinds.length === 0,
  },
  // "does gms get money from companies?": the givers of that kind (none named is said so), never GMS's grants.
  {
    intent: "funder",
    all: ["companyKind"],
    any: ["gives", "receives", "amount", "who", "howMuch"],
    none: ["apply", "cost"],
    when: ({ q }) => q.orgs.length === 0,
  },
  // "vem finansierar gms?", "who funds GMS": the givers, each with what it gives; never the funding table.
  {
    intent: "funder",
    all: ["who", "gives"],
    none: ["howMuch", "cofund", "ownWork", "total", "payer", "pays", "decision", "signed"],
    when: ({ q, topical }) =>
      q.orgs.length === 0 && q.mentionsGms && !topical && q.amounts.length === 0,
  },
  // "r u a bot?", "is this bot a real person": what the bot is, with what it can answer.
  { intent: "greeting", all: ["aboutBot"] },
  // "Which ministry issued the 2022 decision?": the sender the documents' openings name.
  { intent: "documents", all: ["issuer"], none: ["howMuch"] },
  // "u sure?", "är du säker?": where the answers come from, not a new question.
  {
    intent: "greeting",
    all: ["doubt"],
    when: ({ q }) => q.years.length === 0 && q.amounts.length === 0,
  },
  // "How much did each region get in 2027?", "Vilken region fick mest pengar?": each organisation of the
  // kind, never the year's total.
  {
    intent: "amount",
    any: ["regionKind", "universityKind"],
    when: ({ q }) =>
      (q.cues.has("howMuch") || q.cues.has("largest") || q.cues.has("smallest")) &&
      q.orgs.length === 0 &&
      !named(q),
  },
  // "vilka pengar är inte GMS-pengar?": the money that goes to others, never GMS's own.
  { intent: "amount", all: ["notGms"], when: ({ q }) => !named(q) },
  // "diarienr för beslutet om 66 mkr?": the numbers the documents are filed under.
  { intent: "reference", all: ["caseNumber"] },
  // "Vilket anslag belastas 2030 års medel?": the budget line the money is booked against, not an amount.
  { intent: "reference", all: ["whichLine"], none: ["howMuch"] },
  // "vad är ap.14?", "anslagsposten 14?": what the numbered budget line is, not money of it.
  {
    intent: "reference",
    none: ["howMuch", "receives", "total", "chargedTo"],
    when: ({ q }) => q.budgetLine !== null && q.years.length === 0 && q.amounts.length === 0,
  },
  // "hur mycket ska SoS rekvirera 2026": the money the organisation requisitions, not the year's total.
  {
    intent: "amount",
    all: ["requisition", "howMuch"],
    when: ({ q }) => q.orgs.some((o) => o.role === "requisitioner"),
  },
  // "is region uppsala part of gms", "är örebro med i gms": membership, not the organisation's money.
  {
    intent: "members",
    any: ["included", "members"],
    none: ["howMuch", "receives", "gives"],
    when: ({ q, topical }) =>
      q.mentionsGms &&
      !topical &&
      !money(q) &&
      q.amounts.length === 0 &&
      q.years.length === 0 &&
      q.orgs.some((o) => o.name !== "GMS"),
  },
  { intent: "about-gms", all: ["says"], when: ({ q, topical }) => q.mentionsGms && !topical },
  // "what does the budget bill say about 2029": the amounts that document states (the "stated" rule below).
  // "What did the 2022 decision say about repayment?": the deadlines and conditions the documents set.
  { intent: "deadline", all: ["says"], any: ["repay", "requisition", "report", "condition"] },
  {
    intent: "passage",
    all: ["says"],
    // "tell me about the 2026 funding": money with nothing named to search for is the year's money.
    // "tell me about the 16,5 million": an amount asked about is that amount's grant, not a passage search.
    when: ({ q }) =>
      q.amounts.length === 0 &&
      ((q.docKinds.length === 0 && (named(q) || !money(q))) || (!money(q) && q.years.length === 0)),
  },
  // "vilka partner nämns i regeringsbeslutet": who that document names as taking part, not its decisions.
  {
    intent: "members",
    all: ["members"],
    none: ["howMuch", "signed", "copy"],
    when: ({ q }) =>
      (q.docKinds.length > 0 || q.references.length > 0) && !money(q) && q.amounts.length === 0,
  },
  { intent: "documents", all: ["documents"], when: ({ q }) => named(q) || q.years.length > 0 },
  // "vilka pm finns från 2026": which documents of a kind, not their money.
  {
    intent: "documents",
    all: ["which"],
    none: [
      "amount",
      "howMuch",
      "author",
      "signed",
      "copy",
      "press",
      "asker",
      "minister",
      "deadline",
      // "vilka partner nämns i regeringsbeslutet": who the document names as taking part.
      "members",
    ],
    when: ({ q }) => q.docKinds.length > 0 && !money(q) && q.amounts.length === 0,
  },
  // "vilka källor har du?": which documents, about nothing in particular, is the list of sources.
  { intent: "sources", all: ["documents"], when: ({ q }) => !money(q) && q.amounts.length === 0 },
  { intent: "documents", all: ["sources"], when: ({ q, topical }) => topical && !money(q) },
  // "source for the 49.5?", "källa på 6 miljoner?": the documents telling that amount, not every source.
  { intent: "documents", all: ["sources"], when: ({ q }) => q.amounts.length > 0 },
  // "Vilket datum publicerades pressmeddelandet om lungcancer?": the documents about it, with their dates.
  {
    intent: "documents",
    all: ["published"],
    // "which minister announced …" asks for a person, not the documents' dates.
    none: ["minister", "who", "whoIs"],
    // "how much pharmacogenomics money was announced in dec 2027" asks for money, not dates.
    // "when was the 2024 money announced": the documents telling that year's money, with their dates.
    when: ({ q, topical }) =>
      (topical ||
        q.docKinds.length > 0 ||
        // "when was the share-gen news published": a project's name points at its documents too.
        (q.names.length > 0 && q.cues.has("when")) ||
        (q.years.length > 0 && money(q) && q.cues.has("when"))) &&
      !q.cues.has("howMuch"),
  },
  // "the smallest grant in the documents": the documents are where to look, not what is asked.
  {
    intent: "sources",
    all: ["sources"],
    none: ["howMuch", "largest", "smallest", "average", "share", "total"],
    when: ({ q }) => !money(q) || q.cues.has("documents"),
  },
  // "Hur mycket fick GMS för 2028, och hur står det sig mot budgetpropositionens beräkning?": the decision first.
  { intent: "amount", all: ["estimate", "versus"], any: ["howMuch", "receives"] },
  // "was the 84m less than the budget bill said?": the decision, then the estimate beside it (no difference).
  { intent: "amount", all: ["estimate", "than"], any: ["more", "less"] },
  // "vad beräknades för 2028 och vad beslutades": the decision, then the estimate beside it.
  {
    intent: "amount",
    all: ["estimate", "decision"],
    none: ["yesNo"],
    when: ({ q }) => q.years.length > 0 && q.amounts.length === 0,
  },
  // "the difference between what Socialstyrelsen may use and what it pays out": frame against payout.
  { intent: "change", all: ["change", "mayUse"] },
  // "Is the 24 million all government money?", "is that part of GMS funding?": yes or no on its kind.
  {
    intent: "inclusion",
    all: ["stateMoney"],
    any: ["yesNo", "isIt", "included"],
    none: OTHER_ASKS,
    // "uppsalas del av årets gms-pengar 2026?": an organisation's part, asked with no yes or no, is its money.
    when: ({ q }) =>
      q.cues.has("yesNo") || q.cues.has("isIt") || q.amounts.length > 0 || q.orgs.length === 0,
  },
  // "amr-uppdraget, i samverkan med vilka?", "who does GMS work together with on solid tumours?": the sentences
  // that name the work's partners, quoted.
  {
    intent: "passage",
    all: ["collaboration"],
    any: ["who", "which", "what"],
    none: ["howMuch", "members"],
    when: ({ q }) => q.amounts.length === 0,
  },
  // "hur mkt bad gms om i hemställan?": money asked for is quoted as a request, never answered as a grant.
  { intent: "stated", all: ["askedFor"], none: ["requisition", "apply"] },
  // "sjuksköterskeförbundets krav per år?": a demand, quoted as asked for (or none, when it is a requirement).
  { intent: "stated", all: ["demand"], none: ["requisition", "apply"] },
  // "Hur mycket vill debattörerna att staten satsar?": what a kind of document proposes.
  { intent: "stated", all: ["proposal"], when: ({ q }) => q.docKinds.length > 0 },
  // "vilka myndigheter har betalat ut GMS-medel, och hur mycket vardera?": each agency's grants, not a year table.
  { intent: "amount", when: ({ q }) => asksPerPayer(q) },
  // "was there a correction?", "vad säger rättelsen?": a document's own correction, quoted with the right figure.
  { intent: "passage", all: ["correction"] },
  // "hur mycket behöver GMS?": what is needed is no money decided: the sentences that say it, quoted.
  { intent: "passage", all: ["need", "howMuch"], none: ["apply"] },
  // "hur mycket får gms i månaden": a monthly rate is no year's money: the sentences that tell one, quoted.
  // "how much does a bioinformatician earn a month": a monthly cost (a salary) is a cost, read below.
  { intent: "passage", all: ["perMonth"], any: ["howMuch", "amount", "receives"], none: ["cost"] },
  // "hur mycket per invånare?": a sum per inhabitant is a measure, no money: the sentences that tell one, quoted.
  { intent: "passage", all: ["perCapita"] },
  // "hur mycket samlade Barncancerfonden in?": money a giver raised is its own income, quoted, never a grant.
  { intent: "passage", all: ["raised"], none: ["proposal", "request"] },
  // "vem följer upp hur medlen används?": who monitors the money is a sentence to quote, never an amount.
  { intent: "passage", all: ["monitors"], any: ["who", "which"], none: ["howMuch"] },
  // "vem yrkade på högre medfinansiering?": who proposed it is the proposals, quoted with their proposers.
  { intent: "stated", all: ["proposal", "who"], none: ["howMuch", "minister"] },
  // "what does the motion propose?": the proposals, quoted with who made them.
  { intent: "stated", all: ["proposal", "what"], none: ["howMuch", "minister"] },
  // "did the left party want 120 mil a year?": an amount someone wanted is checked against the proposals, never
  // against the grants.
  {
    intent: "stated",
    all: ["proposal", "yesNo"],
    none: ["howMuch", "minister", "receives", "granted", "gives"],
    when: ({ q }) => q.amounts.length > 0,
  },
  // "v:s treårsförslag, summa?": the sum a proposal states, quoted as a proposal; never the years' grants summed.
  {
    intent: "stated",
    all: ["proposal", "total"],
    none: ["howMuch", "minister"],
    when: ({ q }) => !q.mentionsGms && q.years.length === 0 && q.amounts.length === 0,
  },
  // "FoHM betalar ut vad?": what the named payer pays out, not who pays.
  {
    intent: "amount",
    any: ["payer", "pays"],
    none: ["who"],
    when: ({ q }) =>
      q.cues.has("what") && q.orgs.some((o) => o.role === "payer" || o.role === "funder"),
  },
  // "when did the funding start?": the first year with money ("med start i prostatacancer" is no start).
  {
    intent: "overview",
    all: ["firstYear"],
    when: (f) => subjectless(f) && f.q.amounts.length === 0,
  },
  // "Under vilka år pågår projektet?": the years a project runs, not its money by year.
  { intent: "deadline", all: ["period", "whichYears"], none: ["howMuch", "receives", "gives"] },
  // "vilka år fick gms pengar": the years with money, per year; a topic's years are its amounts by year.
  {
    intent: "overview",
    all: ["whichYears"],
    when: (f) => subjectless(f) && f.q.amounts.length === 0,
  },
  { intent: "amount", all: ["whichYears"], when: ({ topical }) => topical },
  // "när betalades 66 mkr ut": when money is paid out is its requisition and payment dates.
  {
    intent: "deadline",
    all: ["when"],
    any: ["payer", "pays"],
    // "Which agency paid out … and when was it decided?": the payer is asked, and the time is the decision's.
    none: ["who", "howMuch", "which", "decision"],
    // "när ska fohm ha pengarna utbetalda": a by-when ("när ska", "when must") asks the dates, never who pays.
    when: ({ q }) => q.amounts.length > 0 || q.years.length > 0 || q.cues.has("deadline"),
  },
  // "fohm utbetalning 2026": a paying agency named with its payout asks what it pays out, not who pays.
  {
    intent: "amount",
    any: ["payer"],
    none: ["howMuch", "who", "which", "how", "what"],
    when: ({ q }) =>
      q.years.length > 0 &&
      q.orgs.some((o) => (o.role === "any" || o.role === "payer") && o.name !== "GMS"),
  },
  // "Vilka villkor gäller för utbetalningen 2027?": the conditions on paying out, not who pays.
  { intent: "deadline", all: ["condition"], none: ["howMuch"] },
  // "Till vem ska Region Skåne redovisa … och när?": when a report is due (and to whom), not who got money.
  { intent: "deadline", all: ["report", "when"], none: ["howMuch"] },
  // "första delbetalningen '27, hur stor och när?": an instalment of a grant, not the year's total.
  { intent: "amount", all: ["instalment"], none: ["deadline", "requisition", "report"] },
  // "Vem fattade Kammarkollegiets beslut om utbetalning?": who made an organisation's payout decision, not who pays.
  {
    intent: "decision",
    all: ["decision", "who", "payer"],
    none: ["howMuch", "amount"],
    when: ({ q }) =>
      q.orgs.some((o) => o.role === "any" && o.name !== "regeringen" && o.name !== "GMS"),
  },
  { intent: "payer", any: ["payer"], none: ["howMuch"] },
  { intent: "payer", all: ["who", "pays"], none: ["howMuch"] },
  // "hur betalas 2030 års pengar ut": how money is paid out is who pays it out.
  { intent: "payer", all: ["how", "pays"], none: ["howMuch", "who"] },
  { intent: "distributor", all: ["distributor"], none: ["howMuch"] },
  { intent: "amount", when: ({ q, topical }) => asksDecidedMonth(q) && !topical },
  { intent: "amount", when: ({ q, topical }) => asksAnnouncedMonth(q) && !topical },
  { intent: "decision", any: ["copy", "signed"], none: ["howMuch"] },
  { intent: "recipient", all: ["recipient"], none: ["howMuch"] },
  // "which regions got money for rare diseases in 2027": the organisations that got it, by name.
  {
    intent: "recipient",
    all: ["orgKinds", "which", "receives"],
    none: ["howMuch", "members"],
  },
  {
    intent: "recipient",
    all: ["who", "receives"],
    none: ["howMuch", "cofund", "gives", "breakdown"],
  },
  // "Does the 2027 payment depend on anything?": the grant's conditions, answered with its deadlines.
  { intent: "deadline", all: ["condition"], none: ["howMuch"] },
  // "When does the study run?": the years a project runs, answered with the deadlines.
  { intent: "deadline", all: ["period"], any: ["when", "how"], none: ["howMuch"] },
  // "gmck-upphandlingen avtalsperiod?": a period asked alone, with no money word, asks the period, never an amount.
  {
    intent: "deadline",
    all: ["period"],
    when: ({ q }) => [...q.cues].every((c) => c === "period") && q.amounts.length === 0,
  },
  {
    intent: "deadline",
    any: ["deadline", "report", "requisition", "repay"],
    // "kostnad per helgenomanalys enligt SoS-redovisningen?": a cost a report tells is a cost.
    none: ["howMuch", "count", "cost"],
  },
  // "hur mycket ska återbetalas om pengarna inte används": the documents tell repayment as a rule, not a sum.
  { intent: "deadline", all: ["repay"], when: ({ q }) => q.amounts.length === 0 },
  // "vad är senaste beslutet?": the decision dated last, not the latest decision document's amounts.
  {
    intent: "decision",
    all: ["decision", "latest"],
    none: ["howMuch", "signed", "copy", "press"],
    when: ({ q }) =>
      q.years.length === 0 &&
      q.stems.length === 0 &&
      q.topics.length === 0 &&
      q.amounts.length === 0,
  },
  // "Är beslutet om 2028 fattat?", "har regeringen beslutat om 2029?": yes or no on a year's decision.
  {
    intent: "pending",
    all: ["decision", "yesNo"],
    none: ["howMuch", "who", "when", "signed", "copy"],
    when: ({ q }) =>
      q.years.length > 0 &&
      q.stems.length === 0 &&
      q.topics.length === 0 &&
      q.amounts.length === 0 &&
      q.months.length === 0,
  },
  // "who said the regions need SEK 120 million a year?": the people quoted saying it, not the money.
  { intent: "minister", all: ["who", "said"], when: ({ q }) => q.people.length === 0 },
  // "Vilken minister presenterade beslutet om 80 miljoner?": the amount points at the decision; "vilken" asks who.
  {
    intent: "minister",
    all: ["minister", "which"],
    none: ["howMuch"],
    when: ({ q }) => q.amounts.length > 0,
  },
  // "vilka belopp nämns i riksdagssvaret": "vilka" asks which amounts, not who.
  {
    intent: "stated",
    all: ["amount", "which"],
    // "Vilket datum fattade regeringen beslutet om 2027 års medel?" asks when, not which amounts.
    none: ["when"],
    when: ({ q }) => q.docKinds.length > 0,
  },
  // "vad säger riksdagssvaret": with nothing else asked, what that kind of document states.
  {
    intent: "stated",
    any: ["what", "says"],
    none: NOT_STATED,
    when: ({ q }) =>
      q.docKinds.length > 0 && !named(q) && q.years.length === 0 && q.amounts.length === 0,
  },
  // "gms i år enl riksdagssvaret": the amounts that kind of document states, as it states them.
  {
    intent: "stated",
    none: NOT_STATED,
    when: ({ q }) =>
      q.docKinds.length > 0 &&
      !asksCostOfOther(q) &&
      (money(q) ||
        q.years.length > 0 ||
        ["receives", "gives", "granted", "atMost"].some((c) => q.cues.has(c))),
  },
  // "vad heter styrgruppens ordförande", "who is the project leader": the person with that title.
  // "Vem var ordförande när regionstyrelsen beslutade om medfinansieringen?": who holds it, whatever money
  // the question names beside it.
  {
    intent: "minister",
    when: ({ q }) =>
      askedTitles(q.cues).length > 0 &&
      q.amounts.length === 0 &&
      (!money(q) || (q.cues.has("who") && !q.cues.has("howMuch"))),
  },
  // "vem ledde studien?", "which region leads the pharmacogenomics work?": who the documents say leads it.
  {
    intent: "minister",
    all: ["lead"],
    any: ["who", "which", "whoIs"],
    when: ({ q }) => !money(q) && q.amounts.length === 0 && askedTitles(q.cues).length === 0,
  },
  // "Who is Anna Wedin?", "vem skrev debattartikeln?", "vem ställde frågan?": a person's roles.
  { intent: "minister", all: ["who"], any: ["asker", "author"], none: ["howMuch"] },
  // "vilken riksdagsledamot ställde frågan": "which member" asks for a person too.
  { intent: "minister", all: ["which", "asker"], none: ["howMuch"] },
  {
    intent: "minister",
    any: ["who", "whoIs"],
    when: ({ q }) => q.people.length > 0 && !money(q) && q.amounts.length === 0,
  },
  // "Who is Sandberg?": one word that may be a surname; the writer falls back to the passages.
  {
    intent: "minister",
    all: ["whoIs"],
    when: ({ q }) =>
      q.stems.length === 1 && q.topics.length === 0 && q.orgs.length === 0 && !money(q),
  },
  // "Hur mycket … enligt ministern?" asks for money as the minister tells it, not who the minister is.
  // "what did the minister announce for gms in 2033" asks what was announced (the year's money), not who.
  {
    intent: "minister",
    all: ["minister"],
    none: ["howMuch"],
    when: ({ q }) => !(q.cues.has("what") && q.cues.has("published") && q.years.length > 0),
  },
  { intent: "decision", all: ["decision"], any: ["who", "when"], none: ["howMuch"] },
  // "Was the lung cancer money on top of the February decision?": a subject's money against a month's decision.
  {
    intent: "inclusion",
    any: ["onTopOf", "included"],
    when: ({ q, topical }) => topical && q.amounts.length === 0 && q.months.length > 0,
  },
  // "Har regeringen beslutat om ett flerårigt anslag?": yes or no about a decision on a subject.
  {
    intent: "pending",
    all: ["decision", "yesNo"],
    none: ["howMuch"],
    when: ({ q }) => q.stems.length > 0 && q.amounts.length === 0 && q.years.length === 0,
  },
  { intent: "press", all: ["press"] },
  { intent: "members", all: ["members"], when: ({ q }) => q.amounts.length === 0 },
  // "how many organisations take part in SHARE-GEN?": a project's partners are counted by its documents, not
  // GMS's members.
  {
    intent: "members",
    all: ["orgKinds"],
    any: ["which", "how"],
    when: ({ q }) => !money(q) && !(q.cues.has("count") && q.names.length > 0),
  },
  {
    intent: "about-gms",
    any: ["whatIs", "what"],
    // "vad kostar gms per år i snitt": an average or a per-year figure, not what GMS is; "vad är den största
    // summan GMS fått?": the largest amount.
    none: ["average", "perYear", "total", "largest", "smallest"],
    when: (f) => f.q.mentionsGms && subjectless(f) && !money(f.q) && f.q.years.length === 0,
  },
  // "hur mycket mer 2024 än 2023 i procent": a change between years, in percent, not a share.
  {
    intent: "share",
    all: ["share"],
    none: ["change"],
    // "2028 compared to 2027 in percent": two years set against each other are a change too, unless a share
    // is named ("hur stor andel … 2026 jämfört med 2027").
    when: ({ q }) =>
      q.orgs.length === 0 &&
      !comparesYears(q) &&
      !(q.cues.has("versus") && q.years.length === 2 && !q.cues.has("shareNoun")),
  },
  {
    intent: "inclusion",
    any: ["included", "onTopOf", "fresh"],
    when: ({ q }) => q.amounts.length >= 1,
  },
  // "What did the cost per analysis fall to?": a change of a cost is a cost, quoted, never a change of grants
  // (as "the average cost per analysis" is below); "vad kostar gms" names no subject of its own.
  {
    intent: "not-funding",
    all: ["cost", "change"],
    when: ({ q }) => q.amounts.length === 0 && q.topicWords.length > 0,
  },
  // "2026 eller 2027, när fick gms mest": the two years' money compared, not the largest single amount.
  {
    intent: "change",
    any: ["largest", "smallest"],
    all: ["either"],
    when: (f) => f.q.years.length === 2 && subjectless(f),
  },
  // "vilket år ökade stödet mest?", "biggest drop in funding": the largest step between years.
  {
    intent: "change",
    all: ["change"],
    when: ({ q }) => asksLargestChange(q) && q.amounts.length === 0,
  },
  // "Smallest area in the 2025 split?": the extreme of the parts, not the split itself.
  {
    intent: "extreme",
    any: ["largest", "smallest"],
    // "which part is the biggest?" after a split: the parts of the amount just shown.
    when: ({ q }) =>
      (q.amounts.length === 0 || q.cues.has("breakdown")) &&
      (q.cues.has("breakdown") || q.cues.has("area")),
  },
  // "which projects did the EU fund": another giver's money, never the government's grants split.
  {
    intent: "breakdown",
    all: ["breakdown"],
    when: ({ q }) => !q.orgs.some((o) => o.role === "funder" && o.name !== "regeringen"),
  },
  { intent: "change", all: ["change"], when: (f) => f.q.years.length >= 1 && subjectless(f) },
  // "Hur mycket ökade Örebros andel från 2026 till 2027?": what one organisation received, year against year.
  {
    intent: "change",
    all: ["change"],
    // "… via GMS från 2024 till 2026": the channel named is no second organisation, and a span is its two ends.
    when: ({ q, topical }) =>
      (q.years.length === 2 || (q.span && q.years.length > 2)) &&
      q.orgs.filter((o) => o.role !== "payer").length === 1 &&
      !topical,
  },
  // "skånes andel av medfinansieringen": an organisation's own share is an amount, not a percentage.
  // "did childhood cancer funding go up from 2025 to 2026?": one area, year against year.
  {
    intent: "change",
    any: ["change", "than", "versus", "either"],
    when: ({ q, topical }) =>
      q.years.length === 2 &&
      q.orgs.length === 0 &&
      topical &&
      // "sällsynta 27 vs 28": two years of one area set against each other ask the change too.
      (q.cues.has("change") || q.cues.has("more") || q.cues.has("less") || q.cues.has("versus")),
  },
  // "the average cost per analysis": an average of a cost is a cost, quoted, not an average of grants.
  // "vad kostar gms per år i snitt" asks the money itself: with no subject of its own, an average of grants.
  {
    intent: "not-funding",
    all: ["average", "cost"],
    when: ({ q }) => q.amounts.length === 0 && q.topicWords.length > 0,
  },
  { intent: "average", all: ["average"] },
  // "What is the most Kammarkollegiet may use for its own administration?": a cap, not the largest grant.
  {
    intent: "extreme",
    any: ["largest", "smallest"],
    none: ["mayUse", "ownWork"],
    when: ({ q }) => q.amounts.length === 0,
  },
  { intent: "overview", all: ["overview"] },
  // "sällsynta per år", "rare diseases by year": the area's money year by year.
  {
    intent: "overview",
    all: ["perYear"],
    // "the most a project grant can be per year": a ceiling per year, not the area's money year by year.
    none: [...KIND_CUES, "howMuch", "count", "atMost", "cost"],
    when: ({ q, topical }) =>
      topical &&
      q.amounts.length === 0 &&
      q.years.length === 0 &&
      q.orgs.length === 0 &&
      !asksCostOfOther(q),
  },
  // "co-funding per year" asks that kind of money by year, not the grants' overview; "earn per year" a cost.
  {
    intent: "overview",
    all: ["perYear"],
    none: [...KIND_CUES, "cost"],
    when: (f) => subjectless(f) && f.q.amounts.length === 0 && !asksCostOfOther(f.q),
  },
  // "hur mycket mer 2026 jämfört med 2025": "than" or "compared with", never the two years' sum.
  {
    intent: "change",
    all: ["more"],
    any: ["than", "versus"],
    when: (f) => f.q.years.length >= 2 && subjectless(f),
  },
  { intent: "change", all: ["versus"], when: (f) => f.q.years.length === 2 && subjectless(f) },
  // "How many times larger was the 2027 grant than the 2023 grant?": the two years, and their ratio.
  // "how many times more did rare diseases get in 2026 than in 2025": an area's two years too.
  {
    intent: "change",
    all: ["times"],
    when: (f) => f.q.years.length === 2 && (subjectless(f) || (f.topical && f.q.orgs.length === 0)),
  },
  // "did GMS get more in 2026 or 2027?": a comparison of two years, never their sum.
  {
    intent: "change",
    all: ["more", "either"],
    when: (f) => f.q.years.length === 2 && subjectless(f),
  },
  {
    intent: "change",
    all: ["less", "either"],
    when: (f) => f.q.years.length === 2 && subjectless(f),
  },
  {
    intent: "change",
    all: ["less"],
    any: ["than", "versus"],
    when: (f) => f.q.years.length >= 2 && subjectless(f),
  },
  // "how many grants are there", "hur många anslag fick gms 2026": grants are funding, counted and listed.
  {
    intent: "total",
    all: ["count", "grantNoun"],
    none: ["cost", "howMuch"],
    when: (f) => f.q.amounts.length === 0 && (subjectless(f) || f.q.mentionsGms),
  },
  // "how many kids get cancer", "what does an analysis cost": counts and costs are not funding.
  { intent: "not-funding", any: ["count", "cost"], when: ({ q }) => q.amounts.length === 0 },
  {
    intent: "passage",
    any: ["whoIs", "whatIs"],
    // "what does Barncancerfonden fund": giving asked, answered with the money. "What is the most a … grant
    // can be": a ceiling, no definition.
    none: ["gives", "atMost"],
    when: ({ q }) => !money(q) && q.amounts.length === 0 && q.years.length === 0 && named(q),
  },
  { intent: "passage", when: ({ q }) => q.people.length > 0 && !money(q) && q.years.length === 0 },
  // "wasnt the 2028 budget supposed to be 90 million?": an estimate claimed for a year, set against the decision.
  {
    intent: "amount",
    all: ["estimate"],
    none: ["purpose", "why", "yesNo"],
    when: ({ q }) => q.amounts.length > 0 && q.years.length > 0,
  },
  {
    intent: "purpose",
    when: ({ q, topical }) =>
      q.amounts.length > 0 && (q.cues.has("purpose") || q.cues.has("why") || !topical),
  },
  {
    intent: "decision",
    any: ["decision"],
    when: ({ q }) => !money(q) && !(q.cues.has("receives") && q.mentionsGms),
  },
  { intent: "amount", all: ["estimate"] },
  // "Beslutades 66 miljoner i mars 2026?": a yes/no about a decision.
  { intent: "decision", all: ["decision", "yesNo"], none: ["howMuch"] },
  // "varför?", "what for?": the purpose of the grant in question (a follow-up brings its amount).
  {
    intent: "purpose",
    any: ["why", "purpose"],
    when: ({ q }) => !named(q) && q.years.length === 0,
  },
  // "summa 2027 inkl amr": the year's sum, with the area named as one of its grants, not the area alone.
  // Another kind of money "included" (co-funding, an estimate) is never added to grants: not this rule.
  {
    intent: "total",
    all: ["total", "including"],
    none: KIND_CUES,
    when: ({ q }) => q.years.length > 0 && q.amounts.length === 0 && q.orgs.length === 0,
  },
  // "Hur mycket fick GMS 2027 inklusive antibiotikaresistens?": GMS's money of the year with the area among it.
  {
    intent: "total",
    all: ["howMuch", "including"],
    none: KIND_CUES,
    when: ({ q }) =>
      q.mentionsGms && q.years.length > 0 && q.amounts.length === 0 && q.orgs.length === 0,
  },
  // "vad är syftet med pengarna 2027": the year's grants, each with what it is for.
  {
    intent: "purpose",
    any: ["purpose"],
    none: ["howMuch", "total"],
    when: (f) => subjectless(f) && f.q.years.length > 0 && f.q.amounts.length === 0,
  },
  // "what's the total co-funding in 2026": that kind of money summed, never the year's grants; "summa 2031
  // inkl medfinansiering" is the grants' sum, saying co-funding is kept apart.
  { intent: "total", any: ["total"], when: (f) => subjectless(f) && !otherKindAlone(f.q) },
  // "List every grant with its date": every grant, by year, with its sources.
  { intent: "total", all: ["list"], when: (f) => subjectless(f) && f.q.amounts.length === 0 },
  { intent: "total", when: (f) => f.q.span && subjectless(f) && !otherKindAlone(f.q) },
  // "när startade gms", "what year did gms kick off": a when (or a which year) about a word that is no money
  // and no area is asked of the text, not the amounts.
  {
    intent: "passage",
    any: ["when", "what", "which"],
    // "what is the most a grant can be per year": the year of "per year" asks a rate, no year.
    none: ["largest", "smallest", "more", "less", "change", "first", "perYear"],
    when: ({ q, topical }) =>
      (q.cues.has("when") || asksYearWord(q)) &&
      topical &&
      !money(q) &&
      q.topics.length === 0 &&
      q.amounts.length === 0 &&
      q.years.length === 0,
  },
  // "obesity drug approved in the eu?": an organisation beside a word that cannot be placed, with no word of
  // money or of getting, asks something else of it: said back, never answered with the organisation's money.
  {
    intent: "clarify",
    none: ["receives", "gives", "pays"],
    when: ({ q }) =>
      !money(q) &&
      q.orgs.length > 0 &&
      q.coverage.unplaced.length > 0 &&
      q.years.length === 0 &&
      !q.mentionsGms,
  },
  // "how much does a phd student earn in lund": more words that cannot be placed than words of a subject, and no
  // year or amount to hold on to: said back, never answered with the money of the one word that was placed.
  {
    intent: "clarify",
    when: ({ q }) =>
      q.coverage.unplaced.length >= 2 &&
      q.coverage.unplaced.length > q.stems.length + q.topics.length + q.orgs.length &&
      q.years.length === 0 &&
      q.amounts.length === 0 &&
      !q.mentionsGms,
  },
  // "what's the population of umeå": a place the documents name, asked something with no word of money.
  {
    intent: "clarify",
    when: ({ q }) =>
      !money(q) &&
      q.coverage.unplaced.length > 0 &&
      q.topics.length === 0 &&
      q.orgs.length === 0 &&
      q.names.length === 0 &&
      q.years.length === 0 &&
      q.amounts.length === 0 &&
      !q.mentionsGms &&
      [...q.cues].every((c) => c === "what" || c === "which" || c === "how" || c === "whatIs"),
  },
  { intent: "amount", when: ({ q, topical }) => money(q) || topical || q.orgs.length > 0 },
  { intent: "amount", when: ({ q }) => q.years.length > 0 || q.mentionsGms || q.latest },
  { intent: "amount", any: ["why", "purpose", "list"] },
  { intent: "greeting", all: ["greeting"] },
  {
    intent: "thanks",
    when: ({ q }) =>
      (q.cues.has("thanks") || q.cues.has("farewell")) && q.coverage.unplaced.length === 0,
  },
  { intent: "clarify", when: ({ q }) => q.coverage.unplaced.length > 0 },
];

function holds(rule: Rule, f: Facts): boolean {
  const has = (c: string) => f.q.cues.has(c);
  return (
    (rule.all ?? []).every(has) &&
    (rule.any === undefined || rule.any.some(has)) &&
    !(rule.none ?? []).some(has) &&
    (rule.when?.(f) ?? true)
  );
}

/** Chooses the answer writer from the reading; null when nothing in it points anywhere. */
export function chooseIntent(q: Query, topical: boolean): Intent | null {
  const f = { q, topical };
  return RULES.find((r) => holds(r, f))?.intent ?? null;
}

/** The question names something of its own to ask about. */
function ownSubject(q: Query): boolean {
  return (
    q.stems.length > 0 ||
    q.topics.length > 0 ||
    q.unknown.length > 0 ||
    q.orgs.length > 0 ||
    q.amounts.length > 0 ||
    q.people.length > 0
  );
}

/**
 * A follow-up leans on the conversation: "och 2024?", "what about lung cancer?", "varför?",
 * "vem betalar det?", "how was that amount split?".
 */
export function isFollowUp(
  q: Query,
  intent: Intent | null,
  previous: ConversationState | undefined,
): boolean {
  if (!previous) return false;
  // "tack!", "hej": a social turn leans on nothing (it had repeated the last answer).
  if (intent === "thanks" || intent === "greeting") return false;
  if (q.cues.has("followUp")) return true;
  // "lunch?" after a question: nothing in it is placed, so it leans on nothing.
  if (q.coverage.used.length === 0 && q.coverage.unplaced.length > 0) return false;
  const wordCount = q.coverage.used.length + q.coverage.noise.length + q.coverage.unplaced.length;
  const pronoun = q.coverage.noise.some((w) => PRONOUNS.has(w));
  // "Är beslutet om 2029 fattat?": a definite noun beside a year of its own names that year's decision, not the
  // conversation's.
  const definiteOfItsYear = q.years.length > 0 && !pronoun && q.cues.has("decision");
  const pointsBack =
    pronoun ||
    (namesTheThing(q) && !definiteOfItsYear) ||
    q.cues.has("thatAmount") ||
    q.cues.has("isIt") ||
    pointsAtOrg(q, previous);
  // "prostata?" after "varav solida?" (2027): a bare subject, nothing else asked, is "och prostata?".
  if (bareSubject(q, wordCount) && previous.years.length > 0 && MONEY_INTENTS.has(previous.intent))
    return true;
  // "hur mycket fick de 2025?": a pronoun leans on the conversation's subject, whatever year it asks.
  if (
    !ownSubject(withoutOrgPointer(q, previous)) &&
    (pointsBack || (q.years.length === 0 && wordCount <= 3))
  )
    return intent !== "help";
  // "Vilken myndighet betalar ut?" after a year's money: an ask about one grant naming nothing of its own
  // (no subject, year, organisation, GMS or document) asks it of the grant just shown, however long.
  if (
    intent !== null &&
    ABOUT_THE_GRANT.has(intent) &&
    !ownSubject(q) &&
    !q.mentionsGms &&
    q.years.length === 0 &&
    q.months.length === 0 &&
    q.docKinds.length === 0 &&
    q.coverage.unplaced.length === 0 &&
    MONEY_INTENTS.has(previous.intent)
  )
    return true;
  // "stämmer det att det var 50 miljoner?": an amount claimed of "det" is claimed of the conversation's subject.
  if (
    pointsBack &&
    q.amounts.length > 0 &&
    q.cues.has("yesNo") &&
    q.years.length === 0 &&
    !ownSubject({ ...q, amounts: [] })
  )
    return true;
  // "which part is the biggest?" after a split: a question about the answer just given.
  if (!ownSubject(q) && q.years.length === 0 && intent !== null && OF_THE_ANSWER.has(intent))
    return true;
  // "2024?" leans on what came before; "barn cancer 2021" is a question of its own.
  return (
    (intent === null || intent === "amount") &&
    wordCount <= 4 &&
    !q.cues.has("howMuch") &&
    !ownSubject(q)
  );
}

// Answers about a year's money: a bare subject after one asks the same of that subject.
const MONEY_INTENTS: ReadonlySet<string> = new Set(["amount", "total", "breakdown", "share"]);
const BARE_SUBJECT_WORDS = 3;

/** "prostata?", "rare diseases?": a subject alone, no cue, year, organisation or word left unplaced. */
function bareSubject(q: Query, wordCount: number): boolean {
  return (
    wordCount <= BARE_SUBJECT_WORDS &&
    q.cues.size === 0 &&
    (q.topics.length > 0 || q.stems.length > 0) &&
    q.years.length === 0 &&
    q.months.length === 0 &&
    q.orgs.length === 0 &&
    q.amounts.length === 0 &&
    q.people.length === 0 &&
    q.unknown.length === 0 &&
    q.coverage.unplaced.length === 0 &&
    q.docKinds.length === 0
  );
}

// Questions that only make sense about figures just shown when they name nothing of their own.
const OF_THE_ANSWER = new Set<Intent>(["extreme", "breakdown", "share"]);

const BOTH_WORDS = new Set("both båda bägge dem them those these dessa".split(" "));

const PRONOUNS = new Set("det den de dem dom dessa detta it that they them those this".split(" "));

// "vem skrev under beslutet?", "by when must the money be requisitioned?": a definite noun for the decision
// or the money points back at the conversation's like a pronoun does (data: Swedish definite forms, and
// English nouns after "the"/"that").
const DEFINITE_NOUNS = new Set(
  "beslutet pengarna medlen anslaget bidraget beloppet summan uppdraget regeringsbeslutet utbetalningen".split(
    " ",
  ),
);
const ENGLISH_NOUNS = new Set(
  "decision money funds funding grant amount assignment allocation payment".split(" "),
);
const ENGLISH_POINTERS = new Set(["the", "that", "this"]);

function namesTheThing(q: Query): boolean {
  const words = wordsOf(q);
  return words.some(
    (w, i) =>
      DEFINITE_NOUNS.has(w) || (ENGLISH_NOUNS.has(w) && ENGLISH_POINTERS.has(words[i - 1] ?? "")),
  );
}

// "ingår de i gms-anslaget?", "who pays them?": a plural pronoun after an answer that listed several amounts
// asks about all of them, not only the first.
const PLURAL_POINTERS = new Set([...BOTH_WORDS, "de", "they"]);

function pointsAtAll(q: Query, previous: ConversationState): boolean {
  if ((previous.shown?.length ?? 0) < 2) return false;
  return wordsOf(q).some((w) => PLURAL_POINTERS.has(w));
}

function wordsOf(q: Query): string[] {
  return q.text.toLowerCase().split(/[^\p{L}]+/u);
}

function pointsAtOrg(q: Query, previous: ConversationState): boolean {
  if (q.orgs.length > 0 || previous.orgs.length === 0) return false;
  return definiteOrgPointer(q) !== null;
}

/**
 * "hur mkt lägger regionen själv till?" asked alone: "regionen" points at an organisation no question named,
 * and nothing else (a subject, a year, an amount) tells which: asked back, never every region's money.
 */
function asksUnnamedOrg(q: Query): boolean {
  if (q.orgs.length > 0 || q.names.length > 0 || q.topics.length > 0 || q.amounts.length > 0)
    return false;
  if (q.years.length > 0 || q.unknown.length > 0 || definiteOrgPointer(q) === null) return false;
  return q.stems.every(isOrgPointer) && q.topicWords.every(isOrgPointer);
}

// Asks about a thing itself (is it included, on top; how is it split; what is it for): a pronoun there
// stands for that thing, never a dummy subject ("finns det pengar till …") or an article ("det minsta
// anslaget", "de statliga GMS-medlen").
const ABOUT_THE_THING = ["included", "onTopOf"];
const THING_INTENTS = new Set<Intent>(["inclusion", "breakdown", "purpose", "decision"]);

/**
 * "ingår det i gms-anslaget?" asked with nothing before it: the pronoun points at nothing and the question
 * names no subject of its own (GMS being the whole it asks about; a year is no thing), so what "det" is gets asked back, never
 * every year's total.
 */
export function pointsAtNothing(q: Query, intent: Intent | null): boolean {
  // Read from the words: "ingår det" is one cue phrase that holds its pronoun.
  if (!wordsOf(q).some((w) => PRONOUNS.has(w))) return false;
  // "gms-pengarna 2023, vad gick de till": the GMS money named is what the pronoun stands for.
  const aboutThing =
    ABOUT_THE_THING.some((c) => q.cues.has(c)) ||
    (intent !== null && THING_INTENTS.has(intent) && !q.cues.has("stateMoney") && !q.mentionsGms);
  if (!aboutThing) return false;
  return (
    q.topics.length === 0 &&
    q.stems.length === 0 &&
    q.unknown.length === 0 &&
    q.amounts.length === 0 &&
    q.people.length === 0 &&
    q.names.length === 0 &&
    q.docKinds.length === 0 &&
    q.orgs.every((o) => o.name === "GMS")
  );
}

/** The question without the noun that points back to the conversation's organisation ("regionen"): no topic. */
function withoutOrgPointer(q: Query, previous: ConversationState): Query {
  if (!pointsAtOrg(q, previous)) return q;
  return {
    ...q,
    stems: q.stems.filter((w) => !isOrgPointer(w)),
    topicWords: q.topicWords.filter((w) => !isOrgPointer(w)),
  };
}

/**
 * "Hur mycket fick Region Uppsala från GMS?" → "Hur mycket lägger regionen själv?": "regionen" is the region the
 * conversation named, not the giver beside it. Null when the question points at none, or at no listed kind.
 */
function pointedOrgs(q: Query, previous: ConversationState): ConversationState["orgs"] | null {
  if (!pointsAtOrg(q, previous)) return null;
  const kind = pointerAsk(definiteOrgPointer(q) ?? "")?.kind ?? null;
  if (kind === null) return null;
  const ofKind = previous.orgs.filter((o) => ofAskedKind(new Set([kind]))(o.name));
  return ofKind.length > 0 && ofKind.length < previous.orgs.length ? ofKind : null;
}

// "varav tumörer?", "därav barncancer?": the follow-up asks for a part of what was just shown.
const PART_OF_WORDS: ReadonlySet<string> = new Set(["varav", "därav"]);

function asksPartOf(q: Query): boolean {
  return q.coverage.used.some((w) => PART_OF_WORDS.has(w));
}

/** Intents about one grant: a follow-up asks them of the grant just shown, not of its whole topic. */
const ABOUT_THE_GRANT = new Set<string>([
  "purpose",
  "payer",
  "distributor",
  "recipient",
  "deadline",
  "breakdown",
  "decision",
  "inclusion",
  "minister",
]);

/** The words that ask about years as such ("which year", "vilket år"). */
export const YEAR_WORDS: ReadonlySet<string> = new Set([
  "year",
  "years",
  "år",
  "året",
  "åren",
  "årtal",
]);

/** "what year did gms kick off", "vilka år fick GMS över 70 miljoner?": the question asks about years as such. */
export function asksYearWord(q: Query): boolean {
  return [...q.coverage.used, ...q.coverage.noise].some((w) => YEAR_WORDS.has(w));
}

/** "vilket år fick gms mest?", "which year was the smallest": a year is what is asked for. */
function asksWhichYear(q: Query): boolean {
  return (
    asksYearWord(q) && (q.cues.has("which") || q.cues.has("largest") || q.cues.has("smallest"))
  );
}

/** "och för 2029?": a follow-up that asks nothing but another year (or nothing at all) of the same. */
function onlyFollowsUp(q: Query): boolean {
  return (
    [...q.cues].every((c) => c === "followUp") &&
    q.stems.length === 0 &&
    q.topics.length === 0 &&
    q.unknown.length === 0 &&
    q.orgs.length === 0 &&
    q.amounts.length === 0
  );
}

// Cues of a follow-up that points at what was just answered ("is that", "och det?").
const POINTING = ["followUp", "isIt"];

function pointsBack(q: Query): boolean {
  return POINTING.some((c) => q.cues.has(c));
}

/** The follow-up's reading, with what it leaves out taken from the conversation: only that part. */
export function mergeFollowUp(
  asked: Query,
  previous: ConversationState,
  intent: Intent | null,
): Query {
  const q = reanchored(withoutOrgPointer(asked, previous), previous);
  const topical = q.stems.length > 0 || q.topics.length > 0 || q.unknown.length > 0;
  const ownYears = q.years.length > 0;
  // "and what was decided?" after an estimate asks the decision of those years, not of the amount shown.
  const whatDecided =
    q.cues.has("decision") && q.cues.has("what") && !q.cues.has("who") && !q.cues.has("when");
  const grant =
    intent !== null && ABOUT_THE_GRANT.has(intent) && !topical && !ownYears && !whatDecided;
  // "And what had the budget bill estimated?": another kind of money than the amount just shown.
  const otherKind = KIND_CUES.some((c) => q.cues.has(c));
  // "och 2027?" after "datadelning 2026" → "vem betalar ut?": another year's money, not the amount just shown.
  // (A bar set by a yes-or-no question, "mer än 75 miljoner", is kept for the other year.)
  const otherYears =
    ownYears &&
    ABOUT_THE_GRANT.has(previous.intent) &&
    q.years.some((y) => !previous.years.includes(y));
  // "och vgr?" after "hur mkt fick stockholm 2027": another organisation's money, not the amount just shown.
  const otherOrg =
    q.orgs.length > 0 &&
    q.orgs.every((o) => !previous.orgs.some((p) => p.name === o.name)) &&
    [...q.cues].every((c) => c === "followUp");
  const amounts =
    q.amounts.length > 0 || topical || otherKind || whatDecided || otherYears || otherOrg
      ? []
      : grant
        ? pointsAtAll(q, previous)
          ? (previous.shown ?? previous.subject)
          : previous.subject
        : previous.amounts;
  // "och året innan?", "och året efter?": the year before or after the one discussed.
  const back = q.cues.has("prev") && !ownYears;
  const forward = q.cues.has("after") && !ownYears;
  // "totalt det året?": the year just discussed, or the one year the answer before showed.
  const same = q.cues.has("same") && !ownYears;
  const shown =
    previous.years.length > 0 ? previous.years : previous.shownYear ? [previous.shownYear] : [];
  // "ökade det?": the subject's two years just asked, one after the other.
  const earlier = previous.earlierYears ?? [];
  const between =
    q.cues.has("change") &&
    !ownYears &&
    previous.years.length === 1 &&
    earlier.length === 1 &&
    earlier[0] !== previous.years[0]
      ? [...earlier, ...previous.years].sort((a, b) => a - b)
      : null;
  // "summa?" after one subject asked year by year ("datadelning 2026", "och 2027?"): those years, added up.
  const seen = previous.yearsSeen ?? [];
  const overYears =
    q.cues.has("total") &&
    !topical &&
    !ownYears &&
    !same &&
    seen.length > 1 &&
    previous.stems.length > 0;
  // "vs 2025?" after "barncancer 2026": both years, and the change between them.
  const [was] = previous.years;
  const against =
    q.cues.has("versus") &&
    !topical &&
    q.years.length === 1 &&
    previous.years.length === 1 &&
    was !== undefined &&
    !q.years.includes(was);
  // "vilket år fick gms mest" after one year's answer asks over every year, not that one.
  const everyYear = !ownYears && asksWhichYear(q) && previous.years.length <= 1;
  const years = everyYear
    ? []
    : against
      ? [...previous.years, ...q.years].sort((a, b) => a - b)
      : overYears
        ? seen
        : ownYears
          ? q.years
          : same
            ? shown
            : back || forward
              ? // "and the year after?" after an answer that showed one year it was not asked for: from that year.
                shown.map((y) => (back ? y - 1 : y + 1))
              : (between ?? previous.years);
  // "och sammanlagt?" after a year's topics: that year's whole, over every topic. A share ("hur stor andel
  // är det?", "andel av totalen?") names the whole only as what the subject is measured against.
  const wide =
    q.cues.has("total") &&
    !q.cues.has("share") &&
    !topical &&
    (previous.years.length > 0 || (same && shown.length > 0)) &&
    !overYears;
  // "summa av dem?", "total for both?" after two topics of one year: both topics, added up.
  const both =
    wide && q.coverage.noise.concat(q.coverage.used).some((w) => BOTH_WORDS.has(w))
      ? previous.earlierSubject
      : undefined;
  if (both)
    return mergeFollowUp(
      {
        ...q,
        stems: [...new Set([...both.stems, ...previous.stems])],
        topicWords: [...new Set([...both.topicWords, ...previous.topicWords])],
        // A subject read by its words and one read as a known area are matched by their words together.
        topics:
          both.topics.length > 0 && previous.topics.length > 0
            ? [...new Set([...both.topics, ...previous.topics])]
            : [],
      },
      { ...previous, earlierSubject: undefined },
      intent,
    );
  return {
    ...q,
    cues: against
      ? new Set([...q.cues, "change"])
      : previous.said && q.people.length > 0
        ? new Set([...q.cues, "said"])
        : // "what did the left party propose?" → "and how much is that over three years?": of the proposal.
          previous.proposal && pointsBack(q) && !topical && !ownYears && !otherKind
          ? new Set([...q.cues, "proposal"])
          : // "sos adm-tak 2026?" → "och 2025?": a bare follow-up asks the same kind of money of the new year.
            onlyFollowsUp(q) && ownYears && previous.kindCues
            ? new Set([...q.cues, ...previous.kindCues])
            : q.cues,
    years,
    // "vad stod det i budgetproppen?" → "och för 2029?": the same kind of document, when nothing else is asked.
    docKinds: q.docKinds.length > 0 || !onlyFollowsUp(q) ? q.docKinds : (previous.docKinds ?? []),
    // "the april decision" → "and the case number?": the month stays until a year of its own is asked.
    // "rare diseases december 2027" → "and pharmacogenomics?": another subject asked in the same month.
    months:
      q.months.length > 0 || ownYears || (topical && !subjectInMonth(previous))
        ? q.months
        : (previous.months ?? []),
    yearsFromConversation: !ownYears && years.length > 0,
    span: ownYears ? q.span : years.length > 1,
    stems: topical ? q.stems : wide ? [] : previous.stems,
    topicWords: topical ? q.topicWords : wide ? [] : previous.topicWords,
    topics: topical ? q.topics : wide ? [] : previous.topics,
    unknown: topical ? q.unknown : [],
    // "norrbotten 27?" → "varav tumörer?": a part of the money just shown keeps its organisation.
    orgs:
      q.orgs.length > 0 || (topical && !asksPartOf(q))
        ? q.orgs
        : (pointedOrgs(asked, previous) ?? previous.orgs),
    mentionsGms: q.mentionsGms || (!topical && previous.mentionsGms),
    amounts:
      q.amounts.length > 0
        ? q.amounts
        : amounts.map((valueSek) => ({ start: 0, end: 0, text: "", valueSek, qualifier: null })),
    // "Fick GMS mer än 75 miljoner 2027?" → "och 2026": the same bar, asked the same way, for the new year.
    ...(q.threshold === null &&
    q.amounts.length === 0 &&
    amounts === previous.amounts &&
    previous.threshold
      ? { threshold: previous.threshold, questionMark: true }
      : {}),
  };
}

/**
 * "compared to last year?" after "rare diseases 2028": a comparison's relative year is read from the year
 * discussed (2027), not from the date of asking.
 */
function reanchored(q: Query, previous: ConversationState): Query {
  const steps = q.relativeSteps ?? [];
  const [was] = previous.years;
  if (steps.length === 0 || steps.length !== q.years.length || previous.years.length !== 1)
    return q;
  if (was === undefined || !COMPARING_CUES.some((c) => q.cues.has(c))) return q;
  return { ...q, years: steps.map((s) => was + s).sort((a, b) => a - b) };
}

const COMPARING_CUES = ["change", "versus", "more", "less", "than"];
