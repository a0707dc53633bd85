/**
 * The one GitHub API client: @actions/github's Octokit with bounded retries for server errors (5xx),
 * rate limiting (429) and network failures, and none for other 4xx answers, which retrying cannot fix.
 *
 * @actions/github 9 ships no retry or throttling plugin (`@octokit/plugin-retry` is only a dependency
 * of @actions/artifact), so the retries are a `request` hook here rather than a new dependency.
 */
import * as github from '@actions/github';

export type GitHubClient = ReturnType<typeof github.getOctokit>;

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Wait before the first retry; doubles for each one after. */
  baseDelayMs: number;
  /** Upper bound on any wait, including a server's `retry-after`. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  maxRetries: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
});

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
 * True for answers worth another try: 5xx, 429, and network failures (which Octokit reports as 500).
 * Every other 4xx is the request's own fault and is returned at once.
 */
export function isRetryable(error: unknown): boolean {
  const status = httpStatus(error);
  return status !== undefined && (status >= 500 || status === 429);
}

/** How long to wait before retry number `retry` (0-based): `retry-after` when given, else exponential. */
export function retryDelayMs(error: unknown, retry: number, policy: RetryPolicy): number {
  const retryAfter = Number(errorHeader(error, 'retry-after'));
  const wait =
    Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : policy.baseDelayMs * 2 ** retry;
  return Math.min(wait, policy.maxDelayMs);
}

/**
 * Builds the client for `token`, talking to GITHUB_API_URL (as @actions/github reads it), retrying as
 * `policy` says. `log` hears about each retry.
 */
export function createGitHubClient(
  token: string,
  options: { policy?: RetryPolicy; log?: (message: string) => void; baseUrl?: string } = {},
): GitHubClient {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const client = github.getOctokit(token, options.baseUrl ? { baseUrl: options.baseUrl } : {});
  client.hook.wrap('request', async (request, requestOptions) => {
    for (let retry = 0; ; retry++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        if (!isRetryable(error) || retry >= policy.maxRetries) throw error;
        const wait = retryDelayMs(error, retry, policy);
        options.log?.(
          `GitHub API ${requestOptions.method} ${requestOptions.url} answered ${httpStatus(error)}; ` +
            `retry ${retry + 1} of ${policy.maxRetries} in ${wait} ms`,
        );
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  });
  return client;
}

/**
 * The retry policy, with waits scaled down by STIG_GATE_RETRY_DELAY_MS when set (the test suite sets
 * it to a few milliseconds so that retry tests stay fast; it also caps a server's `retry-after`).
 */
export function retryPolicyFromEnv(env: NodeJS.ProcessEnv): RetryPolicy {
  const delay = Number(env.STIG_GATE_RETRY_DELAY_MS);
  if (env.STIG_GATE_RETRY_DELAY_MS === undefined || !Number.isFinite(delay) || delay < 0)
    return { ...DEFAULT_RETRY_POLICY };
  return { ...DEFAULT_RETRY_POLICY, baseDelayMs: delay, maxDelayMs: delay * 8 };
}
