import type { Segment } from "../segments.js";
import { readAgencyDeciders } from "./agency-deciders.js";
import { readAuthors, readBylines } from "./authors.js";
import {
  CONTACT_HEADINGS,
  MINISTER_WORDS,
  MINUTES_HEADINGS,
  PRESS_HEADINGS,
  SIGNATURE_HEADINGS,
  TITLE_WORDS,
} from "./cue-words.js";
import type { DocumentView } from "./document-view.js";
import { isPersonName, personAt } from "./names.js";
import { compile, sliceStarts } from "./phrase-starts.js";
import { amountsOfQuote, quoteOf, readQuestioners, readQuoted } from "./speakers.js";
import { findPhrases, hasPhrase, type Phrase, type Token } from "./tokens.js";
import type { PersonStatement } from "./types.js";

// "På regeringens vägnar", "Presskontakt": a heading line is short.
const MAX_HEADING_CHARS = 40;
// A signature block has the minister and the official who presented the matter; a few lines at most.
const MAX_SIGNERS = 3;

/** Ministers named in running text, signers of decisions, press and other contacts. */
export function readPeople(view: DocumentView): PersonStatement[] {
  // Gathered in place, not spread: most documents name no one, and a spread per reader and document costs more.
  const people: PersonStatement[] = [];
  addAll(people, readMinisters(view));
  addAll(people, readSigners(view));
  addAll(people, readSignersInProse(view));
  addAll(people, readAgencyDeciders(view));
  addAll(people, readMinutesSigners(view));
  addAll(people, readContacts(view));
  const named = people.length;
  const more: PersonStatement[] = [];
  addAll(more, readAuthors(view));
  addAll(more, readBylines(view));
  addAll(more, readQuestioners(view));
  addAll(more, readQuoted(view));
  // A line already read as a signer or contact is not also an author's signature.
  const taken = named > 0 && more.length > 0 ? new Set(people.map((p) => p.span.start)) : null;
  for (const p of more)
    if (taken === null || !taken.has(p.span.start) || p.role === "quoted") people.push(p);
  for (const p of people) if (isBareTitle(p.title)) p.opening = view.opening();
  return people;
}

function addAll<T>(into: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k++) into.push(items[k] as T);
}

/** Every word of the name is written in capitals ("MAJA ÖRNBERG"). */
function inCapitals(name: string): boolean {
  return /\p{Lu}{2}/u.test(name) && name === name.toUpperCase() && name !== name.toLowerCase();
}

/** "MAJA ÖRNBERG" → "Maja Örnberg", "ANNA-KARIN EK" → "Anna-Karin Ek". */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** A title of one word ("ordförande"): whose it is, the document's opening tells. */
function isBareTitle(title: string | null): boolean {
  return title !== null && title !== "" && !/\s/.test(title.trim());
}

/** "sjukvårdsminister Kristina Edholm", "Health Minister Maja Örnberg", "Minister for Health Anna Ek". */
function readMinisters(view: DocumentView): PersonStatement[] {
  if (!view.mayAny(MINISTER_WORDS)) return [];
  const out: PersonStatement[] = [];
  for (const s of view.segments) {
    if (!view.may(s, MINISTER_WORDS)) continue;
    const reading = view.reading(s);
    // Read once per wording: the same sentence quotes the minister in every release.
    reading.ministers ??= ministersIn(view, s);
    const found = reading.ministers as readonly MinisterFound[];
    const quote = found.length > 0 ? quoteOf(view, s) : null;
    for (const m of found) {
      const nameStart = s.start + m.nameAt;
      const minister: PersonStatement = {
        role: "minister",
        name: m.person,
        title: m.personTitle,
        span: view.span(s.start, s.end),
        context: [view.span(nameStart, nameStart + m.name.length)],
      };
      if (quote) {
        minister.quote = quote;
        minister.quoteAmounts = amountsOfQuote(quote);
      }
      out.push(minister);
    }
  }
  return out;
}

/** A minister named in a sentence: the name, its title, and where the name starts in the sentence. */
interface MinisterFound {
  name: string;
  title: string;
  nameAt: number;
  /** The name and title as the person is known: a name in capitals in title case, its title in lower case. */
  person: string;
  personTitle: string;
}

const NONE: readonly MinisterFound[] = Object.freeze([]);

