/**
 * The evidence model: one record of a gated scan that every assessor format (CKLB, CKL, POA&M CSV,
 * OSCAL, HDF, the manifest) is rendered from, each a plain function of it. Built by
 * {@link buildEvidenceModel} from the gate's result, the scan's rules and the scan's facts.
 */
import type { InheritedMatch, Waiver } from '../gate/types.js';
import type { CheckReference, RuleResultValue, Severity } from '../results/model.js';
import type { AssessedSeverity } from './severity.js';

/** A checklist status, as STIG Viewer 3 spells it. */
export type EvidenceStatus = 'not_a_finding' | 'open' | 'not_applicable' | 'not_reviewed';

/**
 * What the gate made of the rule: the class its lists put it in, or `unchanged` for a rule in none of
 * them (passing or not applicable in both scans, say).
 */
export type GateClass =
  'new-failure' | 'still-failing' | 'waived' | 'inherited-from-host' | 'fixed' | 'new-rule' | 'unchanged';

/**
 * Evidence for one rule from the scan itself (what the check looked at and found). The results model
 * does not carry it yet; when it does, {@link EvidenceRule.evidence} holds its plain-text lines and
 * every format shows them in its finding details.
 */
export interface RuleEvidence {
  /** Plain text lines, unescaped (each format escapes them). */
  lines: string[];
}

/** One rule of the evaluated profile, as an assessor sees it. */
export interface EvidenceRule {
  /** Full XCCDF id (`xccdf_mil.disa.stig_rule_SV-203591r958362_rule`). */
  ruleId: string;
  /** `SV-203591r958362`, or the XCCDF id when it carries no STIG id. */
  stigRuleId: string;
  /** `V-203591`: the group id, derived from the SV- number where the file has none (see stig-ids.ts). */
  vulnId: string;
  /** The Rule's `<version>` (DISA's STIG ID, `RHEL-08-010000`), where the file has one; else empty. */
  ruleVersion: string;
  groupTitle: string;
  title: string;
  /** The severity every format gives the rule (see severity.ts): `unknown` is high, `info` low. */
  severity: AssessedSeverity;
  /** The severity as the content gives it (XCCDF's `unknown` when it gives none). */
  contentSeverity: Severity;
  result: RuleResultValue;
  status: EvidenceStatus;
  gateClass: GateClass;
  /** The rule's description without its verification part. */
  discussion: string;
  /** How to verify it: the data stream's verification text and the automated check it ran. */
  checkContent: string;
  checks: CheckReference[];
  fixText: string;
  rationale?: string;
  ccis: string[];
  /** NIST SP 800-53 controls from the CCIs (`CM-6 b`), Revision 5 where DISA gives one. */
  controls: string[];
  waiver?: Waiver;
  inherited?: InheritedMatch;
  /** ISO 8601: the earliest scan known to fail the rule (the baseline's when it was failing there). */
  detectedAt?: string;
  /**
   * For a check that did not run (error, unknown, notchecked): the scanner's own reason, where the results
   * carry one (the rule-result's messages, else the OVAL messages of its deciding tests). Plain text.
   */
  scannerReason?: string[];
  /** Scan-level evidence; absent until the results model carries it. */
  evidence?: RuleEvidence;
  /** Plain text of what the scan found for the rule: its result, its check and its evidence. */
  resultText: string;
  /** Plain text for a checklist's finding details: {@link resultText} and the scan's facts. */
  findingDetails: string;
  /** Plain text for a checklist's comments: the waiver or the inherited-from-host rationale. */
  comments: string;
}

/** An image as scanned: what the user named and the digest that was scanned. */
export interface ImageFacts {
  reference: string;
  /** `repo@sha256:…`, or a local image id (`sha256:…`). */
  digest?: string;
  /**
   * Its operating system as the scan recorded it (see image-os.ts): os-release's `PRETTY_NAME`, `no
   * /etc/os-release`, or the scanner's record of the target; absent when nothing recorded it.
   */
  os?: string;
}

/**
 * What was scanned, with what, and when: the manifest's typed input, filled by each entry point from
 * what it has (the scan's output and scan.json, the results file, the runner's environment).
 */
export interface ScanFacts {
  image: ImageFacts;
  /** The scanner image (absent when a results file is gated) and the OpenSCAP version that ran. */
  scanner?: { reference?: string; digest?: string; openscapVersion?: string };
  /** `container` or `image`; absent when gating a results file made elsewhere. */
  mode?: string;
  dataStream?: { path?: string; sha256?: string };
  /** `releaseInfo`: the benchmark's `release-info` text, where it has one (DISA's content does). */
  benchmark: { id: string; version?: string; title?: string; releaseInfo?: string };
  profile: { id?: string; title?: string };
  tailoring?: { path?: string; sha256?: string };
  startTime?: string;
  endTime?: string;
  /** The workflow run, when in GitHub Actions. */
  workflowRun?: { repository: string; commit?: string; runUrl: string; runId: number };
}

/** Counts per checklist status: the same as the gate's (see the test). */
export type StatusCounts = Record<EvidenceStatus, number>;

export interface EvidenceModel {
  /** The tool that made it. */
  tool: { name: string; version: string };
  facts: ScanFacts;
  verdict: 'pass' | 'fail';
  reason: string;
  /** When the gate ran (ISO 8601): the status date. */
  evaluatedAt: string;
  policy: { failOn: string; severityThreshold: string };
  /** The profile's rules, in the scan's order. */
  rules: EvidenceRule[];
  /**
   * Every rule of the benchmark, the ones the profile did not select included (OpenSCAP lists them as
   * notselected): what a checklist calls the STIG's size, against which its rules show it is partial.
   */
  benchmarkRules: number;
  counts: StatusCounts;
  /**
   * Checks that did not run (XCCDF error, unknown, notchecked): Not Reviewed in every format, never a
   * POA&M weakness. The gate still fails closed on error and unknown.
   */
  notRun: NotRunCounts;
}

/** The results of checks that did not run, counted. */
export type NotRunCounts = Record<'error' | 'unknown' | 'notchecked', number>;
