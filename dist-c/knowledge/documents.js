import { isUtf8 } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, extname, join } from "node:path";
import { z } from "zod";
import { clutterRanges, inClutter } from "./clutter.js";
import { publishedFromText } from "./document-date.js";
import { lineEnd } from "./lines.js";
import { brokenWordEnd } from "./word-chars.js";
/** Larger files are not funding documents; reading them would only slow every start. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
const DOCUMENT_EXTENSIONS = new Set([".txt", ".md"]);
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
/** Reads every *.txt and *.md in `dir`; a bad file is reported by name and the rest still load. */
export function loadDocuments(dir) {
    const problems = [];
    let names;
    try {
        names = readdirSync(dir).sort();
    }
    catch (error) {
        const reason = error.code === "ENOENT" ? "does not exist" : "cannot be read";
        return { documents: [], problems: [{ file: dir, message: `seeds folder ${dir} ${reason}` }] };
    }
    const files = new FileReader();
    const meta = readSources(dir, names, problems, files);
    const documents = [];
    for (const name of names) {
        if (!DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase()))
            continue;
        const path = join(dir, name);
        const text = readDocumentText(path, problems, files);
        if (text === null)
            continue;
        const id = basename(name, extname(name));
        documents.push(describeDocument(id, name, text, meta[id]));
    }
    return { documents, problems };
}
function readSources(dir, names, problems, files) {
    if (!names.includes(SOURCES_FILE))
        return {};
    const path = join(dir, SOURCES_FILE);
    try {
        const bytes = files.read(path, MAX_DOCUMENT_BYTES);
        if (typeof bytes === "string") {
            problems.push({ file: path, message: `${path} ${bytes}; metadata ignored` });
            return {};
        }
        const json = JSON.parse(bytes.toString("utf8"));
        const plain = plainSources(json);
        if (plain)
            return plain;
        const parsed = SourcesSchema.safeParse(json);
        if (parsed.success)
            return parsed.data;
        const issue = parsed.error.issues[0];
        const where = issue?.path.join(".") ?? "";
        problems.push({
            file: path,
            message: `${path}: ${where ? `${where}: ` : ""}${issue?.message ?? "invalid"}; metadata ignored`,
        });
    }
    catch (error) {
        problems.push({
            file: path,
            message: `${path} is not valid JSON (${error.message}); metadata ignored`,
        });
    }
    return {};
}
const PUBLISHED = /^\d{4}-\d{2}(-\d{2})?$/;
const isText = (v) => v === undefined || v === null || typeof v === "string";
/**
 * The entries when every one plainly passes `SourceEntrySchema` (checked as zod checks it), read without
 * zod: thousands of entries take zod a while. Null otherwise, and zod reads them and names the problem.
 */
