import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDocuments } from "../../src/knowledge/index.js";
import { segment } from "../../src/knowledge/segments.js";

const made: string[] = [];

function tempDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "gms-docs-"));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const GOOD =
  "Pressmeddelande från Socialdepartementet\n\nNy satsning på genomik i norr\n\nRegeringen avsätter 3 miljoner kronor.\n";
const OTHER = "Beslut om medel till Region Halland\n\nRegion Halland får 2 miljoner kronor.\n";

function problemFor(problems: Array<{ file: string; message: string }>, name: string) {
  return problems.filter((p) => p.file.endsWith(name) && p.message.includes(name));
}

describe("loadDocuments: problems are reported by file and the rest still loads", () => {
  it("a missing folder gives one problem that names it", () => {
    const dir = join(tmpdir(), `gms-missing-${process.pid}-${Date.now()}`);
    const { documents, problems } = loadDocuments(dir);
    expect(documents).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe(dir);
    expect(problems[0]?.message).toContain(dir);
  });

  it("a folder path that is a file is reported, not thrown", () => {
    const dir = tempDir({ "a.txt": GOOD });
    const path = join(dir, "a.txt");
    const { documents, problems } = loadDocuments(path);
    expect(documents).toEqual([]);
    expect(problems[0]?.message).toContain(path);
  });

  it.each<[string, string | Uint8Array]>([
    ["empty.txt", ""],
    ["blank.txt", "  \n\r\n\t\n"],
    ["binary.txt", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00])],
    ["latin1.txt", new Uint8Array([0x53, 0x6b, 0xe5, 0x6e, 0x65, 0x20, 0x31, 0x30, 0x0a])],
  ])("%s is skipped with a problem naming it", (name, content) => {
    const dir = tempDir({ "a.txt": GOOD, [name]: content, "z.txt": OTHER });
    const { documents, problems } = loadDocuments(dir);
    expect(documents.map((d) => d.id)).toEqual(["a", "z"]);
    expect(problems).toHaveLength(1);
    expect(problemFor(problems, name)).toHaveLength(1);
  });

  it("a non-UTF-8 problem says what is wrong", () => {
    const dir = tempDir({ "latin1.txt": new Uint8Array([0x53, 0x6b, 0xe5, 0x6e, 0x65]) });
    expect(loadDocuments(dir).problems[0]?.message).toMatch(/UTF-8/i);
  });

  it("sources.json that is not JSON is reported; every document still loads with derived metadata", () => {
    const dir = tempDir({ "a.txt": GOOD, "z.txt": OTHER, "sources.json": '{"a": {"title": "X",' });
    const { documents, problems } = loadDocuments(dir);
    expect(documents.map((d) => d.id)).toEqual(["a", "z"]);
    expect(problems).toHaveLength(1);
    expect(problemFor(problems, "sources.json")).toHaveLength(1);
    expect(documents[0]?.title).toBe("Ny satsning på genomik i norr");
  });

  it("sources.json with a field of the wrong type is reported by file and field", () => {
    const bad = JSON.stringify({ a: { title: "Rätt titel", published: 2024 } });
    const dir = tempDir({ "a.txt": GOOD, "z.txt": OTHER, "sources.json": bad });
    const { documents, problems } = loadDocuments(dir);
    expect(documents.map((d) => d.id)).toEqual(["a", "z"]);
    expect(problemFor(problems, "sources.json")).toHaveLength(1);
    expect(problems[0]?.message).toContain("published");
  });

  it("a malformed published date in sources.json is reported", () => {
    const bad = JSON.stringify({ a: { title: "T", published: "5 maj 2023" } });
    const dir = tempDir({ "a.txt": GOOD, "sources.json": bad });
    const { documents, problems } = loadDocuments(dir);
    expect(documents).toHaveLength(1);
    expect(problemFor(problems, "sources.json")).toHaveLength(1);
  });

  it("a sub-folder named like a document does not stop the load", () => {
    const dir = tempDir({ "a.txt": GOOD });
    mkdirSync(join(dir, "nested.txt"));
    const { documents, problems } = loadDocuments(dir);
    expect(documents.map((d) => d.id)).toEqual(["a"]);
    expect(problemFor(problems, "nested.txt")).toHaveLength(1);
  });
});

