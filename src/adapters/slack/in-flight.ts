/** Tracks running handlers so that stopping waits for replies already under way. */
export interface InFlight {
  run<T>(work: () => Promise<T>): Promise<T>;
  drain(): Promise<void>;
}

export function createInFlight(): InFlight {
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
  };
}
