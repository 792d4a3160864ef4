import { followCoFunded } from "./co-funding.js";
import { compileCues, findCues, hasCue } from "./cues.js";
import type { RawFact } from "./facts.js";
import { NearestLarger } from "./nearest-larger.js";
import { mentionsGms } from "./organisations.js";
import {
  BACK_REFERENCE,
  OF_YEARS_MONEY,
  OWN_MEANS,
  PART_LEAD,
  PART_OF_PREVIOUS,
  USED_OF_CAP,
} from "./role-cues.js";
import { endsWithRemainder, toldBeside } from "./roles.js";
import type { Segment } from "./segments.js";
import { countBelow } from "./sorted.js";
import type { FactRole } from "./types.js";
import { words } from "./words.js";

// Roles whose amount can be the whole that a list of shares adds up to.
const WHOLES = new Set<FactRole>([
  "grant",
  "part",
  "total",
  "multi-year-total",
  "co-funding",
  "comparison",
]);

/** Links parts to wholes (by the words, then by arithmetic) and marks earlier years' figures as retold. */
export function linkFacts(facts: RawFact[], docYear: number | null): void {
  linkByWords(facts);
  linkRestOfVarav(facts);
  linkSiblingsAfter(facts);
  linkUsedOfCap(facts);
  remainderOfYearsShare(facts);
  linkForward(facts);
  linkLists(facts);
  linkAfterColon(facts);
  linkTrailingTotal(facts);
  relinkToExactWhole(facts);
  relinkShareBeforeRemainder(facts);
  splitByPayer(facts);
  markComparisons(facts, mainYear(facts) ?? docYear, docYear);
  markRetoldShares(facts);
  inheritKind(facts);
  countTwins(facts);
  sharesGiverNotWholes(facts);
  followCoFunded(facts);
}

/**
 * "the region is contributing SEK 5 million of its own funds, which is Skåne's share of the SEK 20 million in
 * co-funding that the seven regions have pledged": the giver of a share told before its whole in one sentence
 * gives the share, not the whole it is a share of.
 */
function sharesGiverNotWholes(facts: RawFact[]): void {
  for (const f of facts) {
    const whole = f.parent === null ? undefined : facts[f.parent];
    if (!whole || whole.segment !== f.segment || whole.amount.start < f.amount.start) continue;
    if (whole.funder !== null && whole.funder === f.funder) whole.funder = null;
  }
}

// A sentence's shares after a colon are few: a long run of colons and amounts stays linear.
const MAX_COLON_SHARES = 12;

/**
 * "SEK 89 million: SEK 80 million through Kammarkollegiet and SEK 9 million through …": the amounts after a
 * colon in the amount's own sentence are its shares when they add up to it exactly.
 */
function linkAfterColon(facts: RawFact[]): void {
  for (let i = 0; i < facts.length; i++) {
    const whole = facts[i] as RawFact;
    const next = facts[i + 1];
    if (!next || next.segment !== whole.segment || next.parent !== null) continue;
    const between = whole.doc.text.slice(whole.amount.end, next.amount.start);
    if (!between.includes(":") || !WHOLES.has(whole.role.role)) continue;
    let j = i + 1;
    let sum = 0;
    while (
      j - i <= MAX_COLON_SHARES &&
      facts[j]?.segment === whole.segment &&
      facts[j]?.parent === null
    ) {
      sum += (facts[j] as RawFact).amount.valueSek;
      j++;
    }
    if (j - i < 3 || sum !== whole.amount.valueSek) continue;
    labelBeforeColon(whole);
    for (let k = i + 1; k < j; k++) {
      const share = facts[k] as RawFact;
      share.parent = i;
      // A share of the money before the colon, unless its own payer makes it a grant of its own (`splitByPayer`).
      if (share.role.role === "grant") share.role = { ...share.role, role: "part", isPart: true };
    }
  }
}

// "Övriga poster, sammanlagt 50 mnkr:", "Other five items, together SEK 50m:": the label before the whole, without
// the word that says it is a sum.
const SUM_WORD_AT_END = /[\s,:]*(?:sammanlagt|totalt|together|in total|total)?[\s,:–-]*$/iu;

