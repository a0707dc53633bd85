/**
 * The action: the one place that touches @actions/core, GitHub, the file system and Docker, and it only
 * wires: inputs → scan (or a given results file) → baseline → gate → reports → publish → outputs.
 * The verdict is decided before publishing and reported after it; a publishing failure is a warning and
 * never changes the verdict; the last log line says why the step passed or failed.
 */
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigurationError, isUserError, toError } from './errors.js';
import type { GateResult } from './gate/types.js';
import { getInputs, type ActionInputs } from './inputs/action-inputs.js';
import { resolveBaseline } from './inputs/baseline.js';
import { readRunContext, type RunContext } from './inputs/run-context.js';
import { gateFiles, writeReports } from './pipeline/gate-files.js';
import { explainApiError } from './publish/api-errors.js';
import { downloadBaselineResults, findBaselineArtifact } from './publish/baseline-artifact.js';
import { createGitHubClient, retryPolicyFromEnv, type GitHubClient } from './publish/github-client.js';
import { newFailureAnnotations } from './publish/job-summary.js';
import { actionOutputs, type OutputFiles, type OutputPublishing } from './publish/outputs.js';
import { publishReports } from './publish/publish.js';
import { defaultArtifactName } from './publish/report-key.js';
import { escapeMarkdown } from './report/escape.js';
import { resolveScanMode } from './scan/options.js';
import { scanImage } from './scan/scan.js';
import { ScanError } from './scan/scan-error.js';

/** Where `.stig-gate/waivers.yml` is looked for when the `waivers` input is empty. */
export const DEFAULT_WAIVERS_FILE = '.stig-gate/waivers.yml';

