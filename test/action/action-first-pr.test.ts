/**
 * The README's pull request workflow on the pull request that adds it: the default branch has no baseline
 * artifact yet, so `artifact || image:app:before` scans the image of the commit before. The bundled action
 * runs with the README's own inputs (its images swapped for the test ones) against the loopback GitHub and a
 * real Docker engine: an unchanged image passes, the shadow regression fails, and the reports say which
 * baseline was used.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startArtifactService, type ArtifactService } from '../servers/artifact-service.js';
import { startGitHubApi, type GitHubApi } from '../servers/github-api.js';
import { acquireEngineLock } from '../e2e/support/engine.js';
import { REPO_ROOT } from '../support/paths.js';
import { yamlBlocks } from '../support/doc-checks.js';
import { renderGfm, visibleText } from '../report/gfm.js';
import { requireDocker, SKIP_DOCKER, TEST_IMAGES } from './docker-env.js';
import { pullRequestEvent, runAction, type ActionRun } from './run-action.js';

const TOKEN = 'ghs_firstprtoken';

interface Step {
  uses?: string;
  with?: Record<string, string>;
}

/** The stig-gate step's inputs in the README's workflow, with its images swapped for `images`. */
function readmeInputs(images: Record<string, string>): Record<string, string> {
  const [block] = yamlBlocks(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8'));
  const workflow = parse(block!.yaml) as { jobs: Record<string, { steps: Step[] }> };
  const step = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((candidate) => /stig-gate@/.test(candidate.uses ?? ''))!;
  return Object.fromEntries(
    Object.entries(step.with!).map(([name, value]) => [
      name,
      Object.entries(images).reduce((text, [from, to]) => text.replaceAll(from, to), String(value)),
    ]),
  );
}

describe.skipIf(SKIP_DOCKER)(
  "the README's pull request workflow, before main has a baseline artifact",
  () => {
    let github: GitHubApi;
    let results: ArtifactService;
    let tmp: string;
    let release: (() => Promise<void>) | undefined;
    let runId = 18_000_000_001;

    beforeAll(async () => {
      requireDocker();
      release = await acquireEngineLock();
      results = await startArtifactService();
      github = await startGitHubApi({ token: TOKEN, artifactService: results });
      tmp = await mkdtemp(join(tmpdir(), 'stig-gate-first-pr-'));
    });
    afterAll(async () => {
      await github?.close();
      await results?.close();
      if (tmp) await rm(tmp, { recursive: true, force: true });
      await release?.();
    });

    async function pullRequest(image: string, number: number): Promise<ActionRun> {
      const inputs = readmeInputs({ 'app:scan': image, 'app:before': TEST_IMAGES.clean });
      expect(inputs.baseline).toBe(`artifact || image:${TEST_IMAGES.clean}`);
      return runAction({
        dir: await mkdtemp(join(tmp, 'run-')),
        github,
        results,
        runId: runId++,
        event: pullRequestEvent(number),
        inputs: { 'github-token': TOKEN, 'scanner-image': TEST_IMAGES.scanner, ...inputs },
        timeoutMs: 600_000,
      });
    }

    /** The Baseline line as a reader sees it (rendered as GitHub does: escapes and zero-width spaces gone). */
    const baselineLine = (markdown: string) =>
      (/Baseline: [^\n]*/.exec(visibleText(renderGfm(markdown)).replace(/\u200b/g, ''))?.[0] ?? '').replace(
        /\s+/g,
        ' ',
      );
    // The baseline named by the image it scanned and when (#21), then where it came from.
    const usedBefore = (image: string) => `(image ${image}, scanned in this run, as no artifact`;

    it('passes on the pull request that adds it when the image is unchanged, and says which baseline it used', async () => {
      const run = await pullRequest(TEST_IMAGES.clean, 901);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.outputs).toMatchObject({ verdict: 'pass', 'new-failures': '0' });
      expect(run.stdout).toMatch(/Comparing with image .*, scanned in this run, as no artifact/);
      expect(baselineLine(run.summary)).toContain(usedBefore(TEST_IMAGES.clean));
      expect(baselineLine(run.summary)).toMatch(
        /^Baseline: \S+@sha256:[0-9a-f]+…, scanned \d{4}-\d\d-\d\d \d\d:\d\d UTC \(image .* exists yet \(workflow stig\.yml has no runs yet\)\)/,
      );
      // A Debian image, Chainguard's content: the rules that only read apk's files passed vacuously, said
      // right under the verdict (and in the JSON report's notices).
      const seen = visibleText(renderGfm(run.summary))
        .replace(/\u200b/g, '')
        .replace(/\s+/g, ' ');
      expect(seen).toMatch(
        /Gate passed: .* ⚠️ Notice: this image is Debian GNU\/Linux 12 \(bookworm\) \(not Wolfi or Chainguard\), .* \d+ rules passed without checking anything \(SV-263652, /,
      );
      const json = JSON.parse(await readFile(run.outputs['json-path']!, 'utf8')) as { notices: string[] };
      expect(json.notices).toEqual([expect.stringMatching(/^this image is Debian GNU\/Linux 12/)]);
      // comment: on-failure, and nothing to correct: no comment on a first pull request that passes.
      expect(github.state.commentsOn(901)).toHaveLength(0);
    }, 600_000);

    it('fails on the pull request that adds it when that pull request unlocks an account in /etc/shadow', async () => {
      const run = await pullRequest(TEST_IMAGES.shadowUnlocked, 902);
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.outputs.verdict).toBe('fail');
      expect(Number(run.outputs['new-failures'])).toBeGreaterThan(0);
      expect(run.outputs['still-failing']).not.toBe('0');
      const [comment] = github.state.commentsOn(902);
      expect(baselineLine(comment?.body ?? '')).toContain(usedBefore(TEST_IMAGES.clean));
      expect(comment?.body).toContain('/etc/shadow');
      // The made-up hash is a password hash: never published.
      expect(comment?.body).not.toContain('Q0uJ3mWz1m0o6yY3aBvjvB7mQxHn0n8i5Qe6n3k1ZlC9mQ2pQ9l2');
    }, 600_000);
  },
);