describe("loadDocuments: what counts as a document", () => {
  it("loads .txt and .md, ignores other extensions and sources.json itself, names a PDF it cannot read", () => {
    const dir = tempDir({
      "a.txt": GOOD,
      "b.md": "# Satsning på farmakogenomik\n\nRegeringen avsätter 4 miljoner kronor.\n",
      "c.pdf": "%PDF-1.4 not a document here",
      "d.csv": "amount,year\n1,2024\n",
      "e.json": "{}",
      "notes.TXT.bak": GOOD,
      "sources.json": "{}",
    });
    const { documents, problems } = loadDocuments(dir);
    expect(documents.map((d) => [d.id, d.fileName])).toEqual([
      ["a", "a.txt"],
      ["b", "b.md"],
    ]);
    expect(problems.map((p) => p.message.replace(dir, "DIR"))).toEqual([
      "DIR/c.pdf is a PDF file; save it as text (.txt, .md) or a web page (.html) to have it read; skipped",
    ]);
  });

  it("a .md document's title drops the heading marker", () => {
    const dir = tempDir({ "b.md": "# Satsning på farmakogenomik\n\nText om 4 miljoner kronor.\n" });
    expect(loadDocuments(dir).documents[0]?.title).toBe("Satsning på farmakogenomik");
  });

  it("a header's label line and a profile line with bars are no title", () => {
    const minutes =
      "Region Gävleborg\nPROTOKOLL\nPlats och tid: Regionens hus, Gävle, kl. 09.00\nJusteringens plats och tid: Gävle, 2031-03-12\n\nMedfinansiering av arbetet inom GMS 2031\n";
    const post =
      "LinkedIn\nHome | My Network | Jobs\n\nAnna Berg\nHead of genomics at a hospital | Professor of Genetics\n\nThis year's money is now split\n";
    const dir = tempDir({ "m.txt": minutes, "p.txt": post });
    expect(loadDocuments(dir).documents.map((d) => d.title)).toEqual([
      "Medfinansiering av arbetet inom GMS 2031",
      "This year's money is now split",
    ]);
  });

  it("metadata from sources.json is used where present", () => {
    const meta = {
      a: {
        title: "Titel från källfilen",
        publisher: "Regeringskansliet",
        kind: "pressmeddelande",
        published: "2025-12-18",
        url: "https://example.org/a",
      },
    };
    const dir = tempDir({ "a.txt": GOOD, "sources.json": JSON.stringify(meta) });
    const [doc] = loadDocuments(dir).documents;
    expect(doc).toMatchObject({ id: "a", ...meta.a });
  });

  it("without a sources.json entry: title from the first meaningful line, date from the text", () => {
    const text =
      "Pressmeddelande från Socialdepartementet\n\nPublicerad\n\nNya medel till genomik i Halland\n\nStockholm den 3 mars 2025\n\nRegeringen ger Kammarkollegiet i uppdrag att betala ut 2 miljoner kronor senast den 1 december 2025.\n";
    const meta = { other: { title: "Inte denna" } };
    const dir = tempDir({ "x.txt": text, "sources.json": JSON.stringify(meta) });
    const [doc] = loadDocuments(dir).documents;
    expect(doc?.title).toBe("Nya medel till genomik i Halland");
    expect(doc?.published).toBe("2025-03-03");
    expect(doc?.publisher).toBeNull();
    expect(doc?.url).toBeNull();
  });

  it("a document with no date and no headline still loads, titled by its id", () => {
    const dir = tempDir({ "kort.txt": "Ja.\n" });
    const [doc] = loadDocuments(dir).documents;
    expect(doc?.title).toBe("kort");
    expect(doc?.published).toBeNull();
  });
});

