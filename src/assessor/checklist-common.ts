/** What the two STIG Viewer checklists (CKLB and CKL) share: the STIG's identity and the severity. */
import { imageKey } from '../report/image-key.js';
import type { Severity } from '../results/model.js';
import type { EvidenceModel } from './model.js';
import { stableUuid } from './stable-uuid.js';

/** The STIG the checklist is for: the benchmark, as STIG Viewer names it. */
export function stigInfo(model: EvidenceModel) {
  const { benchmark, profile } = model.facts;
  const title = benchmark.title ?? benchmark.id;
  const version = benchmark.version ?? '';
  return {
    stigId: benchmark.id,
    title,
    version,
    releaseInfo: `Release: ${version || 'unknown'} Benchmark: ${benchmark.id}; profile ${profile.id ?? '(none)'}`,
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

/** STIG Viewer's severities are high/medium/low/unknown; XCCDF's `info` has no counterpart there. */
export function checklistSeverity(severity: Severity): 'high' | 'medium' | 'low' | 'unknown' {
  return severity === 'info' ? 'unknown' : severity;
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
