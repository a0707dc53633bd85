/**
 * Shared set-up for the tests that run the bundled action as a process without Docker: the loopback
 * GitHub API and artifact service, a temporary folder, and `step()` to run one action step.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { commentMarker, defaultArtifactName } from '../../src/report/report-key.js';
import { startArtifactService, type ArtifactService } from '../servers/artifact-service.js';
import { startGitHubApi, type GitHubApi } from '../servers/github-api.js';
import { runAction, type ActionRun, type ActionRunOptions } from './run-action.js';

export const TOKEN = 'ghs_actiontesttoken';
export const IMAGE = 'ghcr.io/octo-org/app:pr';
export const PROFILE = 'xccdf_basic_profile_.check';
export const ARTIFACT = defaultArtifactName(IMAGE, PROFILE);
export const MARKER = commentMarker(IMAGE, PROFILE);
/** The remote access services rule, new in the remote-access sample. */
export const REMOTE_ACCESS_RULE = 'SV-263652';

export interface ActionFixture {
  github: GitHubApi;
  results: ArtifactService;
  tmp: string;
  /** One step in a new workflow run (unless `runId` is given); `image` and `github-token` are preset. */
  step(inputs: Record<string, string>, options?: Partial<ActionRunOptions>): Promise<ActionRun>;
  newRunId(): number;
}

/** Registers the servers' start and stop with the calling test file, and logs the runs' timings. */
export function useActionFixture(firstRunId: number): ActionFixture {
  let nextRunId = firstRunId;
  const timings: number[] = [];
  const fixture = {
    newRunId: () => nextRunId++,
    async step(inputs: Record<string, string>, options: Partial<ActionRunOptions> = {}) {
      const dir = await mkdtemp(join(fixture.tmp, 'run-'));
      const run = await runAction({
        dir,
        github: fixture.github,
        results: fixture.results,
        runId: options.runId ?? nextRunId++,
        ...options,
        inputs: { image: IMAGE, 'github-token': TOKEN, ...inputs },
      });
      timings.push(run.ms);
      return run;
    },
  } as ActionFixture;

  beforeAll(async () => {
    fixture.results = await startArtifactService();
    fixture.github = await startGitHubApi({ token: TOKEN, artifactService: fixture.results });
    fixture.tmp = await mkdtemp(join(tmpdir(), 'stig-gate-action-'));
  });
  afterAll(async () => {
    await fixture.github?.close();
    await fixture.results?.close();
    if (fixture.tmp) await rm(fixture.tmp, { recursive: true, force: true });
    if (timings.length > 0) {
      const sorted = [...timings].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      console.info(
        `action process runs: ${timings.length}, median ${median.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`,
      );
    }
  });
  beforeEach(() => {
    fixture.github.faults.clear();
    fixture.results.faults.clear();
  });
  return fixture;
}

export const lastLine = (run: ActionRun) => run.lines.at(-1) ?? '';
export const errorAnnotations = (run: ActionRun) => run.lines.filter((line) => line.startsWith('::error'));
export const warnings = (run: ActionRun) => run.lines.filter((line) => line.startsWith('::warning'));
