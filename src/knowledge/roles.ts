import {
  type CueMatcher,
  combineCues,
  cueSpanning,
  findCues,
  hasCue,
  hinted,
  tablesHit,
} from "./cues.js";
import { MONTH_NAMES_EN, MONTH_NAMES_SV } from "./date-words.js";
import {
  BESIDE_STATE,
  BESIDES,
  CALL_BUDGET,
  CHANGE_BY,
  CHANGE_VERBS,
  CO_FUNDING,
  COMMITMENT_AUTHORITY,
  COMPARISON,
  COUNTERFACTUAL,
  DIFFERENCE,
  DIFFERENCE_SUBJECTS,
  DIVIDED_YEARS_MONEY,
  ESTIMATE,
  FOR_ASSIGNMENT,
  FRACTION_OF,
  GRANT_OF,
  GRANTING_VERBS,
  INCLUDED_IN,
  INSTALMENT,
  LARGEST_SHARE,
  MORE_THAN,
  NOT_FUNDING,
  OWN_BUDGET_OF,
  OWN_MEANS,
  PAID_IN,
  PAID_OUT,
  PART_LEAD,
  PART_OF_PREVIOUS,
  PER_MONTH,
  PER_YEAR,
  PROPOSAL,
  REMAINDER,
  SINCE_START,
  SO_FAR,
  STATE_SHARE,
  THE_REGIONS,
  TOTAL,
} from "./role-cues.js";
import type { AmountMatch, FactRole } from "./types.js";
import { type WordToken, words } from "./words.js";

// How Swedish (and English) funding prose marks what kind of money an amount is.
// "Ramen för Socialstyrelsens uppdrag … är 66,4 miljoner", "charged to appropriation 1:6": an agency's frame.
const BUDGET_FRAME =
  /\bredovisas\s+mot\b|\banslagspost|\banslaget\s+\d|\bbudget\s+line\b|\bramanslag\b|(?:^|\s)ap\.\s?\d|^\s*ramen\s+för\b|\bappropriation\s+(?:item\s+)?\d/i;
// "För uppdraget får Socialstyrelsen … använda", "Socialstyrelsen får under 2026 använda": an agency's frame.
// "Socialstyrelsen may use SEK 66,400,000 for the assignment": the same in English.
const SPEND_FRAME =
  /\bfår\s+(?:\p{Lu}[\p{L}-]+(?:\s+\S+){0,4}\s+|(?:\S+\s+){0,3})använda\s*$|\b(?:may|is\s+allowed\s+to|is\s+permitted\s+to)\s+(?:use|spend)\s*(?:SEK\s*)?$/u;
// "Av medlen …", "Of this …", and a whole named by its year rather than its amount ("Of the 2028 money, SEK 30m …").
// "Av de nya medlen", "Av GMS-medlen", "Of the GMS money": one word may name whose or which money (bounded).
const PART_OPENING =
  /^\s*(?:(?:av|ur)\s+(?:detta|dessa|dem|det(?![\p{L}])|(?:(?:de|den|det)\s+)?(?:[\p{L}-]{1,20}\s+)?[\p{L}-]{0,20}(?:medlen|beloppet|summan|pengarna|anslaget|bidraget|stödet|delen|potten))|of\s+(?:this|these|which|that|it|the\s+(?:\d{4}\s+)?(?:[\p{L}-]{1,20}\s+)?(?:money|funds|funding|grant|allocation)))(?![\p{L}])/iu;
// "Av 2027 års statliga medel …", "Av årets pengar …", "Of this year's funding …": a whole named by its year.
const YEAR_OWN = new Set(["årets", "fjolårets"]);
const RELATIVE_YEAR_OWN = new Map([
  ["nästa", "års"],
  ["förra", "årets"],
  ["föregående", "års"],
]);
const YEAR_OF = new Set(["this", "next", "last"]);
const MONEY_NOUNS = new Set([
  "medel",
  "medlen",
  "pengar",
  "pengarna",
  "anslag",
  "anslaget",
  "stöd",
  "stödet",
  "money",
  "funds",
  "funding",
  "grant",
  "allocation",
]);

