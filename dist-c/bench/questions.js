/**
 * The mixed set: both languages and every intent, including declines, follow-ups and hostile input.
 * Answers are not checked here (tests do that); the bench only prints each one's intent.
 */
export const QUESTIONS = [
    { label: "amount sv", question: "Hur mycket gick till barncancer 2022?" },
    { label: "amount en", question: "How much was allocated to lung cancer?" },
    { label: "amount typo", question: "barncacner 2022" },
    { label: "amount mention", question: "<@U0BOT> how much for childhood cancer in 2022" },
    { label: "own work", question: "How much could Socialstyrelsen use for its own work in 2022?" },
    { label: "total sv", question: "Hur mycket fick GMS 2024?" },
    { label: "total en", question: "What did GMS receive in total 2021–2023?" },
    { label: "breakdown sv", question: "Hur fördelades pengarna 2024?" },
    { label: "breakdown en", question: "How was the 49.5 million split?" },
    { label: "purpose sv", question: "Vad gick 14,5 miljoner till?" },
    { label: "purpose en", question: "What was the 16.5 million for?" },
    { label: "payer sv", question: "Vem betalar ut pengarna?" },
    { label: "payer en", question: "Who pays out the money?" },
    { label: "recipient en", question: "Who received the money in 2022?" },
    { label: "deadline sv", question: "När ska redovisningen lämnas?" },
    { label: "deadline en", question: "When is the deadline for the report?" },
    { label: "minister sv", question: "Vilken minister beslutade om pengarna?" },
    { label: "minister en", question: "Which minister announced the funding?" },
    { label: "about sv", question: "Vad är GMS?" },
    { label: "members en", question: "Which universities are part of GMS?" },
    { label: "sources sv", question: "Vilka källor har du?" },
    { label: "sources en", question: "What sources do you use?" },
    { label: "help sv", question: "hjälp" },
    { label: "help en", question: "help" },
    { label: "greeting", question: "Hej!" },
    { label: "out of scope sv", question: "Vad blir vädret i morgon?" },
    { label: "out of scope en", question: "Who won the football world cup?" },
    { label: "unknown area", question: "Hur mycket gick till prostatacancer?" },
    { label: "follow-up year", lead: "Hur mycket fick GMS 2022?", question: "och 2024?" },
    {
        label: "follow-up area",
        lead: "How much went to childhood cancer in 2022?",
        question: "what about lung cancer?",
    },
    { label: "empty", question: "   " },
    { label: "too long", question: `${"hur mycket fick GMS ".repeat(40)}?` },
];
//# sourceMappingURL=questions.js.map