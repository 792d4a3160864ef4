// "Is the 24 million all government money?", "is the call money part of GMS funding?": whether money the
// documents tell counts as the state's funding of GMS. Co-funding, a call's budget, money for others and
// estimates are not; a stated total is only if everything it adds up is.
import { countsAsGrant, type LedgerEntry, type Span } from "../../knowledge/index.js";
import { organisationName } from "../english-names.js";
import { hasTopic, inYears, matchTopic, narrowedByOtherWords } from "../match.js";
import { OTHER_ASKS } from "../route.js";
import { say } from "../say.js";
import { type AnswerContext, amountText, type Draft, entryFigure } from "./context.js";
import { describeEntry } from "./describe.js";
import { referenced } from "./document-states.js";
import { verdictDraft } from "./inclusion.js";
import { memo } from "./memo.js";
import { givenBy, ledgerName } from "./organisation.js";
import { quotesName } from "./quoted-names.js";
import { summingTo } from "./summing-to.js";

const MAX_ENTRIES = 3;

type Verdict = "yes" | "no" | null;

interface Reading {
  verdict: Verdict;
  reason: string;
  /** The money a total adds up, shown beside it. */
  components: LedgerEntry[];
}

/** The question asks whether money is the state's (GMS's) funding. */
export function asksStateMoney(ctx: AnswerContext): boolean {
  return ctx.query.cues.has("stateMoney");
}

/** The yes or no, with the money it is about; null when the question names no money the ledger has. */
export function answerStateMoney(ctx: AnswerContext): Draft | null {
  const foreign = foreignStateMoney(ctx);
  if (foreign) return foreign;
  const entries = askedMoney(ctx).slice(0, MAX_ENTRIES);
  const first = entries[0];
  if (!first) return null;
  const readings = entries.map((e) => readMoney(ctx, e));
  const verdicts = new Set(readings.map((r) => r.verdict));
  if (verdicts.size > 1) return eachItsOwn(ctx, entries, readings);
  const verdict = readings[0]?.verdict ?? null;
  const shown = [...new Set([...entries, ...readings.flatMap((r) => r.components)])];
  const items = shown.map((e) => describeEntry(ctx, e));
  // Every one a yes: one reason says it ("everything the sum is made of counts" covers "it counts").
  const distinct = [...new Set(readings.map((r) => r.reason))];
  const reasons = (verdict === "yes" ? distinct.slice(0, 1) : distinct).join(" ");
  const figures = shown.map((e) => entryFigure(ctx, e).figure);
  if (verdict !== null) return verdictDraft(ctx, verdict, lowerFirst(reasons), items, figures);
  // An estimate, or a budget whose GMS share is untold: no yes or no, only what it is.
  const text = [reasons, ...items.map((i) => `• ${i}`)].join("\n");
  return { intent: "inclusion", answered: true, text, figures };
}

// How far after an amount written in another currency the sentence that sets it apart from GMS may start.
const FOREIGN_DENIAL_REACH = 300;
const NUMBER_IN = /\d+(?:[.,]\d+)?/;

/** A number as written ("1,3", "1.3"), as a value to compare. */
function numberValue(text: string): number | null {
  const m = NUMBER_IN.exec(text);
  return m ? Number(m[0].replace(",", ".")) : null;
}

/**
 * "Is the 1.3m euro from the EU part of GMS's state money?": an amount the question writes in another currency,
 * found as a document writes it ("1,3 miljoner euro"); a no when its sentence or one right after it says it is not
 * GMS's ("EU-medlen … ingår inte i statens stöd till GMS"), quoting both. Never a figure in kronor.
 */
function foreignStateMoney(ctx: AnswerContext): Draft | null {
  const { query } = ctx;
  if (query.amounts.length > 0 || query.foreign.length === 0) return null;
  const asked = new Set(query.foreign.map(numberValue).filter((v): v is number => v !== null));
  const denials = ctx.knowledge.statements.notGms ?? [];
  for (const f of ctx.knowledge.statements.foreign ?? []) {
    const value = numberValue(f.written.text);
    if (f.inParentheses || value === null || !asked.has(value)) continue;
    const denial = denials.find(
      (n) =>
        n.span.docId === f.span.docId &&
        n.span.start >= f.span.start &&
        n.span.start - f.span.start <= FOREIGN_DENIAL_REACH,
    );
    if (!denial) continue;
    const told = ctx.citations.markers([f.span]).text;
    const said = ctx.citations.markers([denial.span]).text;
    return verdictDraft(
      ctx,
      "no",
      say(
        ctx.language,
        `det ingår inte i statens stöd till GMS ${said}.`,
        `it is not part of the state's funding of GMS ${said}.`,
      ),
      [
        say(
          ctx.language,
          `${f.written.text} ${told} (ett belopp i en annan valuta, aldrig omräknat)`,
          `${f.written.text} ${told} (an amount in another currency, never converted)`,
        ),
      ],
      [],
    );
  }
  return null;
}

