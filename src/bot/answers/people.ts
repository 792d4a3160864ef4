import {
  type DecisionStatement,
  documentHeadings,
  fundingRole,
  type LedgerEntry,
  type PersonStatement,
  type Span,
} from "../../knowledge/index.js";
import { deciderName, isGovernment } from "../deciders.js";
import { aliasesOf } from "../lexicon.js";
import { entriesOfYears } from "../match.js";
import { listText, say, shorten } from "../say.js";
import { askedDocuments, askedEntries, askedMonth, inDocuments } from "./asked.js";
import type { AnswerContext, Draft } from "./context.js";
import { decline } from "./context.js";
import { answerYearDecisions } from "./decided-year.js";
import { decisionFigures, inAskedMonth } from "./decision-figures.js";
import { referenced } from "./document-states.js";
import { answerLatestDecision } from "./latest-decision.js";
import { answerLead } from "./leads.js";
import { documentsByIdOf } from "./memo.js";
import { answerNextDecision } from "./next-decision.js";
import { answerPerson, answerRole, answerTitle, askedTitles } from "./person.js";
import { swedishQuoteNote } from "./quoted-language.js";
import { namesWord } from "./quoted-names.js";
import { answerNotDecided, answerReply } from "./reply.js";
import { answerSaid, answerWhoSaid } from "./said.js";
import { yearOwners } from "./scope.js";
import { dateText, rankDate } from "./stated-dates.js";

// Enough names for a chat reply, in order of first mention.
const MAX_NAMES = 8;
const MAX_CITES_PER_NAME = 2;

/** Ministers named in the documents, with their titles and who signed decisions; or the press contacts. */
export function answerMinisters(ctx: AnswerContext): Draft {
  const { cues } = ctx.query;
  if (askedTitles(cues).length > 0) return answerTitle(ctx);
  if (cues.has("lead") && !cues.has("minister")) return answerLead(ctx);
  if (cues.has("press")) return answerPress(ctx);
  const said = answerWhoSaid(ctx) ?? answerSaid(ctx, "minister");
  if (said) return said;
  if (cues.has("whoIs") || (ctx.query.people.length > 0 && cues.has("who")))
    if (!cues.has("minister") && !cues.has("author")) return answerPerson(ctx);
  if (cues.has("asker")) return answerRole(ctx, "questioner");
  if (cues.has("author")) return answerRole(ctx, "author");
  const reply = cues.has("answered") ? answerReply(ctx) : null;
  if (reply) return reply;
  const people = ctx.knowledge.statements.people;
  const named = (docs: Set<string> | null) => {
    const inDocs = inDocuments(docs);
    return {
      ministers: people.filter((p) => p.role === "minister" && inDocs(p.span)),
      signers: people.filter((p) => SIGNING.has(p.role) && inDocs(p.span)),
    };
  };
  // "Vilken minister presenterade 2025 års stöd?": the ministers of the documents granting that year's money,
  // not every minister of every document the year is told in.
  const owners = onlyYearsAsked(ctx) ? named(yearOwners(ctx, ctx.query.years)) : null;
  // "vem höll talet på Genomikdagen?": a word of the question that a document's title holds names that document.
  const titled = titleNamed(ctx);
  const byTitle = titled.size > 0 ? named(titled) : null;
  const { ministers, signers } =
    owners && owners.ministers.length > 0
      ? owners
      : byTitle && byTitle.ministers.length > 0
        ? byTitle
        : named(askedDocuments(ctx));
  if (ministers.length === 0 && signers.length === 0) {
    return decline(
      "minister",
      askedDocuments(ctx) === null
        ? say(ctx.language, "Dokumenten namnger ingen minister.", "The documents name no minister.")
        : say(
            ctx.language,
            "Dokumenten om det du frågar om namnger ingen minister.",
            "The documents about what you asked name no minister.",
          ),
    );
  }
  const listed = byName(ministers).map(
    ([name, group]) =>
      `${name} (${group[0]?.title ?? ""}) ${ctx.citations.markers(spans(group, false)).text}`,
  );
  const lines =
    listed.length === 0
      ? []
      : [
          say(
            ctx.language,
            `Ministrar i dokumenten: ${listText(listed, "sv")}.`,
            `Ministers in the documents: ${listText(listed, "en")}.`,
          ),
        ];
  if (signers.length > 0) lines.push(signerLine(ctx, signers));
  return { intent: "minister", answered: true, text: lines.join("\n"), figures: [] };
}

