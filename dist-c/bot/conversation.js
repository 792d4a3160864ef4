/** Bounded memory: least recently used conversations go first, and none outlives the TTL. */
export function createConversationStore(options) {
    const items = new Map();
    return {
        get(id) {
            const item = items.get(id);
            if (!item)
                return undefined;
            items.delete(id);
            if (options.now() - item.at > options.ttlMs)
                return undefined;
            items.set(id, item);
            return item.state;
        },
        set(id, state) {
            items.delete(id);
            items.set(id, { state, at: options.now() });
            while (items.size > options.max) {
                const oldest = items.keys().next().value;
                if (oldest === undefined)
                    break;
                items.delete(oldest);
            }
        },
        get size() {
            return items.size;
        },
    };
}
//# sourceMappingURL=conversation.js.map