/** The sentence opens "Av <year's> … <money>" (up to two words between): a share of that year's money. */
export function opensWithYearsMoney(words: readonly WordToken[]): boolean {
  const w = (k: number) => words[k]?.word.toLowerCase() ?? "";
  let k: number;
  if (w(0) === "av" && YEAR_OWN.has(w(1))) k = 2;
  else if (w(0) === "av" && /^\d{4}$/.test(w(1)) && w(2) === "års") k = 3;
  // "Av nästa års medel …", "Av förra årets pengar …".
  else if (w(0) === "av" && RELATIVE_YEAR_OWN.get(w(1)) === w(2)) k = 3;
  // "Of this year's funding …", "Of next year's money …".
  else if (w(0) === "of" && YEAR_OF.has(w(1)) && w(2) === "year" && w(3) === "s") k = 4;
  else return false;
  // "GMS-pengar": a compound's last part names the money.
  for (const end = k + 3; k < end; k++)
    if (MONEY_NOUNS.has(w(k).split("-").at(-1) ?? "")) return true;
  return false;
}
/** "GMS har fördelat årets statliga medel, och Region Uppsala tilldelas …": the year's money, divided, before. */
export function dividesYearsMoney(before: string): boolean {
  // "Styrgruppen har fördelat årets 66 miljoner": the amount right after the phrase is the year's money itself.
  return findCues(before, DIVIDED_YEARS_MONEY).some((h) => before.slice(h.end).trim() !== "");
}
// "Av dessa …", "Ur den delen …": the money just told, even a share of something larger.
const DEMONSTRATIVE =
  /^\s*(?:(?:av|ur)\s+(?:detta|dessa|det|dem|den\s+delen|den\s+summan)|of\s+(?:this|these|that))(?![\p{L}])/iu;
/** The words before an amount end "Resterande", "Resten,", "the remaining": it is the rest of a whole. */
export const endsWithRemainder = (before: string): boolean =>
  endsWithCue(before.replace(/[,:]\s{0,3}$/, ""), REMAINDER);
// "14 miljoner kronor av de nationella GMS-medlen", "7 miljoner ur årets statliga GMS-pengar": a lone amount "of"
// money named by a few words is a share.
const OF_NAMED_MONEY =
  /^\s{0,3}(?:kronor\s|kr\s)?\s{0,3}(?:av|ur)\s{1,3}(?:de|den|det|dessa|årets|fjolårets|statens)\s{1,3}(?:[\p{L}-]{1,30}\s{1,3}){0,2}[\p{L}-]{0,30}?(?:medel|medlen|pengar|pengarna|anslaget|stödet|bidraget)(?![\p{L}])/iu;
// "av GMS-pengarna", "av anslaget", "av de nationella medlen": "of" money in the definite form, right after the amount.
const OF_DEFINITE_MONEY =
  /^\s{0,3}(?:kronor\s|kr\s)?\s{0,3}av\s{1,3}(?:(?:de|den|det|dessa)\s{1,3})?(?:[\p{L}-]{1,30}\s{1,3}){0,2}[\p{L}-]{0,30}?(?:medlen|pengarna|anslaget|stödet|bidraget)(?![\p{L}])/iu;
const TOTAL_WORD = /\b(?:totalt|sammanlagt|sammantaget|in\s+total|a\s+total\s+of)\b/i;

export interface RoleClues {
  sentence: string;
  /** Text of the sentence before the amount. */
  before: string;
  /** Text after the amount up to the next amount. */
  after: string;
  amount: AmountMatch;
  /** The sentence names two or more funded years (a span). */
  multiYear: boolean;
  /** A list item under a line that announces a distribution ("fördelar pengarna så här:"). */
  listedPart: boolean;
  /** The amount's own clause (the whole sentence when it holds one amount), and its words. */
  clause: string;
  clauseWords: readonly WordToken[];
  /** The sentence's words, read once for every amount in it. */
  sentenceWords: readonly WordToken[];
  /** The clause after the amount. */
  clauseAfter: string;
  /** The sentence opens with "Av de 80 miljoner …" and this amount is not that first one. */
  afterReferencedWhole: boolean;
  /** The first of the sentence's several amounts: words right after it speak of it alone. */
  firstOfSeveral?: boolean;
  /** The sentence opens "Tillsammans med <amount> …" and this amount is a later one: the sum. */
  sumOfAdded?: boolean;
  /** The clause's time points back from the document's date ("i fjol", "fjolårets"). */
  pastRelative?: boolean;
}

