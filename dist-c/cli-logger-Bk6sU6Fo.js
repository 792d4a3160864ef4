export { n as createLogger } from "./cli-logger-D6r_KFfD.js";
