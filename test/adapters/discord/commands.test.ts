import { describe, expect, it } from "vitest";
import { ASK_COMMAND, COMMANDS, QUESTION_MAX } from "../../../src/adapters/discord/commands.js";

// Discord's rules for chat-input command and option names.
const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

describe("the slash command definitions", () => {
  it("defines /gms question:<text>, /gms-sources and /gms-help", () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(["gms", "gms-sources", "gms-help"]);
    const option = ASK_COMMAND.options[0];
    expect(option).toMatchObject({ type: 3, name: "question", required: true });
    expect(option?.max_length).toBe(QUESTION_MAX);
  });

  it("has Swedish (sv-SE) names and descriptions that Discord accepts", () => {
    const named = [...COMMANDS, ...ASK_COMMAND.options];
    for (const item of named) {
      const sv = item.name_localizations["sv-SE"];
      for (const name of [item.name, sv]) {
        expect(name).toMatch(NAME);
        expect(name).toBe(name.toLowerCase());
      }
      for (const text of [item.description, item.description_localizations["sv-SE"]]) {
        expect(text.length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(100);
      }
    }
    expect(ASK_COMMAND.options[0]?.name_localizations["sv-SE"]).toBe("fråga");
  });

  it("is usable in servers and in DMs with the bot", () => {
    for (const command of COMMANDS) expect(command.contexts).toEqual([0, 1]);
  });
});
