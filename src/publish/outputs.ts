/** The action's outputs, as one plain record built from what the run produced. */
import type { GateResult } from '../gate/types.js';
import type { EvidencePaths } from '../assessor/format-names.js';

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

/** Files on disk; absent ones are empty outputs. */
export interface OutputFiles {
  outputDir?: string;
  reportHtml?: string;
  resultsXml?: string;
  resultsArf?: string;
  json?: string;
  sarif?: string;
  markdown?: string;
  /** The assessor evidence files written, by format. */
  evidence?: EvidencePaths;
}

export interface OutputPublishing {
  artifactName?: string;
  artifactId?: number;
  artifactUrl?: string;
  commentUrl?: string;
}

/**
 * The outputs for a run that reached a verdict (`result`) or stopped with an error (`result` absent:
 * `verdict` is `error` and `reason` the error). Every name is always set, empty when not known, so a
 * later step can read any of them without checking.
 */
export function actionOutputs(
  result: GateResult | undefined,
  errorReason: string | undefined,
  files: OutputFiles,
  publishing: OutputPublishing,
): ActionOutputs {
  const count = (value: number | undefined) => (value === undefined ? '' : String(value));
  return {
    // An error after the verdict (writing reports, say) still ends the step as an error: the outputs say so.
    verdict: errorReason !== undefined ? 'error' : (result?.verdict ?? 'error'),
    reason: errorReason ?? result?.reason ?? '',
    'new-failures': count(result?.counts.newFailures),
    fixed: count(result?.counts.fixed),
    'still-failing': count(result?.counts.stillFailing),
    failed: count(result?.counts.failed),
    passed: count(result?.counts.passed),
    'not-applicable': count(result?.counts.notapplicable),
    waived: count(result?.counts.waived),
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
    'artifact-name': publishing.artifactName ?? '',
    'artifact-id': count(publishing.artifactId),
    'artifact-url': publishing.artifactUrl ?? '',
    'comment-url': publishing.commentUrl ?? '',
    'images-json': JSON.stringify([
      {
        image: result?.image ?? null,
        verdict: errorReason !== undefined ? 'error' : (result?.verdict ?? 'error'),
        reason: errorReason ?? result?.reason ?? '',
        newFailures: result?.counts.newFailures ?? null,
        fixed: result?.counts.fixed ?? null,
        stillFailing: result?.counts.stillFailing ?? null,
        waived: result?.counts.waived ?? null,
        failed: result?.counts.failed ?? null,
        passed: result?.counts.passed ?? null,
        notApplicable: result?.counts.notapplicable ?? null,
        artifactName: publishing.artifactName ?? '',
        artifactId: publishing.artifactId ?? null,
        artifactUrl: publishing.artifactUrl ?? null,
        outputDir: files.outputDir ?? null,
        jsonPath: files.json ?? null,
      },
    ]),
  };
}
