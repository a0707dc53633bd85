/**
 * The Heimdall Data Format (`stig-gate-hdf.json`): valid against MITRE's exec-json schema and read by
 * inspecjs as Heimdall reads it. Heimdall derives a control's status from its impact and results:
 * impact 0 is Not Applicable, a failed result Failed, all skipped Not Reviewed. So:
 * - Open → one `failed` result, with an impact of at least 0.3 (severity.ts rates `unknown` high): a
 *   failure never turns Not Applicable for want of a severity;
 * - Not a Finding → `passed`; Not Reviewed (a check that did not run, or none) → `skipped`, saying why;
 * - Not Applicable → impact 0 and a `skipped` result saying why (the severity stays in `tags`).
 * A waiver is attached as `waiver_data` without `skipped_due_to_waiver`, so Heimdall keeps it Failed.
 */
import type { AssessedSeverity } from './severity.js';
import type { EvidenceModel, EvidenceRule } from './model.js';

/** Heimdall's impact for each severity (an `unknown` one is already high: see severity.ts). */
const IMPACT: Record<AssessedSeverity, number> = { high: 0.7, medium: 0.5, low: 0.3 };

function result(rule: EvidenceRule, start: string) {
  const base = { code_desc: `${rule.stigRuleId}: OpenSCAP result ${rule.result}`, start_time: start };
  switch (rule.status) {
    case 'not_a_finding':
      return { ...base, status: 'passed' as const };
    case 'open':
      return { ...base, status: 'failed' as const, message: rule.resultText };
    case 'not_applicable':
      return {
        ...base,
        status: 'skipped' as const,
        skip_message: rule.comments || rule.rationale || `OpenSCAP result ${rule.result}`,
      };
    case 'not_reviewed':
      return {
        ...base,
        status: 'skipped' as const,
        skip_message: rule.resultText,
      };
  }
}

function control(rule: EvidenceRule, start: string, id: string) {
  // `desc` is the default description; Heimdall shows `check` and `fix` beside it.
  const descriptions = [
    ...(rule.checkContent ? [{ label: 'check', data: rule.checkContent }] : []),
    ...(rule.fixText ? [{ label: 'fix', data: rule.fixText }] : []),
  ];
  return {
    id,
    title: rule.title,
    desc: rule.discussion || rule.title,
    ...(descriptions.length > 0 && { descriptions }),
    impact: rule.status === 'not_applicable' ? 0 : IMPACT[rule.severity],
    refs: [],
    tags: {
      severity: rule.severity,
      gid: rule.vulnId,
      rid: rule.stigRuleId,
      rule_id: rule.ruleId,
      stig_id: rule.ruleVersion,
      gtitle: rule.groupTitle,
      cci: rule.ccis,
      nist: rule.controls,
      xccdf_result: rule.result,
      gate_class: rule.gateClass,
    },
    code: null,
    source_location: {},
    results: [result(rule, start)],
    ...(rule.waiver && {
      waiver_data: {
        justification: rule.waiver.reason,
        ...(rule.waiver.expires && { expiration_date: rule.waiver.expires }),
        message: rule.comments,
        run: true,
      },
    }),
  };
}

/**
 * Each rule's control id: its group id (`V-203591`, as Heimdall's STIG views expect), or its rule id when
 * several rules share one group (Heimdall merges controls of one id).
 */
function uniqueControlIds(rules: readonly EvidenceRule[]): Map<EvidenceRule, string> {
  const uses = new Map<string, number>();
  for (const rule of rules) uses.set(rule.vulnId, (uses.get(rule.vulnId) ?? 0) + 1);
  return new Map(rules.map((rule) => [rule, uses.get(rule.vulnId) === 1 ? rule.vulnId : rule.stigRuleId]));
}

/** What Heimdall shows after "Platform:" when the scan recorded no OS for the image. */
export const OS_NOT_RECORDED = 'OS not recorded by the scan';

/**
 * What was scanned: the image, and its OS as the scan recorded it. Heimdall shows `name` and `release`
 * run together (`${name}${release}`, as InSpec's `debian` `12` reads `debian12`), so the release starts
 * with its own separator: `app:1.0 (Debian GNU/Linux 12 (bookworm))`.
 */
function platform(facts: EvidenceModel['facts']) {
  const { reference, digest, os } = facts.image;
  return {
    name: reference,
    release: ` (${os ?? OS_NOT_RECORDED})`,
    target_id: digest ? `${reference} (${digest})` : reference,
  };
}

/**
 * The scan's duration in seconds, from the TestResult's start and end times (oscap writes whole seconds:
 * 0 is a scan of less than one); null when either is missing or they make no sense.
 */
function scanSeconds(facts: EvidenceModel['facts']): number | null {
  if (!facts.startTime || !facts.endTime) return null;
  const seconds = (Date.parse(facts.endTime) - Date.parse(facts.startTime)) / 1000;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

/** The HDF document as a plain object (JSON.stringify it). */
export function renderHdf(model: EvidenceModel) {
  const { facts } = model;
  const controlIds = uniqueControlIds(model.rules);
  const start = facts.startTime ?? model.evaluatedAt;
  return {
    platform: platform(facts),
    version: model.tool.version,
    statistics: { duration: scanSeconds(facts) },
    profiles: [
      {
        name: facts.benchmark.id,
        version: facts.benchmark.version ?? null,
        title: facts.benchmark.title ?? facts.benchmark.id,
        summary: `${model.tool.name}: ${model.reason}`,
        sha256: facts.dataStream?.sha256 ?? '',
        supports: [],
        attributes: [],
        groups: [],
        status: 'loaded',
        controls: model.rules.map((rule) => control(rule, start, controlIds.get(rule)!)),
      },
    ],
    passthrough: {
      generator: `${model.tool.name} ${model.tool.version}`,
      profile: facts.profile.id ?? null,
      image: facts.image,
      scanner: facts.scanner ?? null,
    },
  };
}