/** Money of different kinds under one description ("the 12 million"): each with its own answer. */
function eachItsOwn(ctx: AnswerContext, entries: LedgerEntry[], readings: Reading[]): Draft {
  const lead = say(
    ctx.language,
    "Det beror på vilket belopp du menar:",
    "That depends on which amount you mean:",
  );
  const each = entries.map((e, i) => {
    const r = readings[i] as Reading;
    return `• ${describeEntry(ctx, e)} ${verdictWord(ctx, r.verdict)}${lowerFirst(r.reason)}`;
  });
  return {
    intent: "inclusion",
    answered: true,
    text: [lead, ...each].join("\n"),
    figures: entries.map((e) => entryFigure(ctx, e).figure),
  };
}

/** "… and is it GMS money?" asked beside another question: one line on the money the answer shows first. */
export function stateMoneyNote(ctx: AnswerContext, draft: Draft): string {
  const { cues } = ctx.query;
  // "how much … and is it GMS money?": asked as a question, and beside a lookup, not a comparison or a date.
  const asked = ["yesNo", "isIt", "included"].some((c) => cues.has(c));
  const other = OTHER_ASKS.some((c) => c !== "howMuch" && cues.has(c));
  if (!asksStateMoney(ctx) || !asked || other || !draft.answered || draft.intent === "inclusion")
    return "";
  const entry = shownEntry(ctx, draft);
  if (!entry) return "";
  const { verdict, reason } = readMoney(ctx, entry);
  return verdict === null ? reason : `${verdictWord(ctx, verdict)}${lowerFirst(reason)}`;
}

/** The entry behind the answer's first stated figure: of those with its amount and year, the one it cites. */
function shownEntry(ctx: AnswerContext, draft: Draft): LedgerEntry | undefined {
  const shown = draft.figures.find((f) => !f.derived);
  if (!shown) return undefined;
  const cited = new Set(
    ctx.citations
      .all()
      .filter((c) => shown.citations.includes(c.id))
      .map((c) => `${c.docId}:${c.start}`),
  );
  return ctx.index.entries
    .map((e) => e.entry)
    .find(
      (e) =>
        e.amountSek === shown.amountSek &&
        e.year === shown.year &&
        e.sources.some((s) => cited.has(`${s.docId}:${s.start}`)),
    );
}

/** The money asked about: amounts named, else a kind of document, an organisation's money or a topic. */
function askedMoney(ctx: AnswerContext): LedgerEntry[] {
  const { query } = ctx;
  const all = ctx.index.entries.map((e) => e.entry).filter((e) => inYears(e, query.years));
  if (query.amounts.length > 0) {
    const asked = new Set(query.amounts.map((a) => a.valueSek));
    const ofAmount = all.filter((e) => asked.has(e.amountSek));
    // "Are the 14 million for coordination GMS money?": of that amount's entries, those about the topic.
    const pool = new Set(ofAmount);
    const onTopic = hasTopic(query)
      ? matchTopic(query, ctx.index, (e) => pool.has(e.entry)).map((e) => e.entry)
      : [];
    // "is Nordigen's 30 million deal …": a name the question holds that the vocabulary could not place, written
    // in a document telling the amount, points at that document's telling.
    const named = ofNamedDocuments(ctx, ofAmount);
    return ofAskedOrgs(ctx, named.length > 0 ? named : onTopic.length > 0 ? onTopic : ofAmount);
  }
  if (query.docKinds.length > 0) {
    const docs = new Set(referenced(ctx).map((d) => d.id));
    const told = all.filter((e) => e.sources.some((s) => docs.has(s.docId)));
    // "the call money": the money first told in that kind of document before money it retells.
    return ofAskedOrgs(ctx, told).sort((a, b) => ownDoc(b, docs) - ownDoc(a, docs));
  }
  if (hasTopic(query)) {
    const matched = narrowedByOtherWords(query, ctx.index, matchTopic(query, ctx.index)).map(
      (e) => e.entry,
    );
    // "is amr part of gms money?": an area names its grants; a region's co-funding told beside them is
    // not what it asks about, unless the question names co-funding or nothing else is told.
    const granted = matched.filter((e) => e.role !== "co-funding");
    return query.cues.has("cofund") || granted.length === 0 ? matched : granted;
  }
  const org = query.orgs[0];
  if (org) {
    const given = givenBy(ctx, ledgerName(ctx, org.name));
    // "BCF:s pengar … i dec '27": a month's year dates the giving, which may fund the next year.
    if (given.length > 0 || query.months.length === 0) return given;
    return givenBy({ ...ctx, query: { ...query, years: [] } }, ledgerName(ctx, org.name));
  }
  // "Räknas medfinansieringen som statliga pengar?": the money of the kind asked about.
  return query.cues.has("cofund") ? all.filter((e) => e.role === "co-funding") : [];
}

