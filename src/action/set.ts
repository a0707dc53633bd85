/**
 * The action for a set of images (the `images` input): the scanner pulled once, each image gated by the
 * one image pipeline (src/pipeline/image.ts) into its own folder and artifact, at most `parallel` at once,
 * then one verdict, one job summary and one sticky comment for the set. An image that reaches no verdict
 * makes the set an error naming it, and never stops the other images or loses their reports.
 */
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { setMaxListeners } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { errorMessage, isUserError, toError } from '../errors.js';
import type { GateResult } from '../gate/types.js';
import type { ActionInputs } from '../inputs/action-inputs.js';
import type { BaselineSource } from '../inputs/baseline-source.js';
import { baselineForEntry, type ImageEntry } from '../inputs/image-list.js';
import type { RunContext } from '../inputs/run-context.js';
import type { OutputFiles } from '../pipeline/files.js';
import { runFleet, defaultParallel } from '../pipeline/fleet.js';
import { gateImage, logVerdict, type ImagePlan } from '../pipeline/image.js';
import { artifactUrl } from '../publish/artifact.js';
import type { GitHubClient } from '../publish/github-client.js';
import { uploadArtifact } from '../publish/publish.js';
import { publishSet } from '../publish/publish.js';
import { defaultArtifactName } from '../report/report-key.js';
import { setActionOutputs } from '../publish/outputs.js';
import { gateJson } from '../report/gate-json.js';
import { setVerdict, type SetMember } from '../report/set-report.js';
import { pullScannerOnce } from '../scan/scanner-image.js';
import type { ScanLogger } from '../scan/types.js';
import { actionImagePlan, coreLogger, findBaseline } from './steps.js';
import { inertLogText } from '../report/workflow-commands.js';

/** What every image of the set shares. */
interface SetRun {
  inputs: ActionInputs;
  context: RunContext;
  client: GitHubClient | undefined;
  artifacts: DefaultArtifactClient;
  signal: AbortSignal;
  baseDir: string;
  plan: ImagePlan;
}

/** One image's outcome: its member of the set, its files, and its result when it reached one. */
interface MemberRun {
  member: SetMember;
  files: OutputFiles;
  result?: GateResult;
}

/** Each line of an image's log starts with the image, as the scans run side by side. */
function imageLogger(image: string): ScanLogger {
  return {
    info: (message) => core.info(inertLogText(`[${image}] ${message}`)),
    warning: (message) => core.warning(`[${image}] ${message}`),
  };
}

/** Gates one image of the set; never throws: an error is the member's `error`, and its files are uploaded. */
async function gateMember(run: SetRun, entry: ImageEntry, source: BaselineSource): Promise<MemberRun> {
  const { inputs } = run;
  const artifactName = defaultArtifactName(entry.image, inputs.profile);
  const outputDir = join(run.baseDir, artifactName);
  const files: OutputFiles = { outputDir };
  const member: SetMember = { image: entry.image, artifactName, outputDir };
  const log = imageLogger(entry.image);
  let result: GateResult | undefined;
  try {
    await mkdir(outputDir, { recursive: true });
    const gated = await gateImage(
      run.plan,
      {
        image: entry.image,
        outputDir,
        baseline: {
          kind: 'resolve',
          resolve: (scanBaseline) =>
            findBaseline(source, artifactName, { ...run, outputDir }, scanBaseline, log),
        },
        // Its Markdown is also its section of the set's job summary: headed by the image.
        heading: `STIG gate: ${entry.image} (${inputs.profile})`,
        files,
      },
      { log, signal: run.signal, scannerReady: true },
    );
    result = gated.result;
    member.report = gateJson(result);
    member.jsonPath = files.json;
    member.markdown = gated.markdown;
    logVerdict(log, result);
  } catch (thrown) {
    member.error = errorMessage(thrown);
    log.warning(`no verdict: ${member.error.split('\n', 1)[0]}`);
  }
  // Whatever the image produced is uploaded, a scan log or partial results included: nothing is lost.
  try {
    const uploaded = await uploadArtifact({ files, artifacts: run.artifacts, artifactName, inputs });
    if (!uploaded) throw new Error('the image produced no files to upload');
    member.artifactId = uploaded.id;
    member.artifactUrl = artifactUrl(
      run.context.serverUrl,
      run.context.repository,
      run.context.runId,
      uploaded.id,
    );
    log.info(`Uploaded ${artifactName} (${uploaded.size} bytes): ${member.artifactUrl}`);
  } catch (thrown) {
    const error = toError(thrown);
    // A clash means another step gates this image too: its report is not where the set says it is.
    if (isUserError(error) && member.error === undefined) member.error = error.message;
    log.warning(
      `Could not upload the report artifact '${artifactName}': ${error.message}. The reports are still in ${outputDir}.`,
    );
  }
  return result ? { member, files, result } : { member, files };
}

