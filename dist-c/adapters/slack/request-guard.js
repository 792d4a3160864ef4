// Slack HTTP mode's front door: what can be refused is refused before the body is read, and no request
// costs more memory than its (bounded) body. Bolt's own checks still run after these.
import { createHmac, timingSafeEqual } from "node:crypto";
import { parse as parseForm } from "node:querystring";
import { createBoundedMap } from "../bounded-map.js";
import { timeResponse } from "./ack-timer.js";
/** Largest request body accepted. Slack's payloads are a few kB; a 40,000-character message is under 1 MiB. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Bodies being read at once, all requests together: beyond it a request gets 503 and Slack retries later. */
export const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;
/** Bolt's window: a signature dated more than 5 minutes from now, either way, is refused. */
export const SIGNATURE_WINDOW_SEC = 5 * 60;
/** Signatures remembered to refuse replays within the window (a burst beyond this forgets the oldest). */
export const REPLAY_MEMORY = 50_000;
// Slack's unsigned ssl_check form is tiny; any other unsigned request is refused unread.
const UNSIGNED_MAX_BYTES = 1024;
/** Wraps Bolt's request listener: size, signature, time window, replays and payload shape come first. */
export function guardRequests(inner, options) {
    const nowSec = options.nowSec ?? (() => Math.floor(Date.now() / 1000));
    const endpoints = new Set(options.endpoints ?? ["/slack/events"]);
    const seen = createBoundedMap(REPLAY_MEMORY);
    let buffered = 0;
    return (req, res) => {
        const path = (req.url ?? "").split("?")[0] ?? "";
        if (req.method !== "POST" || !endpoints.has(path))
            return inner(req, res);
        if (options.onResponse)
            timeResponse(res, options.onResponse);
        const early = beforeReading(req, nowSec());
        if (early === "pass")
            return inner(req, res);
        if (early)
            return refuse(req, res, early, options.logger);
        const reserve = declaredLength(req) ?? MAX_BODY_BYTES;
        if (buffered + reserve > MAX_BUFFERED_BYTES) {
            return refuse(req, res, { status: 503, reason: "too many bodies being read" }, options.logger);
        }
        buffered += reserve;
        readBody(req, (body) => {
            buffered -= reserve;
            if (body === null) {
                refuse(req, res, { status: 413, reason: `body over ${MAX_BODY_BYTES} bytes` }, options.logger);
                return;
            }
            const verdict = afterReading(req, body, options.signingSecret, seen, nowSec());
            if (verdict === "replay") {
                options.logger.debug("slack request replayed within the signature window; not answered again");
                res.writeHead(200).end();
                return;
            }
            if (verdict)
                return refuse(req, res, verdict, options.logger);
            req.rawBody = body;
            inner(req, res);
        });
    };
}
function declaredLength(req) {
    const raw = req.headers["content-length"];
    const n = raw === undefined ? Number.NaN : Number(raw);
    return Number.isSafeInteger(n) && n >= 0 ? n : null;
}
/** What the headers alone decide: too large, unsigned, or dated outside the window. */
function beforeReading(req, now) {
    const length = declaredLength(req);
    if (length !== null && length > MAX_BODY_BYTES) {
        return { status: 413, reason: `body of ${length} bytes, over ${MAX_BODY_BYTES}` };
    }
    const signature = req.headers["x-slack-signature"];
    const stamp = Number(req.headers["x-slack-request-timestamp"]);
    if (typeof signature !== "string" || !Number.isSafeInteger(stamp)) {
        const form = req.headers["content-type"] === "application/x-www-form-urlencoded";
        // Slack's ssl_check: Bolt answers it and refuses anything else unsigned.
        if (form && length !== null && length <= UNSIGNED_MAX_BYTES)
            return "pass";
        return { status: 401, reason: "unsigned request" };
    }
    if (Math.abs(now - stamp) > SIGNATURE_WINDOW_SEC) {
        return { status: 401, reason: "signature dated outside the 5-minute window" };
    }
    return null;
}
/** Reads at most MAX_BODY_BYTES; null when the body is larger (the rest is not read). */
function readBody(req, done) {
    const chunks = [];
    let size = 0;
    let finished = false;
    const finish = (body) => {
        if (finished)
            return;
        finished = true;
        done(body);
    };
    req.on("data", (chunk) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
            chunks.length = 0;
            req.pause();
            finish(null);
        }
        else
            chunks.push(chunk);
    });
    req.on("end", () => finish(Buffer.concat(chunks)));
    req.on("error", () => finish(null));
    req.on("close", () => finish(null));
}
function afterReading(req, body, secret, seen, now) {
    const signature = String(req.headers["x-slack-signature"]);
    const stamp = String(req.headers["x-slack-request-timestamp"]);
    const expected = `v0=${createHmac("sha256", secret).update(`v0:${stamp}:`).update(body).digest("hex")}`;
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) {
        return { status: 401, reason: "bad signature" };
    }
    const last = seen.get(signature);
    if (last !== undefined && now - last <= SIGNATURE_WINDOW_SEC * 2)
        return "replay";
    seen.set(signature, now);
    const problem = malformed(String(req.headers["content-type"] ?? ""), body.toString("utf8"));
    return problem ? { status: 400, reason: problem } : null;
}
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
/** Why a signed payload has no shape Slack sends, or null when it has one. */
export function malformed(contentType, text) {
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
        const form = parseForm(text);
        if (typeof form.command === "string" || form.ssl_check === "1")
            return null;
        if (typeof form.payload !== "string")
            return "form without payload or command";
        return malformedPayload(parseJson(form.payload));
    }
    const body = parseJson(text);
    if (!isObject(body))
        return "body is not a JSON object";
    if (body.type === "event_callback") {
        const event = body.event;
        if (!isObject(event) || typeof event.type !== "string")
            return "event_callback without an event";
    }
    if (typeof body.type !== "string")
        return "body without a type";
    return null;
}
function malformedPayload(payload) {
    if (!isObject(payload) || typeof payload.type !== "string")
        return "payload without a type";
    if (payload.type === "block_actions") {
        const actions = payload.actions;
        if (!Array.isArray(actions) || actions.length === 0 || !actions.every(isObject)) {
            return "block_actions without actions";
        }
    }
    return null;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Answers at once and closes the connection, so an unread body is never buffered. */
function refuse(req, res, verdict, logger) {
    logger.debug({ status: verdict.status, reason: verdict.reason }, "slack request refused");
    res.shouldKeepAlive = false;
    const headers = { connection: "close", "content-type": "text/plain" };
    if (verdict.status === 503)
        headers["retry-after"] = "1";
    res.writeHead(verdict.status, headers);
    res.end(`${verdict.status}\n`, () => {
        if (!req.complete)
            req.socket.destroy();
    });
}
//# sourceMappingURL=request-guard.js.map