// A word shorter than this names nothing by itself.
const NAME_MIN = 5;

/**
 * Of the entries, those told in a document that writes a word of the question no area names ("nordigens"): a
 * name is rare, so a document writing it is the one asked about.
 */
function ofNamedDocuments(ctx: AnswerContext, entries: LedgerEntry[]): LedgerEntry[] {
  const words = [...ctx.query.coverage.unplaced, ...ctx.query.topicWords, ...ctx.query.names]
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= NAME_MIN)
    // "nordigens": a Swedish or English genitive of the name.
    .map((w) => (w.endsWith("s") ? w.slice(0, -1) : w));
  if (words.length === 0) return [];
  // The word whole, or with a genitive ending: "Nordigen", "Nordigen's", "Nordigens".
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join("|")})(?:s|'s|’s)?(?![\\p{L}\\p{N}])`,
    "iu",
  );
  // Looked for in the passage index, among the entries' own documents only.
  const own = new Set(entries.flatMap((e) => e.sources.map((src) => src.docId)));
  const docs = new Set(
    ctx.knowledge.passages
      .search(words.join(" "), { limit: 20, filter: (p) => own.has(p.docId) })
      .filter((p) => pattern.test(p.text))
      .map((p) => p.docId),
  );
  return entries.filter((e) => e.sources.some((src) => docs.has(src.docId)));
}

/** 1 when every source of the entry is in the documents asked about. */
function ownDoc(e: LedgerEntry, docs: ReadonlySet<string>): number {
  return Number(e.sources.every((s) => docs.has(s.docId)));
}

/** Of the entries, those the named organisation gave, got or paid, when it has any. */
function ofAskedOrgs(ctx: AnswerContext, entries: LedgerEntry[]): LedgerEntry[] {
  const names = ctx.query.orgs.map((o) => ledgerName(ctx, o.name).toLowerCase());
  // "SciLifeLab's SEK 15 million": the money it gave, got or paid, or whose own sentence names it.
  const theirs = entries.filter(
    (e) =>
      [e.funder, e.recipient, e.payer].some((n) => names.includes(n?.toLowerCase() ?? "")) ||
      names.some((n) => quotesName(e, n)),
  );
  return theirs.length > 0 ? theirs : entries;
}

/** Whether one entry is the state's funding of GMS, and why, in the asker's language. */
function readMoney(ctx: AnswerContext, e: LedgerEntry): Reading {
  const lang = ctx.language;
  const none: LedgerEntry[] = [];
  // "Cancerfondens anslag, sammanlagt 4,5 miljoner kronor, ingår inte i statens stöd till GMS": a whole its own
  // document sets apart from GMS's money is not GMS's, whatever it is made of.
  if (e.role === "total" && !e.gms && notGmsSentence(ctx, e))
    return { verdict: "no", reason: notGms(ctx, e), components: none };
  if (e.role === "total" || (e.role === "multi-year-total" && e.gms)) return readTotal(ctx, e);
  if (countsAsGrant(e) || (e.role === "part" && e.gms) || (e.role === "comparison" && e.gms))
    return {
      verdict: "yes",
      reason: say(
        lang,
        "Det räknas som statens stöd till GMS.",
        "It counts as the state's funding of GMS.",
      ),
      components: none,
    };
  if (e.role === "co-funding")
    return { verdict: "no", reason: coFunding(ctx, e), components: none };
  if (e.role === "estimate")
    return {
      verdict: null,
      reason: say(
        lang,
        "Det är en beräkning i budgetpropositionen, inte ett beslut om pengar.",
        "It is an estimate in the budget bill, not a decision on money.",
      ),
      components: none,
    };
  if (!e.gms) return { verdict: "no", reason: notGms(ctx, e), components: none };
  return {
    verdict: null,
    reason: say(
      lang,
      "Dokumenten säger inte hur mycket av det som är GMS pengar.",
      "The documents don't say how much of it is GMS's money.",
    ),
    components: none,
  };
}

