/**
 * A loopback stand-in for the parts of the GitHub REST API (api.github.com, version 2022-11-28) that
 * stig-gate uses, speaking what `@actions/github`'s Octokit sends: issue comments (with `Link`
 * pagination), workflow runs, run artifacts and their zip download (302 to a signed URL), repository
 * metadata. Point the real client at it with `GITHUB_API_URL=<url>` (read by @actions/github when it is
 * first imported) or `getOctokit(token, { baseUrl: url })`.
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import {
  FaultQueue,
  sendBody,
  sendJson,
  startRecordingServer,
  tokenFromAuthorization,
  type Fault,
  type MethodMatcher,
  type PathMatcher,
  type RecordedRequest,
  type RequestContext,
} from './common.js';
import { writeZip } from './zip.js';

export type { Fault, RecordedRequest } from './common.js';

/** GitHub's limit on issue/PR comment bodies, in characters. */
export const MAX_COMMENT_LENGTH = 65_536;

export interface GitHubUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export const GITHUB_ACTIONS_BOT: GitHubUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface RepoInfo {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  defaultBranch: string;
  private: boolean;
}

export interface IssueComment {
  id: number;
  repo: string; // full name
  issueNumber: number;
  body: string;
  user: GitHubUser;
  createdAt: Date;
  updatedAt: Date;
}

export interface WorkflowRun {
  id: number;
  repo: string;
  /** Workflow name, e.g. "CI". */
  name: string;
  /** e.g. ".github/workflows/ci.yml"; the workflow is addressable by its file name ("ci.yml") or `workflowId`. */
  workflowPath: string;
  workflowId: number;
  headBranch: string;
  headSha: string;
  event: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  runNumber: number;
  runAttempt: number;
  createdAt: Date;
  updatedAt: Date;
  /** The Actions results backend id of this run (the `Actions.Results:<run>:<job>` scope); defaults to String(id). */
  backendId: string;
}

export interface ApiArtifact {
  id: number;
  repo: string;
  runId: number;
  name: string;
  zip: Buffer;
  digest: string;
  createdAt: Date;
  expiresAt: Date;
  expired: boolean;
}

/** What the GitHub API needs from the artifact service to expose artifacts uploaded there. */
export interface LinkedArtifact {
  id: number;
  name: string;
  sizeInBytes: number;
  digest?: string;
  createdAt: Date;
  expiresAt?: Date;
  workflowRunBackendId: string;
}
export interface ArtifactSource {
  finalizedArtifacts(): LinkedArtifact[];
  signedDownloadUrl(id: number): string | undefined;
  deleteById(id: number): boolean;
}

export interface GitHubApiOptions {
  /** When set, every API call must carry `authorization: token <token>` or `Bearer <token>`, else 401. */
  token?: string;
  /** Repository that exists from the start (default "octo-org/octo-repo"). Others: `state.addRepo`. */
  repository?: string;
  defaultBranch?: string;
  /** Author of comments created through the API (default github-actions[bot]). */
  user?: GitHubUser;
  /** Base of html_url links (default https://github.com). */
  htmlUrl?: string;
  /** Expose artifacts uploaded to the artifact service in runs' artifact lists and downloads. */
  artifactService?: ArtifactSource;
  port?: number;
}

const DOCS = 'https://docs.github.com/rest';

export class GitHubState {
  readonly repos = new Map<string, RepoInfo>();
  readonly comments: IssueComment[] = [];
  readonly runs: WorkflowRun[] = [];
  readonly artifacts: ApiArtifact[] = [];
  private nextRepoId = 700_000_001;
  private nextCommentId = 2_100_000_001;
  private nextRunId = 15_000_000_001;
  private nextArtifactId = 3_000_000_001;
  private nextWorkflowId = 90_000_001;
  private readonly workflowIds = new Map<string, number>();

  constructor(
    readonly defaultRepo: string,
    defaultBranch: string,
  ) {
    this.addRepo(defaultRepo, { defaultBranch });
  }

