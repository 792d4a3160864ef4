import type { Segment } from "../segments.js";
import {
  COPY_HEADINGS,
  DEFINITION_SUBJECTS,
  DEFINITION_VERBS,
  MEMBER_CUES,
  MEMBERS_BEFORE,
  NEGATIONS,
} from "./cue-words.js";
import type { DocumentView } from "./document-view.js";
import { isHeading } from "./people.js";
import { sliceStarts } from "./phrase-starts.js";
import { findPhrases, type Token } from "./tokens.js";
import type { CopyStatement, DefinitionStatement, MembersStatement } from "./types.js";

const LETTER = /\p{L}/u;

/** "Kopia till" and the organisations listed under it, one a line, up to the next blank line. */
export function readCopies(view: DocumentView): CopyStatement[] {
  if (!view.mayAny(COPY_HEADINGS)) return [];
  const out: CopyStatement[] = [];
  for (let i = 0; i < view.segments.length; i++) {
    const s = view.segments[i] as Segment;
    if (!isHeading(view, s, COPY_HEADINGS)) continue;
    const heading = view.span(s.start, s.end);
    let paragraph: number | null = null;
    for (const item of view.segments.slice(i + 1)) {
      paragraph ??= item.paragraph;
      if (item.paragraph !== paragraph || /[.!?]$/.test(item.text.trim())) break;
      // A rule of dashes or underscores (a PDF's footnote line) ends the list: no name holds no letter.
      if (!LETTER.test(item.text)) break;
      out.push({ name: item.text.trim(), heading, span: view.span(item.start, item.end) });
    }
  }
  return out;
}

// "Kopia till: A; B; C" on one line, "Kopior har gått till A, B och C.": the copy list told inline.
const INLINE_COPIES =
  /^(?:(?:kopia|kopior|copy|copies)\s+(?:till|to)\s*:|(?:kopior|kopia)\s+(?:har\s+)?(?:gått|skickats|sänts)\s+till\b|copies\s+(?:have\s+been\s+|were\s+)?sent\s+to\b)\s*/iu;

/** The organisations a line or sentence lists after an inline "Kopia till:" or "Kopior har gått till". */
export function readInlineCopies(view: DocumentView): CopyStatement[] {
  if (!view.mayAny(COPY_HEADINGS)) return [];
  const out: CopyStatement[] = [];
  for (const s of view.segments) {
    const lead = s.text.length - s.text.trimStart().length;
    const opening = INLINE_COPIES.exec(s.text.slice(lead));
    if (!opening) continue;
    const from = lead + opening[0].length;
    const heading = view.span(s.start + lead, s.start + from);
    const body = s.text.slice(from);
    // "Kopia till: A, B, Sveriges Kommuner och Regioner": a list line after a colon is split at its marks only.
    const listLine = opening[0].includes(":");
    const items = body.includes(";")
      ? body.split(";")
      : listLine
        ? body.split(",")
        : copyItems(body);
    let at = from;
    for (const raw of items) {
      const name = raw.replace(/[.!?]\s*$/u, "").trim();
      const i = s.text.indexOf(name, at);
      if (name === "" || i < 0 || !LETTER.test(name)) continue;
      out.push({ name, heading, span: view.span(s.start + i, s.start + i + name.length) });
      at = i + name.length;
    }
  }
  return out;
}

/**
 * "A, B, C och Sveriges Kommuner och Regioner": the items between commas, the last split at its first "och" only
 * (the list's own); a later "och" belongs to a name.
 */
function copyItems(text: string): string[] {
  const items = text.split(/,\s*/u);
  const last = items.pop() ?? "";
  const and = /\s+(?:och|samt|and)\s+/u.exec(last);
  if (!and) return [...items, last];
  return [...items, last.slice(0, and.index), last.slice(and.index + and[0].length)];
}

function mentionsGms(words: readonly Token[]): boolean {
  return words.some(
    (w, i) =>
      w.word === "gms" ||
      w.word.startsWith("gms-") ||
      (w.word === "genomic" && (words[i + 1]?.word ?? "").startsWith("medicin")),
  );
}

