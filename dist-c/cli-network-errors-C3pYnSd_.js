import { t as createBoundedMap } from "./cli-bounded-map-CIN9NrKS.js";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { createHash } from "node:crypto";
import { setTimeout } from "node:timers/promises";
/** True while `userId` is within the feedback rate; shared by the Slack and Discord adapters. */
function createFeedbackLimit(perMinute = 10) {
	const limiter = new RateLimiterMemory({
		points: perMinute,
		duration: 60
	});
	return async (userId) => {
		try {
			await limiter.consume(userId);
			return true;
		} catch {
			return false;
		}
	};
}
// dist/adapters/feedback-log.js
/** A stable, one-way stand-in for a platform user id: the same person counts once, unnamed. */
function hashUser(platform, id) {
	return createHash("sha256").update(`${platform}:${id}`).digest("hex").slice(0, 12);
}
const QUESTION_CHARS = 200;
const REASON_CHARS = 500;
function fields(event) {
	return {
		platform: event.platform,
		vote: event.vote,
		question: event.question?.slice(0, QUESTION_CHARS) ?? null,
		intent: event.intent,
		answered: event.answered,
		answerId: event.answerId,
		userHash: hashUser(event.platform, event.user)
	};
}
/** Logs a vote as `msg: "feedback"`; `gms-bot report` reads these lines. */
function logFeedback(logger, event) {
	logger.info(fields(event), "feedback");
}
/** Logs a 👎's "what was wrong?" as `msg: "feedback reason"`, with the answer it concerns. */
function logFeedbackReason(logger, event, reason) {
	const text = reason.replace(/\s+/g, " ").trim().slice(0, REASON_CHARS);
	logger.info({
		...fields(event),
		reason: text
	}, "feedback reason");
}
/** Remembers each person's vote per answer, so a repeated click is not counted again. */
function createVoteMemory(max = 1e4) {
	const votes = createBoundedMap(max);
	return { 
	/** True when this vote is new for this user and answer (a changed mind counts as new). */
isNew(answerId, user, vote) {
		const key = `${answerId}\u0000${user}`;
		if (votes.get(key) === vote) return false;
		votes.set(key, vote);
		return true;
	} };
}
/** A short id for what a button carries, when the platform gives no message id. */
function answerIdOf(...parts) {
	return createHash("sha256").update(parts.join("\0")).digest("base64url").slice(0, 16);
}
// dist/adapters/retry.js
const REPLY_RETRIES = {
	retries: 4,
	factor: 2,
	minTimeout: 500,
	maxTimeout: 4e3
};
/** The wait before retry number `attempt` (0 for the first retry). */
function retryDelay(policy, attempt) {
	return Math.min(policy.maxTimeout, policy.minTimeout * policy.factor ** attempt);
}
/**
* Runs `work` until `again` says its outcome is final or the retries are spent; returns or throws the last
* outcome. An aborted `signal` ends the waiting and the retrying.
*/
async function withRetries(work, policy, again, signal) {
	for (let attempt = 0;; attempt++) {
		const outcome = await work().then((value) => ({
			ok: true,
			value
		}), (error) => ({
			ok: false,
			error
		}));
		if (attempt >= policy.retries || signal?.aborted === true || !again(outcome)) {
			if (outcome.ok) return outcome.value;
			throw outcome.error;
		}
		await setTimeout(retryDelay(policy, attempt), void 0, { signal }).catch(() => void 0);
	}
}
// dist/adapters/network-errors.js
const NETWORK_CODES = /* @__PURE__ */ new Set([
	"ECONNREFUSED",
	"ECONNRESET",
	"ENOTFOUND",
	"EAI_AGAIN",
	"ETIMEDOUT",
	"EHOSTUNREACH",
	"ENETUNREACH",
	"UND_ERR_CONNECT_TIMEOUT",
	"UND_ERR_SOCKET",
	"ECONNABORTED"
]);
/** The network error code (e.g. ECONNREFUSED) somewhere in the error's cause chain, or null. */
function networkFailure(err) {
	let current = err;
	for (let depth = 0; depth < 6 && typeof current === "object" && current !== null; depth++) {
		const e = current;
		if (typeof e.code === "string" && NETWORK_CODES.has(e.code)) return e.code;
		if (typeof e.message === "string" && /fetch failed|socket hang up|timeout/i.test(e.message)) return networkFailure(e.cause ?? e.original) ?? e.message;
		current = e.cause ?? e.original;
	}
	return null;
}
export { createVoteMemory as a, createFeedbackLimit as c, answerIdOf as i, REPLY_RETRIES as n, logFeedback as o, withRetries as r, logFeedbackReason as s, networkFailure as t };

//# sourceMappingURL=cli-network-errors-C3pYnSd_.js.map