export async function run(): Promise<void> {
  // A cancelled job gets SIGINT/SIGTERM from the runner: stop the scan so its containers are removed.
  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    core.warning(`${signal}: stopping the scan and removing its containers`);
    cancel.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await gate(cancel.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function gate(signal: AbortSignal): Promise<void> {
  const files: OutputFiles = {};
  const publishing: OutputPublishing = {};
  let result: GateResult | undefined;
  try {
    const inputs = getInputs();
    const context = readRunContext(process.env, github.context.payload, process.cwd());
    const inWorkspace = (path: string) => resolve(context.workspace, path);
    const artifactName = inputs.artifactName ?? defaultArtifactName(inputs.image, inputs.profile);
    publishing.artifactName = artifactName;
    const outputDir = inWorkspace(
      inputs.outputDir ?? join(context.runnerTemp ?? tmpdir(), 'stig-gate', artifactName),
    );
    await mkdir(outputDir, { recursive: true });
    files.outputDir = outputDir;
    const client = inputs.githubToken
      ? createGitHubClient(inputs.githubToken, { policy: retryPolicyFromEnv(process.env), log: core.info })
      : undefined;
    const artifacts = new DefaultArtifactClient();

    const current = await core.group(
      inputs.results ? `Results ${inputs.results}` : `Scan ${inputs.image}`,
      () =>
        inputs.results
          ? takeResults(inWorkspace(inputs.results), outputDir)
          : scan(inputs, inputs.image, outputDir, inWorkspace, signal),
    );
    Object.assign(files, current);

    const baseline = await core.group('Baseline', async () => {
      const resolved = await resolveBaseline(inputs.baseline, artifactName, {
        isFile: async (path) => (await stat(inWorkspace(path)).catch(() => undefined))?.isFile() === true,
        scanImage: async (image) =>
          (await scan(inputs, image, join(outputDir, 'baseline'), inWorkspace, signal)).resultsXml,
        isImageMissing: (error) =>
          error instanceof ScanError && ['pull target', 'inspect target'].includes(error.step),
        fetchArtifact: (name) =>
          fetchBaselineArtifact(client, artifacts, context, inputs.githubToken, name, outputDir),
      });
      if (resolved.path === undefined) {
        if (resolved.warning) core.warning(resolved.warning);
        else core.info('No baseline: every failure counts as new.');
        return undefined;
      }
      core.info(`Comparing with ${resolved.description}`);
      return inWorkspace(resolved.path);
    });

    const waivers = await waiversFile(inputs.waivers, inWorkspace);
    const verdict = await gateFiles({
      current: current.resultsXml,
      baseline,
      waivers,
      inheritedFromHost: inputs.inheritedFromHost,
      policy: { failOn: inputs.failOn, severityThreshold: inputs.severityThreshold },
      image: inputs.image,
      ...(!inputs.results && { scanMode: resolveScanMode(inputs.scanMode) }),
    });
    result = verdict;
    Object.assign(files, await writeReports(verdict, outputDir));
    core.info(`stig-gate: ${verdict.reason}`);
    for (const warning of verdict.warnings) core.warning(warning);
    for (const annotation of newFailureAnnotations(verdict))
      core.error(annotation.message, { title: annotation.title });

    const published = await publishReports({
      result: verdict,
      inputs,
      context,
      files,
      artifactName,
      client,
      artifacts,
    });
    Object.assign(publishing, published.outputs);
    setOutputs(actionOutputs(verdict, undefined, files, publishing));
    if (verdict.verdict === 'fail') {
      if (published.error) core.error(published.error.message);
      core.setFailed(verdict.reason);
    } else if (published.error) {
      core.setFailed(published.error.message);
    } else {
      core.info(verdict.reason);
    }
  } catch (thrown) {
    const error = toError(thrown);
    const message = isUserError(error) ? error.message : `stig-gate bug: ${error.stack ?? error.message}`;
    setOutputs(actionOutputs(result, message.split('\n', 1)[0], files, publishing));
    if (!result) await summariseError(message);
    core.setFailed(message);
  }
}

/** A job summary that says the step stopped without a verdict, so the summary page is never silent. */
async function summariseError(message: string): Promise<void> {
  try {
    const lines = message.split('\n').map((line) => escapeMarkdown(line));
    await core.summary.addRaw(`## STIG gate: no verdict\n\n❗ ${lines.join('  \n')}\n`).write();
  } catch (thrown) {
    core.warning(`Could not write the job summary: ${toError(thrown).message}`);
  }
}

function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

/** Gates a results file made elsewhere, copied into the output folder so that the artifact holds it. */
async function takeResults(path: string, outputDir: string): Promise<{ resultsXml: string }> {
  core.info(`Gating ${path} (no scan)`);
  const copy = join(outputDir, 'results.xml');
  if (resolve(path) === copy) return { resultsXml: copy };
  try {
    await copyFile(path, copy);
    return { resultsXml: copy };
  } catch {
    // Missing, a folder, unreadable: the results reader reports it with the file named, and fails closed.
    return { resultsXml: path };
  }
}

async function scan(
  inputs: ActionInputs,
  image: string,
  outputDir: string,
  inWorkspace: (path: string) => string,
  signal: AbortSignal,
): Promise<{ resultsXml: string; resultsArf: string; reportHtml: string }> {
  const output = await scanImage(
    {
      image,
      signal,
      scannerImage: inputs.scannerImage,
      mode: inputs.scanMode,
      rootfsMaxMb: inputs.rootfsMaxMb,
      profile: inputs.profile,
      ...(inputs.datastream && { datastream: inWorkspace(inputs.datastream) }),
      ...(inputs.tailoringFile && { tailoringFile: inWorkspace(inputs.tailoringFile) }),
      timeoutSeconds: inputs.scanTimeoutMinutes * 60,
      outputDir,
      pull: inputs.pull,
      ...(inputs.registry && { registry: inputs.registry }),
    },
    undefined,
    { info: (message) => core.info(message), warning: (message) => core.warning(message) },
  );
  core.info(
    `Scanned ${image} (${output.targetDigest}) in ${output.mode} mode with ${inputs.scannerImage} (${output.scannerDigest}); oscap exit ${output.oscapExitCode}`,
  );
  return { resultsXml: output.resultsXml, resultsArf: output.resultsArf, reportHtml: output.reportHtml };
}

async function fetchBaselineArtifact(
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
async function waiversFile(
  input: string | undefined,
  inWorkspace: (path: string) => string,
): Promise<string | undefined> {
  if (input) return inWorkspace(input);
  const fallback = inWorkspace(DEFAULT_WAIVERS_FILE);
  const exists = (await stat(fallback).catch(() => undefined))?.isFile() === true;
  if (exists) core.info(`Using waivers from ${DEFAULT_WAIVERS_FILE}`);
  return exists ? fallback : undefined;
}
