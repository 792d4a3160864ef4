// What a reader sees of a message, for the length budgets: links show their label, formatting marks
// and entities are not counted, buttons are chrome. Used by tests and the README's measurements.
function plain(mrkdwn) {
    return mrkdwn
        .replace(/<[^|>]*\|([^>]*)>/g, "$1")
        .replace(/<([^>]*)>/g, "$1")
        .replace(/```/g, "")
        .replace(/[*_]/g, "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
}
/** The visible text of a Block Kit message (sections, fields, context, tables), one part a line. */
export function slackVisibleText(message) {
    return message.blocks.flatMap(blockText).join("\n");
}
function blockText(block) {
    switch (block.type) {
        case "section":
            return "text" in block ? [plain(block.text.text)] : block.fields.map((f) => plain(f.text));
        case "context":
            return block.elements.map((e) => plain(e.text));
        case "table":
            return block.rows.map((row) => row.map((c) => c.text).join(" "));
        case "actions":
            return [];
        default: {
            const _exhaustive = block;
            return _exhaustive;
        }
    }
}
//# sourceMappingURL=visible-text.js.map