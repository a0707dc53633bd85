/**
 * Checks that did not run (OpenSCAP error, unknown, notchecked) and severities the content does not give:
 * the record says Not Reviewed and one severity in every format; the gate's verdict is what it was.
 */
import { XMLParser } from 'fast-xml-parser';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCkl } from '../../src/assessor/ckl.js';
import { renderCklb } from '../../src/assessor/cklb.js';
import { renderHdf } from '../../src/assessor/hdf.js';
import { renderManifest } from '../../src/assessor/manifest.js';
import { renderOscalAssessmentResults } from '../../src/assessor/oscal-ar.js';
import { poamRules } from '../../src/assessor/poam.js';
import { readResultsFile } from '../../src/results/read.js';
import { RHEL8_OPENSCAP_RESULTS } from '../support/paths.js';
import { benchmarkXml } from '../support/xccdf-builder.js';
import { build, readBuilt, xmllintCkl } from './support.js';

const cklParser = new XMLParser({
  parseTagValue: false,
  isArray: (name) => ['VULN', 'STIG_DATA'].includes(name),
});

interface CklVuln {
  STIG_DATA: { VULN_ATTRIBUTE: string; ATTRIBUTE_DATA: string }[];
  STATUS: string;
  FINDING_DETAILS: string;
}

function cklVulns(ckl: string): CklVuln[] {
  return (cklParser.parse(ckl) as { CHECKLIST: { STIGS: { iSTIG: { VULN: CklVuln[] } } } }).CHECKLIST.STIGS
    .iSTIG.VULN;
}

const field = (vuln: CklVuln, name: string) =>
  vuln.STIG_DATA.find((d) => d.VULN_ATTRIBUTE === name)?.ATTRIBUTE_DATA;

describe('checks that did not run', () => {
  it("DISA's RHEL 8 sample by OpenSCAP: 21 errors are Not Reviewed everywhere, never a weakness; the gate still fails on them", async () => {
    const current = await readResultsFile(RHEL8_OPENSCAP_RESULTS);
    expect(current.counts).toMatchObject({ fail: 166, pass: 61, error: 21 });
    const { model, result } = build(current);
    // The verdict and the gate's lists are as before: error fails closed.
    expect(result.verdict).toBe('fail');
    expect(result.newFailures).toHaveLength(166 + 21);
    expect(model.counts).toEqual({ open: 166, not_a_finding: 61, not_applicable: 0, not_reviewed: 21 });
    expect(model.notRun).toEqual({ error: 21, unknown: 0, notchecked: 0 });
    expect(renderManifest(model, []).checksNotRun).toEqual({ error: 21, unknown: 0, notchecked: 0 });
    const errors = new Set(current.rules.filter((r) => r.result === 'error').map((r) => r.ruleId));

    const vulns = cklVulns(renderCkl(model));
    const cklb = renderCklb(model).stigs[0]!.rules;
    const hdf = renderHdf(model).profiles[0]!.controls;
    for (const [index, rule] of model.rules.entries()) {
      if (!errors.has(rule.ruleId)) continue;
      expect(vulns[index]!.STATUS).toBe('Not_Reviewed');
      // DISA's sample records no reason: the fixed text.
      expect(vulns[index]!.FINDING_DETAILS).toContain(
        'The check could not run (OpenSCAP error): nothing was observed',
      );
      expect(cklb[index]!.status).toBe('not_reviewed');
      expect(hdf[index]!.results[0]!.status).toBe('skipped');
      expect(hdf[index]!.impact).toBeGreaterThan(0);
    }
    expect(poamRules(model).some((r) => errors.has(r.ruleId))).toBe(false);
    expect(poamRules(model)).toHaveLength(166);
    const ar = renderOscalAssessmentResults(model)['assessment-results'].results[0]!;
    expect(ar.findings).toHaveLength(166);
    const statuses = ar.observations!.flatMap((o) =>
      (o.props ?? []).filter((p) => p.name === 'checklist-status').map((p) => p.value),
    );
    expect(statuses.filter((s) => s === 'not_reviewed')).toHaveLength(21);
  });

  it('unknown and notchecked are Not Reviewed too; notchecked is not a gate failure', async () => {
    const current = await readBuilt([
      { id: 'xccdf_mil.disa.stig_rule_SV-1r1_rule', result: 'unknown' },
      { id: 'xccdf_mil.disa.stig_rule_SV-2r1_rule', result: 'notchecked' },
      { id: 'xccdf_mil.disa.stig_rule_SV-3r1_rule', result: 'fail' },
    ]);
    const { model, result } = build(current);
    expect(result.newFailures.map((r) => r.ruleId)).toEqual([
      'xccdf_mil.disa.stig_rule_SV-1r1_rule',
      'xccdf_mil.disa.stig_rule_SV-3r1_rule',
    ]);
    expect(model.rules.map((r) => r.status)).toEqual(['not_reviewed', 'not_reviewed', 'open']);
    expect(model.notRun).toEqual({ error: 0, unknown: 1, notchecked: 1 });
  });
});

