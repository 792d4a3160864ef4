const MB = 1024 * 1024;
export function memoryNow() {
    const m = process.memoryUsage();
    return { rssMb: m.rss / MB, heapMb: m.heapUsed / MB };
}
/** A full GC when the process was started with `--expose-gc`; otherwise nothing. */
export function settle() {
    const gc = globalThis.gc;
    if (!gc)
        return false;
    gc();
    gc();
    return true;
}
/**
 * `total` questions, each in one of `ids` rotating conversations (more than the LRU keeps), so
 * every turn stores or replaces context; leads and follow-ups alternate as in a real thread.
 */
export function measureMemory(ask, questions, options) {
    const turns = questions.flatMap((q) => (q.lead ? [q.lead, q.question] : [q.question]));
    const gc = settle();
    const before = memoryNow();
    const checkpoints = [];
    const quarter = Math.ceil(options.total / 4);
    const started = performance.now();
    for (let i = 0; i < options.total; i++) {
        ask(turns[i % turns.length] ?? "", { conversationId: `user-${i % options.ids}` });
        if ((i + 1) % quarter === 0 || i + 1 === options.total) {
            settle();
            checkpoints.push({ questions: i + 1, ...memoryNow() });
        }
    }
    const seconds = (performance.now() - started) / 1000;
    settle();
    return {
        questions: options.total,
        conversationIds: options.ids,
        conversationMax: options.conversationMax,
        gc,
        before,
        after: memoryNow(),
        checkpoints,
        seconds,
    };
}
//# sourceMappingURL=memory.js.map