/** Finding the baseline artifact through the REST API, with the real Octokit against the loopback API. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findBaselineArtifact, workflowFile } from '../../src/publish/baseline-artifact.js';
import { createGitHubClient, type GitHubClient } from '../../src/publish/github-client.js';
import { startGitHubApi, type GitHubApi } from '../servers/github-api.js';

const TOKEN = 'ghs_baselinetoken';
let api: GitHubApi;
let client: GitHubClient;
const here = { owner: 'octo-org', repo: 'octo-repo' };

beforeAll(async () => {
  api = await startGitHubApi({ token: TOKEN, defaultBranch: 'trunk' });
  client = createGitHubClient(TOKEN, {
    baseUrl: api.url,
    policy: { maxRetries: 1, msPerSecond: 1, maxWaitSeconds: 60 },
  });
});
afterAll(() => api.close());
beforeEach(() => {
  api.state.runs.length = 0;
  api.state.artifacts.length = 0;
  api.requests.length = 0;
});

describe('findBaselineArtifact', () => {
  it('asks the API for the default branch and the workflow file when the runner did not say', async () => {
    const current = api.state.addRun({
      workflowPath: '.github/workflows/stig.yml',
      headBranch: 'feature',
      status: 'in_progress',
      conclusion: null,
    });
    const main = api.state.addRun({ workflowPath: '.github/workflows/stig.yml', headBranch: 'trunk' });
    const artifact = api.state.addArtifact({
      runId: main.id,
      name: 'stig-x',
      files: { 'results.xml': '<x/>' },
    });
    const found = await findBaselineArtifact(client, { ...here, runId: current.id }, 'stig-x');
    expect(found).toEqual({
      artifactId: artifact.id,
      artifactName: 'stig-x',
      runId: main.id,
      runUrl: `https://github.com/octo-org/octo-repo/actions/runs/${main.id}`,
      branch: 'trunk',
    });
    const paths = api.requests.map(
      (r) => `${r.path}${r.query.branch ? `?branch=${r.query.branch}&status=${r.query.status}` : ''}`,
    );
    expect(paths).toEqual([
      '/repos/octo-org/octo-repo',
      `/repos/octo-org/octo-repo/actions/runs/${current.id}`,
      '/repos/octo-org/octo-repo/actions/workflows/stig.yml/runs?branch=trunk&status=success',
      `/repos/octo-org/octo-repo/actions/runs/${main.id}/artifacts`,
    ]);
  });

  it('skips expired artifacts and runs without one, newest first, and never picks this run', async () => {
    const older = api.state.addRun({ workflowPath: '.github/workflows/stig.yml', headBranch: 'trunk' });
    const wanted = api.state.addArtifact({ runId: older.id, name: 'stig-x', files: {} });
    const expired = api.state.addRun({ workflowPath: '.github/workflows/stig.yml', headBranch: 'trunk' });
    api.state.addArtifact({ runId: expired.id, name: 'stig-x', files: {}, expired: true });
    api.state.addRun({ workflowPath: '.github/workflows/stig.yml', headBranch: 'trunk' }); // skipped the job
    const self = api.state.addRun({ workflowPath: '.github/workflows/stig.yml', headBranch: 'trunk' });
    api.state.addArtifact({ runId: self.id, name: 'stig-x', files: {} });
    const found = await findBaselineArtifact(
      client,
      {
        ...here,
        runId: self.id,
        defaultBranch: 'trunk',
        workflowRef: 'octo-org/octo-repo/.github/workflows/stig.yml@refs/heads/trunk',
      },
      'stig-x',
    );
    expect(found).toMatchObject({ artifactId: wanted.id, runId: older.id });
  });

  it('reports not found when the workflow has no runs, or no run has the artifact', async () => {
    const ref = {
      ...here,
      runId: 1,
      defaultBranch: 'trunk',
      workflowRef: 'octo-org/octo-repo/.github/workflows/new.yml@refs/pull/1/merge',
    };
    expect(await findBaselineArtifact(client, ref, 'stig-x')).toEqual({
      notFound: 'workflow new.yml has no runs yet',
    });
    api.state.addRun({ workflowPath: '.github/workflows/new.yml', headBranch: 'feature' });
    expect(await findBaselineArtifact(client, ref, 'stig-x')).toEqual({
      notFound: 'no successful run of new.yml on trunk yet',
    });
    api.state.addRun({ workflowPath: '.github/workflows/new.yml', headBranch: 'trunk' });
    expect(await findBaselineArtifact(client, ref, 'stig-x')).toEqual({
      notFound:
        "none of the last 1 successful run(s) of new.yml on trunk has an unexpired artifact named 'stig-x'",
    });
  });

  it('lets other API errors through for the caller to explain', async () => {
    api.failNext('GET', /\/actions\/workflows\/stig\.yml\/runs$/, { status: 403 });
    const ref = {
      ...here,
      runId: 1,
      defaultBranch: 'trunk',
      workflowRef: 'o/r/.github/workflows/stig.yml@refs/heads/x',
    };
    await expect(findBaselineArtifact(client, ref, 'stig-x')).rejects.toMatchObject({ status: 403 });
  });
});

describe('workflowFile', () => {
  it.each([
    [1, 'o/r/.github/workflows/ci.yml@refs/heads/main', 'ci.yml'],
    [2, 'o/r/.github/workflows/stig gate.yaml@refs/pull/3/merge', 'stig gate.yaml'],
    [3, undefined, undefined],
    [4, '', undefined],
  ])('%i: %s → %s', (_n, ref, file) => {
    expect(workflowFile(ref)).toBe(file);
  });
});
