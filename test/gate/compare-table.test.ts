import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { compareScans, evaluateGate, DEFAULT_POLICY, type RuleClass } from '../../src/gate/index.js';
import type { RuleResultValue } from '../../src/results/model.js';
import { outcome, scan, stigRuleId } from './build-scan.js';

const ID = stigRuleId(100001);
/** A rule that passes in both scans, so that the two always share a rule. */
const ANCHOR = outcome(stigRuleId(999999), 'pass');

type Side = RuleResultValue | 'absent';

function classOf(baseline: Side | 'no baseline', current: Side): RuleClass | undefined {
  const currentScan = scan([ANCHOR, ...(current === 'absent' ? [] : [outcome(ID, current)])]);
  const baselineScan =
    baseline === 'no baseline'
      ? undefined
      : scan([ANCHOR, ...(baseline === 'absent' ? [] : [outcome(ID, baseline)])]);
  const rule = compareScans(currentScan, baselineScan).rules.find(
    (r) => (r.current ?? r.baseline)?.ruleId === ID,
  );
  return rule?.ruleClass;
}

describe('compareScans: each rule lands in one class', () => {
  it.each<[number, Side | 'no baseline', Side, RuleClass | undefined]>([
    [1, 'pass', 'fail', 'newFailure'],
    [2, 'pass', 'error', 'newFailure'],
    [3, 'pass', 'unknown', 'newFailure'],
    [4, 'notapplicable', 'fail', 'newFailure'],
    [5, 'absent', 'fail', 'newFailure'],
    [6, 'notselected', 'fail', 'newFailure'],
    [7, 'no baseline', 'fail', 'newFailure'],
    [8, 'no baseline', 'error', 'newFailure'],
    [9, 'fail', 'fail', 'stillFailing'],
    [10, 'error', 'fail', 'stillFailing'],
    [11, 'unknown', 'error', 'stillFailing'],
    [12, 'fail', 'pass', 'fixed'],
    [13, 'error', 'notapplicable', 'fixed'],
    [14, 'fail', 'fixed', 'fixed'],
    // A failure that is no longer checked is not fixed: fail closed.
    [15, 'fail', 'notselected', 'removedRule'],
    [16, 'fail', 'notchecked', 'removedRule'],
    [17, 'fail', 'absent', 'removedRule'],
    [18, 'pass', 'absent', 'removedRule'],
    [19, 'fail', 'informational', 'removedRule'],
    [20, 'absent', 'pass', 'newRule'],
    [21, 'absent', 'notapplicable', 'newRule'],
    [22, 'notselected', 'pass', 'newRule'],
    [23, 'pass', 'pass', 'unchanged'],
    [24, 'pass', 'notapplicable', 'unchanged'],
    [25, 'notselected', 'notselected', 'unchanged'],
    [26, 'no baseline', 'pass', 'unchanged'],
    [27, 'absent', 'notselected', 'unchanged'],
  ])('%i. baseline %s, current %s → %s', (_n, baseline, current, expected) => {
    expect(classOf(baseline, current)).toBe(expected);
  });

  it('counts a repeated rule id once, as failing if any of its results fails, with a warning', () => {
    const current = scan([ANCHOR, outcome(ID, 'pass'), outcome(ID, 'fail')]);
    const { rules, warnings } = compareScans(current, scan([ANCHOR, outcome(ID, 'pass')]));
    expect(rules.filter((r) => r.current?.ruleId === ID)).toEqual([
      expect.objectContaining({
        ruleClass: 'newFailure',
        current: expect.objectContaining({ result: 'fail' }),
      }),
    ]);
    expect(warnings).toEqual([expect.stringMatching(/1 rule results repeat a rule id/)]);
  });
});

