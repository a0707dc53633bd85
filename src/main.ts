/**
 * The action: the one place that touches @actions/core, GitHub, the file system and Docker, and it only
 * wires: inputs → the run plan (src/action/steps.ts) → the one runner (src/pipeline/run.ts) → publish → outputs.
 * The verdict is decided before publishing and reported after it; a publishing failure is a warning and
 * never changes the verdict; the last log line says why the step passed or failed.
 */
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { mergeSet } from './action/merge.js';
import { gateSet } from './action/set.js';
import { actionBaseline, actionRunPlan, coreLogger } from './action/steps.js';
import { errorMessage, toError } from './errors.js';
import type { GateResult } from './gate/types.js';
import { getInputs } from './inputs/action-inputs.js';
import { readRunContext, type RunContext } from './inputs/run-context.js';
import type { OutputFiles } from './pipeline/files.js';
import { logVerdict } from './pipeline/image.js';
import { runPlan } from './pipeline/run.js';
import { createGitHubClient, retryPolicyFromEnv } from './publish/github-client.js';
import { newFailureAnnotations } from './publish/job-summary.js';
import { actionOutputs, type OutputPublishing } from './publish/outputs.js';
import { artifactUrl } from './publish/artifact.js';
import { publishReports, uploadArtifact } from './publish/publish.js';
import { escapeMarkdown } from './report/escape.js';

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
  let files: OutputFiles = {};
  const publishing: OutputPublishing = {};
  let result: GateResult | undefined;
  // Set once known, so that an error after the output folder exists still uploads what it holds.
  let upload: ((files: OutputFiles) => Promise<void>) | undefined;
  try {
    const inputs = getInputs();
    const context = readRunContext(process.env, github.context.payload, process.cwd());
    // The one API client of the run; none without a token.
    const client = inputs.githubToken
      ? createGitHubClient(inputs.githubToken, { policy: retryPolicyFromEnv(process.env), log: core.info })
      : undefined;
    // A merge of matrix jobs' reports, or a set of images: one verdict, summary and comment for the set.
    if (inputs.merge) return await mergeSet(inputs, context, client);
    const plan = await actionRunPlan(inputs, context);
    if (plan.set) return await gateSet(plan, inputs, context, client, signal);
    const { artifactName } = plan.images[0]!;
    publishing.artifactName = artifactName;
    const artifacts = new DefaultArtifactClient();
    upload = (produced) =>
      uploadWhatExists({ files: produced, artifacts, artifactName, inputs }, context, publishing);

    const [run] = await runPlan(plan, {
      log: coreLogger,
      signal,
      group: (name, step) => core.group(name, step),
      baseline: actionBaseline({ client, artifacts, context, inputs }),
    });
    files = run!.files;
    // Known before the files are written, so that an error writing them still says what was decided.
    result = run!.gated?.result;
    if (!run!.outcome) throw run!.error;
    const verdict = run!.outcome.result;
    logVerdict(coreLogger, verdict);
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
    const message = errorMessage(thrown);
    // What the run produced before the error (scan.log, the results, the reports) is kept as the artifact.
    if (upload && !publishing.artifactId) await upload(files);
    setOutputs(actionOutputs(result, message.split('\n', 1)[0], files, publishing));
    await summariseError(message, result, publishing.artifactUrl);
    core.setFailed(message);
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
