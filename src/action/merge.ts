/**
 * The action's merge mode (`merge: true`), in a job that `needs:` the matrix: downloads this run's
 * stig-gate report artifacts (named as `merge-pattern` says), reads each one's JSON report, and publishes
 * the same one-verdict summary and sticky comment as a set gated in one step. An image of `images` whose
 * matrix job wrote no report makes the merged verdict an error naming it, never a pass.
 */
import { DefaultArtifactClient, type Artifact } from '@actions/artifact';
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, errorMessage, toError } from '../errors.js';
import type { ActionInputs } from '../inputs/action-inputs.js';
import type { RunContext } from '../inputs/run-context.js';
import { mergeReports } from '../pipeline/merge.js';
import { namePattern, readReportDir } from '../pipeline/read-reports.js';
import { artifactUrl } from '../publish/artifact.js';
import type { GitHubClient } from '../publish/github-client.js';
import { publishSet } from '../publish/publish.js';
import { setActionOutputs } from '../publish/outputs.js';
import { setVerdict, type SetMember } from '../report/set-report.js';

/** Downloads one report artifact and reads it; an artifact that cannot be read is a member with an error. */
async function readArtifact(
  artifacts: DefaultArtifactClient,
  artifact: Artifact,
  dir: string,
  context: RunContext,
): Promise<SetMember> {
  const base: SetMember = {
    image: artifact.name,
    artifactName: artifact.name,
    artifactId: artifact.id,
    artifactUrl: artifactUrl(context.serverUrl, context.repository, context.runId, artifact.id),
  };
  const path = join(dir, artifact.name);
  try {
    await artifacts.downloadArtifact(artifact.id, { path });
    const read = await readReportDir(path, `artifact '${artifact.name}'`);
    return {
      ...base,
      image: read.report.image ?? artifact.name,
      report: read.report,
      jsonPath: read.jsonPath,
      outputDir: path,
      ...(read.markdown !== undefined && { markdown: read.markdown }),
    };
  } catch (thrown) {
    return { ...base, error: errorMessage(thrown) };
  }
}

/** Runs the merge: find, download and read the reports, then publish and set the outputs as a set does. */
export async function mergeSet(
  inputs: ActionInputs,
  context: RunContext,
  client: GitHubClient | undefined,
): Promise<void> {
  const artifacts = new DefaultArtifactClient();
  const pattern = namePattern(inputs.mergePattern);
  const dir = join(context.runnerTemp ?? tmpdir(), 'stig-gate-merge');
  const found = await core.group(`Download this run's reports (${inputs.mergePattern})`, async () => {
    // The artifact service failing (after @actions/artifact's own retries) is no bug of stig-gate's: said
    // as what it is, with what to do.
    const { artifacts: all } = await artifacts.listArtifacts({ latest: true }).catch((error: unknown) => {
      throw new ConfigurationError(
        `cannot list this run's artifacts to merge: ${toError(error).message}; the artifact service did not answer, re-run the job`,
      );
    });
    const reports = all.filter((artifact) => pattern.test(artifact.name));
    core.info(
      `${reports.length} of this run's ${all.length} artifacts match '${inputs.mergePattern}': ${reports.map((a) => a.name).join(', ') || 'none'}`,
    );
    return Promise.all(reports.map((artifact) => readArtifact(artifacts, artifact, dir, context)));
  });
  const merged = mergeReports(
    inputs.images.map((entry) => entry.image),
    found,
    inputs.profile,
    (image, artifactName) =>
      `no report: this run has no artifact with a report for ${image} (expected e.g. '${artifactName}', matching ` +
      `'${inputs.mergePattern}'); its matrix job failed before writing one, or skipped it`,
  );
  for (const image of merged.unexpected)
    core.warning(`A report for ${image} was found but '${image}' is not in 'images'; it is merged too.`);
  const verdict = setVerdict(merged.members);
  for (const member of merged.members) {
    if (member.error !== undefined)
      core.error(`No verdict: ${member.error.split('\n', 1)[0]}`, { title: `STIG gate: ${member.image}` });
  }
  const published = await publishSet({ members: merged.members, inputs, context, client });
  const outputs = setActionOutputs(
    merged.members,
    (member) => ({
      ...(member.outputDir && { outputDir: member.outputDir }),
      ...(member.jsonPath && { json: member.jsonPath }),
    }),
    { ...published, outputDir: dir },
  );
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  if (verdict.verdict === 'pass') core.info(verdict.reason);
  else core.setFailed(verdict.reason);
}
