import { elapsedUs, summarize } from "./stats.js";
/** CPU time (user + system) since `start`, in µs. */
function cpuSince(start) {
    const used = process.cpuUsage(start);
    return used.user + used.system;
}
/** One timed answer; a follow-up's lead is asked first, untimed, in the same conversation. */
function timeOne(ask, q, conversationId) {
    if (q.lead !== undefined)
        ask(q.lead, { conversationId });
    const start = process.hrtime.bigint();
    if (q.lead !== undefined)
        ask(q.question, { conversationId });
    else
        ask(q.question);
    return elapsedUs(start);
}
export function timeQuestion(ask, q, options) {
    const conversationId = `bench:${q.label}`;
    // Warm-up gets half the budget, so a slow question is not run hundreds of times untimed.
    const warmUntil = performance.now() + options.budgetMsPerQuestion / 2;
    for (let i = 0; i < options.warmup && performance.now() < warmUntil; i++)
        timeOne(ask, q, conversationId);
    const samples = [];
    const until = performance.now() + options.budgetMsPerQuestion;
    const cpu = process.cpuUsage();
    while (samples.length < options.minSamples ||
        (samples.length < options.maxSamples && performance.now() < until))
        samples.push(timeOne(ask, q, conversationId));
    const cpuUs = cpuSince(cpu) / samples.length;
    const answer = q.lead ? ask(q.question, { conversationId }) : ask(q.question);
    return {
        label: q.label,
        question: q.question,
        intent: answer.intent,
        answered: answer.answered,
        us: summarize(samples),
        cpuUs,
    };
}
function timed(ask, question, context) {
    const start = process.hrtime.bigint();
    ask(question, context);
    return elapsedUs(start);
}
// Readings are kept per (question, date of asking): a new date each round makes every reading a first one.
const FRESH_BASE = Date.UTC(2026, 0, 1);
const dayAfter = (base, days) => new Date(base + days * 86_400_000).toISOString().slice(0, 10);
/** Round-robin over the set for `mixMs`: every answer timed, leads included (they are answers too). */
export function timeMix(ask, questions, mixMs, fresh = false) {
    const samples = [];
    const started = performance.now();
    const cpu = process.cpuUsage();
    let round = 0;
    while (performance.now() - started < mixMs) {
        round += 1;
        const today = fresh ? dayAfter(FRESH_BASE, round) : undefined;
        for (const q of questions) {
            // A fresh conversation per round and follow-up, so each follow-up sees exactly its lead.
            const conversation = q.lead === undefined ? {} : { conversationId: `mix:${q.label}:${round}` };
            const context = today === undefined ? conversation : { ...conversation, today };
            if (q.lead !== undefined)
                samples.push(timed(ask, q.lead, context));
            samples.push(timed(ask, q.question, context));
        }
    }
    const seconds = (performance.now() - started) / 1000;
    const mixCpuUs = cpuSince(cpu) / Math.max(1, samples.length);
    return { mix: summarize(samples), mixCpuUs, answersPerSecond: samples.length / seconds };
}
export function measureLatency(ask, questions, options) {
    const perQuestion = questions.map((q) => timeQuestion(ask, q, options));
    const mix = timeMix(ask, questions, options.mixMs);
    const fresh = timeMix(ask, questions, options.mixMs, true);
    return { perQuestion, ...mix, fresh: fresh.mix, freshCpuUs: fresh.mixCpuUs };
}
//# sourceMappingURL=latency.js.map