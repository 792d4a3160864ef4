import {
  mentionsGms,
  type PersonRole,
  type PersonStatement,
  PUBLISHER_KEYS,
  type Span,
} from "../../knowledge/index.js";
import type { Language } from "../answer.js";
import { LEXICON } from "../lexicon.js";
import { listText, say } from "../say.js";
import { askedDocuments, inDocuments } from "./asked.js";
import type { AnswerContext, Draft } from "./context.js";
import { decline } from "./context.js";
import { documentsOfAskedKinds } from "./document-states.js";
import { answerPassages } from "./passages.js";
import { namesWord } from "./quoted-names.js";

// One line per role a person has; a few quotes each.
const MAX_CITES = 2;
const MAX_NAMES = 8;

/** What each role is called, Swedish then English. */
const ROLE_NAMES: Record<PersonRole, [string, string]> = {
  minister: ["minister", "minister"],
  signer: ["undertecknade ett regeringsbeslut", "signed a government decision"],
  decider: ["fattade ett myndighetsbeslut", "made an agency's decision"],
  "press-contact": ["presskontakt", "press contact"],
  contact: ["kontaktperson", "contact"],
  author: ["undertecknade texten", "signed the text as an author"],
  writer: ["skrev artikeln", "wrote the article"],
  signatory: ["undertecknade dokumentet", "signed the document"],
  questioner: ["ställde frågan", "asked the question"],
  quoted: ["citeras", "quoted"],
};

/** The roles a named person has, said in the asker's language with the document's own title. */
function roleText(p: PersonStatement, language: Language): string {
  const [sv, en] = ROLE_NAMES[p.role];
  const role = language === "sv" ? sv : en;
  if (p.role === "minister") return p.title ?? role;
  if (p.role === "signer" && p.title === "föredragande")
    return say(
      language,
      "föredragande, undertecknade regeringsbeslutet",
      "presenting official (föredragande), co-signed the government decision",
    );
  if (p.role === "questioner" && p.title) return `${role} (${p.title})`;
  return p.title ? `${role}: ${p.title}` : role;
}

/** "Olof Sandberg" asked as "Sandberg" or "Olof Sandberg": the same surname, and the first name if given. */
function sameName(asked: string, name: string): boolean {
  const a = asked.toLowerCase().split(/\s+/);
  const b = name.toLowerCase().split(/\s+/);
  if (a.at(-1) !== b.at(-1)) return false;
  return a.length === 1 || a[0] === b[0];
}

/** "Who is Anna Wedin?": every role the documents give the person, each cited; else what they say of them. */
export function answerPerson(ctx: AnswerContext): Draft {
  // "Who is Sandberg?": a lone word is read as a surname.
  const asked = ctx.query.people.length > 0 ? ctx.query.people : ctx.query.topicWords;
  const found = ctx.knowledge.statements.people.filter((p) =>
    asked.some((a) => sameName(a, p.name)),
  );
  if (found.length === 0) return answerPassages(ctx);
  const lines = byName(found).map(([name, group]) => {
    const roles = new Map<string, Span[]>();
    for (const p of group) {
      const text = roleText(p, ctx.language);
      roles.set(text, [...(roles.get(text) ?? []), ...p.context.slice(0, 1), p.span]);
    }
    const parts = [...roles].map(
      ([text, spans]) => `${text} ${ctx.citations.markers(spans.slice(0, MAX_CITES * 2)).text}`,
    );
    return say(
      ctx.language,
      `${name} i dokumenten: ${listText(parts, "sv")}.`,
      `${name} in the documents: ${listText(parts, "en")}.`,
    );
  });
  return { intent: "minister", answered: true, text: lines.join("\n"), figures: [] };
}