export interface RoleResult {
  role: FactRole;
  /** True when the amount belongs to a larger one told just before it. */
  isPart: boolean;
  /** "Av dessa": the parent is the amount immediately before, even if that is itself a part. */
  nearestParent: boolean;
  /** "varav 1,2 miljoner": a share of the amount right before it, whatever that one is. */
  ofPrevious?: boolean;
  /** The clause gives the amount for each year ("per år", "a year"). */
  perYear?: boolean;
  /** "sedan starten": a total over years the text does not give (none are read for it). */
  sinceStart?: boolean;
  /** A share told by when it is paid ("första halvåret", "hittills … betalats ut"): no area of its own. */
  instalment?: boolean;
}

// The tables asked of an amount's own clause, and of its whole sentence: each set read in one pass.
const CLAUSE_TABLES = [
  NOT_FUNDING,
  DIFFERENCE,
  CHANGE_VERBS,
  CALL_BUDGET,
  CO_FUNDING,
  COMPARISON,
  PER_YEAR,
  TOTAL,
  SINCE_START,
  INSTALMENT,
  SO_FAR,
];
const CLAUSE_CUES = combineCues(CLAUSE_TABLES);
const COST_CUES = combineCues([NOT_FUNDING]);
const SENTENCE_TABLES = [PROPOSAL, ESTIMATE, COUNTERFACTUAL];
const SENTENCE_CUES = combineCues(SENTENCE_TABLES);
// Both sets at once, for a clause that is its whole sentence: the sentence's tables answer above the clause's.
const BOTH_CUES = combineCues([...CLAUSE_TABLES, ...SENTENCE_TABLES]);
const CLAUSE_BITS = (1 << CLAUSE_TABLES.length) - 1;

/** A table's bit in the hits of `tablesHit` over `tables`. */
function bitOf(tables: readonly CueMatcher[], matcher: CueMatcher): number {
  return 1 << tables.indexOf(matcher);
}

// Each table's bit, found once (asked of every amount).
const NOT_FUNDING_BIT = bitOf(CLAUSE_TABLES, NOT_FUNDING);
const DIFFERENCE_BIT = bitOf(CLAUSE_TABLES, DIFFERENCE);
const CHANGE_VERBS_BIT = bitOf(CLAUSE_TABLES, CHANGE_VERBS);
const CALL_BUDGET_BIT = bitOf(CLAUSE_TABLES, CALL_BUDGET);
const CO_FUNDING_BIT = bitOf(CLAUSE_TABLES, CO_FUNDING);
const COMPARISON_BIT = bitOf(CLAUSE_TABLES, COMPARISON);
const PER_YEAR_BIT = bitOf(CLAUSE_TABLES, PER_YEAR);
const TOTAL_BIT = bitOf(CLAUSE_TABLES, TOTAL);
const SINCE_START_BIT = bitOf(CLAUSE_TABLES, SINCE_START);
const INSTALMENT_BIT = bitOf(CLAUSE_TABLES, INSTALMENT);
const SO_FAR_BIT = bitOf(CLAUSE_TABLES, SO_FAR);
const PROPOSAL_BIT = bitOf(SENTENCE_TABLES, PROPOSAL);
const ESTIMATE_BIT = bitOf(SENTENCE_TABLES, ESTIMATE);
const COUNTERFACTUAL_BIT = bitOf(SENTENCE_TABLES, COUNTERFACTUAL);

/** Whether the hits of `tablesHit` include the table of `bit`. */
function hit(hits: number, bit: number): boolean {
  return (hits & bit) !== 0;
}

