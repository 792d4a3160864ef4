/** Tracks running handlers so that stopping waits for replies already under way. */
export interface InFlight {
  run<T>(work: () => Promise<T>): Promise<T>;
  drain(): Promise<void>;
  /** True when as many answers are under way as the bound allows: memory stays bounded under a flood. */
  full(): boolean;
}

/** Answers under way at once; well above a burst of 2,000 events, far below what fills memory. */
export const MAX_IN_FLIGHT = 10_000;

export function createInFlight(limit = MAX_IN_FLIGHT): InFlight {
  const running = new Set<Promise<unknown>>();
  return {
    run(work) {
      const p = work();
      running.add(p);
      const forget = () => running.delete(p);
      p.then(forget, forget);
      return p;
    },
    async drain() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    full: () => running.size >= limit,
  };
}
