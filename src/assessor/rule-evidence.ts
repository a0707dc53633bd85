/**
 * The one place a rule's own scan evidence (what the OVAL/SCE check looked at and found) enters the
 * evidence model: rendered as plain text lines by the reports' own renderer, so every format (CKLB, CKL,
 * OSCAL observations, HDF messages, POA&M descriptions) shows what the Markdown and text reports show.
 */
import { evidenceLines } from '../report/why-text.js';
import type { RuleOutcome } from '../results/model.js';
import type { RuleEvidence } from './model.js';

/** The rule's evidence as plain text lines, or undefined when the scan recorded none for it. */
export function ruleEvidence(outcome: RuleOutcome): RuleEvidence | undefined {
  return outcome.evidence === undefined ? undefined : { lines: evidenceLines(outcome.evidence) };
}
