/** What the two STIG Viewer checklists (CKLB and CKL) share: the STIG's identity and the severity. */
import { imageKey } from '../report/image-key.js';
import type { EvidenceModel, EvidenceRule } from './model.js';
import { stableUuid } from './stable-uuid.js';

/** The prefix DISA's benchmark ids carry and DISA's own checklists (and STIG Manager) leave out. */
const DISA_BENCHMARK_PREFIX = 'xccdf_mil.disa.stig_benchmark_';

/**
 * The STIG's version as DISA's checklists give it: a bare number (`1`), the first number of the
 * benchmark's `<version>` without leading zeros (`001.003` → `1`, `3.2.16` → `3`); `0` when it has none.
 * STIG Manager reads the first digits of the CKL's and takes the CKLB's as written: one value in both
 * gives one revision (`V1R1.3`).
 */
export function stigVersionNumber(version: string | undefined): string {
  const first = /\d+/.exec(version ?? '')?.[0];
  return first === undefined ? '0' : String(Number.parseInt(first, 10));
}

/** The STIG the checklist is for: the benchmark, as STIG Viewer names it. */
export function stigInfo(model: EvidenceModel) {
  const { benchmark, profile } = model.facts;
  const title = benchmark.title ?? benchmark.id;
  const version = benchmark.version ?? '';
  return {
    stigId: benchmark.id.startsWith(DISA_BENCHMARK_PREFIX)
      ? benchmark.id.slice(DISA_BENCHMARK_PREFIX.length)
      : benchmark.id,
    title,
    version: stigVersionNumber(benchmark.version),
    /**
     * DISA's `release-info` as the benchmark gives it (`Release: 1.3 Benchmark Date: 27 Oct 2021`); for
     * content without one (Chainguard's, SSG's), the whole `<version>` as the release, which STIG Manager
     * reads up to the next space.
     */
    releaseInfo:
      benchmark.releaseInfo ??
      `Release: ${version || 'unknown'} Benchmark: ${benchmark.id}; profile ${profile.id ?? '(none)'}`,
    /**
     * The same for the same image (every build of one tag: the digest is left out), benchmark and profile,
     * so that a re-scan, of this build or the next, updates one checklist.
     */
    uuid: stableUuid('stig', imageKey(model.facts.image.reference), benchmark.id, version, profile.id ?? ''),
    checklistUuid: stableUuid(
      'checklist',
      imageKey(model.facts.image.reference),
      benchmark.id,
      version,
      profile.id ?? '',
    ),
  };
}

/**
 * A rule as DISA's own checklists name it (CKL Rule_ID, CKLB rule_id_src): `SV-203591r958362_rule`; the
 * XCCDF id for a rule with no STIG id (SSG's).
 */
export function checklistRuleId(rule: EvidenceRule): string {
  return rule.stigRuleId.startsWith('SV-') ? `${rule.stigRuleId}_rule` : rule.stigRuleId;
}

/**
 * The rule's NIST SP 800-53 controls (`IA-5 f, CM-6 b`) for the checklists' IA Controls field, which DISA's
 * own checklists leave empty: a CKL has no other place for a control the content names without a CCI (SSG
 * rules name SP 800-53 ids as references, many without a CCI), and a CCI_REF alone reaches only tools that
 * carry DISA's CCI list. hdf-converters keeps it as the control's `IA_Controls` tag; STIG Manager ignores it.
 */
export function iaControls(rule: EvidenceRule): string {
  return rule.controls.join(', ');
}

/**
 * The host name STIG Viewer shows for a container image: the reference without its digest, the same for
 * every build of the tag (the digest scanned is in the target's comment and each finding's details).
 */
export function targetHostName(model: EvidenceModel): string {
  return imageKey(model.facts.image.reference);
}

/** The comment STIG Viewer shows for the target: which image digest was scanned, and when. */
export function targetComment(model: EvidenceModel): string {
  const { image, endTime, startTime } = model.facts;
  const when = endTime ?? startTime;
  return `Container image ${image.reference}${image.digest ? ` (${image.digest})` : ''}${when ? `, scanned ${when}` : ''}; checklist by ${model.tool.name} ${model.tool.version}`;
}
