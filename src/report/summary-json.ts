/**
 * The `summarize --format json` document. Its shape is documented in docs/json-schemas.md and stable:
 * fields are only ever added, and `schemaVersion` changes if one is removed or changes meaning.
 */
import type {
  ResultCounts,
  RuleResultValue,
  ScanResults,
  Severity,
  StigIdentifiers,
} from '../results/model.js';

export interface SummaryRuleJson {
  ruleId: string;
  result: RuleResultValue;
  severity: Severity;
  title: string;
  stig: StigIdentifiers;
}

export interface SummaryJson {
  schemaVersion: 1;
  source: string;
  format: ScanResults['format'];
  benchmark: ScanResults['benchmark'];
  profile: ScanResults['profile'];
  target: string | null;
  scanner: ScanResults['scanner'];
  testResultId: string;
  startTime: string | null;
  endTime: string | null;
  counts: ResultCounts;
  rules: SummaryRuleJson[];
  warnings: string[];
}

export function summaryJson(results: ScanResults): SummaryJson {
  return {
    schemaVersion: 1,
    source: results.source,
    format: results.format,
    benchmark: results.benchmark,
    profile: results.profile,
    target: results.target ?? null,
    scanner: results.scanner,
    testResultId: results.testResultId,
    startTime: results.startTime ?? null,
    endTime: results.endTime ?? null,
    counts: results.counts,
    rules: results.rules.map(({ ruleId, result, severity, title, stig }) => ({
      ruleId,
      result,
      severity,
      title,
      stig,
    })),
    warnings: results.warnings,
  };
}
