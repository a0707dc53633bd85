/** The one place that turns GitHub API errors into messages a user can act on. */
import { toError } from '../errors.js';
import { errorHeader, httpStatus } from './github-client.js';

/** What was being done, so the advice can name the permission it needs. */
export interface ApiErrorContext {
  /** e.g. "post the pull request comment". */
  operation: string;
  /** The `permissions:` entry the operation needs, e.g. "pull-requests: write". */
  permission: string;
  /** True when the event is a pull request from a fork, whose token is read-only. */
  forkPullRequest?: boolean;
}

/** A one-paragraph message: what failed, why, and what to change. */
export function explainApiError(thrown: unknown, context: ApiErrorContext): string {
  const error = toError(thrown);
  const status = httpStatus(thrown);
  const what = `Could not ${context.operation}`;
  const detail = firstLine(error.message);
  switch (status) {
    case 401:
      return `${what}: the token was refused (401 ${detail}). Check the 'github-token' input: leave it unset to use the workflow's token, or pass a token that has not expired.`;
    case 403:
      if (errorHeader(thrown, 'x-ratelimit-remaining') === '0') {
        return `${what}: the API rate limit is used up (403 ${detail}); it resets at ${resetTime(thrown)}.`;
      }
      if (context.forkPullRequest) {
        return `${what}: GitHub gives workflows on pull requests from forks a read-only token (403 ${detail}). The verdict, job summary and artifact are unaffected. To comment on fork pull requests, post from a separate workflow triggered by 'workflow_run', or set 'comment: never'.`;
      }
      return `${what}: the token lacks permission (403 ${detail}). Give the job 'permissions: ${context.permission}', or pass a 'github-token' that has it.`;
    case 404:
      return `${what}: not found (404 ${detail}). The token may not be able to see this repository (it needs '${context.permission}'), or the item was deleted or has expired.`;
    case 422:
      return `${what}: GitHub rejected the request (422 ${detail}).`;
    case 429:
      return `${what}: still rate limited after retrying (429 ${detail}). Try again later.`;
    default:
      if (status !== undefined && status >= 500) {
        return `${what}: GitHub answered ${status} (${detail}) after retrying; this is on GitHub's side, try re-running the job.`;
      }
      return `${what}: ${detail}`;
  }
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}

function resetTime(thrown: unknown): string {
  const reset = Number(errorHeader(thrown, 'x-ratelimit-reset'));
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : 'the top of the hour';
}
