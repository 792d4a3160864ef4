import { MessageFlags, } from "discord.js";
import { dateOfAsking } from "../date-of-asking.js";
import { COMMAND_ASK, COMMAND_HELP, COMMAND_SOURCES, OPTION_QUESTION } from "./commands.js";
import { conversationKey, limitNote, noMentions } from "./context.js";
import { parseFeedbackCustomId, parseSourcesCustomId } from "./feedback.js";
import { handleFeedbackButton, handleReasonModal } from "./feedback-handlers.js";
import { languageOfLocale, NOTES } from "./notes.js";
import { renderAnswer, renderNotice, renderSourceQuotes } from "./render.js";
/** Slash commands and 👍/👎 clicks; every failure ends in a logged error and an apology. */
export async function handleInteraction(interaction, deps) {
    if (interaction.isChatInputCommand())
        await handleCommand(interaction, deps);
    else if (interaction.isButton())
        await handleButton(interaction, deps);
    else if (interaction.isModalSubmit())
        await handleModal(interaction, deps);
}
async function handleCommand(interaction, deps) {
    const language = languageOfLocale(interaction.locale);
    try {
        if (!interaction.inGuild() && !deps.config.allowDms) {
            await replyPrivately(interaction, NOTES[language ?? "en"].dmsOff);
            return;
        }
        if (interaction.commandName === COMMAND_ASK)
            await askCommand(interaction, deps, language);
        else if (interaction.commandName === COMMAND_SOURCES) {
            await listCommand(interaction, deps, "sources", language);
        }
        else if (interaction.commandName === COMMAND_HELP) {
            await listCommand(interaction, deps, "help", language);
        }
        else
            deps.log.warn({ command: interaction.commandName }, "unknown discord command");
    }
    catch (err) {
        deps.log.error({ err, command: interaction.commandName, ...where(interaction) }, "discord command failed");
        await apologise(interaction, deps, language ?? "en");
    }
}
async function askCommand(interaction, deps, language) {
    const question = interaction.options.getString(OPTION_QUESTION, true);
    const channelId = interaction.channelId ?? interaction.user.id;
    const decision = await deps.limits.take(interaction.user.id, channelId);
    if (!decision.ok) {
        await replyPrivately(interaction, limitNote(decision, language ?? "en"));
        return;
    }
    // Deferring first keeps us inside Discord's 3-second window whatever the core costs.
    await interaction.deferReply();
    // A thread or a DM is one conversation; elsewhere each question starts its own.
    const shared = interaction.channel?.isThread() || !interaction.inGuild();
    const conversationId = conversationKey(shared ? channelId : interaction.id);
    const answer = deps.ask(question, { conversationId, language, today: dateOfAsking() });
    const feedbackId = deps.feedback.remember(answer);
    const reply = await interaction.editReply({
        ...renderAnswer(answer, { feedbackId }),
        allowedMentions: noMentions(),
    });
    deps.answers.set(reply.id, conversationId);
}
/** Help and the source list are shown to the asker only: they are the same for everyone. */
async function listCommand(interaction, deps, question, language) {
    const answer = deps.ask(question, { language, today: dateOfAsking() });
    await interaction.reply({
        ...renderAnswer(answer, { showQuestion: false }),
        flags: MessageFlags.Ephemeral,
        allowedMentions: noMentions(),
    });
}
async function handleButton(interaction, deps) {
    const sourcesId = parseSourcesCustomId(interaction.customId);
    if (sourcesId) {
        await showSources(interaction, deps, sourcesId);
        return;
    }
    if (!parseFeedbackCustomId(interaction.customId))
        return;
    if (!(await deps.feedbackRate(interaction.user.id))) {
        // Acknowledged without a word: a flood of clicks costs neither a log line nor a message.
        await interaction.deferUpdate();
        return;
    }
    try {
        await handleFeedbackButton(interaction, deps);
    }
    catch (err) {
        deps.log.error({ err, ...where(interaction) }, "feedback failed");
        await apologise(interaction, deps, languageOfLocale(interaction.locale) ?? "en");
    }
}
async function handleModal(interaction, deps) {
    try {
        await handleReasonModal(interaction, deps);
    }
    catch (err) {
        deps.log.error({ err, ...where(interaction) }, "feedback reason failed");
    }
}
/** Every quote of the answer, to the one who clicked; a forgotten answer gets a note. */
async function showSources(interaction, deps, id) {
    const language = languageOfLocale(interaction.locale) ?? "en";
    try {
        const answer = deps.feedback.answer(id);
        if (!answer) {
            await replyPrivately(interaction, NOTES[language].forgotten);
            return;
        }
        await interaction.reply({
            ...renderSourceQuotes(answer),
            flags: MessageFlags.Ephemeral,
            allowedMentions: noMentions(),
        });
    }
    catch (err) {
        deps.log.error({ err, customId: interaction.customId, ...where(interaction) }, "sources failed");
        await apologise(interaction, deps, language);
    }
}
async function replyPrivately(interaction, text) {
    await interaction.reply({
        ...renderNotice(text),
        flags: MessageFlags.Ephemeral,
        allowedMentions: noMentions(),
    });
}
/** Edits the visible "thinking…" if we deferred; otherwise a private note. Never throws. */
async function apologise(interaction, deps, language) {
    const body = { ...renderNotice(NOTES[language].apology), allowedMentions: noMentions() };
    try {
        if (interaction.deferred || interaction.replied)
            await interaction.editReply(body);
        else
            await interaction.reply({ ...body, flags: MessageFlags.Ephemeral });
    }
    catch (err) {
        deps.log.error({ err, ...where(interaction) }, "discord apology failed");
    }
}
function where(interaction) {
    return {
        interactionId: interaction.id,
        guildId: interaction.guildId,
        channelId: interaction.channelId,
        userId: interaction.user.id,
    };
}
//# sourceMappingURL=handle-interaction.js.map