// Benchmarks (`npm run bench`) and the synthetic document generator used by them and by tests.
export { generateDecisions, writeDecisions, } from "./generate-decisions.js";
export { QUESTIONS } from "./questions.js";
//# sourceMappingURL=index.js.map