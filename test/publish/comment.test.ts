/** The sticky comment and the API client, with the real Octokit against the loopback GitHub API. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { explainApiError } from '../../src/publish/api-errors.js';
import {
  MAX_COMMENT_CHARS,
  codePoints,
  commentBody,
  upsertStickyComment,
} from '../../src/publish/comment.js';
import { createGitHubClient, type GitHubClient } from '../../src/publish/github-client.js';
import { commentMarker } from '../../src/report/report-key.js';
import {
  GITHUB_ACTIONS_BOT,
  MAX_COMMENT_LENGTH,
  startGitHubApi,
  type GitHubApi,
} from '../servers/github-api.js';

const TOKEN = 'ghs_commenttoken';
const target = { owner: 'octo-org', repo: 'octo-repo', issueNumber: 7 };
const marker = commentMarker('ghcr.io/o/app:1', 'xccdf_basic_profile_.check');
/** One second of waiting lasts 2 ms here. */
const fastRetries = { maxRetries: 3, msPerSecond: 2, maxWaitSeconds: 60 };

let api: GitHubApi;
let client: GitHubClient;
const retryLog: string[] = [];

beforeAll(async () => {
  api = await startGitHubApi({ token: TOKEN });
  client = createGitHubClient(TOKEN, { baseUrl: api.url, policy: fastRetries, log: (m) => retryLog.push(m) });
});
afterAll(() => api.close());
beforeEach(() => {
  api.state.comments.length = 0;
  api.requests.length = 0;
  api.faults.clear();
  retryLog.length = 0;
});

const posts = () => api.requests.filter((r) => r.method === 'POST');
const patches = () => api.requests.filter((r) => r.method === 'PATCH');
/** The requests listing the comments (the token's identity is asked for too). */
const listings = () =>
  api.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/7/comments'));

