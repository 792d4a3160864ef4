// Made-up pages: a question naming its source, a distributor among several, a region's like shares compared.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument as doc } from "../support/text-document.js";

const decision = doc(
  "beslut",
  "Pengar till GMS\n\nPublicerad 10 december 2040\n\nGenomic Medicine Sweden får 50 miljoner kronor för 2041. Medlen betalas ut till Region Norrby, som fördelar dem vidare till noderna.\n",
);
const amr = doc(
  "amr",
  "Uppdrag om antibiotikaresistens\n\nPublicerad 12 december 2040\n\nRegion Söderby får 6 miljoner kronor för 2041 inom Genomic Medicine Sweden. Region Söderby ansvarar för att fördela medlen till de mikrobiologiska laboratorierna i övriga regioner.\n",
);
const region = doc(
  "region",
  "Region Örebro län\n\nPublicerad 1 mars 2041\n\nRegion Örebro län får 3 miljoner kronor av GMS-medlen 2041 för arbete med sällsynta diagnoser. I fjol fick regionen 2 miljoner kronor av GMS-medlen för samma arbete.\n",
);
const nodes = doc(
  "noder",
  "Genomic Medicine Sweden\nÅrsrapport 2041\n\nPublicerad 1 mars 2042\n\nTabell 1. Statliga medel per nod, tusental kronor\n\nNod                  2041\nRegion Norrby        30 000\nRegion Örebro län    12 000\nRegion Östby          8 000\nSumma                50 000\n",
);
const ask = createAsk({ knowledge: fromDocuments([decision, amr, region, nodes]) });
const opts = { today: "2042-04-01" };

describe("sources, distributors and a region's change", () => {
  it("the distributor the question names, when several distribute", () => {
    const a = ask("Which labs does Region Söderby distribute the money to?", opts);
    expect(a.text).toMatch(/Region Söderby/);
    expect(a.text).not.toMatch(/Region Norrby/);
  });
  it("a region's change compares the share told in the same document as the other year's", () => {
    const a = ask("Hur mycket ökade Örebros andel från 2040 till 2041 i procent?", opts);
    expect(a.text).toMatch(/\+50 %/);
  });
  it("'According to Example Radio,' names a source: its words are not asked about", () => {
    const a = ask("According to Example Radio, how much does GMS get in 2041?", opts);
    expect(a.text).not.toMatch(/can't find/);
    const plain = ask("How much does GMS get in 2041?", opts);
    expect(a.figures.map((f) => f.amountSek)).toEqual(plain.figures.map((f) => f.amountSek));
  });
});
