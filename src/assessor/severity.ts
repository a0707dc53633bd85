/**
 * The one severity every assessor format gives a rule. STIG Viewer, STIG Manager, hdf-converters (`saf
 * convert ckl2hdf`) and Heimdall know high, medium and low; SSG content leaves many rules `unknown` (XCCDF's
 * default) and some `info`, and a checklist that says so is refused by saf and loads nothing in Heimdall.
 * So: `unknown` is rated high (a rule whose content gives no severity fails closed, as the gate does) and
 * `info` low; each checklist's finding details say when the content gave none.
 */
import type { Severity } from '../results/model.js';

export type AssessedSeverity = 'high' | 'medium' | 'low';

export function assessedSeverity(severity: Severity): AssessedSeverity {
  switch (severity) {
    case 'high':
    case 'unknown':
      return 'high';
    case 'medium':
      return 'medium';
    case 'low':
    case 'info':
      return 'low';
  }
}

/** The finding-details line for a severity the content did not give; undefined when it gave one. */
export function severityNote(severity: Severity): string | undefined {
  switch (severity) {
    case 'unknown':
      return 'Severity: the content gives this rule none (XCCDF unknown); rated high, failing closed.';
    case 'info':
      return 'Severity: the content rates this rule info; rated low.';
    default:
      return undefined;
  }
}
