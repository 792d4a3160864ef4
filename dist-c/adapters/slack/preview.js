import { renderAnswer } from "./render.js";
/** The Block Kit payload a `/gms` reply gets, as one JSON line (paste into Block Kit Builder). */
export function previewSlack(answer) {
    // The button value is the adapter's own: a stand-in shows where it goes without a live store.
    return JSON.stringify(renderAnswer(answer, { sourcesValue: "preview", shareValue: "preview", restate: true }));
}
//# sourceMappingURL=preview.js.map