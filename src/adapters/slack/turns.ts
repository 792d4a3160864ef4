/**
 * Answers take turns, one per event-loop round: between two answers the loop reads new requests and
 * writes their acknowledgements, so a burst of questions never delays an ack behind the answers.
 */
export type Turns = () => Promise<void>;

export function createTurns(): Turns {
  const waiting: Array<() => void> = [];
  let scheduled = false;
  const next = () => {
    waiting.shift()?.();
    if (waiting.length > 0) setImmediate(next);
    else scheduled = false;
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (!scheduled) {
        scheduled = true;
        setImmediate(next);
      }
    });
}
