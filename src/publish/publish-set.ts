/**
 * Publishing a set's decided verdict: one job summary (the set's report, then each image's) and one sticky
 * comment for the whole set, each in its own log group. As for one image, a failure is a warning and
 * changes nothing else. The same for a set gated in one step and for a merge of matrix jobs.
 */
import * as core from '@actions/core';
import { toError } from '../errors.js';
import type { ActionInputs } from '../inputs/action-inputs.js';
import { runUrl, type RunContext } from '../inputs/run-context.js';
import { escapeMarkdown } from '../report/escape.js';
import { renderSetMarkdown, renderSetSummary } from '../report/set-markdown.js';
import { setVerdict, type SetMember } from '../report/set-report.js';
import { explainApiError } from './api-errors.js';
import { MAX_COMMENT_CHARS, codePoints, commentBody, upsertStickyComment } from './comment.js';
import type { GitHubClient } from './github-client.js';
import { MAX_SUMMARY_BYTES } from './job-summary.js';
import { setCommentMarker, setJobOf } from './report-key.js';
import { rawReportsNote } from '../pipeline/raw-reports.js';

export interface PublishSetInput {
  members: SetMember[];
  inputs: Pick<ActionInputs, 'comment' | 'profile' | 'uploadRawReports'>;
  context: RunContext;
  client: GitHubClient | undefined;
}

/** The heading of the set's report. */
export function setHeading(members: readonly SetMember[], profile: string): string {
  return `STIG gate: ${members.length} image${members.length === 1 ? '' : 's'} (${profile})`;
}

function whereIs(member: SetMember, context: RunContext): string {
  const name = `\`${member.artifactName.replace(/`/g, "'")}\``;
  return member.artifactUrl
    ? `the [${name} artifact](${member.artifactUrl})`
    : `the ${name} reports of [this run](${runUrl(context)})`;
}

/** Writes the summary and posts or edits the set's comment; returns the comment's URL when there is one. */
export async function publishSet(input: PublishSetInput): Promise<{ commentUrl?: string }> {
  const heading = setHeading(input.members, input.inputs.profile);
  const hint = `each image's report artifact (linked in the table) and the job summary of [this run](${runUrl(input.context)})`;
  await core.group('Write the job summary', async () => {
    try {
      const markdown = renderSetSummary(input.members, {
        heading,
        maxLength: MAX_SUMMARY_BYTES,
        fullReportHint: hint,
        whereIs: (member) => whereIs(member, input.context),
      });
      await core.summary
        .addRaw(markdown)
        .addEOL()
        .addRaw(rawReportsNote(input.inputs.uploadRawReports))
        .write();
    } catch (thrown) {
      core.warning(`Could not write the job summary: ${toError(thrown).message}`);
    }
  });
  let commentUrl: string | undefined;
  await core.group('Pull request comment', async () => {
    commentUrl = await comment(input, heading, hint);
  });
  return commentUrl === undefined ? {} : { commentUrl };
}

async function comment(input: PublishSetInput, heading: string, hint: string): Promise<string | undefined> {
  const { context, inputs } = input;
  if (inputs.comment === 'never') return skip("the 'comment' input is 'never'");
  if (!context.pullRequest)
    return skip(`this is a '${context.eventName || 'unknown'}' event, not a pull request`);
  if (!input.client) {
    core.warning("No pull request comment: the 'github-token' input is empty.");
    return undefined;
  }
  const marker = setCommentMarker(inputs.profile, setJobOf(context.workflowRef, context.job));
  const sha = context.pullRequest.headSha ?? context.sha;
  const footer = `<sub>stig-gate · [workflow run](${runUrl(context)}) · ${input.members.length} images${
    sha ? ` · commit ${escapeMarkdown(sha.slice(0, 7))}` : ''
  }</sub>`;
  const room = MAX_COMMENT_CHARS - codePoints(marker) - codePoints(footer) - 16;
  const markdown = renderSetMarkdown(input.members, { heading, maxLength: room, fullReportHint: hint });
  const target = { owner: context.owner, repo: context.repo, issueNumber: context.pullRequest.number };
  const create = inputs.comment === 'always' || setVerdict(input.members).verdict !== 'pass';
  try {
    const outcome = await upsertStickyComment(
      input.client,
      target,
      marker,
      commentBody(marker, markdown, footer),
      { create },
    );
    if (outcome.action === 'skipped')
      return skip('the set passed and there is no earlier comment to update (comment: on-failure)');
    core.info(`Comment ${outcome.action}: ${outcome.url ?? ''}`);
    return outcome.url;
  } catch (thrown) {
    core.warning(
      explainApiError(thrown, {
        operation: 'post the pull request comment',
        permission: 'pull-requests: write',
        forkPullRequest: context.pullRequest.fromFork,
      }),
    );
    return undefined;
  }
}

function skip(why: string): undefined {
  core.info(`No pull request comment: ${why}.`);
  return undefined;
}