export function classifyRole(c: RoleClues): RoleResult {
  // One pass over the words when the clause is the whole sentence (an amount alone in it), else two.
  const whole = c.clauseWords === c.sentenceWords;
  const both = whole ? tablesHit(c.sentenceWords, BOTH_CUES) : 0;
  const clause = whole ? both & CLAUSE_BITS : tablesHit(c.clauseWords, CLAUSE_CUES);
  const read = classifyKind(c, clause, whole ? both >>> CLAUSE_TABLES.length : null);
  // A question's money told of an earlier year ("då ni fick 89 miljoner totalt i fjol?") retells it.
  const role = asked(c.sentence, read)
    ? {
        ...read,
        isPart: false,
        role: c.pastRelative ? ("comparison" as const) : ("not-funding" as const),
      }
    : read;
  return hit(clause, PER_YEAR_BIT) ? { ...role, perYear: true } : role;
}

// Money a question names ("… så har ni 108 miljoner i år?"): asked about, never told as given.
const ASKED_ROLES: ReadonlySet<FactRole> = new Set(["grant", "part", "total", "multi-year-total"]);

/** The sentence is a question and the amount read as money given: it is asked, not stated. */
function asked(sentence: string, read: RoleResult): boolean {
  return ASKED_ROLES.has(read.role) && sentence.trimEnd().endsWith("?");
}

/** `clause`: the clause tables' hits in the clause's words; `sentence`: the sentence tables' (null: not read yet). */
function classifyKind(c: RoleClues, clause: number, sentence: number | null): RoleResult {
  // "högst 400 000 kronor för sitt eget arbete", "ett projekt kan beviljas högst 3,6 miljoner": a ceiling, not a grant.
  if (c.amount.qualifier === "at-most" && grantsUpTo(c))
    return { role: "grant", isPart: false, nearestParent: false };
  const capped = c.amount.qualifier === "at-most";
  // "uppskattningsvis 30–40 miljoner kronor per år" in medfinansiering: a range's upper bound is no ceiling of its
  // own; its clause says what kind of money it is (a range told of no kind stays a bound, as before).
  const ranged = capped
    ? RANGE.test(c.amount.text)
      ? kindOfMoney(c, clause, sentence)
      : null
    : null;
  if (ranged) return ranged;
  const kind = capped ? null : kindOfMoney(c, clause, sentence);
  if (kind) return kind;
  // "varav 14 miljoner"; a facts box's labelled line "Varav barncancer: 14 miljoner kronor" leads the same way.
  const leadsAsPart =
    endsWithCue(c.before, PART_LEAD) ||
    leadsAfterLabel(c.before) ||
    (ENDS_WITH_COLON.test(c.before) && opensWithCue(c.sentence, PART_LEAD));
  // "Under första halvåret betalas 40 miljoner ut", "Hittills … har 63 miljoner betalats ut": when money is paid.
  const instalment = hit(clause, INSTALMENT_BIT) || paidSoFar(c, clause) || paidInMonth(c);
  const opensAsPart =
    PART_OPENING.test(c.sentence) ||
    opensWithYearsMoney(c.sentenceWords) ||
    dividesYearsMoney(c.before) ||
    endsWithRemainder(c.before) ||
    c.afterReferencedWhole ||
    hasCue(c.clauseAfter.slice(0, 40), PART_OF_PREVIOUS) ||
    hasCue(c.before.slice(-60), FRACTION_OF) ||
    (c.clause === c.sentence &&
      (hasCue(c.clauseAfter.slice(0, 40), STATE_SHARE) || OF_NAMED_MONEY.test(c.clauseAfter))) ||
    // "Region Halland får 3 miljoner kronor av GMS-pengarna 2027, varav …": the first of several amounts, "of"
    // money named in the definite form right after it, is a share of that money (no list closed by it).
    (c.firstOfSeveral === true && OF_DEFINITE_MONEY.test(c.clauseAfter)) ||
    instalment ||
    opensWithCue(c.sentence, LARGEST_SHARE) ||
    leadsAsPart;
  const nearestParent = DEMONSTRATIVE.test(c.sentence);
  if (capped) {
    // "får … ingå ekonomiska åtaganden som medför behov av framtida anslag på högst 60 000 tkr": a frame.
    if (hasCue(c.sentenceWords, COMMITMENT_AUTHORITY))
      return { role: "budget-frame", isPart: false, nearestParent: false };
    return { role: "agency-cap", isPart: opensAsPart, nearestParent };
  }
  if (
    BUDGET_FRAME.test(c.sentence) ||
    (SPEND_FRAME.test(c.before) &&
      (c.after.trim().length < 3 || opensWithCue(c.after, FOR_ASSIGNMENT)))
  ) {
    return { role: "budget-frame", isPart: false, nearestParent: false };
  }
  // "GMS har sedan starten fått drygt 400 miljoner": all years so far, not the document's year.
  if (hit(clause, SINCE_START_BIT) && !opensAsPart)
    return { role: "multi-year-total", isPart: false, nearestParent: false, sinceStart: true };
  if (c.multiYear && !hit(clause, PER_YEAR_BIT) && (TOTAL_WORD.test(c.sentence) || !opensAsPart)) {
    return { role: "multi-year-total", isPart: false, nearestParent: false };
  }
  if (!opensAsPart && !c.listedPart && (c.sumOfAdded || hit(clause, TOTAL_BIT))) {
    return { role: "total", isPart: false, nearestParent: false };
  }
  // "varav 1,2 miljoner": a share of the amount right before, even when that one is a share itself.
  if (leadsAsPart) return { role: "part", isPart: true, nearestParent, ofPrevious: true };
  // Spelled out, not spread from a made object: asked of every share.
  if (opensAsPart || c.listedPart)
    return instalment
      ? { role: "part", isPart: true, nearestParent, instalment }
      : { role: "part", isPart: true, nearestParent };
  return { role: "grant", isPart: false, nearestParent: false };
}

