#!/usr/bin/env node
// Entry of `npm run discord:register`; the logic lives in register.ts.
import { loadDotEnv } from "../../cli/env-file.js";
import { GmsError } from "../../errors.js";
import { runRegister } from "./register.js";
const io = {
    stdout: (line) => console.log(line),
    stderr: (line) => console.error(line),
};
try {
    // The same settings as `npm start`: `.env` in the working directory, real variables first.
    loadDotEnv(process.cwd());
    process.exitCode = await runRegister(process.env, io);
}
catch (error) {
    io.stderr(error instanceof GmsError ? error.message : String(error));
    process.exitCode = 1;
}
//# sourceMappingURL=register-cli.js.map