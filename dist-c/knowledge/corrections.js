import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
// A maintainer pins what the reader got wrong, by document and quoted text: no code change needed.
export const CORRECTIONS_FILE = "corrections.json";
const MAX_CORRECTIONS_BYTES = 1024 * 1024;
const ROLES = [
    "grant",
    "part",
    "total",
    "multi-year-total",
    "co-funding",
    "agency-cap",
    "budget-frame",
    "comparison",
    "estimate",
    "not-funding",
];
const Place = z.object({ doc: z.string().min(1), quote: z.string().min(1) }).strict();
const CorrectionSchema = Place.extend({
    role: z.enum(ROLES).optional(),
    years: z.array(z.number().int().min(1900).max(2100)).max(50).optional(),
    recipient: z.string().nullable().optional(),
    funder: z.string().nullable().optional(),
    gms: z.boolean().optional(),
    partOf: Place.nullable().optional(),
}).strict();
const CorrectionsSchema = z.array(CorrectionSchema).max(10_000);
/** The folder's corrections, validated; a missing file is none, a broken one is a problem and none. */
export function readCorrections(dir, problems) {
    const path = join(dir, CORRECTIONS_FILE);
    let text;
    try {
        const stat = statSync(path);
        if (!stat.isFile() || stat.size > MAX_CORRECTIONS_BYTES) {
            problems.push({
                file: path,
                message: `${path} is not a regular file under 1 MB; corrections not applied`,
            });
            return [];
        }
        text = readFileSync(path, "utf8");
    }
    catch {
        return [];
    }
    try {
        const parsed = CorrectionsSchema.safeParse(JSON.parse(text));
        if (parsed.success)
            return parsed.data;
        const issue = parsed.error.issues[0];
        problems.push({
            file: path,
            message: `${path}: correction ${issue?.path.join(".")} ${issue?.message}; corrections not applied`,
        });
    }
    catch (error) {
        problems.push({
            file: path,
            message: `${path} is not valid JSON (${error.message}); corrections not applied`,
        });
    }
    return [];
}
/** Applies each correction to the entry that quotes it; one that matches nothing is reported, never ignored. */
export function applyCorrections(entries, corrections, problems) {
    for (const c of corrections) {
        const entry = findEntry(entries, c);
        if (!entry) {
            problems.push({
                file: CORRECTIONS_FILE,
                message: `correction for ${c.doc} “${c.quote}” matches no ledger entry; not applied`,
            });
            continue;
        }
        if (c.role)
            entry.role = c.role;
        if (c.years) {
            entry.years = [...c.years].sort((a, b) => a - b);
            entry.year = entry.role === "multi-year-total" ? null : (entry.years[0] ?? null);
        }
        if (c.recipient !== undefined)
            entry.recipient = c.recipient;
        if (c.funder !== undefined)
            entry.funder = c.funder;
        if (c.gms !== undefined)
            entry.gms = c.gms;
        if (c.partOf !== undefined && !setParent(entries, entry, c.partOf)) {
            problems.push({
                file: CORRECTIONS_FILE,
                message: `correction for ${c.doc} “${c.quote}”: its whole “${c.partOf?.quote}” matches no ledger entry; part-of not applied`,
            });
        }
        entry.corrected = true;
        entry.notes.push("Corrected by the maintainers (corrections.json).");
    }
}
function findEntry(entries, place) {
    return entries.find((e) => e.sources.some((s) => s.docId === place.doc && s.text.includes(place.quote)));
}
function setParent(entries, entry, place) {
    const old = entries.find((e) => e.id === entry.partOf);
    if (old)
        old.parts = old.parts.filter((id) => id !== entry.id);
    if (place === null) {
        entry.partOf = null;
        return true;
    }
    const parent = findEntry(entries, place);
    if (!parent || parent === entry)
        return false;
    entry.partOf = parent.id;
    parent.parts.push(entry.id);
    return true;
}
//# sourceMappingURL=corrections.js.map