import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Passage } from "./passages.js";
import type { Statements } from "./statements/index.js";
import type { Ledger, SourceDocument } from "./types.js";

/** What reading the documents produced: kept on disk so the next start skips the work. */
export interface Snapshot {
  ledger: Ledger;
  passages: Passage[];
  statements: Statements;
}

// The knowledge code itself is part of the key: a changed reader must never serve an old ledger.
let codeHash: string | null = null;
function knowledgeCodeHash(): string {
  if (codeHash) return codeHash;
  const dir = fileURLToPath(new URL(".", import.meta.url));
  const hash = createHash("sha256");
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    if (/\.[cm]?[jt]s$/.test(name)) hash.update(name).update(readFileSync(join(dir, name)));
  }
  codeHash = hash.digest("hex");
  return codeHash;
}

/** Same documents (text and metadata) read by the same code → same key. */
export function snapshotKey(documents: readonly SourceDocument[]): string {
  const hash = createHash("sha256").update(knowledgeCodeHash());
  for (const d of documents)
    hash.update(JSON.stringify([d.id, d.title, d.publisher, d.kind, d.published, d.url, d.text]));
  return hash.digest("hex").slice(0, 32);
}

/** The snapshot for `key`, or null when there is none or it can't be read: the caller rebuilds. */
export function readSnapshot(dir: string, key: string): Snapshot | null {
  try {
    const data = JSON.parse(readFileSync(join(dir, `${key}.json`), "utf8")) as Snapshot;
    const valid =
      Array.isArray(data.ledger?.entries) &&
      Array.isArray(data.passages) &&
      Array.isArray(data.statements?.deadlines);
    return valid ? data : null;
  } catch {
    return null;
  }
}

/** Best effort: a read-only install simply rebuilds each time. Written whole, then renamed, so readers never see half. */
export function writeSnapshot(dir: string, key: string, snapshot: Snapshot): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(temporary, JSON.stringify(snapshot));
    renameSync(temporary, join(dir, `${key}.json`));
  } catch {
    // Nothing is lost: the ledger is rebuilt from the documents next time.
  }
}
