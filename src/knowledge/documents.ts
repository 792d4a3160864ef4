import { isUtf8 } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, extname, join } from "node:path";
import { z } from "zod";
import { clutterRanges, inClutter } from "./clutter.js";
import { publishedFromText } from "./document-date.js";
import { type HtmlPage, htmlToText, MAX_MARKUP_DEPTH, nestsDeeperThan } from "./html-text.js";
import { lineEnd } from "./lines.js";
import type { LoadProblem, SourceDocument } from "./types.js";
import { brokenWordEnd } from "./word-chars.js";
import { MASTHEAD_WORD } from "./writer.js";

/** Larger files are not funding documents; reading them would only slow every start. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
const DOCUMENT_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm"]);
const HTML_EXTENSIONS = new Set([".html", ".htm"]);
// Documents in a format read only by other programs: named in the load's problems, so that none is lost unsaid.
const OTHER_FORMATS = new Set([
  ".pdf",
  ".doc",
  ".docx",
  ".odt",
  ".rtf",
  ".pages",
  ".xls",
  ".xlsx",
  ".ods",
  ".pptx",
  ".epub",
]);
/** Extensions (lower case, with the dot) of every file whose change changes a load: documents, metadata, formats named. */
export const LOADED_EXTENSIONS: ReadonlySet<string> = new Set([
  ...DOCUMENT_EXTENSIONS,
  ...OTHER_FORMATS,
  ".json",
]);
const SOURCES_FILE = "sources.json";

const SourceEntrySchema = z.object({
  title: z.string().min(1).optional(),
  publisher: z.string().nullable().optional(),
  kind: z.string().nullable().optional(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, { message: "published must be YYYY-MM-DD or YYYY-MM" })
    .nullable()
    .optional(),
  url: z.string().url().nullable().optional(),
});
const SourcesSchema = z.record(z.string(), SourceEntrySchema);
type SourceEntry = z.infer<typeof SourceEntrySchema>;

export interface LoadedDocuments {
  documents: SourceDocument[];
  problems: LoadProblem[];
}

/** Reads every *.txt and *.md in `dir`; a bad file is reported by name and the rest still load. */
export function loadDocuments(dir: string): LoadedDocuments {
  const problems: LoadProblem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : "cannot be read";
    return { documents: [], problems: [{ file: dir, message: `seeds folder ${dir} ${reason}` }] };
  }
  const files = new FileReader();
  const meta = readSources(dir, names, problems, files);
  const documents: SourceDocument[] = [];
  for (const name of names) {
    const extension = extname(name).toLowerCase();
    const path = join(dir, name);
    if (OTHER_FORMATS.has(extension)) problems.push(otherFormat(path, extension));
    if (!DOCUMENT_EXTENSIONS.has(extension)) continue;
    const html = HTML_EXTENSIONS.has(extension);
    const read = readDocumentText(path, problems, files, html);
    if (read === null) continue;
    const id = basename(name, extname(name));
    const page = html ? readPage(path, read, problems) : null;
    if (page) documents.push(describeDocument(id, name, page.text, withPage(meta[id], page)));
    else if (!html) documents.push(describeDocument(id, name, read, meta[id]));
  }
  return { documents, problems };
}

/** A saved web page as the text it shows, or null (and why, in `problems`). */
function readPage(path: string, html: string, problems: LoadProblem[]): HtmlPage | null {
  let why: string;
  try {
    const page = nestsDeeperThan(html, MAX_MARKUP_DEPTH) ? null : htmlToText(html);
    if (page && page.text !== "") return page;
    why = page ? "shows no text" : `nests its markup over ${MAX_MARKUP_DEPTH} levels deep`;
  } catch (error) {
    why = `cannot be read as a web page (${(error as Error).message})`;
  }
  problems.push({ file: path, message: `${path} ${why}; skipped` });
  return null;
}

