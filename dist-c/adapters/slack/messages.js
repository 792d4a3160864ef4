/** The adapter's own words, in both of the bot's languages. */
export const MESSAGES = {
    sv: {
        helpful: "👍 Hjälpsamt",
        notHelpful: "👎 Inte hjälpsamt",
        share: "Dela i kanalen",
        sources: "Källor",
        computed: "beräknat",
        more: (n) => `… och ${n} till (se texten)`,
        askedBy: (user) => `<@${user}> frågade:`,
        question: "Fråga:",
        noText: "(inget svar)",
        yes: "Ja.",
        no: "Nej.",
        moreRows: (n) => `… och ${n} till`,
        noAddress: "ingen offentlig adress",
        sourcesButton: "📄 Källor",
        noSources: "Svaret bygger inte på något dokument.",
    },
    en: {
        helpful: "👍 Helpful",
        notHelpful: "👎 Not helpful",
        share: "Share in channel",
        sources: "Sources",
        computed: "computed",
        more: (n) => `… and ${n} more (see the text)`,
        askedBy: (user) => `<@${user}> asked:`,
        question: "Question:",
        noText: "(no answer)",
        yes: "Yes.",
        no: "No.",
        moreRows: (n) => `… and ${n} more`,
        noAddress: "no public address",
        sourcesButton: "📄 Sources",
        noSources: "This answer rests on no document.",
    },
};
/** Sent when a handler fails: we don't know the asker's language yet, so both. */
export const APOLOGY = "Sorry, something went wrong while answering. Please try again. / Förlåt, något gick fel. Försök igen.";
export const THANKS_FOR_FEEDBACK = "Thanks for the feedback! / Tack för återkopplingen!";
export const CANNOT_POST_HERE = "I can't post in this conversation. Invite me with `/invite @GMS bot` and try again. / Jag kan inte skriva här: bjud in mig och försök igen.";
//# sourceMappingURL=messages.js.map