describe("the scanner's reason for a check that did not run", () => {
  const HASH = `$6$stiggate$${'aB3./'.repeat(17)}x`;
  const MESSAGE = `probe failed on <script>alert(1)</script> & ]]> for root:${HASH}:19000`;
  const escaped = MESSAGE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  it('is in the finding details as plain text, escaped in the CKL, a password hash redacted', async () => {
    const rule = 'xccdf_mil.disa.stig_rule_SV-1r1_rule';
    const other = 'xccdf_mil.disa.stig_rule_SV-2r1_rule';
    const xml = benchmarkXml(
      [
        { id: rule, result: 'error' },
        { id: other, result: 'pass' },
      ],
      {
        testResults: [
          `<TestResult id="xccdf_test_testresult_t"><benchmark href="#" id="xccdf_test_benchmark_b"/><rule-result idref="${rule}"><result>error</result><message severity="error">${escaped}</message></rule-result><rule-result idref="${other}"><result>pass</result></rule-result></TestResult>`,
        ],
      },
    );
    const file = join(mkdtempSync(join(tmpdir(), 'stig-gate-reason-')), 'results.xml');
    writeFileSync(file, xml);
    const { model } = build(await readResultsFile(file));
    const [evidence] = model.rules;
    expect(evidence!.status).toBe('not_reviewed');
    const ckl = renderCkl(model);
    expect(xmllintCkl(ckl).ok).toBe(true);
    const details = cklVulns(ckl)[0]!.FINDING_DETAILS;
    expect(details).toContain(
      'The check could not run (OpenSCAP error; the scanner says: "probe failed on <script>',
    );
    expect(details).toContain('& ]]> for root:');
    expect(details).not.toContain(HASH);
    expect(JSON.stringify(renderCklb(model))).not.toContain(HASH);
  });
});

describe('a severity the content does not give', () => {
  it('unknown is high and info low in CKL, CKLB, HDF and the POA&M; the finding details say so', async () => {
    const current = await readBuilt([
      { id: 'xccdf_mil.disa.stig_rule_SV-1r1_rule', result: 'fail', severity: 'unknown' },
      { id: 'xccdf_mil.disa.stig_rule_SV-2r1_rule', result: 'fail', severity: 'info' },
      { id: 'xccdf_mil.disa.stig_rule_SV-3r1_rule', result: 'fail' },
    ]);
    const { model } = build(current);
    expect(model.rules.map((r) => r.contentSeverity)).toEqual(['unknown', 'info', 'unknown']);
    const vulns = cklVulns(renderCkl(model));
    expect(vulns.map((v) => field(v, 'Severity'))).toEqual(['high', 'low', 'high']);
    expect(vulns[0]!.FINDING_DETAILS).toContain('the content gives this rule none');
    expect(renderCklb(model).stigs[0]!.rules.map((r) => r.severity)).toEqual(['high', 'low', 'high']);
    expect(renderHdf(model).profiles[0]!.controls.map((c) => c.impact)).toEqual([0.7, 0.3, 0.7]);
    expect(poamRules(model).map((r) => r.severity)).toEqual(['high', 'high', 'low']);
  });
});