function otherFormat(path: string, extension: string): LoadProblem {
  const message = `${path} is a ${extension.slice(1).toUpperCase()} file; save it as text (.txt, .md) or a web page (.html) to have it read; skipped`;
  return { file: path, message };
}

/** The page's own headline, date and address where `sources.json` gives none. */
function withPage(meta: SourceEntry | undefined, page: HtmlPage): SourceEntry {
  const title = meta?.title ?? page.title ?? undefined;
  return {
    ...meta,
    title,
    published: meta?.published ?? page.published,
    url: meta?.url ?? page.url,
  };
}

function readSources(
  dir: string,
  names: string[],
  problems: LoadProblem[],
  files: FileReader,
): Record<string, SourceEntry> {
  if (!names.includes(SOURCES_FILE)) return {};
  const path = join(dir, SOURCES_FILE);
  try {
    const bytes = files.read(path, MAX_DOCUMENT_BYTES);
    if (typeof bytes === "string") {
      problems.push({ file: path, message: `${path} ${bytes}; metadata ignored` });
      return {};
    }
    const json: unknown = JSON.parse(bytes.toString("utf8"));
    const plain = plainSources(json);
    if (plain) return plain;
    const parsed = SourcesSchema.safeParse(json);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") ?? "";
    problems.push({
      file: path,
      message: `${path}: ${where ? `${where}: ` : ""}${issue?.message ?? "invalid"}; metadata ignored`,
    });
  } catch (error) {
    problems.push({
      file: path,
      message: `${path} is not valid JSON (${(error as Error).message}); metadata ignored`,
    });
  }
  return {};
}

const PUBLISHED = /^\d{4}-\d{2}(-\d{2})?$/;
const isText = (v: unknown): v is string | null | undefined =>
  v === undefined || v === null || typeof v === "string";

/**
 * The entries when every one plainly passes `SourceEntrySchema` (checked as zod checks it), read without
 * zod: thousands of entries take zod a while. Null otherwise, and zod reads them and names the problem.
 */
function plainSources(json: unknown): Record<string, SourceEntry> | null {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return null;
  const out: Record<string, SourceEntry> = {};
  for (const [id, e] of Object.entries(json)) {
    if (id === "__proto__" || typeof e !== "object" || e === null || Array.isArray(e)) return null;
    const { title, publisher, kind, published, url } = e as Record<string, unknown>;
    if (title !== undefined && (typeof title !== "string" || title.length < 1)) return null;
    if (!isText(publisher) || !isText(kind) || !isText(published) || !isText(url)) return null;
    if (typeof published === "string" && !PUBLISHED.test(published)) return null;
    if (typeof url === "string" && !URL.canParse(url)) return null;
    const entry: SourceEntry = {};
    if (title !== undefined) entry.title = title;
    if (publisher !== undefined) entry.publisher = publisher;
    if (kind !== undefined) entry.kind = kind;
    if (published !== undefined) entry.published = published;
    if (url !== undefined) entry.url = url;
    out[id] = entry;
  }
  return out;
}

// "f&aring;r 90&nbsp;miljoner": a page saved as HTML source is read as the characters it shows. Quotes are
// slices of the decoded text, which is the document from here on.
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

// Loaded only for a page that holds an entity: a start-up over plain documents never loads the decoder.
const require = createRequire(import.meta.url);
let decode: ((text: string) => string) | null = null;

function withoutEntities(text: string): string {
  if (!ENTITY.test(text)) return text;
  decode ??= (require("entities") as typeof import("entities")).decodeHTMLStrict;
  return decode(text);
}

/**
 * The file's text. A text file's HTML entities are decoded; an HTML page's are left to its parser, and a page
 * that declares a Western European charset ("iso-8859-1", "windows-1252", older Swedish sites) is read in it.
 */
