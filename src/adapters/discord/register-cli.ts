#!/usr/bin/env node
// Entry of `npm run discord:register`; the logic lives in register.ts.
import { runRegister } from "./register.js";

process.exitCode = await runRegister(process.env, {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
});
