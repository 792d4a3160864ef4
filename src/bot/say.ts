import type { LedgerEntry, Topic } from "../knowledge/index.js";
import { TOPICS } from "../knowledge/index.js";
import type { Language } from "./answer.js";

/** Picks the Swedish or English wording. */
export function say(language: Language, sv: string, en: string): string {
  return language === "sv" ? sv : en;
}

const TOPIC_BY_KEY = new Map<string, Topic>(TOPICS.map((t) => [t.key, t]));

/** A short label for an entry: the known area's name in the asker's language, else the document's words. */
export function entryLabel(entry: LedgerEntry, language: Language): string {
  const topic = TOPIC_BY_KEY.get(entry.area);
  if (topic) return language === "sv" ? topic.sv : topic.en;
  return shorten(entry.purpose, 90);
}

export function topicName(key: string, language: Language): string {
  const topic = TOPIC_BY_KEY.get(key);
  return topic ? (language === "sv" ? topic.sv : topic.en) : key;
}

export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** "2021", "2021–2023", or "" when unknown. */
export function yearsText(entry: LedgerEntry): string {
  if (entry.years.length === 0) return "";
  const first = entry.years[0];
  const last = entry.years.at(-1);
  return first === last ? String(first) : `${first}–${last}`;
}

/** Joins "a, b and c" / "a, b och c". */
export function listText(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${say(language, "och", "and")} ${items.at(-1)}`;
}
