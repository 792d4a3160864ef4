import { z } from "zod";
// The structured answer every adapter renders with one switch (vercel/chat's cards are the model).
// Text in blocks carries [n] markers that number documents in the `sources` block, not citations.
/** The sentence that answers the question, in the asker's language. */
export const LeadBlockSchema = z.object({ kind: z.literal("lead"), text: z.string() });
/** Figure lines: one amount, its year and what it is for, each with its document markers. */
export const ItemsBlockSchema = z.object({
    kind: z.literal("items"),
    items: z.array(z.string()),
});
export const TableColumnSchema = z.object({
    label: z.string(),
    align: z.enum(["left", "right"]),
});
export const TableRowSchema = z.object({
    cells: z.array(z.string()),
    /** The citations (ids in `Answer.citations`) that back this row. */
    citations: z.array(z.number().int().positive()),
    /** The same as document numbers of the `sources` block, for display. */
    sources: z.array(z.number().int().positive()),
});
/** Rows of like things (years, grants); `total` only where the documents support one. */
export const TableBlockSchema = z.object({
    kind: z.literal("table"),
    columns: z.array(TableColumnSchema),
    rows: z.array(TableRowSchema),
    total: TableRowSchema.nullable(),
});
/** A yes/no question's verdict, then its reason. */
export const YesNoBlockSchema = z.object({
    kind: z.literal("yesno"),
    verdict: z.enum(["yes", "no"]),
    text: z.string(),
});
/** A caveat or a further sentence. */
export const NoteBlockSchema = z.object({ kind: z.literal("note"), text: z.string() });
/** One document: its headline quote shown, its other quotes kept for the sources button. */
export const SourceEntrySchema = z.object({
    n: z.number().int().positive(),
    docId: z.string(),
    title: z.string(),
    url: z.string().nullable(),
    publisher: z.string().nullable(),
    date: z.string().nullable(),
    quote: z.string(),
    /** Every citation id of this document, the headline quote's first. */
    citations: z.array(z.number().int().positive()),
});
export const SourcesBlockSchema = z.object({
    kind: z.literal("sources"),
    documents: z.array(SourceEntrySchema),
});
export const AnswerBlockSchema = z.discriminatedUnion("kind", [
    LeadBlockSchema,
    ItemsBlockSchema,
    TableBlockSchema,
    YesNoBlockSchema,
    NoteBlockSchema,
    SourcesBlockSchema,
]);
//# sourceMappingURL=blocks.js.map