// A word shorter than this names no document by its title ("tal", "gms").
const TITLE_WORD_MIN = 6;

/** The documents whose titles (or first lines) hold a word the question could not place otherwise ("genomikdagen"). */
function titleNamed(ctx: AnswerContext): Set<string> {
  const asked = [...ctx.query.coverage.unplaced, ...ctx.query.stems]
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= TITLE_WORD_MIN);
  if (asked.length === 0) return new Set();
  return new Set(
    documentHeadings(ctx.knowledge.documents)
      .filter((d) => asked.some((w) => d.heading.includes(w)))
      .map((d) => d.docId),
  );
}

/** The question names years and nothing else of its own to narrow by (no topic, amount, organisation or month). */
function onlyYearsAsked(ctx: AnswerContext): boolean {
  const q = ctx.query;
  return (
    q.years.length > 0 &&
    q.topics.length === 0 &&
    q.stems.length === 0 &&
    q.amounts.length === 0 &&
    q.orgs.length === 0 &&
    q.months.length === 0 &&
    q.docKinds.length === 0
  );
}

/** The question names a subject of its own (an area, an amount, an organisation), beside or without years. */
function subjectAsked(ctx: AnswerContext): boolean {
  const q = ctx.query;
  return (
    (q.topics.length > 0 || q.stems.length > 0 || q.amounts.length > 0 || q.orgs.length > 0) &&
    q.months.length === 0
  );
}

/** People grouped by name in order of first mention, at most a few names. */
function byName(people: readonly PersonStatement[]): Array<[string, PersonStatement[]]> {
  const groups = new Map<string, PersonStatement[]>();
  for (const p of people) {
    const group = groups.get(p.name);
    if (group) group.push(p);
    else groups.set(p.name, [p]);
  }
  return [...groups.entries()].slice(0, MAX_NAMES);
}

/** The lines that name them, a couple per person; with the heading over a signature or contact. */
function spans(group: readonly PersonStatement[], withContext: boolean): Span[] {
  return group
    .slice(0, MAX_CITES_PER_NAME)
    .flatMap((p) => (withContext ? [...p.context.slice(0, 1), p.span] : [p.span]));
}

const MINISTER_TITLE = /statsråd|minist/i;
// Who signs or makes a decision: a government decision's signers, an agency decision's deciders.
const SIGNING: ReadonlySet<PersonStatement["role"]> = new Set(["signer", "decider"]);

function signerLine(ctx: AnswerContext, signers: readonly PersonStatement[]): string {
  // "Vilken minister skrev under?": the minister (statsrådet), not the official who presented the case.
  const ministers = signers.filter((p) => MINISTER_TITLE.test(p.title ?? ""));
  const asked = ctx.query.cues.has("minister") && ministers.length > 0 ? ministers : signers;
  const names = byName(asked).map(([name, group]) => {
    const title = group[0]?.title ? ` (${group[0].title})` : "";
    return `${name}${title} ${ctx.citations.markers(spans(group, true)).text}`;
  });
  // "Beslutet har fattats av enhetschef X": an agency's decision, no government's, dated by its document.
  if (asked.every((p) => p.role === "decider")) {
    const published = documentsByIdOf(ctx.knowledge).get(asked[0]?.span.docId ?? "")?.published;
    const [y, m, d] = (published ?? "").split("-").map(Number);
    const when = y && m && d ? ` ${dateText({ year: y, month: m, day: d }, ctx.language)}` : "";
    return say(
      ctx.language,
      `Beslutet fattades${when === "" ? "" : ` den${when}`} av ${listText(names, "sv")}.`,
      `Decided${when === "" ? "" : ` on${when}`} by ${listText(names, "en")}.`,
    );
  }
  // A board's minutes are signed by their chair, secretary and adjusters: no government decision.
  if (asked.every((p) => p.role === "signatory"))
    return say(
      ctx.language,
      `Undertecknat av ${listText(names, "sv")}.`,
      `Signed by ${listText(names, "en")}.`,
    );
  return say(
    ctx.language,
    `Regeringsbeslut undertecknat av ${listText(names, "sv")}.`,
    `Government decision signed by ${listText(names, "en")}.`,
  );
}

// "Region Uppsala" → "uppsala"; words that name a kind of organisation, not this one.
const GENERIC_ORG_WORDS = new Set(["region", "regionen", "län", "universitet", "sjukhus"]);
const MIN_NAME_WORD = 4;

