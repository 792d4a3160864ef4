/**
 * "högst 150 000 kronor per år" in a two-year decision: an amount given per year whose own sentence names no
 * year holds for each year of the multi-year total told before it.
 */
export function spreadPerYear(facts) {
    let span = null;
    for (const f of facts) {
        // The writer's own standing description ("About SciLifeLab: … SEK 600 million a year") is no project's rate.
        if (f.role.perYear && f.years.clue !== "stated-in-sentence" && span && !f.aboutWriter) {
            f.years = { years: [...span.years.years], clue: "stated-in-paragraph" };
        }
        // "Sedan 2018 har vi satsat …" runs up to the document's year: no period a rate told later holds for.
        if (f.role.role === "multi-year-total" && f.years.years.length > 1 && !f.years.sinceYear)
            span = f;
    }
}
//# sourceMappingURL=per-year.js.map