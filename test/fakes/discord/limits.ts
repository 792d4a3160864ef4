// Discord's message limits, written out independently of src/ so the fake rejects what Discord would.

interface EmbedLike {
  title?: string;
  description?: string;
  fields?: Array<{ name: string; value: string }>;
  footer?: { text: string };
  author?: { name: string };
}

const asEmbeds = (body: Record<string, unknown>): EmbedLike[] =>
  Array.isArray(body.embeds) ? (body.embeds as EmbedLike[]) : [];

/** The problems Discord would report (as a 400 "Invalid Form Body") for a message body. */
export function messageProblems(body: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const content = typeof body.content === "string" ? body.content : "";
  check(content.length <= 2000, "content longer than 2000");
  const embeds = asEmbeds(body);
  check(embeds.length <= 10, "more than 10 embeds");
  let total = 0;
  for (const embed of embeds) {
    const fields = embed.fields ?? [];
    check((embed.title ?? "").length <= 256, "embed title longer than 256");
    check((embed.description ?? "").length <= 4096, "embed description longer than 4096");
    check(fields.length <= 25, "more than 25 fields");
    check((embed.footer?.text ?? "").length <= 2048, "footer longer than 2048");
    for (const field of fields) {
      check(field.name.length > 0 && field.name.length <= 256, "field name empty or over 256");
      check(field.value.length > 0 && field.value.length <= 1024, "field value empty or over 1024");
      total += field.name.length + field.value.length;
    }
    total += (embed.title ?? "").length + (embed.description ?? "").length;
    total += (embed.footer?.text ?? "").length + (embed.author?.name ?? "").length;
  }
  check(total <= 6000, "embeds longer than 6000 in total");
  const components = Array.isArray(body.components) ? body.components : [];
  for (const row of components as Array<{ components?: Array<{ custom_id?: string }> }>) {
    for (const c of row.components ?? []) {
      check((c.custom_id ?? "").length <= 100, "custom_id longer than 100");
    }
  }
  return problems;
}
