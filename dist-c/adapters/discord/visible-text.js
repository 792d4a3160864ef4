// What a reader sees of an embed, for the length budgets: masked links show their text, markdown marks
// are not counted, buttons are chrome.
function plain(markdown) {
    return markdown
        .replace(/\[([^\]]*)\]\((?:<[^>]*>|[^)]*)\)/g, "$1")
        .replace(/<(https?:[^>]*)>/g, "$1")
        .replace(/```\n?/g, "")
        .replace(/[*`]/g, "")
        .replace(/^> /gm, "");
}
/** Title, description and fields of every embed, plus plain content. */
export function discordVisibleText(message) {
    const parts = [message.content ?? ""];
    for (const embed of message.embeds) {
        parts.push(embed.title ?? "", plain(embed.description ?? ""));
        for (const f of embed.fields ?? [])
            parts.push(plain(f.name), plain(f.value));
    }
    return parts.filter((p) => p !== "").join("\n");
}
//# sourceMappingURL=visible-text.js.map