/** The one word of an organisation's name that is its own ("uppsala" of "region uppsala"), or null. */
function ownNameWord(name: string): string | null {
  const own = name
    .split(/\s+/)
    .filter((w) => !GENERIC_ORG_WORDS.has(w) && w.length >= MIN_NAME_WORD);
  return own.length === 1 && name.includes(" ") ? (own[0] as string) : null;
}

/** "Who is the press contact for the April 2026 decision?": the contacts of the documents asked about. */
export function answerPress(ctx: AnswerContext): Draft {
  const docs =
    decisionDocuments(ctx) ??
    publishedIn(ctx) ??
    yearDecisionDocuments(ctx) ??
    ofAskedYears(ctx, askedDocuments(ctx));
  const inDocs = inDocuments(docs);
  const all = ctx.knowledge.statements.people.filter(
    (p) => p.role === "press-contact" || p.role === "contact",
  );
  const press = all.filter((p) => p.role === "press-contact" && inDocs(p.span));
  const listed = press.length > 0 ? press : all.filter((p) => inDocs(p.span));
  // "vem är pressansvarig på scilifelab": the contacts whose title names the organisation asked about.
  const orgs = ctx.query.orgs.map((o) => o.name.toLowerCase());
  // "kontaktperson för uppsalanoden": a title naming the organisation's own name-word ("Klinisk genomik
  // Uppsala" for Region Uppsala) names it too.
  const ofOrg = (p: (typeof all)[number]) =>
    orgs.some((o) =>
      [o, ownNameWord(o)].some((w) => w !== null && namesWord(p.title?.toLowerCase() ?? "", w)),
    );
  const byOrg = orgs.length === 0 ? listed : all.filter(ofOrg);
  // No contact's title names the organisation: the contacts of the documents asked about, when the question
  // narrowed them (a year, a kind of document), speak for it.
  const found = byOrg.length > 0 || docs === null ? byOrg : listed;
  if (found.length === 0)
    return decline(
      "minister",
      say(
        ctx.language,
        "Dokumenten anger ingen presskontakt.",
        "The documents name no press contact.",
      ),
    );
  const names = byName(found).map(([name, group]) => {
    const title = group[0]?.title ? ` (${group[0].title})` : "";
    return `${name}${title} ${ctx.citations.markers(spans(group, false)).text}`;
  });
  const text = say(
    ctx.language,
    `Presskontakt enligt dokumenten: ${listText(names, "sv")}.`,
    `Press contact named in the documents: ${listText(names, "en")}.`,
  );
  return { intent: "minister", answered: true, text, figures: [] };
}

/**
 * "presskontakt för 2027-beslutet": the documents telling a government decision on that year's money (else
 * one taken that year); a steering group's split of the money is no such decision. Null when no decision
 * or no year is asked.
 */
function yearDecisionDocuments(ctx: AnswerContext): Set<string> | null {
  const years = ctx.query.years;
  if (!ctx.query.cues.has("decision") || years.length === 0) return null;
  const government = ctx.knowledge.statements.decisions.filter((d) => isGovernment(d.decidedBy));
  const deciding = new Set(government.map((d) => d.span.docId));
  const owners = [...yearOwners(ctx, years)].filter((id) => deciding.has(id));
  if (owners.length > 0) return new Set(owners);
  const taken = government.filter((d) => years.includes(d.date?.year ?? 0));
  return taken.length > 0 ? new Set(taken.map((d) => d.span.docId)) : null;
}

/**
 * "presskontakt för 2025 pressmeddelandet": a document kind dated by its year is the one published then;
 * "press contact for the 2027 money": the documents granting that year's money. Else the asked kind's.
 */
function ofAskedYears(ctx: AnswerContext, kind: Set<string> | null): Set<string> | null {
  const years = ctx.query.years;
  if (years.length === 0) return kind;
  const published = ctx.knowledge.documents
    .filter((d) => years.includes(Number((d.published ?? "").slice(0, 4))))
    .map((d) => d.id)
    .filter((id) => kind?.has(id) ?? true);
  // Only a named kind of document ("2025 pressmeddelandet") is dated by its year; "the 2028 decision" asks
  // for the documents of that year's money, not whatever page was published in 2028.
  const dated = ctx.query.docKinds.length > 0;
  const docs = kind ? new Set(dated ? published : []) : yearOwners(ctx, years);
  return docs.size > 0 ? docs : kind;
}

