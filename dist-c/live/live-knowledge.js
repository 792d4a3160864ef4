import { diffKnowledge } from "./ledger-diff.js";
export function createLiveKnowledge(options) {
    let state = { knowledge: options.initial, ask: options.makeAsk(options.initial) };
    let running = null;
    let again = null;
    const once = async (reason) => {
        const started = performance.now();
        try {
            const next = await options.builder.build();
            const diff = diffKnowledge(state.knowledge, next);
            // One assignment: a question (synchronous) sees either the old pair or the new, never a mix.
            state = { knowledge: next, ask: options.makeAsk(next) };
            const ms = Math.round(performance.now() - started);
            const { documents, ledger, problems } = next;
            options.onReload({
                reason,
                documents: documents.length,
                ledgerEntries: ledger.entries.length,
                diff,
                problems,
                ms,
            });
        }
        catch (error) {
            options.onError(error, reason);
        }
    };
    const reload = (reason) => {
        if (running) {
            again = reason;
            return running;
        }
        running = (async () => {
            await once(reason);
            while (again !== null) {
                const next = again;
                again = null;
                await once(next);
            }
            running = null;
        })();
        return running;
    };
    return {
        ask: (question, context) => state.ask(question, context),
        current: () => state.knowledge,
        reload,
        async close() {
            await running;
            await options.builder.close();
        },
    };
}
//# sourceMappingURL=live-knowledge.js.map