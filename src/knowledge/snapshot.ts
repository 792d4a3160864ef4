import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { fillTexts, withTextsLeftOut } from "./span-texts.js";
import type { Statements } from "./statements/index.js";
import type { Ledger, LoadProblem, SourceDocument } from "./types.js";

/**
 * What reading the documents produced: kept on disk so the next start skips the work. The passages are
 * not kept (listing them again is cheap), nor the statements' quoted texts (cut again from the documents).
 */
export interface Snapshot {
  ledger: Ledger;
  statements: Statements;
  /** The documents over the reading budget, as the problems that named them. */
  skipped: LoadProblem[];
}

// The knowledge code itself is part of the key: a changed reader must never serve an old ledger.
let codeHash: string | null = null;
function knowledgeCodeHash(): string {
  if (codeHash) return codeHash;
  const dir = fileURLToPath(new URL(".", import.meta.url));
  // Built by tsc, the knowledge code is this folder; bundled into the CLI (dist/cli*.js), the files beside it.
  const recursive = basename(dir) === "knowledge";
  const hash = createHash("sha256");
  for (const name of readdirSync(dir, { recursive }).map(String).sort()) {
    if (/\.[cm]?[jt]s$/.test(name)) hash.update(name).update(readFileSync(join(dir, name)));
  }
  codeHash = hash.digest("hex");
  return codeHash;
}

/** Same documents (text and metadata) read by the same code → same key. */
export function snapshotKey(documents: readonly SourceDocument[]): string {
  const hash = createHash("sha256").update(knowledgeCodeHash());
  // The text hashed as it is, after its length in bytes: no JSON copy of each document (a third of the time).
  for (const d of documents) {
    hash.update(
      JSON.stringify([
        d.id,
        d.title,
        d.publisher,
        d.kind,
        d.published,
        d.url,
        Buffer.byteLength(d.text),
      ]),
    );
    hash.update(d.text);
  }
  return hash.digest("hex").slice(0, 32);
}

const SpanSchema = z.object({
  docId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
const YEARS = z.array(z.number().int());
// The fields answers rely on; fields added later pass through (the checksum guards them).
const EntrySchema = z
  .object({
    id: z.string(),
    amountSek: z.number().int().nonnegative(),
    qualifier: z.enum(["approx", "at-most", "at-least"]).nullable(),
    year: z.number().int().nullable(),
    years: YEARS,
    yearClue: z.string(),
    purpose: z.string(),
    area: z.string(),
    terms: z.array(z.string()),
    recipient: z.string().nullable(),
    payer: z.string().nullable(),
    role: z.string(),
    partOf: z.string().nullable(),
    parts: z.array(z.string()),
    gms: z.boolean(),
    sources: z.array(SpanSchema.extend({ amountText: z.string() }).passthrough()).min(1),
    notes: z.array(z.string()),
    datesDisagree: z.boolean(),
  })
  .passthrough();
const SnapshotSchema = z.object({
  ledger: z.object({ entries: z.array(EntrySchema) }).passthrough(),
  statements: z.object({ deadlines: z.array(z.unknown()) }).passthrough(),
  skipped: z.array(z.object({ file: z.string(), message: z.string() })),
});

function checksum(key: string, body: string): string {
  return createHash("sha256").update(key).update("\n").update(body).digest("hex");
}

/** Whether `dir` holds any snapshot: where it holds none, no key need be made to look one up. */
export function keepsSnapshots(dir: string): boolean {
  try {
    return readdirSync(dir).some((name) => name.endsWith(".json"));
  } catch {
    return false;
  }
}

/**
 * The snapshot for `key`, or null when there is none or anything is off: a checksum over the content, the
 * schema, and every quote still equal to its document's text. The caller then rebuilds; nothing is trusted.
 */
export function readSnapshot(
  dir: string,
  key: string,
  documents: readonly SourceDocument[],
): Snapshot | null {
  try {
    const raw = readFileSync(join(dir, `${key}.json`), "utf8");
    const newline = raw.indexOf("\n");
    const body = raw.slice(newline + 1);
    if (newline < 0 || raw.slice(0, newline) !== checksum(key, body)) return null;
    const parsed = SnapshotSchema.safeParse(JSON.parse(body));
    if (!parsed.success) return null;
    const snapshot = parsed.data as unknown as Snapshot;
    const texts = new Map(documents.map((d) => [d.id, d.text]));
    fillTexts(snapshot.statements, texts);
    return quotesHold(snapshot, texts) ? snapshot : null;
  } catch {
    return null;
  }
}

/** Every quote of the ledger is exactly its document's text at its offsets, and amounts are in them. */
function quotesHold(snapshot: Snapshot, texts: ReadonlyMap<string, string>): boolean {
  const holds = (s: { docId: string; start: number; end: number; text: string }) =>
    texts.get(s.docId)?.slice(s.start, s.end) === s.text;
  return snapshot.ledger.entries.every((e) =>
    e.sources.every((s) => holds(s) && s.text.includes(s.amountText)),
  );
}

/** Best effort: a read-only install simply rebuilds each time. Written whole, then renamed, so readers never see half. */
export function writeSnapshot(
  dir: string,
  key: string,
  snapshot: Snapshot,
  documents: readonly SourceDocument[],
): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = join(dir, `${key}.${process.pid}.tmp`);
    const texts = new Map(documents.map((d) => [d.id, d.text]));
    // The statements' quotes are the documents' own text: left out, the file is a third smaller.
    const body = withTextsLeftOut(snapshot.statements, texts, () => JSON.stringify(snapshot));
    writeFileSync(temporary, `${checksum(key, body)}\n${body}`);
    renameSync(temporary, join(dir, `${key}.json`));
  } catch {
    // Nothing is lost: the ledger is rebuilt from the documents next time.
  }
}
