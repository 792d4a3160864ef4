/** The project's one error type: a string code plus a message a person can act on. */
export class GmsError extends Error {
    code;
    constructor(code, message, options) {
        super(`gms-bot: ${message}`, options);
        this.name = "GmsError";
        this.code = code;
    }
}
//# sourceMappingURL=errors.js.map