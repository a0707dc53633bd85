/**
 * What results mean, for every layer after the reader: which results fail, a rule's STIG id and DISA's
 * category for a severity. It lives with the model so that the gate, the reports and publishing share one
 * vocabulary and the data flows one way (results → gate → report).
 */
import type { RuleOutcome, RuleResultValue, Severity } from './model.js';

/**
 * Results that count as failing. `error` and `unknown` mean the check could not vouch for the rule, so a
 * gate treats them as failures: it fails closed.
 */
export function isFailing(result: RuleResultValue): boolean {
  switch (result) {
    case 'fail':
    case 'error':
    case 'unknown':
      return true;
    case 'pass':
    case 'notapplicable':
    case 'notchecked':
    case 'notselected':
    case 'informational':
    case 'fixed':
      return false;
  }
}

/** The short id an assessor looks for: the STIG rule id (SV-…) where there is one, else the XCCDF id. */
export function stigLabel(rule: Pick<RuleOutcome, 'ruleId' | 'stig'>): string {
  return rule.stig.ruleId ?? rule.ruleId;
}

/** DISA's category for a severity: high is CAT I, medium CAT II, low CAT III. */
export function stigCategory(severity: Severity): string | undefined {
  switch (severity) {
    case 'high':
      return 'CAT I';
    case 'medium':
      return 'CAT II';
    case 'low':
      return 'CAT III';
    case 'info':
    case 'unknown':
      return undefined;
  }
}
