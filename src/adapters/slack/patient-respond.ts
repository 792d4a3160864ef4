import type { RespondFn } from "@slack/bolt";
import { networkFailure } from "../network-errors.js";
import { type Outcome, type RetryPolicy, withRetries } from "../retry.js";

/**
 * Bolt's `respond` (a POST to the response_url) tried again on a 5xx, a 429 or a network error: Bolt
 * tries once, so without this a short Slack outage loses a slash command's answer.
 */
export function patientRespond(respond: RespondFn, policy: RetryPolicy): RespondFn;
export function patientRespond(
  respond: RespondFn | undefined,
  policy: RetryPolicy,
): RespondFn | undefined;
export function patientRespond(
  respond: RespondFn | undefined,
  policy: RetryPolicy,
): RespondFn | undefined {
  if (!respond) return undefined;
  return (message) => withRetries(() => respond(message), policy, worthRetrying);
}

function worthRetrying(outcome: Outcome<unknown>): boolean {
  if (outcome.ok) return false;
  // Bolt's RespondError carries the status; 4xx (an expired response_url) will not get better.
  const status = (outcome.error as { statusCode?: unknown }).statusCode;
  if (typeof status === "number") return status >= 500 || status === 429;
  return networkFailure(outcome.error) !== null;
}
