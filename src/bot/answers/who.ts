import {
  type ChannelKind,
  type FactRole,
  fundingRole,
  type LedgerEntry,
  type Span,
  words,
} from "../../knowledge/index.js";
import { hasTopic, inYears, matchTopic } from "../match.js";
import { noneOfAskedKind, ofAskedKind } from "../org-kinds.js";
import { listText, say } from "../say.js";
import { askedDocuments, askedEntries } from "./asked.js";
import type { AnswerContext, Draft } from "./context.js";
import { decline } from "./context.js";
import { memo } from "./memo.js";
import { ledgerName, receivedBy } from "./organisation.js";
import { documentsOf, owningDocuments, payerOf } from "./scope.js";

const MAX_CITES_PER_NAME = 3;

interface Finding {
  name: string;
  passages: Span[];
  /** Amounts the citing sentences name, per passage. */
  amounts?: number[][];
}

/** Who pays out or distributes, grouped by organisation in order of how often the documents say so. */
function channels(ctx: AnswerContext, kind: ChannelKind): Finding[] {
  return memo(ctx.knowledge, `channels:${kind}`, () => {
    const found = new Map<string, Finding>();
    for (const c of ctx.knowledge.statements.channels) {
      if (c.kind !== kind) continue;
      const f = found.get(c.organisation) ?? { name: c.organisation, passages: [], amounts: [] };
      f.passages.push(c.span);
      f.amounts?.push(c.amounts.map((a) => a.valueSek));
      found.set(c.organisation, f);
    }
    return [...found.values()].sort((a, b) => b.passages.length - a.passages.length);
  });
}

/** The payer each entry's own sentences name, cited there; a whole's payer stands for its shares. */
function payersOf(ctx: AnswerContext, entries: LedgerEntry[]): Finding[] {
  const found = new Map<string, Finding>();
  for (const e of entries) {
    if (!e.payer) continue;
    const whole = e.partOf ? ctx.index.byId.get(e.partOf) : undefined;
    const naming = (x: LedgerEntry | undefined) =>
      x?.sources.filter((s) => s.text.includes(e.payer ?? "")) ?? [];
    // The whole's own sentences (the decision) first: they name the payer of every share.
    const sources = [...naming(whole), ...naming(e)];
    const f = found.get(e.payer) ?? { name: e.payer, passages: [] };
    for (const s of sources.length > 0 ? sources : e.sources)
      if (!f.passages.some((p) => p.docId === s.docId && p.start === s.start)) f.passages.push(s);
    found.set(e.payer, f);
  }
  return [...found.values()];
}

/** "… och till vem?": who gets the asked money; a share's recipient is its whole's, where the whole names one. */
function recipientsOf(ctx: AnswerContext, entries: LedgerEntry[]): Finding[] {
  const found = new Map<string, Finding>();
  for (const e of entries) {
    const whole = e.partOf ? ctx.index.byId.get(e.partOf) : undefined;
    const by = whole?.recipient ? whole : e;
    if (!by.recipient) continue;
    const f = found.get(by.recipient) ?? { name: by.recipient, passages: [] };
    const naming = by.sources.filter((s) => s.text.includes(by.recipient ?? ""));
    for (const s of naming.length > 0 ? naming : by.sources)
      if (!f.passages.some((p) => p.docId === s.docId && p.start === s.start)) f.passages.push(s);
    found.set(by.recipient, f);
  }
  return [...found.values()];
}

/** With a topic, amount or year asked, only what the documents about it say. */
function inAskedDocuments(ctx: AnswerContext, findings: Finding[]): Finding[] {
  const docs = askedDocuments(ctx);
  return docs === null ? findings : keepPassages(findings, (p) => docs.has(p.docId));
}

/** With a year asked, only what the documents funding that year say: a 2022 decision says nothing of 2024. */
function inAskedYears(ctx: AnswerContext, findings: Finding[]): Finding[] {
  if (ctx.query.years.length === 0) return findings;
  // "sedan 2019 fått sammanlagt 40 miljoner" is no asked year's money: a sum over more years is left out.
  const inYear = ctx.index.entries.filter(
    (e) =>
      inYears(e.entry, ctx.query.years) &&
      (e.entry.role !== "multi-year-total" ||
        e.entry.years.every((y) => ctx.query.years.includes(y))),
  );
  const docs = documentsOf(inYear);
  // "who pays out the 2027 money": a sentence naming amounts pays those; they must be that year's GMS money,
  // told in that very sentence (another year's 18 miljoner is not 2028's 18 miljoner for rare diseases).
  // The year's GMS sentences by document, so each passage is checked against its own document's only.
  const told = new Map<string, Span[]>();
  for (const e of inYear) {
    if (!e.entry.gms) continue;
    for (const s of e.entry.sources) {
      const list = told.get(s.docId);
      if (list) list.push(s);
      else told.set(s.docId, [s]);
    }
  }
  const paidHere = (p: Span) =>
    (told.get(p.docId) ?? []).some((s) => s.start < p.end && s.end > p.start);
  // A sentence naming no amount pays its own document's money: a document that only retells the year's
  // grant ("året innan var det 58 miljoner") speaks of another year's payment.
  const own = owningDocuments(inYear);
  const keep = (inDocs: ReadonlySet<string>) =>
    keepPassages(findings, (p, amounts) =>
      amounts.length === 0 ? inDocs.has(p.docId) : docs.has(p.docId) && paidHere(p),
    );
  const strict = keep(own);
  return strict.length > 0 ? strict : keep(docs);
}