describe("loadDocuments: text kept exactly as read", () => {
  it("keeps CRLF line endings, a BOM-less UTF-8 text, and non-breaking spaces byte for byte", () => {
    const text =
      "Beslut om farmakogenomik\r\n\r\nRegeringen ger Kammarkollegiet i uppdrag att betala ut 8\u00A0250\u00A0000 kronor.\r\nSkåne och Örebro deltar.\r\n";
    const dir = tempDir({ "crlf.txt": text });
    const [doc] = loadDocuments(dir).documents;
    expect(doc?.text).toBe(text);
    expect(doc?.title).toBe("Beslut om farmakogenomik");
    for (const s of segment(doc?.text ?? "")) {
      expect(doc?.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).not.toMatch(/[\r\n]/);
    }
    const at = doc?.text.indexOf("8\u00A0250\u00A0000") ?? -1;
    expect(at).toBeGreaterThan(0);
  });

  it("keeps a leading byte-order mark so offsets count the file's own characters", () => {
    const text = "\uFEFFRubrik för ett beslut om medel\n\nRegion Gävleborg får 1 miljon kronor.\n";
    const dir = tempDir({ "bom.txt": text });
    const [doc] = loadDocuments(dir).documents;
    expect(doc?.text).toBe(text);
  });
});

describe("a page saved with HTML entities", () => {
  it("is read as the characters it shows; quotes are slices of that text", () => {
    const dir = tempDir({
      "page.txt":
        "Nyheter\n\nGMS f&aring;r mer\n\nRegeringen beslutade att GMS f&aring;r 97&nbsp;miljoner kronor &ndash; AT&T &amp; co.\n",
    });
    const { documents } = loadDocuments(dir);
    const text = documents[0]?.text ?? "";
    expect(text).toContain("GMS får 97\u00a0miljoner kronor – AT&T & co.");
    expect(text).not.toContain("&aring;");
  });
});