/**
 * "presskontakt pm 17 dec": the documents published in the asked month, in the asked year when one is;
 * null when the question names no month or no document is so dated.
 */
function publishedIn(ctx: AnswerContext): Set<string> | null {
  const month = askedMonth(ctx);
  if (month === null) return null;
  const dated = ctx.knowledge.documents.map((d) => ({
    id: d.id,
    date: (d.published ?? "").split("-").map(Number),
  }));
  const inMonth = dated.filter((d) => d.date[1] === month);
  const inYear = inMonth.filter((d) => ctx.query.years.includes(d.date[0] ?? 0));
  const chosen = inYear.length > 0 ? inYear : inMonth;
  return chosen.length > 0 ? new Set(chosen.map((d) => d.id)) : null;
}

/**
 * "the april 2026 decision": the documents that tell a decision dated in that month (and year); null
 * when the question names no month.
 */
function decisionDocuments(ctx: AnswerContext): Set<string> | null {
  const month = askedMonth(ctx);
  if (month === null) return null;
  const years = ctx.query.years;
  const docs = new Set(
    ctx.knowledge.statements.decisions
      .filter(
        (d) => d.date?.month === month && (years.length === 0 || years.includes(d.date.year ?? 0)),
      )
      .map((d) => d.span.docId),
  );
  return docs.size > 0 ? docs : null;
}

/** The decisions the documents tell of: who signed, who got copies, when, or the sentences themselves. */
export function answerDecisions(ctx: AnswerContext): Draft {
  const docs = askedDocuments(ctx) ?? orgDocuments(ctx);
  // "vilka justerade protokollet": a kind of document asked narrows the signatures to its documents, and
  // minutes are signed by their chair, secretary and adjusters, not by a government decision's signers.
  const ofKind =
    ctx.query.docKinds.length > 0 ? inDocuments(new Set(referenced(ctx).map((d) => d.id))) : null;
  // A signer "på regeringens vägnar" signed a government decision, whatever kind of page tells of it (an
  // agency's newsletter retelling the decision it got).
  const governmentDecision = ctx.query.docKinds.includes("regeringsbeslut");
  const signersIn = (chosen: Set<string> | null) => {
    const signed = inDocuments(chosen);
    return ctx.knowledge.statements.people.filter(
      (p) =>
        SIGNING.has(p.role) && signed(p.span) && (governmentDecision || (ofKind?.(p.span) ?? true)),
    );
  };
  // "amr-pengarna 2026?" → "vem skrev under?": the decision on that subject's money (dated December 2025),
  // before any decision merely dated in the year asked.
  const ofSubject = subjectAsked(ctx) && docs !== null ? signersIn(docs) : [];
  const decisionSigners = ofSubject.length > 0 ? ofSubject : signersIn(decidedIn(ctx) ?? docs);
  const signers =
    decisionSigners.length > 0 || ofKind === null
      ? decisionSigners
      : ctx.knowledge.statements.people.filter((p) => p.role === "signatory" && ofKind(p.span));
  // "Who signed the decision?": the signatures, not every decision sentence.
  if (ctx.query.cues.has("signed") && signers.length > 0) {
    return { intent: "decision", answered: true, text: signerLine(ctx, signers), figures: [] };
  }
  // "Vem fattade Vinnovas beslut om bidraget?": an organisation's decision names who made it.
  const inOrgDocs = ctx.query.cues.has("who") && docs !== null ? inDocuments(docs) : null;
  const deciders = inOrgDocs
    ? ctx.knowledge.statements.people.filter((p) => p.role === "decider" && inOrgDocs(p.span))
    : [];
  if (deciders.length > 0)
    return { intent: "decision", answered: true, text: signerLine(ctx, deciders), figures: [] };
  // "Vem skrev under?" of money no signed decision tells: said so, never a list of unsigned decision sentences.
  if (ctx.query.cues.has("signed") && !ctx.query.cues.has("copy")) return answerNoSigner(ctx);
  if (ctx.query.cues.has("copy")) return answerCopies(ctx, docs);
  // "the press contact for the April decision" asks for a person, not the decision.
  if (ctx.query.cues.has("press")) return answerPress(ctx);
  const decisions = inAskedMonth(
    ctx,
    adoptionsFirst(ctx, notAfterYears(ctx, byAskedDecider(ctx, relevantDecisions(ctx, docs)))),
  );
  // "när kommer nästa beslut?": no decision the documents tell is the next one.
  if (ctx.query.cues.has("next")) return answerNextDecision(ctx);
  const notYet = answerNotDecided(ctx, ctx.knowledge.statements.decisions);
  if (notYet) return notYet;
  if (ctx.query.cues.has("when")) {
    const when = whenLine(ctx, decisions);
    if (when) return { intent: "decision", answered: true, text: when, figures: [] };
  }
  // "Vem fattade beslutet om 2025 års medel?": the year's grants with who decided them, not every decision.
  const latest = ctx.query.cues.has("latest") ? answerLatestDecision(ctx) : null;
  if (latest) return latest;
  const byYear = asksYearDecision(ctx) ? answerYearDecisions(ctx) : null;
  if (byYear) return byYear;
  const chosen = decisions.slice(0, 8);
  if (chosen.length === 0) return decline("decision", noDecisionLine(ctx));
  const lines = chosen.map(
    (d) => `• ${ctx.citations.markers([d.span]).text} ${shorten(d.span.text, 160)}`,
  );
  // "What was decided in December 2021?": the amounts those decisions state, as figures with their sources.
  const { figures, notes } =
    askedMonth(ctx) === null ? { figures: [], notes: [] } : decisionFigures(ctx, chosen);
  lines.forEach((line, i) => {
    lines[i] = `${line}${notes[i] ?? ""}`;
  });
  lines.unshift(
    say(
      ctx.language,
      "Beslut som dokumenten beskriver:",
      `Decisions the documents describe${swedishQuoteNote(
        ctx,
        chosen.map((d) => d.span),
      )}:`,
    ),
  );
  const by = ctx.query.cues.has("who") ? byLine(ctx, chosen) : null;
  if (by) lines.unshift(by);
  // Signers of a government decision did not take another body's decision.
  else {
    // Only the signers of a decision listed: another decision's signature says nothing of these.
    const listed = new Set(chosen.map((d) => d.span.docId));
    const theirs = signers.filter((p) => listed.has(p.span.docId));
    if (theirs.length > 0) lines.push(signerLine(ctx, theirs));
  }
  return { intent: "decision", answered: true, text: lines.join("\n"), figures };
}

