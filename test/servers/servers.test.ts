/**
 * Proves that the REAL clients (@actions/artifact 6, @actions/github 9 / Octokit) work against the loopback
 * servers, in-process. @actions/github reads GITHUB_API_URL once, when its module is first evaluated, and
 * @actions/artifact's public (findBy) calls use that default; so both are imported dynamically after the
 * servers are up and GITHUB_API_URL points at the fake API.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RequestError } from '@octokit/request-error';
import { retry } from '@octokit/plugin-retry';
import { ARTIFACT_CONFLICT_MESSAGE, startArtifactService, type ArtifactService } from './artifact-service.js';
import { MAX_COMMENT_LENGTH, startGitHubApi, type GitHubApi } from './github-api.js';
import { runnerEnv } from './runner-env.js';
import { readZip, unzipToRecord, writeZip } from './zip.js';

type ArtifactModule = typeof import('@actions/artifact');
type GitHubModule = typeof import('@actions/github');

const TOKEN = 'ghs_testtoken0123456789';
const OWNER = 'octo-org';
const REPO = 'octo-repo';
const RUN_ID = 15_000_000_777; // GitHub run id == results backend run id here (see runtimeToken below)

let github: GitHubApi;
let results: ArtifactService;
let artifactLib: ArtifactModule;
let githubLib: GitHubModule;
let savedEnv: NodeJS.ProcessEnv;
let tmp: string;

function restoreEnv(saved: NodeJS.ProcessEnv): void {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
}

/** The environment a job step gets on a hosted runner, pointed at the loopback servers. */
function setRunnerEnv(jobId = 'job-1'): void {
  const env = runnerEnv({ github, results, runId: RUN_ID, jobId, workspace: tmp });
  restoreEnv(env);
}

beforeAll(async () => {
  results = await startArtifactService();
  github = await startGitHubApi({ token: TOKEN, artifactService: results });
  const saved = { ...process.env };
  process.env.GITHUB_API_URL = github.url;
  artifactLib = await import('@actions/artifact');
  githubLib = await import('@actions/github');
  restoreEnv(saved);
});

afterAll(async () => {
  await github?.close();
  await results?.close();
});

beforeEach(async () => {
  savedEnv = { ...process.env };
  tmp = await mkdtemp(path.join(os.tmpdir(), 'stig-gate-servers-'));
});

afterEach(async () => {
  restoreEnv(savedEnv);
  github.faults.clear();
  results.faults.clear();
  await rm(tmp, { recursive: true, force: true });
});

