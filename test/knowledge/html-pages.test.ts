import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Knowledge, loadKnowledge } from "../../src/knowledge/index.js";

// A seed press release as regeringen.se serves it (menus, cookie banner, share links, related links, footer),
// and the same release as the text in seeds/: the saved page must tell what the text tells.
const HTML_DIR = join(import.meta.dirname, "../fixtures/documents-html");
const SEED = join(import.meta.dirname, "../../seeds/001_2fc47d92fe7c9eec.txt");
const made: string[] = [];

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "gms-html-"));
  made.push(dir);
  for (const [name, from] of Object.entries(files)) copyFileSync(from, join(dir, name));
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The ledger as what it says, without where in its document each quote stands. */
function money(k: Knowledge) {
  const spaced = (text: string | null) => text?.replaceAll("\u00a0", " ") ?? null;
  return k.ledger.entries.map((e) => [
    e.amountSek,
    e.years,
    e.role,
    e.recipient,
    spaced(e.purpose),
    e.sources.length,
  ]);
}

/** The statements without offsets: what each says and quotes. */
function said(k: Knowledge): string {
  // A page written with "&nbsp;" keeps its no-break spaces; the text copy has plain ones.
  return JSON.stringify(k.statements, (key, value) =>
    /^(start|end|offset|at|sentenceStart|sentenceEnd|opening)$/.test(key) ? undefined : value,
  ).replaceAll("\u00a0", " ");
}

describe("a press release saved as its web page", () => {
  const page = loadKnowledge(folder({ "lungcancer.html": join(HTML_DIR, "001-lungcancer.html") }));
  const textDir = folder({ "lungcancer.txt": SEED });
  writeFileSync(
    join(textDir, "sources.json"),
    JSON.stringify({ lungcancer: { published: "2022-06-02" } }),
  );
  const text = loadKnowledge(textDir);

  it("is dated by its <time> and linked by its address, titled by its headline", () => {
    const doc = page.documents[0];
    expect([doc?.title, doc?.published]).toEqual([
      "Satsning på pilotprojekt inom precisionsmedicin för lungcancer",
      "2022-06-02",
    ]);
    expect(doc?.url).toMatch(/^https:\/\/www\.regeringen\.se\/pressmeddelanden\/2022\/06\//);
  });

  it("reads the same money and the same statements as the text of the release", () => {
    expect(money(page)).toEqual(money(text));
    expect(money(page).length).toBeGreaterThan(0);
    expect(said(page)).toEqual(said(text));
  });

  it("reads nothing from its menus, share buttons, related links or footer", () => {
    const pageText = page.documents[0]?.text ?? "";
    for (const clutter of ["8 miljarder", "Facebook", "Sök", "document.documentElement"]) {
      expect(page.ledger.entries.some((e) => e.sources.some((s) => s.text.includes(clutter)))).toBe(
        false,
      );
    }
    expect(pageText).not.toContain("document.documentElement");
    expect(pageText).not.toContain("Huvudmeny");
  });
});

describe("a trade-press news page saved as HTML (banner, ads, byline, caption, related list)", () => {
  const page = loadKnowledge(folder({ "dev07.html": join(HTML_DIR, "dev07-nyhet.html") }));
  const text = loadKnowledge(
    folder({ "dev07.txt": join(import.meta.dirname, "../fixtures/devset/dev07-nyhet.txt") }),
  );

  it("reads the same money, roles and statements as the page copied as text", () => {
    expect(page.documents[0]?.published).toBe("2026-09-22");
    expect(money(page)).toEqual(money(text));
    expect(money(page).length).toBeGreaterThan(3);
    expect(said(page)).toEqual(said(text));
  });
});

describe("a university news page saved as HTML, retelling a decision", () => {
  const k = loadKnowledge(folder({ "lu.html": join(HTML_DIR, "lu-nyhet.html") }));

  it("reads its grant and the two halves, not the related article's 40 million", () => {
    expect(k.documents[0]?.published).toBe("2022-03-02");
    const amounts = k.ledger.entries.map((e) => [e.amountSek, e.role]);
    expect(amounts).toContainEqual([15_750_000, "grant"]);
    expect(amounts.filter(([, role]) => role === "part").map(([a]) => a)).toEqual([
      7_875_000, 7_875_000,
    ]);
    expect(amounts.some(([a]) => a === 40_000_000)).toBe(false);
    expect(readFileSync(join(HTML_DIR, "lu-nyhet.html"), "utf8")).toContain("40 miljoner");
  });
});
