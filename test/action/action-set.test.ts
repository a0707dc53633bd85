/**
 * A set of images as one answer, with the bundled action run as a process against the loopback GitHub API
 * and artifact service: several images in one step (real scans, real engine), a second run editing the same
 * comment, and the merge of matrix jobs' artifacts giving the same comment; a matrix job that wrote no
 * report makes the merged verdict an error naming it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCommentMarker, setJobOf } from '../../src/report/report-key.js';
import { startArtifactService, type ArtifactService } from '../servers/artifact-service.js';
import { startGitHubApi, type GitHubApi } from '../servers/github-api.js';
import { unzipToRecord } from '../servers/zip.js';
import { CLEAN_RESULTS } from '../support/paths.js';
import { acquireEngineLock } from '../e2e/support/engine.js';
import { requireDocker, SKIP_DOCKER, TEST_IMAGES } from './docker-env.js';
import { pullRequestEvent, runAction, WORKFLOW_REF, type ActionRun } from './run-action.js';

const TOKEN = 'ghs_settesttoken';
const PROFILE = 'xccdf_basic_profile_.check';
/** The set's comment marker for the job `jobId` of the test workflow. */
const markerOf = (jobId: string) => setCommentMarker(PROFILE, setJobOf(WORKFLOW_REF, jobId));
const MARKER = markerOf('job-1');
const PR = 701;
let github: GitHubApi;
let results: ArtifactService;
let tmp: string;
let nextRunId = 18_000_000_001;

async function step(
  inputs: Record<string, string>,
  options: { runId?: number; jobId?: string; pr?: number; headSha?: string } = {},
): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmp, 'run-'));
  return runAction({
    dir,
    github,
    results,
    runId: options.runId ?? nextRunId++,
    jobId: options.jobId ?? 'job-1',
    event: pullRequestEvent(options.pr ?? PR, options.headSha ? { headSha: options.headSha } : {}),
    inputs: { 'github-token': TOKEN, 'scanner-image': TEST_IMAGES.scanner, ...inputs },
    timeoutMs: 600_000,
  });
}

/**
 * The three images, each with its own baseline: the clean image with its committed results (pass), the
 * remote-access image with the clean image scanned in the same run (46 new failures), and the
 * world-writable-log image with itself (pass).
 */
const CLEAN = TEST_IMAGES.clean;
const REMOTE = TEST_IMAGES.remoteAccess;
const LOG = TEST_IMAGES.remoteAccess.replace(/:remote-access$/, ':world-writable-log');
const IMAGES_INPUT = [
  `${CLEAN} = ${CLEAN_RESULTS}`,
  `${REMOTE} = image:${CLEAN}`,
  `${LOG} = image:${LOG}`,
].join('\n');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The comment without what differs between runs: links to artifacts and the run, and the footer. */
function comparable(body: string): string {
  return body
    .replace(/^<!-- stig-gate-set:[^\n]* -->\n/, '')
    .replace(/\]\(https:\/\/github\.com\/[^)]*\)/g, '](…)')
    .replace(/\n\n<sub>stig-gate[^\n]*<\/sub>$/, '');
}

const comments = (issue: number) => github.state.commentsOn(issue);

