export function createTurns() {
    const waiting = [];
    let scheduled = false;
    const next = () => {
        waiting.shift()?.();
        if (waiting.length > 0)
            setImmediate(next);
        else
            scheduled = false;
    };
    return () => new Promise((resolve) => {
        waiting.push(resolve);
        if (!scheduled) {
            scheduled = true;
            setImmediate(next);
        }
    });
}
//# sourceMappingURL=turns.js.map