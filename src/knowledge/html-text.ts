// A web page saved as HTML ("Spara som … .html") read as the text a reader sees: blocks become lines and
// paragraphs, list items bullets, table rows pipe-separated cells; scripts, styles, menus and forms are dropped.
// The text made here is the document from then on: every quote is a slice of it.
import { createRequire } from "node:module";
import type { Parser as HtmlParser, ParserOptions } from "htmlparser2";

/** What a saved page says about itself in its head: the date it was published and where it lives. */
export interface HtmlPage {
  text: string;
  /** The page's own headline (its first <h1>), when it has one. */
  title: string | null;
  /** "YYYY-MM-DD" from the page's publication metadata, when it gives one. */
  published: string | null;
  url: string | null;
}

// Content nobody reads as the page's text: code, styling, menus, forms and embedded media.
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "nav",
  "form",
  "button",
  "select",
  "textarea",
  "head",
]);
// Blocks that stand apart as paragraphs (a blank line before and after).
const PARAGRAPHS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "figure",
  "table",
  "ul",
  "ol",
  "dl",
  "article",
  "section",
  "header",
  "footer",
  "aside",
  "main",
  "pre",
  "address",
  "hr",
]);
// Blocks that start a line of their own.
const LINES = new Set(["div", "li", "tr", "dt", "dd", "figcaption", "caption", "summary"]);
// Where a page's head says when it was published ("article:published_time", Dublin Core, schema.org).
const DATE_META = new Set([
  "article:published_time",
  "og:published_time",
  "date",
  "pubdate",
  "publishdate",
  "dc.date",
  "dc.date.issued",
  "dcterms.date",
  "dcterms.created",
  "datepublished",
]);
const URL_META = new Set(["og:url"]);
// The date part of an ISO date or timestamp: "2026-04-14T09:30:00+02:00".
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/;

// Loaded only for a page saved as HTML: a start-up over text documents never loads the parser.
const require = createRequire(import.meta.url);
let Parser: (new (handler: object, options: ParserOptions) => HtmlParser) | null = null;

// Real pages nest their markup a few dozen levels deep. The parser keeps its open elements in a list it inserts
// at the front of, so a page nested tens of thousands deep would take minutes: such a page is refused.
export const MAX_MARKUP_DEPTH = 1_000;
// Elements that never hold others, and elements whose content is raw text ("a<b" in a script is no tag).
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title"]);
const TAG_NAME = /[a-z][a-z0-9-]{0,30}/y;

/** Whether the page's markup nests deeper than `limit` (counted from its tags alone, in one pass). */
export function nestsDeeperThan(html: string, limit: number): boolean {
  const lower = html.toLowerCase();
  let depth = 0;
  for (let at = lower.indexOf("<"); at >= 0; at = lower.indexOf("<", at + 1)) {
    const closing = lower[at + 1] === "/";
    TAG_NAME.lastIndex = at + (closing ? 2 : 1);
    const name = TAG_NAME.exec(lower)?.[0];
    if (name === undefined || VOID.has(name)) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (++depth > limit) return true;
    if (!closing && RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, at);
      if (end < 0) return false;
      at = end - 1;
    }
  }
  return false;
}

