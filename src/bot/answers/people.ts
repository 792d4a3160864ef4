import type { Passage } from "../../knowledge/index.js";
import { hasTopic, inYears, matchTopic } from "../match.js";
import { listText, say } from "../say.js";
import type { AnswerContext, Draft } from "./context.js";
import { decline } from "./context.js";
import { memo } from "./memo.js";
import { documentsOf } from "./scope.js";

// "socialminister Lena Hallengren", "sjukvårdsminister Acko Ankarberg Johansson", "Minister for Health X Y".
const MINISTER =
  /\b(\p{Ll}*minister|[Mm]inister for [\p{L} ]+?)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){1,3})/gu;
// "På regeringens vägnar" heads the signature of a government decision.
const SIGNATURE = /^(?:på regeringens vägnar|on behalf of the government)$/i;
const PERSON = /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){1,3}$/u;

// Enough names for a chat reply, in order of first mention.
const MAX_MINISTERS = 8;

/** Ministers named in the documents, with their titles and who signed decisions. */
export function answerMinisters(ctx: AnswerContext): Draft {
  const docs = askedDocuments(ctx);
  const inDocs = (p: Passage) => docs === null || docs.has(p.docId);
  const found: Ministers = new Map();
  for (const [name, f] of memo(ctx.knowledge, "ministers", () => findMinisters(ctx))) {
    const passages = f.passages.filter(inDocs);
    if (passages.length > 0) found.set(name, { title: f.title, passages });
  }
  const signers = memo(ctx.knowledge, "signatures", () => signatures(ctx)).filter((pair) =>
    pair.every(inDocs),
  );
  if (found.size === 0 && signers.length === 0) {
    return decline(
      "minister",
      docs === null
        ? say(ctx.language, "Dokumenten namnger ingen minister.", "The documents name no minister.")
        : say(
            ctx.language,
            "Dokumenten om det du frågar om namnger ingen minister.",
            "The documents about what you asked name no minister.",
          ),
    );
  }
  const named = [...found.entries()]
    .slice(0, MAX_MINISTERS)
    .map(([name, f]) => `${name} (${f.title}) ${ctx.citations.markers(f.passages).text}`);
  const lines =
    named.length === 0
      ? []
      : [
          say(
            ctx.language,
            `Ministrar i dokumenten: ${listText(named, "sv")}.`,
            `Ministers in the documents: ${listText(named, "en")}.`,
          ),
        ];
  if (signers.length > 0) lines.push(signerLine(ctx, signers));
  return { intent: "minister", answered: true, text: lines.join("\n"), figures: [] };
}

type Ministers = Map<string, { title: string; passages: Passage[] }>;

/**
 * "Which minister announced the lung cancer money?", "minister 2023": the documents about that topic or
 * year; null when the question names neither.
 */
function askedDocuments(ctx: AnswerContext): Set<string> | null {
  const { query } = ctx;
  if (!hasTopic(query) && query.years.length === 0) return null;
  const pool = hasTopic(query) ? matchTopic(query, ctx.index) : ctx.index.entries;
  const entries = pool.filter(
    (e) => e.entry.role !== "multi-year-total" && inYears(e.entry, query.years),
  );
  return documentsOf(entries);
}

function findMinisters(ctx: AnswerContext): Ministers {
  const found: Ministers = new Map();
  for (const p of ctx.knowledge.passages.all()) {
    if (!/minist/i.test(p.text)) continue;
    for (const m of p.text.matchAll(MINISTER)) {
      const name = m[2] ?? "";
      const f = found.get(name) ?? { title: m[1] ?? "", passages: [] };
      if (f.passages.length < 2) f.passages.push(p);
      found.set(name, f);
    }
  }
  return found;
}

function signatures(ctx: AnswerContext): Passage[][] {
  const all = ctx.knowledge.passages.all();
  const out: Passage[][] = [];
  all.forEach((p, i) => {
    if (!SIGNATURE.test(p.text.trim())) return;
    // The minister signs first, the official who presents the matter (föredragande) next.
    for (let j = i + 1; j <= i + 3; j++) {
      const next = all[j];
      if (!next || next.docId !== p.docId || !PERSON.test(next.text.trim())) break;
      out.push([p, next]);
    }
  });
  return out;
}

function signerLine(ctx: AnswerContext, signers: Passage[][]): string {
  // One line per person, at most two signatures cited each.
  const byName = new Map<string, Passage[]>();
  for (const pair of signers) {
    const name = pair[1]?.text.trim() ?? "";
    const cited = byName.get(name) ?? [];
    if (cited.length < 4) cited.push(...pair);
    byName.set(name, cited);
  }
  const names = [...byName.entries()]
    .slice(0, MAX_MINISTERS)
    .map(([name, passages]) => `${name} ${ctx.citations.markers(passages).text}`);
  return say(
    ctx.language,
    `Regeringsbeslut undertecknat av ${listText(names, "sv")}.`,
    `Government decision signed by ${listText(names, "en")}.`,
  );
}

// Sentences that tell a decision: "Regeringen beslutade i december 2021 …", "Nu beslutar regeringen …".
const DECISION =
  /\bregeringen\s+(?:beslutade|beslutar|har beslutat|ger|avsätter)\b|\bbeslutade regeringen\b|\bbeslutar regeringen\b|\bgovernment (?:decided|decides)\b/i;

/** The decisions the documents tell of, in document order. */
export function answerDecisions(ctx: AnswerContext): Draft {
  const docs = askedDocuments(ctx);
  const inDocs = (p: Passage) => docs === null || docs.has(p.docId);
  const signers = memo(ctx.knowledge, "signatures", () => signatures(ctx)).filter((pair) =>
    pair.every(inDocs),
  );
  // "Who signed the decision?": the signatures, not every decision sentence.
  if (ctx.query.cues.has("signed") && signers.length > 0) {
    return { intent: "decision", answered: true, text: signerLine(ctx, signers), figures: [] };
  }
  // "vem beslutade om pengarna till lungcancer?": the decisions told in the documents about it.
  const passages = memo(ctx.knowledge, "decisions", () =>
    ctx.knowledge.passages.all().filter((p) => DECISION.test(p.text)),
  ).filter(inDocs);
  const chosen = passages.slice(0, 8);
  if (chosen.length === 0)
    return decline(
      "decision",
      say(
        ctx.language,
        "Dokumenten beskriver inga beslut.",
        "The documents describe no decisions.",
      ),
    );
  const lines = chosen.map(
    (p) =>
      `• ${ctx.citations.markers([p]).text} ${p.text.length > 160 ? `${p.text.slice(0, 157)}…` : p.text}`,
  );
  lines.unshift(
    say(
      ctx.language,
      "Beslut som dokumenten beskriver:",
      "Decisions the documents describe (quoted in Swedish):",
    ),
  );
  if (signers.length > 0) lines.push(signerLine(ctx, signers));
  return { intent: "decision", answered: true, text: lines.join("\n"), figures: [] };
}
