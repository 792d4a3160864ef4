export const COMMAND_ASK = "gms";
export const COMMAND_SOURCES = "gms-sources";
export const COMMAND_HELP = "gms-help";
export const OPTION_QUESTION = "question";
/** Longer questions get "please ask a shorter question" from the core; Discord can stop them earlier. */
export const QUESTION_MAX = 500;
// Numeric values from Discord's API: kept literal so registering needs no gateway library.
const CHAT_INPUT = 1;
const STRING_OPTION = 3;
const GUILD_CONTEXT = 0;
const BOT_DM_CONTEXT = 1;
const GUILD_INSTALL = 0;
const WHERE = { contexts: [GUILD_CONTEXT, BOT_DM_CONTEXT], integration_types: [GUILD_INSTALL] };
/** `/gms question:<text>`: the one command that asks. */
export const ASK_COMMAND = {
    ...WHERE,
    type: CHAT_INPUT,
    name: COMMAND_ASK,
    name_localizations: { "sv-SE": "gms" },
    description: "Ask about the Swedish government's funding of Genomic Medicine Sweden",
    description_localizations: {
        "sv-SE": "Fråga om statens finansiering av Genomic Medicine Sweden",
    },
    options: [
        {
            type: STRING_OPTION,
            name: OPTION_QUESTION,
            name_localizations: { "sv-SE": "fråga" },
            description: "Your question, in Swedish or English: an area, a year, an amount…",
            description_localizations: {
                "sv-SE": "Din fråga, på svenska eller engelska: ett område, ett år, ett belopp…",
            },
            required: true,
            min_length: 1,
            max_length: QUESTION_MAX,
        },
    ],
};
/** The slash commands, as sent in one bulk overwrite by `npm run discord:register`. */
export const COMMANDS = [
    ASK_COMMAND,
    {
        ...WHERE,
        type: CHAT_INPUT,
        name: COMMAND_SOURCES,
        name_localizations: { "sv-SE": "gms-källor" },
        description: "List the documents the answers come from, with their addresses",
        description_localizations: { "sv-SE": "Visa dokumenten som svaren bygger på, med adresser" },
    },
    {
        ...WHERE,
        type: CHAT_INPUT,
        name: COMMAND_HELP,
        name_localizations: { "sv-SE": "gms-hjälp" },
        description: "What you can ask the GMS bot",
        description_localizations: { "sv-SE": "Vad du kan fråga GMS-boten" },
    },
];
//# sourceMappingURL=commands.js.map