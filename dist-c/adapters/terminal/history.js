import { closeSync, constants, openSync, readFileSync, statSync, writeSync } from "node:fs";
import { stripControl } from "./sanitize.js";
export const HISTORY_SIZE = 500;
// A history file larger than this is not ours to parse; start fresh instead.
const MAX_HISTORY_BYTES = 256 * 1024;
/** A private (0600) file of past questions, oldest first; any I/O failure just means no history. */
export function createFileHistory(path) {
    return {
        load() {
            try {
                if (statSync(path).size > MAX_HISTORY_BYTES)
                    return [];
                const lines = readFileSync(path, "utf8").split("\n");
                return lines
                    .map((line) => stripControl(line).trim())
                    .filter((line) => line !== "")
                    .slice(-HISTORY_SIZE)
                    .reverse();
            }
            catch {
                return [];
            }
        },
        save(newestFirst) {
            const text = `${[...newestFirst].slice(0, HISTORY_SIZE).reverse().join("\n")}\n`;
            // O_NOFOLLOW: never write through a symlink someone planted at the history path.
            const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
            try {
                const fd = openSync(path, flags, 0o600);
                try {
                    writeSync(fd, text);
                }
                finally {
                    closeSync(fd);
                }
            }
            catch {
                // History is a convenience; a read-only home must not break the chat.
            }
        },
    };
}
//# sourceMappingURL=history.js.map