/** "Vem fattade beslutet om 2025 års medel?": who decided a year's money, nothing else named. */
function asksYearDecision(ctx: AnswerContext): boolean {
  const q = ctx.query;
  return (
    q.cues.has("who") &&
    !q.cues.has("when") &&
    q.years.length > 0 &&
    q.stems.length === 0 &&
    q.topics.length === 0 &&
    q.months.length === 0 &&
    q.orgs.length === 0 &&
    q.amounts.length === 0
  );
}

/**
 * Signers of the decisions dated nearest the asked years (a decision's document date): "vem skrev under?" of
 * a year no signed decision tells names the decisions beside it, never every signer of every decision.
 */
function nearestInTime(
  ctx: AnswerContext,
  signers: readonly PersonStatement[],
  years: readonly number[],
): PersonStatement[] {
  if (years.length === 0) return [...signers];
  const yearOf = new Map(
    ctx.knowledge.documents.map((d) => [d.id, Number((d.published ?? "").slice(0, 4)) || null]),
  );
  const distance = (p: PersonStatement) => {
    const y = yearOf.get(p.span.docId) ?? null;
    return y === null ? Number.POSITIVE_INFINITY : Math.min(...years.map((a) => Math.abs(a - y)));
  };
  const best = Math.min(...signers.map(distance));
  return signers.filter((p) => distance(p) === best);
}

/** No signature in the documents asked about: said so, and which decisions the documents do give signers for. */
function answerNoSigner(ctx: AnswerContext): Draft {
  const years = ctx.query.years;
  const about =
    years.length > 0
      ? say(
          ctx.language,
          ` om ${listText(years.map(String), "sv")}`,
          ` about ${listText(years.map(String), "en")}`,
        )
      : "";
  const none = say(
    ctx.language,
    `Dokumenten${about} namnger ingen som skrev under ett beslut.`,
    `The documents${about} name no one who signed a decision.`,
  );
  const elsewhere = nearestInTime(
    ctx,
    ctx.knowledge.statements.people.filter((p) => SIGNING.has(p.role)),
    years,
  );
  if (elsewhere.length === 0 || about === "") return decline("decision", none);
  const other = say(
    ctx.language,
    "Ett annat beslut i dokumenten:",
    "Another decision in the documents:",
  );
  return {
    intent: "decision",
    answered: true,
    text: `${none}\n${other} ${signerLine(ctx, elsewhere)}`,
    figures: [],
  };
}

