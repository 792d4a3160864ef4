import type { Answer, Citation, Figure, Language } from "../../bot/index.js";
import {
  ACTION_FEEDBACK_DOWN,
  ACTION_FEEDBACK_UP,
  ACTION_SHARE,
  type Block,
  BUTTON_VALUE_MAX_CHARS,
  type ButtonElement,
  CONTEXT_MAX_ELEMENTS,
  CONTEXT_TEXT_MAX_CHARS,
  FALLBACK_TEXT_MAX_CHARS,
  LABEL_MAX_CHARS,
  LINK_URL_MAX_CHARS,
  MAX_BLOCKS,
  QUOTE_MAX_CHARS,
  SECTION_FIELDS_MAX,
  SECTION_TEXT_MAX_CHARS,
  type SlackMessage,
  type TextObject,
  TITLE_MAX_CHARS,
} from "./block-kit.js";
import { encodeFeedbackValue } from "./button-values.js";
import { MESSAGES } from "./messages.js";
import { fitEscaped, oneLine, shorten } from "./slack-text.js";

export interface RenderOptions {
  /** Show the 👍/👎 buttons (default true). */
  feedback?: boolean;
  /** The value of a "Share in channel" button; no button without it. */
  shareValue?: string;
  /** The Slack user id of the asker, named above an answer shared in a channel. */
  askedBy?: string;
}

/** Beyond this many sources the rest are counted, not listed, so each line keeps room for its quote. */
export const SOURCES_SHOWN_MAX = 50;
const MIN_QUOTE_CHARS = 24;

type Part = "asked-by" | "text" | "figures" | "sources" | "actions";
const PARTS: readonly Part[] = ["asked-by", "text", "figures", "sources", "actions"];

/** The answer as Block Kit plus a plain fallback; pure, and within every Slack limit whatever the input. */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const blocks = PARTS.flatMap((part) => renderPart(part, answer, options));
  return { text: fallbackText(answer), blocks: blocks.slice(0, MAX_BLOCKS) };
}

function renderPart(part: Part, answer: Answer, options: RenderOptions): Block[] {
  switch (part) {
    case "asked-by":
      return options.askedBy ? [askedByBlock(answer, options.askedBy)] : [];
    case "text": {
      const text = answer.text.trim() === "" ? MESSAGES[answer.language].noText : answer.text;
      return [{ type: "section", text: mrkdwn(fitEscaped(text, SECTION_TEXT_MAX_CHARS)) }];
    }
    case "figures":
      return answer.figures.length > 0 ? [figuresBlock(answer)] : [];
    case "sources":
      return answer.citations.length > 0 ? [sourcesBlock(answer.citations)] : [];
    case "actions": {
      const elements = buttons(answer, options);
      return elements.length > 0 ? [{ type: "actions", elements }] : [];
    }
    default:
      return assertNever(part);
  }
}

function askedByBlock(answer: Answer, user: string): Block {
  // Only a well-formed user id becomes a mention; anything else is dropped rather than echoed.
  const who = /^[UW][A-Z0-9]{2,20}$/.test(user) ? MESSAGES[answer.language].askedBy(user) : "";
  const question = fitEscaped(oneLine(answer.question), CONTEXT_TEXT_MAX_CHARS - who.length - 1);
  return { type: "context", elements: [mrkdwn(`${who} ${question}`.trim() || "…")] };
}

function figuresBlock(answer: Answer): Block {
  const figures = answer.figures;
  const shown =
    figures.length > SECTION_FIELDS_MAX ? figures.slice(0, SECTION_FIELDS_MAX - 1) : figures;
  const fields = shown.map((f) => mrkdwn(figureField(f, answer.language)));
  if (shown.length < figures.length) {
    fields.push(mrkdwn(MESSAGES[answer.language].more(figures.length - shown.length)));
  }
  return { type: "section", fields };
}

function figureField(figure: Figure, language: Language): string {
  const year = figure.year === null ? "" : ` · ${figure.year}`;
  const computed = figure.derived ? ` (${MESSAGES[language].computed})` : "";
  const markers = shorten(figure.citations.map((n) => `[${n}]`).join(""), 100);
  const label = fitEscaped(oneLine(figure.label), LABEL_MAX_CHARS);
  return `*${formatSek(figure.amountSek, language)}*${year}\n${label}${computed} ${markers}`.trim();
}