/** A whole split after a colon is for what its label says, never for its first share's area. */
function labelBeforeColon(whole: RawFact): void {
  const seg = whole.segment;
  if (whole.purposeIsSentence) return;
  const at = seg.text.indexOf(whole.purpose);
  if (at < 0 || seg.start + at < whole.amount.end) return;
  const label = seg.text
    .slice(0, whole.amount.start - seg.start)
    .replace(SUM_WORD_AT_END, "")
    .trim();
  whole.purpose = label.length >= 3 ? label : seg.text;
  whole.purposeIsSentence = label.length < 3;
}

// A "Totalt: 70 mkr" line stands right under its list: at most this many lines after the last item.
const MAX_LINES_TO_TOTAL = 2;

/**
 * "- Datadelning: 15 mkr … Totalt: 70 mkr": a list of shares with no whole before it, and a total line right
 * under it that they add up to exactly, are that whole's shares; the whole is the money they split.
 */
function linkTrailingTotal(facts: RawFact[]): void {
  for (let i = 1; i < facts.length; i++) {
    const whole = facts[i] as RawFact;
    if (whole.role.role !== "total" || whole.list !== null || whole.parent !== null) continue;
    const last = facts[i - 1] as RawFact;
    const list = last.list;
    if (list === null || whole.segment.index - last.segment.index > MAX_LINES_TO_TOTAL) continue;
    let j = i - 1;
    let sum = 0;
    for (; j >= 0 && facts[j]?.list === list; j--) sum += (facts[j] as RawFact).amount.valueSek;
    const items = facts.slice(j + 1, i);
    if (retellsItemsWhole(facts, items, whole)) continue;
    const shares = items.every((f) => f.parent === null && f.role.role === "part");
    if (items.length < 2 || !shares || sum !== whole.amount.valueSek) continue;
    for (let k = j + 1; k < i; k++) (facts[k] as RawFact).parent = i;
    whole.role = { ...whole.role, role: "grant" };
  }
}

/**
 * "… totalt 18 miljoner kronor …" then rows "2026    9 000 000 kr", "2027    9 000 000 kr", "Totalt  18 000 000 kr":
 * a total line under shares already linked to one whole of its amount is that whole told again (its years, its kind).
 */
function retellsItemsWhole(facts: RawFact[], items: readonly RawFact[], total: RawFact): boolean {
  const parent = items[0]?.parent ?? null;
  if (parent === null || items.length < 2 || items.some((f) => f.parent !== parent)) return false;
  const whole = facts[parent] as RawFact;
  if (whole.amount.valueSek !== total.amount.valueSek) return false;
  total.role = { ...whole.role };
  total.years = whole.years;
  total.time = whole.time;
  return true;
}

/**
 * "Av årets 89 miljoner går 80 via Kammarkollegiet och 9 via Folkhälsomyndigheten": shares paid by different
 * agencies are grants of their own, and the whole they add up to is a stated total of them.
 */
function splitByPayer(facts: RawFact[]): void {
  const children = new Map<number, RawFact[]>();
  for (const f of facts) {
    if (f.parent === null) continue;
    const list = children.get(f.parent);
    if (list) list.push(f);
    else children.set(f.parent, [f]);
  }
  for (const [i, parts] of children) {
    const whole = facts[i] as RawFact;
    const payers = new Set(parts.map((p) => p.payer));
    if (whole.role.role !== "grant" || payers.has(null) || payers.size < 2) continue;
    whole.role = { ...whole.role, role: "total" };
    whole.payer = null;
    for (const p of parts) {
      p.parent = null;
      p.role = { ...p.role, role: "grant", isPart: false };
    }
  }
}

function countTwins(facts: RawFact[]): void {
  const counts = new Map<string, number>();
  const key = (f: RawFact) => `${f.parent}:${f.amount.valueSek}`;
  for (const f of facts) if (f.parent !== null) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  for (const f of facts) if (f.parent !== null) f.twins = counts.get(key(f)) ?? 1;
}

/** Two lines in a row that each open with "varav" ("of which"). */
function siblingLines(above: Segment, below: Segment): boolean {
  return below.index === above.index + 1 && opensWithVarav(above) && opensWithVarav(below);
}

function opensWithVarav(seg: Segment): boolean {
  const head = words(seg.text, 2);
  return findCues(head, PART_LEAD).some((h) => h.start === head[0]?.start);
}

