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

describe("'Pengarna kommer från …, som uppgår till N': the pot the money is cut from", () => {
  it("a region's 3 miljoner is a share of the year's 30 miljoner, never a second grant", () => {
    const entries = ledger(
      page(
        "release",
        "Regeringen ger Genomic Medicine Sweden (GMS) 30 miljoner kronor för 2037.",
        "2037-01-10",
      ),
      page(
        "uni",
        "Region Dalarna tilldelas 3 miljoner kronor för 2037. Pengarna kommer från regeringens stöd till GMS, som i år uppgår till 30 miljoner kronor.",
        "2037-03-01",
      ),
    );
    const share = at(entries, 3_000_000)[0];
    expect(share?.role).toBe("part");
    expect(share?.partOf).toBe(at(entries, 30_000_000)[0]?.id);
  });
});
