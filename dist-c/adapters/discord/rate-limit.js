import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
/** Per-user and per-channel limits, in memory: a public server cannot turn the bot into a spam cannon. */
export function createRateLimits(options) {
    const users = new RateLimiterMemory({
        keyPrefix: "user",
        points: options.userPoints,
        duration: options.windowSeconds,
    });
    const channels = new RateLimiterMemory({
        keyPrefix: "channel",
        points: options.channelPoints,
        duration: options.windowSeconds,
    });
    return {
        async take(userId, channelId) {
            const user = await consume(users, userId, options.userPoints, "user");
            if (!user.ok)
                return user;
            const channel = await consume(channels, channelId, options.channelPoints, "channel");
            // A question the channel refuses should not also count against the asker.
            if (!channel.ok)
                await users.reward(userId);
            return channel;
        },
    };
}
async function consume(limiter, key, points, scope) {
    try {
        await limiter.consume(key);
        return { ok: true };
    }
    catch (rejection) {
        if (!(rejection instanceof RateLimiterRes))
            throw rejection;
        return {
            ok: false,
            scope,
            retryAt: Date.now() + rejection.msBeforeNext,
            firstRefusal: rejection.consumedPoints === points + 1,
        };
    }
}
//# sourceMappingURL=rate-limit.js.map