// Synthetic funding documents in the seeds' Swedish style, deterministic per seed, for scale tests.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeDecision, writePressRelease, } from "./decision-text.js";
import { createRandom, mixSeed } from "./prng.js";
import { AREAS, MINISTERS, PAYERS, REGIONS } from "./swedish-words.js";
export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2030;
/** `n` documents; document i is the same for a given seed whatever `n` is. */
export function generateDecisions(n, seed) {
    const taken = { areas: new Map(), amounts: new Set() };
    const out = [];
    for (let i = 0; i < n; i++)
        out.push(generateOne(i, createRandom(mixSeed(seed, i)), taken));
    return out;
}
/** Writes the documents and their sources.json into `dir` (created if missing). */
export function writeDecisions(dir, n, seed) {
    const docs = generateDecisions(n, seed);
    mkdirSync(dir, { recursive: true });
    for (const doc of docs)
        writeFileSync(join(dir, doc.fileName), doc.text);
    const sources = Object.fromEntries(docs.map((d) => [d.id, d.meta]));
    writeFileSync(join(dir, "sources.json"), `${JSON.stringify(sources, null, 2)}\n`);
    return docs;
}
function generateOne(index, rng, taken) {
    const plan = planDocument(rng, taken);
    const written = plan.kind === "regeringsbeslut" ? writeDecision(plan, rng) : writePressRelease(plan, rng);
    const id = `syn_${String(index).padStart(5, "0")}`;
    return {
        id,
        fileName: `${id}.txt`,
        text: written.text,
        meta: describe(plan, rng, id),
        facts: factsOf(plan, written),
    };
}
function planDocument(rng, taken) {
    const year = rng.int(FIRST_YEAR, LAST_YEAR);
    const kind = rng.chance(0.5) ? "regeringsbeslut" : "pressmeddelande";
    const amountSek = freshAmount(rng, taken);
    const partCount = rng.pick([0, 2, 2, 3]);
    const areas = freshAreas(rng, taken, year, 1 + partCount);
    const shares = freshShares(rng, taken, amountSek, partCount);
    return {
        kind,
        year,
        yearStated: rng.chance(0.6),
        area: areas[0] ?? "farmakogenomik",
        amountSek,
        parts: shares.map((s, i) => ({ area: areas[i + 1] ?? "bioinformatik", amountSek: s })),
        bulletParts: kind === "pressmeddelande" && rng.chance(0.4),
        capSek: kind === "regeringsbeslut" && rng.chance(0.7) ? rng.int(2, 15) * 50_000 : null,
        payer: rng.pick(PAYERS),
        region: rng.pick(REGIONS),
        minister: rng.pick(MINISTERS),
        amountHeadline: rng.chance(0.5),
    };
}
/** Shares of a whole in steps of 250 000 kronor, none under a tenth of it, adding up to it exactly. */
function split(rng, whole, count) {
    const step = 250_000;
    if (count === 0 || whole < count * 4 * step)
        return [];
    const weights = Array.from({ length: count }, () => rng.int(2, 6));
    const sum = weights.reduce((a, b) => a + b, 0);
    const shares = weights.map((w) => Math.max(step, Math.round((whole * w) / sum / step) * step));
    const last = shares.length - 1;
    shares[last] = whole - shares.slice(0, last).reduce((a, b) => a + b, 0);
    return (shares[last] ?? 0) >= step ? shares : [];
}
/** A grant of 2–60 million not used before, in steps of 10 000 kronor once the round ones run out. */
function freshAmount(rng, taken) {
    let amount = rng.int(20, 600) * 100_000;
    for (let tries = 0; tries < 50 && taken.amounts.has(amount); tries++)
        amount = rng.int(20, 600) * 100_000 + rng.int(1, 9) * 10_000;
    taken.amounts.add(amount);
    return amount;
}
/** Shares of a grant, drawn again (then nudged by 10 000 kronor) while one repeats an earlier amount. */
function freshShares(rng, taken, whole, count) {
    let shares = split(rng, whole, count);
    for (let tries = 0; tries < 50 && shares.some((s) => taken.amounts.has(s)); tries++) {
        shares = split(rng, whole, count);
        if (tries < 5 || shares.length < 2)
            continue;
        const nudge = rng.int(1, 24) * 10_000;
        shares[0] = (shares[0] ?? 0) + nudge;
        shares[1] = (shares[1] ?? 0) - nudge;
    }
    for (const s of shares)
        taken.amounts.add(s);
    return shares;
}
/** Distinct areas not yet funded in `year`; once a year is full, any area. */
function freshAreas(rng, taken, year, count) {
    const used = taken.areas.get(year) ?? new Set();
    taken.areas.set(year, used);
    const out = [];
    while (out.length < count) {
        const free = AREAS.filter((a) => !used.has(a) && !out.includes(a));
        const area = rng.pick(free.length > 0 ? free : AREAS.filter((a) => !out.includes(a)));
        out.push(area);
        used.add(area);
    }
    return out;
}
function describe(plan, rng, id) {
    // Without a stated year the publication date decides; December counts for the coming year.
    const december = !plan.yearStated && rng.chance(0.25);
    const year = december ? plan.year - 1 : plan.year;
    const month = String(december ? 12 : rng.int(1, 11)).padStart(2, "0");
    const day = String(rng.int(1, 28)).padStart(2, "0");
    if (plan.kind === "regeringsbeslut")
        return {
            title: `Uppdrag att betala ut medel för piloter inom ${plan.area}`,
            publisher: "Regeringen (regeringsbeslut), Socialdepartementet",
            kind: "regeringsbeslut",
            published: `${year}-${month}`,
            url: null,
        };
    return {
        title: `Satsning på precisionsmedicin inom ${plan.area}`,
        publisher: "Regeringskansliet, Socialdepartementet",
        kind: "pressmeddelande",
        published: `${year}-${month}-${day}`,
        url: `https://www.regeringen.se/pressmeddelanden/${year}/${month}/${id.replace("_", "-")}/`,
    };
}
function factsOf(plan, written) {
    // The headline, when it retells the grant, is written first.
    let next = 0;
    const take = () => written.amounts[next++] ?? "";
    const grantText = take();
    if (plan.amountHeadline && plan.kind === "pressmeddelande")
        take();
    const facts = [
        {
            role: "grant",
            area: plan.area,
            year: plan.year,
            amountSek: plan.amountSek,
            written: grantText,
        },
        ...plan.parts.map((p) => ({
            role: "part",
            area: p.area,
            year: plan.year,
            amountSek: p.amountSek,
            written: take(),
        })),
    ];
    if (plan.capSek !== null)
        facts.push({
            role: "agency-cap",
            area: null,
            year: plan.year,
            amountSek: plan.capSek,
            written: take(),
        });
    return facts;
}
//# sourceMappingURL=generate-decisions.js.map