/** Answers under way at once; well above a burst of 2,000 events, far below what fills memory. */
export const MAX_IN_FLIGHT = 10_000;
export function createInFlight(limit = MAX_IN_FLIGHT) {
    const running = new Set();
    return {
        run(work) {
            const p = work();
            running.add(p);
            const forget = () => running.delete(p);
            p.then(forget, forget);
            return p;
        },
        async drain() {
            while (running.size > 0)
                await Promise.allSettled([...running]);
        },
        full: () => running.size >= limit,
    };
}
//# sourceMappingURL=in-flight.js.map