/** Whether a segment's words name GMS, read once per wording. */
function namesGms(view: DocumentView, s: Segment): boolean {
  const notes = view.notes(s);
  notes.gmsWords ??= mentionsGms(view.words(s));
  return notes.gmsWords;
}

/** The sentence is about GMS: it names GMS, or its headline or the sentence before does. */
function aboutGms(view: DocumentView, s: Segment): boolean {
  if (namesGms(view, s)) return true;
  const heading = view.headingOf(s);
  if (heading && namesGms(view, heading)) return true;
  const previous = view.segments[s.index - 1];
  return previous !== undefined && previous.paragraph === s.paragraph && namesGms(view, previous);
}

/** "I GMS ingår Region Skåne, …", "GMS utgörs av …": who takes part, never "ingår inte i GMS". */
export function readMembers(view: DocumentView): MembersStatement[] {
  if (!view.mayAny(MEMBER_CUES) && !view.mayAny(MEMBERS_BEFORE)) return [];
  const out: MembersStatement[] = [];
  for (const s of view.segments) {
    // Without a cue there is no list: the cheap test first.
    if (!view.may(s, MEMBER_CUES) && !view.may(s, MEMBERS_BEFORE)) continue;
    // The list is in the sentence's own words: read once per wording, before its context is asked.
    const notes = view.notes(s);
    if (notes.memberList === undefined) {
      const words = view.words(s);
      notes.memberList = words.some((w) => NEGATIONS.has(w.word)) ? null : listText(s, words);
    }
    const list = notes.memberList;
    if (list !== null && aboutGms(view, s))
      out.push({ members: splitList(list), span: view.span(s.start, s.end) });
  }
  return out;
}

/** The words that list the members: after "ingår", "utgörs av"; before "samarbetar" (from "där" on). */
function listText(s: Segment, words: Token[]): string | null {
  const after = findPhrases(words, MEMBER_CUES)[0];
  const last = after ? words[after.end - 1] : undefined;
  if (last) return s.text.slice(last.end - s.start);
  const before = findPhrases(words, MEMBERS_BEFORE)[0];
  const verb = before ? words[before.at] : undefined;
  if (!before || !verb) return null;
  let from = before.at - 1;
  while (from >= 0 && !LIST_OPENERS.has(words[from]?.word ?? "")) from--;
  const first = words[from + 1];
  return first && from >= 0 ? s.text.slice(first.start - s.start, verb.start - s.start) : null;
}

const LIST_OPENERS = new Set(["där", "where", "i", "in"]);

/** "A, B och C samt D" → [A, B, C, D]. */
function splitList(text: string): string[] {
  const body = text.replace(/[.!?]\s*$/, "").replace(/^\s*(?:av|of)?\s*/, "");
  return body
    .split(/,\s*|\s+(?:och|samt|and|as well as)\s+/u)
    .map((x) => x.trim())
    .filter((x) => x !== "");
}

/** "GMS är en nationell satsning …", "Genomic Medicine Sweden (GMS) is a …". */
export function readDefinitions(view: DocumentView): DefinitionStatement[] {
  // A definition opens with its subject, a phrase of the table.
  if (!view.mayAny(DEFINITION_SUBJECTS)) return [];
  const out: DefinitionStatement[] = [];
  for (const s of view.segments) {
    if (!view.mayOpen(s, DEFINITION_SUBJECTS)) continue;
    // In the sentence's own words: read once per wording.
    const notes = view.notes(s);
    notes.definition ??= opensDefinition(view.words(s));
    if (notes.definition) out.push({ span: view.span(s.start, s.end) });
  }
  return out;
}

/** The words open with GMS's name and a defining verb after it. */
function opensDefinition(words: Token[]): boolean {
  if (words[0]?.word !== "gms" && words[0]?.word !== "genomic") return false;
  const subject = findPhrases(words, DEFINITION_SUBJECTS)[0];
  if (subject?.at !== 0) return false;
  let i = subject.end;
  if (words[i]?.word === "gms") i++; // "(GMS)"
  const verb = findPhrases(sliceStarts(words, i, i + 2), DEFINITION_VERBS)[0];
  return verb?.at === 0;
}