/**
 * None of the asked time (or document): said so, with the months the documents do date decisions to,
 * so "in January 2025" is not read as "no decisions at all".
 */
function noDecisionLine(ctx: AnswerContext): string {
  const all = ctx.knowledge.statements.decisions;
  if (all.length === 0)
    return say(
      ctx.language,
      "Dokumenten beskriver inga beslut.",
      "The documents describe no decisions.",
    );
  const months = new Map<number, string>();
  for (const d of all)
    if (d.date?.year != null && d.date.month != null)
      months.set(d.date.year * 12 + d.date.month, dateText({ ...d.date, day: null }, ctx.language));
  // With a year asked, the decisions nearest it are the ones worth naming.
  const asked = ctx.query.years.length > 0 ? Math.max(...ctx.query.years) * 12 : null;
  const near =
    asked === null
      ? [...months]
      : [...months].sort((a, b) => Math.abs(a[0] - asked) - Math.abs(b[0] - asked));
  const shown = near
    .slice(0, MAX_NAMES)
    .sort((a, b) => a[0] - b[0])
    .map(([, text]) => text);
  const more = months.size > shown.length;
  const known =
    shown.length === 0
      ? ""
      : say(
          ctx.language,
          ` De daterar beslut till ${more ? "bland annat " : ""}${listText(shown, "sv")}.`,
          ` They date decisions to ${more ? "among others " : ""}${listText(shown, "en")}.`,
        );
  return say(
    ctx.language,
    `Dokumenten beskriver inget sådant beslut.${known}`,
    `The documents describe no such decision.${known}`,
  );
}

/** "Vem beslutade …?": who decided, when every decision listed names a decider other than the government. */
function byLine(ctx: AnswerContext, decisions: readonly DecisionStatement[]): string | null {
  const names = [...new Set(decisions.map((d) => d.decidedBy))];
  const [name] = names;
  if (names.length !== 1 || !name || isGovernment(name)) return null;
  const by = deciderName(name, ctx.language);
  return say(ctx.language, `Beslutet fattades av ${by}.`, `Decided by ${by}.`);
}

/** "Who adopted the annual report?": the adoptions (of a report, a plan) first, anywhere if none is asked. */
function adoptionsFirst(ctx: AnswerContext, decisions: DecisionStatement[]): DecisionStatement[] {
  if (!ctx.query.cues.has("adopt")) return decisions;
  const adopted = (list: readonly DecisionStatement[]) => list.filter((d) => d.kind === "adopted");
  const here = adopted(decisions);
  if (here.length > 0) return here;
  const anywhere = adopted(ctx.knowledge.statements.decisions);
  return anywhere.length > 0 ? anywhere : decisions;
}

/** "fördelningen till Region Örebro län": the documents that state money to, from or via the asked organisation. */
export function orgDocuments(ctx: AnswerContext): Set<string> | null {
  const names = new Set(ctx.query.orgs.map((o) => o.name));
  if (names.size === 0) return null;
  const docs = new Set(
    ctx.index.entries
      .filter((e) =>
        [e.entry.recipient, e.entry.funder, e.entry.payer].some((n) => n && names.has(n)),
      )
      .flatMap((e) => e.entry.sources.map((s) => s.docId)),
  );
  return docs.size > 0 ? docs : null;
}

// The government's names in decisions: "Regeringen", "The Swedish government", "The Ministry of …".
const GOVERNMENT = ["regeringen", "government", "ministry"];
// The lexicon's one-word names for the government ("regeringen", "government", "staten").
const GOVERNMENT_WORDS = new Set(
  aliasesOf("org")
    .filter(([alias, name]) => name.toLowerCase() === "regeringen" && !alias.includes(" "))
    .map(([alias]) => alias),
);

/** "when did the government decide …": decisions by someone else (a steering group) are not the answer. */
function byAskedDecider(ctx: AnswerContext, decisions: DecisionStatement[]): DecisionStatement[] {
  // "när beslutade styrgruppen": a decider the question names by a word of its name decided it.
  const named = decisions.filter((d) => namesDecider(ctx, d.decidedBy));
  if (named.length > 0) return named;
  // The government is read as the decision's subject, not as an organisation asked about: its words tell.
  if (!ctx.query.coverage.used.some((w) => GOVERNMENT_WORDS.has(w))) return decisions;
  const byGovernment = decisions.filter((d) => {
    const by = d.decidedBy?.toLowerCase() ?? "";
    return by === "" || GOVERNMENT.some((g) => by.includes(g));
  });
  return byGovernment.length > 0 ? byGovernment : decisions;
}

