import { setTimeout as sleep } from "node:timers/promises";
// Five tries over about 12 s: an outage of a few seconds loses nothing, yet a reply minutes late is worse
// than none, and shutdown must not hang (after that the reply is logged as dropped).
export const REPLY_RETRIES = {
    retries: 4,
    factor: 2,
    minTimeout: 500,
    maxTimeout: 4_000,
};
/** The wait before retry number `attempt` (0 for the first retry). */
export function retryDelay(policy, attempt) {
    return Math.min(policy.maxTimeout, policy.minTimeout * policy.factor ** attempt);
}
/**
 * Runs `work` until `again` says its outcome is final or the retries are spent; returns or throws the last
 * outcome. An aborted `signal` ends the waiting and the retrying.
 */
export async function withRetries(work, policy, again, signal) {
    for (let attempt = 0;; attempt++) {
        const outcome = await work().then((value) => ({ ok: true, value }), (error) => ({ ok: false, error }));
        const final = attempt >= policy.retries || signal?.aborted === true || !again(outcome);
        if (final) {
            if (outcome.ok)
                return outcome.value;
            throw outcome.error;
        }
        await sleep(retryDelay(policy, attempt), undefined, { signal }).catch(() => undefined);
    }
}
//# sourceMappingURL=retry.js.map