  addRepo(fullName: string, options: { defaultBranch?: string; private?: boolean } = {}): RepoInfo {
    const [owner, name] = fullName.split('/');
    if (!owner || !name) throw new Error(`repository must be owner/name, got ${fullName}`);
    const info: RepoInfo = {
      id: this.nextRepoId++,
      owner,
      name,
      fullName,
      defaultBranch: options.defaultBranch ?? 'main',
      private: options.private ?? false,
    };
    this.repos.set(fullName.toLowerCase(), info);
    return info;
  }

  repo(owner: string, name: string): RepoInfo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  addComment(input: {
    issue: number;
    body: string;
    repo?: string;
    user?: GitHubUser;
    createdAt?: Date;
    id?: number;
  }): IssueComment {
    const createdAt = input.createdAt ?? new Date();
    const comment: IssueComment = {
      id: input.id ?? this.nextCommentId++,
      repo: input.repo ?? this.defaultRepo,
      issueNumber: input.issue,
      body: input.body,
      user: input.user ?? { login: 'octocat', id: 583231, type: 'User' },
      createdAt,
      updatedAt: createdAt,
    };
    this.comments.push(comment);
    return comment;
  }

  /** Comments on one issue/PR, oldest first. */
  commentsOn(issue: number, repo: string = this.defaultRepo): IssueComment[] {
    return this.comments
      .filter((c) => c.issueNumber === issue && c.repo.toLowerCase() === repo.toLowerCase())
      .sort((a, b) => a.id - b.id);
  }

  addRun(input: Partial<WorkflowRun> = {}): WorkflowRun {
    const workflowPath = input.workflowPath ?? '.github/workflows/ci.yml';
    let workflowId = input.workflowId ?? this.workflowIds.get(workflowPath);
    if (workflowId === undefined) {
      workflowId = this.nextWorkflowId++;
      this.workflowIds.set(workflowPath, workflowId);
    }
    const id = input.id ?? this.nextRunId++;
    const createdAt = input.createdAt ?? new Date(Date.now() + this.runs.length); // keep creation order
    const run: WorkflowRun = {
      id,
      repo: input.repo ?? this.defaultRepo,
      name: input.name ?? 'CI',
      workflowPath,
      workflowId,
      headBranch: input.headBranch ?? 'main',
      headSha: input.headSha ?? createHash('sha1').update(String(id)).digest('hex'),
      event: input.event ?? 'push',
      status: input.status ?? 'completed',
      conclusion: input.conclusion === undefined ? 'success' : input.conclusion,
      runNumber: input.runNumber ?? this.runs.length + 1,
      runAttempt: input.runAttempt ?? 1,
      createdAt,
      updatedAt: input.updatedAt ?? createdAt,
      backendId: input.backendId ?? String(id),
    };
    this.runs.push(run);
    return run;
  }

  /** Adds an artifact to a run; `files` are zipped (`zip` overrides with raw bytes). */
  addArtifact(input: {
    runId: number;
    name: string;
    files?: Record<string, Buffer | string>;
    zip?: Buffer;
    repo?: string;
    expired?: boolean;
    createdAt?: Date;
    id?: number;
  }): ApiArtifact {
    const run = this.runs.find((r) => r.id === input.runId);
    const zip = input.zip ?? writeZip(input.files ?? {});
    const createdAt = input.createdAt ?? new Date();
    const artifact: ApiArtifact = {
      id: input.id ?? this.nextArtifactId++,
      repo: input.repo ?? run?.repo ?? this.defaultRepo,
      runId: input.runId,
      name: input.name,
      zip,
      digest: `sha256:${createHash('sha256').update(zip).digest('hex')}`,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 90 * 86_400_000),
      expired: input.expired ?? false,
    };
    this.artifacts.push(artifact);
    return artifact;
  }
}

