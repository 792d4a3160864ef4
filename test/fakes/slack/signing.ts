import { createHmac } from "node:crypto";

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret. */
export function signatureHeaders(
  secret: string,
  body: string,
  timestampSec = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const digest = createHmac("sha256", secret).update(`v0:${timestampSec}:${body}`).digest("hex");
  return { "x-slack-request-timestamp": String(timestampSec), "x-slack-signature": `v0=${digest}` };
}

export interface SignedPostOptions {
  secret: string;
  /** Slack's Events API sends JSON; slash commands and interactivity send exactly this form type. */
  form?: boolean;
  timestampSec?: number;
  retryNum?: number;
}

/** POSTs `body` to the app the way Slack does, signed. */
export function postSigned(
  url: string,
  body: string,
  options: SignedPostOptions,
): Promise<Response> {
  const headers: Record<string, string> = {
    "content-type": options.form ? "application/x-www-form-urlencoded" : "application/json",
    ...signatureHeaders(options.secret, body, options.timestampSec),
  };
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  return fetch(url, { method: "POST", headers, body });
}