function ministersIn(view: DocumentView, s: Segment): readonly MinisterFound[] {
  const found: MinisterFound[] = [];
  const words = view.words(s);
  for (const hit of findPhrases(words, MINISTER_WORDS)) {
    const titleWord = words[hit.at];
    if (!titleWord) continue;
    let titleStart = titleWord.start;
    const nameFrom = titleWord.end;
    // English: "Health Minister X", "Minister for Health and Social Affairs X".
    const previous = words[hit.at - 1];
    if (
      /^\p{Lu}/u.test(titleWord.raw) &&
      previous &&
      /^\p{Lu}/u.test(previous.raw) &&
      previous.end + 1 === titleWord.start
    )
      titleStart = previous.start;
    const after = s.text.slice(nameFrom - s.start);
    const name = ministerName(after);
    if (!name) continue;
    const nameAt = nameFrom - s.start + after.indexOf(name);
    const title = s.text.slice(titleStart - s.start, nameAt).trim();
    // A protocol's speaker line ("Anf. 12 Sjukvårdsminister MAJA ÖRNBERG (KD):") writes the name in capitals:
    // the person is the one other documents name "Maja Örnberg", with the title as prose writes it.
    const shouted = inCapitals(name);
    found.push({
      name,
      title,
      nameAt,
      person: shouted ? titleCase(name) : name,
      personTitle: shouted ? title.toLowerCase() : title,
    });
  }
  return found.length === 0 ? NONE : found;
}

