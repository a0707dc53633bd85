/**
 * A set of images as one answer: each image's report (its gate JSON, the same whether the image was gated
 * in this step or in a matrix job whose artifact is merged here), one verdict for the set, and the
 * `images-json` output. Pure: plain data in, plain data out.
 */
import type { GateJson } from './gate-json.js';

/** One image of the set: its report, or why there is none. */
export interface SetMember {
  /** The image as the set names it (the input line, or the report's own image). */
  image: string;
  /** Its report artifact's name. */
  artifactName: string;
  /** Its artifact on the run's page, when uploaded. */
  artifactUrl?: string;
  artifactId?: number;
  /** Its gate report; absent when the image reached no verdict. */
  report?: GateJson;
  /** Its full Markdown report (stig-gate.md), for the job summary. */
  markdown?: string;
  /** Why it reached no verdict: a scan or baseline error, or a matrix job that wrote no report. */
  error?: string;
  /** Where its reports are on disk. */
  outputDir?: string;
  jsonPath?: string;
}

export interface SetCounts {
  images: number;
  failed: number;
  passed: number;
  errors: number;
  newFailures: number;
  fixed: number;
  stillFailing: number;
  waived: number;
}

export interface SetVerdict {
  /** `error` when any image reached no verdict (never a pass), else `fail` when any failed, else `pass`. */
  verdict: 'pass' | 'fail' | 'error';
  /** One line: why. */
  reason: string;
  counts: SetCounts;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The first five of `names`, then how many more: a reason stays one readable line for a big set. */
function someOf(names: readonly string[]): string {
  const shown = names.slice(0, 5).join(', ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

/** The set's counts: images by verdict, and the rule counts summed over the images that have a report. */
export function setCounts(members: readonly SetMember[]): SetCounts {
  const counts: SetCounts = {
    images: members.length,
    failed: 0,
    passed: 0,
    errors: 0,
    newFailures: 0,
    fixed: 0,
    stillFailing: 0,
    waived: 0,
  };
  for (const member of members) {
    const report = member.report;
    if (!report || member.error !== undefined) {
      counts.errors += 1;
      continue;
    }
    if (report.verdict === 'fail') counts.failed += 1;
    else counts.passed += 1;
    counts.newFailures += report.counts.newFailures;
    counts.fixed += report.counts.fixed;
    counts.stillFailing += report.counts.stillFailing;
    counts.waived += report.counts.waived;
  }
  return counts;
}

/** The one verdict for the set: an image without a verdict makes it an error naming the image. */
export function setVerdict(members: readonly SetMember[]): SetVerdict {
  const counts = setCounts(members);
  const failed = members.filter((m) => m.report?.verdict === 'fail' && m.error === undefined);
  const failedText = `${failed.length} of ${plural(counts.images, 'image')} failed${
    failed.length > 0 ? ` (${someOf(failed.map((m) => m.image))})` : ''
  }, ${plural(counts.newFailures, 'new failure')} in all`;
  if (counts.images === 0) {
    return { verdict: 'error', reason: 'no verdict: the set has no image', counts };
  }
  if (counts.errors > 0) {
    const missing = members.filter((m) => !m.report || m.error !== undefined);
    const named = missing
      .slice(0, 5)
      .map((m) => `${m.image}: ${(m.error ?? 'no report').split('\n', 1)[0]}`)
      .join('; ');
    const more = missing.length > 5 ? `; and ${missing.length - 5} more` : '';
    return {
      verdict: 'error',
      reason: `no verdict for ${counts.errors} of ${plural(counts.images, 'image')} (${named}${more}); ${failedText}`,
      counts,
    };
  }
  if (failed.length > 0) return { verdict: 'fail', reason: `gate failed: ${failedText}`, counts };
  return {
    verdict: 'pass',
    reason: `gate passed: ${plural(counts.images, 'image')}, none failed (${plural(counts.fixed, 'rule')} fixed)`,
    counts,
  };
}

/** One entry of the `images-json` output. */
export interface ImageOutcomeJson {
  image: string;
  verdict: 'pass' | 'fail' | 'error';
  reason: string;
  newFailures: number | null;
  fixed: number | null;
  stillFailing: number | null;
  waived: number | null;
  failed: number | null;
  passed: number | null;
  notApplicable: number | null;
  artifactName: string;
  artifactId: number | null;
  artifactUrl: string | null;
  outputDir: string | null;
  jsonPath: string | null;
}

/** The `images-json` output: each image's verdict and counts, in the set's order. */
export function imagesJson(members: readonly SetMember[]): ImageOutcomeJson[] {
  return members.map((member) => {
    const report = member.error === undefined ? member.report : undefined;
    const count = (key: keyof GateJson['counts']) => (report ? report.counts[key] : null);
    return {
      image: member.image,
      verdict: report?.verdict ?? 'error',
      reason: report?.reason ?? member.error ?? 'no report',
      newFailures: count('newFailures'),
      fixed: count('fixed'),
      stillFailing: count('stillFailing'),
      waived: count('waived'),
      failed: count('failed'),
      passed: count('passed'),
      notApplicable: count('notapplicable'),
      artifactName: member.artifactName,
      artifactId: member.artifactId ?? null,
      artifactUrl: member.artifactUrl ?? null,
      outputDir: member.outputDir ?? null,
      jsonPath: member.jsonPath ?? null,
    };
  });
}
