import { l as renderAnswer } from "./cli-render-2seDTDnn.js";
// dist/adapters/discord/preview.js
/** The message body a `/gms` reply gets, as one JSON line; the button id is a stand-in. */
function previewDiscord(answer) {
	return JSON.stringify(renderAnswer(answer, { feedbackId: "preview" }));
}
export { previewDiscord };

//# sourceMappingURL=cli-preview-MzGGVGOm.js.map