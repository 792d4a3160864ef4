import { expect } from "vitest";
import { CUSTOM_ID_MAX } from "../../../../src/adapters/discord/feedback.js";
import {
  CONTENT_MAX,
  type DiscordMessage,
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELDS_MAX,
  EMBED_TITLE_MAX,
  EMBED_TOTAL_MAX,
  embedSize,
  FIELD_NAME_MAX,
  FIELD_VALUE_MAX,
  FOOTER_MAX,
} from "../../../../src/adapters/discord/render.js";

// Discord's own limits that the renderer has no constant for (it sends one embed and short labels).
const EMBEDS_MAX = 10;
const BUTTON_LABEL_MAX = 80;

/** Every limit Discord enforces on the parts we send. */
export function expectWithinDiscordLimits(message: DiscordMessage): void {
  expect((message.content ?? "").length).toBeLessThanOrEqual(CONTENT_MAX);
  expect(message.embeds.length).toBeLessThanOrEqual(EMBEDS_MAX);
  for (const embed of message.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(EMBED_TITLE_MAX);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(EMBED_DESCRIPTION_MAX);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(FOOTER_MAX);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(EMBED_FIELDS_MAX);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(FIELD_NAME_MAX);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(FIELD_VALUE_MAX);
    }
    expect(embedSize(embed)).toBeLessThanOrEqual(EMBED_TOTAL_MAX);
  }
  for (const button of message.components.flatMap((row) => row.components)) {
    expect(button.custom_id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(button.label?.length ?? 0).toBeLessThanOrEqual(BUTTON_LABEL_MAX);
  }
}