/** The HTML page `html` as text, with the publication date and address its head gives. */
export function htmlToText(html: string): HtmlPage {
  Parser ??= (require("htmlparser2") as typeof import("htmlparser2")).Parser;
  const out = new TextBuilder();
  let skipping = 0;
  let published: string | null = null;
  let url: string | null = null;
  let inTitle = false;
  let headTitle = "";
  let headline: string | null = null;
  let inHeadline = false;
  // An in-page link ("Gå direkt till innehåll", a share button's "#"): navigation, not text.
  let inPageLink = false;
  // Inside a table cell, blocks ("<td><p>7 875 000</p></td>") only part words: the row stays one line.
  let cells = 0;
  const parser = new Parser(
    {
      onopentag(name: string, attrs: Record<string, string>) {
        if (name === "meta") {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").toLowerCase();
          const value = attrs.content ?? "";
          if (DATE_META.has(key)) published ??= isoDate(value);
          else if (URL_META.has(key) && URL.canParse(value)) url ??= value;
        } else if (name === "link" && attrs.rel === "canonical" && URL.canParse(attrs.href ?? "")) {
          url ??= attrs.href ?? null;
        } else if (name === "time" && attrs.datetime) published ??= isoDate(attrs.datetime);
        if (name === "title") inTitle = true;
        if (SKIPPED.has(name)) skipping += 1;
        if (name === "a" && (attrs.href ?? "").startsWith("#") && !inPageLink) {
          inPageLink = true;
          skipping += 1;
        }
        if (skipping > 0) return;
        if (name === "h1" && headline === null) {
          headline = "";
          inHeadline = true;
        }
        if (name === "tr") cells = 0;
        breakAt(out, name, cells > 0, true);
        if (name === "li" && cells === 0) out.bullet();
        if (name === "td" || name === "th") {
          out.cell();
          cells += 1;
        }
      },
      ontext(text: string) {
        if (inTitle) headTitle += text;
        if (skipping > 0) return;
        if (inHeadline) headline += text;
        out.text(text);
      },
      onclosetag(name: string) {
        if (name === "title") inTitle = false;
        if (name === "h1") inHeadline = false;
        if (name === "a" && inPageLink) {
          inPageLink = false;
          skipping = Math.max(0, skipping - 1);
        } else if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (skipping > 0) return;
        if ((name === "td" || name === "th") && cells > 0) cells -= 1;
        if (name !== "br") breakAt(out, name, cells > 0, false);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // A byte-order mark before "<!DOCTYPE" is the file's encoding mark, not the page's text.
  parser.write(html.startsWith("\uFEFF") ? html.slice(1) : html);
  parser.end();
  const body = out.done();
  // A page whose body holds no headline of its own is headed by its <title>.
  const title = collapse(headTitle).trim();
  const own = headline === null ? "" : collapse(headline).trim();
  const text = own === "" && title !== "" && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { text: text.trim() === "" ? "" : `${text}\n`, title: own || null, published, url };
}

// HTML collapses its own white space only (space, tab, line breaks): a no-break space is kept as written.
const HTML_SPACE = /[ \t\n\r\f]+/g;

const EDGE_SPACE = /^[ \t\n\r\f]+|[ \t\n\r\f]+$/g;

function collapse(text: string): string {
  return text.replace(HTML_SPACE, " ");
}

function trimSpace(text: string): string {
  return text.replace(EDGE_SPACE, "");
}

/** What a tag does to the lines where it opens or closes; `inCell`: inside a table cell, where it only parts words. */
function breakAt(out: TextBuilder, name: string, inCell: boolean, opening: boolean): void {
  if (name === "tr") out.row();
  else if (name === "table" && opening) out.table();
  else if (name === "table") out.paragraph();
  else if (!PARAGRAPHS.has(name) && !LINES.has(name) && name !== "br") return;
  else if (inCell) out.text(" ");
  else if (name === "br") out.lineBreak();
  else if (PARAGRAPHS.has(name)) out.paragraph();
  else out.line();
}

function isoDate(value: string): string | null {
  return ISO_DATE.exec(value.trim())?.[1] ?? null;
}

/**
 * Collects text with collapsed spaces and at most one blank line between blocks. A table's rows become a
 * Markdown pipe table ("| Område | 2026 |", a rule line, then the rows), which the fact reader reads as one.
 */
class TextBuilder {
  private lines: string[] = [];
  // The line being built, in pieces joined once at its end: appending to one string and asking whether it ends
  // with a space would copy it again for every piece (quadratic on a page of many tiny inline elements).
  private parts: string[] = [];
  // The line so far is empty or ends with a space (a piece of collapsed text ends with at most one).
  private spaced = true;
  private blank = false;
  private cells = 0;
  private rows = 0;
  // A line break right after another ("<br><br>", how some editors part paragraphs) parts paragraphs.
  private breaks = 0;

  text(text: string): void {
    const words = collapse(text);
    if (words === "") return;
    if (words !== " ") this.breaks = 0;
    const piece = this.spaced && words.startsWith(" ") ? words.slice(1) : words;
    if (piece === "") return;
    this.parts.push(piece);
    this.spaced = piece.endsWith(" ");
  }

  line(): void {
    const line = trimSpace(this.parts.join(""));
    this.parts = [];
    this.spaced = true;
    this.cells = 0;
    if (line === "") return;
    this.lines.push(line);
    this.blank = false;
  }

  lineBreak(): void {
    this.breaks += 1;
    if (this.breaks >= 2) this.paragraph();
    else this.line();
  }

  table(): void {
    this.paragraph();
    this.rows = 0;
  }

  /** Ends a table row (at its start or its end): its cells closed with a bar, the header followed by its rule. */
  row(): void {
    const cells = this.cells;
    if (cells > 0) this.append(" |");
    this.line();
    if (cells === 0) return;
    this.rows += 1;
    if (this.rows === 1) this.lines.push(`|${" --- |".repeat(cells)}`);
  }

  paragraph(): void {
    this.line();
    if (!this.blank && this.lines.length > 0) this.lines.push("");
    this.blank = true;
  }

  bullet(): void {
    this.parts = ["* "];
    this.spaced = true;
  }

  /** A table cell: "| " before the row's first, " | " between cells. */
  cell(): void {
    this.append(this.cells === 0 ? "| " : " | ");
    this.cells += 1;
  }

  /** `mark` after the line's text, any space it ends with dropped. */
  private append(mark: string): void {
    const last = this.parts.pop();
    if (last !== undefined) this.parts.push(this.spaced ? last.slice(0, -1) : last);
    this.parts.push(mark);
    this.spaced = mark.endsWith(" ");
  }

  done(): string {
    this.line();
    while (this.lines.at(-1) === "") this.lines.pop();
    return this.lines.join("\n");
  }
}
