/**
 * The `baseline: artifact` source: the results artifact of the latest successful run of this workflow
 * on the default branch, found through the REST API and downloaded with @actions/artifact.
 */
import type { ArtifactClient } from '@actions/artifact';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError, toError } from '../errors.js';
import type { GitHubClient } from './github-client.js';
import { httpStatus } from './github-client.js';
import type { BaselineNotFound } from '../inputs/baseline.js';

/** This run, as the runner describes it. */
export interface RunLocation {
  owner: string;
  repo: string;
  runId: number;
  /** GITHUB_WORKFLOW_REF: `owner/repo/.github/workflows/file.yml@refs/…`. */
  workflowRef?: string;
  /** From the event payload when it carries the repository; otherwise asked of the API. */
  defaultBranch?: string;
}

export interface BaselineArtifact {
  artifactId: number;
  artifactName: string;
  runId: number;
  /** The run's web page, as the API gives it. */
  runUrl: string;
  branch: string;
}

export type { BaselineNotFound };

/** How many recent successful runs are searched for the artifact (a run may have skipped the job). */
export const MAX_RUNS_SEARCHED = 10;

/**
 * Finds the newest unexpired artifact named `artifactName` among the latest successful runs of this
 * workflow on the default branch (this run excluded). Nothing there is {@link BaselineNotFound}; API
 * errors are thrown for the caller to explain.
 */
export async function findBaselineArtifact(
  client: GitHubClient,
  run: RunLocation,
  artifactName: string,
): Promise<BaselineArtifact | BaselineNotFound> {
  const { owner, repo } = run;
  const branch = run.defaultBranch ?? (await client.rest.repos.get({ owner, repo })).data.default_branch;
  const workflow = workflowFile(run.workflowRef) ?? (await workflowFileOfRun(client, run));
  let runs;
  try {
    const response = await client.rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: workflow,
      branch,
      status: 'success',
      per_page: MAX_RUNS_SEARCHED + 1,
    });
    runs = response.data.workflow_runs
      .filter((candidate) => candidate.id !== run.runId)
      .slice(0, MAX_RUNS_SEARCHED);
  } catch (error) {
    // A workflow that has never run on GitHub yet is not known to the API.
    if (httpStatus(error) === 404) return { notFound: `workflow ${workflow} has no runs yet` };
    throw error;
  }
  if (runs.length === 0) return { notFound: `no successful run of ${workflow} on ${branch} yet` };
  for (const candidate of runs) {
    const { data } = await client.rest.actions.listWorkflowRunArtifacts({
      owner,
      repo,
      run_id: candidate.id,
      name: artifactName,
      per_page: 100,
    });
    const artifact = data.artifacts
      .filter((a) => a.name === artifactName && !a.expired)
      .sort((a, b) => b.id - a.id)[0];
    if (artifact)
      return {
        artifactId: artifact.id,
        artifactName,
        runId: candidate.id,
        runUrl: candidate.html_url,
        branch,
      };
  }
  return {
    notFound: `none of the last ${runs.length} successful run(s) of ${workflow} on ${branch} has an unexpired artifact named '${artifactName}'`,
  };
}

/** `ci.yml` from `owner/repo/.github/workflows/ci.yml@refs/heads/main`. */
export function workflowFile(workflowRef: string | undefined): string | undefined {
  const path = workflowRef?.split('@', 1)[0];
  const file = path?.split('/').pop();
  return file ? file : undefined;
}

async function workflowFileOfRun(client: GitHubClient, run: RunLocation): Promise<string> {
  const { data } = await client.rest.actions.getWorkflowRun({
    owner: run.owner,
    repo: run.repo,
    run_id: run.runId,
  });
  const file = data.path.split('@', 1)[0]?.split('/').pop();
  if (!file) throw new Error(`workflow run ${run.runId} names no workflow file (path '${data.path}')`);
  return file;
}

/**
 * Downloads the found artifact into `directory` and returns the results file in it (`results.xml`, else
 * `results-arf.xml`). A found artifact that cannot be downloaded or holds no results is an error: the
 * baseline exists, so gating without it would hide what it says.
 */
export async function downloadBaselineResults(
  artifacts: ArtifactClient,
  found: BaselineArtifact,
  run: RunLocation,
  token: string,
  directory: string,
): Promise<string> {
  const what = `baseline artifact '${found.artifactName}' (id ${found.artifactId}) of run ${found.runId} on ${found.branch}`;
  try {
    await artifacts.downloadArtifact(found.artifactId, {
      path: directory,
      findBy: { token, workflowRunId: found.runId, repositoryOwner: run.owner, repositoryName: run.repo },
    });
  } catch (error) {
    throw new ConfigurationError(
      `The ${what} was found but could not be downloaded: ${toError(error).message}. The token needs 'actions: read'.`,
    );
  }
  const files = await readdir(directory);
  for (const name of ['results.xml', 'results-arf.xml']) {
    if (files.includes(name)) return join(directory, name);
  }
  throw new ConfigurationError(
    `The ${what} holds no results.xml or results-arf.xml (it has: ${files.join(', ') || 'nothing'}); was it uploaded by stig-gate?`,
  );
}