// An amount written as a range of two numbers ("30–40 miljoner kronor"), read as its upper bound.
const RANGE = /\d\s?[-–]\s?\d/u;

/** "Vinnova beviljar Uppsala universitet ett bidrag om högst 4 800 000 kronor": a grant of at most that much. */
function grantsUpTo(c: RoleClues): boolean {
  return endsWithCue(c.before, GRANT_OF) && hasCue(c.before, GRANTING_VERBS);
}

// "between SEK 8 million and SEK 14 million", "mellan 8 och 14 miljoner kronor": bounds of a range, no sum of money.
const RANGE_FIRST = /(?:^|\s)(?:between|mellan)\s+(?:SEK\s*)?$/iu;
const RANGE_SECOND =
  /(?:^|\s)(?:between|mellan)\s+(?:SEK\s*)?[\d\s.,]{1,12}(?:\s?(?:million|miljoner|mnkr|mkr|msek|m|kr|kronor))?\s+(?:and|och)\s+(?:SEK\s*)?$/iu;

// "I april betalades 1 150 000 kronor av medlen tillbaka": a paying verb a few words before the amount and "tillbaka"
// a few words after it is money paid back, whatever stands between.
const PAY_VERB_BEFORE = /(?:^|\s)betala(?:des|de|ts|s|r|t)?(?:\s+[\p{L}\d]+){0,3}\s*$/iu;
const BACK_AFTER = /^(?:\s*[\p{L}\d]+){0,4}?\s+tillbaka(?:$|[\s.,;:])/iu;

// The word itself, in any case: most clauses lack it, and `BACK_AFTER` backtracks through their words.
const BACK_WORD = /tillbaka/iu;

function paidBack(c: RoleClues): boolean {
  const after = c.clauseAfter.slice(0, 60);
  return (
    BACK_WORD.test(after) && BACK_AFTER.test(after) && PAY_VERB_BEFORE.test(c.before.slice(-60))
  );
}

function rangeBound(before: string): boolean {
  const end = before.slice(-50);
  return RANGE_FIRST.test(end) || RANGE_SECOND.test(end);
}

/** The words after an amount up to the end of its clause (a comma or the sentence's end). */
function ownClauseAfter(after: string): string {
  const end = after.search(/[,;.](?:\s|$)/);
  return end < 0 ? after : after.slice(0, end);
}

// A comparative's other side named with a determiner ("than the SEK 88 million", "än de 85 miljoner"): a figure
// told before, never a bound ("more than SEK 100 million" is read as at least that amount).
const THAN_THE = /(?:^|\s)(?:than\s+the|än\s+(?:de|den|det))\s+(?:SEK\s*)?$/iu;

