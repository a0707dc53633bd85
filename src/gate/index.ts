/** The gate's public face: evaluate, load waivers, and the types every report and publisher reads. */
export { evaluateGate, bySeverityThenStigId } from './evaluate.js';
export {
  compareScans,
  isEvaluated,
  assertSomethingEvaluated,
  type RuleClass,
  type ClassifiedRule,
} from './compare.js';
export { DEFAULT_WAIVERS_PATH, loadWaiversFile, parseWaivers } from './waivers-file.js';
export { meetsThreshold, describePolicy, describeThreshold } from './policy.js';
export { inheritedCategories, INHERITED_RULE_COUNT } from './inherited.js';
export * from './types.js';