/** Error annotations: one per failing image or image without a verdict, at most eight, then a count. */
function annotate(runs: readonly MemberRun[]): void {
  const notable = runs.filter((run) => run.member.error !== undefined || run.result?.verdict === 'fail');
  for (const { member, result } of notable.slice(0, 8)) {
    const title = `STIG gate: ${member.image}`;
    if (member.error !== undefined) core.error(`No verdict: ${member.error.split('\n', 1)[0]}`, { title });
    else if (result) {
      const rules = result.newFailures.slice(0, 5).map((rule) => rule.stig.ruleId ?? rule.ruleId);
      const more = result.newFailures.length - rules.length;
      core.error(
        `${result.reason}${rules.length > 0 ? `: ${rules.join(', ')}${more > 0 ? ` and ${more} more` : ''}` : ''}`,
        { title },
      );
    }
  }
  if (notable.length > 8)
    core.error(`…and ${notable.length - 8} more images; the job summary lists them all.`);
}

/**
 * Runs the set: checks the baselines first (a typo costs no scan), pulls the scanner, gates the images,
 * publishes, sets the outputs and fails the step unless the set passed.
 */
export async function gateSet(
  inputs: ActionInputs,
  context: RunContext,
  client: GitHubClient | undefined,
  signal: AbortSignal,
): Promise<void> {
  const inWorkspace = (path: string) => resolve(context.workspace, path);
  const entries = inputs.images;
  // Every scan of the set listens to the one signal (a few listeners each): not a leak.
  setMaxListeners(Math.max(10, entries.length * 8), signal);
  const sources = entries.map((entry) => baselineForEntry(entry, inputs.baseline, entries.length));
  const baseDir = inWorkspace(inputs.outputDir ?? join(context.runnerTemp ?? tmpdir(), 'stig-gate'));
  const run: SetRun = {
    inputs,
    context,
    signal,
    baseDir,
    client,
    artifacts: new DefaultArtifactClient(),
    plan: await actionImagePlan(inputs, context, inWorkspace),
  };
  const parallel = inputs.parallel ?? defaultParallel();
  core.info(
    `Gating ${entries.length} images, ${parallel} at a time: ${entries.map((e) => e.image).join(', ')}`,
  );
  const outcomes = await runFleet(entries, {
    parallel,
    prepare: () =>
      core.group('Pull the scanner', () =>
        pullScannerOnce(
          {
            scannerImage: inputs.scannerImage,
            pull: inputs.pull,
            ...(inputs.registry && { registry: inputs.registry }),
          },
          coreLogger,
        ),
      ),
    gate: (entry, index) => gateMember(run, entry, sources[index]!),
  });
  const runs: MemberRun[] = outcomes.map((outcome, index) => {
    if (outcome.ok) return outcome.value;
    const entry = entries[index]!;
    const artifactName = defaultArtifactName(entry.image, inputs.profile);
    return { member: { image: entry.image, artifactName, error: errorMessage(outcome.error) }, files: {} };
  });
  const members = runs.map((r) => r.member);
  const verdict = setVerdict(members);
  annotate(runs);
  const published = await publishSet({ members, inputs, context, client: run.client });
  const filesOf = (member: SetMember) => runs.find((r) => r.member === member)?.files ?? {};
  const outputs = setActionOutputs(members, filesOf, { ...published, outputDir: baseDir });
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  if (verdict.verdict === 'pass') core.info(verdict.reason);
  else core.setFailed(verdict.reason);
}
