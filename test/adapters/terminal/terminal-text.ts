/** Characters a terminal would act on: C0/C1 controls (newline aside) and bidi overrides/isolates. */
export function unsafeCharacters(text: string): string[] {
  return [...text].filter((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "\n") return false;
    return (
      code <= 0x1f ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069)
    );
  });
}

/** Removes ANSI colour codes (ESC [ n;…m), leaving every other escape sequence as it was. */
export function stripSgr(text: string): string {
  const [head = "", ...rest] = text.split("\u001b[");
  const sgr = /^\d+(;\d+)*m/;
  return (
    head + rest.map((part) => (sgr.test(part) ? part.replace(sgr, "") : `\u001b[${part}`)).join("")
  );
}