function plainSources(json) {
    if (typeof json !== "object" || json === null || Array.isArray(json))
        return null;
    const out = {};
    for (const [id, e] of Object.entries(json)) {
        if (id === "__proto__" || typeof e !== "object" || e === null || Array.isArray(e))
            return null;
        const { title, publisher, kind, published, url } = e;
        if (title !== undefined && (typeof title !== "string" || title.length < 1))
            return null;
        if (!isText(publisher) || !isText(kind) || !isText(published) || !isText(url))
            return null;
        if (typeof published === "string" && !PUBLISHED.test(published))
            return null;
        if (typeof url === "string" && !URL.canParse(url))
            return null;
        const entry = {};
        if (title !== undefined)
            entry.title = title;
        if (publisher !== undefined)
            entry.publisher = publisher;
        if (kind !== undefined)
            entry.kind = kind;
        if (published !== undefined)
            entry.published = published;
        if (url !== undefined)
            entry.url = url;
        out[id] = entry;
    }
    return out;
}
// "f&aring;r 90&nbsp;miljoner": a page saved as HTML source is read as the characters it shows. Quotes are
// slices of the decoded text, which is the document from here on.
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;
// Loaded only for a page that holds an entity: a start-up over plain documents never loads the decoder.
const require = createRequire(import.meta.url);
let decode = null;
function withoutEntities(text) {
    if (!ENTITY.test(text))
        return text;
    decode ??= require("entities").decodeHTMLStrict;
    return decode(text);
}
function readDocumentText(path, problems, files) {
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
        if (!isUtf8(bytes))
            throw new TypeError("invalid UTF-8");
        const text = withoutEntities(bytes.toString("utf8"));
        if (text.trim() === "") {
            problems.push({ file: path, message: `${path} is empty; skipped` });
            return null;
        }
        return text;
    }
    catch (error) {
        const message = error instanceof TypeError
            ? "is not valid UTF-8"
            : `cannot be read (${error.message})`;
        problems.push({ file: path, message: `${path} ${message}; skipped` });
        return null;
    }
}
/** Reads the files of one load into one reused buffer, so thousands of small files allocate almost nothing. */
class FileReader {
    buffer = Buffer.allocUnsafe(64 * 1024);
    /**
     * The bytes of a regular file of at most `max` bytes (valid until the next read), or why not. Opened
     * without blocking (a FIFO would hang start-up) and checked on the open descriptor, so a swapped file
     * or a device is never read.
     */
    read(path, max) {
        const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
        try {
            const stat = fstatSync(fd);
            if (!stat.isFile())
                return "is not a regular file";
            if (stat.size > max)
                return `is ${stat.size} bytes, over the ${max}-byte limit`;
            if (this.buffer.length < stat.size)
                this.buffer = Buffer.allocUnsafe(stat.size);
            let read = 0;
            while (read < stat.size) {
                const n = readSync(fd, this.buffer, read, stat.size - read, read);
                if (n === 0)
                    break;
                read += n;
            }
            return this.buffer.subarray(0, read);
        }
        finally {
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
const BOILERPLATE_LINE = /^(pressmeddelande\b|innehållet publicerades\b|publicerad\b|annons\b|foto:|press release\b|published\b|government offices of sweden\b|ministry of\b)/i;
function describeDocument(id, fileName, text, meta) {
    return {
        id,
        fileName,
        text,
        title: meta?.title ?? titleFromText(text) ?? id,
        publisher: meta?.publisher ?? null,
        kind: meta?.kind ?? null,
        published: meta?.published ?? publishedFromText(text),
        url: meta?.url ?? null,
    };
}
/**
 * A headline that a PDF broke with a hyphen ("… med precisions-" / "medicin under 2030") goes on with its
 * next line, the word joined; `next` is where that line starts.
 */
function brokenTitle(text, line, next) {
    const hyphen = text.lastIndexOf("-", next);
    if (!line.endsWith("-") || hyphen < 0 || brokenWordEnd(text, hyphen) < 0)
        return line;
    const rest = text.slice(next, lineEnd(text, next)).trim();
    return rest.length === 0 ? line : `${line.slice(0, -1)}${rest}`;
}
/** The first line that reads like a headline: a few words, not a label or web-page clutter. */
function titleFromText(text) {
    const clutter = clutterRanges(text);
    const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
    for (let m = lineRe.exec(text); m && m[0] !== ""; m = lineRe.exec(text)) {
        const line = m[0].replace(/^#+\s*/, "").trim();
        const lineWords = line.split(/\s+/);
        if (lineWords.length < TITLE_MIN_WORDS || BOILERPLATE_LINE.test(line))
            continue;
        // "Plats och tid: Regionens hus, …" (a header's label), "Chair of … | Professor …" (a profile line).
        if (LABEL_LINE.test(line) || line.includes(" | "))
            continue;
        if (lineWords.every((w) => /^\P{Ll}/u.test(w)))
            continue;
        if (inClutter(clutter, m.index + m[0].indexOf(line[0] ?? "")))
            continue;
        const whole = brokenTitle(text, line, m.index + m[0].length);
        return whole.length > 200 ? `${whole.slice(0, 199)}…` : whole;
    }
    return null;
}
//# sourceMappingURL=documents.js.map