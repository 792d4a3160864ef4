import {
  type Block,
  BUTTON_TEXT_MAX_CHARS,
  BUTTON_VALUE_MAX_CHARS,
  CONTEXT_MAX_ELEMENTS,
  CONTEXT_TEXT_MAX_CHARS,
  FALLBACK_TEXT_MAX_CHARS,
  FIELD_TEXT_MAX_CHARS,
  MAX_BLOCKS,
  SECTION_FIELDS_MAX,
  SECTION_TEXT_MAX_CHARS,
  type SlackMessage,
  TABLE_CELLS_MAX,
  TABLE_ROWS_MAX,
  TABLES_PER_MESSAGE_MAX,
} from "../../../../src/adapters/slack/index.js";

/** Every Slack limit a rendered message breaks, in words; empty when it is within all of them. */
export function limitViolations(message: SlackMessage): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  check(
    message.text.length > 0 && message.text.length <= FALLBACK_TEXT_MAX_CHARS,
    `fallback text ${message.text.length}`,
  );
  check(message.blocks.length <= MAX_BLOCKS, `${message.blocks.length} blocks`);
  for (const block of message.blocks) problems.push(...blockViolations(block));
  const tables = message.blocks.filter((b) => b.type === "table").length;
  check(tables <= TABLES_PER_MESSAGE_MAX, `${tables} tables`);
  return problems;
}

function blockViolations(block: Block): string[] {
  const problems: string[] = [];
  const text = (t: string, max: number, what: string) => {
    if (t.length === 0 || t.length > max) problems.push(`${what} ${t.length}`);
  };
  if (block.type === "section" && "text" in block)
    text(block.text.text, SECTION_TEXT_MAX_CHARS, "section text");
  if (block.type === "section" && "fields" in block) {
    if (block.fields.length > SECTION_FIELDS_MAX) problems.push(`${block.fields.length} fields`);
    for (const f of block.fields) text(f.text, FIELD_TEXT_MAX_CHARS, "field");
  }
  if (block.type === "context") {
    if (block.elements.length > CONTEXT_MAX_ELEMENTS)
      problems.push(`${block.elements.length} context elements`);
    for (const e of block.elements) text(e.text, CONTEXT_TEXT_MAX_CHARS, "context element");
  }
  if (block.type === "table") {
    if (block.rows.length > TABLE_ROWS_MAX) problems.push(`${block.rows.length} table rows`);
    for (const row of block.rows) {
      if (row.length > TABLE_CELLS_MAX) problems.push(`${row.length} table cells`);
      for (const cell of row) text(cell.text, 2000, "table cell");
    }
  }
  if (block.type === "actions") {
    for (const b of block.elements) {
      text(b.text.text, BUTTON_TEXT_MAX_CHARS, "button text");
      text(b.value, BUTTON_VALUE_MAX_CHARS, "button value");
    }
  }
  return problems;
}

/** Everything Slack would parse as markup: `<…>` tokens other than the links the renderer writes. */
export function activeMarkup(message: SlackMessage): string[] {
  const all = [message.text, ...message.blocks.flatMap(blockTexts)].join("\n");
  return [...all.matchAll(/<(?!https?:\/\/)[^>]*>?|@(?:everyone|here|channel)\b/gi)].map(
    (m) => m[0],
  );
}

function blockTexts(block: Block): string[] {
  switch (block.type) {
    case "section":
      return "text" in block ? [block.text.text] : block.fields.map((f) => f.text);
    case "context":
      return block.elements.map((e) => e.text);
    case "actions":
      return block.elements.flatMap((b) => [b.text.text, b.value]);
    case "table":
      return block.rows.flatMap((row) => row.map((cell) => cell.text));
  }
}