async function writeFiles(root: string, files: Record<string, Buffer | string>): Promise<string[]> {
  const paths: string[] = [];
  for (const [name, data] of Object.entries(files)) {
    const file = path.join(root, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data);
    paths.push(file);
  }
  return paths;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('zip', () => {
  it('round-trips stored and deflated entries', () => {
    const big = Buffer.alloc(100_000, 'abc');
    const zip = writeZip([
      { name: 'a.txt', data: 'hello', method: 0 },
      { name: 'dir/', data: '' },
      { name: 'dir/b.bin', data: big },
      { name: 'ünï.txt', data: 'utf8 name' },
    ]);
    const entries = readZip(zip);
    expect(entries.map((e) => [e.name, e.method, e.isDirectory])).toEqual([
      ['a.txt', 0, false],
      ['dir/', 0, true],
      ['dir/b.bin', 8, false],
      ['ünï.txt', 8, false],
    ]);
    expect(entries[2]!.compressedSize).toBeLessThan(big.length / 10);
    expect(unzipToRecord(zip)).toEqual({
      'a.txt': Buffer.from('hello'),
      'dir/b.bin': big,
      'ünï.txt': Buffer.from('utf8 name'),
    });
  });

  it('rejects corrupt archives', () => {
    const zip = writeZip({ 'a.txt': 'hello' });
    const at = 30 + 'a.txt'.length; // first byte of the compressed data
    zip.writeUInt8(zip.readUInt8(at) ^ 0xff, at);
    expect(() => readZip(zip)).toThrow();
    expect(() => readZip(Buffer.from('not a zip'))).toThrow(/end of central directory/);
  });
});

describe('@actions/artifact against the artifact service', () => {
  const files: Record<string, Buffer | string> = {
    'stig-gate.json': JSON.stringify({ verdict: 'fail', failed: 3 }),
    'reports/summary.md': '# STIG gate\n\n3 new failures\n',
    'reports/raw.bin': Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256)),
  };

  it('uploads with Put Block + Put Block List, finalizes, refuses a second artifact with the same name', async () => {
    setRunnerEnv();
    const root = path.join(tmp, 'out');
    const paths = await writeFiles(root, files);
    const client = new artifactLib.DefaultArtifactClient();

    const uploaded = await client.uploadArtifact('stig-report', paths, root);

    const stored = results.find('stig-report', RUN_ID);
    expect(stored).toBeDefined();
    expect(uploaded.id).toBe(stored!.id);
    expect(uploaded.id).toBeGreaterThan(2 ** 31); // int64 ids arrive as JSON strings
    expect(uploaded.size).toBe(stored!.content!.length);
    expect(`sha256:${uploaded.digest}`).toBe(stored!.digest);
    expect(stored!.mimeType).toBe('application/zip');
    expect(stored!.contentType).toBe('application/zip');
    expect(stored!.workflowJobRunBackendId).toBe('job-1');
    expect(unzipToRecord(stored!.content!)).toEqual(
      Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.from(v)])),
    );

    const blobCalls = results.requests.filter((r) => r.path === stored!.blobPath);
    expect(blobCalls.map((r) => `${r.method} ${r.query.comp}`)).toEqual(['PUT block', 'PUT blocklist']);
    const twirp = results.requests
      .filter((r) => r.path.startsWith('/twirp/'))
      .map((r) => r.path.split('/').pop());
    expect(twirp).toEqual(['CreateArtifact', 'FinalizeArtifact']);
    const create = results.requests.find((r) => r.path.endsWith('/CreateArtifact'))!;
    expect(create.headers.authorization).toBe(`Bearer ${process.env.ACTIONS_RUNTIME_TOKEN}`);
    expect(create.body).toMatchObject({
      workflow_run_backend_id: String(RUN_ID),
      workflow_job_run_backend_id: 'job-1',
      name: 'stig-report',
      mime_type: 'application/zip',
      version: 7,
    });

    // Same name again in the same run (even from another job): 409 already_exists, not retried.
    setRunnerEnv('job-2');
    const started = Date.now();
    const error = await rejection(client.uploadArtifact('stig-report', paths, root));
    expect(error.message).toBe(
      `Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: ${ARTIFACT_CONFLICT_MESSAGE}`,
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(results.artifacts.filter((a) => a.name === 'stig-report')).toHaveLength(1);
  });

  it('lists, gets and downloads via the results service and via the REST API (findBy)', async () => {
    setRunnerEnv();
    const root = path.join(tmp, 'in');
    const paths = await writeFiles(root, files);
    const client = new artifactLib.DefaultArtifactClient();
    const id = (await client.uploadArtifact('stig-roundtrip', paths, root)).id!;
    github.state.addRun({ id: RUN_ID, headBranch: 'main' });
    const findBy = { token: TOKEN, workflowRunId: RUN_ID, repositoryOwner: OWNER, repositoryName: REPO };

    const internalList = await client.listArtifacts({ latest: true });
    expect(internalList.artifacts.find((a) => a.name === 'stig-roundtrip')).toMatchObject({
      id,
      name: 'stig-roundtrip',
    });
    const publicList = await client.listArtifacts({ latest: true, findBy });
    expect(publicList.artifacts.find((a) => a.name === 'stig-roundtrip')).toMatchObject({
      id,
      name: 'stig-roundtrip',
    });

    const internalGet = await client.getArtifact('stig-roundtrip');
    const publicGet = await client.getArtifact('stig-roundtrip', { findBy });
    expect(internalGet.artifact).toMatchObject({ id, digest: results.find('stig-roundtrip')!.digest });
    expect(publicGet.artifact).toMatchObject({ id, size: results.find('stig-roundtrip')!.content!.length });

    for (const [label, options] of [
      ['internal', { path: path.join(tmp, 'dl-internal') }],
      ['public', { path: path.join(tmp, 'dl-public'), findBy }],
    ] as const) {
      const { downloadPath } = await client.downloadArtifact(id, options);
      for (const [name, data] of Object.entries(files)) {
        expect(await readFile(path.join(downloadPath!, name)), `${label} ${name}`).toEqual(Buffer.from(data));
      }
    }
    const apiCalls = github.requests.map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(apiCalls).toContain(`GET /repos/${OWNER}/${REPO}/actions/artifacts/${id}/zip 302`);
    expect(github.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);

    // Not found by name: ArtifactNotFoundError, no retries.
    await expect(client.getArtifact('nope')).rejects.toMatchObject({ name: 'ArtifactNotFoundError' });
    await expect(client.getArtifact('nope', { findBy })).rejects.toMatchObject({
      name: 'ArtifactNotFoundError',
    });
  });

  it('survives one 500 on Put Block (Azure retries at once) and fails fast on a bad runtime token', async () => {
    setRunnerEnv();
    const root = path.join(tmp, 'r');
    const paths = await writeFiles(root, { 'a.txt': 'a' });
    const client = new artifactLib.DefaultArtifactClient();

    results.failNext('PUT', /\/artifacts\/[^/]+\.zip$/, { status: 500 });
    const started = Date.now();
    await client.uploadArtifact('retry-once', paths, root);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(results.faults.pending()).toEqual([]);
    const blobPath = results.find('retry-once')!.blobPath;
    expect(
      results.requests.filter((r) => r.path === blobPath).map((r) => `${r.query.comp} ${r.status}`),
    ).toEqual(['block 500', 'block 201', 'blocklist 201']);

    process.env.ACTIONS_RUNTIME_TOKEN = results.runtimeToken(RUN_ID, 'job-1').replace(/\.[^.]+$/, '.forged');
    const error = await rejection(client.uploadArtifact('bad-token', paths, root));
    expect(error.message).toBe(
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (401) Unauthorized: invalid or missing runtime token',
    );
  });

  it('fails fast on blob 403, quota errors, other runs and a dead service', async () => {
    setRunnerEnv();
    const root = path.join(tmp, 'f');
    const paths = await writeFiles(root, { 'a.txt': 'a' });
    const client = new artifactLib.DefaultArtifactClient();
    const started = Date.now();

    results.failNext('PUT', /\.zip$/, { status: 403 });
    const blobError = await rejection(client.uploadArtifact('blob-403', paths, root));
    expect(blobError).toMatchObject({ name: 'RestError', statusCode: 403 });
    expect(results.find('blob-403')).toBeUndefined(); // created, never finalized
    expect(results.artifacts.find((a) => a.name === 'blob-403')?.state).toBe('created');

    // Any Twirp error whose msg contains "insufficient usage" becomes a UsageError (no retry), but the Twirp
    // client re-wraps every error as a plain Error("Failed to <Method>: <message>"): match on the message.
    results.failNext('POST', /\/CreateArtifact$/, {
      status: 429,
      body: { code: 'resource_exhausted', msg: 'insufficient usage to create artifact' },
    });
    const quota = await rejection(client.uploadArtifact('quota', paths, root));
    expect(quota.name).toBe('Error');
    expect(quota.message).toMatch(/^Failed to CreateArtifact: Artifact storage quota has been hit\./);

    // Artifacts are per run: a job of another run neither sees nor clashes with them.
    await client.uploadArtifact('per-run', paths, root);
    process.env.ACTIONS_RUNTIME_TOKEN = results.runtimeToken('other-run', 'job-9');
    expect((await client.listArtifacts()).artifacts.map((a) => a.name)).toEqual([]);
    await client.uploadArtifact('per-run', paths, root);
    expect(results.artifacts.filter((a) => a.name === 'per-run').map((a) => a.workflowRunBackendId)).toEqual([
      String(RUN_ID),
      'other-run',
    ]);

    const dead = await startArtifactService();
    await dead.close();
    process.env.ACTIONS_RESULTS_URL = dead.url;
    const refused = await rejection(client.uploadArtifact('refused', paths, root));
    expect(refused.message).toMatch(/^Failed to CreateArtifact: Unable to make request: ECONNREFUSED/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('treats any non-github.com GITHUB_SERVER_URL as GHES', async () => {
    setRunnerEnv();
    process.env.GITHUB_SERVER_URL = github.url;
    const client = new artifactLib.DefaultArtifactClient();
    await expect(client.uploadArtifact('x', [], tmp)).rejects.toMatchObject({
      name: 'GHESNotSupportedError',
    });
  });
});

describe('a child process configured only through the environment', () => {
  it('uploads, lists through the REST API and comments, like `node dist/index.js` would', async () => {
    const script = `
      import { DefaultArtifactClient } from '@actions/artifact';
      import * as github from '@actions/github';
      import { writeFileSync } from 'node:fs';
      import path from 'node:path';
      const root = process.env.GITHUB_WORKSPACE;
      writeFileSync(path.join(root, 'result.json'), '{"child":true}');
      const client = new DefaultArtifactClient();
      const { id } = await client.uploadArtifact('from-child', [path.join(root, 'result.json')], root);
      const { owner, repo } = github.context.repo;
      const findBy = { token: process.env.TEST_TOKEN, workflowRunId: github.context.runId, repositoryOwner: owner, repositoryName: repo };
      const { artifacts } = await client.listArtifacts({ findBy });
      const octokit = github.getOctokit(process.env.TEST_TOKEN);
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: 5, body: 'from child ' + id });
      process.stdout.write('RESULT ' + JSON.stringify({ id, names: artifacts.map((a) => a.name), comment: data.id }) + '\\n');
    `;
    const env = {
      ...runnerEnv({ github, results, runId: RUN_ID, jobId: 'child-job', workspace: tmp }),
      TEST_TOKEN: TOKEN,
    };
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env,
      timeout: 30_000,
    });
    const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
    const result = JSON.parse(line!.slice('RESULT '.length)) as {
      id: number;
      names: string[];
      comment: number;
    };
    expect(result.id).toBe(results.find('from-child', RUN_ID)!.id);
    expect(result.names).toContain('from-child');
    expect(github.state.commentsOn(5).map((c) => [c.id, c.body])).toEqual([
      [result.comment, `from child ${result.id}`],
    ]);
    expect(unzipToRecord(results.find('from-child')!.content!)).toEqual({
      'result.json': Buffer.from('{"child":true}'),
    });
  });
});

