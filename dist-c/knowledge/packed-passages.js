const FIELDS = 4;
/** `passages` of the documents `read` (in order), as numbers. */
export function packPassages(passages, read) {
    const numbers = new Int32Array(passages.length * FIELDS);
    const texts = [];
    let d = 0;
    passages.forEach((p, i) => {
        while (read[d]?.id !== p.docId && d < read.length)
            d++;
        const doc = read[d];
        const at = i * FIELDS;
        numbers[at] = d;
        numbers[at + 1] = p.start;
        numbers[at + 2] = p.end;
        numbers[at + 3] = p.heading ? 1 : 0;
        if (p.text !== doc.text.slice(p.start, p.end))
            texts.push([i, p.text]);
    });
    return { numbers, texts };
}
/** The passages again, as `listPassages` made them (their ids are given when the runs are joined). */
export function unpackPassages(packed, read) {
    const { numbers } = packed;
    const passages = [];
    for (let at = 0; at < numbers.length; at += FIELDS) {
        const doc = read[numbers[at]];
        const start = numbers[at + 1];
        const end = numbers[at + 2];
        const text = doc.text.slice(start, end);
        const heading = numbers[at + 3] === 1;
        passages.push({ id: passages.length, docId: doc.id, start, end, text, score: 0, heading });
    }
    for (const [i, text] of packed.texts)
        passages[i].text = text;
    return passages;
}
//# sourceMappingURL=packed-passages.js.map