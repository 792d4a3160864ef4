import { COPY_HEADINGS, DEFINITION_SUBJECTS, DEFINITION_VERBS, MEMBER_CUES, MEMBERS_BEFORE, NEGATIONS, } from "./cue-words.js";
import { isHeading } from "./people.js";
import { sliceStarts } from "./phrase-starts.js";
import { findPhrases } from "./tokens.js";
const LETTER = /\p{L}/u;
/** "Kopia till" and the organisations listed under it, one a line, up to the next blank line. */
export function readCopies(view) {
    if (!view.mayAny(COPY_HEADINGS))
        return [];
    const out = [];
    view.segments.forEach((s, i) => {
        if (!isHeading(view, s, COPY_HEADINGS))
            return;
        const heading = view.span(s.start, s.end);
        let paragraph = null;
        for (const item of view.segments.slice(i + 1)) {
            paragraph ??= item.paragraph;
            if (item.paragraph !== paragraph || /[.!?]$/.test(item.text.trim()))
                break;
            // A rule of dashes or underscores (a PDF's footnote line) ends the list: no name holds no letter.
            if (!LETTER.test(item.text))
                break;
            out.push({ name: item.text.trim(), heading, span: view.span(item.start, item.end) });
        }
    });
    return out;
}
function mentionsGms(words) {
    return words.some((w, i) => w.word === "gms" ||
        w.word.startsWith("gms-") ||
        (w.word === "genomic" && (words[i + 1]?.word ?? "").startsWith("medicin")));
}
/** The sentence is about GMS: it names GMS, or its headline or the sentence before does. */
function aboutGms(view, s) {
    if (mentionsGms(view.words(s)))
        return true;
    const heading = view.headingOf(s);
    if (heading && mentionsGms(view.words(heading)))
        return true;
    const previous = view.segments[s.index - 1];
    return (previous !== undefined &&
        previous.paragraph === s.paragraph &&
        mentionsGms(view.words(previous)));
}
/** "I GMS ingår Region Skåne, …", "GMS utgörs av …": who takes part, never "ingår inte i GMS". */
export function readMembers(view) {
    if (!view.mayAny(MEMBER_CUES) && !view.mayAny(MEMBERS_BEFORE))
        return [];
    const out = [];
    for (const s of view.segments) {
        // Without a cue there is no list: the cheap test first.
        if (!view.may(s, MEMBER_CUES) && !view.may(s, MEMBERS_BEFORE))
            continue;
        const words = view.words(s);
        if (words.some((w) => NEGATIONS.has(w.word)) || !aboutGms(view, s))
            continue;
        const list = listText(view, s, words);
        if (list !== null)
            out.push({ members: splitList(list), span: view.span(s.start, s.end) });
    }
    return out;
}
/** The words that list the members: after "ingår", "utgörs av"; before "samarbetar" (from "där" on). */
function listText(view, s, words) {
    const after = findPhrases(words, MEMBER_CUES)[0];
    const last = after ? words[after.end - 1] : undefined;
    if (last)
        return view.doc.text.slice(last.end, s.end);
    const before = findPhrases(words, MEMBERS_BEFORE)[0];
    const verb = before ? words[before.at] : undefined;
    if (!before || !verb)
        return null;
    let from = before.at - 1;
    while (from >= 0 && !LIST_OPENERS.has(words[from]?.word ?? ""))
        from--;
    const first = words[from + 1];
    return first && from >= 0 ? view.doc.text.slice(first.start, verb.start) : null;
}
const LIST_OPENERS = new Set(["där", "where", "i", "in"]);
/** "A, B och C samt D" → [A, B, C, D]. */
function splitList(text) {
    const body = text.replace(/[.!?]\s*$/, "").replace(/^\s*(?:av|of)?\s*/, "");
    return body
        .split(/,\s*|\s+(?:och|samt|and|as well as)\s+/u)
        .map((x) => x.trim())
        .filter((x) => x !== "");
}
/** "GMS är en nationell satsning …", "Genomic Medicine Sweden (GMS) is a …". */
export function readDefinitions(view) {
    // A definition opens with its subject, a phrase of the table.
    if (!view.mayAny(DEFINITION_SUBJECTS))
        return [];
    const out = [];
    for (const s of view.segments) {
        if (!view.mayOpen(s, DEFINITION_SUBJECTS))
            continue;
        const words = view.words(s);
        if (words[0]?.word !== "gms" && words[0]?.word !== "genomic")
            continue;
        const subject = findPhrases(words, DEFINITION_SUBJECTS)[0];
        if (subject?.at !== 0)
            continue;
        let i = subject.end;
        if (words[i]?.word === "gms")
            i++; // "(GMS)"
        const verb = findPhrases(sliceStarts(words, i, i + 2), DEFINITION_VERBS)[0];
        if (verb?.at === 0)
            out.push({ span: view.span(s.start, s.end) });
    }
    return out;
}
//# sourceMappingURL=lists.js.map