/**
 * "6 miljoner kronor av egna medel, varav 4 miljoner till solida tumörer och 2 miljoner till sällsynta
 * diagnoser": the amounts told after a "varav" share in its sentence are its siblings when together they add up
 * exactly to the whole (a bounded look ahead: at most `MAX_COLON_SHARES` amounts).
 */
function linkRestOfVarav(facts: RawFact[]): void {
  for (let i = 0; i < facts.length; i++) {
    const first = facts[i] as RawFact;
    if (first.role.ofPrevious !== true || first.parent === null) continue;
    const whole = facts[first.parent] as RawFact;
    // "varav statsbidrag 11,5 mnkr och egna medel 4,2 mnkr": a whole of the state's and one's own money is
    // read by `mixed-wholes.ts`; only a whole of one kind of money is split here.
    if (whole.role.role !== "co-funding" && hasCue(first.segment.text, OWN_MEANS)) continue;
    linkSiblingsSumming(
      facts,
      i,
      whole,
      (next) =>
        next.segment !== first.segment || next.parent !== null || next.role.role !== "grant",
    );
  }
}

/**
 * "Socialstyrelsen fick använda högst 400 000 kronor för sitt eget arbete. Myndigheten har använt 285 000 kronor":
 * what an agency used ("har använt", "spent") told right after its cap, in the cap's paragraph and below it, is
 * the agency's own costs, a share of that cap: never a grant.
 */
function linkUsedOfCap(facts: RawFact[]): void {
  for (let i = 1; i < facts.length; i++) {
    const used = facts[i] as RawFact;
    const cap = facts[i - 1] as RawFact;
    if (cap.role.role !== "agency-cap" || used.role.role !== "grant" || used.parent !== null)
      continue;
    if (used.segment.paragraph !== cap.segment.paragraph) continue;
    if (used.amount.valueSek > cap.amount.valueSek) continue;
    const tokens = words(used.doc.text.slice(used.segment.start, used.amount.start));
    const last = tokens.at(-1);
    if (!last || !findCues(tokens.slice(-4), USED_OF_CAP).some((h) => h.end === last.end)) continue;
    used.role = { role: "agency-cap", isPart: true, nearestParent: false };
    used.parent = i - 1;
    used.years = cap.years;
    used.time = cap.time;
  }
}

// How many sentences after a share its siblings may be told ("Of the 2028 money, SEK 40 million goes to … SEK 20
// million is earmarked for …").
const SIBLING_SENTENCES = 2;

/**
 * "Of the 2028 money, SEK 40 million goes to cancer diagnostics. SEK 20 million is earmarked for rare diseases and
 * SEK 14 million for national data sharing.": the amounts told right after a share of a whole (in its paragraph,
 * none of them linked yet) are its siblings when with it they add up to the whole exactly: arithmetic evidence.
 */
function linkSiblingsAfter(facts: RawFact[]): void {
  for (let i = 0; i < facts.length; i++) {
    const first = facts[i] as RawFact;
    if (first.role.role !== "part" || first.parent === null) continue;
    const whole = facts[first.parent] as RawFact;
    if (first.parent > i || whole.role.role !== "grant") continue;
    // Siblings told in the share's own sentence are read by `linkRestOfVarav`: only those after it here.
    linkSiblingsSumming(facts, i, whole, (next) => {
      const seg = next.segment;
      return (
        next.parent !== null ||
        next.role.role !== "grant" ||
        seg.paragraph !== first.segment.paragraph ||
        seg === first.segment ||
        seg.index - first.segment.index > SIBLING_SENTENCES ||
        otherYears(whole, next)
      );
    });
  }
}

/**
 * The grants right after the share at `i` (up to `MAX_COLON_SHARES`, until `stops`) that with it add up exactly to its
 * whole become the whole's parts too; none do when they pass it.
 */
