/**
 * What the runner tells a step about its run: repository, run id, event and pull request. Read from the
 * environment and the event payload that the caller passes in, so this stays a plain function.
 */
import { ConfigurationError } from '../errors.js';

export interface PullRequestInfo {
  number: number;
  /** The head commit (GITHUB_SHA is the merge commit on pull_request events). */
  headSha?: string;
  /** True when the head repository is not the base repository: the token is then read-only. */
  fromFork: boolean;
}

export interface RunContext {
  owner: string;
  repo: string;
  /** `owner/repo`. */
  repository: string;
  runId: number;
  serverUrl: string;
  eventName: string;
  sha?: string;
  workflowRef?: string;
  /** GITHUB_JOB: the id of the job in its workflow (`scan`), the same in every run. */
  job?: string;
  /** The repository's default branch, when the payload carries it. */
  defaultBranch?: string;
  /** Set on pull_request and pull_request_target events. */
  pullRequest?: PullRequestInfo;
  /** GITHUB_WORKSPACE, or the current directory outside a runner. */
  workspace: string;
  /** RUNNER_TEMP, when set. */
  runnerTemp?: string;
}

/** The parts of an event payload read here; everything is optional because events differ. */
interface EventPayload {
  repository?: { default_branch?: unknown; full_name?: unknown };
  pull_request?: {
    number?: unknown;
    head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
    base?: { repo?: { full_name?: unknown } };
  };
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

/** Builds the {@link RunContext}; GITHUB_REPOSITORY and GITHUB_RUN_ID are required (a runner always sets them). */
export function readRunContext(env: NodeJS.ProcessEnv, payload: unknown, cwd: string): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo, extra] = repository.split('/');
  if (!owner || !repo || extra !== undefined) {
    throw new ConfigurationError(
      `GITHUB_REPOSITORY is '${repository}', expected 'owner/repo': run this action in a GitHub Actions job (or use the stig-gate CLI)`,
    );
  }
  const runId = Number(env.GITHUB_RUN_ID);
  if (!Number.isSafeInteger(runId) || runId <= 0) {
    throw new ConfigurationError(
      `GITHUB_RUN_ID is '${env.GITHUB_RUN_ID ?? ''}', expected a run number: run this action in a GitHub Actions job`,
    );
  }
  const event = (typeof payload === 'object' && payload !== null ? payload : {}) as EventPayload;
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const context: RunContext = {
    owner,
    repo,
    repository,
    runId,
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, ''),
    eventName,
    workspace: env.GITHUB_WORKSPACE || cwd,
  };
  if (env.GITHUB_SHA) context.sha = env.GITHUB_SHA;
  if (env.GITHUB_WORKFLOW_REF) context.workflowRef = env.GITHUB_WORKFLOW_REF;
  if (env.GITHUB_JOB) context.job = env.GITHUB_JOB;
  if (env.RUNNER_TEMP) context.runnerTemp = env.RUNNER_TEMP;
  const defaultBranch = event.repository?.default_branch;
  if (typeof defaultBranch === 'string' && defaultBranch !== '') context.defaultBranch = defaultBranch;
  const pr = event.pull_request;
  if (PULL_REQUEST_EVENTS.includes(eventName) && typeof pr?.number === 'number') {
    const head = typeof pr.head?.repo?.full_name === 'string' ? pr.head.repo.full_name : undefined;
    const base = typeof pr.base?.repo?.full_name === 'string' ? pr.base.repo.full_name : repository;
    context.pullRequest = {
      number: pr.number,
      // A deleted fork has a null head repository; its token is read-only all the same.
      fromFork: pr.head?.repo === null || (head !== undefined && head.toLowerCase() !== base.toLowerCase()),
    };
    if (typeof pr.head?.sha === 'string') context.pullRequest.headSha = pr.head.sha;
  }
  return context;
}

/** The run's page, for links in the comment. */
export function runUrl(context: RunContext): string {
  return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}

/**
 * The workflow run as the assessor files name it: the commit is the pull request's head when there is one
 * (GITHUB_SHA is then a merge commit nobody built), else GITHUB_SHA. The action and the CLI both name it so.
 */
export function workflowRunOf(context: RunContext): {
  repository: string;
  commit?: string;
  runUrl: string;
  runId: number;
} {
  const commit = context.pullRequest?.headSha ?? context.sha;
  return {
    repository: context.repository,
    ...(commit && { commit }),
    runUrl: runUrl(context),
    runId: context.runId,
  };
}
