/**
 * The action: the one place that touches @actions/core, GitHub, the file system and Docker, and it only
 * wires: inputs → scan (or a given results file) → baseline → gate → reports → publish → outputs.
 * The verdict is decided before publishing and reported after it; a publishing failure is a warning and
 * never changes the verdict; the last log line says why the step passed or failed.
 */
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { mkdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mergeSet } from './action/merge.js';
import { gateSet } from './action/set.js';
import { fetchBaselineArtifact, scan, takeResults, waiversFile } from './action/steps.js';
import { isUserError, toError } from './errors.js';
import type { GateResult } from './gate/types.js';
import { getInputs } from './inputs/action-inputs.js';
import { resolveBaseline } from './inputs/baseline.js';
import { readRunContext } from './inputs/run-context.js';
import { writeActionEvidence } from './pipeline/action-evidence.js';
import { gateScans, writeReports, type FactsInput } from './pipeline/gate-files.js';
import { createGitHubClient, retryPolicyFromEnv } from './publish/github-client.js';
import { newFailureAnnotations } from './publish/job-summary.js';
import { actionOutputs, type OutputFiles, type OutputPublishing } from './publish/outputs.js';
import { publishReports } from './publish/publish.js';
import { defaultArtifactName } from './publish/report-key.js';
import { escapeMarkdown } from './report/escape.js';
import { ScanError } from './scan/scan-error.js';

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
    // A set of images, or a merge of matrix jobs' reports: one verdict, summary and comment for the set.
    if (inputs.merge) return await mergeSet(inputs, context);
    if (inputs.images.length > 0) return await gateSet(inputs, context, signal);
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

    const { facts: currentFacts, ...current } = await core.group(
      inputs.results ? `Results ${inputs.results}` : `Scan ${inputs.image}`,
      () =>
        inputs.results
          ? takeResults(inWorkspace(inputs.results), outputDir)
          : scan(inputs, inputs.image, outputDir, inWorkspace, signal),
    );
    const { scanned, results: scannedResults, ...currentFiles } = current;
    Object.assign(files, currentFiles);
    // An image baseline is scanned here, so its facts are known; other baselines' are read beside them.
    let baselineFacts: FactsInput | undefined;

    const baseline = await core.group('Baseline', async () => {
      const resolved = await resolveBaseline(inputs.baseline, artifactName, {
        isFile: async (path) => (await stat(inWorkspace(path)).catch(() => undefined))?.isFile() === true,
        scanImage: async (image) => {
          const scanned = await scan(inputs, image, join(outputDir, 'baseline'), inWorkspace, signal);
          baselineFacts = scanned.facts;
          return scanned.resultsXml;
        },
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
    const { result: verdict, current: currentScan } = await gateScans({
      current: scannedResults ?? current.resultsXml,
      baseline,
      waivers,
      inheritedFromHost: inputs.inheritedFromHost,
      policy: { failOn: inputs.failOn, severityThreshold: inputs.severityThreshold },
      image: inputs.image,
      currentFacts,
      ...(baselineFacts && { baselineFacts }),
    });
    result = verdict;
    Object.assign(files, await writeReports(verdict, outputDir));
    files.evidence = await core.group('Evidence for assessors', () =>
      writeActionEvidence({
        result: verdict,
        current: currentScan,
        inputs,
        context,
        files,
        inWorkspace,
        ...(scanned && { scanned }),
      }),
    );
    core.info(`stig-gate: ${verdict.reason}`);
    for (const warning of verdict.warnings) core.warning(warning);
    if (verdict.scannerDrift)
      core.warning(`Scanner changed since the baseline: ${verdict.scannerDrift.notice}`);
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
