// The pre-check that lets the foreign-currency reader pass over sentences naming no currency.
import { describe, expect, it } from "vitest";
import {
  FOREIGN_CURRENCY_AFTER,
  FOREIGN_CURRENCY_BEFORE,
} from "../../src/knowledge/amount-words.js";
import {
  CURRENCY_STEMS,
  mayNameCurrency,
  NORDIC_SCALE_STEMS,
} from "../../src/knowledge/statements/other-money.js";

// Words of the currency regexes read only beside another that holds a stem: English adjectives before "crowns",
// "kroner"; "kronor" after a Nordic adjective ("norska kronor"); "us" is read on its own.
const BESIDE = new Set(["norwegian", "danish", "icelandic", "kronor", "us"]);

describe("mayNameCurrency", () => {
  it("holds every currency word the currency regexes read", () => {
    const words = [FOREIGN_CURRENCY_AFTER.source, FOREIGN_CURRENCY_BEFORE.source]
      .flatMap((source) => source.match(/\p{Ll}{2,}/gu) ?? [])
      .filter((w) => !BESIDE.has(w));
    for (const w of words)
      expect(
        CURRENCY_STEMS.some((stem) => w.includes(stem)),
        w,
      ).toBe(true);
  });

  it("passes text naming a currency, in any case or sign", () => {
    for (const text of [
      "EUR 3.2 million",
      "7,5 miljoner euro",
      "US 4 million",
      "us\u00A012",
      "12 $",
      "£5m",
      "84 millioner kr.",
      "200 mio. kr",
      "NOK 12",
      "12 norska kronor",
      "5 uſd",
    ])
      expect(mayNameCurrency(text), text).toBe(true);
  });

  it("passes over text naming kronor alone or no money", () => {
    for (const text of [
      "Regeringen avsätter 25 miljoner kronor 2027.",
      "Totalt 12 regioner deltar sedan augusti 2026.",
      "Fyra noder i augusti 2026, plus fler senare.",
    ])
      expect(mayNameCurrency(text), text).toBe(false);
  });

  it("knows the Nordic scale words", () => {
    expect(NORDIC_SCALE_STEMS).toContain("mio");
  });
});
