import { describe, expect, it } from 'vitest';
import { evaluateGate, meetsThreshold, type FailOn, type SeverityThreshold } from '../../src/gate/index.js';
import type { Severity } from '../../src/results/model.js';
import { outcome, scan, stigRuleId } from './build-scan.js';

describe('meetsThreshold', () => {
  it.each<[number, Severity, SeverityThreshold, boolean]>([
    [1, 'high', 'high', true],
    [2, 'medium', 'high', false],
    [3, 'low', 'high', false],
    [4, 'high', 'medium', true],
    [5, 'medium', 'medium', true],
    [6, 'low', 'medium', false],
    [7, 'low', 'low', true],
    [8, 'info', 'low', false],
    // No severity in the content: nothing shows it is minor, so it counts (fail closed).
    [9, 'unknown', 'high', true],
  ])('%i. %s at threshold %s: %s', (_n, severity, threshold, expected) => {
    expect(meetsThreshold(severity, threshold)).toBe(expected);
  });
});

describe('policy: fail-on and severity threshold', () => {
  // Baseline: one high rule already failing. Current: that one still fails, plus a new medium and a new low failure.
  const baseline = scan([
    outcome(stigRuleId(1), 'fail', 'high'),
    outcome(stigRuleId(2), 'pass', 'medium'),
    outcome(stigRuleId(3), 'pass', 'low'),
  ]);
  const current = scan([
    outcome(stigRuleId(1), 'fail', 'high'),
    outcome(stigRuleId(2), 'fail', 'medium'),
    outcome(stigRuleId(3), 'error', 'low'),
  ]);

  it.each<[number, FailOn, SeverityThreshold, 'pass' | 'fail', number, string]>([
    [
      1,
      'new',
      'low',
      'fail',
      2,
      'gate failed: 2 new failures at low severity (CAT III) or higher (1 still failing)',
    ],
    [
      2,
      'new',
      'medium',
      'fail',
      1,
      'gate failed: 1 new failure at medium severity (CAT II) or higher (1 still failing, 1 below the severity threshold)',
    ],
    [
      3,
      'new',
      'high',
      'pass',
      0,
      'gate passed: no new failures at high severity (CAT I) (1 still failing, 2 below the severity threshold)',
    ],
    [
      4,
      'any',
      'high',
      'fail',
      1,
      'gate failed: 1 failing rule at high severity (CAT I), 0 of them new (2 below the severity threshold)',
    ],
    [
      5,
      'any',
      'low',
      'fail',
      3,
      'gate failed: 3 failing rules at low severity (CAT III) or higher, 2 of them new',
    ],
    [
      6,
      'none',
      'low',
      'pass',
      0,
      'gate passed: not enforced (fail-on none); 2 new failures, 1 still failing',
    ],
  ])(
    '%i. fail-on %s, threshold %s → %s (%i counted)',
    (_n, failOn, severityThreshold, verdict, counted, reason) => {
      const result = evaluateGate({
        current,
        baseline,
        inheritedFromHost: false,
        policy: { failOn, severityThreshold },
        now: new Date(0),
      });
      expect(result.verdict).toBe(verdict);
      expect(result.counts.counted).toBe(counted);
      expect(result.reason).toBe(reason);
      expect(result.policy).toEqual({ failOn, severityThreshold });
    },
  );

  it('below-threshold failures are still listed, marked as not meeting the threshold', () => {
    const result = evaluateGate({
      current,
      baseline,
      inheritedFromHost: false,
      policy: { failOn: 'new', severityThreshold: 'high' },
      now: new Date(0),
    });
    expect(result.newFailures.map((rule) => [rule.severity, rule.meetsThreshold])).toEqual([
      ['medium', false],
      ['low', false],
    ]);
  });
});
