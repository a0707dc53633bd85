/**
 * The gate's vocabulary: what goes in (two scans, waivers, a policy, a clock) and what comes out (every
 * rule in one class, the verdict and why). Plain data, shared by the core, the reports and the publishers.
 */
import type {
  ResultCounts,
  RuleEvidence,
  RuleResultValue,
  ScanResults,
  Severity,
  StigIdentifiers,
} from '../results/model.js';
import type { ScanFacts, ScannerDrift } from './scan-facts.js';

/** `--fail-on`: which failures can fail the gate. */
export const FAIL_ON_VALUES = ['new', 'any', 'none'] as const;
export type FailOn = (typeof FAIL_ON_VALUES)[number];

/** `--severity-threshold`: the lowest severity that counts (low is CAT III, medium CAT II, high CAT I). */
export const SEVERITY_THRESHOLDS = ['low', 'medium', 'high'] as const;
export type SeverityThreshold = (typeof SEVERITY_THRESHOLDS)[number];

export interface GatePolicy {
  failOn: FailOn;
  severityThreshold: SeverityThreshold;
}

/** Fail on new failures of any STIG category: a change may not make hardening worse. */
export const DEFAULT_POLICY: Readonly<GatePolicy> = Object.freeze({
  failOn: 'new',
  severityThreshold: 'low',
});

/** One entry of a waivers file, validated. */
export interface Waiver {
  /** As written: a full XCCDF rule id, `SV-203629`, `SV-203629r982199` or `V-203629`. */
  rule: string;
  reason: string;
  owner?: string;
  /** `YYYY-MM-DD`; the waiver holds through the end of that day (UTC). */
  expires?: string;
  /** Image references it is limited to; absent means every image. */
  images?: string[];
  /** Where it was read from, for messages: `.stig-gate/waivers.yml entry 3 (SV-203629)`. */
  origin: string;
}

/** A reviewed entry of the built-in "inherited from host" set (src/gate/inherited-from-host.json). */
export interface InheritedRule {
  ruleId: string;
  stigId: string;
  category: string;
  rationale: string;
  source: string;
}

/** Why a failure is inherited from the host: the reviewed entry and its category's explanation. */
export interface InheritedMatch extends InheritedRule {
  categoryText: string;
}

/** A rule's result in one scan; `absent` when that scan has no such rule. */
export type ComparedResult = RuleResultValue | 'absent';

/** One rule as the gate sees it. */
export interface GateRule {
  ruleId: string;
  severity: Severity;
  title: string;
  stig: StigIdentifiers;
  /** The current result; `absent` only for removed rules. */
  result: ComparedResult;
  /** The baseline's result; undefined when there is no baseline. */
  baselineResult?: ComparedResult;
  /** True when the severity is at or above the policy's threshold (unknown severities always are). */
  meetsThreshold: boolean;
  description?: string;
  rationale?: string;
  fixText?: string;
  /** The waiver that waived this failure (waived rules only). */
  waiver?: Waiver;
  /** The reviewed reason it is inherited from the host (inheritedFromHost rules only). */
  inherited?: InheritedMatch;
  /** Why it fails now, from the current scan (failing rules whose scan recorded it). */
  evidence?: RuleEvidence;
}

/** A waiver that waived nothing in this scan, and why. */
export interface StaleWaiver {
  waiver: Waiver;
  detail: string;
}

/** A waiver past its expiry date: it waived nothing; `matchedRules` are the failures it would have covered. */
export interface ExpiredWaiver {
  waiver: Waiver;
  matchedRules: string[];
}

/** Who and what was scanned: the identity of one results file. */
export interface ScanIdentity {
  source: string;
  format: ScanResults['format'];
  benchmark: ScanResults['benchmark'];
  profile: ScanResults['profile'];
  target?: string;
  scanner: ScanResults['scanner'];
  /** What the scan was made with: the results file's own record and what the caller knew of the scan. */
  facts: ScanFacts;
  testResultId: string;
  startTime?: string;
  endTime?: string;
  counts: ResultCounts;
  /** Where failing rules' evidence could come from (see ScanResults.evidenceFrom). */
  evidenceFrom?: ScanResults['evidenceFrom'];
}

/** Totals for action outputs and report headers. */
export interface GateCounts {
  /** Failures the policy counted (unwaived, at or above the threshold, and of the kind `failOn` names). */
  counted: number;
  newFailures: number;
  fixed: number;
  stillFailing: number;
  waived: number;
  inheritedFromHost: number;
  newRules: number;
  removedRules: number;
  unchanged: number;
  /** Unwaived failures below the severity threshold. */
  belowThreshold: number;
  /** Current rules failing (fail, error, unknown), before waivers. */
  failed: number;
  passed: number;
  notapplicable: number;
  /** Current rules notselected, notchecked or informational. */
  notEvaluated: number;
  staleWaivers: number;
  expiredWaivers: number;
}

export interface GateInput {
  current: ScanResults;
  baseline?: ScanResults;
  waivers?: Waiver[];
  /** Apply the built-in "inherited from host" set. */
  inheritedFromHost: boolean;
  policy: GatePolicy;
  /** The clock for waiver expiry. */
  now: Date;
  /** The scanned image reference, for waivers limited to images. */
  image?: string;
  /** What the current scan was made with beyond what its results file says (the scanner digest, the mode). */
  currentFacts?: ScanFacts;
  /** The same for the baseline's scan. */
  baselineFacts?: ScanFacts;
  /** Where the baseline came from, in words (`artifact … from the default branch`, `image app:base, …`). */
  baselineFrom?: string;
  /** The web page of the workflow run whose artifact the baseline came from. */
  baselineRunUrl?: string;
}

export interface GateResult {
  verdict: 'pass' | 'fail';
  /** One line: why the verdict. */
  reason: string;
  policy: GatePolicy;
  inheritedFromHostEnabled: boolean;
  image?: string;
  /** The clock's time, ISO 8601. */
  evaluatedAt: string;
  current: ScanIdentity;
  baseline?: ScanIdentity;
  /** Where the baseline came from, in words, when the entry point said (the action does). */
  baselineFrom?: string;
  /** The web page of the workflow run whose artifact the baseline came from. */
  baselineRunUrl?: string;
  /**
   * What the reader must know to read the verdict right, shown beside it: a baseline of another benchmark
   * or profile, content that does not cover the image's distribution. Absent in reports from before.
   */
  notices?: string[];
  /** Set when the baseline was scanned with another benchmark version, OpenSCAP or scanner image. */
  scannerDrift?: ScannerDrift;
  /** Unwaived failures that were not failing in the baseline (every unwaived failure without one). */
  newFailures: GateRule[];
  /** Failing in the baseline, pass, notapplicable or fixed now. */
  fixed: GateRule[];
  /** Unwaived failures that were failing in the baseline too. */
  stillFailing: GateRule[];
  /** Failures covered by an unexpired waiver. */
  waived: GateRule[];
  /** Failures in the built-in "inherited from host" set (only when enabled). */
  inheritedFromHost: GateRule[];
  /** Evaluated now and not failing; absent from the baseline or not evaluated there. */
  newRules: GateRule[];
  /** Evaluated in the baseline, absent or not evaluated now. */
  removedRules: GateRule[];
  counts: GateCounts;
  warnings: string[];
  staleWaivers: StaleWaiver[];
  expiredWaivers: ExpiredWaiver[];
}
