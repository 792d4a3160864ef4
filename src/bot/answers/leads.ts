// "vem ledde studien?", "who leads the largest project?": the leader a document names for the asked work,
// from the lead statements read at load ("Projektet leds av …", "… leder arbetet med …", "…, projektledare").
import { type LeadStatement, stem, words } from "../../knowledge/index.js";
import { ofAskedKind } from "../org-kinds.js";
import { listText, say } from "../say.js";
import { askedDocuments, inDocuments } from "./asked.js";
import { type AnswerContext, type Draft, decline } from "./context.js";
import { documentsByIdOf } from "./memo.js";

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
  const own = subject.length > 0 ? ctx.query.ownStems() : [];
  const names = (l: LeadStatement) => {
    const stems = leadStems(ctx, l);
    return subject.some((s) => stems.has(s)) || own.some((s) => stems.has(s));
  };
  // "vilken region leder …": leaders of the asked kind only.
  const ofKind = ofAskedKind(ctx.query.cues);
  const found = (subject.length === 0 ? leads : leads.filter(names)).filter((l) =>
    ofKind(l.leader.text),
  );
  const line = (l: LeadStatement) => `${l.leader.text} ${ctx.citations.markers([l.span]).text}`;
  if (found.length > 0) {
    const listed = listText(found.slice(0, MAX_LEADS).map(line), ctx.language);
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
  const asked = ctx.query.asked || say(ctx.language, "det du frågar om", "what you asked about");
  const none = say(
    ctx.language,
    `Dokumenten säger inte vem som leder ”${asked}”.`,
    `The documents do not say who leads “${asked}”.`,
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
    `${none} ${say(ctx.language, `De nämner bara andra som leder arbete: ${others}.`, `They name only others leading work: ${others}.`)}`,
  );
}
