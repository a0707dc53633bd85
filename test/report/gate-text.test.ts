import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/gate/index.js';
import { gateText } from '../../src/report/gate-text.js';
import { outcome, scan, stigRuleId } from '../gate/build-scan.js';

describe('gateText', () => {
  const current = scan([
    outcome(stigRuleId(1), 'fail', 'high', { title: 'Red \u001b[31malert\u001b[0m\nsecond line' }),
    outcome(stigRuleId(2), 'fail', 'low'),
    outcome(stigRuleId(3), 'fail', 'medium'),
    outcome('xccdf_mil.disa.stig_rule_SV-203754r958928_rule', 'fail', 'medium', { title: 'ASLR' }),
  ]);
  const result = evaluateGate({
    current,
    waivers: [
      {
        rule: 'SV-3',
        reason: 'accepted\nby the ISSO',
        owner: 'sec',
        expires: '2030-01-01',
        origin: 'w.yml entry 1 (SV-3)',
      },
    ],
    inheritedFromHost: true,
    policy: { failOn: 'new', severityThreshold: 'medium' },
    now: new Date(0),
  });
  const text = gateText(result, 120);
  const lines = text.split('\n');

  it('starts with the verdict and the reason', () => {
    expect(lines[0]).toBe(
      'FAIL  gate failed: 1 new failure at medium severity (CAT II) or higher (1 waived, 1 inherited from host, 1 below the severity threshold)',
    );
    expect(text).toContain('baseline  none: every failure counts as new');
  });

  it('lists each failure on one line, without control characters, marking those below the threshold', () => {
    expect(text).not.toContain('\u001b');
    expect(lines).toContain('  high    SV-1       fail           Red [31malert [0m second line');
    expect(lines.find((line) => line.includes('SV-2 '))).toMatch(/fail\s+\[below threshold\] Title of/);
  });

  it('shows the waiver under a waived failure and the category of an inherited one', () => {
    const waived = lines.indexOf('Waived (1):');
    expect(lines[waived + 2]).toBe(
      '      waived: accepted by the ISSO (sec, until 2030-01-01, w.yml entry 1 (SV-3))',
    );
    expect(lines).toContain('  medium  SV-203754  fail           [aslr] ASLR');
  });
});
