import { type FSWatcher, watch } from "node:fs";
import { extname } from "node:path";
import { LOADED_EXTENSIONS } from "../knowledge/index.js";

export interface DocumentWatcher {
  close(): void;
}

/** Long enough for an editor's save or a copy to finish, short enough to feel immediate. */
export const DEBOUNCE_MS = 750;

/**
 * Calls `onChange` once a burst of changes in `dir` has settled. Editor swap files and other
 * kinds of file are ignored. Never keeps the process alive; returns null if `dir` can't be watched.
 */
export function watchDocuments(
  dir: string,
  onChange: (files: string[]) => void,
  options: { debounceMs?: number; onError?: (error: unknown) => void } = {},
): DocumentWatcher | null {
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { persistent: false });
  } catch (error) {
    options.onError?.(error);
    return null;
  }
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  watcher.on("change", (_event, name) => {
    const file = typeof name === "string" ? name : (name?.toString("utf8") ?? "");
    if (
      file !== "" &&
      (file.startsWith(".") || !LOADED_EXTENSIONS.has(extname(file).toLowerCase()))
    )
      return;
    changed.add(file);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const files = [...changed].sort();
      changed.clear();
      onChange(files);
    }, options.debounceMs ?? DEBOUNCE_MS);
    timer.unref();
  });
  watcher.on("error", (error) => options.onError?.(error));
  return {
    close() {
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
