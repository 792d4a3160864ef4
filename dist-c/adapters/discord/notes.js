/** Discord renders `<t:…:R>` as "in 42 seconds" in the reader's own language and clock. */
const relative = (at) => `<t:${Math.ceil(at / 1000)}:R>`;
/** The adapter's own short texts; answers themselves always come from the core. */
export const NOTES = {
    sv: {
        rateLimited: (at) => `Du frågar lite för snabbt. Försök igen ${relative(at)}.`,
        channelLimited: (at) => `Många frågor här just nu. Försök igen ${relative(at)}.`,
        apology: "Förlåt, något gick fel när jag skulle svara. Försök gärna igen om en stund.",
        dmsOff: "Jag svarar inte i direktmeddelanden. Fråga mig i en server med /gms.",
        thanks: "Tack för återkopplingen!",
        forgotten: "Det svaret minns jag inte längre. Fråga gärna igen.",
    },
    en: {
        rateLimited: (at) => `You're asking a little fast. Try again ${relative(at)}.`,
        channelLimited: (at) => `Lots of questions here right now. Try again ${relative(at)}.`,
        apology: "Sorry, something went wrong while answering. Please try again in a moment.",
        dmsOff: "I don't answer direct messages. Ask me in a server with /gms.",
        thanks: "Thanks for the feedback!",
        forgotten: "I no longer remember that answer. Please ask again.",
    },
};
/** Discord locales are like `sv-SE` or `en-US`; only Swedish changes the language. */
export function languageOfLocale(locale) {
    return locale?.toLowerCase().startsWith("sv") ? "sv" : undefined;
}
//# sourceMappingURL=notes.js.map