function linkSiblingsSumming(
  facts: RawFact[],
  i: number,
  whole: RawFact,
  stops: (next: RawFact) => boolean,
): void {
  const first = facts[i] as RawFact;
  let sum = first.amount.valueSek;
  for (let j = i + 1; j - i <= MAX_COLON_SHARES; j++) {
    const next = facts[j];
    if (!next || stops(next)) return;
    sum += next.amount.valueSek;
    if (sum > whole.amount.valueSek) return;
    if (sum === whole.amount.valueSek) {
      for (let k = i + 1; k <= j; k++) {
        const share = facts[k] as RawFact;
        share.parent = first.parent;
        share.role = { role: "part", isPart: true, nearestParent: false };
      }
      return;
    }
  }
}

/** Each part to the larger amount told just before it (exported for its test against a plain scan). */
export function linkByWords(facts: RawFact[]): void {
  // Looked up by position, not scanned back per part: a list of thousands of items stays linear.
  // Built when the first share asks (most documents have none); no role changes before that.
  let trees: { larger: NearestLarger; wholes: NearestLarger } | null = null;
  facts.forEach((fact, i) => {
    const wantsParent = fact.role.isPart || fact.role.role === "budget-frame";
    if (!wantsParent) return;
    trees ??= {
      larger: new NearestLarger(wholeValues(facts, false)),
      // The amounts that are no share themselves (a share's role changes as `shareBefore` links it).
      wholes: new NearestLarger(wholeValues(facts, true)),
    };
    const { larger, wholes } = trees;
    // "7,2 miljoner kronor av den delen": the share of the nearest larger amount, itself a share or not.
    // "SEK 11.5 million of this year's state funding": the year's whole, past the shares told before it.
    const back = pointsBack(fact) && !namesYearsMoney(fact);
    const nearest = fact.role.nearestParent || back || fact.role.ofPrevious === true;
    const amount = fact.amount.valueSek;
    let j = larger.before(i, amount);
    while (j !== null) {
      const cand = facts[j] as RawFact;
      // "Of the 2028 money, SEK 30m …" after "against SEK 89 million for 2027": no share of another year's money.
      if (otherYears(cand, fact)) {
        j = larger.before(j, amount);
        continue;
      }
      // "Of the GMS money, SEK 40m …" after "SEK 0.5bn …, which is not part of the GMS funding": a share its own
      // words call GMS money is no share of money the document says is not GMS's.
      if (cand.notGms && !fact.notGms && namesGmsBefore(fact)) {
        j = larger.before(j, amount);
        continue;
      }
      // "Knappt fem miljoner" above "4,8 miljoner kronor": a rounded telling of the same money is no whole of it.
      if (cand.amount.qualifier === "approx" && cand.amount.valueSek <= amount * ROUNDED_MAX) {
        j = larger.before(j, amount);
        continue;
      }
      // "an extra SEK 25 million, on top of the SEK 92 million … About SEK 10 million of it": the money told
      // beside the new money is no whole of a later sentence's share.
      if (cand.segment !== fact.segment && toldBeside(cand.doc.text, cand.amount.start)) {
        j = larger.before(j, amount);
        continue;
      }
      // "… 8,5 miljoner och resterande 8 miljoner": a share next to a share has the same whole.
      if (
        cand.role.isPart &&
        cand.segment === fact.segment &&
        fact.role.isPart &&
        !back &&
        !fact.role.ofPrevious
      ) {
        fact.parent = cand.parent;
        return;
      }
      // A facts box's "Varav solida tumörer: 34 miljoner" / "Varav barncancer: 14 miljoner": each "varav" line
      // under the one before is a sibling, a share of the same whole, never a share of the line above it.
      if (
        fact.role.ofPrevious &&
        cand.role.ofPrevious &&
        siblingLines(cand.segment, fact.segment)
      ) {
        fact.parent = cand.parent;
        return;
      }
      // "hade räknat med åttiofem miljoner" … "Av pengarna går trettio miljoner": a share of money given is no
      // share of what another sentence says was estimated, when money given was told before it.
      // ("Kammarkollegiet may use no more than SEK 300,000 of the funds …" after a budget bill's estimate: a cap
      // of the money given too.)
      if (
        (fact.role.role === "part" || fact.role.role === "agency-cap") &&
        cand.role.role === "estimate" &&
        cand.segment !== fact.segment &&
        larger.before(j, amount) !== null
      ) {
        j = larger.before(j, amount);
        continue;
      }
      // "ap.14 … 94 000" over "ap.15 … 75 500": rows of one table are siblings, never one the other's whole.
      if (fact.tableLabel && fact.list !== null && cand.list === fact.list) {
        j = larger.before(j, amount);
        continue;
      }
      if (fact.role.role === "budget-frame") {
        if (cand.role.role !== "budget-frame" || cand.segment.paragraph !== fact.segment.paragraph)
          return;
        if (cand.parent !== null) {
          j = larger.before(j, amount);
          continue;
        }
      } else if (!nearest && cand.role.isPart) {
        // A sentence's amounts are told together: past this one, only a whole can be the parent.
        j = wholes.before(j, amount);
        continue;
      }
      fact.parent = j;
      if (shareBefore(facts, i, j)) wholes.set(i - 1, Number.NEGATIVE_INFINITY);
      return;
    }
  });
}

