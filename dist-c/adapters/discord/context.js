import { NOTES } from "./notes.js";
/** A fresh object each time: nothing in a reply may ping anyone, replied-to user included. */
export function noMentions() {
    return { parse: [] };
}
/** Conversation ids are namespaced, so a core shared with other adapters never mixes them up. */
export function conversationKey(id) {
    return `discord:${id}`;
}
/** The note for a refused question, in the asker's language when known, else in both. */
export function limitNote(decision, lang) {
    const note = (l) => decision.scope === "user"
        ? NOTES[l].rateLimited(decision.retryAt)
        : NOTES[l].channelLimited(decision.retryAt);
    return lang ? note(lang) : `${note("en")}\n${note("sv")}`;
}
//# sourceMappingURL=context.js.map