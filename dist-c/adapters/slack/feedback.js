import { z } from "zod";
import { createFeedbackLimit } from "../feedback-limit.js";
import { answerIdOf, logFeedback, logFeedbackReason } from "../feedback-log.js";
import { ACTION_FEEDBACK_DOWN, ACTION_FEEDBACK_UP } from "./block-kit.js";
import { decodeFeedbackValue } from "./button-values.js";
import { guarded } from "./handler-kit.js";
import { THANKS_FOR_FEEDBACK } from "./messages.js";
import { patientRespond } from "./patient-respond.js";
export const REASON_CALLBACK = "gms_feedback_reason";
const REASON_BLOCK = "reason";
const FEEDBACK_ACTIONS = new RegExp(`^(?:${ACTION_FEEDBACK_UP}|${ACTION_FEEDBACK_DOWN})$`);
// What the modal carries back: the button's own value and the answer's id (well under 3000 chars).
const MetadataSchema = z.object({ v: z.string(), a: z.string() });
/** 👍/👎 clicks (once per person and answer) and the optional "what was wrong?" after a 👎. */
export function registerFeedbackHandlers(app, deps) {
    const withinRate = createFeedbackLimit();
    app.action(FEEDBACK_ACTIONS, async ({ ack, body, action, respond, client }) => {
        await ack();
        if (!(await withinRate(body.user.id))) {
            deps.logger.debug({ user: body.user.id }, "slack feedback over the rate; ignored");
            return;
        }
        const views = client.views.open.bind(client.views);
        await onVote(deps, body, action, patientRespond(respond, deps.retries), views);
    });
    app.view(REASON_CALLBACK, async ({ ack, body, view }) => {
        await ack();
        onReason(deps, body, view);
    });
}
function eventOf(value, answerId, user, vote) {
    const decoded = decodeFeedbackValue(value);
    return {
        platform: "slack",
        vote,
        question: decoded?.question ?? null,
        intent: decoded?.intent ?? null,
        answered: decoded?.answered ?? null,
        answerId,
        user,
    };
}
async function onVote(deps, body, action, respond, viewsOpen) {
    const vote = action.action_id === ACTION_FEEDBACK_UP ? "up" : "down";
    const where = { kind: "feedback", channel: body.channel?.id };
    const value = action.value ?? "";
    // The message's own ts identifies the answer; the value alone for answers Slack gives none for.
    const ts = body.container?.message_ts ?? body.message?.ts;
    const answerId = ts ? `${body.channel?.id ?? "-"}:${ts}` : answerIdOf(value);
    await guarded(deps, where, async () => {
        const event = eventOf(value, answerId, body.user.id, vote);
        if (deps.votes.isNew(answerId, body.user.id, vote))
            logFeedback(deps.logger, event);
        if (vote === "down" && body.trigger_id) {
            const metadata = JSON.stringify({ v: value, a: answerId });
            await viewsOpen({ trigger_id: body.trigger_id, view: reasonView(metadata) });
            return;
        }
        await respond?.({
            response_type: "ephemeral",
            replace_original: false,
            text: THANKS_FOR_FEEDBACK,
        });
    }, async () => { });
}
function onReason(deps, body, view) {
    const metadata = MetadataSchema.safeParse(parseJson(view.private_metadata));
    const reason = view.state.values[REASON_BLOCK]?.[REASON_BLOCK]?.value ?? "";
    if (!metadata.success || reason.trim() === "")
        return;
    const event = eventOf(metadata.data.v, metadata.data.a, body.user.id, "down");
    logFeedbackReason(deps.logger, event, reason);
}
/** The modal: one optional line of text; closing it is fine, the 👎 is already counted. */
function reasonView(metadata) {
    const text = (t) => ({ type: "plain_text", text: t, emoji: true });
    return {
        type: "modal",
        callback_id: REASON_CALLBACK,
        private_metadata: metadata,
        title: text("What was wrong?"),
        submit: text("Send / Skicka"),
        close: text("Skip / Hoppa över"),
        blocks: [
            {
                type: "input",
                block_id: REASON_BLOCK,
                optional: true,
                label: text("What was wrong? / Vad var fel? (optional)"),
                element: {
                    type: "plain_text_input",
                    action_id: REASON_BLOCK,
                    multiline: true,
                    max_length: 500,
                },
            },
        ],
    };
}
function parseJson(text) {
    try {
        return JSON.parse(text ?? "");
    }
    catch {
        return null;
    }
}
//# sourceMappingURL=feedback.js.map