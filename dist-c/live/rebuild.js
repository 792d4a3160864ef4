import { existsSync } from "node:fs";
import { basename, extname } from "node:path";
import { fromDocuments, loadDocuments, } from "../knowledge/index.js";
/**
 * Rebuilds from the folder, remembering each document's last good version: a file that is
 * half-written or turned binary keeps what it said before instead of vanishing from the answers.
 * A folder that cannot be read at all throws, so the caller keeps its current knowledge.
 */
export function createRebuilder(seedsDir, initial) {
    let lastGood = new Map(initial.map((d) => [d.id, d]));
    return () => {
        const { documents, problems } = loadDocuments(seedsDir);
        const folderProblem = problems.find((p) => p.file === seedsDir);
        if (folderProblem)
            throw new Error(folderProblem.message);
        const loaded = new Set(documents.map((d) => d.id));
        const kept = [];
        const reported = problems.map((problem) => {
            const id = basename(problem.file, extname(problem.file));
            const previous = lastGood.get(id);
            if (!previous || loaded.has(id) || !existsSync(problem.file))
                return problem;
            kept.push(previous);
            return { ...problem, message: `${problem.message}; its previous version is kept` };
        });
        const all = [...documents, ...kept].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        lastGood = new Map(all.map((d) => [d.id, d]));
        const knowledge = fromDocuments(all, reported);
        // Everything but the passage index is plain data (the snapshot cache relies on that too).
        return { ...knowledge, passages: [...knowledge.passages.all()] };
    };
}
//# sourceMappingURL=rebuild.js.map