/**
 * "Av 2027 års medel behöll regionen 10 500 tkr. Resterande 69 500 tkr fördes vidare …": a remainder told right
 * after a share of a year's money, whose whole the document names only by its year, is the rest of that
 * year's money: it takes the share's years.
 */
// A paragraph's year told by another sentence ("Last year, GMS South's share was …" after "The remaining SEK 58.5
// million …") is weaker than the share's own, told right before the remainder.
const WEAK_YEARS = new Set(["none", "publication-date", "stated-in-title", "stated-in-paragraph"]);

function remainderOfYearsShare(facts: RawFact[]): void {
  for (let i = 1; i < facts.length; i++) {
    const fact = facts[i] as RawFact;
    const share = facts[i - 1] as RawFact;
    // Only a year the remainder's own words do not give: none, the page's date or its title's year.
    const weak = WEAK_YEARS.has(fact.years.clue);
    if (!fact.role.isPart || fact.parent !== null || !weak) continue;
    // The share may be linked to its whole already ("SEK 11.5 million of this year's state funding").
    if (!share.role.isPart || share.years.clue !== "stated-in-sentence") continue;
    if (fact.segment.index !== share.segment.index + 1) continue;
    if (fact.segment.paragraph !== share.segment.paragraph) continue;
    const before = fact.doc.text.slice(fact.segment.start, fact.amount.start);
    if (!endsWithRemainder(before)) continue;
    fact.years = share.years;
    fact.time = share.time;
    fact.restOf = i - 1;
  }
}

/**
 * "GMS South … will keep SEK 11.5 million of this year's state funding. The remaining SEK 58.5 million is passed on
 * …": a share told in the sentence right before a remainder, the two adding up exactly to the remainder's whole, is
 * a share of that whole too (the nearest larger amount before it was only nearest).
 */
function relinkShareBeforeRemainder(facts: RawFact[]): void {
  for (let i = 1; i < facts.length; i++) {
    const rest = facts[i] as RawFact;
    const share = facts[i - 1] as RawFact;
    if (rest.parent === null || !share.role.isPart || share.parent === rest.parent) continue;
    if (rest.segment.index !== share.segment.index + 1) continue;
    if (rest.segment.paragraph !== share.segment.paragraph) continue;
    const whole = facts[rest.parent] as RawFact;
    if (share.amount.valueSek + rest.amount.valueSek !== whole.amount.valueSek) continue;
    if (!endsWithRemainder(rest.doc.text.slice(rest.segment.start, rest.amount.start))) continue;
    share.parent = rest.parent;
  }
}

// An approximate amount at most this much larger than another may be that amount rounded ("knappt fem" for 4,8).
const ROUNDED_MAX = 1.1;

/** Each fact's amount where it may be a whole, else `-Infinity` (`sharesOut`: also where it is a share itself). */
function wholeValues(facts: readonly RawFact[], sharesOut: boolean): number[] {
  const out: number[] = [];
  for (const f of facts) {
    const open = f.role.role !== "agency-cap" && f.role.role !== "not-funding";
    out.push(open && !(sharesOut && f.role.isPart) ? f.amount.valueSek : Number.NEGATIVE_INFINITY);
  }
  return out;
}