function readDocumentText(
  path: string,
  problems: LoadProblem[],
  files: FileReader,
  html: boolean,
): string | null {
  try {
    const bytes = files.read(path, MAX_DOCUMENT_BYTES);
    if (typeof bytes === "string") {
      problems.push({ file: path, message: `${path} ${bytes}; skipped` });
      return null;
    }
    if (bytes.includes(0)) {
      problems.push({ file: path, message: `${path} looks binary (contains NUL bytes); skipped` });
      return null;
    }
    // Checked, then decoded: a strict decoder does both slower. A byte-order mark is kept as text either way.
    const utf8 = isUtf8(bytes);
    const latin = !utf8 && html && declaresLatin(bytes);
    if (!utf8 && !latin) throw new TypeError("invalid UTF-8");
    const decoded = latin ? new TextDecoder("windows-1252").decode(bytes) : bytes.toString("utf8");
    const text = html ? decoded : withoutEntities(decoded);
    if (text.trim() === "") {
      problems.push({ file: path, message: `${path} is empty; skipped` });
      return null;
    }
    return text;
  } catch (error) {
    const message =
      error instanceof TypeError
        ? "is not valid UTF-8"
        : `cannot be read (${(error as Error).message})`;
    problems.push({ file: path, message: `${path} ${message}; skipped` });
    return null;
  }
}

// `<meta charset="iso-8859-1">`, `content="text/html; charset=windows-1252"`, in the page's head.
const LATIN_CHARSET =
  /<meta\s[^>]{0,200}charset\s{0,3}=\s{0,3}["']?\s{0,3}(?:iso-8859-1|iso-8859-15|windows-1252|cp1252|latin-?1)\b/i;
const HEAD_BYTES = 4096;

function declaresLatin(bytes: Buffer): boolean {
  return LATIN_CHARSET.test(bytes.toString("latin1", 0, HEAD_BYTES));
}

/** Reads the files of one load into one reused buffer, so thousands of small files allocate almost nothing. */
class FileReader {
  private buffer = Buffer.allocUnsafe(64 * 1024);

  /**
   * The bytes of a regular file of at most `max` bytes (valid until the next read), or why not. Opened
   * without blocking (a FIFO would hang start-up) and checked on the open descriptor, so a swapped file
   * or a device is never read.
   */
  read(path: string, max: number): Buffer | string {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) return "is not a regular file";
      if (stat.size > max) return `is ${stat.size} bytes, over the ${max}-byte limit`;
      if (this.buffer.length < stat.size) this.buffer = Buffer.allocUnsafe(stat.size);
      let read = 0;
      while (read < stat.size) {
        const n = readSync(fd, this.buffer, read, stat.size - read, read);
        if (n === 0) break;
        read += n;
      }
      return this.buffer.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  }
}

// A headline has a few words, some in lower case: "Genomic Medicine Sweden" above it is the site's name.
const TITLE_MIN_WORDS = 3;
// A header line: a label of one to four words and a colon, then its value.
const LABEL_LINE = /^\p{L}+(?:\s+\p{L}+){0,3}:\s/u;
// Lines that head a press release or article but say nothing about its subject.
// A publisher's banner ("Government Offices of Sweden", "Ministry of Health and Social Affairs") is no headline.
const BOILERPLATE_LINE =
  /^(pressmeddelande\b|innehållet publicerades\b|publicerad\b|annons\b|foto:|press release\b|published\b|government offices of sweden\b|ministry of\b)/i;

function describeDocument(
  id: string,
  fileName: string,
  text: string,
  meta: SourceEntry | undefined,
): SourceDocument {
  const quoted = quotedTitleOf(text);
  return {
    id,
    fileName,
    text,
    title: meta?.title ?? titleFromText(text) ?? id,
    publisher: meta?.publisher ?? null,
    kind: meta?.kind ?? null,
    published: meta?.published ?? publishedFromText(text),
    url: meta?.url ?? null,
    ...(quoted ? { quotedTitle: quoted } : {}),
  };
}

