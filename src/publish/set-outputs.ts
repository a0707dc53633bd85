/**
 * The action's outputs for a set of images. With one image they mean what they mean for a single-image
 * step; with several, `verdict` and `reason` are the set's, the counts are summed over the images, the
 * paths and the artifact (one image's) are empty, and `images-json` has each image's verdict and counts.
 */
import { imagesJson, setVerdict, type SetMember } from '../report/set-report.js';
import type { ActionOutputs, OutputFiles } from './outputs.js';

/** The outputs for `members`; `filesOf` gives an image's files on disk; `commentUrl` the set's comment. */
export function setActionOutputs(
  members: readonly SetMember[],
  filesOf: (member: SetMember) => OutputFiles,
  extra: { commentUrl?: string; outputDir?: string; errorReason?: string },
): ActionOutputs {
  const verdict = setVerdict(members);
  const withReport = members.filter((m) => m.report && m.error === undefined);
  const sum = (key: keyof NonNullable<SetMember['report']>['counts']) =>
    withReport.length === 0 ? '' : String(withReport.reduce((total, m) => total + m.report!.counts[key], 0));
  const only = members.length === 1 ? members[0] : undefined;
  const files: OutputFiles = only ? filesOf(only) : {};
  return {
    verdict: extra.errorReason !== undefined ? 'error' : verdict.verdict,
    reason: extra.errorReason ?? verdict.reason,
    'new-failures': sum('newFailures'),
    fixed: sum('fixed'),
    'still-failing': sum('stillFailing'),
    failed: sum('failed'),
    passed: sum('passed'),
    'not-applicable': sum('notapplicable'),
    waived: sum('waived'),
    'output-dir': files.outputDir ?? extra.outputDir ?? '',
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
    'artifact-name': only?.artifactName ?? '',
    'artifact-id': only?.artifactId === undefined ? '' : String(only.artifactId),
    'artifact-url': only?.artifactUrl ?? '',
    'comment-url': extra.commentUrl ?? '',
    'images-json': JSON.stringify(imagesJson(members)),
  };
}
