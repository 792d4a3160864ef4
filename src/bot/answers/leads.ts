// "vem ledde studien?", "who leads the largest project?": the leader a document names for the asked work,
// from the lead statements read at load ("Projektet leds av …", "… leder arbetet med …", "…, projektledare").
import { type LeadStatement, stem, words } from "../../knowledge/index.js";
import { ofAskedKind } from "../org-kinds.js";
import { listText, say } from "../say.js";
import { askedDocuments, inDocuments } from "./asked.js";
import { type AnswerContext, type Draft, decline } from "./context.js";
import { documentsByIdOf } from "./memo.js";
import { answerTitle } from "./person.js";

const MAX_LEADS = 6;

/** The stems of a lead's sentence, the sentence before it and its document's title. */
function leadStems(ctx: AnswerContext, lead: LeadStatement): Set<string> {
  const title = documentsByIdOf(ctx.knowledge).get(lead.span.docId)?.title ?? "";
  const text = `${lead.context?.text ?? ""} ${lead.span.text} ${title}`;
  return new Set(words(text).map((w) => stem(w.word)));
}

/** What the question names the work by: its topic stems, in the documents' Swedish and as asked. */
function subjectStems(ctx: AnswerContext): string[] {
  const { query } = ctx;
  const orgs = query.orgs.flatMap((o) => words(o.name).map((w) => stem(w.word)));
  return [...new Set([...query.stems, ...orgs])];
}

export function answerLead(ctx: AnswerContext): Draft {
  const inDocs = inDocuments(askedDocuments(ctx));
  const leads = ctx.knowledge.statements.leads.filter((l) => inDocs(l.span));
  const subject = subjectStems(ctx);
  // "vem leder GMS?": GMS is led by its steering committee; its chair, where a document names one.
  if (subject.length === 0 && ctx.query.mentionsGms) {
    const cues = new Set([...ctx.query.cues, "title:chair"]);
    const chair = answerTitle({ ...ctx, query: { ...ctx.query, cues } });
    if (chair.answered) return chair;
  }
  const own = subject.length > 0 ? ctx.query.ownStems() : [];
  const names = (l: LeadStatement) => {
    const stems = leadStems(ctx, l);
    return subject.some((s) => stems.has(s)) || own.some((s) => stems.has(s));
  };
  // "vilken region leder …": leaders of the asked kind only.
  const ofKind = ofAskedKind(ctx.query.cues);
  // "vem leder GMS?": the leads the documents name are of parts of the work, never of GMS as a whole.
  const asked = subject.length === 0 ? (ctx.query.mentionsGms ? [] : leads) : leads.filter(names);
  const found = asked.filter((l) => ofKind(l.leader.text));
  if (found.length > 0) {
    // One leader told in two documents is named once, with both sentences.
    const byLeader = new Map<string, LeadStatement[]>();
    for (const l of found) byLeader.set(l.leader.text, [...(byLeader.get(l.leader.text) ?? []), l]);
    const line = ([leader, ls]: [string, LeadStatement[]]) =>
      `${leader} ${ctx.citations.markers(ls.map((l) => l.span)).text}`;
    const listed = listText([...byLeader].slice(0, MAX_LEADS).map(line), ctx.language);
    return {
      intent: "minister",
      answered: true,
      text: say(
        ctx.language,
        `Enligt dokumenten leds arbetet av ${listed}.`,
        `According to the documents, the work is led by ${listed}.`,
      ),
      figures: [],
    };
  }
  // "who heads the SciLifeLab Data Centre?": a person whose title heads what the question names.
  const heads = headsBy(ctx, subject);
  if (heads) return heads;
  // "who led GMS in 2019": the asker's own words, or GMS, or plainly "it".
  const work = ctx.query.asked || (ctx.query.mentionsGms ? "GMS" : "");
  const none =
    work === ""
      ? say(
          ctx.language,
          "Dokumenten säger inte vem som leder det.",
          "The documents do not say who leads it.",
        )
      : say(
          ctx.language,
          `Dokumenten säger inte vem som leder ”${work}”.`,
          `The documents do not say who leads “${work}”.`,
        );
  if (leads.length === 0) return decline("minister", none);
  const others = listText(
    leads
      .slice(0, MAX_LEADS)
      .map((l) => `${l.leader.text} ${ctx.citations.markers([l.span]).text}`),
    ctx.language,
  );
  return decline(
    "minister",
    `${none} ${say(ctx.language, `De nämner bara vem som leder delar av arbetet: ${others}.`, `They name only who leads parts of the work: ${others}.`)}`,
  );
}

// A title that says its holder heads the whole of something, in its first word: "head of the … Data Centre",
// "Director of …", "verksamhetschef, Klinisk genomik …"; "forskningschef på …" heads only a part.
const HEAD_TITLE =
  /^(?:head|leader|director|chef|ledare|verksamhetschef|föreståndare)(?:[^\p{L}]|$)/iu;

/**
 * "who heads the SciLifeLab Data Centre?": the people whose title says they head something and holds every
 * word the question names the thing by; null when none does.
 */
function headsBy(ctx: AnswerContext, subject: readonly string[]): Draft | null {
  if (subject.length === 0) return null;
  const seen = new Set<string>();
  const found = ctx.knowledge.statements.people.filter((p) => {
    if (!p.title || !HEAD_TITLE.test(p.title) || seen.has(p.name)) return false;
    const stems = new Set(words(p.title).map((w) => stem(w.word)));
    if (!subject.every((s) => stems.has(s))) return false;
    seen.add(p.name);
    return true;
  });
  if (found.length === 0) return null;
  const listed = listText(
    found
      .slice(0, MAX_LEADS)
      .map((p) => `${p.name} (${p.title}) ${ctx.citations.markers([p.span]).text}`),
    ctx.language,
  );
  return {
    intent: "minister",
    answered: true,
    text: say(
      ctx.language,
      `Enligt dokumenten: ${listed}.`,
      `According to the documents: ${listed}.`,
    ),
    figures: [],
  };
}
