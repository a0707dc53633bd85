/** The policy: which failures count (severity threshold) and which of them fail the gate (`failOn`). */
import type { Severity } from '../results/model.js';
import type { FailOn, GatePolicy, SeverityThreshold } from './types.js';

function thresholdRank(threshold: SeverityThreshold): number {
  switch (threshold) {
    case 'low':
      return 1;
    case 'medium':
      return 2;
    case 'high':
      return 3;
  }
}

/**
 * True when a failure of this severity counts under the threshold. `unknown` (no severity in the content)
 * always counts, since nothing shows it is minor; `info` never does, since the content says it is not a
 * finding.
 */
export function meetsThreshold(severity: Severity, threshold: SeverityThreshold): boolean {
  switch (severity) {
    case 'unknown':
      return true;
    case 'info':
      return false;
    case 'low':
    case 'medium':
    case 'high':
      return thresholdRank(severity) >= thresholdRank(threshold);
  }
}

/** The failures that decide the verdict under `failOn`: new ones, all of them, or none. */
export function countedFailures<T extends { meetsThreshold: boolean }>(
  failOn: FailOn,
  newFailures: readonly T[],
  stillFailing: readonly T[],
): T[] {
  switch (failOn) {
    case 'new':
      return newFailures.filter((rule) => rule.meetsThreshold);
    case 'any':
      return [...newFailures, ...stillFailing].filter((rule) => rule.meetsThreshold);
    case 'none':
      return [];
  }
}

/** `low severity (CAT III) or higher`, for messages. */
export function describeThreshold(threshold: SeverityThreshold): string {
  switch (threshold) {
    case 'low':
      return 'low severity (CAT III) or higher';
    case 'medium':
      return 'medium severity (CAT II) or higher';
    case 'high':
      return 'high severity (CAT I)';
  }
}

/** Policy as `fail-on new, severity ≥ low`. */
export function describePolicy(policy: GatePolicy): string {
  return `fail-on ${policy.failOn}, severity threshold ${policy.severityThreshold}`;
}
