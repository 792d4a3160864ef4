import type { Language } from "./answer.js";

// Who decides, as the documents write it in either language: one line per decider, Swedish first, then
// English; the first form of each side is the one answers use. A newcomer adds a line.
const DECIDERS: readonly (readonly [sv: readonly string[], en: readonly string[]])[] = [
  [["Regeringen"], ["The government", "The Swedish government"]],
  [["Socialdepartementet"], ["The Ministry of Health and Social Affairs"]],
  [["Regionstyrelsen"], ["The regional executive board"]],
  [["GMS styrgrupp", "GMS styrgruppen", "Styrgruppen"], ["The GMS steering committee"]],
  [["Riksdagen"], ["The Riksdag", "Parliament"]],
];

const byName = new Map<string, readonly [readonly string[], readonly string[]]>();
for (const line of DECIDERS)
  for (const name of [...line[0], ...line[1]]) byName.set(name.toLowerCase(), line);

/** "The Government" in a Swedish answer is "Regeringen"; a decider no line knows stays as written. */
export function deciderName(by: string, language: Language): string {
  const line = byName.get(by.toLowerCase());
  return (line ? (language === "sv" ? line[0][0] : line[1][0]) : undefined) ?? by;
}

/** The government, however a document names it. */
export function isGovernment(by: string | null): boolean {
  return by !== null && byName.get(by.toLowerCase()) === DECIDERS[0];
}
