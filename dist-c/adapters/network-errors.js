// Telling "the platform could not be reached" from "the platform said no": they need different fixes.
const NETWORK_CODES = new Set([
    "ECONNREFUSED",
    "ECONNRESET",
    "ENOTFOUND",
    "EAI_AGAIN",
    "ETIMEDOUT",
    "EHOSTUNREACH",
    "ENETUNREACH",
    "UND_ERR_CONNECT_TIMEOUT",
    "UND_ERR_SOCKET",
    "ECONNABORTED",
]);
/** The network error code (e.g. ECONNREFUSED) somewhere in the error's cause chain, or null. */
export function networkFailure(err) {
    let current = err;
    for (let depth = 0; depth < 6 && typeof current === "object" && current !== null; depth++) {
        const e = current;
        if (typeof e.code === "string" && NETWORK_CODES.has(e.code))
            return e.code;
        if (typeof e.message === "string" && /fetch failed|socket hang up|timeout/i.test(e.message)) {
            const deeper = networkFailure(e.cause ?? e.original);
            return deeper ?? e.message;
        }
        current = e.cause ?? e.original;
    }
    return null;
}
//# sourceMappingURL=network-errors.js.map