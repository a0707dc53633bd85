/**
 * What the POA&M formats (the FedRAMP CSV and OSCAL's plan of action) share: which rules get an item,
 * their risk rating, and the FedRAMP remediation timeline.
 */
import { compareIds, severityRank, type Severity } from '../results/model.js';
import type { EvidenceModel, EvidenceRule } from './model.js';

/** FedRAMP's remediation timeline (days from detection) per risk rating. */
export const REMEDIATION_DAYS = { High: 30, Moderate: 90, Low: 180 } as const;
export type RiskRating = keyof typeof REMEDIATION_DAYS;

/** CAT I/II/III → High/Moderate/Low; a rule of unknown severity is rated High (failing closed), info Low. */
export function riskRating(severity: Severity): RiskRating {
  switch (severity) {
    case 'high':
    case 'unknown':
      return 'High';
    case 'medium':
      return 'Moderate';
    case 'low':
    case 'info':
      return 'Low';
  }
}

/**
 * The rules with a POA&M item: every Open finding (unwaived and waived), and each failure set apart as
 * inherited from the host, marked a false positive (the checklist shows it Not Applicable); most
 * severe first.
 */
export function poamRules(model: EvidenceModel): EvidenceRule[] {
  return model.rules
    .filter((rule) => rule.status === 'open' || rule.gateClass === 'inherited-from-host')
    .sort(
      (a, b) =>
        severityRank(a.severity) - severityRank(b.severity) ||
        compareIds(a.stigRuleId, b.stigRuleId) ||
        compareIds(a.ruleId, b.ruleId),
    );
}

/** `YYYY-MM-DD` of an ISO time (its UTC day); the text as given when it is not a time. */
export function isoDay(time: string): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? time : date.toISOString().slice(0, 10);
}

/** The scheduled completion: the waiver's expiry, else detection plus FedRAMP's days for the rating. */
export function scheduledCompletion(rule: EvidenceRule, model: EvidenceModel): string {
  if (rule.waiver?.expires) return rule.waiver.expires;
  const detected = new Date(rule.detectedAt ?? model.evaluatedAt);
  const base = Number.isNaN(detected.getTime()) ? new Date(model.evaluatedAt) : detected;
  const due = new Date(base.getTime() + REMEDIATION_DAYS[riskRating(rule.severity)] * 86_400_000);
  return due.toISOString().slice(0, 10);
}

/** Who found it: OpenSCAP, with the benchmark and data stream. */
export function detectorSource(model: EvidenceModel): string {
  const { scanner, benchmark, dataStream } = model.facts;
  const version = scanner?.openscapVersion ? ` ${scanner.openscapVersion}` : '';
  const bench = [benchmark.id, benchmark.version].filter(Boolean).join(' version ');
  const stream = dataStream?.sha256 ? ` (data stream sha256 ${dataStream.sha256})` : '';
  return `OpenSCAP${version}: ${bench}${stream}`;
}

/** The asset: the image with its digest. */
export function assetIdentifier(model: EvidenceModel): string {
  const { image } = model.facts;
  return image.digest ? `${image.reference} (${image.digest})` : image.reference;
}

/** The remediation plan: the benchmark's fix text, else the check to make pass. */
export function remediationPlan(rule: EvidenceRule): string {
  if (rule.fixText) return rule.fixText;
  return `Harden the image so that ${rule.stigRuleId} passes; the check: ${rule.checkContent || rule.title}`;
}

/** The deviation rationale: the waiver's reason, or the inherited-from-host review. */
export function deviationRationale(rule: EvidenceRule): string {
  if (rule.waiver) return rule.waiver.reason;
  if (rule.inherited) return `${rule.inherited.categoryText} ${rule.inherited.rationale}`.trim();
  return '';
}
