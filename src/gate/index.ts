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
export {
  factsFromResults,
  mergeFacts,
  scannerDrift,
  SCAN_FACT_KEYS,
  DRIFT_FACTS,
  type ScanFacts,
  type ScannerDrift,
  type DriftChange,
  type DriftFact,
} from './scan-facts.js';
export * from './types.js';
