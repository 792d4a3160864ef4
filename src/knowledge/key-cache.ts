/**
 * Remembers a pure function of a string: the same words recur in every document and question. Forgets
 * everything once `max` keys are held, so memory stays bounded without bookkeeping per key.
 */
export function cacheByKey<T>(compute: (key: string) => T, max: number): (key: string) => T {
  const values = new Map<string, T>();
  return (key) => {
    if (values.has(key)) return values.get(key) as T;
    const value = compute(key);
    if (values.size >= max) values.clear();
    values.set(key, value);
    return value;
  };
}
