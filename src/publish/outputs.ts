/** The action's outputs, as one plain record built from what the run produced: one image or a set. */
import type { GateCounts, GateResult } from '../gate/types.js';
import { imagesJson, setVerdict, type SetMember } from '../report/set-report.js';
import type { OutputFiles } from '../pipeline/files.js';

export type { OutputFiles };

/** Every output the action sets, in action.yml's order (a test checks the two agree). */
export const OUTPUT_NAMES = [
  'verdict',
  'reason',
  'new-failures',
  'fixed',
  'still-failing',
  'failed',
  'passed',
  'not-applicable',
  'waived',
  'output-dir',
  'report-path',
  'results-path',
  'arf-path',
  'json-path',
  'sarif-path',
  'markdown-path',
  'cklb-path',
  'ckl-path',
  'poam-csv-path',
  'oscal-ar-path',
  'oscal-poam-path',
  'hdf-path',
  'evidence-manifest-path',
  'intoto-path',
  'artifact-name',
  'artifact-id',
  'artifact-url',
  'comment-url',
  'images-json',
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];
export type ActionOutputs = Record<OutputName, string>;

export interface OutputPublishing {
  artifactName?: string;
  artifactId?: number;
  artifactUrl?: string;
  commentUrl?: string;
}

/** The outputs that name one image's files: empty for those not written (or not one image's). */
function fileOutputs(
  files: OutputFiles,
): Pick<ActionOutputs, Extract<OutputName, `${string}-path` | 'output-dir'>> {
  return {
    'output-dir': files.outputDir ?? '',
    'report-path': files.reportHtml ?? '',
    'results-path': files.resultsXml ?? '',
    'arf-path': files.resultsArf ?? '',
    'json-path': files.json ?? '',
    'sarif-path': files.sarif ?? '',
    'markdown-path': files.markdown ?? '',
    'cklb-path': files.evidence?.cklb ?? '',
    'ckl-path': files.evidence?.ckl ?? '',
    'poam-csv-path': files.evidence?.['poam-csv'] ?? '',
    'oscal-ar-path': files.evidence?.['oscal-ar'] ?? '',
    'oscal-poam-path': files.evidence?.['oscal-poam'] ?? '',
    'hdf-path': files.evidence?.hdf ?? '',
    'evidence-manifest-path': files.evidence?.manifest ?? '',
    'intoto-path': files.evidence?.intoto ?? '',
  };
}

const COUNT_KEYS = [
  'newFailures',
  'fixed',
  'stillFailing',
  'failed',
  'passed',
  'notapplicable',
  'waived',
] as const;

type CountName =
  'new-failures' | 'fixed' | 'still-failing' | 'failed' | 'passed' | 'not-applicable' | 'waived';

/** The count outputs; all empty when there are none. */
function countOutputs(counts: GateCounts | undefined): Record<CountName, string> {
  const count = (key: keyof GateCounts) => (counts === undefined ? '' : String(counts[key]));
  return {
    'new-failures': count('newFailures'),
    fixed: count('fixed'),
    'still-failing': count('stillFailing'),
    failed: count('failed'),
    passed: count('passed'),
    'not-applicable': count('notapplicable'),
    waived: count('waived'),
  };
}

/**
 * The outputs for a single image (the `image` input) that reached a verdict (`result`) or stopped with an
 * error (`result` absent: `verdict` is `error` and `reason` the error). Every name is always set, empty
 * when not known, so a later step can read any of them without checking.
 */
export function actionOutputs(
  result: GateResult | undefined,
  errorReason: string | undefined,
  files: OutputFiles,
  publishing: OutputPublishing,
): ActionOutputs {
  // An error after the verdict (writing reports, say) still ends the step as an error: the outputs say so.
  const verdict = errorReason !== undefined ? 'error' : (result?.verdict ?? 'error');
  const reason = errorReason ?? result?.reason ?? '';
  const counts = result?.counts;
  const count = (key: keyof GateCounts) => counts?.[key] ?? null;
  const only = {
    image: result?.image ?? null,
    verdict,
    reason,
    newFailures: count('newFailures'),
    fixed: count('fixed'),
    stillFailing: count('stillFailing'),
    waived: count('waived'),
    failed: count('failed'),
    passed: count('passed'),
    notApplicable: count('notapplicable'),
    artifactName: publishing.artifactName ?? '',
    artifactId: publishing.artifactId ?? null,
    artifactUrl: publishing.artifactUrl ?? null,
    outputDir: files.outputDir ?? null,
    jsonPath: files.json ?? null,
  };
  return {
    verdict,
    reason,
    ...countOutputs(counts),
    ...fileOutputs(files),
    'artifact-name': publishing.artifactName ?? '',
    'artifact-id': publishing.artifactId === undefined ? '' : String(publishing.artifactId),
    'artifact-url': publishing.artifactUrl ?? '',
    'comment-url': publishing.commentUrl ?? '',
    'images-json': JSON.stringify([only]),
  };
}

/**
 * The outputs for a set of images. With one image they mean what they mean for a single-image step; with
 * several, `verdict` and `reason` are the set's, the counts are summed over the images, the paths and the
 * artifact (one image's) are empty, and `images-json` has each image's verdict and counts.
 */
export function setActionOutputs(
  members: readonly SetMember[],
  filesOf: (member: SetMember) => OutputFiles,
  extra: { commentUrl?: string; outputDir?: string; errorReason?: string },
): ActionOutputs {
  const verdict = setVerdict(members);
  const withReport = members.filter((m) => m.report && m.error === undefined);
  const sum = (key: keyof GateCounts) => withReport.reduce((total, m) => total + m.report!.counts[key], 0);
  const counts =
    withReport.length === 0
      ? undefined
      : (Object.fromEntries(COUNT_KEYS.map((key) => [key, sum(key)])) as unknown as GateCounts);
  const only = members.length === 1 ? members[0] : undefined;
  const files: OutputFiles = only ? filesOf(only) : {};
  return {
    verdict: extra.errorReason !== undefined ? 'error' : verdict.verdict,
    reason: extra.errorReason ?? verdict.reason,
    ...countOutputs(counts),
    ...fileOutputs({ ...files, outputDir: files.outputDir ?? extra.outputDir }),
    'artifact-name': only?.artifactName ?? '',
    'artifact-id': only?.artifactId === undefined ? '' : String(only.artifactId),
    'artifact-url': only?.artifactUrl ?? '',
    'comment-url': extra.commentUrl ?? '',
    'images-json': JSON.stringify(imagesJson(members)),
  };
}
