import type { AmountMatch, FactRole } from "./types.js";

// How Swedish (and English) funding prose marks what kind of money an amount is.
const OWN_WORK =
  /\b(?:eg(?:et|na|en)\s+(?:arbete|verksamhet|administration|kostnader)|own\s+(?:work|administration|costs))\b/i;
const BUDGET_FRAME = /\bredovisas\s+mot\b|\banslagspost|\banslaget\s+\d|\bbudget\s+line\b/i;
const SPEND_FRAME = /\bfår\s+\p{Lu}[\p{L}-]+(?:\s+\S+){0,4}\s+använda\s*$/u;
const PART_OPENING =
  /^\s*(?:av\s+(?:medlen|detta|dessa|beloppet|summan|pengarna|det|anslaget)|of\s+(?:this|these|the|which|that))\b/i;
const DEMONSTRATIVE = /^\s*(?:av\s+(?:detta|dessa|det)|of\s+(?:this|these|that))\b/i;
const REMAINDER = /(?<!\p{L})(?:resterande|återstående|remaining|the\s+rest)\s*$/iu;
const TOTAL_WORD = /\b(?:totalt|sammanlagt|sammantaget|in\s+total|a\s+total\s+of)\b/i;

/** What the whole sentence says about its money: the same for every amount in it, so read once. */
export interface SentenceCues {
  ownWork: boolean;
  budgetFrame: boolean;
  partOpening: boolean;
  demonstrative: boolean;
  totalWord: boolean;
}

export function readSentenceCues(sentence: string): SentenceCues {
  return {
    ownWork: OWN_WORK.test(sentence),
    budgetFrame: BUDGET_FRAME.test(sentence),
    partOpening: PART_OPENING.test(sentence),
    demonstrative: DEMONSTRATIVE.test(sentence),
    totalWord: TOTAL_WORD.test(sentence),
  };
}

export interface RoleClues {
  sentence: string;
  /** `readSentenceCues(sentence)`, when the caller has read it already. */
  cues?: SentenceCues;
  /** Text of the sentence before the amount. */
  before: string;
  /** Text after the amount up to the next amount. */
  after: string;
  amount: AmountMatch;
  /** The sentence names two or more funded years (a span). */
  multiYear: boolean;
  /** A list item under a line that announces a distribution ("fördelar pengarna så här:"). */
  listedPart: boolean;
}

export interface RoleResult {
  role: FactRole;
  /** True when the amount belongs to a larger one told just before it. */
  isPart: boolean;
  /** "Av dessa": the parent is the amount immediately before, even if that is itself a part. */
  nearestParent: boolean;
}

export function classifyRole(c: RoleClues): RoleResult {
  const cues = c.cues ?? readSentenceCues(c.sentence);
  const opensAsPart = cues.partOpening || REMAINDER.test(c.before);
  const nearestParent = cues.demonstrative;
  if (c.amount.qualifier === "at-most" && cues.ownWork) {
    return { role: "agency-cap", isPart: opensAsPart, nearestParent };
  }
  if (cues.budgetFrame || (SPEND_FRAME.test(c.before) && c.after.trim().length < 3)) {
    return { role: "budget-frame", isPart: false, nearestParent: false };
  }
  if (c.multiYear && (cues.totalWord || !opensAsPart)) {
    return { role: "multi-year-total", isPart: false, nearestParent: false };
  }
  if (opensAsPart || c.listedPart) return { role: "part", isPart: true, nearestParent };
  return { role: "grant", isPart: false, nearestParent: false };
}

/** A line that announces a list of shares: ends with a colon and speaks of dividing money. */
export function announcesDistribution(text: string): boolean {
  return (
    /:\s*$/.test(text) &&
    /\b(?:fördela|fördelas|fördelar|så här|följande|går till|as follows|split|divided|distributed)/i.test(
      text,
    )
  );
}
