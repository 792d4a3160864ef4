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
/** A table block: at most 100 rows of at most 20 cells, and one table per message. */
export const TABLE_ROWS_MAX = 100;
export const TABLE_CELLS_MAX = 20;
export const TABLES_PER_MESSAGE_MAX = 1;
/** Readability limits of our own, not Slack's. */
export const TABLE_CELL_MAX_CHARS = 200;
/** A source line shows this much of its headline quote; every quote is behind the sources button. */
export const SOURCE_QUOTE_SHOWN_MAX = 90;
export const SOURCE_TITLE_SHOWN_MAX = 80;
export const SOURCE_PUBLISHER_SHOWN_MAX = 40;
export const QUOTE_MAX_CHARS = 200;
export const TITLE_MAX_CHARS = 120;
export const LINK_URL_MAX_CHARS = 400;
export const LABEL_MAX_CHARS = 300;
export const ACTION_FEEDBACK_UP = "gms_feedback_up";
export const ACTION_FEEDBACK_DOWN = "gms_feedback_down";
export const ACTION_SHARE = "gms_share";
export const ACTION_SOURCES = "gms_sources";
//# sourceMappingURL=block-kit.js.map