/** "Who wrote the op-ed?", "Vem ställde frågan?": the people in that role, in the documents asked about. */
export function answerRole(ctx: AnswerContext, role: "author" | "questioner"): Draft {
  const named = (r: PersonRole) => ctx.knowledge.statements.people.filter((p) => p.role === r);
  // A report's closing signature answers "who wrote it" only where no article names its authors.
  const authors = named(role);
  const all = authors.length > 0 || role !== "author" ? authors : named("signatory");
  // "who wrote the motion?": the documents of the kind asked, when the documents hold one.
  const ofKind = ctx.query.docKinds.length > 0 ? documentsOfAskedKinds(ctx) : new Set<string>();
  const docs = ofKind.size > 0 ? ofKind : askedDocuments(ctx);
  const inDocs = all.filter((p) => inDocuments(docs)(p.span));
  // "who wrote the article about …": a news page's byline, where the question points at that page.
  const writers = role === "author" ? pointedWriters(ctx, docs) : [];
  if (writers.length > 0 && (inDocs.length === 0 || namesPublisher(ctx)))
    return writtenBy(ctx, writers);
  const found = ofAskedQuestion(ctx, inDocs.length > 0 ? inDocs : all);
  if (found.length === 0)
    return decline(
      "minister",
      role === "author"
        ? say(ctx.language, "Dokumenten namnger ingen skribent.", "The documents name no author.")
        : say(
            ctx.language,
            "Dokumenten namnger ingen som ställt en fråga.",
            "The documents name no one who asked a question.",
          ),
    );
  const names = byName(found).map(([name, group]) => {
    const title = group[0]?.title ? ` (${group[0].title})` : "";
    return `${name}${title} ${ctx.citations.markers(group.slice(0, MAX_CITES).map((p) => p.span)).text}`;
  });
  const text =
    role === "author"
      ? say(
          ctx.language,
          `Texten är undertecknad av ${listText(names, "sv")}.`,
          `Signed by ${listText(names, "en")}.`,
        )
      : say(
          ctx.language,
          `Frågan ställdes av ${listText(names, "sv")}.`,
          `The question was asked by ${listText(names, "en")}.`,
        );
  return { intent: "minister", answered: true, text, figures: [] };
}

/** Whether the question names a publisher ("the Dagens Medicin article"). */
function namesPublisher(ctx: AnswerContext): boolean {
  return ctx.query.docKinds.some((k) => PUBLISHER_KEYS.has(k));
}

/**
 * The bylines of the pages the question points at: of the kinds or publisher it names ("the article", "Dagens
 * Medicin") and about what it asks; a publisher named alone is enough. None when it points at nothing.
 */
function pointedWriters(ctx: AnswerContext, docs: Set<string> | null): PersonStatement[] {
  const kinds = ctx.query.docKinds.length > 0 ? documentsOfAskedKinds(ctx) : null;
  if (docs === null && kinds === null) return [];
  const writers = ctx.knowledge.statements.people.filter((p) => p.role === "writer");
  const within = (ids: Set<string> | null) => (p: PersonStatement) =>
    ids === null || ids.has(p.span.docId);
  const both = writers.filter(within(docs)).filter(within(kinds));
  return both.length > 0 || !namesPublisher(ctx) ? both : writers.filter(within(kinds));
}

/** "Av Karin Holmqvist": the writers the asked pages' bylines name, each cited to its byline. */
function writtenBy(ctx: AnswerContext, writers: readonly PersonStatement[]): Draft {
  const names = byName(writers).map(
    ([name, group]) =>
      `${name} ${ctx.citations.markers(group.slice(0, MAX_CITES).map((p) => p.span)).text}`,
  );
  const text = say(
    ctx.language,
    `Artikeln skrevs av ${listText(names, "sv")}.`,
    `The article was written by ${listText(names, "en")}.`,
  );
  return { intent: "minister", answered: true, text, figures: [] };
}

// Kinds of question a questioner may be asked by ("vem ställde interpellationen?", "the written question"): the
// words that name each, matched as word starts in the question and in the person's sentence or heading.
const QUESTION_KINDS: readonly (readonly string[])[] = [
  ["interpellation"],
  ["skriftlig", "written"],
];

