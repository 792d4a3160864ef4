/** Slack's published Block Kit limits; the renderer degrades text to stay inside every one. */
export const SECTION_TEXT_MAX_CHARS = 3000;
export const SECTION_FIELDS_MAX = 10;
export const FIELD_TEXT_MAX_CHARS = 2000;
export const MAX_BLOCKS = 50;
export const CONTEXT_MAX_ELEMENTS = 10;
export const CONTEXT_TEXT_MAX_CHARS = 3000;
export const BUTTON_TEXT_MAX_CHARS = 75;
export const BUTTON_VALUE_MAX_CHARS = 2000;
/** Slack truncates `text` at 40,000 characters and advises staying under 4,000. */
export const FALLBACK_TEXT_MAX_CHARS = 4000;

/** Readability limits of our own, not Slack's. */
export const QUOTE_MAX_CHARS = 200;
export const TITLE_MAX_CHARS = 120;
export const LINK_URL_MAX_CHARS = 400;
export const LABEL_MAX_CHARS = 300;

export const ACTION_FEEDBACK_UP = "gms_feedback_up";
export const ACTION_FEEDBACK_DOWN = "gms_feedback_down";
export const ACTION_SHARE = "gms_share";

export interface TextObject {
  type: "mrkdwn";
  text: string;
}

export interface ButtonElement {
  type: "button";
  action_id: string;
  text: { type: "plain_text"; text: string; emoji: boolean };
  value: string;
  style?: "primary" | "danger";
}

/** The few Block Kit blocks the bot sends; structurally compatible with Bolt's `KnownBlock`. */
export type Block =
  | { type: "section"; text: TextObject }
  | { type: "section"; fields: TextObject[] }
  | { type: "context"; elements: TextObject[] }
  | { type: "actions"; elements: ButtonElement[] };

export interface SlackMessage {
  text: string;
  blocks: Block[];
}
