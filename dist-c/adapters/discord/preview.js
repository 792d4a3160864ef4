import { renderAnswer } from "./render.js";
/** The message body a `/gms` reply gets, as one JSON line; the button id is a stand-in. */
export function previewDiscord(answer) {
    return JSON.stringify(renderAnswer(answer, { feedbackId: "preview" }));
}
//# sourceMappingURL=preview.js.map