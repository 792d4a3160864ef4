import { n as renderAnswer } from "./cli-render-C31bY9DB.js";
// dist/adapters/slack/preview.js
/** The Block Kit payload a `/gms` reply gets, as one JSON line (paste into Block Kit Builder). */
function previewSlack(answer) {
	return JSON.stringify(renderAnswer(answer, {
		sourcesValue: "preview",
		shareValue: "preview",
		restate: true
	}));
}
export { previewSlack };

//# sourceMappingURL=cli-preview-DYk28BT0.js.map