// dist/errors.js
/** The project's one error type: a string code plus a message a person can act on. */
var GmsError = class extends Error {
	code;
	constructor(code, message, options) {
		super(`gms-bot: ${message}`, options);
		this.name = "GmsError";
		this.code = code;
	}
};
export { GmsError as t };

//# sourceMappingURL=cli-errors-CiUP9eDM.js.map