// The kinds of GMS money the state pays out: never co-funding (a foundation's or a region's own money).
const PAID_OUT_ROLES: ReadonlySet<FactRole> = new Set([
  "grant",
  "part",
  "total",
  "multi-year-total",
]);
// A name in GMS's own family ("GMS", "Genomic Medicine Center Väst"): no payer of money to GMS.
const GMS_FAMILY = /^(gms|genomic medicine\b)/i;

/**
 * A sentence naming amounts pays those: one none of whose amounts is the state's money to GMS pays someone
 * else (a study) or is another's own money (a foundation's grant); GMS pays no money to itself.
 */
function paysGms(ctx: AnswerContext, findings: Finding[]): Finding[] {
  const gms = memo(
    ctx.knowledge,
    "gms-paid-amounts",
    () =>
      new Set(
        ctx.index.entries
          .filter((e) => e.entry.gms && PAID_OUT_ROLES.has(fundingRole(e.entry)))
          .flatMap((e) => e.entry.sources.map((src) => `${src.docId}:${e.entry.amountSek}`)),
      ),
  );
  // The amount as its own document tells it: the same sum told elsewhere as a foundation's grant is not it.
  return keepPassages(
    findings.filter((f) => !GMS_FAMILY.test(f.name)),
    (p, amounts) => amounts.length === 0 || amounts.some((a) => gms.has(`${p.docId}:${a}`)),
  );
}

/** `paysGms` of every sentence of a kind, once per corpus: asked with no year, it reads no question word. */
function paidOutOfGms(ctx: AnswerContext, kind: ChannelKind): Finding[] {
  return memo(ctx.knowledge, `gms-channels:${kind}`, () => paysGms(ctx, channels(ctx, kind)));
}

/** The findings with only the passages `keep` allows; a name left with none is dropped. */
function keepPassages(
  findings: Finding[],
  keep: (p: Span, amounts: readonly number[]) => boolean,
): Finding[] {
  return findings
    .map((f) => {
      const kept = f.passages.flatMap((p, i) => (keep(p, f.amounts?.[i] ?? []) ? [i] : []));
      return {
        name: f.name,
        passages: kept.flatMap((i) => f.passages[i] ?? []),
        amounts: kept.map((i) => f.amounts?.[i] ?? []),
      };
    })
    .filter((f) => f.passages.length > 0);
}

function render(ctx: AnswerContext, findings: Finding[]): string {
  return listText(
    // A few quotes per name are proof enough; every passage stays available for year filters.
    findings.map(
      (f) => `${f.name} ${ctx.citations.markers(f.passages.slice(0, MAX_CITES_PER_NAME)).text}`,
    ),
    ctx.language,
  );
}

