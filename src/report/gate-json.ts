/**
 * The `compare --format json` document and the `stig-gate.json` report. Its shape is documented in
 * docs/json-schemas.md and stable: fields are only ever added, and `schemaVersion` changes if one is
 * removed or changes meaning. Absent values are `null`, never missing keys.
 */
import type {
  ExpiredWaiver,
  GateCounts,
  GatePolicy,
  GateResult,
  GateRule,
  ScanIdentity,
  StaleWaiver,
  Waiver,
} from '../gate/types.js';
import { SCAN_FACT_KEYS, type DriftFact, type ScanFacts } from '../gate/scan-facts.js';
import type { Severity, StigIdentifiers } from '../results/model.js';
import { stigCategory } from '../results/vocabulary.js';
import { causeGroupsJson, evidenceJson, type CauseGroupJson, type EvidenceJson } from './why-json.js';

export interface WaiverJson {
  rule: string;
  reason: string;
  owner: string | null;
  expires: string | null;
  images: string[] | null;
  origin: string;
}

export interface GateRuleJson {
  ruleId: string;
  /** `SV-203629`, or null when the rule id carries none. */
  stigId: string | null;
  severity: Severity;
  /** `CAT I`/`CAT II`/`CAT III`, or null for info and unknown severities. */
  category: string | null;
  title: string;
  /** Current result; `absent` for a rule removed since the baseline. */
  result: string;
  /** Baseline result (`absent` when the baseline lacks the rule); null without a baseline. */
  baselineResult: string | null;
  /** True when the severity is at or above the policy's threshold. */
  meetsThreshold: boolean;
  stig: StigIdentifiers;
  /** The waiver covering it (waived rules), else null. */
  waiver: WaiverJson | null;
  /** The reviewed inherited-from-host entry (inheritedFromHost rules), else null. */
  inherited: { category: string; categoryText: string; rationale: string; source: string } | null;
  /** Why it fails now (failing rules whose scan recorded it; see docs/json-schemas.md), else null. */
  evidence: EvidenceJson | null;
}

export interface ScanJson {
  source: string;
  format: string;
  benchmark: { id: string; version: string | null; title: string | null };
  profile: { id: string | null; title: string | null };
  target: string | null;
  scanner: { name: string | null; version: string | null };
  /** What the scan was made with; null where not recorded. */
  facts: ScanFactsJson;
  testResultId: string;
  startTime: string | null;
  endTime: string | null;
  counts: ScanIdentity['counts'];
  /** `arf` (OVAL and SCE evidence), `xccdf` (SCE output only), null when not known. */
  evidenceFrom: 'arf' | 'xccdf' | null;
}

/** {@link ScanFacts} with every key present. */
export type ScanFactsJson = Record<keyof ScanFacts, string | null>;

export interface ScannerDriftJson {
  changes: { fact: DriftFact; baseline: string; current: string }[];
  notice: string;
}

export interface GateJson {
  schemaVersion: 2;
  verdict: 'pass' | 'fail';
  reason: string;
  policy: GatePolicy;
  inheritedFromHostEnabled: boolean;
  image: string | null;
  /** How this run scanned the image (`rootfs`, `container`, `image`); null when a results file was gated. */
  scanMode: string | null;
  evaluatedAt: string;
  current: ScanJson;
  baseline: ScanJson | null;
  /** The baseline was scanned with another benchmark version, OpenSCAP or scanner image; else null. */
  scannerDrift: ScannerDriftJson | null;
  counts: GateCounts;
  newFailures: GateRuleJson[];
  /** New failures with evidence, grouped by shared cause. */
  newFailureGroups: CauseGroupJson[];
  fixed: GateRuleJson[];
  stillFailing: GateRuleJson[];
  waived: GateRuleJson[];
  inheritedFromHost: GateRuleJson[];
  newRules: GateRuleJson[];
  removedRules: GateRuleJson[];
  staleWaivers: (WaiverJson & { detail: string })[];
  expiredWaivers: (WaiverJson & { matchedRules: string[] })[];
  warnings: string[];
}

