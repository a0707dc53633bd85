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
import { ConfigurationError, isUserError, toError } from './errors.js';
import type { GateResult } from './gate/types.js';
import { getInputs } from './inputs/action-inputs.js';
import { resolveBaseline } from './inputs/baseline.js';
import { readRunContext, type RunContext } from './inputs/run-context.js';
import { writeActionEvidence } from './pipeline/action-evidence.js';
import { gateScans, writeReports, type FactsInput } from './pipeline/gate-files.js';
import { createGitHubClient, retryPolicyFromEnv } from './publish/github-client.js';
import { newFailureAnnotations } from './publish/job-summary.js';
import { actionOutputs, type OutputFiles, type OutputPublishing } from './publish/outputs.js';
import { artifactUrl } from './publish/artifact.js';
import { publishReports, uploadArtifact } from './publish/publish.js';
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
  // Set once known, so that an error after the output folder exists still uploads what it holds.
  let upload: ((files: OutputFiles) => Promise<void>) | undefined;
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
    await makeOutputDir(outputDir);
    files.outputDir = outputDir;
    const client = inputs.githubToken
      ? createGitHubClient(inputs.githubToken, { policy: retryPolicyFromEnv(process.env), log: core.info })
      : undefined;
    const artifacts = new DefaultArtifactClient();
    upload = (produced) =>
      uploadWhatExists({ files: produced, artifacts, artifactName, inputs }, context, publishing);

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
    let baselineFrom: string | undefined;

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
      baselineFrom = resolved.description;
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
      ...(baselineFrom !== undefined && { baselineFrom }),
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
    // What the run produced before the error (scan.log, the results, the reports) is kept as the artifact.
    if (upload && !publishing.artifactId) await upload(files);
    setOutputs(actionOutputs(result, message.split('\n', 1)[0], files, publishing));
    await summariseError(message, result, publishing.artifactUrl);
    core.setFailed(message);
  }
}

/** The output folder; one that cannot be made (a file of that name, no permission) is the input's error. */
async function makeOutputDir(outputDir: string): Promise<void> {
  try {
    await mkdir(outputDir, { recursive: true });
  } catch (error) {
    throw new ConfigurationError(
      `cannot create the output folder ${outputDir}: ${toError(error).message}; check the 'output-dir' input`,
    );
  }
}

/** Uploads the files that exist after an error; a failure is a warning (the error is what the step reports). */
async function uploadWhatExists(
  input: Parameters<typeof uploadArtifact>[0],
  context: RunContext,
  publishing: OutputPublishing,
): Promise<void> {
  await core.group('Upload what the run produced', async () => {
    try {
      const uploaded = await uploadArtifact(input);
      if (!uploaded) return core.info('Nothing to upload: the run produced no files before the error.');
      publishing.artifactId = uploaded.id;
      publishing.artifactUrl = artifactUrl(context.serverUrl, context.repository, context.runId, uploaded.id);
      core.info(`Uploaded ${input.artifactName} (${uploaded.size} bytes): ${publishing.artifactUrl}`);
    } catch (thrown) {
      core.warning(`Could not upload what the run produced: ${toError(thrown).message}`);
    }
  });
}

/**
 * A job summary that says the step stopped without a verdict (or, when the gate had decided, that the step
 * could not finish after it), so the summary page is never silent.
 */
async function summariseError(
  message: string,
  result: GateResult | undefined,
  artifact: string | undefined,
): Promise<void> {
  try {
    const lines = message.split('\n').map((line) => escapeMarkdown(line));
    const decided = result
      ? `\n\nThe gate had decided (${escapeMarkdown(result.reason)}), but the step stopped before it was published.`
      : '';
    const kept = artifact ? `\n\nWhat the run produced is in [the report artifact](${artifact}).` : '';
    await core.summary
      .addRaw(`## STIG gate: no verdict\n\n❗ ${lines.join('  \n')}${decided}${kept}\n`)
      .write();
  } catch (thrown) {
    core.warning(`Could not write the job summary: ${toError(thrown).message}`);
  }
}

function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