// Between an amount and a larger one after it: the first is a share of the second.
const PART_OF_FOLLOWING = compileCues([
  "andel av",
  "share of",
  "som en del av",
  "som del av",
  "en del av",
  // "Pengarna är Region Skånes del av de 80 miljoner": the owner's share.
  "del av",
  "som ingår i",
  "as part of",
  "as a part of",
  "part of a",
  "part of the",
  // "Pengarna kommer från regeringens stöd till GMS, som i år uppgår till 30 miljoner": the pot it is cut from.
  "kommer från",
  "comes from",
  "come from",
]);
// "inte en del av", "ingen del av": a denial is no link.
const DENIAL = new Set([
  "inte",
  "ej",
  "icke",
  "ingen",
  "inget",
  "inga",
  "not",
  "no",
  "never",
  "aldrig",
]);

// "SEK 3 million of the SEK 8 million", "4,8 miljoner av de 16 miljonerna": all that stands between a
// smaller amount and a larger one is one of these, so the first is a share of the second.
const ADJACENT_SHARE = new Set([
  "of",
  "of the",
  "out of",
  "out of the",
  "av",
  "av de",
  "av totalt",
]);
// A currency word the amount's own span may leave out ("SEK" before the figure).
const CURRENCY_WORDS = new Set(["sek", "msek", "kr", "kronor"]);

/** Whether the text between two amounts only says the first is "of" the second. */
export function adjacentShare(between: string): boolean {
  if (between.length > 24) return false;
  const words = between
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !CURRENCY_WORDS.has(w));
  return ADJACENT_SHARE.has(words.join(" "));
}

/** "9 miljoner …, som en del av ett tvåårigt uppdrag på sammanlagt 18 miljoner": the whole told after its share. */
function linkForward(facts: RawFact[]): void {
  facts.forEach((fact, i) => {
    // Past its own shares ("2,4 miljoner …, varav 1,2 miljoner …"): the next amount told of other money.
    let j = i + 1;
    while (facts[j]?.parent === i) j += 1;
    const next = facts[j];
    if (fact.parent !== null || !next) return;
    if (!sameOrNextSentence(fact, next) && !opensNextParagraph(fact, next)) return;
    if (next.amount.valueSek <= fact.amount.valueSek || next.parent === i) return;
    const kind = fact.role.role;
    if (!["grant", "part"].includes(kind) && !(kind === "co-funding" && next.role.role === kind))
      return;
    const between = fact.doc.text.slice(fact.amount.end, next.amount.start);
    if (!adjacentShare(between)) {
      const hit = findCues(between, PART_OF_FOLLOWING)[0];
      if (!hit) return;
      const before = between.slice(0, hit.start).trim().split(/\s+/).at(-1)?.toLowerCase() ?? "";
      if (DENIAL.has(before)) return;
    }
    fact.parent = j;
    if (kind !== "co-funding") fact.role = { role: "part", isPart: true, nearestParent: false };
  });
}

/**
 * "Region Norrbotten får 2,4 miljoner …, varav …. ¶ Pengarna är en del av de 80 miljoner …": a later
 * paragraph's first sentence, pointing back with its subject, tells the whole of the money just told.
 */
function opensNextParagraph(fact: RawFact, next: RawFact): boolean {
  // Paragraphs with no amount may lie between (a byline, a date line, a photo caption): the money just told
  // is still the money the subject points back to.
  if (next.segment.paragraph <= fact.segment.paragraph) return false;
  const opening = next.doc.text.slice(next.segment.start, next.amount.start);
  const first = words(opening)[0];
  return (
    first !== undefined &&
    findCues(opening.slice(0, first.end), BACK_REFERENCE).some((h) => h.start === first.start)
  );
}

/** "… 5 miljoner kronor av egna medel. Det är Skånes andel av … 20 miljoner kronor": one sentence on. */
function sameOrNextSentence(fact: RawFact, next: RawFact): boolean {
  if (next.segment === fact.segment) return true;
  const gap = fact.doc.text.slice(fact.segment.end, next.segment.start);
  return next.segment.paragraph === fact.segment.paragraph && !gap.includes("\n");
}

/** Both amounts have years and share none. */
function otherYears(whole: RawFact, share: RawFact): boolean {
  const a = whole.years.years;
  const b = share.years.years;
  return a.length > 0 && b.length > 0 && !b.some((y) => a.includes(y));
}

