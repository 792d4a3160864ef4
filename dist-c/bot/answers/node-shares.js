import { namesTopic } from "../say.js";
/** Of the entries, the node shares when the question asks of a node and any is one; else all of them. */
export function nodeSharesFirst(ctx, found) {
    if (!ctx.query.cues.has("node"))
        return found;
    const shares = found.filter((e) => {
        const whole = e.partOf ? ctx.index.byId.get(e.partOf) : undefined;
        return (e.role === "part" &&
            whole !== undefined &&
            whole.recipient?.toLowerCase() !== e.recipient?.toLowerCase() &&
            !namesTopic(e));
    });
    return shares.length > 0 ? shares : found;
}
//# sourceMappingURL=node-shares.js.map