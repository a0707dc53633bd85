/**
 * The action's steps for one image, shared by the single-image run (src/main.ts) and a set of images
 * (src/action/set.ts): take or scan the results, fetch the baseline artifact, find the waivers file.
 */
import type { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { copyFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { ScanFacts } from '../gate/scan-facts.js';
import type { ActionInputs } from '../inputs/action-inputs.js';
import type { RunContext } from '../inputs/run-context.js';
import type { ScanResults } from '../results/model.js';
import type { ScannedImages } from '../pipeline/action-evidence.js';
import type { FactsInput } from '../pipeline/gate-files.js';
import { factsOfScan } from '../pipeline/scan-facts.js';
import { explainApiError } from '../publish/api-errors.js';
import { downloadBaselineResults, findBaselineArtifact } from '../publish/baseline-artifact.js';
import type { GitHubClient } from '../publish/github-client.js';
import { scanImage, type ScanLogger } from '../scan/scan.js';
import { inertLogText } from '../workflow-commands.js';

/** Where `.stig-gate/waivers.yml` is looked for when the `waivers` input is empty. */
export const DEFAULT_WAIVERS_FILE = '.stig-gate/waivers.yml';

/**
 * The action's log, as a scan reports to it. Its lines can quote the image (scanner output, file names):
 * `core.info` prints them raw, so they go through inertLogText; `core.warning` escapes its text itself.
 */
const coreLogger: ScanLogger = {
  info: (message) => core.info(inertLogText(message)),
  warning: (message) => core.warning(message),
};

/**
 * Gates a results file made elsewhere, copied into the output folder so that the artifact holds it; its
 * facts are read beside the original (a scan.json or stig-gate.json that came with it).
 */
export async function takeResults(
  path: string,
  outputDir: string,
): Promise<{ resultsXml: string; facts: FactsInput; scanned?: ScannedImages; results?: ScanResults }> {
  core.info(`Gating ${path} (no scan)`);
  const copy = join(outputDir, 'results.xml');
  const facts = { beside: path };
  if (resolve(path) === copy) return { resultsXml: copy, facts };
  try {
    await copyFile(path, copy);
    return { resultsXml: copy, facts };
  } catch {
    // Missing, a folder, unreadable: the results reader reports it with the file named, and fails closed.
    return { resultsXml: path, facts };
  }
}

/**
 * Scans `image` into `outputDir` as the inputs say, with the scan's facts (for the drift notice) and the
 * digests scanned (for the evidence). `options.scannerReady` skips the scanner's pull (a set pulled it
 * once); `options.log` replaces the action's log (a set prefixes each line with its image).
 */
export async function scan(
  inputs: ActionInputs,
  image: string,
  outputDir: string,
  inWorkspace: (path: string) => string,
  signal: AbortSignal,
  options: { scannerReady?: boolean; log?: ScanLogger } = {},
): Promise<{
  resultsXml: string;
  resultsArf: string;
  reportHtml: string;
  facts: ScanFacts;
  scanned: ScannedImages;
  /** The results as the scan read them, with the ARF's evidence: gated as they are, so no report lacks it. */
  results: ScanResults;
}> {
  const log = options.log ?? coreLogger;
  const output = await scanImage(
    {
      image,
      signal,
      scannerImage: inputs.scannerImage,
      mode: inputs.scanMode,
      rootfsMaxMb: inputs.rootfsMaxMb,
      ...(inputs.scannerMemoryMb !== undefined && { scannerMemoryMb: inputs.scannerMemoryMb }),
      scannerPidsLimit: inputs.scannerPidsLimit,
      scannerCpuShares: inputs.scannerCpuShares,
      profile: inputs.profile,
      ...(inputs.datastream && { datastream: inWorkspace(inputs.datastream) }),
      ...(inputs.tailoringFile && { tailoringFile: inWorkspace(inputs.tailoringFile) }),
      timeoutSeconds: inputs.scanTimeoutMinutes * 60,
      outputDir,
      pull: inputs.pull,
      ...(inputs.registry && { registry: inputs.registry }),
      ...(options.scannerReady && { scannerReady: true }),
    },
    undefined,
    log,
  );
  log.info(
    `Scanned ${image} (${output.targetDigest}) in ${output.mode} mode with ${inputs.scannerImage} (${output.scannerDigest}); oscap exit ${output.oscapExitCode}`,
  );
  return {
    resultsXml: output.resultsXml,
    resultsArf: output.resultsArf,
    reportHtml: output.reportHtml,
    facts: factsOfScan(output, { scannerImage: inputs.scannerImage, mode: inputs.scanMode }),
    scanned: {
      imageDigest: output.targetDigest,
      scannerDigest: output.scannerDigest,
      mode: output.mode,
    },
    results: output.results,
  };
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