/** Money that is no grant, told by the words of its own clause: a cost, an estimate, co-funding, a comparison. */
function kindOfMoney(c: RoleClues, clause: number, read: number | null): RoleResult | null {
  const as = (role: FactRole): RoleResult => ({ role, isPart: false, nearestParent: false });
  const inClause = (bit: number) => hit(clause, bit);
  // "The regions … contributed their own funds of approximately SEK 38 million in 2026, mainly staff costs",
  // "regionernas samlade medfinansiering": the regions' own money is co-funding, whatever it pays for.
  const regionsOwn =
    (regionsOwnMeans(c) || (inClause(CO_FUNDING_BIT) && hasCue(c.clauseWords, THE_REGIONS))) &&
    !othersCoFundLater(c);
  if (
    (inClause(NOT_FUNDING_BIT) && !regionsOwn) ||
    opensWithCue(c.after, PER_MONTH) ||
    rangeBound(c.before) ||
    paidBack(c)
  )
    return as("not-funding");
  // "Anslaget 1:6 … ökas med 14 miljoner": a change of an appropriation is of its frame; other changes are no money.
  if (
    inClause(DIFFERENCE_BIT) ||
    namesDifference(c.clauseWords) ||
    (inClause(CHANGE_VERBS_BIT) && endsWithCue(c.before, CHANGE_BY)) ||
    opensWithCue(c.after, MORE_THAN)
  )
    return as(BUDGET_FRAME.test(c.sentence) ? "budget-frame" : "not-funding");
  // "Kostnaden för en helgenomanalys har sjunkit från 25 000 kronor till 10 000 kronor": every amount of a
  // sentence whose subject is a cost is a cost, the one after "till" too.
  if (COST_SUBJECTS.has(c.sentenceWords[0]?.word ?? "")) return as("not-funding");
  // "Av ökningen avser 600 tkr …": shares of an increase are shares of a difference, no money of their own.
  if (c.sentenceWords[0]?.word === "av" && INCREASES.has(c.sentenceWords[1]?.word ?? ""))
    return as("not-funding");
  const sentence = read ?? tablesHit(c.sentenceWords, SENTENCE_CUES);
  // A proposal, or what money would have been ("… hade det blivit 800 miljoner"): no money given.
  if (hit(sentence, PROPOSAL_BIT) || hit(sentence, COUNTERFACTUAL_BIT)) return as("not-funding");
  // "beräknas regionernas egen medfinansiering uppgå till 25 000 000 kronor": co-funding, however it is reckoned.
  const coFunds = (inClause(CO_FUNDING_BIT) || regionsOwnMeans(c)) && !othersCoFundLater(c);
  // "SEK 4 million larger than the SEK 88 million awarded for 2028": the money measured against is retold.
  // ("än de 85 miljoner som regeringen själv räknade med i budgetpropositionen": the estimate, in its own clause.)
  if (THAN_THE.test(c.before.slice(-30)) && !hasCue(ownClauseAfter(c.after), ESTIMATE))
    return as("comparison");
  if (hit(sentence, ESTIMATE_BIT)) return as(coFunds ? "co-funding" : "estimate");
  // "I fjolårets utlysning beviljades 28 miljoner": an earlier round's grants are retold, not this call's budget.
  if (inClause(CALL_BUDGET_BIT)) return as(c.pastRelative ? "comparison" : "budget-frame");
  // "Regionernas medel … ingår inte i de 112 miljonerna": the whole measured against, retold, of no one's kind.
  if (endsWithCue(c.before, INCLUDED_IN)) return as("comparison");
  if (coFunds) return as("co-funding");
  // "utöver de 92 miljoner som beslutades i mars": money told beside the new money is that other grant, retold.
  if (endsWithCue(c.before, BESIDES)) return as("comparison");
  // "costs about SEK 10,000 today, down from SEK 25,000 in 2019": an earlier cost is a cost too.
  if (inClause(COMPARISON_BIT))
    return as(tablesHit(c.sentenceWords, COST_CUES) !== 0 ? "not-funding" : "comparison");
  return null;
}

// Articles before a clause's subject ("The increase …", "En höjning …"): the noun after them is the subject.
const SUBJECT_ARTICLES: ReadonlySet<string> = new Set([
  "the",
  "this",
  "that",
  "en",
  "den",
  "denna",
]);

