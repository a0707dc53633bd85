import { describe, expect, it } from 'vitest';
import { readRunContext, runUrl } from '../../src/inputs/run-context.js';

const env = {
  GITHUB_REPOSITORY: 'octo-org/octo-repo',
  GITHUB_RUN_ID: '1234',
  GITHUB_SERVER_URL: 'https://github.example/',
  GITHUB_WORKSPACE: '/w',
};

const pr = (head: unknown) => ({
  repository: { default_branch: 'trunk' },
  pull_request: {
    number: 9,
    head: { sha: 'abc', repo: head },
    base: { repo: { full_name: 'octo-org/octo-repo' } },
  },
});

describe('readRunContext', () => {
  it('reads the run from the environment', () => {
    const context = readRunContext(
      { ...env, GITHUB_EVENT_NAME: 'push', GITHUB_SHA: 'f00', GITHUB_JOB: 'scan' },
      {},
      '/cwd',
    );
    expect(context).toEqual({
      owner: 'octo-org',
      repo: 'octo-repo',
      repository: 'octo-org/octo-repo',
      runId: 1234,
      serverUrl: 'https://github.example',
      eventName: 'push',
      sha: 'f00',
      job: 'scan',
      workspace: '/w',
    });
    expect(runUrl(context)).toBe('https://github.example/octo-org/octo-repo/actions/runs/1234');
  });

  it.each([
    [1, 'pull_request', { full_name: 'octo-org/octo-repo' }, false],
    [2, 'pull_request', { full_name: 'Octo-Org/Octo-Repo' }, false],
    [3, 'pull_request', { full_name: 'someone/octo-repo' }, true],
    [4, 'pull_request', null, true], // the fork was deleted
    [5, 'pull_request_target', { full_name: 'someone/octo-repo' }, true],
  ])('%i: %s from %j → fromFork %s', (_n, eventName, head, fromFork) => {
    const context = readRunContext({ ...env, GITHUB_EVENT_NAME: eventName }, pr(head), '/cwd');
    expect(context.pullRequest).toEqual({ number: 9, headSha: 'abc', fromFork });
    expect(context.defaultBranch).toBe('trunk');
  });

  it('has no pull request on other events, even with a pull_request in the payload', () => {
    expect(
      readRunContext({ ...env, GITHUB_EVENT_NAME: 'push' }, pr(null), '/cwd').pullRequest,
    ).toBeUndefined();
  });

  it('uses the working directory when GITHUB_WORKSPACE is unset', () => {
    expect(readRunContext({ ...env, GITHUB_WORKSPACE: '' }, {}, '/cwd').workspace).toBe('/cwd');
    expect(readRunContext({ ...env, GITHUB_WORKSPACE: undefined }, {}, '/cwd').workspace).toBe('/cwd');
  });

  it.each([
    [1, { GITHUB_REPOSITORY: '' }, /GITHUB_REPOSITORY is '', expected 'owner\/repo'/],
    [2, { GITHUB_REPOSITORY: 'a/b/c' }, /GITHUB_REPOSITORY is 'a\/b\/c'/],
    [3, { GITHUB_RUN_ID: 'x' }, /GITHUB_RUN_ID is 'x', expected a run number/],
  ])('%i: refuses %o outside a runner', (_n, override, message) => {
    expect(() => readRunContext({ ...env, ...override }, {}, '/cwd')).toThrow(message);
  });
});