// A decider's word this long is its own ("styrgrupp" in "styrgruppen"), not a common ending.
const DECIDER_WORD_MIN = 5;

/** The question names the decider by a word of its name other than the government's ("styrgruppen"). */
function namesDecider(ctx: AnswerContext, decidedBy: string | null): boolean {
  if (!decidedBy) return false;
  const own = decidedBy
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= DECIDER_WORD_MIN && !GOVERNMENT_WORDS.has(w) && w !== "gms");
  const { used, noise } = ctx.query.coverage;
  return [...used, ...noise].some((w) => own.some((o) => w.startsWith(o)));
}

/** "when was the 2025 funding decided": money for a year is decided before that year ends, never after. */
function notAfterYears(ctx: AnswerContext, decisions: DecisionStatement[]): DecisionStatement[] {
  const { years } = ctx.query;
  if (years.length === 0 || ctx.query.months.length > 0) return decisions;
  const last = Math.max(...years);
  return decisions.filter((d) => (d.date?.year ?? last) <= last);
}

/** "when was the 2024 money decided": the GMS grants of the asked years pick their decisions. */
function yearsGrants(ctx: AnswerContext): LedgerEntry[] {
  const { years } = ctx.query;
  if (years.length === 0) return [];
  return entriesOfYears(ctx.index, years).filter(
    (e) => e.gms && (fundingRole(e) === "grant" || fundingRole(e) === "part"),
  );
}

// Parts of parts of parts is as deep as a decision's split goes; a cycle in the ledger ends here.
const MAX_WHOLE_DEPTH = 4;

/**
 * The decisions in the asked documents; with an amount asked, only those about that amount (or naming
 * none: "Regeringen beslutade om pengarna i mars").
 */
function relevantDecisions(ctx: AnswerContext, docs: Set<string> | null): DecisionStatement[] {
  const inDocs = inDocuments(docs);
  const found = ctx.knowledge.statements.decisions.filter((d) => inDocs(d.span));
  // "Who decided how Örebro's share was split?": the decision on the split (a steering group's), not the grant's.
  const split = found.filter((d) => d.ofSplit && d.decidedBy !== null);
  if (ctx.query.cues.has("breakdown") && docs !== null && split.length > 0) return split;
  const asked = ctx.query.amounts.map((a) => a.valueSek);
  // Without an amount asked, the asked topic's amounts pick its decision among the document's others.
  const amounts = new Set(
    asked.length > 0 ? asked : (askedEntries(ctx) ?? yearsGrants(ctx)).map((e) => e.amountSek),
  );
  // "vilket beslut gäller 2029?" where no GMS grant is decided for the year: no decision is about it.
  if (amounts.size === 0 && ctx.query.years.length > 0 && asked.length === 0 && !askedEntries(ctx))
    return [];
  if (amounts.size === 0) return found;
  // A share is decided with its whole: "16 miljoner till sällsynta" is in the decision on the 66 miljoner.
  // Up the whole chain: "16 miljoner" is a part of the 50 that is a part of the decided 80.
  for (const e of askedEntries(ctx) ?? []) {
    if (!amounts.has(e.amountSek)) continue;
    let whole = e.partOf ? ctx.index.byId.get(e.partOf) : undefined;
    for (let depth = 0; whole && depth < MAX_WHOLE_DEPTH; depth++) {
      amounts.add(whole.amountSek);
      whole = whole.partOf ? ctx.index.byId.get(whole.partOf) : undefined;
    }
  }
  // A decision naming no amount is about the money only when the government (or the decider asked) takes
  // it: a steering group adopting an annual report ("fastställts av GMS styrgrupp den 11 mars") decides no grant.
  // An adoption ("Årsredovisningen fastställdes … den 19 april 2028") adopts a report or plan: no grant's date.
  const about = found.filter((d) =>
    d.amounts.length === 0
      ? (d.kind !== "adopted" || ctx.query.cues.has("adopt")) &&
        (d.decidedBy === null || isGovernment(d.decidedBy) || namesDecider(ctx, d.decidedBy))
      : d.amounts.some((a) => amounts.has(a.valueSek)),
  );
  return asked.length > 0 || about.some((d) => d.amounts.length > 0) ? about : found;
}

