import { ACTION_SHARE, ACTION_SOURCES } from "./block-kit.js";
import { decodeShareValue, decodeSourcesValue, encodeShareValue } from "./button-values.js";
import { registerFeedbackHandlers } from "./feedback.js";
import { answerOnce, guarded, isPlatformError, keepAnswer, sourcesValueFor, } from "./handler-kit.js";
import { APOLOGY, CANNOT_POST_HERE } from "./messages.js";
import { patientRespond } from "./patient-respond.js";
import { renderAnswer, renderSourceQuotes } from "./render.js";
import { questionFromSlack } from "./slack-text.js";
const HELP_WORDS = /^(?:help|hjälp|\?)$/i;
/** The slash command (ephemeral answer + share button) and the answer buttons. */
export function registerInteractionHandlers(app, deps) {
    // Any of the app's slash commands asks the bot, so renaming `/gms` in the manifest needs no code change.
    app.command(/.*/, async ({ command, ack, respond }) => {
        await ack();
        await onSlashCommand(deps, command, patientRespond(respond, deps.retries));
    });
    app.action(ACTION_SHARE, async ({ ack, body, action, client, respond }) => {
        await ack();
        const post = client.chat.postMessage.bind(client.chat);
        await onShare(deps, body, action, post, patientRespond(respond, deps.retries));
    });
    app.action(ACTION_SOURCES, async ({ ack, body, action, respond }) => {
        await ack();
        await onSources(deps, body, action, patientRespond(respond, deps.retries));
    });
    registerFeedbackHandlers(app, deps);
}
async function onSlashCommand(deps, command, respond) {
    const question = questionFromSlack(command.text ?? "");
    const help = question === "" || HELP_WORDS.test(question);
    const conversationId = `slack:${command.team_id}:${command.channel_id}:slash:${command.user_id}`;
    const where = { kind: "slash", channel: command.channel_id, user: command.user_id };
    await guarded(deps, where, async () => {
        const answer = answerOnce(deps, help ? "help" : question, { conversationId }, where);
        let shareValue;
        let sourcesValue;
        if (!help) {
            const key = keepAnswer(deps, answer);
            shareValue = encodeShareValue({ key, question, conversationId });
            sourcesValue = sourcesValueFor(deps, answer, conversationId);
        }
        // The reply stands alone in the channel, so it says what was asked.
        const message = renderAnswer(answer, {
            shareValue,
            sourcesValue,
            feedback: !help,
            restate: !help,
        });
        await respond({ response_type: "ephemeral", ...message });
    }, () => respond({ response_type: "ephemeral", text: APOLOGY }));
}
async function onShare(deps, body, action, postMessage, respond) {
    const share = decodeShareValue(action.value ?? "");
    const channel = body.channel?.id;
    const where = { kind: "share", channel, user: body.user.id };
    if (!share || !channel) {
        deps.logger.warn(where, "slack share click without a usable value or channel");
        return;
    }
    const tell = async (text) => {
        await respond?.({ response_type: "ephemeral", replace_original: false, text });
    };
    await guarded(deps, where, async () => {
        // After a restart the stored answer is gone; the core is deterministic, so asking again gives it back.
        const context = { conversationId: share.conversationId };
        const answer = deps.shares.get(share.key) ?? answerOnce(deps, share.question, context, where);
        const message = renderAnswer(answer, { askedBy: body.user.id });
        try {
            await postMessage({ channel, unfurl_links: false, unfurl_media: false, ...message });
        }
        catch (err) {
            if (!isPlatformError(err))
                throw err;
            deps.logger.warn({ err, ...where }, "slack share could not be posted");
            await tell(CANNOT_POST_HERE);
            return;
        }
        await respond?.({ delete_original: true });
    }, () => tell(APOLOGY));
}
/** Every quote of the answer, shown to the one who clicked. */
async function onSources(deps, body, action, respond) {
    const value = decodeSourcesValue(action.value ?? "");
    const where = { kind: "sources", channel: body.channel?.id, user: body.user.id };
    if (!value) {
        deps.logger.warn(where, "slack sources click without a usable value");
        return;
    }
    await guarded(deps, where, async () => {
        const context = { conversationId: value.conversationId };
        const answer = deps.shares.get(value.key) ?? answerOnce(deps, value.question, context, where);
        const quotes = renderSourceQuotes(answer);
        await respond?.({ response_type: "ephemeral", replace_original: false, ...quotes });
    }, async () => {
        await respond?.({ response_type: "ephemeral", replace_original: false, text: APOLOGY });
    });
}
//# sourceMappingURL=interactions.js.map