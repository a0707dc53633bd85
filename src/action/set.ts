/**
 * The action for a set of images (the `images` input): the scanner pulled once, each image gated by the
 * one image pipeline (src/pipeline/image.ts) into its own folder and artifact, at most `parallel` at once,
 * then one verdict, one job summary and one sticky comment for the set. An image that reaches no verdict
 * makes the set an error naming it, and never stops the other images or loses their reports.
 */
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { isUserError, toError } from '../errors.js';
import type { ActionInputs } from '../inputs/action-inputs.js';
import type { RunContext } from '../inputs/run-context.js';
import { logVerdict } from '../pipeline/image.js';
import { runPlan, type ImageRun, type RunPlan } from '../pipeline/run.js';
import { artifactUrl } from '../publish/artifact.js';
import type { GitHubClient } from '../publish/github-client.js';
import { publishSet, uploadArtifact } from '../publish/publish.js';
import { setActionOutputs } from '../publish/outputs.js';
import { setVerdict } from '../report/set-report.js';
import { actionBaseline, coreLogger } from './steps.js';

/**
 * After each image: its verdict in the log, and whatever it produced uploaded, a scan log or partial results
 * included: nothing is lost.
 */
async function uploadImage(
  run: ImageRun,
  inputs: ActionInputs,
  context: RunContext,
  artifacts: DefaultArtifactClient,
): Promise<void> {
  const { member, log, files } = run;
  if (run.outcome) logVerdict(log, run.outcome.result);
  try {
    const uploaded = await uploadArtifact({ files, artifacts, artifactName: member.artifactName, inputs });
    if (!uploaded) throw new Error('the image produced no files to upload');
    member.artifactId = uploaded.id;
    member.artifactUrl = artifactUrl(context.serverUrl, context.repository, context.runId, uploaded.id);
    log.info(`Uploaded ${member.artifactName} (${uploaded.size} bytes): ${member.artifactUrl}`);
  } catch (thrown) {
    const error = toError(thrown);
    // A clash means another step gates this image too: its report is not where the set says it is.
    if (isUserError(error) && member.error === undefined) member.error = error.message;
    log.warning(
      `Could not upload the report artifact '${member.artifactName}': ${error.message}. The reports are still in ${run.planned.outputDir}.`,
    );
  }
}

/** Error annotations: one per failing image or image without a verdict, at most eight, then a count. */
function annotate(runs: readonly ImageRun[]): void {
  const notable = runs.filter(
    (run) => run.member.error !== undefined || run.outcome?.result.verdict === 'fail',
  );
  for (const { member, outcome } of notable.slice(0, 8)) {
    const result = outcome?.result;
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
 * Runs the set (the plan's baselines were checked before: a typo costs no scan): pulls the scanner, gates
 * the images, publishes, sets the outputs and fails the step unless the set passed.
 */
export async function gateSet(
  plan: RunPlan,
  inputs: ActionInputs,
  context: RunContext,
  client: GitHubClient | undefined,
  signal: AbortSignal,
): Promise<void> {
  const artifacts = new DefaultArtifactClient();
  core.info(
    `Gating ${plan.images.length} images, ${plan.parallel} at a time: ${plan.images.map((e) => e.image).join(', ')}`,
  );
  const runs = await runPlan(plan, {
    log: coreLogger,
    signal,
    group: (name, step) => core.group(name, step),
    baseline: actionBaseline({ client, artifacts, context, inputs }),
    finished: (run) => uploadImage(run, inputs, context, artifacts),
  });
  const members = runs.map((run) => run.member);
  const verdict = setVerdict(members);
  annotate(runs);
  const published = await publishSet({ members, inputs, context, client });
  const filesOf = (member: (typeof members)[number]) => runs.find((r) => r.member === member)?.files ?? {};
  const outputs = setActionOutputs(members, filesOf, { ...published, outputDir: plan.outputDir });
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  if (verdict.verdict === 'pass') core.info(verdict.reason);
  else core.setFailed(verdict.reason);
}