describe.skipIf(SKIP_DOCKER)('a set of images', () => {
  let first: ActionRun;
  let firstRunId: number;
  let release: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    requireDocker();
    // Parallel scans: not while the end-to-end fault tests compare the engine's containers before and after.
    release = await acquireEngineLock();
    results = await startArtifactService();
    github = await startGitHubApi({ token: TOKEN, artifactService: results });
    tmp = await mkdtemp(join(tmpdir(), 'stig-gate-action-set-'));
  });
  afterAll(async () => {
    await github?.close();
    await results?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
    await release?.();
  });

  it('three images in one step, one failing: one failing verdict, three artifacts, one comment', async () => {
    firstRunId = nextRunId;
    first = await step({ images: IMAGES_INPUT, parallel: '2' });
    console.info(`three images, 2 at a time: ${first.ms.toFixed(0)} ms`);
    expect(first.code, first.stdout + first.stderr).toBe(1);
    const images = JSON.parse(first.outputs['images-json']!) as {
      image: string;
      verdict: string;
      newFailures: number;
      artifactName: string;
    }[];
    expect(images.map((i) => [i.image, i.verdict, i.newFailures])).toEqual([
      [CLEAN, 'pass', 0],
      [REMOTE, 'fail', 46],
      [LOG, 'pass', 0],
    ]);
    expect(first.outputs).toMatchObject({ verdict: 'fail', 'new-failures': '46' });
    expect(first.outputs.reason).toBe(
      `gate failed: 1 of 3 images failed (${REMOTE}), 46 new failures in all`,
    );
    expect(first.lines.at(-1)).toBe(`::error::${first.outputs.reason}`);
    // The scanner is pulled once for the set, never by a scan.
    expect(first.lines.filter((line) => /pull scanner: \S+ \(pull /.test(line))).toHaveLength(1);
    // Three artifacts, each with its image's reports.
    for (const name of images.map((i) => i.artifactName)) {
      const artifact = results.find(name, firstRunId);
      expect(artifact, name).toBeDefined();
      expect(Object.keys(unzipToRecord(artifact!.content!))).toEqual(
        expect.arrayContaining(['results.xml', 'stig-gate.json', 'stig-gate.md']),
      );
      // Each image's evidence (the `evidence` input's default, all) and scan record, as for one image.
      expect(Object.keys(unzipToRecord(artifact!.content!))).toEqual(
        expect.arrayContaining(['scan.json', 'evidence.json', 'stig-gate.cklb', 'stig-gate.intoto.json']),
      );
    }
    // One comment for the set, with a row per image.
    const [comment, ...more] = comments(PR);
    expect(more).toHaveLength(0);
    expect(comment!.body.startsWith(`${MARKER}\n`)).toBe(true);
    for (const image of [CLEAN, REMOTE, LOG]) expect(comment!.body).toContain(`| ${image} |`);
    expect(comment!.body).toContain('❌ **Gate failed:**');
    expect(first.outputs['comment-url']).toContain(`#issuecomment-${comment!.id}`);
    // One summary: the set's table, then each image's own report.
    expect(first.summary).toContain('## STIG gate: 3 images');
    for (const image of [CLEAN, REMOTE, LOG]) expect(first.summary).toContain(`## STIG gate: ${image}`);
  }, 600_000);

  it('a second run edits the same comment', async () => {
    const before = comments(PR)[0]!;
    const posts = () =>
      github.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/issues/${PR}/comments`)).length;
    const postsBefore = posts();
    const run = await step(
      { images: [`${CLEAN} = ${CLEAN_RESULTS}`, `${REMOTE} = image:${CLEAN}`].join('\n') },
      { headSha: '3333333333333333333333333333333333333333' },
    );
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(comments(PR).map((c) => c.id)).toEqual([before.id]);
    expect(comments(PR)[0]!.body).toContain('commit 3333333');
    expect(comments(PR)[0]!.body).not.toContain(`| ${LOG} |`);
    expect(posts()).toBe(postsBefore);
  }, 600_000);

  it("another set job of the pull request keeps a comment of its own and leaves this job's alone", async () => {
    const before = comments(PR)[0]!;
    const run = await step(
      { images: `${CLEAN} = ${CLEAN_RESULTS}`, comment: 'always' },
      { jobId: 'base-images' },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const [kept, other, ...more] = comments(PR);
    expect(more).toHaveLength(0);
    expect(kept).toEqual(before);
    expect(other!.body.startsWith(`${markerOf('base-images')}\n`)).toBe(true);
    expect(other!.body).toContain(`| ${CLEAN} |`);
    expect(run.outputs['comment-url']).toContain(`#issuecomment-${other!.id}`);
  }, 600_000);

  it('a merge job over three matrix artifacts gives the same comment', async () => {
    const runId = nextRunId++;
    // Three matrix jobs gate the results the set scanned above, each with comment: never.
    const scanned = JSON.parse(first.outputs['images-json']!) as { image: string; outputDir: string }[];
    for (const [index, { image, outputDir }] of scanned.entries()) {
      const baseline = image === CLEAN ? CLEAN_RESULTS : join(outputDir, 'baseline', 'results.xml');
      const job = await step(
        { image, results: join(outputDir, 'results.xml'), baseline, comment: 'never' },
        { runId, jobId: `matrix-${index}`, pr: PR + 1 },
      );
      expect(job.outputs.verdict, job.stdout).toBe(image === REMOTE ? 'fail' : 'pass');
    }
    expect(comments(PR + 1)).toHaveLength(0);
    const merge = await step(
      { merge: 'true', images: [CLEAN, REMOTE, LOG].join('\n') },
      { runId, jobId: 'merge', pr: PR + 1 },
    );
    expect(merge.code, merge.stdout + merge.stderr).toBe(1);
    expect(merge.outputs.verdict).toBe('fail');
    expect(merge.outputs.reason).toBe(first.outputs.reason);
    const [merged, ...more] = comments(PR + 1);
    expect(more).toHaveLength(0);
    expect(merged!.body.startsWith(`${markerOf('merge')}\n`)).toBe(true);
    expect(comparable(merged!.body)).toBe(comparable(firstComment()));
    expect(JSON.parse(merge.outputs['images-json']!)).toHaveLength(3);
  }, 600_000);

  it('an image that cannot be scanned makes the set an error naming it; the others are still published', async () => {
    const missing = `${TEST_IMAGES.registry}/stig-gate/target:no-such-tag`;
    const run = await step(
      { images: [`${CLEAN} = ${CLEAN_RESULTS}`, missing].join('\n'), pull: 'never' },
      { pr: PR + 3 },
    );
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(run.outputs.reason).toMatch(
      new RegExp(`^no verdict for 1 of 2 images \\(${escape(missing)}: inspect target failed: `),
    );
    const images = JSON.parse(run.outputs['images-json']!) as {
      verdict: string;
      artifactId: number | null;
    }[];
    expect(images.map((i) => i.verdict)).toEqual(['pass', 'error']);
    expect(images[0]!.artifactId).not.toBeNull();
    const [comment] = comments(PR + 3);
    expect(comment!.body).toContain(`| ${CLEAN} | ✅ pass |`);
    expect(comment!.body).toContain(`| ${missing} | ❗ error |`);
  }, 600_000);

  it('a matrix job that wrote no report makes the merged verdict an error naming its image', async () => {
    const runId = nextRunId++;
    await step(
      { image: CLEAN, results: CLEAN_RESULTS, baseline: CLEAN_RESULTS, comment: 'never' },
      { runId, jobId: 'matrix-0', pr: PR + 2 },
    );
    const merge = await step(
      { merge: 'true', images: [CLEAN, REMOTE].join('\n') },
      { runId, jobId: 'merge', pr: PR + 2 },
    );
    expect(merge.code).toBe(1);
    expect(merge.outputs.verdict).toBe('error');
    expect(merge.outputs.reason).toMatch(
      new RegExp(`^no verdict for 1 of 2 images \\(${escape(REMOTE)}: no report: `),
    );
    expect(merge.lines.at(-1)).toBe(`::error::${merge.outputs.reason}`);
    const [comment] = comments(PR + 2);
    expect(comment!.body).toContain('❗ **No verdict:**');
    expect(comment!.body).toContain(`| ${REMOTE} | ❗ error |`);
  }, 120_000);
});

/** The set's comment as the first run left it (the second run edited it since: read it from the requests). */
function firstComment(): string {
  const created = github.requests.find(
    (r) => r.method === 'POST' && r.path.endsWith(`/issues/${PR}/comments`),
  );
  return (created!.body as { body: string }).body;
}