/** "Ökningen jämfört med i fjol är 15 miljoner kronor": a clause whose subject is a change names a difference. */
function namesDifference(clause: readonly WordToken[]): boolean {
  const first = clause[0]?.word ?? "";
  const subject = SUBJECT_ARTICLES.has(first) ? (clause[1]?.word ?? "") : first;
  return DIFFERENCE_SUBJECTS.has(subject);
}

/** "Återstående 21 000 000 kronor betalas ut i november": money paid in a named month, an instalment. */
function paidInMonth(c: RoleClues): boolean {
  return c.clauseWords.some((w) => MONTH_WORDS.has(w.word)) && hasCue(c.clauseWords, PAID_IN);
}

const MONTH_WORDS: ReadonlySet<string> = new Set(
  [...MONTH_NAMES_SV, ...MONTH_NAMES_EN].map((m) => m.toLowerCase()),
);

/** "Hittills under 2028 har 63 miljoner kronor betalats ut": paid so far within one year, an instalment. */
function paidSoFar(c: RoleClues, clause: number): boolean {
  return (
    !c.multiYear &&
    !hit(clause, SINCE_START_BIT) &&
    hit(clause, SO_FAR_BIT) &&
    hasCue(c.clauseWords, PAID_OUT)
  );
}

/**
 * "regionerna … lägger i år omkring 24 miljoner kronor av egna medel": the regions' own money beside the state's is
 * co-funding; one region's board setting aside its own money for a clinic ("Regionstyrelsen … av egna medel") is not.
 */
function regionsOwnMeans(c: RoleClues): boolean {
  if (ownBesideState(c)) return true;
  // A facts box's label "Egna medel 2027: 6 miljoner kronor" names one's own money as what the line tells.
  if (hasCue(c.clauseWords.slice(0, 2), OWN_MEANS)) return true;
  return (
    hasCue(c.clauseWords, OWN_MEANS) &&
    (hasCue(c.clauseWords, THE_REGIONS) || namesRegion(c.before.slice(-120)))
  );
}

/** "On top of the state money, … SEK 4 million of Region Skåne's own budget": one's own money beside the state's. */
function ownBesideState(c: RoleClues): boolean {
  return hasCue(c.clauseWords, OWN_BUDGET_OF) && hasCue(c.sentenceWords, BESIDE_STATE);
}

/**
 * "Utöver statsbidraget satsar Västra Götalandsregionen 6 miljoner kronor av egna medel": a region named as the
 * giver, before the amount in its clause ("Region Halland", "…regionen"), puts in its own money beside the
 * state's.
 */
function namesRegion(before: string): boolean {
  return words(before).some(
    (t) => REGION_WORDS.has(t.word) || (t.word.length > 9 && t.word.endsWith("regionen")),
  );
}

// A board ("Regionstyrelsen … avsätta 2,5 mkr av egna medel … till en ny mottagning") may fund a clinic of its
// own, no co-funding of GMS: only the region itself is read as the giver here.
const REGION_WORDS: ReadonlySet<string> = new Set(["region", "regionen"]);

// A sentence opening with a cost as its subject ("Kostnaden för …", "Priset …"); English needs "the cost", read as
// its second word.
const COST_SUBJECTS: ReadonlySet<string> = new Set([
  "kostnaden",
  "kostnaderna",
  "priset",
  "styckpriset",
]);

// An increase or cut named as a whole ("Av ökningen …").
const INCREASES: ReadonlySet<string> = new Set([
  "ökningen",
  "höjningen",
  "minskningen",
  "sänkningen",
]);

// Where a sentence goes on with a clause of its own: ", och regionerna …", ", men …", "; …".
const NEXT_CLAUSE = [", och ", ", men ", "; ", ", and ", ", while "];
// As far after the amount as the boundary is looked for (a sentence with one amount is read in full).
const NEXT_CLAUSE_REACH = 200;

/**
 * "… satsade regeringen 12 miljoner kronor på att bygga upp samarbetet, och regionerna gick in med lika mycket i
 * medfinansiering": the co-funding is told in a later clause of its own, of other money; this amount is not it.
 */
