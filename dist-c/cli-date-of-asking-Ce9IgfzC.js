// dist/adapters/date-of-asking.js
const pad = (n, width) => String(n).padStart(width, "0");
/** The date of asking (YYYY-MM-DD), passed with each question: "i fjol" and "next year" are read against it. */
function dateOfAsking(now = /* @__PURE__ */ new Date()) {
	return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}
export { dateOfAsking as t };

//# sourceMappingURL=cli-date-of-asking-Ce9IgfzC.js.map