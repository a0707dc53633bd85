/**
 * Publishing a decided verdict, for one image or a set: the report artifact, the job summary and the one
 * sticky PR comment, each in its own log group. A failure in one is a warning and the others still run;
 * none of them can change the verdict or remove the files on disk. The one failure that is not only a
 * warning is an artifact name clash, which the caller turns into a failed step after reporting the verdict.
 */
import type { ArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { stat } from 'node:fs/promises';
import { toError } from '../errors.js';
import type { GateResult } from '../gate/types.js';
import type { ActionInputs } from '../inputs/action-inputs.js';
import { runUrl, type RunContext } from '../inputs/run-context.js';
import { escapeMarkdown } from '../report/escape.js';
import { evidenceList } from '../assessor/evidence-list.js';
import { artifactFiles } from '../pipeline/files.js';
import { renderMarkdown } from '../report/markdown.js';
import { explainApiError } from './api-errors.js';
import { ArtifactNameClashError, artifactUrl, uploadReportArtifact } from './artifact.js';
import { MAX_COMMENT_CHARS, codePoints, commentBody, upsertStickyComment } from './comment.js';
import type { GitHubClient } from './github-client.js';
import { MAX_SUMMARY_BYTES } from './job-summary.js';
import type { OutputFiles, OutputPublishing } from './outputs.js';
import { commentMarker, setCommentMarker, setJobOf } from '../report/report-key.js';
import { renderSetMarkdown, renderSetSummary } from '../report/set-markdown.js';
import { setVerdict, type SetMember } from '../report/set-report.js';
import { rawReportsNote } from '../pipeline/raw-reports.js';

export interface PublishInput {
  result: GateResult;
  inputs: ActionInputs;
  context: RunContext;
  files: OutputFiles;
  artifactName: string;
  /** Absent when the `github-token` input is empty. */
  client: GitHubClient | undefined;
  artifacts: ArtifactClient;
}

export interface Published {
  outputs: OutputPublishing;
  /** An artifact name clash: the step must fail even when the gate passed. */
  error?: ArtifactNameClashError;
}

/** Runs the three publishing steps in order: artifact (so the others can link to it), summary, comment. */
export async function publishReports(input: PublishInput): Promise<Published> {
  const published: Published = { outputs: { artifactName: input.artifactName } };
  await core.group('Upload the report artifact', async () => {
    try {
      const uploaded = await uploadArtifact(input);
      if (!uploaded) throw new Error('none of the report files exists');
      published.outputs.artifactId = uploaded.id;
      published.outputs.artifactUrl = artifactUrl(
        input.context.serverUrl,
        input.context.repository,
        input.context.runId,
        uploaded.id,
      );
      core.info(`Uploaded ${input.artifactName} (${uploaded.size} bytes): ${published.outputs.artifactUrl}`);
    } catch (thrown) {
      const error = toError(thrown);
      if (error instanceof ArtifactNameClashError) {
        published.error = error;
        core.warning(error.message);
      } else {
        core.warning(
          `Could not upload the report artifact '${input.artifactName}': ${error.message}. The reports are still in ${input.files.outputDir}.`,
        );
      }
    }
  });
  const where = whereTheReportIs(input.artifactName, input.context, published.outputs.artifactUrl);
  const heading = gateHeading(input.inputs);

  await core.group('Write the job summary', async () => {
    try {
      const markdown = renderMarkdown(input.result, {
        heading,
        fullReportHint: where,
        maxLength: MAX_SUMMARY_BYTES,
      });
      await core.summary
        .addRaw(markdown)
        .addEOL()
        .addRaw(evidenceList(input.files.evidence ?? {}))
        .addRaw(rawReportsNote(input.inputs.uploadRawReports))
        .write();
    } catch (thrown) {
      core.warning(`Could not write the job summary: ${toError(thrown).message}`);
    }
  });

  await core.group('Pull request comment', async () => {
    const url = await postComment({
      context: input.context,
      client: input.client,
      when: input.inputs.comment,
      ...gateComment(input.result, input.inputs, input.context, {
        name: input.artifactName,
        url: published.outputs.artifactUrl,
      }),
      failing: input.result.verdict === 'fail',
      what: 'gate',
    });
    if (url) published.outputs.commentUrl = url;
  });
  return published;
}

/**
 * Uploads the report files that exist in `input.files` as the artifact `input.artifactName`; undefined when
 * none does (an error before any was written).
 */
export async function uploadArtifact(
  input: Pick<PublishInput, 'files' | 'artifacts' | 'artifactName'> & {
    inputs: Pick<ActionInputs, 'retentionDays'>;
  },
) {
  const { files } = input;
  const present: string[] = [];
  for (const file of artifactFiles(files)) {
    if ((await stat(file).catch(() => undefined))?.isFile()) present.push(file);
  }
  if (present.length === 0) return undefined;
  return uploadReportArtifact(
    input.artifacts,
    input.artifactName,
    present,
    files.outputDir ?? '.',
    input.inputs.retentionDays,
  );
}

/** Trusted Markdown naming where the full lists are, for reports that had to be cut. */
function whereTheReportIs(
  artifactName: string,
  context: RunContext,
  uploadedUrl: string | undefined,
): string {
  const name = `\`${artifactName.replace(/`/g, "'")}\``;
  return uploadedUrl
    ? `the [${name} artifact](${uploadedUrl})`
    : `the ${name} reports of [this run](${runUrl(context)})`;
}

