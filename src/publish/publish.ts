/**
 * Publishing a decided verdict: the report artifact, the job summary and the sticky PR comment, each in
 * its own log group. A failure in one is a warning and the others still run; none of them can change
 * the verdict or remove the files on disk. The one failure that is not only a warning is an artifact
 * name clash, which the caller turns into a failed step after reporting the verdict.
 */
import type { ArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { toError } from '../errors.js';
import type { GateResult } from '../gate/types.js';
import type { ActionInputs } from '../inputs/action-inputs.js';
import { runUrl, type RunContext } from '../inputs/run-context.js';
import { escapeMarkdown } from '../report/escape.js';
import { evidenceList } from '../evidence/evidence-list.js';
import { renderMarkdown } from '../report/markdown.js';
import { explainApiError } from './api-errors.js';
import { ArtifactNameClashError, artifactUrl, uploadReportArtifact } from './artifact.js';
import { MAX_COMMENT_CHARS, codePoints, commentBody, upsertStickyComment } from './comment.js';
import type { GitHubClient } from './github-client.js';
import { MAX_SUMMARY_BYTES } from './job-summary.js';
import type { OutputFiles, OutputPublishing } from './outputs.js';
import { commentMarker } from './report-key.js';
import { artifactSelection, rawReportsNote } from '../pipeline/raw-reports.js';

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
  const where = whereTheReportIs(input, published.outputs.artifactUrl);
  const heading = `STIG gate: ${input.inputs.image} (${input.inputs.profile})`;

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
    const url = await comment(input, heading, where);
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
    inputs: Pick<ActionInputs, 'retentionDays' | 'uploadRawReports'>;
  },
) {
  const { files } = input;
  const candidates = [
    files.reportHtml,
    files.resultsXml,
    files.resultsArf,
    files.json,
    files.sarif,
    files.markdown,
    ...Object.values(files.evidence ?? {}),
  ];
  // scan.json too: a later run that takes this artifact as its baseline reads the scanner's digest there.
  if (files.outputDir) candidates.push(join(files.outputDir, 'scan.log'), join(files.outputDir, 'scan.json'));
  const present: string[] = [];
  for (const file of artifactSelection(
    candidates.filter((file): file is string => file !== undefined),
    input.inputs.uploadRawReports,
  ).uploaded) {
    if (file && (await stat(file).catch(() => undefined))?.isFile()) present.push(file);
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
function whereTheReportIs(input: PublishInput, uploadedUrl: string | undefined): string {
  const name = `\`${input.artifactName}\``;
  return uploadedUrl
    ? `the [${name} artifact](${uploadedUrl})`
    : `the ${name} reports of [this run](${runUrl(input.context)})`;
}

/** Posts or updates the sticky comment when the event and the `comment` input call for it; returns its URL. */
async function comment(input: PublishInput, heading: string, where: string): Promise<string | undefined> {
  const { context, inputs, result } = input;
  if (inputs.comment === 'never') return skip("the 'comment' input is 'never'");
  if (!context.pullRequest)
    return skip(`this is a '${context.eventName || 'unknown'}' event, not a pull request`);
  if (!input.client) {
    core.warning("No pull request comment: the 'github-token' input is empty.");
    return undefined;
  }
  const marker = commentMarker(inputs.image, inputs.profile);
  const footer = commentFooter(input);
  const room = MAX_COMMENT_CHARS - codePoints(marker) - codePoints(footer) - 16;
  const markdown = renderMarkdown(result, { heading, fullReportHint: where, maxLength: room });
  const target = { owner: context.owner, repo: context.repo, issueNumber: context.pullRequest.number };
  const create = inputs.comment === 'always' || result.verdict === 'fail';
  try {
    const outcome = await upsertStickyComment(
      input.client,
      target,
      marker,
      commentBody(marker, markdown, footer),
      { create },
    );
    if (outcome.action === 'skipped')
      return skip('the gate passed and there is no earlier comment to update (comment: on-failure)');
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

function skip(why: string): undefined {
  core.info(`No pull request comment: ${why}.`);
  return undefined;
}

function commentFooter(input: PublishInput): string {
  const sha = input.context.pullRequest?.headSha ?? input.context.sha;
  const commit = sha ? ` · commit ${escapeMarkdown(sha.slice(0, 7))}` : '';
  return `<sub>stig-gate · [workflow run](${runUrl(input.context)}) · artifact ${escapeMarkdown(input.artifactName)}${commit}</sub>`;
}
