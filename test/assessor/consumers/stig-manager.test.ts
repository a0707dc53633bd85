/**
 * STIG Manager's own parsers on our checklists: every rule of the gate reaches STIG Manager under the id
 * its rule library (and its own XCCDF import) uses, with the gate's status, and both checklists give one
 * benchmark and one revision.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCkl } from '../../../src/assessor/ckl.js';
import { renderCklb } from '../../../src/assessor/cklb.js';
import type { EvidenceModel, EvidenceStatus } from '../../../src/assessor/model.js';
import { SAMPLES } from './samples.js';
import { stigManager, type ParsedChecklist, type ReviewResult } from './stig-manager.js';

/** What STIG Manager records for each checklist status (its resultMap; Not_Reviewed imported as notchecked). */
const RESULT: Record<EvidenceStatus, ReviewResult> = {
  not_a_finding: 'pass',
  open: 'fail',
  not_applicable: 'notapplicable',
  not_reviewed: 'notchecked',
};

/** The reviews the gate's model must give: by DISA's rule id as STIG Manager keys its rules. */
function expectedReviews(model: EvidenceModel): Record<string, ReviewResult> {
  return Object.fromEntries(model.rules.map((r) => [`${r.stigRuleId}_rule`, RESULT[r.status]]));
}

function reviewsOf(checklist: ParsedChecklist): Record<string, ReviewResult> {
  return Object.fromEntries(checklist.reviews.map((r) => [r.ruleId, r.result]));
}

describe("STIG Manager's parsers (stig-manager-client-modules) on our checklists", () => {
  it.each(SAMPLES)(
    '$name: CKL and CKLB give every rule with its status, one benchmark and one revision',
    async (sample) => {
      const { model } = await sample.make();
      const fromCkl = stigManager.ckl(renderCkl(model));
      const fromCklb = stigManager.cklb(JSON.stringify(renderCklb(model)));
      expect(fromCkl.errors).toEqual([]);
      for (const parsed of [fromCkl, fromCklb]) {
        expect(parsed.target.name).toBe('registry.example/app:1.0');
        expect(parsed.checklists).toHaveLength(1);
        const [checklist] = parsed.checklists;
        expect(checklist!.benchmarkId).toBe(sample.benchmarkId);
        expect(checklist!.revisionStr).toBe(sample.revision);
        expect(checklist!.reviews).toHaveLength(model.rules.length);
        expect(reviewsOf(checklist!)).toEqual(expectedReviews(model));
        expect(checklist!.stats.fail).toBe(model.counts.open);
        expect(checklist!.stats.pass).toBe(model.counts.not_a_finding);
        expect(checklist!.stats.notapplicable).toBe(model.counts.not_applicable);
        expect(checklist!.stats.notchecked).toBe(model.counts.not_reviewed);
      }
    },
  );

  it.each(SAMPLES)(
    "$name: the rule ids are the ones STIG Manager's own import of the scanner's results gives",
    async (sample) => {
      const { model } = await sample.make();
      const fromResults = stigManager.xccdf(readFileSync(sample.file, 'utf8'));
      const idsFromResults = fromResults.checklists[0]!.reviews.map((r) => r.ruleId).sort();
      const fromCklb = stigManager.cklb(JSON.stringify(renderCklb(model)));
      expect(fromCklb.checklists[0]!.reviews.map((r) => r.ruleId).sort()).toEqual(idsFromResults);
      expect(fromCklb.checklists[0]!.benchmarkId).toBe(fromResults.checklists[0]!.benchmarkId);
    },
  );
});