/** "Vem betalar ut pengarna?": the agencies the documents say pay out. */
export function answerPayer(ctx: AnswerContext): Draft {
  const specific = askedEntries(ctx) ?? recipientsMoney(ctx);
  const all = () => channels(ctx, "pays-out");
  let findings = specific
    ? payersOf(ctx, specific)
    : ctx.query.years.length === 0
      ? paidOutOfGms(ctx, "pays-out")
      : paysGms(ctx, inAskedYears(ctx, all()));
  // Money whose own sentences name no payer: its payer may be named in another sentence of its document
  // ("Kammarkollegiet får i uppdrag …"), one about no other amount ("… betala ut 16,5 miljoner" does not say
  // who pays the 5 miljoner).
  const unpaid = specific?.filter((e) => !payerOf(ctx, e)) ?? [];
  if (unpaid.length > 0 && (findings.length === 0 || unpaid.length < (specific?.length ?? 0))) {
    const docs = documentsOf(unpaid);
    const amounts = new Set(unpaid.map((e) => e.amountSek));
    // "Kammarkollegiet betalar ut medlen … och får använda högst 300 000 kronor för sin egen administration": the
    // payer's own cap told beside it is no other money.
    const caps = new Set(
      ctx.index.entries
        .filter(
          (e) => e.entry.role === "agency-cap" && e.entry.sources.some((s) => docs.has(s.docId)),
        )
        .map((e) => e.entry.amountSek),
    );
    const named = keepPassages(
      all(),
      (p, told) => docs.has(p.docId) && told.every((a) => amounts.has(a) || caps.has(a)),
    );
    findings = [...findings, ...named.filter((f) => !findings.some((g) => g.name === f.name))];
  }
  if (findings.length === 0)
    return decline(
      "payer",
      say(
        ctx.language,
        "Dokumenten säger inte vem som betalar ut medlen.",
        "The documents don't say who pays the money out.",
      ),
    );
  // "… and to whom?": the asked money's recipients, else whom the paying sentences themselves name
  // ("Kammarkollegiet will pay the funds to Region Skåne").
  const to = !ctx.query.cues.has("recipient")
    ? []
    : specific
      ? recipientsOf(ctx, specific)
      : paidTo(ctx, findings);
  const toText = to.length === 0 ? "" : ` ${say(ctx.language, "till", "to")} ${render(ctx, to)}`;
  const text = say(
    ctx.language,
    `Pengarna betalas ut av ${render(ctx, findings)}${toText}.`,
    `The money is paid out by ${render(ctx, findings)}${toText}.`,
  );
  return { intent: "payer", answered: true, text, figures: [] };
}

/** Whom the paying sentences themselves name ("Kammarkollegiet will pay the funds to Region Skåne"). */
function paidTo(ctx: AnswerContext, findings: Finding[]): Finding[] {
  // The payers of all GMS money (kept per corpus) name the same payees every time they are asked.
  let to = payeesOf.get(findings);
  if (!to) {
    const paying = new Set(findings.flatMap((f) => f.passages.map((p) => `${p.docId}:${p.start}`)));
    to = keepPassages(channels(ctx, "paid-to"), (p) => paying.has(`${p.docId}:${p.start}`));
    payeesOf.set(findings, to);
  }
  return to;
}

const payeesOf = new WeakMap<Finding[], Finding[]>();

/** "vem betalar ut örebros pengar": the money the asked organisation received; null when none is asked. */
function recipientsMoney(ctx: AnswerContext): LedgerEntry[] | null {
  const org = ctx.query.orgs.find((o) => o.role !== "payer" && o.role !== "funder");
  if (!org) return null;
  const got = receivedBy(ctx, ledgerName(ctx, org.name));
  return got.length > 0 ? got : null;
}

/** "Who distributes the money?": who passes it on to the parties. */
export function answerDistributor(ctx: AnswerContext): Draft {
  // GMS's money only: a foundation or research council handing out its own money distributes no GMS money.
  const every = inAskedDocuments(ctx, paidOutOfGms(ctx, "distributes"));
  // "Which labs does Region Västerbotten distribute the AMR money to?": the distributor asked about, when it
  // is one of several (another region passes on other money).
  const asked = new Set(ctx.query.orgs.map((o) => ledgerName(ctx, o.name).toLowerCase()));
  const named = every.filter((f) => asked.has(f.name.toLowerCase()));
  const findings = named.length > 0 ? named : every;
  if (findings.length === 0)
    return decline(
      "distributor",
      say(
        ctx.language,
        "Dokumenten säger inte vem som fördelar medlen.",
        "The documents don't say who distributes the money.",
      ),
    );
  // One distributor: to whom, in its sentence's own words ("till de kliniskt mikrobiologiska laboratorierna …").
  const [only] = findings;
  const to = findings.length === 1 && only ? distributedTo(only.passages[0]) : null;
  const text =
    to === null
      ? say(
          ctx.language,
          `Medlen fördelas av ${render(ctx, findings)} till övriga parter.`,
          `The money is distributed to the other parties by ${render(ctx, findings)}.`,
        )
      : say(
          ctx.language,
          `Medlen fördelas av ${render(ctx, findings)} till ”${to}”.`,
          `The money is distributed by ${render(ctx, findings)} to “${to}”.`,
        );
  return { intent: "distributor", answered: true, text, figures: [] };
}

// "fördela medlen till …", "distributes them to …": the distributing verb, then "till"/"to" within a few words.
const DISTRIBUTING = ["fördel", "distribut"];
const TO_WORDS = new Set(["till", "to"]);
const TO_WITHIN = 4;
const MAX_TO_CHARS = 120;

/** The words after a distributing verb's "till"/"to" to the end of its sentence, as written; null if none. */
function distributedTo(span: Span | undefined): string | null {
  if (!span) return null;
  const toks = words(span.text);
  const verb = toks.findIndex((t) => DISTRIBUTING.some((d) => t.word.startsWith(d)));
  if (verb < 0) return null;
  const to = toks.slice(verb + 1, verb + 1 + TO_WITHIN).find((t) => TO_WORDS.has(t.word));
  if (!to) return null;
  const rest = span.text
    .slice(to.end)
    .trim()
    .replace(/[.;:]+$/u, "");
  return rest === "" || rest.length > MAX_TO_CHARS ? null : rest;
}

