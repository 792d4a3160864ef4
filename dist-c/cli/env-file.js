import { existsSync } from "node:fs";
import { join } from "node:path";
import { GmsError } from "../errors.js";
/**
 * Loads `.env` from `cwd` into the environment when the file exists; variables already set win
 * (Node's own rule). Returns the file's path, or null when there is none.
 */
export function loadDotEnv(cwd, load = (p) => process.loadEnvFile(p)) {
    const path = join(cwd, ".env");
    if (!existsSync(path))
        return null;
    try {
        load(path);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new GmsError("CONFIG_INVALID", `${path} could not be read (${reason})`);
    }
    return path;
}
//# sourceMappingURL=env-file.js.map