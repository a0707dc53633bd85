/**
 * The FedRAMP POA&M's "Open POA&M Items" sheet as CSV (`stig-gate-poam.csv`): one row per item (see
 * {@link poamRules}), the template's columns in its order. csv-stringify writes RFC 4180 (CRLF, quotes
 * doubled, every cell with a comma, quote, CR or LF quoted) and neutralises formulas: a cell starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (rule text and evidence come
 * from the scanned image).
 */
import { stringify } from 'csv-stringify/sync';
import type { EvidenceModel, EvidenceRule } from './model.js';
import {
  assetIdentifier,
  detectorSource,
  deviationRationale,
  isoDay,
  poamRules,
  remediationPlan,
  riskRating,
  scheduledCompletion,
} from './poam.js';

/** The FedRAMP POA&M template's "Open POA&M Items" columns, in order. */
export const POAM_COLUMNS = [
  'POAM ID',
  'Controls',
  'Weakness Name',
  'Weakness Description',
  'Weakness Detector Source',
  'Weakness Source Identifier',
  'Asset Identifier',
  'Point of Contact',
  'Resources Required',
  'Overall Remediation Plan',
  'Original Detection Date',
  'Scheduled Completion Date',
  'Planned Milestones',
  'Milestone Changes',
  'Status Date',
  'Vendor Dependency',
  'Last Vendor Check-in Date',
  'Vendor Dependent Product Name',
  'Original Risk Rating',
  'Adjusted Risk Rating',
  'Risk Adjustment',
  'False Positive',
  'Operational Requirement',
  'Deviation Rationale',
  'Supporting Documents',
  'Comments',
  'Auto-Approve',
] as const;

function row(rule: EvidenceRule, model: EvidenceModel): string[] {
  const due = scheduledCompletion(rule, model);
  const inherited = rule.gateClass === 'inherited-from-host';
  const description = [rule.discussion, rule.findingDetails].filter(Boolean).join('\n\n');
  return [
    `${rule.stigRuleId}`,
    rule.controls.join(', '),
    rule.title,
    description,
    detectorSource(model),
    [`${rule.stigRuleId} (${rule.vulnId})`, rule.ruleId, ...rule.ccis].join('; '),
    assetIdentifier(model),
    rule.waiver?.owner ?? '',
    '',
    remediationPlan(rule),
    isoDay(rule.detectedAt ?? model.evaluatedAt),
    due,
    `1. Remediate ${rule.stigRuleId} and re-scan by ${due}`,
    '',
    isoDay(model.evaluatedAt),
    'No',
    '',
    '',
    riskRating(rule.severity),
    '',
    'No',
    inherited ? 'Yes' : 'No',
    rule.waiver ? 'Yes' : 'No',
    deviationRationale(rule),
    'stig-gate.cklb, stig-gate-oscal-ar.json, evidence.json',
    rule.comments,
    'No',
  ];
}

/** The CSV text: a header row and one row per POA&M item, most severe first as the checklist orders them. */
export function renderPoamCsv(model: EvidenceModel): string {
  return stringify([[...POAM_COLUMNS], ...poamRules(model).map((rule) => row(rule, model))], {
    record_delimiter: 'windows',
    escape_formulas: true,
    // csv-stringify quotes a cell holding the record delimiter (CRLF), not a lone CR or LF: Python's csv,
    // pandas and spreadsheets then split the row. RFC 4180 quotes any line break, and edge white space
    // keeps its quotes so no reader trims it.
    quoted_match: /^\s|\s$|[\r\n]/,
  });
}