/** "Who receives the money?": the recipients named in the ledger, with the sentences that name them. */
export function answerRecipient(ctx: AnswerContext): Draft {
  if (ctx.query.unknown.length > 0) {
    const what = ctx.query.unknown.join(" ");
    return decline(
      "recipient",
      say(
        ctx.language,
        `Dokumenten nämner inte ”${what}”.`,
        `The documents don't mention “${what}”.`,
      ),
    );
  }
  const found = new Map<string, Span[]>();
  // "Vem fick pengarna för prostatacancer 2024?", "who got the 5 million?": only those entries.
  const amounts = new Set(ctx.query.amounts.map((a) => a.valueSek));
  const topical = hasTopic(ctx.query) ? matchTopic(ctx.query, ctx.index) : ctx.index.entries;
  // "which region got part of it": the shares of the asked money too.
  const parts = ctx.query.cues.has("included");
  const asked = (e: LedgerEntry) =>
    amounts.has(e.amountSek) ||
    (parts && e.partOf !== null && amounts.has(ctx.index.byId.get(e.partOf)?.amountSek ?? -1));
  const entries = topical.filter(
    (e) => inYears(e.entry, ctx.query.years) && (amounts.size === 0 || asked(e.entry)),
  );
  for (const { entry } of entries) {
    if (!entry.recipient || entry.role === "agency-cap" || entry.role === "budget-frame") continue;
    const source =
      entry.sources.find((s) => s.text.includes(entry.recipient ?? "")) ?? entry.sources[0];
    if (!source) continue;
    const list = found.get(entry.recipient) ?? [];
    if (
      list.length < MAX_CITES_PER_NAME &&
      !list.some((p) => p.start === source.start && p.docId === source.docId)
    ) {
      list.push(source);
    }
    found.set(entry.recipient, list);
  }
  // "vilka regioner fick …": only the names of the asked kind.
  const ofKind = ofAskedKind(ctx.query.cues);
  for (const name of found.keys()) if (!ofKind(name)) found.delete(name);
  // "And who receives it?" about the money in general: first whom the payers pay it to.
  const payees = aboutTheMoney(ctx)
    ? inAskedYears(ctx, channels(ctx, "paid-to")).filter(
        (p) => ofKind(p.name) && paidByAsked(ctx, p),
      )
    : [];
  if (found.size === 0 && payees.length === 0) {
    const none = noneOfAskedKind(ctx.query.cues, ctx.language);
    return decline(
      "recipient",
      none
        ? say(
            ctx.language,
            `Dokumenten namnger ${none} som mottagare.`,
            `The documents name ${none} as a recipient.`,
          )
        : say(
            ctx.language,
            "Dokumenten namnger ingen mottagare.",
            "The documents name no recipient.",
          ),
    );
  }
  const findings = [...found.entries()].map(([name, passages]) => ({ name, passages }));
  const lines = [
    ...(payees.length > 0
      ? [
          say(
            ctx.language,
            `Pengarna betalas ut till ${render(ctx, payees)}.`,
            `The money is paid out to ${render(ctx, payees)}.`,
          ),
        ]
      : []),
    ...(findings.length > 0
      ? [
          say(
            ctx.language,
            `Mottagare enligt dokumenten: ${render(ctx, findings)}.`,
            `Recipients named in the documents: ${render(ctx, findings)}.`,
          ),
        ]
      : []),
  ];
  return { intent: "recipient", answered: true, text: lines.join("\n"), figures: [] };
}

/**
 * A question about the money in general: no area, amount or organisation of its own; the agency it comes
 * from may be named ("who gets the 2032 money from Kammarkollegiet").
 */
function aboutTheMoney(ctx: AnswerContext): boolean {
  const { query } = ctx;
  return (
    !hasTopic(query) &&
    query.amounts.length === 0 &&
    query.orgs.every((o) => o.role === "payer" || o.role === "funder")
  );
}

/** No payer asked, or the payee's sentences are in documents where the asked payer pays out. */
function paidByAsked(ctx: AnswerContext, payee: Finding): boolean {
  const payers = ctx.query.orgs.map((o) => ledgerName(ctx, o.name).toLowerCase());
  if (payers.length === 0) return true;
  const docs = new Set(
    channels(ctx, "pays-out")
      .filter((f) => payers.includes(f.name.toLowerCase()))
      .flatMap((f) => f.passages.map((p) => p.docId)),
  );
  return payee.passages.some((p) => docs.has(p.docId));
}
