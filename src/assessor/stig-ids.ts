/**
 * The short STIG ids STIG Viewer shows, from a DISA XCCDF rule id such as
 * `xccdf_mil.disa.stig_rule_SV-203591r958362_rule`: rule `SV-203591r958362`, group `V-203591`.
 *
 * The GPOS data stream's Groups are named by check (`xccdf_._group_ASLR`), not by V- id, so the group id
 * is derived: DISA numbers a rule and its group alike (SV-203591 is the rule of V-203591), and a group id
 * the file does carry (`stig.vulnId`) wins.
 */
import type { RuleOutcome } from '../results/model.js';

const SV_ID = /SV-(\d+)(r\d+)?/;

/** `SV-203591r958362`, or the XCCDF id when it has no SV- id. */
export function shortRuleId(rule: Pick<RuleOutcome, 'ruleId' | 'stig'>): string {
  if (rule.stig.ruleId) return `${rule.stig.ruleId}${rule.stig.revision ?? ''}`;
  const match = SV_ID.exec(rule.ruleId);
  return match ? `SV-${match[1]}${match[2] ?? ''}` : rule.ruleId;
}

/** `V-203591`: the file's group id where it has one, else derived from the SV- number, else the rule id. */
export function groupId(rule: Pick<RuleOutcome, 'ruleId' | 'stig'>): string {
  if (rule.stig.vulnId) return rule.stig.vulnId;
  const match = SV_ID.exec(rule.stig.ruleId ?? rule.ruleId);
  return match ? `V-${match[1]}` : rule.ruleId;
}
