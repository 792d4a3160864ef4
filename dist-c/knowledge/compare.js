/** Code-unit order: the same on every machine, whatever its locale (and no ICU start-up cost). */
export function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
//# sourceMappingURL=compare.js.map