describe('compareScans: scans that cannot be compared', () => {
  it.each<[number, RuleResultValue[]]>([
    [1, ['notselected', 'notselected']],
    [2, ['notchecked', 'notselected']],
    [3, ['informational']],
    [4, []],
    [5, ['notapplicable', 'notapplicable', 'notselected']],
    [6, ['notapplicable']],
  ])('%i. a current scan that evaluated nothing (%j) is an error, never a pass', (_n, results) => {
    const current = scan(results.map((result, i) => outcome(stigRuleId(i + 1), result)));
    expect(() => compareScans(current)).toThrow(ConfigurationError);
    expect(() => compareScans(current)).toThrow(/nothing was evaluated in the current scan/);
    expect(() =>
      evaluateGate({ current, inheritedFromHost: false, policy: DEFAULT_POLICY, now: new Date(0) }),
    ).toThrow(/never a pass/);
  });

  it('one rule that passed is enough evidence, however many are notapplicable', () => {
    const current = scan([outcome(stigRuleId(1), 'notapplicable'), outcome(stigRuleId(2), 'pass')]);
    expect(
      evaluateGate({ current, inheritedFromHost: false, policy: DEFAULT_POLICY, now: new Date(0) }).verdict,
    ).toBe('pass');
  });

  it.each<[number, RuleResultValue[]]>([
    [1, ['error', 'error']],
    [2, ['unknown']],
    [3, ['error', 'unknown', 'notapplicable', 'notselected']],
  ])(
    '%i. a current scan in which no check passed or failed (%j) is an error: its checks did not run',
    (_n, results) => {
      const current = scan(results.map((result, i) => outcome(stigRuleId(i + 1), result)));
      expect(() => compareScans(current)).toThrow(ConfigurationError);
      expect(() => compareScans(current)).toThrow(
        /no check ran in the current scan: every evaluated rule ended in error or unknown .*scan\.log/,
      );
      expect(() => compareScans(current, current)).toThrow(/no check ran in the current scan/);
      expect(() =>
        evaluateGate({
          current,
          inheritedFromHost: false,
          policy: { ...DEFAULT_POLICY, failOn: 'none' },
          now: new Date(0),
        }),
      ).toThrow(/never a pass/);
    },
  );

  it('one rule that passed or failed makes it a scan: its errors are failures', () => {
    for (const ran of ['pass', 'fail', 'fixed'] as const) {
      const current = scan([outcome(stigRuleId(1), 'error'), outcome(stigRuleId(2), ran)]);
      expect(
        evaluateGate({ current, inheritedFromHost: false, policy: DEFAULT_POLICY, now: new Date(0) }).verdict,
      ).toBe('fail');
    }
  });

  it('a baseline whose every check errored is an error naming the baseline', () => {
    const baseline = scan([outcome(ID, 'error')], { source: 'old.xml' });
    expect(() => compareScans(scan([outcome(ID, 'pass')]), baseline)).toThrow(
      /old\.xml: no check ran in the baseline scan: every evaluated rule ended in error or unknown \(1 error\)/,
    );
  });

  it('a baseline that evaluated nothing is an error naming the baseline', () => {
    const baseline = scan([outcome(ID, 'notselected')], { source: 'old.xml' });
    expect(() => compareScans(scan([outcome(ID, 'pass')]), baseline)).toThrow(
      /old\.xml: nothing was evaluated in the baseline scan \(all 1 rules are notselected\)/,
    );
  });

  it('scans with no rule in common are an error', () => {
    const current = scan([outcome(stigRuleId(1), 'pass')], { benchmark: { id: 'xccdf_a_benchmark_one' } });
    const baseline = scan([outcome(stigRuleId(2), 'pass')], { benchmark: { id: 'xccdf_b_benchmark_two' } });
    expect(() => compareScans(current, baseline)).toThrow(
      /xccdf_a_benchmark_one.*xccdf_b_benchmark_two.*have no rule in common/s,
    );
  });

  it.each<[number, Parameters<typeof scan>[1], RegExp]>([
    [
      1,
      { benchmark: { id: 'xccdf_other_benchmark_x', version: '1.0' } },
      /from benchmark xccdf_other_benchmark_x/,
    ],
    [2, { benchmark: { id: 'xccdf_test_benchmark_b', version: '0.9' } }, /benchmark version 0\.9/],
    [3, { profile: { id: 'xccdf_other_profile' } }, /profile xccdf_other_profile/],
  ])(
    '%i. a different benchmark, version or profile that still shares rules is a notice',
    (_n, overrides, message) => {
      const { warnings, notices } = compareScans(scan([ANCHOR]), scan([ANCHOR], overrides));
      expect(notices).toEqual([expect.stringMatching(message)]);
      expect(warnings).toEqual([]);
    },
  );
});
