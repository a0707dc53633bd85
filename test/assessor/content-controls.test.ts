/**
 * Controls from the content itself: SSG names CCIs and NIST SP 800-53 controls as `<reference>`s, not
 * idents. Every format carries them. The rule below has the shape of SSG's Debian content (an `unknown`
 * severity, references to DISA's CCI list and to SP 800-53 in SSG's notation).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCkl } from '../../src/assessor/ckl.js';
import { renderCklb } from '../../src/assessor/cklb.js';
import { renderHdf } from '../../src/assessor/hdf.js';
import { renderOscalAssessmentResults } from '../../src/assessor/oscal-ar.js';
import { renderPoamCsv } from '../../src/assessor/poam-csv.js';
import { normalizeControlId } from '../../src/results/xccdf.js';
import { readResultsFile } from '../../src/results/read.js';
import { build } from './support.js';

const RULE = 'xccdf_org.ssgproject.content_rule_accounts_password_minlen_login_defs';
const SSG_LIKE = `<?xml version="1.0" encoding="UTF-8"?>
<Benchmark xmlns="http://checklists.nist.gov/xccdf/1.2" id="xccdf_org.ssgproject.content_benchmark_DEBIAN12">
  <title>Guide to the Secure Configuration of Debian 12</title>
  <version>0.1.76</version>
  <Profile id="xccdf_org.ssgproject.content_profile_standard"><title>Standard</title></Profile>
  <Group id="xccdf_org.ssgproject.content_group_password_expiration">
    <title>Set Password Expiration Parameters</title>
    <Rule id="${RULE}" severity="unknown">
      <title>Set Password Minimum Length in login.defs</title>
      <reference href="https://public.cyber.mil/stigs/cci/">CCI-000205</reference>
      <reference href="https://public.cyber.mil/stigs/cci/">CCI-000366</reference>
      <reference href="http://nvlpubs.nist.gov/nistpubs/SpecialPublications/NIST.SP.800-53r4.pdf">IA-5(f),IA-5(1)(a),CM-6(a)</reference>
      <reference href="https://www.cisecurity.org/controls/">5.6.1</reference>
    </Rule>
  </Group>
  <TestResult id="xccdf_org.open-scap_testresult_standard" start-time="2026-01-01T00:00:00+00:00" end-time="2026-01-01T00:01:00+00:00">
    <benchmark id="xccdf_org.ssgproject.content_benchmark_DEBIAN12"/>
    <profile idref="xccdf_org.ssgproject.content_profile_standard"/>
    <target>debian12</target>
    <rule-result idref="${RULE}"><result>fail</result></rule-result>
  </TestResult>
</Benchmark>
`;

describe('controls from the content', () => {
  it("SSG's notation in DISA's form", () => {
    expect(['AC-2(4)', 'CM-6(a)', 'IA-5(1)(a)', 'AU-2', 'AC-17(2)'].map(normalizeControlId)).toEqual([
      'AC-2 (4)',
      'CM-6 a',
      'IA-5 (1) (a)',
      'AU-2',
      'AC-17 (2)',
    ]);
    // As SSG 0.1.65's Debian 11 content also writes them: spaced, and SP 800-53A objectives (their control).
    expect(
      ['AC-6 (1)', 'CM-7 (5) (b)', 'CM-6 b', 'AC-7 (a)', 'CM-6.1(iv)', 'AU-5.1(ii)', 'CM-5(6).1'].map(
        normalizeControlId,
      ),
    ).toEqual(['AC-6 (1)', 'CM-7 (5) (b)', 'CM-6 b', 'AC-7 a', 'CM-6', 'AU-5', 'CM-5 (6)']);
  });

  it('CCIs and SP 800-53 references reach the CKL, CKLB, HDF, OSCAL and the POA&M', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stig-gate-ssg-')), 'results.xml');
    writeFileSync(file, SSG_LIKE);
    const { model } = build(await readResultsFile(file));
    const [rule] = model.rules;
    expect(rule!.ccis).toEqual(['CCI-000205', 'CCI-000366']);
    // The content's own controls first, then those DISA's CCI list adds (CM-6 b for CCI-000366).
    expect(rule!.controls).toEqual(expect.arrayContaining(['IA-5 f', 'IA-5 (1) (a)', 'CM-6 a', 'CM-6 b']));
    expect(rule!.controls.slice(0, 3)).toEqual(['IA-5 f', 'IA-5 (1) (a)', 'CM-6 a']);
    expect(rule!.groupTitle).toBe('Set Password Expiration Parameters');
    expect(rule!.severity).toBe('high');

    const ckl = renderCkl(model);
    expect(ckl).toContain(
      '<VULN_ATTRIBUTE>CCI_REF</VULN_ATTRIBUTE><ATTRIBUTE_DATA>CCI-000205</ATTRIBUTE_DATA>',
    );
    expect(ckl).toContain('<VULN_ATTRIBUTE>Severity</VULN_ATTRIBUTE><ATTRIBUTE_DATA>high</ATTRIBUTE_DATA>');
    expect(renderCklb(model).stigs[0]!.rules[0]!.ccis).toEqual(['CCI-000205', 'CCI-000366']);
    const tags = renderHdf(model).profiles[0]!.controls[0]!.tags;
    expect(tags.cci).toEqual(['CCI-000205', 'CCI-000366']);
    expect(tags.nist).toEqual(rule!.controls);
    const ar = renderOscalAssessmentResults(model)['assessment-results'].results[0]!;
    expect(ar.findings![0]!.target['target-id']).toBe('ia-5_smt.f');
    expect(JSON.stringify(ar.findings![0]!.props)).toContain('IA-5 (1) (a)');
    expect(renderPoamCsv(model)).toContain('"IA-5 f, IA-5 (1) (a), CM-6 a');
  });
});
