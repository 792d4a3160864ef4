// The server's own time zone decides what "today" is. Written out by hand: building an Intl date format
// loads ICU's calendar data, which cost a one-shot `gms-bot ask` about a fifth of its start-up.
const pad = (n, width) => String(n).padStart(width, "0");
/** The date of asking (YYYY-MM-DD), passed with each question: "i fjol" and "next year" are read against it. */
export function dateOfAsking(now = new Date()) {
    return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}
//# sourceMappingURL=date-of-asking.js.map