import type { Answer } from "../../bot/index.js";
import { renderAnswer } from "./render.js";

/** The message body a `/gms` reply gets, as one JSON line; the button id is a stand-in. */
export function previewDiscord(answer: Answer): string {
  return JSON.stringify(renderAnswer(answer, { feedbackId: "preview" }));
}
