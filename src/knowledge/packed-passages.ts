// A run's passages sent to another thread as numbers: four per passage in one buffer that moves rather than
// copies, instead of tens of thousands of objects to clone. The receiver cuts the texts from its documents.
import type { Passage } from "./passages.js";
import type { SourceDocument } from "./types.js";

export interface PackedPassages {
  /** Per passage: the index of its document in the run's documents read, start, end, heading (1) or not (0). */
  numbers: Int32Array<ArrayBuffer>;
  /** The few passages whose text is not the cut of their document, by their place. */
  texts: [number, string][];
}

const FIELDS = 4;

/** `passages` of the documents `read` (in order), as numbers. */
export function packPassages(
  passages: readonly Passage[],
  read: readonly SourceDocument[],
): PackedPassages {
  const numbers = new Int32Array(passages.length * FIELDS);
  const texts: [number, string][] = [];
  let d = 0;
  passages.forEach((p, i) => {
    while (read[d]?.id !== p.docId && d < read.length) d++;
    const doc = read[d] as SourceDocument;
    const at = i * FIELDS;
    numbers[at] = d;
    numbers[at + 1] = p.start;
    numbers[at + 2] = p.end;
    numbers[at + 3] = p.heading ? 1 : 0;
    if (p.text !== doc.text.slice(p.start, p.end)) texts.push([i, p.text]);
  });
  return { numbers, texts };
}

/** The passages again, as `listPassages` made them (their ids are given when the runs are joined). */
export function unpackPassages(packed: PackedPassages, read: readonly SourceDocument[]): Passage[] {
  const { numbers } = packed;
  const passages: Passage[] = [];
  for (let at = 0; at < numbers.length; at += FIELDS) {
    const doc = read[numbers[at] as number] as SourceDocument;
    const start = numbers[at + 1] as number;
    const end = numbers[at + 2] as number;
    const text = doc.text.slice(start, end);
    const heading = numbers[at + 3] === 1;
    passages.push({ id: passages.length, docId: doc.id, start, end, text, score: 0, heading });
  }
  for (const [i, text] of packed.texts) (passages[i] as Passage).text = text;
  return passages;
}
