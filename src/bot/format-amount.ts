import type { Language } from "./answer.js";

const MILLION = 1_000_000;
const BILLION = 1_000_000_000;

/** "7875000" → "7 875 000" / "7,875,000"; written by hand so the machine's locale never matters. */
function group(whole: number, separator: string): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** `amount / unit` with at most two decimals ("54,75", "1.2"), or null when it needs more. */
function inUnits(amount: number, unit: number, language: Language): string | null {
  if (amount < unit || amount % (unit / 100) !== 0) return null;
  const whole = Math.floor(amount / unit);
  const hundredths = String((amount % unit) / (unit / 100))
    .padStart(2, "0")
    .replace(/0+$/, "");
  const grouped = group(whole, language === "sv" ? " " : ",");
  if (hundredths === "") return grouped;
  return `${grouped}${language === "sv" ? "," : "."}${hundredths}`;
}

/** "49,5 miljoner kronor" / "SEK 49.5 million", or null when the amount is no round figure. */
function scaled(amount: number, language: Language): string | null {
  const billions = inUnits(amount, BILLION, language);
  if (billions !== null) {
    if (language === "en") return `SEK ${billions} billion`;
    return `${billions} ${billions === "1" ? "miljard" : "miljarder"} kronor`;
  }
  const millions = inUnits(amount, MILLION, language);
  if (millions === null) return null;
  if (language === "en") return `SEK ${millions} million`;
  return `${millions} ${millions === "1" ? "miljon" : "miljoner"} kronor`;
}

/**
 * An amount of kronor the way people write it: round figures in millions or billions
 * ("6 miljoner kronor", "SEK 54.75 million"), other amounts digit-grouped ("7 875 000 kr", "SEK 7,875,000").
 */
export function formatAmount(sek: number, language: Language): string {
  if (!Number.isFinite(sek)) throw new RangeError(`formatAmount: not a finite amount: ${sek}`);
  const amount = Math.abs(Math.round(sek));
  const sign = Math.round(sek) < 0 ? "-" : "";
  const round = scaled(amount, language);
  if (round !== null)
    return language === "en" ? round.replace("SEK ", `SEK ${sign}`) : sign + round;
  if (language === "en") return `SEK ${sign}${group(amount, ",")}`;
  return `${sign}${group(amount, " ")} kr`;
}
