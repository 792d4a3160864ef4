/** Codes for the failures a person can act on; "no match" is an answer, never an error. */
export type GmsErrorCode =
  | "CONFIG_INVALID"
  | "SEEDS_MISSING"
  | "DOCUMENT_UNREADABLE"
  | "SOURCES_INVALID"
  | "USAGE"
  | "ADAPTER_FAILED";

/** The project's one error type: a string code plus a message a person can act on. */
export class GmsError extends Error {
  readonly code: GmsErrorCode;
  constructor(code: GmsErrorCode, message: string, options?: { cause?: unknown }) {
    super(`gms-bot: ${message}`, options);
    this.name = "GmsError";
    this.code = code;
  }
}