function coFunding(ctx: AnswerContext, e: LedgerEntry): string {
  if (e.funder === "GMS")
    return say(
      ctx.language,
      "Det är pengar som GMS själv bidrar med, inte pengar till GMS.",
      "It is money GMS itself puts in, not money for GMS.",
    );
  // "Räknas medfinansieringen som statliga pengar?": asked of co-funding as a kind, said of the kind.
  const giver =
    e.funder && !ctx.query.cues.has("cofund") ? organisationName(e.funder, ctx.language) : null;
  const from = giver ? say(ctx.language, ` från ${giver}`, ` from ${giver}`) : "";
  return say(
    ctx.language,
    `Det är medfinansiering${from} vid sidan av statens stöd, inte en del av det.`,
    `It is co-funding${from} beside the state's funding, not part of it.`,
  );
}

/** Money not GMS's: the sentence that says so, when its document has one. */
function notGms(ctx: AnswerContext, e: LedgerEntry): string {
  const said = notGmsSentence(ctx, e);
  const marker = said ? ` ${ctx.citations.markers([said]).text}` : "";
  if (e.recipient && !said)
    return say(
      ctx.language,
      `Pengarna går till ${e.recipient}, inte till GMS.`,
      `The money goes to ${e.recipient}, not to GMS.`,
    );
  return say(
    ctx.language,
    `Det ingår inte i statens stöd till GMS${marker}.`,
    `It is not part of the state's funding of GMS${marker}.`,
  );
}

/** The document's own "ingår inte i GMS" sentence nearest the entry's. */
function notGmsSentence(ctx: AnswerContext, e: LedgerEntry): Span | null {
  const byDoc = memo(ctx.knowledge, "not-gms-by-document", () => {
    const out = new Map<string, Span[]>();
    for (const n of ctx.knowledge.statements.notGms ?? [])
      out.set(n.span.docId, [...(out.get(n.span.docId) ?? []), n.span]);
    return out;
  });
  let best: { span: Span; distance: number } | null = null;
  for (const s of e.sources)
    for (const span of byDoc.get(s.docId) ?? []) {
      const distance = Math.abs(span.start - s.start);
      if (!best || distance < best.distance) best = { span, distance };
    }
  return best?.span ?? null;
}

/** A stated total is the state's funding only if all it adds up is: its parts, else amounts that sum to it. */
function readTotal(ctx: AnswerContext, total: LedgerEntry): Reading {
  const parts = total.parts
    .map((id) => ctx.index.byId.get(id))
    .filter((e): e is LedgerEntry => e !== undefined);
  const components = parts.length > 0 ? parts : summingTo(ctx, total);
  const lang = ctx.language;
  if (components.length === 0)
    return {
      verdict: total.gms && total.role === "multi-year-total" ? "yes" : null,
      reason: say(
        lang,
        "Dokumenten säger inte vad summan består av.",
        "The documents don't say what the sum is made of.",
      ),
      components,
    };
  const others = components.filter((c) => readMoney(ctx, c).verdict !== "yes");
  if (others.length === 0)
    return {
      verdict: "yes",
      reason: say(
        lang,
        "Allt summan består av räknas som statens stöd till GMS.",
        "Everything the sum is made of counts as the state's funding of GMS.",
      ),
      components,
    };
  const list = others.map((c) => amountOf(ctx, c)).join(say(lang, " och ", " and "));
  return {
    verdict: "no",
    reason: say(
      lang,
      `Summan innehåller ${list}, som inte är statens stöd till GMS.`,
      `The sum includes ${list}, which is not the state's funding of GMS.`,
    ),
    components,
  };
}

function amountOf(ctx: AnswerContext, e: LedgerEntry): string {
  const { markers } = entryFigure(ctx, e);
  const giver = e.funder ? organisationName(e.funder, ctx.language) : null;
  const from = giver ? say(ctx.language, ` från ${giver}`, ` from ${giver}`) : "";
  const kind =
    e.role === "co-funding"
      ? say(ctx.language, ` i medfinansiering${from}`, ` in co-funding${from}`)
      : "";
  return `${amountText(ctx, e.amountSek)}${kind} ${markers}`;
}

/** "Ja: ", "No: ", or nothing when there is no yes or no. */
function verdictWord(ctx: AnswerContext, verdict: Verdict): string {
  if (verdict === null) return "";
  return `${say(ctx.language, verdict === "yes" ? "Ja" : "Nej", verdict === "yes" ? "Yes" : "No")}: `;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
