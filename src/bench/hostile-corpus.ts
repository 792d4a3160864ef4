// Crafted documents that once made reading super-linear: each kind repeats one shape up to a size in bytes.

/** One repeating shape; `unit(i)` is the i-th piece, repeated until the document reaches its size. */
interface HostileKind {
  name: string;
  unit: (i: number) => string;
  /** Put once before the repeats (e.g. an amount the repeats then follow). */
  head?: string;
}

const CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ";

export const HOSTILE_KINDS: readonly HostileKind[] = [
  { name: "capital-run", unit: (i) => CAPITALS[i % CAPITALS.length] ?? "A" },
  {
    name: "capital-runs-before-amounts",
    unit: (i) => `${CAPITALS.repeat(8).slice(i % 29)} 5 miljoner kronor. `,
  },
  {
    name: "glued-words",
    unit: (i) =>
      `RegeringenGerSocialstyrelsenUppdragAttBetalaUt ${(i % 9) + 1} miljoner kronor TillRegionUppsalaFår `,
  },
  { name: "years-after-amount", head: "Regeringen ger 5 miljoner kronor ", unit: () => "2022 " },
  {
    name: "years-and-amounts",
    unit: (i) => `${2000 + (i % 90)} ${(i % 9) + 1} miljoner kronor `,
  },
  { name: "amounts", unit: (i) => `${(i % 90) + 1} 000 kronor, ` },
  {
    name: "bullets",
    head: "Pengarna fördelas så här:\n",
    unit: (i) => `- ${(i % 9) + 1} miljoner kronor till Region ${CAPITALS[i % 29]}\n`,
  },
  { name: "short-lines", unit: (i) => `Ab ${i % 10} kr.\n` },
  { name: "hyphen-run", unit: () => "-" },
  { name: "hyphenated-words", unit: () => "a-B-" },
  { name: "digit-run", unit: (i) => String(i % 10) },
  { name: "digit-groups", unit: () => "100 " },
  { name: "long-word", unit: () => "genomik" },
  {
    name: "long-line-no-stop",
    unit: (i) => `inom ramen för projektet Genomic Medicine Sweden ${i % 7} miljoner kronor och `,
  },
  {
    name: "no-newlines",
    unit: (i) =>
      `Regeringen ger Socialstyrelsen i uppdrag att betala ut ${(i % 9) + 1} miljoner kronor till Genomic Medicine Sweden (GMS) under ${2020 + (i % 6)}. `,
  },
  {
    name: "one-paragraph",
    unit: (i) => `Under ${2020 + (i % 6)} får GMS ${(i % 9) + 1} miljoner kronor.\n`,
  },
];

/** Web pages saved as HTML (`.html` files): markup that could make the page reader super-linear. */
export const HOSTILE_PAGES: readonly HostileKind[] = [
  { name: "nested-blocks", unit: () => "<div>" },
  { name: "inline-tags", unit: (i) => `<b>${i % 10}</b> ` },
  {
    name: "table-cells",
    head: "<table>",
    unit: (i) =>
      `<tr><td>Region ${CAPITALS[i % 29]}</td><td>${(i % 9) + 1} miljoner kronor</td></tr>`,
  },
  { name: "open-brackets", unit: () => "<" },
  { name: "unclosed-tags", unit: (i) => `<p${i % 7} ` },
  { name: "entities", unit: () => "&aring;&#229;&nbsp;" },
];

/** The kind's document of about `bytes` bytes (UTF-8), deterministic. */
export function hostileDocument(kind: HostileKind, bytes: number): string {
  const parts: string[] = [kind.head ?? ""];
  let size = Buffer.byteLength(kind.head ?? "");
  for (let i = 0; size < bytes; i++) {
    const piece = kind.unit(i);
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return parts.join("");
}

/** A normal document of about `bytes`: funding prose in paragraphs, as a real decision reads. */
export function normalDocument(bytes: number): string {
  return hostileDocument(
    {
      name: "normal",
      unit: (i) =>
        `Regeringen ger Socialstyrelsen i uppdrag att betala ut ${(i % 9) + 1} miljoner kronor till Region ${CAPITALS[i % 29]}rike för arbete med precisionsmedicin under ${2020 + (i % 6)}. Medlen ska redovisas senast den 31 mars ${2021 + (i % 6)}.${i % 4 === 3 ? "\n\n" : " "}`,
    },
    bytes,
  );
}
