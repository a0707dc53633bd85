import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  evaluateGate,
  INHERITED_RULE_COUNT,
  inheritedCategories,
} from '../../src/gate/index.js';
import { indexInherited, inheritedFromHost } from '../../src/gate/inherited.js';
import { outcome, scan } from './build-scan.js';

const ASLR_RULE = 'xccdf_mil.disa.stig_rule_SV-203754r958928_rule';

describe('the inherited-from-host set', () => {
  it('loads the reviewed data: every rule joined with its category explanation', () => {
    expect(INHERITED_RULE_COUNT).toBeGreaterThan(0);
    expect(Object.keys(inheritedCategories())).toContain('aslr');
    expect(inheritedFromHost({ ruleId: ASLR_RULE })).toMatchObject({
      stigId: 'SV-203754',
      category: 'aslr',
      categoryText: inheritedCategories().aslr,
    });
  });

  it('matches by full rule id only: another revision is not covered until reviewed', () => {
    expect(inheritedFromHost({ ruleId: 'xccdf_mil.disa.stig_rule_SV-203754r1_rule' })).toBeUndefined();
  });

  it('is opt-in, and only takes failures: a passing inherited rule stays where it was', () => {
    const current = scan([
      outcome(ASLR_RULE, 'fail', 'medium'),
      outcome('xccdf_mil.disa.stig_rule_SV-203593r958368_rule', 'pass'),
    ]);
    const input = { current, policy: DEFAULT_POLICY, now: new Date(0) };
    const off = evaluateGate({ ...input, inheritedFromHost: false });
    expect(off.verdict).toBe('fail');
    expect(off.inheritedFromHost).toEqual([]);
    const on = evaluateGate({ ...input, inheritedFromHost: true });
    expect(on.verdict).toBe('pass');
    expect(on.inheritedFromHost).toEqual([
      expect.objectContaining({
        ruleId: ASLR_RULE,
        inherited: expect.objectContaining({ category: 'aslr' }),
      }),
    ]);
    expect(on.counts).toMatchObject({ inheritedFromHost: 1, newFailures: 0, unchanged: 1 });
    expect(on.reason).toBe(
      'gate passed: no new failures at low severity (CAT III) or higher (1 inherited from host)',
    );
  });

  it('a user waiver for the same rule takes precedence and shows its own reason', () => {
    const current = scan([outcome(ASLR_RULE, 'fail')]);
    const waivers = [{ rule: 'SV-203754', reason: 'ours', origin: 'w entry 1 (SV-203754)' }];
    const result = evaluateGate({
      current,
      waivers,
      inheritedFromHost: true,
      policy: DEFAULT_POLICY,
      now: new Date(0),
    });
    expect(result.waived.map((rule) => rule.waiver?.reason)).toEqual(['ours']);
    expect(result.inheritedFromHost).toEqual([]);
  });

  it('data naming an undeclared category is rejected at load', () => {
    const rule = { ruleId: 'r', stigId: 'SV-1', category: 'nope', rationale: 'x', source: 'rationale' };
    expect(() => indexInherited({ aslr: 'text' }, [rule])).toThrow("r names undeclared category 'nope'");
  });
});
