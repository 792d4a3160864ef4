// Readings added by helper F5, each on a made-up page: the whole another money is measured against ("… ingår inte
// i de 70 miljonerna") is that whole retold, never money of the other's kind.
import { describe, expect, it } from "vitest";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

describe("the whole other money is set apart from", () => {
  const page = textDocument(
    "qa",
    [
      "Frågor och svar om GMS",
      "",
      "Publicerad 2031-02-10",
      "",
      "Regeringen beslutade den 20 januari 2031 att GMS får 70 miljoner kronor för 2031.",
      "För 2031 har regionerna åtagit sig att bidra med sammanlagt 25 miljoner kronor i medfinansiering.",
      "Regionernas medel är inte statliga och ingår inte i de 70 miljonerna.",
    ].join("\n"),
    "2031-02-10",
  );

  it("'Regionernas medel … ingår inte i de 70 miljonerna': the 70 M is the grant retold, never co-funding", () => {
    const seventy = at(ledger(page), 70_000_000);
    expect(seventy.map((e) => e.role)).toEqual(["grant"]);
    expect(seventy[0]?.sources).toHaveLength(2);
  });
});
