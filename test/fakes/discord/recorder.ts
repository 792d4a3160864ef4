import { EventEmitter } from "node:events";
import type { RecordedRequest } from "./rest.js";

/** Every REST request the fake received, and a way to wait for one that has not arrived yet. */
export function createRecorder() {
  const requests: RecordedRequest[] = [];
  const arrivals = new EventEmitter();
  return {
    requests,
    record(request: RecordedRequest) {
      requests.push(request);
      arrivals.emit("request", request);
    },
    /** The first recorded request (past or future) that matches. */
    waitFor(match: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
      const seen = requests.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const listener = (r: RecordedRequest) => {
          if (!match(r)) return;
          clearTimeout(timer);
          arrivals.off("request", listener);
          resolve(r);
        };
        const timer = setTimeout(() => {
          arrivals.off("request", listener);
          reject(new Error("fake discord: no matching request arrived"));
        }, timeoutMs);
        arrivals.on("request", listener);
      });
    },
  };
}
