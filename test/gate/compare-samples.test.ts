import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, evaluateGate, type GateResult } from '../../src/gate/index.js';
import { gateFiles } from '../../src/pipeline/gate-files.js';
import { readResultsFile } from '../../src/results/read.js';
import { CLEAN_ARF, CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';

const REMOTE_ACCESS_RULE = 'xccdf_mil.disa.stig_rule_SV-263652r982557_rule';
const NOW = new Date('2026-11-23T12:00:00Z');

const ids = (rules: readonly { ruleId: string }[]) => rules.map((rule) => rule.ruleId);

async function gate(current: string, baseline?: string, inheritedFromHost = false): Promise<GateResult> {
  return gateFiles({ current, baseline, inheritedFromHost, policy: DEFAULT_POLICY, now: NOW });
}

describe('the gate on real oscap output (../shared/scap/samples)', () => {
  it('1. clean baseline, remote-access current: 46 new failures including SV-263652, 0 fixed, gate fails', async () => {
    const result = await gate(REMOTE_ACCESS_RESULTS, CLEAN_RESULTS);
    expect(result.verdict).toBe('fail');
    expect(result.counts).toMatchObject({
      newFailures: 46,
      fixed: 0,
      stillFailing: 10,
      counted: 46,
      failed: 56,
    });
    expect(ids(result.newFailures)).toContain(REMOTE_ACCESS_RULE);
    const rule = result.newFailures.find((r) => r.ruleId === REMOTE_ACCESS_RULE)!;
    expect(rule).toMatchObject({
      result: 'fail',
      baselineResult: 'pass',
      severity: 'medium',
      meetsThreshold: true,
    });
    expect(rule.stig.ruleId).toBe('SV-263652');
    expect(result.reason).toBe(
      'gate failed: 46 new failures at low severity (CAT III) or higher (10 still failing)',
    );
    expect(result.warnings).toEqual([]);
    // Every rule lands in exactly one class.
    const c = result.counts;
    expect(
      c.newFailures +
        c.fixed +
        c.stillFailing +
        c.waived +
        c.inheritedFromHost +
        c.newRules +
        c.removedRules +
        c.unchanged,
    ).toBe(198);
  });

  it('2. swapped: 0 new failures, 46 fixed, gate passes', async () => {
    const result = await gate(CLEAN_RESULTS, REMOTE_ACCESS_RESULTS);
    expect(result.verdict).toBe('pass');
    expect(result.counts).toMatchObject({ newFailures: 0, fixed: 46, stillFailing: 10, counted: 0 });
    expect(ids(result.fixed)).toContain(REMOTE_ACCESS_RULE);
    expect(result.fixed.every((rule) => rule.baselineResult === 'fail' && rule.result === 'pass')).toBe(true);
  });

  it('3. the ARF sample as baseline gives the same answer as the XCCDF results', async () => {
    const [fromXccdf, fromArf] = await Promise.all([
      gate(REMOTE_ACCESS_RESULTS, CLEAN_RESULTS),
      gate(REMOTE_ACCESS_RESULTS, CLEAN_ARF),
    ]);
    expect(fromArf.verdict).toBe('fail');
    expect(fromArf.counts).toEqual(fromXccdf.counts);
    expect(ids(fromArf.newFailures)).toEqual(ids(fromXccdf.newFailures));
    expect(ids(fromArf.stillFailing)).toEqual(ids(fromXccdf.stillFailing));
    expect(fromArf.baseline?.format).toBe('arf');
  });

  it('4. without a baseline every failure is new', async () => {
    const result = await gate(REMOTE_ACCESS_RESULTS);
    expect(result.counts).toMatchObject({
      newFailures: 56,
      fixed: 0,
      stillFailing: 0,
      newRules: 0,
      removedRules: 0,
    });
    expect(result.newFailures.every((rule) => rule.baselineResult === undefined)).toBe(true);
    expect(result.baseline).toBeUndefined();
  });

  it('5. a scan against itself changes nothing and passes', async () => {
    const result = await gate(CLEAN_RESULTS, CLEAN_ARF);
    expect(result.verdict).toBe('pass');
    expect(result.counts).toMatchObject({ newFailures: 0, fixed: 0, stillFailing: 10, unchanged: 188 });
  });

  it('6. lists are ordered most severe first, then by STIG number', async () => {
    const result = await gate(REMOTE_ACCESS_RESULTS, CLEAN_RESULTS);
    const ranks = result.newFailures.map((rule) => ['high', 'medium', 'low'].indexOf(rule.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(result.newFailures[0]!.severity).toBe('high');
  });

  it('7. inherited from host (opt-in) moves the documented container false positives out of the failures', async () => {
    const off = await gate(REMOTE_ACCESS_RESULTS, CLEAN_RESULTS, false);
    const on = await gate(REMOTE_ACCESS_RESULTS, CLEAN_RESULTS, true);
    expect(off.inheritedFromHost).toEqual([]);
    expect(on.inheritedFromHost.length).toBeGreaterThan(0);
    expect(on.counts.inheritedFromHost + on.counts.stillFailing + on.counts.newFailures).toBe(56);
    for (const rule of on.inheritedFromHost) {
      expect(rule.inherited?.category).toBeTruthy();
      expect(rule.inherited?.categoryText.length).toBeGreaterThan(20);
      expect(ids(on.newFailures)).not.toContain(rule.ruleId);
      expect(ids(on.stillFailing)).not.toContain(rule.ruleId);
    }
    // ASLR and non-executable memory are the two inherited rules the clean Debian image fails.
    expect(on.inheritedFromHost.map((rule) => rule.inherited?.category)).toEqual(['aslr', 'aslr']);
  });

  it('8. evaluateGate is a plain function of its input: the same input gives the same result', async () => {
    const [current, baseline] = await Promise.all([
      readResultsFile(REMOTE_ACCESS_RESULTS),
      readResultsFile(CLEAN_RESULTS),
    ]);
    const input = { current, baseline, inheritedFromHost: true, policy: DEFAULT_POLICY, now: NOW };
    expect(evaluateGate(input)).toEqual(evaluateGate(input));
  });
});
