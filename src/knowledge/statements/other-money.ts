// Money the ledger does not hold as kronor granted: sentences saying money is not GMS's, proposals
// ("Vi föreslår … 100 miljoner kronor per år"), and amounts in another currency ("EUR 3.2 million").
// The answers quote them as written; none is ever a grant or part of a sum.
import { FOREIGN_CURRENCY_AFTER, FOREIGN_CURRENCY_BEFORE } from "../amount-words.js";
import type { CueMatcher } from "../cues.js";
import { NOT_GMS, PROPOSAL, REPAID, REQUEST } from "../role-cues.js";
import { CUE_BITS, type DocumentView } from "./document-view.js";
import type {
  ForeignStatement,
  NotGmsStatement,
  ProposalStatement,
  RepaymentStatement,
} from "./types.js";

/** "Testbäddarna ingår inte i GMS", "ingår inte i statens årliga stöd till GMS". */
export function readNotGms(view: DocumentView): NotGmsStatement[] {
  // A loop, no closures: the readers are inlined into the per-document loop, where a closure costs each time.
  const out: NotGmsStatement[] = [];
  for (const s of view.segments)
    if (!s.heading && view.gms(s) && view.hasCue(s, NOT_GMS, CUE_BITS.notGms))
      out.push({ span: view.span(s.start, s.end) });
  return out;
}

/** The writers' own proposal with the kronor it asks for: an opinion, never money granted. */
export function readProposals(view: DocumentView): ProposalStatement[] {
  return readAsked(view, PROPOSAL, CUE_BITS.proposal);
}

/** "Vi bad om 100 miljoner kronor om året i vår hemställan": money someone asked for, never money granted. */
export function readRequests(view: DocumentView): ProposalStatement[] {
  // A request is rare: its cue is read only for a sentence with an amount, once per wording (its hint regex ran on
  // every sentence with an amount each time it was told).
  return readAsked(view, REQUEST, CUE_BITS.request);
}

/** The sentences with an amount and a cue of the matcher (kept under `bit`), each with its amounts. */
function readAsked(view: DocumentView, cues: CueMatcher, bit: number): ProposalStatement[] {
  const out: ProposalStatement[] = [];
  for (const s of view.segments) {
    if (s.heading) continue;
    // The sentence's amounts are read already (the budget check reads every one): asked before the cue.
    const amounts = view.amounts(s);
    if (amounts.length === 0 || !view.hasCue(s, cues, bit)) continue;
    out.push({
      amounts: amounts.map((a) => ({
        valueSek: a.valueSek,
        span: view.span(s.start + a.start, s.start + a.end),
      })),
      span: view.span(s.start, s.end),
    });
  }
  return out;
}

/** Money left unspent or paid back, with the next sentence when that one says where it went. */
export function readRepayments(view: DocumentView): RepaymentStatement[] {
  const out: RepaymentStatement[] = [];
  const segments = view.segments;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (!s || s.heading) continue;
    const amounts = view.amounts(s);
    if (amounts.length === 0 || !view.hasCue(s, REPAID, CUE_BITS.repaid)) continue;
    const next = segments[i + 1];
    const said =
      next &&
      !next.heading &&
      next.paragraph === s.paragraph &&
      view.amounts(next).length === 0 &&
      view.hasCue(next, REPAID, CUE_BITS.repaid)
        ? view.span(next.start, next.end)
        : null;
    out.push({
      amounts: amounts.map((a) => ({
        valueSek: a.valueSek,
        span: view.span(s.start + a.start, s.start + a.end),
      })),
      span: view.span(s.start, s.end),
      said,
      opening: view.opening(),
    });
  }
  return out;
}

// A number with its scale word: the currency stands before it ("EUR 3.2 million") or after ("7,5 miljoner euro").
// Read in place (sticky, at `lastIndex`): a segment's numbers make no regex copy or string slice each.
const NUMBER = /\d+(?:[ \u00a0.,]\d+)*/gu;
const SCALE =
  /[ \u00a0]*(?:miljoner|miljon|miljarder|miljard|million|millions|billion|bn|m|k|tusen|thousand)(?![\p{L}\p{N}])/iuy;
// `FOREIGN_CURRENCY_AFTER` without its leading "^", matched at a place instead of on the rest of the text.
const CURRENCY_AFTER = new RegExp(FOREIGN_CURRENCY_AFTER.source.replace(/^\^/, ""), "iuy");
// A Danish or Norwegian scale word ("84 millioner", "200 mio. kr.", "1 milliard"): the amount is written in another
// language, its kroner are not read as Swedish kronor (even "svenske kroner", quoted as written, never converted).
const NORDIC_SCALE =
  /[ \u00a0]*(?:(?:millioner|millionene|millionen|milliarder|milliard|milliarden)(?![\p{L}\p{N}])|(?:mio|mia|mrd)\.?(?![\p{L}\p{N}]))/iuy;
const NORDIC_CURRENCY =
  /[ \u00a0]*(?:(?:svenske|norske|danske|islandske)[ \u00a0]+)?(?:kroner|kronene|kr\.?)(?![\p{L}\p{N}])/iuy;
// How far before a number its currency may stand ("EUR ", "€").
const BEFORE_WINDOW = 6;

/** Amounts in another currency, as written; a conversion in parentheses is marked as one. */
export function readForeign(view: DocumentView): ForeignStatement[] {
  const out: ForeignStatement[] = [];
  for (const s of view.segments) {
    const reading = view.reading(s);
    // Read once per wording: a sentence recurs across documents, and few hold another currency.
    reading.foreign ??= foreignIn(s.text);
    const found = reading.foreign;
    for (let k = 0; k < found.length; k += 3) {
      out.push({
        written: view.span(s.start + (found[k] as number), s.start + (found[k + 1] as number)),
        inParentheses: found[k + 2] === 1,
        span: view.span(s.start, s.end),
      });
    }
  }
  return out;
}

const NONE: readonly number[] = Object.freeze([]);
const DIGIT = /[0-9]/;

/** Each amount in another currency in `text`: its start, its end and 1 if within parentheses (else 0). */
function foreignIn(text: string): readonly number[] {
  // An amount has a digit: a sentence without one is not looked through for numbers.
  if (!DIGIT.test(text)) return NONE;
  let out: number[] | null = null;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    const nordic = stickyAt(NORDIC_SCALE, text, end)?.[0];
    const scale = nordic ?? stickyAt(SCALE, text, end)?.[0] ?? "";
    const after =
      (nordic ? stickyAt(NORDIC_CURRENCY, text, end + scale.length) : null) ??
      stickyAt(CURRENCY_AFTER, text, end + scale.length);
    const lead = text.slice(Math.max(0, at - BEFORE_WINDOW), at);
    const before = FOREIGN_CURRENCY_BEFORE.exec(lead);
    if (!after && !before) continue;
    const from = before ? at - lead.length + before.index : at;
    const to = end + scale.length + (after?.[0].length ?? 0);
    out ??= [];
    out.push(from, to, insideParentheses(text, from) ? 1 : 0);
  }
  return out ?? NONE;
}

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** "SEK 4.5m (roughly EUR 400,000)": an opening parenthesis before it that is not yet closed. */
function insideParentheses(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}