/**
 * "När beslutades …?": the best-dated decision first (a decision's own date line, then a full date, then
 * a month), with every source that agrees; a source that dates it otherwise is named, not hidden.
 */
export function whenLine(
  ctx: AnswerContext,
  decisions: readonly DecisionStatement[],
): string | null {
  const dated = decisions.filter((d) => d.date !== null).sort((a, b) => rankDate(b) - rankDate(a));
  const best = dated[0];
  if (!best?.date) return null;
  const agrees = (d: DecisionStatement) =>
    d.date?.month === best.date?.month &&
    (d.date?.day ?? best.date?.day) === best.date?.day &&
    (d.date?.year ?? best.date?.year) === best.date?.year;
  const same = dated.filter(agrees);
  const other = dated.filter((d) => !agrees(d));
  const by = best.decidedBy
    ? deciderName(best.decidedBy, ctx.language)
    : say(ctx.language, "Beslutet", "The decision");
  const cites = ctx.citations.markers(
    same.flatMap((d) => [d.span, ...(d.date ? [d.date.span] : [])]),
  ).text;
  const date = dateText(best.date, ctx.language);
  const on = best.date.day ? say(ctx.language, "den", "on") : say(ctx.language, "i", "in");
  // "Beslutet fattades den …": a decision no one is named for is taken, not "decided" by itself.
  const lines = [
    best.decidedBy
      ? say(
          ctx.language,
          `${by} beslutade ${on} ${date} ${cites}.`,
          `${by} decided ${on} ${date} ${cites}.`,
        )
      : say(
          ctx.language,
          `Beslutet fattades ${on} ${date} ${cites}.`,
          `The decision was taken ${on} ${date} ${cites}.`,
        ),
  ];
  if (other.length > 0) {
    const others = other.map(
      (d) =>
        `${d.date ? dateText(d.date, ctx.language) : ""} ${ctx.citations.markers([d.span]).text}`,
    );
    lines.push(
      say(
        ctx.language,
        `Obs: ${other.length === 1 ? "en källa" : "andra källor"} anger i stället ${listText(others, "sv")}.`,
        `Note: ${other.length === 1 ? "another source gives" : "other sources give"} ${listText(others, "en")} instead.`,
      ),
    );
  }
  return lines.join("\n");
}

/**
 * "the 2026 decision", "beslutet i april": the decision documents dated in the asked year and month; null
 * when none is or neither is asked.
 */
function decidedIn(ctx: AnswerContext): Set<string> | null {
  const { years, months } = ctx.query;
  if (years.length === 0 && months.length === 0) return null;
  const docs = new Set(
    ctx.knowledge.statements.decisions
      .filter(
        (d) =>
          d.fromDecisionDocument &&
          (years.length === 0 || years.includes(d.date?.year ?? 0)) &&
          (months.length === 0 || months.includes(d.date?.month ?? 0)),
      )
      .map((d) => d.span.docId),
  );
  return docs.size > 0 ? docs : null;
}

/** "Kopia till": who got a copy of the decisions asked about; a decision dated in the asked year first. */
function answerCopies(ctx: AnswerContext, docs: Set<string> | null): Draft {
  const { copies } = ctx.knowledge.statements;
  const inDocs = inDocuments(decidedIn(ctx) ?? docs);
  const found = copies.filter((c) => inDocs(c.span));
  if (found.length === 0)
    return decline(
      "decision",
      say(
        ctx.language,
        "Dokumenten anger inga kopiemottagare.",
        "The documents list no copy recipients.",
      ),
    );
  const byDoc = new Map<string, typeof found>();
  for (const c of found) byDoc.set(c.span.docId, [...(byDoc.get(c.span.docId) ?? []), c]);
  const lines = [...byDoc.values()].map((list) => {
    const heading = list[0]?.heading;
    const marker = ctx.citations.markers([
      ...(heading ? [heading] : []),
      ...list.map((c) => c.span),
    ]).text;
    return `• ${listText(
      list.map((c) => c.name),
      ctx.language,
    )} ${marker}`;
  });
  lines.unshift(
    say(ctx.language, "Kopia av beslutet gick till:", "Copies of the decision went to:"),
  );
  return { intent: "decision", answered: true, text: lines.join("\n"), figures: [] };
}
