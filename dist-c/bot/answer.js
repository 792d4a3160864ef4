import { z } from "zod";
import { AnswerBlockSchema } from "./blocks.js";
/** One quoted passage that backs a figure or a statement: `quote === doc.text.slice(start, end)`. */
export const CitationSchema = z.object({
    id: z.number().int().positive(),
    docId: z.string(),
    title: z.string(),
    url: z.string().nullable(),
    quote: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
});
/** A figure shown to the asker; `derived` ones were computed (e.g. a sum) and cite every part. */
export const FigureSchema = z.object({
    amountSek: z.number(),
    year: z.number().int().nullable(),
    label: z.string(),
    derived: z.boolean(),
    citations: z.array(z.number().int().positive()),
});
export const LanguageSchema = z.enum(["sv", "en"]);
/**
 * The platform-neutral answer: the public contract of `gms-bot ask --json`.
 * Adapters render it; they never add figures of their own.
 */
export const AnswerSchema = z.object({
    question: z.string(),
    answered: z.boolean(),
    intent: z.string(),
    language: LanguageSchema,
    text: z.string(),
    figures: z.array(FigureSchema),
    citations: z.array(CitationSchema),
    /**
     * The same answer as structured blocks (lead, items, table, yes/no, notes, sources) for renderers.
     * `createAsk` always sets it; renderers read it through `blocksOf`, which also serves hand-made answers.
     */
    blocks: z.array(AnswerBlockSchema).optional(),
});
//# sourceMappingURL=answer.js.map