describe("a web page saved as HTML", () => {
  const PAGE = `<!DOCTYPE html><html><head><title>Nya miljoner till GMS | Nyheter</title>
<meta property="article:published_time" content="2026-03-02T08:15:00+01:00">
<link rel="canonical" href="https://example.org/nyheter/gms">
<script>var amount = "99 miljoner kronor";</script><style>p { color: red }</style></head>
<body><nav><ul><li><a href="/">Start</a></li><li>Forskning</li></ul></nav>
<main><article><h1>Nya miljoner till GMS</h1>
<p>Regeringen ger Genomic Medicine Sweden (GMS) 12&nbsp;miljoner kronor f&ouml;r 2026.</p>
<ul><li>8 miljoner kronor g&aring;r till barncancer.</li><li>4 miljoner kronor g&aring;r till datadelning.</li></ul>
<table><tr><th>Område</th><th>2026 (mnkr)</th></tr><tr><td>Barncancer</td><td>8</td></tr></table>
</article><aside><h2>Läs också</h2><ul><li><a href="/x">Forskare får 40 miljoner kronor</a></li></ul></aside></main>
<form><button>Prenumerera</button></form></body></html>`;

  it("is read as the text a reader sees: blocks are lines, items bullets, a table a pipe table", () => {
    const { documents, problems } = loadDocuments(tempDir({ "gms.html": PAGE }));
    expect(problems).toEqual([]);
    expect(documents[0]?.text).toBe(
      [
        "Nya miljoner till GMS",
        "",
        "Regeringen ger Genomic Medicine Sweden (GMS) 12\u00a0miljoner kronor för 2026.",
        "",
        "* 8 miljoner kronor går till barncancer.",
        "* 4 miljoner kronor går till datadelning.",
        "",
        "| Område | 2026 (mnkr) |",
        "| --- | --- |",
        "| Barncancer | 8 |",
        "",
        "Läs också",
        "",
        "* Forskare får 40 miljoner kronor",
        "",
      ].join("\n"),
    );
  });

  it("takes its date and address from the page's head; sources.json still wins", () => {
    const alone = loadDocuments(tempDir({ "gms.html": PAGE })).documents[0];
    expect([alone?.title, alone?.published, alone?.url]).toEqual([
      "Nya miljoner till GMS",
      "2026-03-02",
      "https://example.org/nyheter/gms",
    ]);
    const sources = JSON.stringify({ gms: { published: "2026-03-01" } });
    const dir = tempDir({ "gms.htm": PAGE, "sources.json": sources });
    expect(loadDocuments(dir).documents[0]?.published).toBe("2026-03-01");
  });

  it("a page without a headline of its own is headed by its <title>; a page with no text is reported", () => {
    const dir = tempDir({
      "a.html":
        "<html><head><title>GMS får medel</title></head><body><p>Regeringen ger GMS 3 miljoner kronor.</p></body></html>",
      "b.html": "<html><head><script>x()</script></head><body><nav>Meny</nav></body></html>",
    });
    const { documents, problems } = loadDocuments(dir);
    expect(documents.map((d) => d.text)).toEqual([
      "GMS får medel\n\nRegeringen ger GMS 3 miljoner kronor.\n",
    ]);
    expect(problems.map((p) => p.message.replace(dir, "DIR"))).toEqual([
      "DIR/b.html shows no text; skipped",
    ]);
  });

  it("a page that declares a Western European charset is read in it; a text file never is", () => {
    const latin = (text: string) => Buffer.from(text, "latin1");
    const head =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>';
    const dir = tempDir({
      "a.html": latin(`${head}<body><p>GMS får 90 miljoner kronor i år.</p></body></html>`),
      "b.html": latin("<html><body><p>GMS får 90 miljoner kronor.</p></body></html>"),
      "c.txt": latin('<meta charset="iso-8859-1">\nGMS får 90 miljoner kronor.\n'),
    });
    const { documents, problems } = loadDocuments(dir);
    expect(documents.map((d) => d.text)).toEqual(["GMS får 90 miljoner kronor i år.\n"]);
    expect(problems.map((p) => p.message.replace(dir, "DIR"))).toEqual([
      "DIR/b.html is not valid UTF-8; skipped",
      "DIR/c.txt is not valid UTF-8; skipped",
    ]);
  });

  it("blocks inside a table cell part words only: each row stays one line of the pipe table", () => {
    const dir = tempDir({
      "a.html":
        "<table><thead><tr><th><p>Område</p></th><th>2026<br>(mnkr)</th></tr></thead><tbody><tr><td><div>Barncancer</div><ul><li>akut leukemi</li></ul></td><td><p>8</p></td></tr><tr><td>Datadelning<td>4</tr></tbody></table>",
    });
    expect(loadDocuments(dir).documents[0]?.text).toBe(
      "| Område | 2026 (mnkr) |\n| --- | --- |\n| Barncancer akut leukemi | 8 |\n| Datadelning | 4 |\n",
    );
  });

  it("a page nested thousands of levels deep is named and skipped; a script's 'a<b' is no tag", () => {
    const script = `<script>${"if (a<b) x();".repeat(3000)}</script>`;
    const dir = tempDir({
      "deep.html": `${"<div>".repeat(5000)}GMS får 3 miljoner kronor.${"</div>".repeat(5000)}`,
      "script.html": `<html><head>${script}</head><body><p>GMS får 3 miljoner kronor.</p></body></html>`,
    });
    const { documents, problems } = loadDocuments(dir);
    expect(documents.map((d) => d.id)).toEqual(["script"]);
    expect(problems.map((p) => p.message.replace(dir, "DIR"))).toEqual([
      "DIR/deep.html nests its markup over 1000 levels deep; skipped",
    ]);
  });

  it("a line break parts lines, two in a row part paragraphs", () => {
    const dir = tempDir({
      "a.html":
        "<div>Rubrik om GMS<br>Av Anna Berg<br> <br>GMS får 3 miljoner kronor.<br><br><br>Slut.</div>",
    });
    expect(loadDocuments(dir).documents[0]?.text).toBe(
      "Rubrik om GMS\nAv Anna Berg\n\nGMS får 3 miljoner kronor.\n\nSlut.\n",
    );
  });

  it("a byte-order mark before the markup is no text of the page", () => {
    const dir = tempDir({
      "a.html": "\uFEFF<!DOCTYPE html><html><body><p>GMS får 3 miljoner kronor.</p></body></html>",
    });
    expect(loadDocuments(dir).documents[0]?.text).toBe("GMS får 3 miljoner kronor.\n");
  });

  it("escaped markup stays text: an entity is decoded once, never read as a tag", () => {
    const dir = tempDir({
      "a.html": "<p>Kod: &lt;script&gt;alert(1)&lt;/script&gt; och &amp;amp;</p>",
    });
    expect(loadDocuments(dir).documents[0]?.text).toBe(
      "Kod: <script>alert(1)</script> och &amp;\n",
    );
  });
});
