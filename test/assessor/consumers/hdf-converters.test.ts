/**
 * hdf-converters' checklist mapper (`ChecklistResults`, the code `saf convert ckl2hdf` and Heimdall run on
 * a CKL) on our CKL, its output read by inspecjs as Heimdall reads it: every rule a control with its
 * group id, rule id, severity and the gate's status.
 */
import { ChecklistResults } from '@mitre/hdf-converters';
import { contextualizeEvaluation, convertFile } from 'inspecjs';
import { describe, expect, it } from 'vitest';
import { checklistRuleId } from '../../../src/assessor/checklist-common.js';
import { renderCkl } from '../../../src/assessor/ckl.js';
import type { EvidenceModel, EvidenceStatus } from '../../../src/assessor/model.js';
import { build, readBuilt } from '../support.js';
import { SAMPLES } from './samples.js';

/** Heimdall's status for each checklist status. */
const HEIMDALL: Record<EvidenceStatus, string> = {
  open: 'Failed',
  not_a_finding: 'Passed',
  not_applicable: 'Not Applicable',
  not_reviewed: 'Not Reviewed',
};

/** Our CKL through hdf-converters, then inspecjs: each control's id, tags and status as Heimdall shows it. */
function readCklAsHeimdall(model: EvidenceModel) {
  const converted = new ChecklistResults(renderCkl(model)).toHdf();
  const hdf = Array.isArray(converted) ? converted[0]! : converted;
  const evaluation = contextualizeEvaluation(convertFile(JSON.stringify(hdf), true)['1_0_ExecJson']!);
  return evaluation.contains[0]!.contains.map((control) => ({
    id: control.data.id,
    rid: control.data.tags.rid as string,
    severity: control.root.hdf.severity,
    status: control.root.hdf.status,
  }));
}

describe("hdf-converters' checklist mapper (saf convert ckl2hdf) on our CKL", () => {
  it.each(SAMPLES)('$name: every rule a control with its ids, severity and status', async (sample) => {
    const { model } = await sample.make();
    const controls = readCklAsHeimdall(model);
    expect(controls).toHaveLength(model.rules.length);
    expect(controls).toEqual(
      model.rules.map((rule) => ({
        id: rule.vulnId,
        rid: checklistRuleId(rule),
        severity: rule.severity,
        status: HEIMDALL[rule.status],
      })),
    );
  });

  it('a rule whose content gives no severity (SSG: unknown, or info) is read, as high and low', async () => {
    const current = await readBuilt([
      { id: 'xccdf_mil.disa.stig_rule_SV-1r1_rule', result: 'fail', severity: 'unknown' },
      { id: 'xccdf_mil.disa.stig_rule_SV-2r1_rule', result: 'pass', severity: 'info' },
      { id: 'xccdf_mil.disa.stig_rule_SV-3r1_rule', result: 'error' },
    ]);
    const { model } = build(current);
    // The builder puts its rules in one Group; hdf-converters merges controls of one id.
    const controls = readCklAsHeimdall({
      ...model,
      rules: model.rules.map((rule, index) => ({ ...rule, vulnId: `V-${index + 1}` })),
    });
    expect(controls.map((c) => [c.id, c.severity, c.status])).toEqual([
      ['V-1', 'high', 'Failed'],
      ['V-2', 'low', 'Passed'],
      ['V-3', 'high', 'Not Reviewed'],
    ]);
  });
});
