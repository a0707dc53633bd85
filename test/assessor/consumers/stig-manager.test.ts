/**
 * STIG Manager's own parsers on our checklists: every rule of the gate reaches STIG Manager under the id
 * its rule library (and its own XCCDF import) uses, with the gate's status, and both checklists give one
 * benchmark and one revision.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklistRuleId } from '../../../src/assessor/checklist-common.js';
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

/**
 * STIG Manager keys a review by its rule id cut to 45 characters (its rule library's column): a DISA id
 * (`SV-203591r958362_rule`) is whole, an SSG id (`xccdf_org.ssgproject.content_rule_…`) is cut, so two SSG
 * rules can share a key. Its own import of oscap's results cuts them the same way.
 */
const RULE_KEY_CHARS = 45;

/** The reviews the gate's model must give, in the scan's order: STIG Manager's key and result. */
function expectedReviews(model: EvidenceModel): [string, ReviewResult][] {
  return model.rules.map((r) => [checklistRuleId(r).slice(0, RULE_KEY_CHARS), RESULT[r.status]]);
}

function reviewsOf(checklist: ParsedChecklist): [string, ReviewResult][] {
  return checklist.reviews.map((r) => [r.ruleId, r.result]);
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
      const { model, current } = await sample.make();
      const fromResults = stigManager.xccdf(readFileSync(sample.file, 'utf8')).checklists[0]!;
      // Its import lists every rule of the benchmark, in the TestResult's order; the checklist is the
      // profile's (notselected rules left out).
      expect(fromResults.reviews).toHaveLength(current.rules.length);
      const profileIds = fromResults.reviews
        .filter((_, index) => current.rules[index]!.result !== 'notselected')
        .map((r) => r.ruleId);
      const fromCklb = stigManager.cklb(JSON.stringify(renderCklb(model))).checklists[0]!;
      expect(fromCklb.reviews.map((r) => r.ruleId)).toEqual(profileIds);
      expect(fromCklb.benchmarkId).toBe(fromResults.benchmarkId);
    },
  );
});
