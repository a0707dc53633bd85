/**
 * The environment variables a job step sees on a GitHub-hosted runner, pointed at the loopback servers,
 * for running the action as a child process (`node dist/index.js`) or for setting `process.env` in-process.
 */
import type { ArtifactService } from './artifact-service.js';
import type { GitHubApi } from './github-api.js';

const PROXY_VARS = ['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'http_proxy', 'https_proxy', 'all_proxy'];

export interface RunnerEnvOptions {
  github?: GitHubApi;
  results?: ArtifactService;
  /** GitHub run id; also the results backend run id in the runtime token (default 15000000777). */
  runId?: number;
  /** Backend job id in the runtime token (default "job-1"). */
  jobId?: string;
  /** owner/name (default: the GitHub API's default repository, else octo-org/octo-repo). */
  repository?: string;
  workspace?: string;
  /** Environment to start from (default process.env); proxy variables are dropped from it. */
  base?: NodeJS.ProcessEnv;
}

export function runnerEnv(options: RunnerEnvOptions = {}): Record<string, string> {
  const base: Record<string, string> = {};
  for (const [key, value] of Object.entries(options.base ?? process.env)) {
    if (value !== undefined && !PROXY_VARS.includes(key)) base[key] = value;
  }
  const runId = options.runId ?? 15_000_000_777;
  const repository = options.repository ?? options.github?.state.defaultRepo ?? 'octo-org/octo-repo';
  const env: Record<string, string> = {
    ...base,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    // @actions/artifact treats every host except github.com, *.ghe.com and *.localhost as GHES and refuses
    // to work, so this must NOT be the loopback URL.
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0]!,
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '1',
    // @azure/storage-blob's proxy policy does not exempt loopback by itself (only NO_PROXY, exact host).
    NO_PROXY: ['127.0.0.1', 'localhost', base.NO_PROXY, base.no_proxy].filter(Boolean).join(','),
  };
  if (options.workspace) env.GITHUB_WORKSPACE = options.workspace;
  // A runner sets the job's id; the artifact service's job is the same job.
  env.GITHUB_JOB = options.jobId ?? 'job-1';
  if (options.github) {
    // Read by @actions/github once, when the module is first evaluated.
    env.GITHUB_API_URL = options.github.url;
    env.GITHUB_GRAPHQL_URL = `${options.github.url}/graphql`;
  }
  if (options.results) Object.assign(env, options.results.env(runId, options.jobId ?? 'job-1'));
  delete env.no_proxy;
  return env;
}
