import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { PROMPT } from "../../src/adapters/terminal/index.js";
import {
  buildOnce,
  killLeftovers,
  ROOT,
  removeTempDirs,
  startCli,
  tempDir,
} from "../cli/built-cli.js";

// The terminal chat keeps its documents current too: a file added mid-chat is answered from next.
await buildOnce();
afterEach(killLeftovers);
afterAll(removeTempDirs);

const DOC = `Uppdrag om genomik vid ärftlig hjärtsjukdom

Regeringen har i dag beslutat att Genomic Medicine Sweden ska få 3 300 000 kronor under 2025 för helgenomsekvensering vid ärftlig hjärtsjukdom.
`;

describe("gms-bot chat on live documents", () => {
  it("answers from a document added while chatting, and SIGHUP reloads", async () => {
    const seeds = tempDir("gms-chat-live-");
    cpSync(join(ROOT, "seeds"), seeds, { recursive: true });
    const chat = startCli(["chat", "--seeds", seeds], { CACHE_DIR: "off" });
    const prompts = (n: number) => (out: string) => out.split(PROMPT).length > n;
    await chat.waitFor(prompts(1));
    writeFileSync(join(seeds, "020_hjarta.txt"), DOC);
    const deadline = Date.now() + 15_000;
    while (!chat.stderr().includes("documents reloaded")) {
      if (Date.now() > deadline) throw new Error(`no reload; stderr:\n${chat.stderr()}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    chat.write("how much went to hereditary heart disease in 2025?\n");
    await chat.waitFor(prompts(2));
    expect(chat.stdout()).toContain("3.3 million");
    chat.child.kill("SIGHUP");
    while (!chat.stderr().includes("documents reloaded (SIGHUP)")) {
      if (Date.now() > deadline + 15_000) throw new Error(`no SIGHUP reload:\n${chat.stderr()}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    chat.write("exit\n");
    expect(await chat.exited).toBe(0);
    expect(chat.stderr()).toMatch(
      /documents reloaded \(changed: 020_hjarta\.txt\): 6 documents; ledger entries \+\d+ -0/,
    );
  }, 40_000);
});
