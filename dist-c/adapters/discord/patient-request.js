import { DefaultRestOptions } from "discord.js";
import { networkFailure } from "../network-errors.js";
import { withRetries } from "../retry.js";
/**
 * discord.js's HTTP call tried again, with growing waits, on a 5xx or a network error: its own retries
 * follow each other at once, so an outage of a second or two used to lose the reply. 429s stay with
 * discord.js, which waits as Discord says; the request's own timeout bounds all the tries.
 */
export function patientRequest(policy, inner = DefaultRestOptions.makeRequest) {
    return (url, init) => {
        const signal = init.signal ?? undefined;
        return withRetries(() => inner(url, init), policy, worthRetrying, signal);
    };
}
function worthRetrying(outcome) {
    if (!outcome.ok)
        return !isAbort(outcome.error) && networkFailure(outcome.error) !== null;
    if (outcome.value.status < 500)
        return false;
    // The failed response's body is not read; let its connection go.
    void outcome.value.arrayBuffer().catch(() => undefined);
    return true;
}
const isAbort = (err) => err instanceof Error && err.name === "AbortError";
//# sourceMappingURL=patient-request.js.map