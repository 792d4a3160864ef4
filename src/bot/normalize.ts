/** Questions longer than this get a polite request to shorten them. */
export const MAX_QUESTION_CHARS = 500;

// Control characters separate words; invisible format characters (zero-width, bidi marks) are inside them.
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
const INVISIBLE = /\p{Cf}/gu;
// Combining marks left after composing ("h̸̛̙u̷r̵", text decorated with stacked accents): "å", "ä", "é" compose into
// letters of their own first, so only the decoration is dropped.
const STACKED_MARKS = /\p{Mn}+/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Leading platform mentions: Slack "<@U123>", Discord "<@123>" / "<@!123>", plain "@GMS bot".
const LEADING_MENTION = /^\s*(?:<@[!&]?[\w.-]+(?:\|[^>]*)?>|@[\p{L}\p{N}_.-]+(?:\s+bot)?)[\s,:]*/iu;

export interface CleanQuestion {
  /** The question as matched: no control characters, no leading mention, single spaces. */
  text: string;
  tooLong: boolean;
  /** The web addresses the question carried (Slack's "<https://…|label>" unwrapped), in order, at most a few. */
  links: string[];
  /** The words of links' labels ("[pressmeddelandet](https://…)"): read as words, never left unplaced. */
  labels: string[];
}

// Platform markup and links are never part of what is asked: "<!channel>", "<@U123>", "<#C1|x>", "https://…".
const MARKUP = /<[!@#][^<>\s]{0,80}>|<https?:[^<>\s]{0,500}>|https?:\/\/\S+/giu;

// Markup and invisible characters may shrink a question, but never this much: longer input is too long
// unread, so a 10 MB "question" costs no more than a long one.
const RAW_MAX = MAX_QUESTION_CHARS * 20;

export function cleanQuestion(whole: string): CleanQuestion {
  const raw = whole.length > RAW_MAX ? whole.slice(0, RAW_MAX) : whole;
  let text = raw
    .replace(LONE_SURROGATE, " ")
    .replace(CONTROL, " ")
    .replace(INVISIBLE, "")
    .normalize("NFC")
    .replace(STACKED_MARKS, "");
  for (let i = 0; i < 3 && LEADING_MENTION.test(text); i++)
    text = text.replace(LEADING_MENTION, "");
  const links = linksIn(text);
  // "[click here](https://…)", "<https://…|pressmeddelandet>": the label stays as words, the address never.
  const labels: string[] = [];
  const label = (_: string, words: string) => {
    const kept = labelWords(words);
    labels.push(...kept);
    return ` ${kept.join(" ")} `;
  };
  text = text.replace(MARKDOWN_LINK, label).replace(SLACK_LABELLED, (m, _a, w) => label(m, w));
  text = text.replace(MARKUP, " ").replace(/\s+/g, " ").trim();
  return {
    text,
    tooLong: text.length > MAX_QUESTION_CHARS || whole.length > RAW_MAX,
    links,
    labels,
  };
}

// A link with its label: Markdown's "[label](https://…)", Slack's "<https://…|label>".
const MARKDOWN_LINK = /\[([^[\]\n]{0,200})\]\(\s*https?:\/\/[^\s()<>]{1,500}\s*\)/giu;
const SLACK_LABELLED = /<(https?:[^<>\s|]{1,500})\|([^<>]{0,200})>/giu;
// Words that only say "this is a link" ("click here", "läs mer", "källa"): a label of nothing else is dropped.
const LINK_WORDS = new Set(
  "click klicka here här this this link länk länken länkar link links läs mer read more see se source källa källan sida sidan page url webb web".split(
    " ",
  ),
);

function labelWords(label: string): string[] {
  const words = label.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  return words.every((w) => LINK_WORDS.has(w.toLowerCase())) ? [] : words;
}

const MAX_LINKS = 5;
// A link as written: "https://…", or Slack's "<https://…>" / "<https://…|label>"; a sentence's stop is no part of it.
const LINK = /<(https?:[^<>\s|]{1,500})(?:\|[^<>]{0,200})?>|(https?:\/\/[^\s<>]{1,500})/giu;
const TRAILING = /[.,;:!?)\]»”"']+$/u;

function linksIn(text: string): string[] {
  const links: string[] = [];
  for (const m of text.matchAll(LINK)) {
    const link = (m[1] ?? m[2] ?? "").replace(TRAILING, "");
    if (URL.canParse(link) && links.length < MAX_LINKS) links.push(link);
  }
  return links;
}
