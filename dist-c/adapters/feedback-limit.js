import { RateLimiterMemory } from "rate-limiter-flexible";
/** 👍/👎 clicks counted per user and minute: beyond this they are acknowledged but neither logged nor answered. */
export const FEEDBACK_PER_MINUTE = 10;
/** True while `userId` is within the feedback rate; shared by the Slack and Discord adapters. */
export function createFeedbackLimit(perMinute = FEEDBACK_PER_MINUTE) {
    const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
    return async (userId) => {
        try {
            await limiter.consume(userId);
            return true;
        }
        catch {
            return false;
        }
    };
}
//# sourceMappingURL=feedback-limit.js.map