// Readings added in session 19: each on a made-up page.
import { describe, expect, it } from "vitest";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const page = (id: string, body: string, published = "2036-01-12") =>
  textDocument(id, `Nyheter\n\nPublicerad ${published}\n\n${body}`, published);

describe("a list item's topic before a verb of receiving", () => {
  it("'Hjärtsjukdomar får 12 miljoner' names the topic, without the verb", () => {
    const entries = ledger(
      page(
        "fordelning",
        "Regeringen ger GMS 30 miljoner kronor för 2037. Fördelningen:\n- Hjärtsjukdomar får 12 miljoner.\n- Epilepsi får 18 miljoner.",
      ),
    );
    expect(at(entries, 12_000_000)[0]?.purpose).toBe("Hjärtsjukdomar");
  });

  it("'Under 2037 fick noden 7 miljoner' names no topic: the verb comes before its subject", () => {
    const entries = ledger(
      page(
        "nod",
        "Under 2037 fick noden 7 miljoner kronor av de 30 miljoner kronor som regeringen gav GMS.",
      ),
    );
    // With no topic of its own, the entry falls back to its whole sentence, never a fragment of it.
    for (const e of at(entries, 7_000_000)) expect(e.purpose).not.toBe("Under 2037 fick noden");
  });
});