describe('upsertStickyComment', () => {
  it('creates the comment once, then updates it in place', async () => {
    const first = await upsertStickyComment(client, target, marker, `${marker}\nfirst`, { create: true });
    expect(first.action).toBe('created');
    expect(first.url).toMatch(/^https:\/\/github\.com\/octo-org\/octo-repo\/issues\/7#issuecomment-\d+$/);
    const second = await upsertStickyComment(client, target, marker, `${marker}\nsecond`, { create: true });
    expect(second).toMatchObject({ action: 'updated', url: first.url });
    const third = await upsertStickyComment(client, target, marker, `${marker}\nsecond`, { create: true });
    expect(third.action).toBe('unchanged');
    expect(api.state.commentsOn(7).map((c) => c.body)).toEqual([`${marker}\nsecond`]);
    expect(posts()).toHaveLength(1);
    expect(patches()).toHaveLength(1);
  });

  it('finds its comment past the first page of 100', async () => {
    for (let i = 0; i < 230; i++) api.state.addComment({ issue: 7, body: `chatter ${i}` });
    const mine = api.state.addComment({ issue: 7, body: `${marker}\nold`, user: GITHUB_ACTIONS_BOT });
    const outcome = await upsertStickyComment(client, target, marker, `${marker}\nnew`, { create: true });
    expect(outcome.action).toBe('updated');
    expect(mine.body).toBe(`${marker}\nnew`);
    const pages = listings().map((r) => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
    expect(posts()).toHaveLength(0);
  });

  it('tells comments for another image or profile apart', async () => {
    const other = commentMarker('ghcr.io/o/app:1', 'xccdf_basic_profile_.check2');
    api.state.addComment({ issue: 7, body: `${other}\nnot mine` });
    const outcome = await upsertStickyComment(client, target, marker, `${marker}\nmine`, { create: true });
    expect(outcome.action).toBe('created');
    expect(api.state.commentsOn(7)).toHaveLength(2);
  });

  it('removes extra comments with the same marker, keeping the oldest', async () => {
    const oldest = api.state.addComment({ issue: 7, body: `${marker}\na`, user: GITHUB_ACTIONS_BOT });
    api.state.addComment({ issue: 7, body: `${marker}\nb`, user: GITHUB_ACTIONS_BOT });
    const outcome = await upsertStickyComment(client, target, marker, `${marker}\nc`, { create: true });
    expect(outcome).toMatchObject({ action: 'updated', duplicatesRemoved: 1 });
    expect(api.state.commentsOn(7).map((c) => [c.id, c.body])).toEqual([[oldest.id, `${marker}\nc`]]);
  });

  it("prefers the bot's comment to a person's copy of the marker, and deletes neither", async () => {
    const bot = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const };
    const person = { login: 'mallory', id: 66, type: 'User' as const };
    const decoy = api.state.addComment({ issue: 7, body: `${marker}\nfake`, user: person });
    const mine = api.state.addComment({ issue: 7, body: `${marker}\nold`, user: bot });
    const outcome = await upsertStickyComment(client, target, marker, `${marker}\nnew`, { create: true });
    expect(outcome).toMatchObject({ action: 'updated', duplicatesRemoved: 0 });
    expect(mine.body).toBe(`${marker}\nnew`);
    expect(decoy.body).toBe(`${marker}\nfake`);
    expect(api.state.commentsOn(7)).toHaveLength(2);
  });

  it("never edits a person's comment that carries the marker: the workflow token's comment is its own", async () => {
    const person = { login: 'octocat', id: 583231, type: 'User' as const };
    const pasted = api.state.addComment({ issue: 7, body: `${marker}\nmy own words`, user: person });
    const outcome = await upsertStickyComment(client, target, marker, `${marker}\nreport`, { create: true });
    expect(outcome).toMatchObject({ action: 'created', duplicatesRemoved: 0 });
    expect(pasted.body).toBe(`${marker}\nmy own words`);
    expect(api.state.commentsOn(7).map((c) => c.user.login)).toEqual(['octocat', 'github-actions[bot]']);
  });

  it("with a person's token (a personal access token) that person's comment is the sticky one", async () => {
    const person = { login: 'release-bot-account', id: 77, type: 'User' as const };
    const pat = await startGitHubApi({ token: 'ghp_personal', user: person });
    try {
      const patClient = createGitHubClient('ghp_personal', {
        baseUrl: pat.url,
        policy: fastRetries,
        log: () => {},
      });
      const someoneElse = pat.state.addComment({ issue: 7, body: `${marker}\npasted` });
      const mine = pat.state.addComment({ issue: 7, body: `${marker}\nold`, user: person });
      const outcome = await upsertStickyComment(patClient, target, marker, `${marker}\nnew`, {
        create: true,
      });
      expect(outcome).toMatchObject({ action: 'updated' });
      expect(mine.body).toBe(`${marker}\nnew`);
      expect(someoneElse.body).toBe(`${marker}\npasted`);
    } finally {
      await pat.close();
    }
  });

  it('posts nothing when asked not to create and there is none', async () => {
    const outcome = await upsertStickyComment(client, target, marker, `${marker}\nx`, { create: false });
    expect(outcome.action).toBe('skipped');
    expect(posts()).toHaveLength(0);
  });
});

describe('createGitHubClient retries', () => {
  it('retries 5xx and 429 a bounded number of times, then succeeds', async () => {
    api.failNext('POST', '/repos/octo-org/octo-repo/issues/7/comments', { status: 502 });
    api.failNext('POST', '/repos/octo-org/octo-repo/issues/7/comments', {
      status: 429,
      headers: { 'retry-after': '0' },
    });
    const outcome = await upsertStickyComment(client, target, marker, `${marker}\nx`, { create: true });
    expect(outcome.action).toBe('created');
    expect(posts().map((r) => r.status)).toEqual([502, 429, 201]);
    expect(retryLog).toHaveLength(2);
  });

  it('gives up after maxRetries + 1 attempts on a server that keeps failing', async () => {
    api.failNext('GET', /\/issues\/7\/comments$/, { status: 503, times: 10 });
    const attempt = upsertStickyComment(client, target, marker, `${marker}\nx`, { create: true });
    await expect(attempt).rejects.toMatchObject({ status: 503 });
    expect(api.requests.filter((r) => r.method === 'GET')).toHaveLength(4);
  });

  it('does not retry 403, and explains it for a fork pull request', async () => {
    api.failNext('POST', /\/issues\/7\/comments$/, { status: 403 });
    const error = await upsertStickyComment(client, target, marker, `${marker}\nx`, { create: true }).catch(
      (e) => e,
    );
    expect(posts()).toHaveLength(1);
    const context = { operation: 'post the pull request comment', permission: 'pull-requests: write' };
    expect(explainApiError(error, { ...context, forkPullRequest: true })).toMatch(
      /^Could not post the pull request comment: GitHub gives workflows on pull requests from forks a read-only token \(403 Resource not accessible by integration/,
    );
    expect(explainApiError(error, context)).toContain("Give the job 'permissions: pull-requests: write'");
  });

  it("waits as long as a secondary rate limit's retry-after says", async () => {
    api.failNext('GET', /\/issues\/7\/comments$/, { status: 429, headers: { 'retry-after': '40' } });
    await upsertStickyComment(client, target, marker, `${marker}\nx`, { create: true });
    const gets = listings();
    expect(gets.map((r) => r.status)).toEqual([429, 200]);
    // 40 s of waiting at 2 ms a second; plugin-retry's own first wait would be 1 s (2 ms).
    expect(gets[1]!.at.getTime() - gets[0]!.at.getTime()).toBeGreaterThanOrEqual(75);
    expect(retryLog).toHaveLength(1);
    expect(retryLog[0]).toMatch(/^GitHub API GET \S+\/issues\/7\/comments\S* answered 429; retry 1 of 3$/);
  });

  it('retries a primary rate limit (403, no requests left) once it resets', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 2);
    api.failNext('POST', /\/issues\/7\/comments$/, {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
    });
    const outcome = await upsertStickyComment(client, target, marker, `${marker}\nx`, { create: true });
    expect(outcome.action).toBe('created');
    expect(posts().map((r) => r.status)).toEqual([403, 201]);
    expect(retryLog).toHaveLength(1);
  });

  it('gives up on a rate limit that asks for a longer wait than the policy allows', async () => {
    api.failNext('GET', /\/issues\/7\/comments$/, { status: 429, headers: { 'retry-after': '3600' } });
    const attempt = upsertStickyComment(client, target, marker, `${marker}\nx`, { create: true });
    await expect(attempt).rejects.toMatchObject({ status: 429 });
    expect(api.requests).toHaveLength(1);
    expect(retryLog.join('\n')).toContain('asks to wait 3600 s, longer than 60 s; not retrying');
  });

  it.each([400, 404, 409, 410, 422])('does not retry %i', async (status) => {
    api.failNext('GET', /\/issues\/7\/comments$/, { status });
    // Not through paginate, which takes a 409 for an empty list.
    const attempt = client.rest.issues.listComments({
      owner: 'octo-org',
      repo: 'octo-repo',
      issue_number: 7,
    });
    await expect(attempt).rejects.toMatchObject({ status });
    expect(api.requests).toHaveLength(1);
    expect(retryLog).toEqual([]);
  });

  it('explains bad credentials', async () => {
    const stranger = createGitHubClient('wrong', { baseUrl: api.url, policy: fastRetries });
    const error = await stranger.rest.issues
      .listComments({ owner: 'octo-org', repo: 'octo-repo', issue_number: 7 })
      .catch((e) => e);
    expect(api.requests).toHaveLength(1);
    expect(
      explainApiError(error, { operation: 'list comments', permission: 'pull-requests: write' }),
    ).toMatch(/the token was refused \(401 Bad credentials.*Check the 'github-token' input/);
  });
});

describe('commentBody', () => {
  it('keeps a small report whole, marker first', () => {
    const body = commentBody(marker, '## Verdict\n\nok\n', '<sub>footer</sub>');
    expect(body).toBe(`${marker}\n## Verdict\n\nok\n\n<sub>footer</sub>`);
  });

  it('cuts a report over the limit at a line break, and GitHub accepts it', async () => {
    const line = '| SV-1 | 😀 a rule title with an emoji that counts as one character |\n';
    const markdown = line.repeat(Math.ceil((MAX_COMMENT_CHARS * 1.5) / line.length));
    const body = commentBody(marker, markdown, '<sub>footer</sub>');
    expect(codePoints(body)).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(body.startsWith(`${marker}\n`)).toBe(true);
    expect(body).toMatch(
      /\n_… cut to fit GitHub’s comment size limit; the full report is in the job summary and the artifact\._\n\n<sub>footer<\/sub>$/,
    );
    expect(body).not.toMatch(/\| SV-1 \| [^\n]*[^|\n]\n\n_…/); // no half row before the note
    const outcome = await upsertStickyComment(client, target, marker, body, { create: true });
    expect(outcome.action).toBe('created');
  });

  it('is refused by GitHub when not cut: the limit is real', async () => {
    const tooLong = `${marker}\n${'x'.repeat(MAX_COMMENT_LENGTH)}`;
    await expect(
      upsertStickyComment(client, target, marker, tooLong, { create: true }),
    ).rejects.toMatchObject({ status: 422 });
  });
});