describe('@actions/github (Octokit) against the REST API', () => {
  const octokit = (token = TOKEN) => githubLib.getOctokit(token, { baseUrl: github.url });

  it('took its default baseUrl from GITHUB_API_URL at import time', async () => {
    const utils = await import('@actions/github/lib/utils');
    expect(utils.defaults.baseUrl).toBe(github.url);
  });

  it('creates, reads and updates comments', async () => {
    const api = octokit();
    const created = await api.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 12,
      body: 'first',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      body: 'first',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: `https://github.com/${OWNER}/${REPO}/issues/12#issuecomment-${created.data.id}`,
    });
    const post = github.requests.at(-1)!;
    expect(post).toMatchObject({
      method: 'POST',
      path: `/repos/${OWNER}/${REPO}/issues/12/comments`,
      body: { body: 'first' },
    });
    expect(post.headers.authorization).toBe(`token ${TOKEN}`);

    const updated = await api.rest.issues.updateComment({
      owner: OWNER,
      repo: REPO,
      comment_id: created.data.id,
      body: 'second',
    });
    expect(updated.data.body).toBe('second');
    const fetched = await api.rest.issues.getComment({
      owner: OWNER,
      repo: REPO,
      comment_id: created.data.id,
    });
    expect(fetched.data.body).toBe('second');
    expect(github.state.commentsOn(12).map((c) => c.body)).toEqual(['second']);

    const { data: repo } = await api.rest.repos.get({ owner: OWNER, repo: REPO });
    expect(repo.default_branch).toBe('main');
    await expect(api.rest.repos.get({ owner: OWNER, repo: 'missing' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('paginates 250 comments over 3 pages with Link headers', async () => {
    for (let i = 0; i < 250; i++) github.state.addComment({ issue: 99, body: `comment ${i}` });
    const before = github.requests.length;
    const all = await octokit().paginate(octokit().rest.issues.listComments, {
      owner: OWNER,
      repo: REPO,
      issue_number: 99,
      per_page: 100,
    });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `comment ${i}`));
    const calls = github.requests.slice(before);
    expect(calls.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);

    const first = await octokit().rest.issues.listComments({
      owner: OWNER,
      repo: REPO,
      issue_number: 99,
      per_page: 100,
    });
    expect(first.headers.link).toBe(
      `<${github.url}/repos/${OWNER}/${REPO}/issues/99/comments?per_page=100&page=2>; rel="next", ` +
        `<${github.url}/repos/${OWNER}/${REPO}/issues/99/comments?per_page=100&page=3>; rel="last"`,
    );
  });

  it('surfaces 401, 403, 422 and 429 as RequestError', async () => {
    const bad = await rejection(
      octokit('wrong').rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: 1 }),
    );
    expect(bad).toBeInstanceOf(RequestError);
    expect(bad).toMatchObject({ status: 401, response: { data: { message: 'Bad credentials' } } });

    github.failNext('POST', /\/comments$/, { status: 403 });
    const forbidden = await rejection(
      octokit().rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 1, body: 'x' }),
    );
    expect(forbidden).toBeInstanceOf(RequestError);
    expect(forbidden).toMatchObject({ status: 403 });
    expect(forbidden.message).toContain('Resource not accessible by integration');

    const tooLong = await rejection(
      octokit().rest.issues.createComment({
        owner: OWNER,
        repo: REPO,
        issue_number: 1,
        body: 'x'.repeat(MAX_COMMENT_LENGTH + 1),
      }),
    );
    expect(tooLong).toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'IssueComment',
              code: 'custom',
              field: 'body',
              message: 'body is too long (maximum is 65536 characters)',
            },
          ],
        },
      },
    });
    const exact = await octokit().rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 1,
      body: 'x'.repeat(MAX_COMMENT_LENGTH),
    });
    expect(exact.status).toBe(201);

    github.failNext('GET', /\/issues\/1\/comments$/, { status: 429 });
    const limited = await rejection(
      octokit().rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: 1 }),
    );
    expect(limited).toMatchObject({ status: 429, response: { headers: { 'retry-after': '1' } } });
    expect(github.faults.pending()).toEqual([]);
  });

  it('does not retry a 500 by default; retries it with @octokit/plugin-retry', async () => {
    github.failNext('GET', `/repos/${OWNER}/${REPO}`, { status: 500 });
    await expect(octokit().rest.repos.get({ owner: OWNER, repo: REPO })).rejects.toMatchObject({
      status: 500,
    });

    github.failNext('GET', `/repos/${OWNER}/${REPO}`, { status: 502, times: 1 });
    const before = github.requests.length;
    const withRetry = githubLib.getOctokit(
      TOKEN,
      { baseUrl: github.url, retry: { retryAfterBaseValue: 1 } },
      retry,
    );
    const { data } = await withRetry.rest.repos.get({ owner: OWNER, repo: REPO });
    expect(data.full_name).toBe(`${OWNER}/${REPO}`);
    expect(github.requests.slice(before).map((r) => r.status)).toEqual([502, 200]);
  });

  it('lists workflow runs with filters and downloads seeded artifacts as zip', async () => {
    const ok = github.state.addRun({ headBranch: 'main', event: 'push', conclusion: 'success' });
    github.state.addRun({ headBranch: 'main', event: 'pull_request', conclusion: 'success' });
    github.state.addRun({ headBranch: 'dev', event: 'push', conclusion: 'failure' });
    github.state.addRun({ workflowPath: '.github/workflows/other.yml', headBranch: 'main' });
    const newest = github.state.addRun({ headBranch: 'main', event: 'push', conclusion: 'success' });

    const api = octokit();
    const { data } = await api.rest.actions.listWorkflowRuns({
      owner: OWNER,
      repo: REPO,
      workflow_id: 'ci.yml',
      branch: 'main',
      status: 'success',
      event: 'push',
    });
    expect(data.workflow_runs.map((r) => r.id).slice(0, 2)).toEqual([newest.id, ok.id]);
    expect(data.workflow_runs.every((r) => r.path === '.github/workflows/ci.yml')).toBe(true);
    const repoRuns = await api.rest.actions.listWorkflowRunsForRepo({
      owner: OWNER,
      repo: REPO,
      branch: 'dev',
    });
    expect(repoRuns.data.workflow_runs.map((r) => r.conclusion)).toEqual(['failure']);
    await expect(
      api.rest.actions.listWorkflowRuns({ owner: OWNER, repo: REPO, workflow_id: 'nope.yml' }),
    ).rejects.toMatchObject({ status: 404 });

    const baseline = github.state.addArtifact({
      runId: ok.id,
      name: 'stig-baseline',
      files: { 'baseline.json': '{"a":1}' },
    });
    github.state.addArtifact({ runId: ok.id, name: 'other', files: { x: 'y' } });
    const listed = await api.rest.actions.listWorkflowRunArtifacts({
      owner: OWNER,
      repo: REPO,
      run_id: ok.id,
      name: 'stig-baseline',
    });
    expect(listed.data.total_count).toBe(1);
    expect(listed.data.artifacts[0]).toMatchObject({
      id: baseline.id,
      name: 'stig-baseline',
      expired: false,
    });

    const manual = await api.rest.actions.downloadArtifact({
      owner: OWNER,
      repo: REPO,
      artifact_id: baseline.id,
      archive_format: 'zip',
      request: { redirect: 'manual' },
    });
    expect(manual.status).toBe(302);
    const followed = await api.rest.actions.downloadArtifact({
      owner: OWNER,
      repo: REPO,
      artifact_id: baseline.id,
      archive_format: 'zip',
    });
    expect(unzipToRecord(Buffer.from(followed.data as ArrayBuffer))).toEqual({
      'baseline.json': Buffer.from('{"a":1}'),
    });

    const expired = github.state.addArtifact({ runId: ok.id, name: 'old', files: {}, expired: true });
    await expect(
      api.rest.actions.downloadArtifact({
        owner: OWNER,
        repo: REPO,
        artifact_id: expired.id,
        archive_format: 'zip',
      }),
    ).rejects.toMatchObject({ status: 410 });
  });
});
