/**
 * The one rule for what a computed sum may add up: GMS grants (and a multi-year total's share for one year),
 * never other parts, totals, co-funding, caps or estimates.
 */
export function countsAsGrant(entry) {
    return (entry.revisedBy === undefined &&
        (entry.role === "grant" ||
            (entry.role === "part" && entry.yearShare === true) ||
            (entry.role === "comparison" && entry.loneRetelling === true && !entry.partOf)) &&
        entry.gms);
}
/** The kind of money an answer treats an entry as: a lone retelling of an earlier grant or share is that money. */
export function fundingRole(entry) {
    if (entry.role !== "comparison" || entry.loneRetelling !== true)
        return entry.role;
    return entry.partOf ? "part" : "grant";
}
//# sourceMappingURL=types.js.map