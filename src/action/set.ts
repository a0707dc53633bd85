/**
 * The action for a set of images (the `images` input): the scanner pulled once, each image gated by the
 * single-image steps (src/action/steps.ts) into its own folder and artifact, at most `parallel` at once,
 * then one verdict, one job summary and one sticky comment for the set. An image that reaches no verdict
 * makes the set an error naming it, and never stops the other images or loses their reports.
 */
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { setMaxListeners } from 'node:events';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isUserError, toError } from '../errors.js';
import type { GateResult } from '../gate/types.js';
import type { ActionInputs } from '../inputs/action-inputs.js';
import { resolveBaseline } from '../inputs/baseline.js';
import type { BaselineSource } from '../inputs/baseline-source.js';
import { baselineForEntry, type ImageEntry } from '../inputs/image-list.js';
import type { RunContext } from '../inputs/run-context.js';
import { writeActionEvidence } from '../pipeline/action-evidence.js';
import { gateScans, writeReports, type FactsInput } from '../pipeline/gate-files.js';
import { runFleet, defaultParallel } from '../pipeline/fleet.js';
import { artifactUrl } from '../publish/artifact.js';
import { createGitHubClient, retryPolicyFromEnv, type GitHubClient } from '../publish/github-client.js';
import type { OutputFiles } from '../publish/outputs.js';
import { uploadArtifact } from '../publish/publish.js';
import { publishSet } from '../publish/publish-set.js';
import { defaultArtifactName } from '../publish/report-key.js';
import { setActionOutputs } from '../publish/set-outputs.js';
import { gateJson } from '../report/gate-json.js';
import { setVerdict, type SetMember } from '../report/set-report.js';
import { normaliseRegistry, registryOf } from '../scan/options.js';
import { pullScannerOnce } from '../scan/scanner-image.js';
import { ScanError } from '../scan/scan-error.js';
import type { ScanLogger } from '../scan/types.js';
import { fetchBaselineArtifact, scan, waiversFile } from './steps.js';
import { inertLogText } from '../workflow-commands.js';

/** What every image of the set shares. */
interface SetRun {
  inputs: ActionInputs;
  context: RunContext;
  client: GitHubClient | undefined;
  artifacts: DefaultArtifactClient;
  signal: AbortSignal;
  inWorkspace: (path: string) => string;
  baseDir: string;
  waivers: string | undefined;
  size: number;
}

/** One image's outcome: its member of the set, its files, and its result when it reached one. */
interface MemberRun {
  member: SetMember;
  files: OutputFiles;
  result?: GateResult;
}

/**
 * The inputs for scanning `image`: the registry credentials only when it is from that registry (the scanner
 * is pulled already), so that the other images' scans neither log in nor warn about it.
 */
function inputsFor(inputs: ActionInputs, image: string): ActionInputs {
  const { registry, ...rest } = inputs;
  return registry && normaliseRegistry(registry.server) === registryOf(image) ? inputs : rest;
}

/** Each line of an image's log starts with the image, as the scans run side by side. */
function imageLogger(image: string): ScanLogger {
  return {
    info: (message) => core.info(inertLogText(`[${image}] ${message}`)),
    warning: (message) => core.warning(`[${image}] ${message}`),
  };
}

function errorText(thrown: unknown): string {
  const error = toError(thrown);
  return isUserError(error) ? error.message : `stig-gate bug: ${error.stack ?? error.message}`;
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
    const current = await scan(
      inputsFor(inputs, entry.image),
      entry.image,
      outputDir,
      run.inWorkspace,
      run.signal,
      {
        scannerReady: true,
        log,
      },
    );
    const { facts: currentFacts, scanned, results: scannedResults, ...currentFiles } = current;
    Object.assign(files, currentFiles);
    // An image baseline is scanned here, so its facts are known; other baselines' are read beside them.
    let baselineFacts: FactsInput | undefined;
    const resolved = await resolveBaseline(source, artifactName, {
      isFile: async (path) => (await stat(run.inWorkspace(path)).catch(() => undefined))?.isFile() === true,
      scanImage: async (image) => {
        const baselineScan = await scan(
          inputsFor(inputs, image),
          image,
          join(outputDir, 'baseline'),
          run.inWorkspace,
          run.signal,
          {
            scannerReady: true,
            log,
          },
        );
        baselineFacts = baselineScan.facts;
        return baselineScan.resultsXml;
      },
      isImageMissing: (error) =>
        error instanceof ScanError && ['pull target', 'inspect target'].includes(error.step),
      fetchArtifact: (name) =>
        fetchBaselineArtifact(run.client, run.artifacts, run.context, inputs.githubToken, name, outputDir),
    });
    if (resolved.path === undefined) {
      if (resolved.warning) log.warning(resolved.warning);
    } else log.info(`Comparing with ${resolved.description}`);
    const gated = await gateScans({
      current: scannedResults,
      baseline: resolved.path === undefined ? undefined : run.inWorkspace(resolved.path),
      waivers: run.waivers,
      inheritedFromHost: inputs.inheritedFromHost,
      policy: { failOn: inputs.failOn, severityThreshold: inputs.severityThreshold },
      image: entry.image,
      currentFacts,
      ...(baselineFacts && { baselineFacts }),
    });
    result = gated.result;
    // Its Markdown is also its section of the set's job summary: headed by the image.
    const heading = `STIG gate: ${entry.image} (${inputs.profile})`;
    Object.assign(files, await writeReports(result, outputDir, { markdown: { heading } }));
    member.report = gateJson(result);
    member.jsonPath = files.json;
    member.markdown = await readFile(files.markdown!, 'utf8');
    // The evidence is this image's: its facts name it, and the artifact uploads the files with the reports.
    files.evidence = await writeActionEvidence({
      result,
      current: gated.current,
      inputs: { ...inputs, image: entry.image },
      context: run.context,
      files,
      inWorkspace: run.inWorkspace,
      scanned,
    });
    log.info(`stig-gate: ${result.reason}`);
    for (const warning of result.warnings) log.warning(warning);
    if (result.scannerDrift) log.warning(`Scanner changed since the baseline: ${result.scannerDrift.notice}`);
  } catch (thrown) {
    member.error = errorText(thrown);
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
export async function gateSet(inputs: ActionInputs, context: RunContext, signal: AbortSignal): Promise<void> {
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
    inWorkspace,
    baseDir,
    client: inputs.githubToken
      ? createGitHubClient(inputs.githubToken, { policy: retryPolicyFromEnv(process.env), log: core.info })
      : undefined,
    artifacts: new DefaultArtifactClient(),
    waivers: await waiversFile(inputs.waivers, inWorkspace),
    size: entries.length,
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
          { info: (message) => core.info(message), warning: (message) => core.warning(message) },
        ),
      ),
    gate: (entry, index) => gateMember(run, entry, sources[index]!),
  });
  const runs: MemberRun[] = outcomes.map((outcome, index) => {
    if (outcome.ok) return outcome.value;
    const entry = entries[index]!;
    const artifactName = defaultArtifactName(entry.image, inputs.profile);
    return { member: { image: entry.image, artifactName, error: errorText(outcome.error) }, files: {} };
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