function othersCoFundLater(c: RoleClues): boolean {
  if (hasCue(c.before, CO_FUNDING)) return false;
  const after = c.after.slice(0, NEXT_CLAUSE_REACH);
  let cut = -1;
  for (const b of NEXT_CLAUSE) {
    const at = after.indexOf(b);
    if (at >= 0 && (cut < 0 || at < cut)) cut = at;
  }
  return cut >= 0 && !hasCue(after.slice(0, cut), CO_FUNDING);
}

const ENDS_WITH_COLON = /:\s*$/;
const DIVIDES =
  /\b(?:fördela|fördelas|fördelar|så här|följande|går till|as follows|split|divided|distributed)/i;

/** A line that announces a list of shares: ends with a colon and speaks of dividing money. */
export function announcesDistribution(text: string): boolean {
  return ENDS_WITH_COLON.test(text) && DIVIDES.test(text);
}

// The rest of an amount's unit, which a phrase right after the amount follows ("miljoner kronor mer än").
const UNIT_WORDS = new Set([
  "miljoner",
  "miljon",
  "miljarder",
  "kronor",
  "kr",
  "sek",
  "million",
  "millions",
]);
const NEXT_WORD = /^[\s,]*([\p{L}]+)\.?/u;

/** The text after an amount opens with one of the phrases, past the rest of its unit ("… mer än i fjol"). */
function opensWithCue(text: string, matcher: CueMatcher): boolean {
  const head = headOf(text);
  if (!hinted(head.text, matcher)) return false;
  head.words ??= words(head.text);
  return cueSpanning(head.words, matcher, head.lead, -1);
}

/** The first 40 units past an amount's unit words, where their first word starts, and their words once read. */
interface Head {
  of: string;
  text: string;
  lead: number;
  words: WordToken[] | null;
}

// The text asked last: the same clause is asked of several tables in a row (its head is then one string, and its
// words are read once).
let lastHead: Head = { of: "", text: "", lead: 0, words: null };

function headOf(text: string): Head {
  if (text === lastHead.of) return lastHead;
  let at = 0;
  for (let m = NEXT_WORD.exec(text); m && UNIT_WORDS.has((m[1] ?? "").toLowerCase()); ) {
    at += m[0].length;
    m = NEXT_WORD.exec(text.slice(at));
  }
  const head = text.slice(at, at + 40);
  lastHead = { of: text, text: head, lead: head.length - head.trimStart().length, words: null };
  return lastHead;
}

/** The amount at `amountAt` in `text` is told beside other money ("on top of the SEK 92 million"). */
export function toldBeside(text: string, amountAt: number): boolean {
  return endsWithCue(text.slice(Math.max(0, amountAt - 40), amountAt), BESIDES);
}

// The last word of a text, with the space before it (one word is looked at: bounded, no backtracking).
const LAST_WORD = /\s+\p{L}+\s*$/u;

/** "varav statsbidrag 11,5 mnkr", "varav egna medel 4,2 mnkr": a share named by its own word or two. */
function leadsAfterLabel(before: string): boolean {
  let tail = before.slice(-40);
  for (let words = 0; words < 2; words++) {
    const last = LAST_WORD.exec(tail);
    if (last === null) return false;
    tail = tail.slice(0, last.index);
    if (endsWithCue(tail, PART_LEAD)) return true;
  }
  return false;
}

/** The text ends with one of the phrases ("… varav"). */
function endsWithCue(text: string, matcher: CueMatcher): boolean {
  const tail = tailOf(text);
  if (!hinted(tail.text, matcher)) return false;
  tail.words ??= words(tail.text);
  return cueSpanning(tail.words, matcher, -1, tail.end);
}

/** The last 40 units of a text, where their last word ends, and their words once read. */
interface Tail {
  of: string;
  text: string;
  end: number;
  words: WordToken[] | null;
}

// The text asked last: the words before an amount are asked of several tables in a row (read once for them).
let lastTail: Tail = { of: "", text: "", end: 0, words: null };

function tailOf(text: string): Tail {
  if (text === lastTail.of) return lastTail;
  const tail = text.slice(-40);
  lastTail = { of: text, text: tail, end: tail.trimEnd().length, words: null };
  return lastTail;
}
