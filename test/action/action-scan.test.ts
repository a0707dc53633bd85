/**
 * The bundled action scanning real images with a real Docker engine (scripts/testenv/up.sh: a local
 * registry with test targets and an OpenSCAP scanner image), publishing to the loopback servers.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startArtifactService, type ArtifactService } from '../servers/artifact-service.js';
import { startGitHubApi, type GitHubApi } from '../servers/github-api.js';
import { unzipToRecord } from '../servers/zip.js';
import { acquireEngineLock } from '../e2e/support/engine.js';
import { hangingDatastream } from '../e2e/support/fixtures.js';
import { allContainers, requireDocker, SKIP_DOCKER, TEST_IMAGES } from './docker-env.js';
import { pullRequestEvent, runAction, type ActionRun } from './run-action.js';

const TOKEN = 'ghs_scantesttoken';
let github: GitHubApi;
let results: ArtifactService;
let tmp: string;
let runId = 17_000_000_001;
let release: (() => Promise<void>) | undefined;
/** Containers that appeared while one of these runs was going and were still there when it ended. */
const appeared = new Set<string>();

async function step(
  inputs: Record<string, string>,
  prNumber: number,
  signalWhen?: Parameters<typeof runAction>[0]['signalWhen'],
): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmp, 'run-'));
  const before = new Set(allContainers());
  const run = await runAction({
    dir,
    github,
    results,
    runId: runId++,
    event: pullRequestEvent(prNumber),
    inputs: { 'github-token': TOKEN, 'scanner-image': TEST_IMAGES.scanner, ...inputs },
    ...(signalWhen && { signalWhen }),
  });
  for (const name of allContainers()) if (!before.has(name)) appeared.add(name);
  return run;
}

describe.skipIf(SKIP_DOCKER)('the action scanning with a real engine', () => {
  beforeAll(async () => {
    requireDocker();
    // The engine to ourselves, as the e2e files take it: the container checks below would otherwise count
    // another file's scan (scan-evidence.test.ts runs five) as ours.
    release = await acquireEngineLock();
    results = await startArtifactService();
    github = await startGitHubApi({ token: TOKEN, artifactService: results });
    tmp = await mkdtemp(join(tmpdir(), 'stig-gate-action-scan-'));
  });
  afterAll(async () => {
    await github?.close();
    await results?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
    await release?.();
  });

  it('gates a changed image against a baseline image scanned in the same run', async () => {
    const run = await step({ image: TEST_IMAGES.remoteAccess, baseline: `image:${TEST_IMAGES.clean}` }, 501);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs).toMatchObject({
      verdict: 'fail',
      'new-failures': '46',
      fixed: '0',
      'still-failing': '10',
    });
    expect(run.lines.at(-1)).toBe(`::error::${run.outputs.reason}`);
    const html = await readFile(run.outputs['report-path']!, 'utf8');
    expect(html).toMatch(/<html/i);
    const artifact = results.find(run.outputs['artifact-name']!);
    const files = Object.keys(unzipToRecord(artifact!.content!)).sort();
    expect(files).toEqual([
      'report.html',
      'results-arf.xml',
      'results.xml',
      'scan.log',
      'stig-gate.json',
      'stig-gate.md',
      'stig-gate.sarif',
    ]);
    expect(github.state.commentsOn(501)[0]!.body).toContain('SV-263652');
    console.info(`scan + baseline scan + gate + publish: ${run.ms.toFixed(0)} ms`);
  });

  it('image mode gives the same answer as container mode', async () => {
    const run = await step(
      {
        image: TEST_IMAGES.remoteAccess,
        'scan-mode': 'image',
        baseline: `image:${TEST_IMAGES.clean}`,
        'fail-on': 'none',
      },
      502,
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'new-failures': '46', failed: '56', passed: '35' });
  });

  it('a baseline image that cannot be pulled: a warning, and every failure is new', async () => {
    const missing = `${TEST_IMAGES.registry}/stig-gate/target:no-such-tag`;
    const run = await step({ image: TEST_IMAGES.remoteAccess, baseline: `image:${missing}` }, 503);
    expect(run.lines.filter((l) => l.startsWith('::warning')).join('\n')).toContain(
      `Baseline image '${missing}' could not be pulled`,
    );
    expect(run.outputs).toMatchObject({ verdict: 'fail', 'new-failures': '56' });
  });

  it('a scan that cannot run is an error naming the step, never "no findings"', async () => {
    const run = await step(
      { image: TEST_IMAGES.clean, 'scanner-image': TEST_IMAGES.scannerWithoutOscapDocker },
      504,
    );
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(run.lines.at(-1)).toMatch(/^::error::run scanner failed: /);
    expect(run.outputs['results-path']).toBe('');
    expect(existsSync(join(run.outputs['output-dir']!, 'stig-gate.json'))).toBe(false);
  });

  it('a cancelled job (SIGTERM from the runner) stops the scan, removes its containers and fails', async () => {
    const before = new Set(allContainers());
    const run = await step({ image: TEST_IMAGES.clean, datastream: await hangingDatastream() }, 505, {
      stdout: /run scanner: /,
      signal: 'SIGTERM',
      delayMs: 1_500,
    });
    expect(run.code).toBe(1);
    expect(run.lines.join('\n')).toContain('SIGTERM: stopping the scan and removing its containers');
    expect(run.outputs.verdict).toBe('error');
    expect(run.lines.at(-1)).toMatch(/^::error::run scanner failed: .*interrupted/);
    expect(allContainers().filter((name) => !before.has(name) && name.startsWith('stig-gate-'))).toEqual([]);
    expect(run.ms).toBeLessThan(30_000);
  });

  it('leaves no container behind', async () => {
    // Other suites may scan in the same engine at the same time: their containers can appear during a run
    // here, but they go away within seconds, while a container this action leaked would stay.
    const deadline = Date.now() + 60_000;
    let left = allContainers().filter((name) => appeared.has(name));
    while (left.length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      left = allContainers().filter((name) => appeared.has(name));
    }
    expect(left).toEqual([]);
  }, 90_000);
});
