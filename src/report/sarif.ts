/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one result per counted
 * failure (unwaived, at or above the severity threshold), new and still failing alike so alerts stay open
 * while a failure lasts, with `baselineState` telling them apart. Fingerprints depend only on the STIG
 * rule and the image repository, so an alert survives rescans, new tags and rule revisions.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { ScanFacts } from '../gate/scan-facts.js';
import type { GateResult, GateRule } from '../gate/types.js';
import type { Severity } from '../results/model.js';
import { stigCategory, stigLabel } from '../results/vocabulary.js';
import { oneLine, visibleBidi } from './escape.js';
import { evidenceLines, evidenceSummary } from './why-text.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The key of stig-gate's partial fingerprint; its input changes only with a new version suffix. */
export const FINGERPRINT_KEY = 'stigGateRule/v1';

const SEMVER = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; 'security-severity': string; precision: 'high'; 'problem.severity': string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
  baselineState?: 'new' | 'unchanged';
  properties: {
    stigId: string;
    severity: Severity;
    result: string;
    baselineResult?: string;
    /** Why it fails: the one-line finding, and the full evidence as plain text lines (why-text.ts). */
    evidenceSummary?: string;
    evidence?: string[];
  };
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      version?: string;
      semanticVersion?: string;
      informationUri?: string;
      rules: SarifReportingDescriptor[];
    };
    /** The scanner stig-gate drove: OpenSCAP with its version, when the scan recorded it. */
    extensions?: { name: string; version: string; informationUri: string }[];
  };
  results: SarifResult[];
  properties: {
    verdict: 'pass' | 'fail';
    reason: string;
    benchmark: string;
    profile?: string;
    /** What the scan was made with (only the facts that are known). */
    scan: ScanFacts;
    /** The drift notice, when the baseline was scanned with another benchmark version or scanner. */
    scannerDrift?: string;
  };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifOptions {
  /** stig-gate's version, for the tool driver. */
  toolVersion?: string;
  /**
   * The location every result points at. Default: the image's repository (without tag or digest), else
   * the current results file's name.
   */
  artifactUri?: string;
}

function level(severity: Severity): SarifLevel {
  switch (severity) {
    case 'high':
      return 'error';
    case 'medium':
    case 'unknown':
      return 'warning';
    case 'low':
    case 'info':
      return 'note';
  }
}

/** GitHub's `security-severity` (0–10): CAT I high, CAT II medium, CAT III low in its bands. */
function securitySeverity(severity: Severity): string {
  switch (severity) {
    case 'high':
      return '8.0';
    case 'medium':
    case 'unknown':
      return '5.5';
    case 'low':
      return '3.0';
    case 'info':
      return '0.0';
  }
}

/** An image reference as a relative URI: repository only, each path segment percent-encoded. */
function imageUri(image: string): string {
  const repository = image.split('@')[0]!;
  const lastSlash = repository.lastIndexOf('/');
  const colon = repository.indexOf(':', lastSlash + 1);
  const withoutTag = colon === -1 ? repository : repository.slice(0, colon);
  return withoutTag.split('/').map(encodeURIComponent).join('/');
}

/**
 * SARIF's plain-text messages read `[text](target)` as an embedded link (SARIF 2.1.0 §3.11.6), so a literal
 * bracket, and the backslash that escapes it, is backslash-escaped: a title from a scan links nowhere.
 */
function plainText(text: string): string {
  return text.replace(/[\\[\]]/g, '\\$&');
}

function descriptor(rule: GateRule): SarifReportingDescriptor {
  const label = stigLabel(rule);
  const category = stigCategory(rule.severity);
  const help = [
    rule.description,
    rule.fixText ? `Fix: ${rule.fixText}` : undefined,
    rule.stig.cci.length > 0 ? `CCI: ${rule.stig.cci.join(', ')}` : undefined,
    `XCCDF rule: ${rule.ruleId}`,
  ].filter((part): part is string => part !== undefined);
  return {
    id: rule.ruleId,
    name: label,
    shortDescription: { text: plainText(oneLine(`${label}: ${rule.title}`)) },
    fullDescription: { text: plainText(oneLine(rule.description ?? rule.title)) },
    help: { text: plainText(visibleBidi(help.join('\n\n'))) },
    defaultConfiguration: { level: level(rule.severity) },
    properties: {
      tags: ['security', 'stig', ...(category ? [category] : []), ...rule.stig.cci],
      'security-severity': securitySeverity(rule.severity),
      precision: 'high',
      'problem.severity': level(rule.severity) === 'note' ? 'recommendation' : level(rule.severity),
    },
  };
}

/** The SARIF log for a gate result. */
export function renderSarif(result: GateResult, options: SarifOptions = {}): SarifLog {
  const uri =
    options.artifactUri ??
    (result.image ? imageUri(result.image) : encodeURIComponent(basename(result.current.source)));
  const counted = [...result.newFailures, ...result.stillFailing].filter((rule) => rule.meetsThreshold);
  const rules: SarifReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const newIds = new Set(result.newFailures.map((rule) => rule.ruleId));
  const results = counted.map((rule): SarifResult => {
    let index = ruleIndex.get(rule.ruleId);
    if (index === undefined) {
      index = rules.push(descriptor(rule)) - 1;
      ruleIndex.set(rule.ruleId, index);
    }
    const isNew = newIds.has(rule.ruleId);
    const state =
      result.baseline === undefined ? '' : isNew ? ' (new since the baseline)' : ' (still failing)';
    const label = stigLabel(rule);
    const target = result.image ?? result.current.target ?? basename(result.current.source);
    const fingerprint = createHash('sha256')
      .update(`${rule.stig.ruleId ?? rule.ruleId}\n${uri}`)
      .digest('hex');
    return {
      ruleId: rule.ruleId,
      ruleIndex: index,
      level: level(rule.severity),
      message: {
        text: plainText(
          oneLine(
            `${label} ${rule.result} on ${target}${state}: ${rule.title}` +
              (rule.evidence ? `. Why: ${evidenceSummary(rule.evidence)}` : ''),
          ),
        ),
      },
      locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } } }],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
      ...(result.baseline ? { baselineState: isNew ? ('new' as const) : ('unchanged' as const) } : {}),
      properties: {
        stigId: label,
        severity: rule.severity,
        result: String(rule.result),
        ...(rule.baselineResult === undefined ? {} : { baselineResult: String(rule.baselineResult) }),
        ...(rule.evidence
          ? { evidenceSummary: evidenceSummary(rule.evidence), evidence: evidenceLines(rule.evidence) }
          : {}),
      },
    };
  });
  const driver = {
    name: 'stig-gate',
    ...(options.toolVersion ? { version: options.toolVersion } : {}),
    ...(options.toolVersion && SEMVER.test(options.toolVersion)
      ? { semanticVersion: options.toolVersion }
      : {}),
    rules,
  };
  const benchmark = result.current.benchmark;
  const oscapVersion = result.current.facts.oscapVersion;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver,
          ...(oscapVersion && {
            extensions: [
              { name: 'OpenSCAP', version: oscapVersion, informationUri: 'https://www.open-scap.org/' },
            ],
          }),
        },
        results,
        properties: {
          verdict: result.verdict,
          reason: result.reason,
          benchmark: `${benchmark.id}${benchmark.version ? ` ${benchmark.version}` : ''}`,
          ...(result.current.profile.id ? { profile: result.current.profile.id } : {}),
          scan: { ...result.current.facts },
          ...(result.scannerDrift && { scannerDrift: result.scannerDrift.notice }),
        },
      },
    ],
  };
}
