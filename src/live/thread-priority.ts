// The reader worker uses only what the main thread leaves of the second core: V8 compiles the main thread's hot
// code on that core too, and a worker at equal priority delays it as much as it helps (docs/performance.md,
// session 24). On Linux a thread's nice value is its own, so a worker can lower its priority alone.
import { setPriority } from "node:os";

// The lowest priority: the worker runs when the core would otherwise idle.
const IDLE_NICE = 19;

/** Whether a thread can lower its own priority alone here: elsewhere `setpriority` would lower the whole process. */
export function threadsHaveOwnPriority(platform: NodeJS.Platform = process.platform): boolean {
  return platform === "linux";
}

/** Lowers the calling thread's priority where that touches no other thread (Linux); true when done. */
export function yieldCoreToOthers(platform: NodeJS.Platform = process.platform): boolean {
  if (!threadsHaveOwnPriority(platform)) return false;
  try {
    setPriority(0, IDLE_NICE);
    return true;
  } catch {
    return false;
  }
}
