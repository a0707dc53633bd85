import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/assessor/build-model.js';
import { groupId, shortRuleId } from '../../src/assessor/stig-ids.js';
import { RULE_RESULT_VALUES } from '../../src/results/model.js';
import type { Built } from './support.js';
import { clean, cleanArf, large, remoteAccess, WAIVED_RULE } from './fixtures.js';

/** The checklist counts the gate's counts say there must be. */
function expectedCounts({ result, current }: Built) {
  const c = current.counts;
  return {
    open: result.counts.failed - result.counts.inheritedFromHost,
    not_a_finding: c.pass + c.fixed,
    not_applicable: c.notapplicable + result.counts.inheritedFromHost,
    not_reviewed: c.notchecked + c.informational,
  };
}

describe('the evidence model', () => {
  it('1. maps every XCCDF result as documented; notselected is left out', () => {
    const table = Object.fromEntries(RULE_RESULT_VALUES.map((v) => [v, statusOf(v)]));
    expect(table).toEqual({
      pass: 'not_a_finding',
      fixed: 'not_a_finding',
      fail: 'open',
      error: 'open',
      unknown: 'open',
      notapplicable: 'not_applicable',
      notchecked: 'not_reviewed',
      informational: 'not_reviewed',
      notselected: undefined,
    });
  });

  it.each([
    ['2. clean sample', clean],
    ['3. clean ARF, inherited set on', cleanArf],
    ['4. remote-access vs clean, waiver and inherited set', remoteAccess],
    ['5. 2,000 synthetic rules', large],
  ])('%s: counts per status equal the gate counts', async (_name, make) => {
    const built = await make();
    expect(built.model.counts).toEqual(expectedCounts(built));
    const tally = { open: 0, not_a_finding: 0, not_applicable: 0, not_reviewed: 0 };
    for (const rule of built.model.rules) tally[rule.status] += 1;
    expect(tally).toEqual(built.model.counts);
    expect(built.model.rules.length).toBe(built.current.rules.length - built.current.counts.notselected);
  });

  it('6. a waived failure stays open, with reason, owner and expiry in the comments', async () => {
    const { model } = await remoteAccess();
    const rule = model.rules.find((r) => r.ruleId === WAIVED_RULE)!;
    expect(rule).toMatchObject({ status: 'open', gateClass: 'waived', result: 'fail' });
    expect(rule.comments).toContain('Dropbear is the break-glass path; ticket SEC-12');
    expect(rule.comments).toContain('Owner: platform-team');
    expect(rule.comments).toContain('Expires: 2027-01-31');
  });

  it('7. an inherited-from-host failure is not applicable with its documented rationale', async () => {
    const { model, result } = await remoteAccess();
    expect(result.inheritedFromHost.length).toBeGreaterThan(0);
    const inherited = result.inheritedFromHost[0]!;
    const rule = model.rules.find((r) => r.ruleId === inherited.ruleId)!;
    expect(rule).toMatchObject({
      status: 'not_applicable',
      gateClass: 'inherited-from-host',
      result: 'fail',
    });
    expect(rule.comments).toContain(inherited.inherited!.rationale);
  });

  it('8. short ids as STIG Viewer shows them; the group id derived from the SV- number', async () => {
    const { model } = await clean();
    const rule = model.rules.find((r) => r.ruleId === 'xccdf_mil.disa.stig_rule_SV-203591r958362_rule')!;
    expect(rule).toMatchObject({ stigRuleId: 'SV-203591r958362', vulnId: 'V-203591' });
    expect(rule.title).toBe(
      'The operating system must provide automated mechanisms for supporting account management functions.',
    );
    expect(rule.checkContent).toMatch(/^Script Verification: To manually verify, run command/);
    expect(rule.checkContent).toContain(
      'Automated check: http://oval.mitre.org/XMLSchema/oval-definitions-5',
    );
    expect(rule.discussion).not.toContain('Script Verification');
    expect(rule.ccis).toEqual(['CCI-000015']);
    expect(rule.controls).toEqual(['AC-2 (1)']);
    expect(shortRuleId({ ruleId: 'plain_rule', stig: { cci: [], srg: [] } })).toBe('plain_rule');
    expect(groupId({ ruleId: 'x', stig: { vulnId: 'V-9', cci: [], srg: [] } })).toBe('V-9');
  });

  it('9. detection date: the baseline scan for a rule failing there too, else this scan', async () => {
    const { model, result } = await remoteAccess();
    const still = model.rules.find((r) => r.gateClass === 'still-failing')!;
    const fresh = model.rules.find((r) => r.gateClass === 'new-failure')!;
    expect(still.detectedAt).toBe(result.baseline!.startTime);
    expect(fresh.detectedAt).toBe(result.current.startTime);
  });
});
