import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export interface RateLimitOptions {
  userPoints: number;
  channelPoints: number;
  /** Length of the window in seconds (60 in production; tests shorten it). */
  windowSeconds: number;
}

export type RateDecision =
  | { ok: true }
  | {
      ok: false;
      /** Which limit said no. */
      scope: "user" | "channel";
      /** When the asker may try again (ms since the epoch). */
      retryAt: number;
      /** True only for the first refusal in a window, so a flood gets one note, not one per message. */
      firstRefusal: boolean;
    };

export interface RateLimits {
  take(userId: string, channelId: string): Promise<RateDecision>;
}

/** Per-user and per-channel limits, in memory: a public server cannot turn the bot into a spam cannon. */
export function createRateLimits(options: RateLimitOptions): RateLimits {
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
      if (!user.ok) return user;
      const channel = await consume(channels, channelId, options.channelPoints, "channel");
      // A question the channel refuses should not also count against the asker.
      if (!channel.ok) await users.reward(userId);
      return channel;
    },
  };
}

async function consume(
  limiter: RateLimiterMemory,
  key: string,
  points: number,
  scope: "user" | "channel",
): Promise<RateDecision> {
  try {
    await limiter.consume(key);
    return { ok: true };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return {
      ok: false,
      scope,
      retryAt: Date.now() + rejection.msBeforeNext,
      firstRefusal: rejection.consumedPoints === points + 1,
    };
  }
}
