export function createBoundedMap(max) {
    const entries = new Map();
    return {
        get(key) {
            const value = entries.get(key);
            if (value === undefined)
                return undefined;
            // Re-insert so that Map order tracks recency.
            entries.delete(key);
            entries.set(key, value);
            return value;
        },
        has: (key) => entries.has(key),
        delete(key) {
            entries.delete(key);
        },
        set(key, value) {
            entries.delete(key);
            entries.set(key, value);
            while (entries.size > max) {
                const oldest = entries.keys().next();
                if (oldest.done)
                    break;
                entries.delete(oldest.value);
            }
        },
        get size() {
            return entries.size;
        },
    };
}
//# sourceMappingURL=bounded-map.js.map