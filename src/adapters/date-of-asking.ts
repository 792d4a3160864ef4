// Swedish date format is ISO (YYYY-MM-DD); the server's own time zone decides what "today" is.
const ISO_DATE = new Intl.DateTimeFormat("sv-SE", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The date of asking, passed with each question: "i fjol" and "next year" are read against it. */
export function dateOfAsking(now: Date = new Date()): string {
  return ISO_DATE.format(now);
}
