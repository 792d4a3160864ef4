// The one amount formatter: answer text, tables, the CLI's ledger and every adapter use it, so one amount
// reads the same everywhere. Built on Intl; ordinary spaces and hyphen-minus so text is stable to match.
const LOCALES = { sv: "sv-SE", en: "en-US" };
const UNITS = [
    { size: 1_000_000_000, sv: ["miljard", "miljarder"], en: "billion" },
    { size: 1_000_000, sv: ["miljon", "miljoner"], en: "million" },
];
const formatters = new Map();
function numberFormat(language, fraction) {
    const key = `${language}:${fraction}`;
    let format = formatters.get(key);
    if (!format) {
        format = new Intl.NumberFormat(LOCALES[language], {
            maximumFractionDigits: fraction,
            useGrouping: "always",
        });
        formatters.set(key, format);
    }
    return format;
}
const SEPARATORS = {
    sv: { group: " ", decimal: "," },
    en: { group: ",", decimal: "." },
};
// Plain decimal digits, at most 15 of them, so the number's own digits are exact.
const PLAIN = /^(\d{1,15})(?:\.(\d+))?$/;
/** Digits grouped the asker's way ("7 875 000" / "7,875,000"), no unit. */
export function groupDigits(value, language, fraction = 0) {
    return plainDigits(value, language, fraction) ?? intlDigits(value, language, fraction);
}
/**
 * The digits without Intl when no rounding is needed (what amounts are): building the first number
 * format loads ICU's locale data, a tenth of a one-shot `gms-bot ask`. Same text as Intl (tests).
 */
function plainDigits(value, language, fraction) {
    const m = PLAIN.exec(String(Math.abs(value)));
    const [, whole = "", decimals = ""] = m ?? [];
    if (!m || decimals.length > fraction)
        return null;
    const { group, decimal } = SEPARATORS[language];
    const grouped = whole.replace(/\B(?=(?:\d{3})+$)/g, group);
    const sign = value < 0 || Object.is(value, -0) ? "-" : "";
    return `${sign}${grouped}${decimals ? `${decimal}${decimals}` : ""}`;
}
function intlDigits(value, language, fraction) {
    return numberFormat(language, fraction)
        .format(value)
        .replace(/[\u00a0\u202f]/g, " ")
        .replace(/\u2212/g, "-");
}
/** "49,5 miljoner kronor" / "SEK 49.5 million" when the amount is a round figure (two decimals at most). */
function scaled(amount, language) {
    for (const unit of UNITS) {
        if (amount < unit.size || amount % (unit.size / 100) !== 0)
            continue;
        const count = amount / unit.size;
        const digits = groupDigits(count, language, 2);
        if (language === "en")
            return `${digits} ${unit.en}`;
        return `${digits} ${count === 1 ? unit.sv[0] : unit.sv[1]} kronor`;
    }
    return null;
}
/**
 * An amount of kronor the way people write it: round figures in millions or billions
 * ("6 miljoner kronor", "SEK 54.75 million"), other amounts digit-grouped ("7 875 000 kr", "SEK 7,875,000").
 */
export function formatAmount(sek, language) {
    if (!Number.isFinite(sek))
        throw new RangeError(`formatAmount: not a finite amount: ${sek}`);
    const rounded = Math.round(sek);
    const sign = rounded < 0 ? "-" : "";
    const amount = Math.abs(rounded);
    const round = scaled(amount, language) ?? groupDigits(amount, language);
    if (language === "en")
        return `SEK ${sign}${round}`;
    return round.endsWith("kronor") ? `${sign}${round}` : `${sign}${round} kr`;
}
//# sourceMappingURL=format-amount.js.map