function gateHeading(inputs: Pick<ActionInputs, 'image' | 'profile'>): string {
  return `STIG gate: ${inputs.image} (${inputs.profile})`;
}

/** What a sticky comment says: its marker, its last line, and its Markdown cut to fit `room` characters. */
export interface CommentContent {
  marker: string;
  footer: string;
  render: (room: number) => string;
}

/** One image's comment; the artifact is linked when it was uploaded (`artifact.url`). */
export function gateComment(
  result: GateResult,
  inputs: Pick<ActionInputs, 'image' | 'profile'>,
  context: RunContext,
  artifact: { name: string; url?: string | undefined },
): CommentContent {
  const heading = gateHeading(inputs);
  const where = whereTheReportIs(artifact.name, context, artifact.url);
  const name = `\`${artifact.name.replace(/`/g, "'")}\``;
  return {
    marker: commentMarker(inputs.image, inputs.profile),
    footer: commentFooter(context, artifact.url ? `artifact [${name}](${artifact.url})` : `artifact ${name}`),
    render: (room) => renderMarkdown(result, { heading, fullReportHint: where, maxLength: room }),
  };
}

/** The whole body of a comment, as posted: the Markdown cut to fit GitHub's limit with the marker and footer. */
export function commentText(content: CommentContent): string {
  const room = MAX_COMMENT_CHARS - codePoints(content.marker) - codePoints(content.footer) - 16;
  return commentBody(content.marker, content.render(room), content.footer);
}

/** A sticky comment to post or edit: the one path of a single image's and a set's. */
interface CommentRequest extends CommentContent {
  context: RunContext;
  client: GitHubClient | undefined;
  when: ActionInputs['comment'];
  /** The verdict calls for a comment (a failure, or an error of a set); else only an earlier one is edited. */
  failing: boolean;
  /** What passed: `gate`, `set`. */
  what: string;
}

/** Posts or updates the sticky comment when the event and the `comment` input call for it; returns its URL. */
async function postComment(request: CommentRequest): Promise<string | undefined> {
  const { context } = request;
  if (request.when === 'never') return skip("the 'comment' input is 'never'");
  if (!context.pullRequest)
    return skip(`this is a '${context.eventName || 'unknown'}' event, not a pull request`);
  if (!request.client) {
    core.warning("No pull request comment: the 'github-token' input is empty.");
    return undefined;
  }
  const target = { owner: context.owner, repo: context.repo, issueNumber: context.pullRequest.number };
  try {
    const outcome = await upsertStickyComment(request.client, target, request.marker, commentText(request), {
      create: request.when === 'always' || request.failing,
    });
    if (outcome.action === 'skipped')
      return skip(
        `the ${request.what} passed and there is no earlier comment to update (comment: on-failure)`,
      );
    core.info(`Comment ${outcome.action}: ${outcome.url ?? ''}`);
    if (outcome.duplicatesRemoved > 0)
      core.info(`Removed ${outcome.duplicatesRemoved} duplicate comment(s).`);
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

/** The comment's last line: the run, what it is about, and the commit. */
function commentFooter(context: RunContext, about: string): string {
  const sha = context.pullRequest?.headSha ?? context.sha;
  const commit = sha ? ` · commit ${escapeMarkdown(sha.slice(0, 7))}` : '';
  return `<sub>stig-gate · [workflow run](${runUrl(context)}) · ${about}${commit}</sub>`;
}

function skip(why: string): undefined {
  core.info(`No pull request comment: ${why}.`);
  return undefined;
}

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
    commentUrl = await postComment({
      context: input.context,
      client: input.client,
      when: input.inputs.comment,
      marker: setCommentMarker(input.inputs.profile, setJobOf(input.context.workflowRef, input.context.job)),
      footer: commentFooter(input.context, `${input.members.length} images`),
      render: (room) => renderSetMarkdown(input.members, { heading, maxLength: room, fullReportHint: hint }),
      failing: setVerdict(input.members).verdict !== 'pass',
      what: 'set',
    });
  });
  return commentUrl === undefined ? {} : { commentUrl };
}
