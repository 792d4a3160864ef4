import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
} from "discord.js";
import type { Language } from "../../bot/index.js";
import { dateOfAsking } from "../date-of-asking.js";
import { COMMAND_ASK, COMMAND_HELP, COMMAND_SOURCES, OPTION_QUESTION } from "./commands.js";
import { conversationKey, type HandlerDeps, limitNote, noMentions } from "./context.js";
import { parseFeedbackCustomId, parseSourcesCustomId } from "./feedback.js";
import { languageOfLocale, NOTES } from "./notes.js";
import { renderAnswer, renderNotice, renderSourceQuotes } from "./render.js";

type Command = ChatInputCommandInteraction;

/** Slash commands and 👍/👎 clicks; every failure ends in a logged error and an apology. */
export async function handleInteraction(interaction: Interaction, deps: HandlerDeps) {
  if (interaction.isChatInputCommand()) await handleCommand(interaction, deps);
  else if (interaction.isButton()) await handleButton(interaction, deps);
}

async function handleCommand(interaction: Command, deps: HandlerDeps) {
  const language = languageOfLocale(interaction.locale);
  try {
    if (!interaction.inGuild() && !deps.config.allowDms) {
      await replyPrivately(interaction, NOTES[language ?? "en"].dmsOff);
      return;
    }
    if (interaction.commandName === COMMAND_ASK) await askCommand(interaction, deps, language);
    else if (interaction.commandName === COMMAND_SOURCES) {
      await listCommand(interaction, deps, "sources", language);
    } else if (interaction.commandName === COMMAND_HELP) {
      await listCommand(interaction, deps, "help", language);
    } else deps.log.warn({ command: interaction.commandName }, "unknown discord command");
  } catch (err) {
    deps.log.error(
      { err, command: interaction.commandName, ...where(interaction) },
      "discord command failed",
    );
    await apologise(interaction, deps, language ?? "en");
  }
}

async function askCommand(interaction: Command, deps: HandlerDeps, language?: Language) {
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
async function listCommand(
  interaction: Command,
  deps: HandlerDeps,
  question: "sources" | "help",
  language?: Language,
) {
  const answer = deps.ask(question, { language, today: dateOfAsking() });
  await interaction.reply({
    ...renderAnswer(answer, { showQuestion: false }),
    flags: MessageFlags.Ephemeral,
    allowedMentions: noMentions(),
  });
}

async function handleButton(interaction: ButtonInteraction, deps: HandlerDeps) {
  const sourcesId = parseSourcesCustomId(interaction.customId);
  if (sourcesId) {
    await showSources(interaction, deps, sourcesId);
    return;
  }
  const parsed = parseFeedbackCustomId(interaction.customId);
  if (!parsed) return;
  const language = languageOfLocale(interaction.locale) ?? "en";
  try {
    const subject = deps.feedback.recall(parsed.id);
    deps.log.info(
      {
        feedback: parsed.vote,
        question: subject?.question ?? null,
        intent: subject?.intent ?? null,
        answered: subject?.answered ?? null,
      },
      subject ? "discord feedback" : "discord feedback on a forgotten answer",
    );
    await replyPrivately(interaction, NOTES[language].thanks);
  } catch (err) {
    deps.log.error(
      { err, customId: interaction.customId, ...where(interaction) },
      "feedback failed",
    );
    await apologise(interaction, deps, language);
  }
}

/** Every quote of the answer, to the one who clicked; a forgotten answer gets a note. */
async function showSources(interaction: ButtonInteraction, deps: HandlerDeps, id: string) {
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
  } catch (err) {
    deps.log.error(
      { err, customId: interaction.customId, ...where(interaction) },
      "sources failed",
    );
    await apologise(interaction, deps, language);
  }
}

async function replyPrivately(interaction: Command | ButtonInteraction, text: string) {
  await interaction.reply({
    ...renderNotice(text),
    flags: MessageFlags.Ephemeral,
    allowedMentions: noMentions(),
  });
}

/** Edits the visible "thinking…" if we deferred; otherwise a private note. Never throws. */
async function apologise(
  interaction: Command | ButtonInteraction,
  deps: HandlerDeps,
  language: Language,
) {
  const body = { ...renderNotice(NOTES[language].apology), allowedMentions: noMentions() };
  try {
    if (interaction.deferred || interaction.replied) await interaction.editReply(body);
    else await interaction.reply({ ...body, flags: MessageFlags.Ephemeral });
  } catch (err) {
    deps.log.error({ err, ...where(interaction) }, "discord apology failed");
  }
}

function where(interaction: Interaction) {
  return {
    interactionId: interaction.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    userId: interaction.user.id,
  };
}
