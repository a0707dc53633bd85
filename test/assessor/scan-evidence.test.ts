/**
 * The scan's own evidence (what the OVAL and SCE checks looked at and found, read from the ARF) reaches the
 * assessor formats: the finding details of a failing rule carry the same lines as the text report.
 */
import { describe, expect, it } from 'vitest';
import { renderCklb } from '../../src/assessor/cklb.js';
import { evidenceLines } from '../../src/report/why-text.js';
import { readResultsFile } from '../../src/results/read.js';
import { CLEAN_ARF, CLEAN_RESULTS } from '../support/paths.js';
import { build } from './support.js';

describe('scan evidence in the assessor formats', () => {
  it('a failing rule of the real ARF carries its OVAL evidence in its finding details', async () => {
    const current = await readResultsFile(CLEAN_ARF);
    const { model } = build(current);
    const failing = current.rules.filter((rule) => rule.evidence !== undefined);
    expect(failing.length).toBeGreaterThan(0);
    for (const outcome of failing) {
      const rule = model.rules.find((r) => r.ruleId === outcome.ruleId)!;
      expect(rule.evidence?.lines).toEqual(evidenceLines(outcome.evidence!));
      expect(rule.findingDetails).toContain(evidenceLines(outcome.evidence!)[0]!);
    }
    const cklb = renderCklb(model) as {
      stigs: { rules: { rule_id_src: string; finding_details: string }[] }[];
    };
    const first = failing[0]!;
    const inCklb = cklb.stigs[0]!.rules.find((r) => r.rule_id_src === first.ruleId)!;
    expect(inCklb.finding_details).toContain(evidenceLines(first.evidence!)[0]!);
  });

  it('XCCDF results alone give OVAL rules no evidence lines', async () => {
    const current = await readResultsFile(CLEAN_RESULTS);
    const { model } = build(current);
    const withLines = model.rules.filter((rule) => rule.evidence !== undefined);
    // Only SCE output is in XCCDF results; OVAL rules have none.
    expect(
      withLines.every(
        (rule) => current.rules.find((r) => r.ruleId === rule.ruleId)?.evidence?.kind === 'sce',
      ),
    ).toBe(true);
  });
});
