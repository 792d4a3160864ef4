// Spans (docId, start, end, text) anywhere inside plain data: their texts can be left out where the receiver
// holds the documents (a thread's reply, a snapshot on disk), and cut again from the documents there.

export type SpanLike = { docId: string; start: number; end: number; text: string };

/** Every span (docId, start, end, text) within `value`, however deep (no arrays made on the way). */
export function forEachSpan(value: unknown, visit: (span: SpanLike) => void): void {
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const v of value) forEachSpan(v, visit);
    return;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.docId === "string" && typeof o.text === "string" && typeof o.start === "number")
    visit(o as SpanLike);
  for (const key in o) forEachSpan(o[key], visit);
}

/**
 * Runs `use` with every span text that equals its document's text at its offsets left empty, then puts
 * the texts back: `use` sees a copy-free, smaller value (it must not keep it).
 */
export function withTextsLeftOut<T>(
  value: unknown,
  texts: ReadonlyMap<string, string>,
  use: () => T,
): T {
  const left: SpanLike[] = [];
  const kept: string[] = [];
  forEachSpan(value, (span) => {
    if (span.text !== "" && span.text === texts.get(span.docId)?.slice(span.start, span.end)) {
      left.push(span);
      kept.push(span.text);
      span.text = "";
    }
  });
  try {
    return use();
  } finally {
    left.forEach((span, i) => {
      span.text = kept[i] as string;
    });
  }
}

/** The texts left out (empty, over a non-empty range) cut again from the documents, in place. */
export function fillTexts(value: unknown, texts: ReadonlyMap<string, string>): void {
  forEachSpan(value, (span) => {
    if (span.text === "" && span.end > span.start)
      span.text = texts.get(span.docId)?.slice(span.start, span.end) ?? "";
  });
}

/** A span on its way to another thread: its document by place in the run, its text left out where cut again. */
type PackedSpan = { docId: string | number; start: number; end: number; text?: string };

/**
 * Plain data as one JSON text for another thread (`unpackSpans` reads it there): parsing JSON costs the
 * receiver half what a structured clone of the objects does. Each span names its document by its place
 * in `docs` and leaves out a text equal to that document's at its offsets. `value` is used up.
 */
export function packSpans(value: unknown, docs: readonly { id: string; text: string }[]): string {
  const place = new Map(docs.map((d, i) => [d.id, i]));
  forEachSpan(value, (span) => {
    const i = place.get(span.docId);
    if (i === undefined) return;
    const packed = span as PackedSpan;
    packed.docId = i;
    // Compared in place, with no copy of the document's part made.
    const text = docs[i]?.text ?? "";
    if (span.text.length === span.end - span.start && text.startsWith(span.text, span.start))
      delete packed.text;
  });
  return JSON.stringify(value);
}

/** What `packSpans` made, with each span's document id and text as they were (same keys, same order). */
export function unpackSpans<T>(json: string, docs: readonly { id: string; text: string }[]): T {
  const value = JSON.parse(json) as T;
  forEachPackedSpan(value, (span) => {
    const doc = docs[span.docId as number];
    span.docId = doc?.id ?? "";
    span.text ??= doc?.text.slice(span.start, span.end) ?? "";
  });
  return value;
}

/** Every span `packSpans` numbered, however deep. */
function forEachPackedSpan(value: unknown, visit: (span: PackedSpan) => void): void {
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const v of value) forEachPackedSpan(v, visit);
    return;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.docId === "number" && typeof o.start === "number") visit(o as PackedSpan);
  for (const key in o) forEachPackedSpan(o[key], visit);
}