export interface GitHubApi {
  /** Base URL for GITHUB_API_URL / Octokit `baseUrl` (no trailing slash). */
  url: string;
  requests: RecordedRequest[];
  state: GitHubState;
  /** Force the next `times` requests matching method + path (string: exact path; RegExp: test) to answer `fault`. */
  failNext(method: MethodMatcher, path: PathMatcher, fault: Fault): void;
  faults: FaultQueue;
  /** Link (or unlink) an artifact service after start. */
  setArtifactService(source: ArtifactSource | undefined): void;
  close(): Promise<void>;
}

function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`0${kind.length}:${kind}${id}`).toString('base64');
}

function defaultFaultBody(status: number): Record<string, string> {
  const message =
    {
      400: 'Problems parsing JSON',
      401: 'Bad credentials',
      403: 'Resource not accessible by integration',
      404: 'Not Found',
      409: 'Conflict',
      410: 'Gone',
      422: 'Validation Failed',
      429: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      500: 'Server Error',
      502: 'Server Error',
      503: 'Service Unavailable',
    }[status] ?? `HTTP ${status}`;
  return { message, documentation_url: DOCS, status: String(status) };
}

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const requests: RecordedRequest[] = [];
  const faults = new FaultQueue();
  const state = new GitHubState(options.repository ?? 'octo-org/octo-repo', options.defaultBranch ?? 'main');
  const htmlBase = (options.htmlUrl ?? 'https://github.com').replace(/\/$/, '');
  const botUser = options.user ?? GITHUB_ACTIONS_BOT;
  const downloadKey = randomBytes(32);
  let artifactService = options.artifactService;
  let baseUrl = '';
  let rateRemaining = 5000;

  const commonHeaders = (): Record<string, string> => ({
    'x-github-request-id': randomUUID().toUpperCase().slice(0, 23),
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(Math.max(0, --rateRemaining)),
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-used': String(5000 - rateRemaining),
    'x-ratelimit-resource': 'core',
  });

  const reply = (ctx: RequestContext, status: number, body: unknown, headers: Record<string, string> = {}) =>
    sendJson(ctx.res, status, body, { ...commonHeaders(), ...headers });

  const notFound = (ctx: RequestContext) => reply(ctx, 404, defaultFaultBody(404));

  // ---- JSON renderers ----------------------------------------------------------------------------
  const userJson = (user: GitHubUser) => ({
    login: user.login,
    id: user.id,
    node_id: nodeId('User', user.id),
    type: user.type,
    site_admin: false,
    url: `${baseUrl}/users/${encodeURIComponent(user.login)}`,
    html_url: `${htmlBase}/${user.type === 'Bot' ? 'apps/' + user.login.replace(/\[bot\]$/, '') : user.login}`,
  });

  const repoJson = (repo: RepoInfo) => ({
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    owner: { login: repo.owner, id: repo.id + 1, type: 'Organization' },
    html_url: `${htmlBase}/${repo.fullName}`,
    url: `${baseUrl}/repos/${repo.fullName}`,
    default_branch: repo.defaultBranch,
  });

  const commentJson = (c: IssueComment) => ({
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${baseUrl}/repos/${c.repo}/issues/comments/${c.id}`,
    html_url: `${htmlBase}/${c.repo}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${baseUrl}/repos/${c.repo}/issues/${c.issueNumber}`,
    body: c.body,
    user: userJson(c.user),
    created_at: iso(c.createdAt),
    updated_at: iso(c.updatedAt),
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    performed_via_github_app: null,
  });

  const runJson = (run: WorkflowRun) => {
    const repo = state.repos.get(run.repo.toLowerCase());
    return {
      id: run.id,
      name: run.name,
      node_id: nodeId('WorkflowRun', run.id),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: run.workflowPath,
      display_title: run.name,
      run_number: run.runNumber,
      run_attempt: run.runAttempt,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: run.workflowId,
      url: `${baseUrl}/repos/${run.repo}/actions/runs/${run.id}`,
      html_url: `${htmlBase}/${run.repo}/actions/runs/${run.id}`,
      artifacts_url: `${baseUrl}/repos/${run.repo}/actions/runs/${run.id}/artifacts`,
      workflow_url: `${baseUrl}/repos/${run.repo}/actions/workflows/${run.workflowId}`,
      pull_requests: [],
      created_at: iso(run.createdAt),
      updated_at: iso(run.updatedAt),
      run_started_at: iso(run.createdAt),
      actor: userJson({ login: 'octocat', id: 583231, type: 'User' }),
      repository: repo ? repoJson(repo) : undefined,
      head_repository: repo ? repoJson(repo) : undefined,
    };
  };

  /** Artifacts visible through the API: seeded ones plus finalized ones from the linked artifact service. */
  interface ViewArtifact {
    id: number;
    repo: string;
    runId: number | undefined;
    name: string;
    sizeInBytes: number;
    digest: string | undefined;
    createdAt: Date;
    expiresAt: Date;
    expired: boolean;
    seeded?: ApiArtifact;
  }
  const allArtifacts = (): ViewArtifact[] => {
    const seeded: ViewArtifact[] = state.artifacts.map((a) => ({
      id: a.id,
      repo: a.repo,
      runId: a.runId,
      name: a.name,
      sizeInBytes: a.zip.length,
      digest: a.digest,
      createdAt: a.createdAt,
      expiresAt: a.expiresAt,
      expired: a.expired,
      seeded: a,
    }));
    const linked: ViewArtifact[] = (artifactService?.finalizedArtifacts() ?? []).map((a) => {
      const run = state.runs.find((r) => r.backendId === a.workflowRunBackendId);
      const numeric = /^\d+$/.test(a.workflowRunBackendId) ? Number(a.workflowRunBackendId) : undefined;
      return {
        id: a.id,
        repo: run?.repo ?? state.defaultRepo,
        runId: run?.id ?? numeric,
        name: a.name,
        sizeInBytes: a.sizeInBytes,
        digest: a.digest,
        createdAt: a.createdAt,
        expiresAt: a.expiresAt ?? new Date(a.createdAt.getTime() + 90 * 86_400_000),
        expired: false,
      };
    });
    return [...seeded, ...linked];
  };

  const artifactJson = (a: ViewArtifact) => {
    const run = state.runs.find((r) => r.id === a.runId);
    const repo = state.repos.get(a.repo.toLowerCase());
    return {
      id: a.id,
      node_id: nodeId('Artifact', a.id),
      name: a.name,
      size_in_bytes: a.sizeInBytes,
      url: `${baseUrl}/repos/${a.repo}/actions/artifacts/${a.id}`,
      archive_download_url: `${baseUrl}/repos/${a.repo}/actions/artifacts/${a.id}/zip`,
      expired: a.expired,
      digest: a.digest ?? null,
      created_at: iso(a.createdAt),
      updated_at: iso(a.createdAt),
      expires_at: iso(a.expiresAt),
      workflow_run: {
        id: a.runId ?? null,
        repository_id: repo?.id ?? null,
        head_repository_id: repo?.id ?? null,
        head_branch: run?.headBranch ?? null,
        head_sha: run?.headSha ?? null,
      },
    };
  };

  // ---- pagination --------------------------------------------------------------------------------
  function paginate<T>(ctx: RequestContext, items: T[]): { page: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, Number.parseInt(ctx.query.per_page ?? '30', 10) || 30));
    const pageNumber = Math.max(1, Number.parseInt(ctx.query.page ?? '1', 10) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const page = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
    const link = (n: number) => {
      const u = new URL(ctx.path, baseUrl);
      for (const [k, v] of Object.entries(ctx.query)) u.searchParams.set(k, v);
      u.searchParams.set('page', String(n));
      return u.toString();
    };
    const parts: string[] = [];
    if (pageNumber > 1) parts.push(`<${link(pageNumber - 1)}>; rel="prev"`);
    if (pageNumber < last) parts.push(`<${link(pageNumber + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (pageNumber > 1) parts.push(`<${link(1)}>; rel="first"`);
    return { page, headers: parts.length > 0 ? { link: parts.join(', ') } : {} };
  }

  // ---- comment validation ------------------------------------------------------------------------
  const validateBody = (ctx: RequestContext, docsPath: string): string | undefined => {
    if (ctx.jsonError) {
      reply(ctx, 400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
      return undefined;
    }
    const body = (ctx.json as { body?: unknown } | undefined)?.body;
    if (typeof body !== 'string') {
      reply(ctx, 422, {
        message: `Invalid request.\n\n"body" wasn't supplied.`,
        documentation_url: `${DOCS}/${docsPath}`,
        status: '422',
      });
      return undefined;
    }
    // GitHub counts characters (code points), not UTF-16 units or bytes.
    if (Array.from(body).length > MAX_COMMENT_LENGTH) {
      reply(ctx, 422, {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`,
          },
        ],
        documentation_url: `${DOCS}/${docsPath}`,
        status: '422',
      });
      return undefined;
    }
    return body;
  };

  const signDownload = (id: number, expires: number) =>
    createHmac('sha256', downloadKey).update(`${id}:${expires}`).digest('base64url');

  // ---- routes ------------------------------------------------------------------------------------
  type Handler = (ctx: RequestContext, params: string[], repo: RepoInfo) => void;
  const repoRoutes: Array<[string, RegExp, Handler]> = [
    ['GET', /^$/, (ctx, _p, repo) => reply(ctx, 200, repoJson(repo))],

    [
      'GET',
      /^\/issues\/(\d+)\/comments$/,
      (ctx, [issue], repo) => {
        let comments = state.commentsOn(Number(issue), repo.fullName);
        if (ctx.query.since) {
          const since = new Date(ctx.query.since).getTime();
          comments = comments.filter((c) => c.updatedAt.getTime() >= since);
        }
        const { page, headers } = paginate(ctx, comments);
        reply(ctx, 200, page.map(commentJson), headers);
      },
    ],
    [
      'POST',
      /^\/issues\/(\d+)\/comments$/,
      (ctx, [issue], repo) => {
        const body = validateBody(ctx, 'issues/comments#create-an-issue-comment');
        if (body === undefined) return;
        const comment = state.addComment({ issue: Number(issue), body, repo: repo.fullName, user: botUser });
        reply(ctx, 201, commentJson(comment), {
          location: `${baseUrl}/repos/${repo.fullName}/issues/comments/${comment.id}`,
        });
      },
    ],
    [
      'GET',
      /^\/issues\/comments\/(\d+)$/,
      (ctx, [id], repo) => {
        const comment = state.comments.find((c) => c.id === Number(id) && sameRepo(c.repo, repo));
        if (comment) reply(ctx, 200, commentJson(comment));
        else notFound(ctx);
      },
    ],
    [
      'PATCH',
      /^\/issues\/comments\/(\d+)$/,
      (ctx, [id], repo) => {
        const comment = state.comments.find((c) => c.id === Number(id) && sameRepo(c.repo, repo));
        if (!comment) return notFound(ctx);
        const body = validateBody(ctx, 'issues/comments#update-an-issue-comment');
        if (body === undefined) return;
        comment.body = body;
        comment.updatedAt = new Date();
        reply(ctx, 200, commentJson(comment));
      },
    ],
    [
      'DELETE',
      /^\/issues\/comments\/(\d+)$/,
      (ctx, [id], repo) => {
        const index = state.comments.findIndex((c) => c.id === Number(id) && sameRepo(c.repo, repo));
        if (index < 0) return notFound(ctx);
        state.comments.splice(index, 1);
        ctx.res.writeHead(204, commonHeaders());
        ctx.res.end();
      },
    ],

    ['GET', /^\/actions\/runs$/, (ctx, _p, repo) => listRuns(ctx, repo, undefined)],
    [
      'GET',
      /^\/actions\/workflows\/([^/]+)\/runs$/,
      (ctx, [workflow], repo) => listRuns(ctx, repo, decodeURIComponent(workflow!)),
    ],
    [
      'GET',
      /^\/actions\/runs\/(\d+)$/,
      (ctx, [id], repo) => {
        const run = state.runs.find((r) => r.id === Number(id) && sameRepo(r.repo, repo));
        if (run) reply(ctx, 200, runJson(run));
        else notFound(ctx);
      },
    ],
    [
      'GET',
      /^\/actions\/runs\/(\d+)\/artifacts$/,
      (ctx, [id], repo) => {
        const runId = Number(id);
        const run = state.runs.find((r) => r.id === runId && sameRepo(r.repo, repo));
        let artifacts = allArtifacts().filter((a) => a.runId === runId && sameRepo(a.repo, repo));
        if (!run && artifacts.length === 0) return notFound(ctx);
        if (ctx.query.name !== undefined) artifacts = artifacts.filter((a) => a.name === ctx.query.name);
        artifacts.sort((a, b) => b.id - a.id);
        const { page, headers } = paginate(ctx, artifacts);
        reply(ctx, 200, { total_count: artifacts.length, artifacts: page.map(artifactJson) }, headers);
      },
    ],
    [
      'GET',
      /^\/actions\/artifacts$/,
      (ctx, _p, repo) => {
        let artifacts = allArtifacts().filter((a) => sameRepo(a.repo, repo));
        if (ctx.query.name !== undefined) artifacts = artifacts.filter((a) => a.name === ctx.query.name);
        artifacts.sort((a, b) => b.id - a.id);
        const { page, headers } = paginate(ctx, artifacts);
        reply(ctx, 200, { total_count: artifacts.length, artifacts: page.map(artifactJson) }, headers);
      },
    ],
    [
      'GET',
      /^\/actions\/artifacts\/(\d+)$/,
      (ctx, [id], repo) => {
        const artifact = allArtifacts().find((a) => a.id === Number(id) && sameRepo(a.repo, repo));
        if (artifact) reply(ctx, 200, artifactJson(artifact));
        else notFound(ctx);
      },
    ],
    [
      'DELETE',
      /^\/actions\/artifacts\/(\d+)$/,
      (ctx, [id], repo) => {
        const artifact = allArtifacts().find((a) => a.id === Number(id) && sameRepo(a.repo, repo));
        if (!artifact) return notFound(ctx);
        if (artifact.seeded) state.artifacts.splice(state.artifacts.indexOf(artifact.seeded), 1);
        else artifactService?.deleteById(artifact.id);
        ctx.res.writeHead(204, commonHeaders());
        ctx.res.end();
      },
    ],
    [
      'GET',
      /^\/actions\/artifacts\/(\d+)\/([^/]+)$/,
      (ctx, [id, format], repo) => {
        const artifact = allArtifacts().find((a) => a.id === Number(id) && sameRepo(a.repo, repo));
        if (!artifact || format !== 'zip') return notFound(ctx);
        if (artifact.expired) {
          return reply(ctx, 410, { message: 'Artifact has expired', documentation_url: DOCS, status: '410' });
        }
        let location: string | undefined;
        if (artifact.seeded) {
          const expires = Date.now() + 60_000;
          location = `${baseUrl}/_artifact-blobs/${artifact.id}.zip?se=${expires}&sig=${signDownload(artifact.id, expires)}`;
        } else {
          location = artifactService?.signedDownloadUrl(artifact.id);
        }
        if (!location) return notFound(ctx);
        ctx.res.writeHead(302, { ...commonHeaders(), location, 'content-length': '0' });
        ctx.res.end();
      },
    ],
  ];

  function sameRepo(fullName: string, repo: RepoInfo): boolean {
    return fullName.toLowerCase() === repo.fullName.toLowerCase();
  }

  function listRuns(ctx: RequestContext, repo: RepoInfo, workflow: string | undefined): void {
    let runs = state.runs.filter((r) => sameRepo(r.repo, repo));
    if (workflow !== undefined) {
      const matches = runs.filter((r) =>
        /^\d+$/.test(workflow)
          ? r.workflowId === Number(workflow)
          : r.workflowPath.split('/').pop() === workflow || r.workflowPath === workflow,
      );
      const known = state.runs.some((r) =>
        /^\d+$/.test(workflow)
          ? r.workflowId === Number(workflow)
          : r.workflowPath.split('/').pop() === workflow || r.workflowPath === workflow,
      );
      if (!known) return notFound(ctx);
      runs = matches;
    }
    const q = ctx.query;
    if (q.branch !== undefined) runs = runs.filter((r) => r.headBranch === q.branch);
    if (q.event !== undefined) runs = runs.filter((r) => r.event === q.event);
    if (q.head_sha !== undefined) runs = runs.filter((r) => r.headSha === q.head_sha);
    // `status` accepts a status (queued, in_progress, completed, ...) or a conclusion (success, failure, ...).
    if (q.status !== undefined) runs = runs.filter((r) => r.status === q.status || r.conclusion === q.status);
    runs.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
    const { page, headers } = paginate(ctx, runs);
    reply(ctx, 200, { total_count: runs.length, workflow_runs: page.map(runJson) }, headers);
  }

  const handler = (ctx: RequestContext): void => {
    // Signed artifact downloads: no API auth, like the blob storage GitHub redirects to.
    const blob = /^\/_artifact-blobs\/(\d+)\.zip$/.exec(ctx.path);
    if (blob && (ctx.method === 'GET' || ctx.method === 'HEAD')) {
      const id = Number(blob[1]);
      const expires = Number(ctx.query.se);
      const artifact = state.artifacts.find((a) => a.id === id);
      if (!artifact || ctx.query.sig !== signDownload(id, expires) || !(expires > Date.now())) {
        ctx.res.writeHead(403, {
          'content-type': 'application/xml',
          'x-ms-error-code': 'AuthenticationFailed',
        });
        ctx.res.end(
          '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request.</Message></Error>',
        );
        return;
      }
      ctx.res.writeHead(200, {
        'content-type': 'application/zip',
        'content-length': String(artifact.zip.length),
        'content-disposition': `attachment; filename="${artifact.name}.zip"; filename*=UTF-8''${encodeURIComponent(artifact.name)}.zip`,
      });
      ctx.res.end(ctx.method === 'HEAD' ? undefined : artifact.zip);
      return;
    }

    if (options.token !== undefined) {
      const presented = tokenFromAuthorization(ctx.req.headers.authorization);
      if (presented !== options.token) {
        reply(ctx, 401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
        return;
      }
    }

    // The authenticated user, as GitHub answers it: an app's installation token (GITHUB_TOKEN) has none.
    if (ctx.method === 'GET' && ctx.path === '/user') {
      if (botUser.type === 'Bot') {
        reply(ctx, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: DOCS,
          status: '403',
        });
        return;
      }
      return reply(ctx, 200, userJson(botUser));
    }

    const repoMatch = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(ctx.path);
    if (!repoMatch) return notFound(ctx);
    const repo = state.repo(decodeURIComponent(repoMatch[1]!), decodeURIComponent(repoMatch[2]!));
    if (!repo) return notFound(ctx);
    const rest = repoMatch[3] ?? '';
    for (const [method, pattern, route] of repoRoutes) {
      const m = pattern.exec(rest);
      if (!m) continue;
      if (method !== ctx.method) continue;
      return route(ctx, m.slice(1) as string[], repo);
    }
    notFound(ctx);
  };

  const started = await startRecordingServer({
    requests,
    faults,
    handler,
    port: options.port,
    sendFault: (ctx, fault, status) => {
      const headers: Record<string, string> = { ...fault.headers };
      if (status === 429 && !Object.keys(headers).some((h) => h.toLowerCase() === 'retry-after')) {
        headers['retry-after'] = '1';
      }
      sendBody(ctx.res, status, fault.body ?? defaultFaultBody(status), { ...commonHeaders(), ...headers });
    },
  });
  baseUrl = started.url;

  return {
    url: started.url,
    requests,
    state,
    faults,
    failNext: (method, path, fault) => faults.add(method, path, fault),
    setArtifactService: (source) => {
      artifactService = source;
    },
    close: started.close,
  };
}