/** The share's sentence names GMS before its amount ("Of the GMS money, …", "Av GMS-medlen …"). */
function namesGmsBefore(fact: RawFact): boolean {
  return mentionsGms(fact.doc.text.slice(fact.segment.start, fact.amount.start));
}

function namesYearsMoney(fact: RawFact): boolean {
  const after = fact.doc.text.slice(
    fact.amount.end,
    Math.min(fact.segment.end, fact.amount.end + 40),
  );
  return findCues(after, OF_YEARS_MONEY).some((h) => h.start < 8);
}

function pointsBack(fact: RawFact): boolean {
  // Only the words right after the amount: a long sentence of many amounts is not re-read for each.
  const after = fact.doc.text.slice(
    fact.amount.end,
    Math.min(fact.segment.end, fact.amount.end + 40),
  );
  return findCues(after, PART_OF_PREVIOUS).some((h) => h.start < 8);
}

/**
 * "MSEK 30 goes to …, while the remaining MSEK 50 …": the amount before a remainder shares its whole.
 * True when that amount became a share.
 */
function shareBefore(facts: RawFact[], i: number, whole: number): boolean {
  const fact = facts[i] as RawFact;
  const before = facts[i - 1];
  if (!before || before.segment !== fact.segment || before.parent !== null || i - 1 === whole)
    return false;
  if (
    before.role.role !== "grant" ||
    before.amount.valueSek >= (facts[whole] as RawFact).amount.valueSek
  )
    return false;
  before.parent = whole;
  before.role = { role: "part", isPart: true, nearestParent: false };
  return true;
}

/**
 * A list whose amounts add up exactly to an amount told before it is that amount's shares, whatever its
 * heading says. An amount the document already told is a repeat, not one more share.
 */
function linkLists(facts: RawFact[]): void {
  if (facts.every((f) => f.list === null)) return;
  const lists = new Map<number, number[]>();
  facts.forEach((f, i) => {
    if (f.list === null) return;
    const members = lists.get(f.list);
    if (members) members.push(i);
    else lists.set(f.list, [i]);
  });
  const atAmount = positionsByAmount(facts);
  // Lists come in the order of their first items, so the amounts told before each one only grow.
  const told = new Set<number>();
  let toldUpTo = 0;
  for (const members of lists.values()) {
    if (members.length < 2) continue;
    const first = members[0] as number;
    for (; toldUpTo < first; toldUpTo++) told.add((facts[toldUpTo] as RawFact).amount.valueSek);
    const fresh = members.filter((i) => !told.has((facts[i] as RawFact).amount.valueSek));
    const whole =
      (fresh.length >= 2 && fresh.length < members.length
        ? findWhole(facts, atAmount, first, fresh)
        : null) ?? findWhole(facts, atAmount, first, members);
    if (whole === null) {
      dropExceedingParent(facts, members);
      continue;
    }
    for (const i of whole.members) {
      const f = facts[i] as RawFact;
      f.parent = whole.index;
      f.role = { role: "part", isPart: true, nearestParent: false };
    }
  }
}

// Fewer shares than this adding up to some other amount may do so by chance.
const MIN_SHARES_FOR_SUM = 3;

/**
 * "The total package is worth SEK 1.2bn … Of the GMS money, SEK 32m goes to …, SEK 20m to … and SEK 14m to ….
 * The remaining SEK 28m …": three or more shares of one paragraph linked to one whole they do not add up to, that
 * add up exactly to another amount told before them, are that amount's shares (the nearest larger amount was only
 * nearest).
 */
function relinkToExactWhole(facts: RawFact[]): void {
  // Shares by their whole and their paragraph ("parent:paragraph").
  const byParent = new Map<string, number[]>();
  facts.forEach((f, i) => {
    if (f.role.role !== "part" || f.parent === null) return;
    const key = `${f.parent}:${f.segment.paragraph}`;
    const shares = byParent.get(key);
    if (shares) shares.push(i);
    else byParent.set(key, [i]);
  });
  let atAmount: Map<number, number[]> | null = null;
  for (const shares of byParent.values()) {
    if (shares.length < MIN_SHARES_FOR_SUM) continue;
    const parent = (facts[shares[0] as number] as RawFact).parent as number;
    const sum = shares.reduce((s, i) => s + (facts[i] as RawFact).amount.valueSek, 0);
    if (sum === (facts[parent] as RawFact).amount.valueSek) continue;
    atAmount ??= positionsByAmount(facts);
    const whole = findWhole(facts, atAmount, shares[0] as number, shares);
    if (whole === null || whole.index === parent) continue;
    for (const i of shares) (facts[i] as RawFact).parent = whole.index;
  }
}

