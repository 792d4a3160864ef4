import { MONTHS, OFFICIALS, writeAmount } from "./swedish-words.js";
const WORK = [
    "fortsatt implementering av precisionsmedicinska piloter",
    "uppskalning av pågående piloter",
    "utveckling av genpaneler",
    "harmonisering av analysflöden",
    "etablering av ett nationellt arbetssätt",
];
function date(rng, year) {
    return `${rng.int(1, 28)} ${MONTHS[rng.int(0, 11)] ?? "mars"} ${year}`;
}
/** A regeringsbeslut in the style of seed 004: commission, shares, cap, deadlines, signatures. */
export function writeDecision(plan, rng) {
    const amounts = [];
    const say = (n, currency = true) => {
        const text = writeAmount(n, rng, currency);
        amounts.push(text);
        return text;
    };
    const { payer, region, year, area } = plan;
    const when = plan.yearStated ? `under ${year}, ` : "";
    const lines = [
        `Socialdepartementet${payer.name}`,
        "103 33 Stockholm",
        "",
        `Uppdrag att betala ut medel för piloter inom ${area}`,
        "",
        "Regeringens beslut",
        "",
        `Regeringen ger ${payer.name} i uppdrag att ${when}efter rekvisition från ${region}, betala ut ${say(plan.amountSek)} för arbete med att genomföra piloter inom ${area} inom ramen för projektet Genomic Medicine Sweden (GMS). ${region} ansvarar för att i samråd med styrgruppen för GMS fördela medlen till övriga parter inom projektet.`,
        "",
        ...partLines(plan, rng, say),
    ];
    if (plan.capSek !== null)
        lines.push(`Av medlen får högst ${say(plan.capSek)} användas för ${payer.genitive} eget arbete.`, "");
    lines.push(...decisionClosing(plan, rng));
    return { text: lines.join("\n"), amounts };
}
/** Deadlines, background and signatures: no amounts, but dates and names the core must not misread. */
function decisionClosing(plan, rng) {
    const { payer, year, area } = plan;
    return [
        `Medlen betalas ut engångsvis efter rekvisition ställd till ${payer.name} senast den ${date(rng, year)}. Medel som inte har använts för avsett ändamål ska återbetalas senast den 31 mars ${year + 1}.`,
        "",
        `${payer.name} ska lämna en redovisning av uppdraget senast den ${date(rng, year + 1)} till Regeringskansliet (Socialdepartementet).`,
        "",
        "Ärendet",
        "",
        `Ett av målen i den nationella life science-strategin är att Sverige ska vara ett föregångsland inom ${area}. GMS är en nationell satsning med visionen att i bred samverkan med sjukvård, högskola och näringsliv möjliggöra förbättrad diagnostik.`,
        "",
        "På regeringens vägnar",
        "",
        plan.minister.name,
        "",
        rng.pick(OFFICIALS),
    ];
}
/** A pressmeddelande in the style of seeds 000–002: headline, quote, grant, shares, press contact. */
export function writePressRelease(plan, rng) {
    const amounts = [];
    const say = (n, currency = true) => {
        const text = writeAmount(n, rng, currency);
        amounts.push(text);
        return text;
    };
    const { area, minister, year } = plan;
    const headline = plan.amountHeadline
        ? `${say(plan.amountSek)} till precisionsmedicin inom ${area}`
        : `Satsning på pilotprojekt inom precisionsmedicin för ${area}`;
    const grant = grantSentence(plan, rng, say);
    const lines = [
        "Pressmeddelande från Socialdepartementet",
        "",
        headline,
        "",
        "Publicerad",
        "",
        `Regeringen fortsätter att stödja Genomic Medicine Swedens (GMS) arbete med precisionsmedicin inom ${area}.`,
        "",
        `– Alla patienter ska få tillgång till mer precis diagnostik och individanpassad vård, säger ${minister.title} ${minister.name}.`,
        "",
        grant,
        "",
        ...partLines(plan, rng, say),
        `${plan.region} ska lämna en redovisning av arbetet till Socialdepartementet senast den ${date(rng, year + 1)}.`,
        "",
        "Presskontakt",
        "",
        rng.pick(OFFICIALS),
        `Pressekreterare hos ${minister.title} ${minister.name}`,
        "Telefon (växel) 08-405 10 00",
    ];
    return { text: lines.join("\n"), amounts };
}
/** The press release's grant: "Regeringen avsätter …" or "X får i uppdrag att betala ut … till …". */
function grantSentence(plan, rng, say) {
    const when = plan.yearStated ? ` under ${plan.year}` : "";
    return rng.chance(0.5)
        ? `Regeringen avsätter ${say(plan.amountSek)}${when} för att inom ramen för projektet Genomic Medicine Sweden genomföra piloter inom ${plan.area}.`
        : `${plan.payer.name} får i uppdrag att betala ut ${say(plan.amountSek)} till regionernas samverkansprojekt Genomic Medicine Sweden (GMS)${when} för piloter inom ${plan.area}.`;
}
function partLines(plan, rng, say) {
    if (plan.parts.length === 0)
        return [];
    if (plan.bulletParts) {
        const items = plan.parts.map((p) => `* ${say(p.amountSek, false)} går till ${rng.pick(WORK)} inom ${p.area}.`);
        return ["Regeringen fördelar pengarna så här:", "", ...items.flatMap((i) => [i, ""])];
    }
    const [first, second] = plan.parts;
    if (plan.parts.length === 2 && first && second && rng.chance(0.5)) {
        return [
            `Av detta ska ${say(first.amountSek)} gå till ${rng.pick(WORK)} inom ${first.area} och resterande ${say(second.amountSek)} till ${rng.pick(WORK)} inom ${second.area}.`,
            "",
        ];
    }
    return plan.parts.flatMap((p) => [
        `Av medlen ska ${say(p.amountSek)} användas för ${rng.pick(WORK)} inom ${p.area}.`,
        "",
    ]);
}
//# sourceMappingURL=decision-text.js.map