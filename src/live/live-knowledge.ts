import type { Ask } from "../bot/index.js";
import type { Knowledge, LoadProblem } from "../knowledge/index.js";
import type { KnowledgeBuilder } from "./knowledge-builder.js";
import { diffKnowledge, type KnowledgeDiff } from "./ledger-diff.js";

/** What one reload did, for the log. */
export interface ReloadReport {
  reason: string;
  documents: number;
  ledgerEntries: number;
  diff: KnowledgeDiff;
  problems: LoadProblem[];
  ms: number;
}

export interface LiveKnowledgeOptions {
  initial: Knowledge;
  /** The bot over one knowledge; called once per swap. */
  makeAsk: (knowledge: Knowledge) => Ask;
  builder: KnowledgeBuilder;
  onReload: (report: ReloadReport) => void;
  onError: (error: unknown, reason: string) => void;
}

export interface LiveKnowledge {
  /** Always answers from the knowledge current when the question arrives. */
  readonly ask: Ask;
  current(): Knowledge;
  /** Rebuilds off this thread and swaps; overlapping requests coalesce into one more build. */
  reload(reason: string): Promise<void>;
  close(): Promise<void>;
}

export function createLiveKnowledge(options: LiveKnowledgeOptions): LiveKnowledge {
  let state = { knowledge: options.initial, ask: options.makeAsk(options.initial) };
  let running: Promise<void> | null = null;
  let again: string | null = null;
  const once = async (reason: string) => {
    const started = performance.now();
    try {
      const next = await options.builder.build();
      const diff = diffKnowledge(state.knowledge, next);
      // One assignment: a question (synchronous) sees either the old pair or the new, never a mix.
      state = { knowledge: next, ask: options.makeAsk(next) };
      const ms = Math.round(performance.now() - started);
      const { documents, ledger, problems } = next;
      options.onReload({
        reason,
        documents: documents.length,
        ledgerEntries: ledger.entries.length,
        diff,
        problems,
        ms,
      });
    } catch (error) {
      options.onError(error, reason);
    }
  };
  const reload = (reason: string): Promise<void> => {
    if (running) {
      again = reason;
      return running;
    }
    running = (async () => {
      await once(reason);
      while (again !== null) {
        const next = again;
        again = null;
        await once(next);
      }
      running = null;
    })();
    return running;
  };
  return {
    ask: (question, context) => state.ask(question, context),
    current: () => state.knowledge,
    reload,
    async close() {
      await running;
      await options.builder.close();
    },
  };
}
