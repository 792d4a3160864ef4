import { createKnowledgeBuilder } from "./knowledge-builder.js";
import { createLiveKnowledge } from "./live-knowledge.js";
import { watchDocuments } from "./watch-documents.js";
/** The knowledge, kept current: the folder is watched, SIGHUP reloads, builds run in a worker. */
export function startLiveDocuments(options) {
    const { seedsDir, initial, signals } = options;
    const live = createLiveKnowledge({
        initial,
        makeAsk: options.makeAsk,
        builder: createKnowledgeBuilder(seedsDir, initial.documents),
        onReload: options.onReload,
        onError: options.onError,
    });
    const watcher = watchDocuments(seedsDir, (files) => void live.reload(`changed: ${files.join(", ") || seedsDir}`), {
        debounceMs: options.debounceMs,
        onError: (error) => options.onError(error, "watching the documents folder"),
    });
    const onHangup = () => void live.reload("SIGHUP");
    signals.on("SIGHUP", onHangup);
    return {
        ...live,
        async close() {
            signals.off("SIGHUP", onHangup);
            watcher?.close();
            await live.close();
        },
    };
}
/** The reload as one log-friendly object: counts, and the first few entries of each kind. */
export function reloadFields(report) {
    const { diff } = report;
    const few = (list) => list.slice(0, 20);
    return {
        reason: report.reason,
        documents: report.documents,
        ledgerEntries: report.ledgerEntries,
        ms: report.ms,
        documentsAdded: diff.documentsAdded,
        documentsRemoved: diff.documentsRemoved,
        documentsChanged: diff.documentsChanged,
        entriesAdded: diff.entriesAdded.length,
        entriesRemoved: diff.entriesRemoved.length,
        entriesChanged: diff.entriesChanged.length,
        added: few(diff.entriesAdded),
        removed: few(diff.entriesRemoved),
        changed: few(diff.entriesChanged),
        failed: report.problems.map((p) => ({ file: p.file, message: p.message })),
    };
}
/** One line for the terminal chat. */
export function reloadSummary(report) {
    const { diff } = report;
    const failed = report.problems.length > 0 ? `; ${report.problems.length} file(s) skipped` : "";
    return `documents reloaded (${report.reason}): ${report.documents} documents; ledger entries +${diff.entriesAdded.length} -${diff.entriesRemoved.length} ~${diff.entriesChanged.length}${failed}`;
}
//# sourceMappingURL=live-documents.js.map