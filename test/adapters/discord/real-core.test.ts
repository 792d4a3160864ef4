import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAsk } from "../../../src/bot/index.js";
import { BUNDLED_SEEDS_DIR } from "../../../src/config.js";
import { loadKnowledge } from "../../../src/knowledge/index.js";
import {
  editedReplyTo,
  type Harness,
  immediateReplyTo,
  question,
  replyTo,
  startDiscord,
  visibleText,
} from "./support/harness.js";
import { spyAsk } from "./support/scripted-ask.js";

const core = createAsk({ knowledge: loadKnowledge(BUNDLED_SEEDS_DIR) });

describe("with the real core and the bundled seeds", () => {
  const spy = spyAsk(core);
  let h: Harness;
  beforeAll(async () => {
    h = await startDiscord({ ask: spy.ask });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("answers /gms about barncancer 2022 with the cited figure in the embed", async () => {
    const i = h.fake.slash({
      name: "gms",
      options: question("how much went to barncancer 2022?"),
    });
    const { body } = await editedReplyTo(h.fake, i);
    const answer = spy.calls.at(-1)?.answer;
    expect(answer?.figures[0]?.amountSek).toBe(7_875_000);
    expect(answer?.citations.some((c) => c.docId.startsWith("004_"))).toBe(true);
    const embed = body.embeds?.[0];
    expect(embed?.description).toContain("7,875,000");
    expect(embed?.description).toMatch(/`\[\d+\]` /);
  });

  it("answers a Swedish mention in Swedish, as a reply", async () => {
    const id = h.fake.say({
      content: "<@100000000000000001> hur mycket gick till barncancer 2022?",
    });
    const { body } = await replyTo(h.fake, id);
    expect(spy.calls.at(-1)?.answer.language).toBe("sv");
    expect(visibleText(body)).toContain("7 875 000 kr");
    expect(body.embeds?.[0]?.footer?.text).toBe("Svaren kommer enbart från de citerade dokumenten");
  });

  it("lists the documents with their addresses for /gms-sources", async () => {
    const list = await immediateReplyTo(h.fake, h.fake.slash({ name: "gms-sources" }));
    expect(spy.calls.at(-1)?.question).toBe("sources");
    expect(visibleText(list)).toContain("regeringen.se/pressmeddelanden");
  });
});
