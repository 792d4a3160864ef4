import { describe, expect, it } from "vitest";
import { namesWord } from "../../src/bot/answers/quoted-names.js";

describe("namesWord", () => {
  it("finds a name as a word of its own or in the genitive", () => {
    expect(namesWord("pengar från eu till gms", "eu")).toBe(true);
    expect(namesWord("region skånes andel", "region skåne")).toBe(true);
    expect(namesWord("ki:s forskare", "ki")).toBe(true);
  });
  it("never inside another word", () => {
    expect(namesWord("för vidareutveckling av precisionsdiagnostik", "eu")).toBe(false);
    expect(namesWord("kliniska studier", "ki")).toBe(false);
    expect(namesWord("regionskånearna", "region skåne")).toBe(false);
  });
  it("an empty name names nothing", () => {
    expect(namesWord("vad som helst", "")).toBe(false);
  });
});
