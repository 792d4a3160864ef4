import { CONTACT_HEADINGS, OPINION_CUES, PRESS_HEADINGS, TITLE_WORDS } from "./cue-words.js";
import { personAt } from "./names.js";
import { isHeading } from "./people.js";
// "Annika Strand (S), ordförande i …": a name, a party in brackets, then a title after a comma.
const TITLED = /^[ \u00A0]*(?:\([\p{Lu}\p{L}]{1,5}\))?[ \u00A0]*,[ \u00A0]*(\S.*)$/u;
// A closing signature stands in the document's last lines.
const CLOSING_SEGMENTS = 6;
/**
 * The names that sign a piece: lines "Name (Party), title" together (two or more, or one in a debate
 * article), or a lone name with its title line under it at the end ("Karin Löfgren" / "Ordförande, …").
 */
export function readAuthors(view) {
    const opinion = view.segments.slice(0, 12).some((s) => view.has(s, OPINION_CUES));
    const out = [];
    let run = [];
    const flush = () => {
        if (run.length >= 2 || (run.length === 1 && opinion))
            out.push(...run);
        run = [];
    };
    view.segments.forEach((s, i) => {
        const titled = titledLine(view, s, view.segments[i - 1]);
        if (titled)
            run.push(titled);
        else
            flush();
    });
    flush();
    const last = view.segments.length - CLOSING_SEGMENTS;
    view.segments.forEach((s, i) => {
        const next = view.segments[i + 1];
        const previous = view.segments[i - 1];
        if (i < last || !next || !view.isName(s) || underContactHeading(view, previous))
            return;
        if (!view.has(next, TITLE_WORDS))
            return;
        out.push({
            role: "signatory",
            name: s.text.trim(),
            title: next.text.trim(),
            span: view.span(s.start, s.end),
            context: [view.span(next.start, next.end)],
        });
    });
    return out;
}
function titledLine(view, s, previous) {
    const reading = view.reading(s);
    // A line's name and title are in its own words: read once per wording, its place checked each time.
    if (reading.titled === undefined)
        reading.titled = nameAndTitle(s.text);
    const titled = reading.titled;
    if (titled === null || underContactHeading(view, previous))
        return null;
    return {
        role: "author",
        name: titled.name,
        title: titled.title,
        span: view.span(s.start, s.end),
        context: [],
    };
}
/** "Annika Strand (S), ordförande i …": the name and the title after the comma, or null. */
function nameAndTitle(text) {
    // The title follows a comma: a line without one is read no further.
    if (!text.includes(","))
        return null;
    const name = personAt(text, 0);
    if (!name)
        return null;
    const rest = text.slice(text.indexOf(name) + name.length);
    const title = TITLED.exec(rest)?.[1];
    if (!title || /[.!?]$/.test(title.trim()) === true)
        return null;
    return { name, title: title.trim() };
}
function underContactHeading(view, s) {
    return (s !== undefined && (isHeading(view, s, PRESS_HEADINGS) || isHeading(view, s, CONTACT_HEADINGS)));
}
//# sourceMappingURL=authors.js.map