/** The name after a title; after "Minister for Health and Social Affairs" it is the last two words. */
function ministerName(after: string): string | null {
  const forWhat = /^ for ((?:\p{Lu}[\p{L}-]*(?:(?: and |, | )(?=\p{Lu}))?)+)/u.exec(after);
  if (!forWhat?.[1]) return personAt(after, 0);
  const words = forWhat[1].split(/,? (?:and )?/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 3 ? words.slice(-2).join(" ") : null;
}

/** The names under "På regeringens vägnar": the minister signs first, the presenting official next. */
function readSigners(view: DocumentView): PersonStatement[] {
  return signatureBlock(view, SIGNATURE_HEADINGS, MAX_SIGNERS, "signer", (line, k) =>
    view.isName(line)
      ? { name: line.text.trim(), title: k === 0 ? "statsråd" : "föredragande" }
      : null,
  );
}

// "Beslutet är undertecknat på regeringens vägnar av Kristina Edholm och Anna Wedin", "signed on behalf of the
// Government by …": the signers told in a sentence, the minister first. The verb, then the names after "av"/"by".
const SIGNED_BY =
  /\b(?:undertecknat|undertecknad|undertecknades|undertecknats|signerat|signerades|signed)\b[^.;:]{0,60}?\b(?:av|by)\s+/giu;
const NAME_GAP = /^\s*(?:,|och|and|samt)\s*/u;

/** The signers a sentence names after "undertecknat … på regeringens vägnar av". */
function readSignersInProse(view: DocumentView): PersonStatement[] {
  if (!view.mayAny(SIGNATURE_HEADINGS)) return [];
  const out: PersonStatement[] = [];
  for (const s of view.segments) {
    if (s.heading || !view.may(s, SIGNATURE_HEADINGS) || !view.has(s, SIGNATURE_HEADINGS)) continue;
    SIGNED_BY.lastIndex = 0;
    const signed = SIGNED_BY.exec(s.text);
    if (!signed) continue;
    let at = signed.index + signed[0].length;
    for (let k = 0; k < MAX_SIGNERS; k++) {
      const name = personAt(s.text, at);
      if (!name) break;
      const nameAt = s.text.indexOf(name, at);
      out.push({
        role: "signer",
        name,
        title: k === 0 ? "statsråd" : "föredragande",
        span: view.span(s.start, s.end),
        context: [view.span(s.start + nameAt, s.start + nameAt + name.length)],
      });
      at = nameAt + name.length;
      const gap = NAME_GAP.exec(s.text.slice(at));
      if (!gap) break;
      at += gap[0].length;
    }
  }
  return out;
}

// A minutes' signature block: a few lines, each a name, a party in brackets and a title after a comma.
const MAX_MINUTES_SIGNERS = 4;
const MAX_SIGNER_LINE = 80;
const PARTY_AND_TITLE = /^\s*(?:\([\p{L}]{1,5}\))?\s*(?:,\s*(\S.*))?$/u;

/**
 * "Justeras / Ulrika Forsberg (S), ordförande / Erik Lindqvist (S)", "Vid protokollet / Anna Holm,
 * sekreterare": the people who sign a board's minutes, each with the title their line gives.
 */
function readMinutesSigners(view: DocumentView): PersonStatement[] {
  return signatureBlock(view, MINUTES_HEADINGS, MAX_MINUTES_SIGNERS, "signatory", (line) => {
    if (line.text.length > MAX_SIGNER_LINE) return null;
    const name = personAt(line.text, 0);
    const rest = name
      ? PARTY_AND_TITLE.exec(line.text.slice(line.text.indexOf(name) + name.length))
      : null;
    return name && rest ? { name, title: rest[1]?.trim() ?? null } : null;
  });
}

/**
 * The lines under each heading of the table, read by `signed` (given the line's place under the heading,
 * from 0) until one is no signature or `max` are read.
 */
function signatureBlock(
  view: DocumentView,
  headings: readonly Phrase[],
  max: number,
  role: PersonStatement["role"],
  signed: (line: Segment, k: number) => { name: string; title: string | null } | null,
): PersonStatement[] {
  if (!view.mayAny(headings)) return [];
  const out: PersonStatement[] = [];
  view.segments.forEach((s, i) => {
    if (!isHeading(view, s, headings)) return;
    for (let j = i + 1; j <= i + max; j++) {
      const next = view.segments[j];
      const signer = next ? signed(next, j - i - 1) : null;
      if (!next || !signer) break;
      out.push({
        role,
        name: signer.name,
        title: signer.title,
        span: view.span(next.start, next.end),
        context: [view.span(s.start, s.end)],
      });
    }
  });
  return out;
}

/** "Presskontakt" or "Kontakt" then a name, then the title line; or "Kontakt: Maria Holm, …" on one line. */
function readContacts(view: DocumentView): PersonStatement[] {
  // A contact line, on its own or inline ("Kontakt: …"), has one of the headings' words.
  if (!view.mayAny(PRESS_HEADINGS) && !view.mayAny(CONTACT_HEADINGS)) return [];
  const out: PersonStatement[] = [];
  view.segments.forEach((s, i) => {
    // A line with neither table's words is no contact heading, nor an inline contact: most lines.
    if (!view.may(s, PRESS_HEADINGS) && !view.may(s, CONTACT_HEADINGS)) return;
    const press = isHeading(view, s, PRESS_HEADINGS);
    const role = press ? "press-contact" : isHeading(view, s, CONTACT_HEADINGS) ? "contact" : null;
    if (role) {
      const next = view.segments[i + 1];
      const name = next ? personAt(next.text, 0) : null;
      if (!next || !name || !isPersonName(next.text.split(",")[0] ?? "")) return;
      const titleLine = view.segments[i + 2];
      // "Per Ek, chef" under the first contact is a second contact, not the first one's title.
      const titled =
        titleLine &&
        view.has(titleLine, TITLE_WORDS) &&
        !isPersonName(titleLine.text.split(",")[0] ?? "")
          ? titleLine
          : null;
      const title = titled ? titled.text.trim() : titleAfterComma(next.text);
      // "Linnea Forsmark, pressekreterare hos …": a press title, under its line or after the name's comma.
      const pressTitle = title !== null && /press/i.test(title);
      out.push({
        role: pressTitle ? "press-contact" : role,
        name,
        title,
        span: view.span(next.start, next.end),
        context: [
          view.span(s.start, s.end),
          ...(titled ? [view.span(titled.start, titled.end)] : []),
        ],
      });
      return;
    }
    // A line's inline contact is in its own words: read once per wording.
    const notes = view.notes(s);
    if (notes.inlineContact === undefined) notes.inlineContact = inlineContact(view, s);
    const inline = notes.inlineContact as InlineContact | null;
    if (inline)
      out.push({
        role: inline.role,
        name: inline.name,
        title: inline.title,
        span: view.span(s.start, s.end),
        context: [],
      });
  });
  return out;
}

/** A contact named inline: who, and as what. */
interface InlineContact {
  role: "press-contact" | "contact";
  name: string;
  title: string | null;
}

/** "Kontakt: Maria Holm, SciLifeLab Data Centre". */
function inlineContact(view: DocumentView, s: Segment): InlineContact | null {
  if (!s.text.includes(":")) return null;
  const m = /^(\p{L}+(?: \p{L}+)?):[ \u00A0]*/u.exec(s.text);
  if (!m?.[1]) return null;
  const label = sliceStarts(view.words(s), 0, m[1].split(" ").length);
  const press = hasPhrase(label, PRESS_HEADINGS);
  if (!press && !hasPhrase(label, CONTACT_HEADINGS)) return null;
  const name = personAt(s.text, m[0].length);
  if (!name) return null;
  const rest = s.text.slice(m[0].length + name.length);
  if (!/^\s*(?:,|$)/.test(rest)) return null;
  return {
    role: press ? "press-contact" : "contact",
    name,
    title: titleAfterComma(s.text.slice(m[0].length)),
  };
}

function titleAfterComma(line: string): string | null {
  const i = line.indexOf(",");
  return i >= 0 ? line.slice(i + 1).trim() || null : null;
}

/** A line that is exactly one of the headings (case and trailing colon aside). */
function isHeading(view: DocumentView, s: Segment, table: readonly Phrase[]): boolean {
  if (s.text.length > MAX_HEADING_CHARS || !view.may(s, table)) return false;
  // A line's words tell alone: read once per wording and table (the first tables', by their number).
  const id = compile(table).id;
  const bit = id < HEADING_BITS ? 1 << id : 0;
  const notes = view.notes(s);
  if ((notes.headingsRead & bit) !== 0) return (notes.headingsHeld & bit) !== 0;
  const held = headingIn(s, view.words(s), table);
  notes.headingsRead |= bit;
  if (held) notes.headingsHeld |= bit;
  return held;
}

// Tables numbered past this are read each time.
const HEADING_BITS = 31;

function headingIn(s: Segment, words: readonly Token[], table: readonly Phrase[]): boolean {
  const hit = findPhrases(words, table)[0];
  return hit !== undefined && hit.at === 0 && hit.end === words.length && s.text.trim().length < 40;
}

export { isHeading };
