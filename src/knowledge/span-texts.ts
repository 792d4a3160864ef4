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
