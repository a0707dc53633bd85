/** Builds ScanResults directly, for the cases the real samples do not cover and for large synthetic scans. */
import {
  countResults,
  type RuleOutcome,
  type RuleResultValue,
  type ScanResults,
  type Severity,
} from '../../src/results/model.js';

/** A rule id in DISA's form for STIG rule number `n` at revision `r`. */
export function stigRuleId(n: number, revision = 1): string {
  return `xccdf_mil.disa.stig_rule_SV-${n}r${revision}_rule`;
}

/** A rule outcome; the STIG ids are taken from a DISA-style id, as the reader does. */
export function outcome(
  ruleId: string,
  result: RuleResultValue,
  severity: Severity = 'medium',
  extra: Partial<RuleOutcome> = {},
): RuleOutcome {
  const sv = /_(SV-\d+)(r\d+)_rule$/.exec(ruleId);
  return {
    ruleId,
    result,
    severity,
    title: `Title of ${ruleId}`,
    weight: 1,
    stig: { ...(sv ? { ruleId: sv[1], revision: sv[2] } : {}), cci: [], srg: [] },
    checks: [],
    ...extra,
  };
}

export function scan(rules: RuleOutcome[], overrides: Partial<ScanResults> = {}): ScanResults {
  return {
    source: 'synthetic-results.xml',
    format: 'xccdf-1.2',
    benchmark: { id: 'xccdf_test_benchmark_b', version: '1.0', title: 'Test benchmark' },
    profile: { id: 'xccdf_test_profile_p' },
    target: 'target-1',
    scanner: { name: 'OpenSCAP', version: '1.3.7' },
    testResultId: 'xccdf_test_testresult_1',
    startTime: '2026-01-01T00:00:00+00:00',
    endTime: '2026-01-01T00:01:00+00:00',
    rules,
    counts: countResults(rules),
    warnings: [],
    ...overrides,
  };
}
