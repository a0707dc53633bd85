import { describe, expect, it } from 'vitest';
import { compareIds } from '../../src/results/model.js';

describe('compareIds', () => {
  it.each([
    [1, 'SV-9', 'SV-10', -1],
    [2, 'SV-263652', 'SV-263651', 1],
    [3, 'SV-263652', 'SV-263652', 0],
    [4, 'SV-007', 'SV-7', -1],
    [5, 'SV-07', 'SV-8', -1],
    [6, 'SV-100r1_rule', 'SV-100r12_rule', -1],
    [7, 'SV-100', 'SV-100r1', -1],
    [8, 'a', 'B', 1],
    [9, 'rule_b', 'rule_a', 1],
    [10, '', 'x', -1],
    [11, 'x2y', 'x10', -1],
    [
      12,
      'xccdf_mil.disa.stig_rule_SV-263651r982555_rule',
      'xccdf_mil.disa.stig_rule_SV-263653r982229_rule',
      -1,
    ],
  ])('%i. %s vs %s → %i', (_n, a, b, expected) => {
    expect(Math.sign(compareIds(a, b))).toBe(expected);
    expect(Math.sign(compareIds(b, a))).toBe(-expected || 0);
  });

  it('sorts numerically and the same way whatever the locale', () => {
    const ids = ['SV-10', 'SV-9', 'SV-100', 'SV-1', 'V-2', 'SV-09a', 'SV-9b'];
    expect([...ids].sort(compareIds)).toEqual(['SV-1', 'SV-9', 'SV-09a', 'SV-9b', 'SV-10', 'SV-100', 'V-2']);
  });
});