// "Beslutet har rubriken ”Uppdrag att betala ut medel …”", "the decision is titled "…"": a page quoting the title
// of the decision or report it tells of. Read in the page's opening, where it says what it is about.
const QUOTED_TITLE =
  /(?:\b(?:har|med|under)\s+(?:rubriken|titeln)|\b(?:is|was)\s+(?:titled|entitled|headed)|\bentitled)\s*:?\s*[”“"«]([^”“"«»\n]{10,250})[”“"»]/iu;
const QUOTED_TITLE_REACH = 3_000;
// Every phrase of `QUOTED_TITLE` holds one of these words: most openings have none and skip the costly regex (the
// Kelvin sign is a "k" to the /iu regex, not to this faster /i one).
const QUOTED_TITLE_HINT = /rubriken|tit(?:eln|led)|headed|\u212A/i;

/** The title a page quotes of the decision or report it tells of, or null. */
function quotedTitleOf(text: string): string | null {
  const opening = text.slice(0, QUOTED_TITLE_REACH);
  if (!QUOTED_TITLE_HINT.test(opening)) return null;
  return QUOTED_TITLE.exec(opening)?.[1]?.trim() ?? null;
}

/**
 * A headline that a PDF broke with a hyphen ("… med precisions-" / "medicin under 2030") goes on with its
 * next line, the word joined; `next` is where that line starts.
 */
function brokenTitle(text: string, line: string, next: number): string {
  const hyphen = text.lastIndexOf("-", next);
  if (!line.endsWith("-") || hyphen < 0 || brokenWordEnd(text, hyphen) < 0) return line;
  const rest = text.slice(next, lineEnd(text, next)).trim();
  return rest.length === 0 ? line : `${line.slice(0, -1)}${rest}`;
}

const BREADCRUMB = /\S \u203a \S|\S > \S.{0,80} > \S/u;

// "SE-171 82 Solna", "Box 1234": a postal address line.
const POSTAL_LINE = /^(?:(?:SE|S)-?\s?)?\d{3}\s?\d{2}\s+\p{Lu}|^Box\s+\d/u;

/** The next non-blank line (from `from`) is a postal address: the line above it names an addressee, no headline. */
function addressedAbove(text: string, from: number): boolean {
  const rest = text.slice(from, from + 200).replace(/^\s+/, "");
  return POSTAL_LINE.test(rest);
}

/** The first line that reads like a headline: a few words, not a label or web-page clutter. */
function titleFromText(text: string): string | null {
  const clutter = clutterRanges(text);
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = lineRe.exec(text); m && m[0] !== ""; m = lineRe.exec(text)) {
    const line = m[0].replace(/^#+\s*/, "").trim();
    const lineWords = line.split(/\s+/);
    if (lineWords.length < TITLE_MIN_WORDS || BOILERPLATE_LINE.test(line)) continue;
    // "Plats och tid: Regionens hus, …" (a header's label), "Chair of … | Professor …" (a profile line).
    if (LABEL_LINE.test(line) || line.includes(" | ")) continue;
    // "Hem › Forskning › Genomic Medicine Sweden Väst", "Start > Nyheter": a breadcrumb, no headline.
    if (BREADCRUMB.test(line)) continue;
    // "Veckobrevet", "… informerar": a newsletter's masthead, no headline; a Markdown heading ("# Nyhetsbrev från
    // GMS – december 2027") is the title its writer gave.
    if (MASTHEAD_WORD.test(line) && !/[.!?]$/.test(line) && !m[0].startsWith("#")) continue;
    if (lineWords.every((w) => /^\P{Ll}/u.test(w))) continue;
    if (inClutter(clutter, m.index + m[0].indexOf(line[0] ?? ""))) continue;
    if (addressedAbove(text, m.index + m[0].length)) continue;
    const whole = brokenTitle(text, line, m.index + m[0].length);
    return whole.length > 200 ? `${whole.slice(0, 199)}…` : whole;
  }
  return null;
}
