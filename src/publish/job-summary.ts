/** The job summary's Markdown and the error annotations for new failures: plain functions over the result. */
import type { GateResult, GateRule } from '../gate/types.js';
import { oneLine } from '../report/escape.js';
import { evidenceSummary } from '../report/why-text.js';
import { stigCategory, stigLabel } from '../results/vocabulary.js';

/** GitHub refuses a step summary over 1 MiB; the margin leaves room for a note after the report. */
export const MAX_SUMMARY_BYTES = 1024 * 1024 - 4096;

/**
 * GitHub shows at most 10 error annotations per step, and the failed step's own message is one of them;
 * eight rules plus one "and N more" line leave room for it.
 */
export const MAX_RULE_ANNOTATIONS = 8;

export interface Annotation {
  title: string;
  message: string;
}

/**
 * One error annotation per new failure, most severe first (as the gate orders them), at most
 * `cap`, then one that counts the rest.
 */
export function newFailureAnnotations(result: GateResult, cap = MAX_RULE_ANNOTATIONS): Annotation[] {
  const title = `STIG gate${result.image ? `: ${result.image}` : ''}`;
  const shown = result.newFailures.slice(0, cap).map((rule) => ({ title, message: describeRule(rule) }));
  const rest = result.newFailures.length - shown.length;
  if (rest > 0) {
    shown.push({
      title,
      message: `…and ${rest} more new failure${rest === 1 ? '' : 's'}; the job summary and the report artifact list them all.`,
    });
  }
  return shown;
}

function describeRule(rule: GateRule): string {
  const category = stigCategory(rule.severity);
  const severity = category ? `${category}, ${rule.severity}` : rule.severity;
  const why = rule.evidence ? `. Why: ${evidenceSummary(rule.evidence)}` : '';
  return oneLine(`New failure ${stigLabel(rule)} (${severity}, ${rule.result}): ${rule.title}${why}`);
}