/** `7 875 000 kr` in Swedish, `SEK 7,875,000` in English, as the answer text writes amounts. */
export function formatSek(amount: number, language: Language): string {
  if (!Number.isFinite(amount) || Math.abs(amount) >= 1e21) return String(amount);
  const [whole = "0", fraction] = Math.abs(amount)
    .toFixed(Number.isInteger(amount) ? 0 : 2)
    .split(".");
  const sep = language === "sv" ? "\u00a0" : ",";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const digits = fraction ? `${grouped}${language === "sv" ? "," : "."}${fraction}` : grouped;
  const sign = amount < 0 ? "-" : "";
  return language === "sv" ? `${sign}${digits}\u00a0kr` : `${sign}SEK ${digits}`;
}

function sourcesBlock(citations: Citation[]): Block {
  const hidden = Math.max(0, citations.length - SOURCES_SHOWN_MAX);
  const shown = citations.slice(0, hidden > 0 ? SOURCES_SHOWN_MAX - 1 : SOURCES_SHOWN_MAX);
  const count = shown.length + (hidden > 0 ? 1 : 0);
  const perElement = Math.ceil(count / CONTEXT_MAX_ELEMENTS);
  const budget = Math.floor((CONTEXT_TEXT_MAX_CHARS - (perElement - 1)) / perElement);
  const lines = shown.map((c) => sourceLine(c, budget));
  if (hidden > 0) lines.push(`… (+${citations.length - shown.length})`);
  const elements: TextObject[] = [];
  for (let i = 0; i < lines.length; i += perElement) {
    elements.push(mrkdwn(lines.slice(i, i + perElement).join("\n")));
  }
  return { type: "context", elements };
}

/** `[n] <url|title> — “quote…”`, dropping the link, then the quote, until it fits `budget`. */
function sourceLine(citation: Citation, budget: number): string {
  const id = `[${citation.id}]`;
  const rawTitle = oneLine(citation.title) || citation.docId;
  const title = fitEscaped(rawTitle, TITLE_MAX_CHARS);
  const url = linkableUrl(citation.url);
  const quote = oneLine(citation.quote);
  for (const name of url ? [`<${url}|${title}>`, title] : [title]) {
    const room = Math.min(QUOTE_MAX_CHARS, budget - id.length - name.length - 5);
    if (quote === "" && room >= 0) return `${id} ${name}`;
    if (room >= MIN_QUOTE_CHARS) return `${id} ${name} — “${fitEscaped(quote, room)}”`;
  }
  return `${id} ${fitEscaped(rawTitle, budget - id.length - 1)}`.slice(0, budget);
}

/** An http(s) address safe inside `<url|title>`, or null to show the title unlinked. */
function linkableUrl(url: string | null): string | null {
  if (url === null || url.length > LINK_URL_MAX_CHARS) return null;
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    return null;
  }
  if (!/^https?:\/\//.test(href)) return null;
  return href
    .replace(/\|/g, "%7C")
    .replace(/&/g, "&amp;")
    .replace(/</g, "%3C")
    .replace(/>/g, "%3E");
}

function buttons(answer: Answer, options: RenderOptions): ButtonElement[] {
  const words = MESSAGES[answer.language];
  const out: ButtonElement[] = [];
  if (options.shareValue !== undefined && options.shareValue.length <= BUTTON_VALUE_MAX_CHARS) {
    out.push(button(ACTION_SHARE, words.share, options.shareValue, "primary"));
  }
  if (options.feedback !== false) {
    const value = encodeFeedbackValue(answer);
    out.push(button(ACTION_FEEDBACK_UP, words.helpful, value));
    out.push(button(ACTION_FEEDBACK_DOWN, words.notHelpful, value));
  }
  return out;
}

function button(id: string, text: string, value: string, style?: "primary"): ButtonElement {
  const element: ButtonElement = {
    type: "button",
    action_id: id,
    text: { type: "plain_text", text, emoji: true },
    value,
  };
  return style ? { ...element, style } : element;
}

/** Plain text for notifications and clients without blocks: the answer, then the source titles. */
function fallbackText(answer: Answer): string {
  const text = answer.text.trim() === "" ? MESSAGES[answer.language].noText : answer.text;
  const titles = answer.citations
    .slice(0, SOURCES_SHOWN_MAX)
    .map((c) => `[${c.id}] ${oneLine(c.title) || c.docId}`);
  const sources = titles.length > 0 ? `\n\n${MESSAGES[answer.language].sources}: ` : "";
  return fitEscaped(`${text}${sources}${titles.join("; ")}`, FALLBACK_TEXT_MAX_CHARS);
}

function mrkdwn(text: string): TextObject {
  return { type: "mrkdwn", text };
}

function assertNever(value: never): never {
  throw new Error(`unhandled part: ${String(value)}`);
}
