/**
 * The one GitHub API client: @actions/github's Octokit with Octokit's own retry and throttling plugins, as
 * GitHub's own actions use them. Server errors (5xx) and network failures are retried by
 * `@octokit/plugin-retry`; rate limits (429, and 403 with `x-ratelimit-remaining: 0` or a secondary limit) by
 * `@octokit/plugin-throttling`, which waits as `retry-after` or `x-ratelimit-reset` says. Both are bounded
 * (a number of retries, and a longest wait); any other 4xx is the request's own fault and is returned at once.
 */
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof github.getOctokit>;
/** The Octokit a plugin is given (@octokit/core's, which is @actions/github's dependency, not ours). */
type Octokit = Parameters<typeof retry>[0];

export interface RetryPolicy {
  /** Retries after the first attempt, for server errors and for rate limits alike. */
  maxRetries: number;
  /**
   * How long one second of waiting lasts, in ms: 1000, except in tests. Server errors wait 1, 4, 9 … seconds
   * (plugin-retry's schedule), rate limits as long as the server says.
   */
  msPerSecond: number;
  /** A rate limit asking for a longer wait than this (in seconds) is given up on rather than waited out. */
  maxWaitSeconds: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  maxRetries: 3,
  msPerSecond: 1_000,
  // GitHub's advice for a secondary rate limit without `retry-after` is a minute (plugin-throttling's too).
  maxWaitSeconds: 60,
});

/** Every 4xx: none is retried by plugin-retry. 429 and rate-limited 403s are plugin-throttling's to retry. */
const CLIENT_ERRORS = Array.from({ length: 100 }, (_, i) => 400 + i);

/** The parts of an Octokit RequestError this module looks at. */
interface HttpErrorShape {
  status?: unknown;
  response?: { headers?: Record<string, string | number | undefined> };
}

/** The HTTP status of an Octokit error, when it has one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as HttpErrorShape | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** A response header of an Octokit error, lower-case name. */
export function errorHeader(error: unknown, name: string): string | undefined {
  const value = (error as HttpErrorShape | undefined)?.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

/**
 * A plugin that logs each retry. Applied before the retry and throttling plugins, its hook is the innermost:
 * it sees every attempt, and the request options object stays the same from one attempt of a call to the next.
 */
function logRetries(log: (message: string) => void, policy: RetryPolicy) {
  return (octokit: Octokit) => {
    const attempts = new WeakMap<object, { count: number; lastStatus?: number }>();
    octokit.hook.wrap('request', async (request, options) => {
      const seen = attempts.get(options) ?? { count: 0 };
      attempts.set(options, seen);
      seen.count += 1;
      if (seen.count > 1) {
        log(
          `GitHub API ${options.method} ${options.url} answered ${seen.lastStatus ?? 'nothing'}; ` +
            `retry ${seen.count - 1} of ${policy.maxRetries}`,
        );
      }
      try {
        return await request(options);
      } catch (error) {
        seen.lastStatus = httpStatus(error);
        throw error;
      }
    });
  };
}

/**
 * Builds the client for `token`, talking to GITHUB_API_URL (as @actions/github reads it), retrying as
 * `policy` says. `log` hears about each retry and each rate limit given up on.
 */
export function createGitHubClient(
  token: string,
  options: { policy?: RetryPolicy; log?: (message: string) => void; baseUrl?: string } = {},
): GitHubClient {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const log = options.log ?? (() => undefined);
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      if (retryCount >= policy.maxRetries) return false;
      if (retryAfter > policy.maxWaitSeconds) {
        log(
          `GitHub API ${request.method} ${request.url}: ${kind} asks to wait ${retryAfter} s, ` +
            `longer than ${policy.maxWaitSeconds} s; not retrying`,
        );
        return false;
      }
      return true;
    };
  return github.getOctokit(
    token,
    {
      ...(options.baseUrl && { baseUrl: options.baseUrl }),
      retry: {
        retries: policy.maxRetries,
        retryAfterBaseValue: policy.msPerSecond,
        doNotRetry: CLIENT_ERRORS,
      },
      throttle: {
        retryAfterBaseValue: policy.msPerSecond,
        onRateLimit: onLimit('the rate limit'),
        onSecondaryRateLimit: onLimit('a secondary rate limit'),
      },
    },
    logRetries(log, policy),
    retry,
    throttling,
  );
}

/**
 * The retry policy, with one second of waiting shortened to STIG_GATE_RETRY_DELAY_MS when set (the test
 * suite sets it to a few milliseconds so that retry tests stay fast).
 */
export function retryPolicyFromEnv(env: NodeJS.ProcessEnv): RetryPolicy {
  const delay = Number(env.STIG_GATE_RETRY_DELAY_MS);
  if (env.STIG_GATE_RETRY_DELAY_MS === undefined || !Number.isFinite(delay) || delay < 0)
    return { ...DEFAULT_RETRY_POLICY };
  return { ...DEFAULT_RETRY_POLICY, msPerSecond: delay };
}
