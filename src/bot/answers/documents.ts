import { projectNamesOf, type SourceDocument, type Span, words } from "../../knowledge/index.js";
import { hasTopic, inYears, matchTopic } from "../match.js";
import { say } from "../say.js";
import { type AnswerContext, type Draft, decline } from "./context.js";
import { documentSays } from "./document-says.js";
import { referenced } from "./document-states.js";
import { answerIssuers } from "./issuers.js";
import { orgDocuments } from "./people.js";

const MAX_DOCUMENTS = 10;

/** "Which documents mention data sharing?": each document that states money for it or says it, with one quote. */
export function answerDocuments(ctx: AnswerContext): Draft {
  const { query } = ctx;
  if (query.cues.has("issuer")) return answerIssuers(ctx);
  const asked = new Set(query.amounts.map((a) => a.valueSek));
  if (query.docKinds.length > 0 && !hasTopic(query) && asked.size === 0)
    return answerKindDocuments(ctx);
  const found = new Map<string, Span>();
  const entries = hasTopic(query) ? matchTopic(query, ctx.index) : ctx.index.entries;
  for (const { entry } of entries) {
    if (!inYears(entry, query.years)) continue;
    // "pressmeddelandet om 80 miljoner": the documents telling that money, not one comparing with it.
    if (asked.size > 0 && !asked.has(entry.amountSek)) continue;
    // "when was the 2024 money announced": a comparison retells money, it does not tell it.
    if ((asked.size > 0 || query.cues.has("published")) && entry.role === "comparison") continue;
    // "the 2024 money" with no subject named is GMS's money, not every amount of the year.
    if (query.cues.has("published") && !hasTopic(query) && query.orgs.length === 0 && !entry.gms)
      continue;
    for (const s of entry.sources) if (!found.has(s.docId)) found.set(s.docId, s);
  }
  const words = [...query.topicWords, ...query.people, ...query.names].join(" ");
  if (words && query.years.length === 0) {
    for (const p of ctx.knowledge.passages.search(words, {
      limit: 20,
      filter: (p) => !p.heading,
    })) {
      if (!found.has(p.docId)) found.set(p.docId, p);
    }
  }
  // "pressmeddelandet om lungcancer": only documents of the kind asked, when any is.
  if (query.docKinds.length > 0) {
    const ofKind = new Set(referenced(ctx).map((d) => d.id));
    for (const id of [...found.keys()]) if (!ofKind.has(id)) found.delete(id);
  }
  // "when was the share-gen news published": the documents that write the project's name.
  if (query.names.length > 0) {
    const writers = projectNamesOf(ctx.knowledge.documents);
    const own = new Set(query.names.flatMap((n) => [...(writers.get(n.toLowerCase()) ?? [])]));
    for (const id of [...found.keys()]) if (!own.has(id)) found.delete(id);
  }
  const subjectless =
    !hasTopic(query) && query.names.length === 0 && query.years.length === 0 && asked.size === 0;
  if (found.size === 0 || subjectless)
    return decline(
      "documents",
      say(ctx.language, "Inget dokument tar upp det.", "No document mentions that."),
    );
  const titles = new Map(ctx.knowledge.documents.map((d) => [d.id, d]));
  // With dates asked, the earliest first: the announcement before its retellings.
  const listed = query.cues.has("published")
    ? [...found.entries()].sort(([a], [b]) =>
        (titles.get(a)?.published ?? "9").localeCompare(titles.get(b)?.published ?? "9"),
      )
    : [...found.entries()];
  const lines = listed.slice(0, MAX_DOCUMENTS).map(([docId, span]) => {
    const doc = titles.get(docId);
    const undated = query.cues.has("published")
      ? say(ctx.language, " (odaterat)", " (undated)")
      : "";
    const date = doc?.published ? ` (${doc.published})` : undated;
    return `• ${doc?.title ?? docId}${date} ${ctx.citations.markers([span]).text}`;
  });
  // The asked words said back: "Documents that mention “Brainchild”".
  const what = query.asked.trim();
  lines.unshift(
    query.cues.has("published")
      ? say(ctx.language, "Dokumenten och deras datum:", "The documents and their dates:")
      : what === ""
        ? say(ctx.language, "Dokument som tar upp det:", "Documents that mention it:")
        : say(ctx.language, `Dokument som tar upp ”${what}”:`, `Documents that mention “${what}”:`),
  );
  return { intent: "documents", answered: true, text: lines.join("\n"), figures: [] };
}

/**
 * "artikeln om Barncancerfonden": of the documents of the asked kind, those whose money the organisations
 * give, get or pay out, or whose passages name them.
 */
function aboutAskedOrgs(ctx: AnswerContext, docs: SourceDocument[]): SourceDocument[] {
  const orgs = ctx.query.orgs.map((o) => o.name);
  if (orgs.length === 0) return docs;
  const money = orgDocuments(ctx) ?? new Set<string>();
  const named = (d: SourceDocument) =>
    orgs.some((o) =>
      documentSays(
        ctx,
        d.id,
        words(o).map((w) => w.word.toLowerCase()),
      ),
    );
  return docs.filter((d) => money.has(d.id) || named(d));
}

/**
 * "vilka pm finns från 2026", "which press releases are there": the documents of the asked kind (published
 * in the asked years, if any), each cited by its first line.
 */
function answerKindDocuments(ctx: AnswerContext): Draft {
  const years = ctx.query.years;
  const docs = aboutAskedOrgs(
    ctx,
    referenced(ctx).filter(
      (d) => years.length === 0 || years.includes(Number(d.published?.slice(0, 4))),
    ),
  );
  // Each document cited by the first amount it states, else by the passage that best matches its title.
  const ids = new Set(docs.map((d) => d.id));
  const firstLines = new Map<string, Span>();
  for (const { entry } of ctx.index.entries)
    for (const s of entry.sources)
      if (ids.has(s.docId) && !firstLines.has(s.docId)) firstLines.set(s.docId, s);
  for (const d of docs)
    if (!firstLines.has(d.id)) {
      const [p] = ctx.knowledge.passages.search(d.title, {
        limit: 1,
        filter: (x) => x.docId === d.id,
      });
      if (p) firstLines.set(d.id, p);
    }
  if (docs.length === 0)
    return decline(
      "documents",
      say(ctx.language, "Inget dokument av det slaget.", "No document of that kind."),
    );
  const sorted = [...docs].sort((a, b) => (a.published ?? "").localeCompare(b.published ?? ""));
  const lines = sorted.slice(0, MAX_DOCUMENTS).map((d) => {
    const span = firstLines.get(d.id);
    const marker = span ? ` ${ctx.citations.markers([span]).text}` : "";
    return `• ${d.title}${d.published ? ` (${d.published})` : ""}${marker}`;
  });
  lines.unshift(say(ctx.language, "Dokument av det slaget:", "Documents of that kind:"));
  return { intent: "documents", answered: true, text: lines.join("\n"), figures: [] };
}
