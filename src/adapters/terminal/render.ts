import type { Answer, Citation } from "../../bot/index.js";
import { oneLine, stripControl } from "./sanitize.js";

export interface RenderOptions {
  /** ANSI styling; only for a terminal that wants it (see `useColor`). */
  color: boolean;
}

const STYLES = {
  bold: "\u001b[1m",
  dim: "\u001b[2m",
  cyan: "\u001b[36m",
  yellow: "\u001b[33m",
} as const;
const RESET = "\u001b[0m";

type Style = keyof typeof STYLES;
type Paint = (style: Style, text: string) => string;

function painter(color: boolean): Paint {
  return color ? (style, text) => `${STYLES[style]}${text}${RESET}` : (_style, text) => text;
}

const HEADINGS = { sv: "Källor", en: "Sources" } as const;
const QUOTES = { sv: ["”", "”"], en: ["“", "”"] } as const;

/** An answer as plain terminal text: the answer, then each citation with its quote and address. */
export function renderAnswer(answer: Answer, options: RenderOptions): string {
  const paint = painter(options.color);
  const text = stripControl(answer.text, true).trim();
  const body = answer.answered ? text : paint("yellow", text);
  if (answer.citations.length === 0) return body;
  const lines = [body, "", paint("bold", `${HEADINGS[answer.language]}:`)];
  for (const citation of answer.citations) {
    lines.push(...renderCitation(citation, answer.language, paint));
  }
  return lines.join("\n");
}

function renderCitation(citation: Citation, language: Answer["language"], paint: Paint): string[] {
  const [open, close] = QUOTES[language];
  const title = oneLine(citation.title) || oneLine(citation.docId);
  const head = `${paint("bold", `[${citation.id}]`)} ${title} ${paint("dim", `(${oneLine(citation.docId)})`)}`;
  const lines = [`  ${head}`, `      ${paint("dim", `${open}${oneLine(citation.quote)}${close}`)}`];
  const url = citation.url === null ? "" : oneLine(citation.url);
  if (url !== "") lines.push(`      ${paint("cyan", url)}`);
  return lines;
}