/** Each amount's positions in the facts, in order: a list's sum is looked up, not scanned for. */
function positionsByAmount(facts: readonly RawFact[]): Map<number, number[]> {
  const at = new Map<number, number[]>();
  facts.forEach((f, i) => {
    const positions = at.get(f.amount.valueSek);
    if (positions) positions.push(i);
    else at.set(f.amount.valueSek, [i]);
  });
  return at;
}

function findWhole(
  facts: RawFact[],
  atAmount: ReadonlyMap<number, readonly number[]>,
  first: number,
  members: number[],
): { index: number; members: number[] } | null {
  const sum = members.reduce((s, i) => s + (facts[i] as RawFact).amount.valueSek, 0);
  const positions = atAmount.get(sum) ?? [];
  for (let k = countBelow(positions, first) - 1; k >= 0; k--) {
    const j = positions[k] as number;
    if (WHOLES.has((facts[j] as RawFact).role.role)) return { index: j, members };
  }
  return null;
}

/** Shares that add up to more than their whole are not its shares. */
function dropExceedingParent(facts: RawFact[], members: number[]): void {
  const parent = facts[members[0] as number]?.parent;
  if (parent === null || parent === undefined) return;
  const sum = members.reduce((s, i) => s + (facts[i] as RawFact).amount.valueSek, 0);
  if (sum <= (facts[parent] as RawFact).amount.valueSek) return;
  for (const i of members) (facts[i] as RawFact).parent = null;
}

/**
 * "klinisk genomik i solna får 2,1 miljoner kronor av årets statliga pengar … laboratoriet fick 1,8 miljoner i
 * fjol": an earlier year's figure of no whole, told right after a share in its paragraph, is that share's earlier
 * slice; alone in its year it is no grant of that year.
 */
function markRetoldShares(facts: RawFact[]): void {
  for (let i = 1; i < facts.length; i++) {
    const f = facts[i] as RawFact;
    const previous = facts[i - 1] as RawFact;
    if (f.role.role !== "comparison" || f.parent !== null || previous.role.role !== "part")
      continue;
    if (previous.segment.paragraph === f.segment.paragraph) f.retoldShare = true;
  }
}

/** The year of the document's own news: its first grant with a known year. */
function mainYear(facts: RawFact[]): number | null {
  const lead = facts.find(
    (f) =>
      (f.role.role === "grant" || f.role.role === "multi-year-total") && f.years.years.length > 0,
  );
  return lead ? Math.min(...lead.years.years) : null;
}

// Roles an earlier year's figure turns into a comparison.
const RETOLD = new Set<FactRole>(["grant", "part", "total"]);

/**
 * Money for years before the document's own ("I fjol fick GMS 58 miljoner") is an earlier grant retold. So is a
 * grant or share more than a year older than the document, whatever its news: an inquiry of November 2026 that
 * opens "År 2021 fick GMS 16,5 miljoner kronor" retells 2021. A stated total of such a year stays a total (no
 * grant tells that sum).
 */
function markComparisons(facts: RawFact[], year: number | null, docYear: number | null): void {
  for (const f of facts) {
    if (!RETOLD.has(f.role.role)) continue;
    const years = f.years.years;
    const last = years.length > 0 ? Math.max(...years) : null;
    const earlier =
      last !== null &&
      ((year !== null && last < year) ||
        (docYear !== null && f.role.role !== "total" && last < docYear - 1));
    if (earlier || f.time.pastRelative) f.role = { ...f.role, role: "comparison" };
  }
}

/** A share of co-funding is co-funding; a share of a retold figure is retold too. */
function inheritKind(facts: RawFact[]): void {
  for (const f of facts) {
    const parent = f.parent === null ? null : facts[f.parent];
    if (!parent) continue;
    const kind = parent.role.role;
    if (kind === "co-funding" || kind === "comparison") f.role = { ...f.role, role: kind };
  }
}
