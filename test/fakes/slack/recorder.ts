/** A list that tests can wait on: resolves once enough matching items have arrived. */
export interface Recorder<T> {
  readonly items: readonly T[];
  add(item: T): void;
  waitFor(match: (item: T) => boolean, count?: number, timeoutMs?: number): Promise<T[]>;
}

export function createRecorder<T>(describe: (item: T) => string): Recorder<T> {
  const items: T[] = [];
  const waiters = new Set<() => void>();
  return {
    items,
    add(item) {
      items.push(item);
      for (const wake of [...waiters]) wake();
    },
    waitFor(match, count = 1, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = items.filter(match);
          if (found.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          const seen = items.map(describe).join("\n  ") || "(nothing)";
          reject(
            new Error(`timed out waiting for ${count} matching item(s); received:\n  ${seen}`),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
