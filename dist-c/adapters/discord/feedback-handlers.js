import { MessageFlags } from "discord.js";
import { logFeedback, logFeedbackReason } from "../feedback-log.js";
import { noMentions } from "./context.js";
import { answerKey, parseFeedbackCustomId, parseReasonCustomId, reasonCustomId, } from "./feedback.js";
import { languageOfLocale, NOTES } from "./notes.js";
import { renderNotice } from "./render.js";
const REASON_INPUT = "reason";
const MODAL_WORDS = {
    sv: { title: "Vad var fel?", label: "Vad saknades eller var fel? (frivilligt)" },
    en: { title: "What was wrong?", label: "What was missing or wrong? (optional)" },
};
function eventOf(deps, id, vote, user) {
    const subject = deps.feedback.recall(id);
    return {
        platform: "discord",
        vote,
        question: subject?.question ?? null,
        intent: subject?.intent ?? null,
        answered: subject?.answered ?? null,
        answerId: answerKey(id),
        user,
    };
}
/** 👍 thanks privately; 👎 opens "what was wrong?" (closing it is fine: the vote is counted). */
export async function handleFeedbackButton(interaction, deps) {
    const parsed = parseFeedbackCustomId(interaction.customId);
    if (!parsed)
        return false;
    const language = languageOfLocale(interaction.locale) ?? "en";
    const event = eventOf(deps, parsed.id, parsed.vote, interaction.user.id);
    if (deps.votes.isNew(event.answerId, interaction.user.id, parsed.vote)) {
        logFeedback(deps.log, event);
    }
    if (parsed.vote === "down") {
        const words = MODAL_WORDS[language];
        await interaction.showModal({
            custom_id: reasonCustomId(parsed.id),
            title: words.title,
            components: [
                {
                    type: 1,
                    components: [
                        {
                            type: 4,
                            custom_id: REASON_INPUT,
                            style: 2,
                            label: words.label,
                            required: false,
                            max_length: 500,
                        },
                    ],
                },
            ],
        });
    }
    else
        await thank(interaction, language);
    return true;
}
/** The reason typed into the modal, logged with the answer it concerns. */
export async function handleReasonModal(interaction, deps) {
    const id = parseReasonCustomId(interaction.customId);
    if (!id)
        return;
    const reason = interaction.fields.getTextInputValue(REASON_INPUT);
    if (reason.trim() !== "") {
        logFeedbackReason(deps.log, eventOf(deps, id, "down", interaction.user.id), reason);
    }
    await thank(interaction, languageOfLocale(interaction.locale) ?? "en");
}
async function thank(interaction, language) {
    await interaction.reply({
        ...renderNotice(NOTES[language].thanks),
        flags: MessageFlags.Ephemeral,
        allowedMentions: noMentions(),
    });
}
//# sourceMappingURL=feedback-handlers.js.map