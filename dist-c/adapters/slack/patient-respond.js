import { networkFailure } from "../network-errors.js";
import { withRetries } from "../retry.js";
export function patientRespond(respond, policy) {
    if (!respond)
        return undefined;
    return (message) => withRetries(() => respond(message), policy, worthRetrying);
}
function worthRetrying(outcome) {
    if (outcome.ok)
        return false;
    // Bolt's RespondError carries the status; 4xx (an expired response_url) will not get better.
    const status = outcome.error.statusCode;
    if (typeof status === "number")
        return status >= 500 || status === 429;
    return networkFailure(outcome.error) !== null;
}
//# sourceMappingURL=patient-respond.js.map