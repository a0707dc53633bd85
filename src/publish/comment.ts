/**
 * The sticky pull request comment: one per image and profile, found again by its hidden marker and
 * edited in place, so a PR never collects a second one.
 */
import type { GitHubClient } from './github-client.js';

/** GitHub's limit on a comment body, in characters (code points). */
export const MAX_COMMENT_CHARS = 65_536;

/** Which issue or pull request to comment on. */
export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface StickyCommentOutcome {
  /** `skipped`: there was no comment and `create` was false, so nothing was posted. */
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  url?: string;
  /** Extra comments carrying the same marker (left by an interrupted earlier run) that were removed. */
  duplicatesRemoved: number;
}

/**
 * The comment body: the marker on the first line, then `markdown`, then `footer`. When the whole would
 * pass {@link MAX_COMMENT_CHARS}, the Markdown is cut at a line break and a note says where the rest is.
 * (The gate's renderer already keeps within the limit; this is the backstop that makes it certain.)
 */
export function commentBody(
  marker: string,
  markdown: string,
  footer: string,
  limit = MAX_COMMENT_CHARS,
): string {
  const whole = `${marker}\n${markdown.trimEnd()}\n\n${footer}`;
  if (codePoints(whole) <= limit) return whole;
  const note =
    '\n\n_… cut to fit GitHub’s comment size limit; the full report is in the job summary and the artifact._';
  const room = limit - codePoints(`${marker}\n\n\n${footer}`) - codePoints(note);
  const kept = Array.from(markdown).slice(0, Math.max(0, room)).join('');
  const cut = kept.lastIndexOf('\n') > 0 ? kept.slice(0, kept.lastIndexOf('\n')) : kept;
  return `${marker}\n${cut}${note}\n\n${footer}`;
}

/** Length in code points, as GitHub counts a comment. */
export function codePoints(text: string): number {
  return Array.from(text).length;
}

/**
 * Finds the comment that starts with `marker` on the target and updates it to `body` (or leaves it when
 * it already says that); when there is none, creates one if `create` is true. Any further comments with
 * the same marker are deleted, so exactly one remains.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  body: string,
  options: { create: boolean },
): Promise<StickyCommentOutcome> {
  const params = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 };
  const comments = await client.paginate(client.rest.issues.listComments, params);
  const marked = comments.filter((comment) => comment.body?.startsWith(marker)).sort((a, b) => a.id - b.id);
  // Anyone can paste the marker into a comment of their own, and that comment is never edited: only the
  // token's own comments count, a person's when it is a person's token, else a bot's (the workflow token or
  // an app). Only comments by the same author count as duplicates to remove.
  const person = await tokenPerson(client);
  const own = marked.filter((comment) =>
    person === undefined ? comment.user?.type === 'Bot' : comment.user?.login === person,
  );
  const [existing, ...others] = own;
  const duplicates = others.filter((comment) => comment.user?.login === existing?.user?.login);

  let outcome: StickyCommentOutcome;
  if (existing === undefined) {
    if (!options.create) return { action: 'skipped', duplicatesRemoved: 0 };
    const { data } = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body,
    });
    outcome = { action: 'created', url: data.html_url, duplicatesRemoved: 0 };
  } else if (existing.body === body) {
    outcome = { action: 'unchanged', url: existing.html_url, duplicatesRemoved: 0 };
  } else {
    const { data } = await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body,
    });
    outcome = { action: 'updated', url: data.html_url, duplicatesRemoved: 0 };
  }
  for (const duplicate of duplicates) {
    await client.rest.issues.deleteComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: duplicate.id,
    });
    outcome.duplicatesRemoved++;
  }
  return outcome;
}

/**
 * The login of the person a token acts for (a personal access token), or undefined for an app's
 * installation token, the workflow's GITHUB_TOKEN among them: GitHub refuses those `GET /user` with 403.
 */
async function tokenPerson(client: GitHubClient): Promise<string | undefined> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.type === 'Bot' ? undefined : data.login;
  } catch (error) {
    if ((error as { status?: number }).status === 403) return undefined;
    throw error;
  }
}
