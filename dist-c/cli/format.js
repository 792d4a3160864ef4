import { groupDigits } from "../bot/format-amount.js";
/** Thousands separated by spaces, the Swedish way: 7875000 → "7 875 000" (the bot's one formatter). */
export function formatSek(amount) {
    return groupDigits(amount, "sv", 20);
}
/** Cuts a cell to `max` characters, marking the cut. */
export function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
export { alignTable } from "../adapters/plain-table.js";
//# sourceMappingURL=format.js.map