/** The questioners of the kind of question asked, when the question names one and some are of it. */
function ofAskedQuestion(ctx: AnswerContext, people: PersonStatement[]): PersonStatement[] {
  const words = ctx.query.text.toLowerCase().split(/[^\p{L}]+/u);
  const kind = QUESTION_KINDS.find((k) =>
    words.some((w) => k.some((start) => w.startsWith(start))),
  );
  if (!kind) return people;
  const told = (p: PersonStatement) =>
    [p.span, ...p.context]
      .map((x) => x.text.toLowerCase())
      .some((t) => t.split(/[^\p{L}]+/u).some((w) => kind.some((start) => w.startsWith(start))));
  const ofKind = people.filter(told);
  return ofKind.length > 0 ? ofKind : people;
}

function byName(people: readonly PersonStatement[]): Array<[string, PersonStatement[]]> {
  const groups = new Map<string, PersonStatement[]>();
  for (const p of people) groups.set(p.name, [...(groups.get(p.name) ?? []), p]);
  return [...groups.entries()].slice(0, MAX_NAMES);
}

// "vad heter styrgruppens ordförande": the lexicon's `title:…` cues, each with the words a title is written in.
const TITLES = new Map<string, string[]>();
for (const e of LEXICON)
  if (e.role === "cue" && e.value.startsWith("title:"))
    TITLES.set(e.value, [...(TITLES.get(e.value) ?? []), e.tokens.join(" ")]);

/** The title cues the question holds. */
export function askedTitles(cues: ReadonlySet<string>): string[] {
  return [...TITLES.keys()].filter((t) => cues.has(t));
}

/** "vem är projektledare", "who chairs the steering group": the people whose title is the one asked. */
export function answerTitle(ctx: AnswerContext): Draft {
  const asked = askedTitles(ctx.query.cues);
  const words = asked.flatMap((t) => TITLES.get(t) ?? []);
  const orgs = ctx.query.orgs.map((o) => o.name.toLowerCase());
  // A bare title ("Ulrika Forsberg (S), ordförande" under a region's minutes) is of the organisation
  // its document's opening names.
  const ofOrg = (p: PersonStatement, title: string) =>
    orgs.some((o) => title.includes(o)) ||
    (words.includes(title) && orgs.some((o) => p.opening?.text.toLowerCase().includes(o) === true));
  const titled = ctx.knowledge.statements.people.filter((p) => {
    const title = p.title?.toLowerCase() ?? "";
    // "ordförande i GMS styrgrupp", not "forskningschef"; of the organisation asked, when one is.
    return words.some((w) => namesWord(title, w)) && (orgs.length === 0 || ofOrg(p, title));
  });
  // "vem är ordförande i gms": GMS's own chair ("GMS ordförande"), not a region board's, when one is named.
  const ofGms = titled.filter((p) => mentionsGms(p.title ?? ""));
  const found = ctx.query.mentionsGms && orgs.length === 0 && ofGms.length > 0 ? ofGms : titled;
  const first = asked[0] ?? "";
  if (found.length === 0) {
    const sv = TITLES.get(first)?.[0] ?? "";
    const en = first.slice("title:".length).replace("-", " ");
    return decline(
      "minister",
      say(ctx.language, `Dokumenten namnger ingen ${sv}.`, `The documents name no ${en}.`),
    );
  }
  const lines = byName(found).map(([name, group]) => {
    const roles = [...new Set(group.map((p) => roleText(p, ctx.language)))];
    const cites = ctx.citations.markers(group.map((p) => p.span)).text;
    return `${name} (${listText(roles, ctx.language)}) ${cites}`;
  });
  return {
    intent: "minister",
    answered: true,
    text: say(
      ctx.language,
      `Enligt dokumenten: ${listText(lines, "sv")}.`,
      `According to the documents: ${listText(lines, "en")}.`,
    ),
    figures: [],
  };
}
