import { dateOfAsking } from "../date-of-asking.js";
import { conversationKey, limitNote, noMentions } from "./context.js";
import { NOTES } from "./notes.js";
import { renderAnswer, renderNotice } from "./render.js";
/** What a bare mention (`@GMS` and nothing else) or an empty DM is taken to mean. */
const EMPTY_QUESTION = "help";
/**
 * Mentions of the bot, replies to its answers and DMs. Everything else is left alone:
 * the bot never reads along in a channel.
 */
export async function handleMessage(message, deps) {
    const addressed = addressedToBot(message, deps);
    if (!addressed)
        return;
    try {
        await answerMessage(message, addressed, deps);
    }
    catch (err) {
        const { id: messageId, channelId, guildId } = message;
        const context = { err, messageId, channelId, guildId, userId: message.author.id };
        deps.log.error(context, "discord message handler failed");
        await replyNote(message, `${NOTES.en.apology}\n${NOTES.sv.apology}`).catch((error) => deps.log.error({ err: error, messageId }, "discord apology failed"));
    }
}
function addressedToBot(message, deps) {
    // Bots (this one included) and webhooks are never answered: no loops between bots.
    if (message.author.bot || message.webhookId !== null || message.system)
        return null;
    const dm = !message.inGuild();
    const referenced = message.reference?.messageId;
    const followed = referenced ? deps.answers.get(referenced) : undefined;
    const mention = `<@!?${deps.botId()}>`;
    const mentioned = new RegExp(mention).test(message.content);
    const question = message.content.replace(new RegExp(mention, "g"), " ").trim();
    // Without the privileged MessageContent intent, a reply with its ping switched off arrives empty.
    return dm || mentioned || (followed && question) ? { dm, question, followed } : null;
}
async function answerMessage(message, addressed, deps) {
    const { dm, question, followed } = addressed;
    const decision = await deps.limits.take(message.author.id, message.channelId);
    if (!decision.ok) {
        // Messages cannot be ephemeral: one short reply per window, then silence.
        if (decision.firstRefusal)
            await replyNote(message, limitNote(decision));
        return;
    }
    if (dm && !deps.config.allowDms) {
        await replyNote(message, `${NOTES.en.dmsOff}\n${NOTES.sv.dmsOff}`);
        return;
    }
    // A thread or a DM is one conversation; elsewhere each question starts its own.
    const own = dm || message.channel.isThread() ? message.channelId : message.id;
    const conversationId = followed ?? conversationKey(own);
    const answer = deps.ask(question || EMPTY_QUESTION, { conversationId, today: dateOfAsking() });
    const feedbackId = deps.feedback.remember(answer);
    const reply = await message.reply({
        ...renderAnswer(answer, { feedbackId }),
        allowedMentions: noMentions(),
    });
    deps.answers.set(reply.id, conversationId);
}
async function replyNote(message, text) {
    await message.reply({ ...renderNotice(text), allowedMentions: noMentions() });
}
//# sourceMappingURL=handle-message.js.map