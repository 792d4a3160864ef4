// A page's breadcrumb ("Hem › Forskning › …", "Start > Nyheter > …") is no headline: the title is the line after.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDocuments } from "../../src/knowledge/index.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "gms-crumbs-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("breadcrumb lines", () => {
  it("are skipped when the title is read from the text", () => {
    const dir = folder({
      "a.txt":
        "Exempelsjukhuset\nHem › Forskning och utveckling › Genomik i Exempel\n\nExempelnoden får nya pengar för sekvensering\n\nText.\n",
      "b.txt":
        "exempelposten.se > nyheter > exempel > notiser\n\nregion exempel får gms-pengar i år\n\ntext.\n",
    });
    expect(loadDocuments(dir).documents.map((d) => d.title)).toEqual([
      "Exempelnoden får nya pengar för sekvensering",
      "region exempel får gms-pengar i år",
    ]);
  });
});
