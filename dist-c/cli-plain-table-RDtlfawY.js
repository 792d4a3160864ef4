// dist/bot/format-amount.js
const LOCALES = {
	sv: "sv-SE",
	en: "en-US"
};
const UNITS = [{
	size: 1e9,
	sv: ["miljard", "miljarder"],
	en: "billion"
}, {
	size: 1e6,
	sv: ["miljon", "miljoner"],
	en: "million"
}];
const formatters = /* @__PURE__ */ new Map();
function numberFormat(language, fraction) {
	const key = `${language}:${fraction}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.NumberFormat(LOCALES[language], {
			maximumFractionDigits: fraction,
			useGrouping: "always"
		});
		formatters.set(key, format);
	}
	return format;
}
const SEPARATORS = {
	sv: {
		group: " ",
		decimal: ","
	},
	en: {
		group: ",",
		decimal: "."
	}
};
const PLAIN = /^(\d{1,15})(?:\.(\d+))?$/;
/** Digits grouped the asker's way ("7 875 000" / "7,875,000"), no unit. */
function groupDigits(value, language, fraction = 0) {
	return plainDigits(value, language, fraction) ?? intlDigits(value, language, fraction);
}
/**
* The digits without Intl when no rounding is needed (what amounts are): building the first number
* format loads ICU's locale data, a tenth of a one-shot `gms-bot ask`. Same text as Intl (tests).
*/
function plainDigits(value, language, fraction) {
	const m = PLAIN.exec(String(Math.abs(value)));
	const [, whole = "", decimals = ""] = m ?? [];
	if (!m || decimals.length > fraction) return null;
	const { group, decimal } = SEPARATORS[language];
	const grouped = whole.replace(/\B(?=(?:\d{3})+$)/g, group);
	return `${value < 0 || Object.is(value, -0) ? "-" : ""}${grouped}${decimals ? `${decimal}${decimals}` : ""}`;
}
function intlDigits(value, language, fraction) {
	return numberFormat(language, fraction).format(value).replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-");
}
/** "49,5 miljoner kronor" / "SEK 49.5 million" when the amount is a round figure (two decimals at most). */
function scaled(amount, language) {
	for (const unit of UNITS) {
		if (amount < unit.size || amount % (unit.size / 100) !== 0) continue;
		const count = amount / unit.size;
		const digits = groupDigits(count, language, 2);
		if (language === "en") return `${digits} ${unit.en}`;
		return `${digits} ${count === 1 ? unit.sv[0] : unit.sv[1]} kronor`;
	}
	return null;
}
/**
* An amount of kronor the way people write it: round figures in millions or billions
* ("6 miljoner kronor", "SEK 54.75 million"), other amounts digit-grouped ("7 875 000 kr", "SEK 7,875,000").
*/
function formatAmount(sek, language) {
	if (!Number.isFinite(sek)) throw new RangeError(`formatAmount: not a finite amount: ${sek}`);
	const rounded = Math.round(sek);
	const sign = rounded < 0 ? "-" : "";
	const amount = Math.abs(rounded);
	const round = scaled(amount, language) ?? groupDigits(amount, language);
	if (language === "en") return `SEK ${sign}${round}`;
	return round.endsWith("kronor") ? `${sign}${round}` : `${sign}${round} kr`;
}
// dist/adapters/plain-table.js
/** Rows as columns padded to their widest cell; `right` lists the right-aligned columns. */
function alignTable(rows, right = /* @__PURE__ */ new Set()) {
	const widths = [];
	for (const row of rows) row.forEach((cell, i) => {
		widths[i] = Math.max(widths[i] ?? 0, cell.length);
	});
	return rows.map((row) => row.map((cell, i) => right.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)).join("  ").trimEnd()).join("\n");
}
const MORE_ROWS = {
	sv: (n) => `… och ${n} till`,
	en: (n) => `… and ${n} more`
};
/** The header, the rows and the total as cell arrays, every cell one line. */
function tableCells(table, clean) {
	const rows = [table.columns.map((c) => c.label), ...table.rows.map((r) => r.cells)];
	if (table.total) rows.push(table.total.cells);
	return rows.map((r) => r.map((c) => clean(c).replace(/\s+/g, " ").trim()));
}
/**
* The table as aligned text of at most `maxChars`: whole rows from the top, then "and N more".
* Cells wider than `cellMax` are cut, so one long purpose cannot push the amounts off screen.
*/
function plainTable(table, language, maxChars, clean = (t) => t, cellMax = 48) {
	const cells = tableCells(table, clean).map((r) => r.map((c) => cut(c, cellMax)));
	const right = new Set(table.columns.flatMap((c, i) => c.align === "right" ? [i] : []));
	const total = table.total ? cells.pop() : void 0;
	const [header = [], ...body] = cells;
	for (let shown = body.length; shown >= 0; shown--) {
		const rows = [header, ...body.slice(0, shown)];
		if (total && shown === body.length) rows.push(total);
		const text = alignTable(rows, right);
		const rest = body.length - shown;
		const full = rest > 0 ? `${text}\n${MORE_ROWS[language](rest)}` : text;
		if (full.length <= maxChars) return full;
	}
	return cut(MORE_ROWS[language](body.length), maxChars);
}
function cut(text, max) {
	return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
export { groupDigits as a, formatAmount as i, plainTable as n, tableCells as r, alignTable as t };

//# sourceMappingURL=cli-plain-table-RDtlfawY.js.map