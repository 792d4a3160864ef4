import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import type { Answer, Citation, Figure, Language } from "../../bot/index.js";
import { feedbackCustomId } from "./feedback.js";
import { displayable, formatAmount, safeUrl, truncate } from "./text.js";

// Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
export const CONTENT_MAX = 2000;
export const EMBED_TITLE_MAX = 256;
export const EMBED_DESCRIPTION_MAX = 4096;
export const EMBED_FIELDS_MAX = 25;
export const FIELD_NAME_MAX = 256;
export const FIELD_VALUE_MAX = 1024;
export const FOOTER_MAX = 2048;
export const EMBED_TOTAL_MAX = 6000;

// Our own choices, so that one long part cannot crowd out the rest.
export const TITLE_SHOWN_MAX = 200;
export const QUOTE_MAX = 300;
export const FIGURE_FIELDS_MAX = 10;
/** Room kept for figures and sources when the answer text is long. */
export const FIELDS_RESERVE = 2000;

export const FOOTER: Record<Language, string> = {
  sv: "Svaren kommer enbart från de citerade dokumenten",
  en: "Answers come only from the cited documents",
};

const WORDS = {
  sv: { computed: "beräknat", more: (n: number) => `${n} till visas inte här`, up: "Hjälpsamt" },
  en: { computed: "computed", more: (n: number) => `${n} more not shown here`, up: "Helpful" },
} as const;
const DOWN: Record<Language, string> = { sv: "Inte hjälpsamt", en: "Not helpful" };

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** A message body ready for discord.js: `content` is omitted when everything is in the embed. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
}

export interface RenderOptions {
  /** Adds 👍/👎 buttons that carry this id. */
  feedbackId?: string;
  /** Shows the question as the embed title (off for help and the source list). */
  showQuestion?: boolean;
}

/** The answer as one embed within every Discord limit: shortened, never rejected. */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): DiscordMessage {
  const lang = answer.language;
  const footer = truncate(FOOTER[lang], FOOTER_MAX);
  const question = clean(answer.question);
  const title = options.showQuestion === false ? "" : truncate(question, TITLE_SHOWN_MAX);
  const candidates = [
    ...answer.figures.slice(0, FIGURE_FIELDS_MAX).map((f) => figureField(f, lang)),
    ...[...answer.citations].sort((a, b) => a.id - b.id).map(sourceField),
  ];
  const fixed = title.length + footer.length;
  const wanted = candidates.reduce((sum, f) => sum + fieldSize(f), 0);
  const text = displayable(answer.text.trim()) || "—";
  const description = truncate(
    text,
    Math.min(EMBED_DESCRIPTION_MAX, EMBED_TOTAL_MAX - fixed - Math.min(wanted, FIELDS_RESERVE)),
  );
  const fields = fitFields(candidates, EMBED_TOTAL_MAX - fixed - description.length, lang);
  const embed: APIEmbed = { description, footer: { text: footer } };
  if (title) embed.title = title;
  if (fields.length > 0) embed.fields = fields;
  const components = options.feedbackId ? [feedbackRow(options.feedbackId, lang)] : [];
  return { embeds: [embed], components };
}

/** A short plain-text message (notes, apologies), neutralised and within the content limit. */
export function renderNotice(text: string): DiscordMessage {
  return { content: truncate(displayable(text), CONTENT_MAX), embeds: [], components: [] };
}

/** Every character Discord counts towards an embed's 6,000. */
export function embedSize(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + fieldSize(f), 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    fields
  );
}

function clean(text: string): string {
  return displayable(text.replace(/\s+/g, " ").trim());
}

function fieldSize(field: APIEmbedField): number {
  return field.name.length + field.value.length;
}

function figureField(figure: Figure, lang: Language): APIEmbedField {
  const parts = [`**${formatAmount(figure.amountSek, lang)}**`];
  if (figure.year !== null) parts.push(String(figure.year));
  if (figure.derived) parts.push(WORDS[lang].computed);
  const cites = figure.citations.map((id) => `[${id}]`).join("");
  const value = `${parts.join(" · ")}${cites ? ` ${cites}` : ""}`;
  return {
    name: truncate(clean(figure.label) || "—", FIELD_NAME_MAX),
    value: truncate(value, FIELD_VALUE_MAX),
    inline: true,
  };
}

function sourceField(citation: Citation): APIEmbedField {
  const url = safeUrl(citation.url);
  // Angle brackets keep Discord from unfurling a preview of every source.
  const link = url ? `<${url}>\n` : "";
  const quoteRoom = Math.min(QUOTE_MAX, FIELD_VALUE_MAX - link.length - 4);
  const quote = truncate(clean(citation.quote), quoteRoom);
  return {
    name: truncate(
      `[${citation.id}] ${clean(citation.title) || clean(citation.docId)}`,
      FIELD_NAME_MAX,
    ),
    value: quote ? `${link}> ${quote}` : link.trim() || "—",
  };
}

/** Adds fields in order while they fit, keeping one slot and some room for a "more" note. */
function fitFields(candidates: APIEmbedField[], budget: number, lang: Language): APIEmbedField[] {
  const more = (n: number): APIEmbedField => ({ name: "…", value: WORDS[lang].more(n) });
  const moreSize = fieldSize(more(candidates.length));
  const out: APIEmbedField[] = [];
  let used = 0;
  for (const [i, field] of candidates.entries()) {
    const last = i === candidates.length - 1;
    const slots = out.length + 1 + (last ? 0 : 1);
    const size = fieldSize(field) + (last ? 0 : moreSize);
    if (slots > EMBED_FIELDS_MAX || used + size > budget) break;
    out.push(field);
    used += fieldSize(field);
  }
  const dropped = candidates.length - out.length;
  if (dropped > 0 && used + moreSize <= budget) out.push(more(dropped));
  return out;
}

function feedbackRow(id: string, lang: Language): ButtonRow {
  const button = (vote: "up" | "down", emoji: string, label: string) => ({
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    custom_id: feedbackCustomId(vote, id),
    emoji: { name: emoji },
    label,
  });
  return {
    type: ComponentType.ActionRow,
    components: [button("up", "👍", WORDS[lang].up), button("down", "👎", DOWN[lang])],
  };
}
