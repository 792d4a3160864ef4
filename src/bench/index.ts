// Benchmarks (`npm run bench`) and the synthetic document generator used by them and by tests.
export {
  type GeneratedDecision,
  type GeneratedFact,
  generateDecisions,
  type SourceMeta,
  writeDecisions,
} from "./generate-decisions.js";
export { QUESTIONS } from "./questions.js";
