/**
 * What the action adds to the one image pipeline (src/pipeline/image.ts), for a single image (src/main.ts)
 * and a set (src/action/set.ts): the plan from its inputs, the baseline (files, images, artifacts), the
 * waivers file.
 */
import type { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { ActionInputs } from '../inputs/action-inputs.js';
import { resolveBaseline } from '../inputs/baseline.js';
import type { BaselineSource } from '../inputs/baseline-source.js';
import { workflowRunOf, type RunContext } from '../inputs/run-context.js';
import { defaultParallel } from '../pipeline/fleet.js';
import type { BaselinePlan } from '../pipeline/image.js';
import { planImages, type PlannedImage, type RunPlan } from '../pipeline/run.js';
import { defaultArtifactName } from '../report/report-key.js';
import { explainApiError } from '../publish/api-errors.js';
import { downloadBaselineResults, findBaselineArtifact } from '../publish/baseline-artifact.js';
import type { GitHubClient } from '../publish/github-client.js';
import { ScanError } from '../scan/scan-error.js';
import type { ScanLogger } from '../scan/scan.js';
import { inertLogText } from '../report/workflow-commands.js';

/** Where `.stig-gate/waivers.yml` is looked for when the `waivers` input is empty. */
export const DEFAULT_WAIVERS_FILE = '.stig-gate/waivers.yml';

/**
 * The action's log, as a scan reports to it. Its lines can quote the image (scanner output, file names):
 * `core.info` prints them raw, so they go through inertLogText; `core.warning` escapes its text itself.
 */
export const coreLogger: ScanLogger = {
  info: (message) => core.info(inertLogText(message)),
  warning: (message) => core.warning(message),
};

/**
 * The run plan from the action's inputs: `image` (or `disk`) alone, or the `images` set, each image in its
 * folder under `output-dir` (default a folder under RUNNER_TEMP), paths from the workspace.
 */
export async function actionRunPlan(inputs: ActionInputs, context: RunContext): Promise<RunPlan> {
  const inWorkspace = (path: string) => resolve(context.workspace, path);
  const set = inputs.images.length > 0;
  const entries = set ? inputs.images : [{ image: inputs.image }];
  const artifactName = set
    ? undefined
    : (inputs.artifactName ?? defaultArtifactName(inputs.image, inputs.profile));
  const outputDir = inWorkspace(
    inputs.outputDir ??
      join(context.runnerTemp ?? tmpdir(), 'stig-gate', ...(artifactName ? [artifactName] : [])),
  );
  const images = planImages(entries, {
    set,
    outputDir,
    baseline: inputs.baseline,
    profile: inputs.profile,
    ...(artifactName && { artifactName }),
  });
  if (inputs.results) images[0]!.results = inWorkspace(inputs.results);
  const waivers = await waiversFile(inputs.waivers, inWorkspace);
  return {
    images,
    set,
    parallel: inputs.parallel ?? defaultParallel(),
    outputDir,
    outputDirName: "the 'output-dir' input",
    each: {
      scan: {
        scannerImage: inputs.scannerImage,
        mode: inputs.scanMode,
        rootfsMaxMb: inputs.rootfsMaxMb,
        ...(inputs.scannerMemoryMb !== undefined && { scannerMemoryMb: inputs.scannerMemoryMb }),
        scannerPidsLimit: inputs.scannerPidsLimit,
        scannerCpuShares: inputs.scannerCpuShares,
        ...(inputs.rootfsExtractAll && { rootfsExtractAll: true }),
        profile: inputs.profile,
        ...(inputs.datastream && { datastream: inWorkspace(inputs.datastream) }),
        ...(inputs.tailoringFile && { tailoringFile: inWorkspace(inputs.tailoringFile) }),
        timeoutSeconds: inputs.scanTimeoutMinutes * 60,
        pull: inputs.pull,
        ...(inputs.registry && { registry: inputs.registry }),
      },
      gate: {
        policy: { failOn: inputs.failOn, severityThreshold: inputs.severityThreshold },
        inheritedFromHost: inputs.inheritedFromHost,
        ...(waivers && { waivers }),
      },
      evidence: inputs.evidence,
      workflowRun: workflowRunOf(context),
      uploadRawReports: inputs.uploadRawReports,
    },
  };
}

/** The action finds each image's baseline itself: files, images and artifacts, a missing one a warning. */
export function actionBaseline(run: Omit<BaselineRun, 'outputDir'>) {
  return (planned: PlannedImage, log: ScanLogger): BaselinePlan => ({
    kind: 'resolve',
    resolve: (scanBaseline) =>
      findBaseline(
        planned.baseline,
        planned.artifactName,
        { ...run, outputDir: planned.outputDir },
        scanBaseline,
        log,
      ),
  });
}

/** What finding an image's baseline needs from the run. */
export interface BaselineRun {
  client: GitHubClient | undefined;
  artifacts: DefaultArtifactClient;
  context: RunContext;
  inputs: Pick<ActionInputs, 'githubToken'>;
  outputDir: string;
}

/**
 * The baseline's results file and where it came from, as `source` names it (a missing artifact or image is a
 * warning: every failure is new; a missing file an error);
 * `scan` scans a baseline image in this run.
 */
export async function findBaseline(
  source: BaselineSource,
  artifactName: string,
  run: BaselineRun,
  scan: (image: string) => Promise<string>,
  log: ScanLogger,
): Promise<{ path: string; from: string } | undefined> {
  const inWorkspace = (path: string) => resolve(run.context.workspace, path);
  const resolved = await resolveBaseline(source, artifactName, {
    isFile: async (path) => (await stat(inWorkspace(path)).catch(() => undefined))?.isFile() === true,
    scanImage: scan,
    isImageMissing: (error) =>
      error instanceof ScanError && ['pull target', 'inspect target'].includes(error.step),
    fetchArtifact: (name) =>
      fetchBaselineArtifact(
        run.client,
        run.artifacts,
        run.context,
        run.inputs.githubToken,
        name,
        run.outputDir,
      ),
  });
  if (resolved.path === undefined) {
    if (resolved.warning) log.warning(resolved.warning);
    else log.info('No baseline: every failure counts as new.');
    return undefined;
  }
  log.info(`Comparing with ${resolved.description}`);
  return { path: inWorkspace(resolved.path), from: resolved.description };
}

export async function fetchBaselineArtifact(
  client: GitHubClient | undefined,
  artifacts: DefaultArtifactClient,
  context: RunContext,
  token: string,
  name: string,
  outputDir: string,
) {
  if (!client) return { notFound: "the 'github-token' input is empty, so the API cannot be asked" };
  const run = {
    owner: context.owner,
    repo: context.repo,
    runId: context.runId,
    ...(context.workflowRef && { workflowRef: context.workflowRef }),
    ...(context.defaultBranch && { defaultBranch: context.defaultBranch }),
  };
  let found;
  try {
    found = await findBaselineArtifact(client, run, name);
  } catch (error) {
    throw new ConfigurationError(
      explainApiError(error, { operation: 'look for the baseline artifact', permission: 'actions: read' }),
    );
  }
  if ('notFound' in found) return found;
  core.info(
    `Found baseline artifact ${name} (id ${found.artifactId}) in run ${found.runId} on ${found.branch}`,
  );
  return downloadBaselineResults(artifacts, found, run, token, join(outputDir, 'baseline'));
}

/** The waivers file: the input's (which must exist), else the default one when the repository has it. */
export async function waiversFile(
  input: string | undefined,
  inWorkspace: (path: string) => string,
): Promise<string | undefined> {
  if (input) return inWorkspace(input);
  const fallback = inWorkspace(DEFAULT_WAIVERS_FILE);
  const exists = (await stat(fallback).catch(() => undefined))?.isFile() === true;
  if (exists) core.info(`Using waivers from ${DEFAULT_WAIVERS_FILE}`);
  return exists ? fallback : undefined;
}
