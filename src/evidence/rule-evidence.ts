/**
 * The one place a rule's own scan evidence (what the OVAL/SCE check looked at and found) enters the
 * evidence model. The results model does not carry typed evidence yet, so this returns nothing; once it
 * does, this returns that evidence rendered as plain text lines by the results layer's own renderer, and
 * every format (CKLB, CKL, OSCAL observations, HDF messages, POA&M descriptions) shows it unchanged.
 */
import type { RuleOutcome } from '../results/model.js';
import type { RuleEvidence } from './model.js';

/** The rule's evidence as plain text lines, or undefined when the scan recorded none for it. */
export function ruleEvidence(outcome: RuleOutcome): RuleEvidence | undefined {
  void outcome;
  return undefined;
}