function waiverJson(waiver: Waiver): WaiverJson {
  return {
    rule: waiver.rule,
    reason: waiver.reason,
    owner: waiver.owner ?? null,
    expires: waiver.expires ?? null,
    images: waiver.images ?? null,
    origin: waiver.origin,
  };
}

function ruleJson(rule: GateRule): GateRuleJson {
  const inherited = rule.inherited;
  return {
    ruleId: rule.ruleId,
    stigId: rule.stig.ruleId ?? null,
    severity: rule.severity,
    category: stigCategory(rule.severity) ?? null,
    title: rule.title,
    result: rule.result,
    baselineResult: rule.baselineResult ?? null,
    meetsThreshold: rule.meetsThreshold,
    stig: rule.stig,
    waiver: rule.waiver ? waiverJson(rule.waiver) : null,
    inherited: inherited
      ? {
          category: inherited.category,
          categoryText: inherited.categoryText,
          rationale: inherited.rationale,
          source: inherited.source,
        }
      : null,
    evidence: rule.evidence ? evidenceJson(rule.evidence) : null,
  };
}

function scanJson(scan: ScanIdentity): ScanJson {
  return {
    source: scan.source,
    format: scan.format,
    benchmark: {
      id: scan.benchmark.id,
      version: scan.benchmark.version ?? null,
      title: scan.benchmark.title ?? null,
    },
    profile: { id: scan.profile.id ?? null, title: scan.profile.title ?? null },
    target: scan.target ?? null,
    scanner: { name: scan.scanner.name ?? null, version: scan.scanner.version ?? null },
    facts: Object.fromEntries(SCAN_FACT_KEYS.map((key) => [key, scan.facts[key] ?? null])) as ScanFactsJson,
    testResultId: scan.testResultId,
    startTime: scan.startTime ?? null,
    endTime: scan.endTime ?? null,
    counts: scan.counts,
    evidenceFrom: scan.evidenceFrom ?? null,
  };
}

/** The stable JSON document for a gate result. */
export function gateJson(result: GateResult): GateJson {
  return {
    schemaVersion: 2,
    verdict: result.verdict,
    reason: result.reason,
    policy: { failOn: result.policy.failOn, severityThreshold: result.policy.severityThreshold },
    inheritedFromHostEnabled: result.inheritedFromHostEnabled,
    image: result.image ?? null,
    // The mode the scan ran in, from its facts (also under current.facts.mode).
    scanMode: result.current.facts.mode ?? null,
    evaluatedAt: result.evaluatedAt,
    current: scanJson(result.current),
    baseline: result.baseline ? scanJson(result.baseline) : null,
    scannerDrift: result.scannerDrift
      ? {
          changes: result.scannerDrift.changes.map((change) => ({ ...change })),
          notice: result.scannerDrift.notice,
        }
      : null,
    counts: { ...result.counts },
    newFailures: result.newFailures.map(ruleJson),
    newFailureGroups: causeGroupsJson(result.newFailures),
    fixed: result.fixed.map(ruleJson),
    stillFailing: result.stillFailing.map(ruleJson),
    waived: result.waived.map(ruleJson),
    inheritedFromHost: result.inheritedFromHost.map(ruleJson),
    newRules: result.newRules.map(ruleJson),
    removedRules: result.removedRules.map(ruleJson),
    staleWaivers: result.staleWaivers.map(({ waiver, detail }: StaleWaiver) => ({
      ...waiverJson(waiver),
      detail,
    })),
    expiredWaivers: result.expiredWaivers.map(({ waiver, matchedRules }: ExpiredWaiver) => ({
      ...waiverJson(waiver),
      matchedRules,
    })),
    warnings: result.warnings,
  };
}
