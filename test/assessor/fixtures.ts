/** The models the format tests share: the real samples, a user waiver, the inherited set, hostile text. */
import { findingDetails, resultText } from '../../src/assessor/finding-text.js';
import type { EvidenceModel } from '../../src/assessor/model.js';
import type { Waiver } from '../../src/gate/types.js';
import { readResultsFile } from '../../src/results/read.js';
import { CLEAN_ARF, CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';
import { build, HOSTILE, largeScan, readBuilt, type Built } from './support.js';

/** A failing rule of the clean sample that is not in the inherited-from-host set. */
export const WAIVED_RULE = 'xccdf_mil.disa.stig_rule_SV-263652r982557_rule';

export const WAIVER: Waiver = {
  rule: 'SV-263652',
  reason: 'Dropbear is the break-glass path; ticket SEC-12',
  owner: 'platform-team',
  expires: '2027-01-31',
  origin: '.stig-gate/waivers.yml entry 1 (SV-263652)',
};

/** Remote-access scan gated against the clean baseline, with a user waiver and the inherited set on. */
export async function remoteAccess(): Promise<Built> {
  const [current, baseline] = await Promise.all([
    readResultsFile(REMOTE_ACCESS_RESULTS),
    readResultsFile(CLEAN_RESULTS),
  ]);
  return build(current, { baseline, waivers: [WAIVER], inherited: true });
}

export async function clean(): Promise<Built> {
  return build(await readResultsFile(CLEAN_RESULTS));
}

export async function cleanArf(): Promise<Built> {
  return build(await readResultsFile(CLEAN_ARF), { inherited: true });
}

export async function large(): Promise<Built> {
  return build(await largeScan());
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A scan whose failing rule has a hostile title (through the XML reader), a waiver with hostile text, and
 * hostile evidence lines put in the model's evidence slot (as the scan's own evidence will be).
 */
export async function hostile(): Promise<Built & { ruleId: string }> {
  const ruleId = 'xccdf_mil.disa.stig_rule_SV-400001r900001_rule';
  const current = await readBuilt([
    { id: ruleId, result: 'fail', severity: 'high', title: escapeXml(HOSTILE) },
    { id: 'xccdf_mil.disa.stig_rule_SV-400002r900002_rule', result: 'pass', title: 'Plain' },
  ]);
  const built = build(current, {
    waivers: [
      {
        rule: 'SV-400001',
        reason: HOSTILE,
        owner: '=cmd',
        origin: 'waivers.yml entry 1',
        expires: '2027-01-01',
      },
    ],
  });
  withEvidence(built.model, ruleId, HOSTILE.split('\n'));
  return { ...built, ruleId };
}

/** Puts evidence lines in a rule's slot and renders its finding details again, as the builder does. */
export function withEvidence(model: EvidenceModel, ruleId: string, lines: string[]): void {
  const rule = model.rules.find((r) => r.ruleId === ruleId)!;
  rule.evidence = { lines };
  rule.resultText = resultText(rule);
  rule.findingDetails = findingDetails(rule, model.facts);
}
