import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

// The files that read the asker's question (its dates and amounts), never a document.
const QUESTION_READERS = ["query.ts", "question-years.ts"];

function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

// The pure core may not reach platforms, the network, the environment or a logger singleton.
const FORBIDDEN = [
  /from\s+["'](?:@slack\/|discord\.js|@discordjs\/|ws|pino|node:http|node:https|node:net|http|https)["'/]/,
  /\bprocess\.env\b/,
  /from\s+["'][./]*(?:\.\.\/)+(?:adapters|logger|config|main|cli)(?:\/|\.js)/,
];

describe("import boundary: adapters → bot → knowledge", () => {
  for (const layer of ["knowledge", "bot"]) {
    for (const file of files(join(SRC, layer))) {
      it(`${file.slice(SRC.length + 1)} imports no platform, network, env or logger`, () => {
        const text = readFileSync(file, "utf8");
        for (const re of FORBIDDEN) expect(text).not.toMatch(re);
      });
    }
  }

  it("knowledge never imports bot", () => {
    for (const file of files(join(SRC, "knowledge"))) {
      expect(readFileSync(file, "utf8")).not.toMatch(/from\s+["']\.\.\/bot\//);
    }
  });

  // Documents are read once, at load, by src/knowledge; the bot only looks up what was read.
  it("bot reaches knowledge only through its index", () => {
    for (const file of files(join(SRC, "bot"))) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/from\s+["'](?:\.\.\/)+knowledge\/(?!index\.js["'])/);
    }
  });

  it("bot imports no document reader; only the question parser reads dates and amounts, of questions", () => {
    const readers =
      /\b(?:segment|findPayer|findRecipient|findProjectOwner|listPassages|readStatements|buildLedger|loadDocuments|loadKnowledge|fromDocuments)\b/;
    const questionReaders = /\b(?:findDates|findAmounts)\b/;
    for (const file of files(join(SRC, "bot"))) {
      const imports = [
        ...readFileSync(file, "utf8").matchAll(
          /import\s[^;]*?from\s+["'][^"']*knowledge[^"']*["']/g,
        ),
      ]
        .map((m) => m[0])
        .join("\n");
      expect(imports, file).not.toMatch(readers);
      if (!QUESTION_READERS.some((name) => file.endsWith(join("bot", name))))
        expect(imports, file).not.toMatch(questionReaders);
    }
  });

  // A document's text, however it is reached: `doc.text`, `doc?.text`, `byId.get(id)?.text`, `documents[i].text`.
  const DOCUMENT_TEXT = [
    /\b(?:d|doc|document)\??\.text\b/,
    /\.get\([^()]*\)\??\.text\b/,
    /\bdocuments\[[^\]]*\]\??\.text\b/,
  ];

  it("bot never scans every sentence or a document's text per question", () => {
    for (const file of files(join(SRC, "bot"))) {
      const text = withoutComments(readFileSync(file, "utf8"));
      expect(text, file).not.toMatch(/passages\s*\.all\(/);
      // Only a citation quotes its span from the document, to prove the quote exact.
      if (!file.endsWith("citations.ts"))
        for (const read of DOCUMENT_TEXT) expect(text, file).not.toMatch(read);
    }
  });
});
