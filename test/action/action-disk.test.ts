/**
 * The bundled action gating a VM disk (input `disk`, issue 22) with a real engine and libguestfs (under TCG
 * here, as the testenv's env file says), publishing to the loopback GitHub and artifact servers: the
 * comment, the summary, the artifact, the outputs and the evidence, as for an image. One disk scan (minutes
 * under TCG) and the baseline image's scan.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startArtifactService, type ArtifactService } from '../servers/artifact-service.js';
import { startGitHubApi, type GitHubApi } from '../servers/github-api.js';
import { unzipToRecord } from '../servers/zip.js';
import { acquireEngineLock, testenvVariables } from '../e2e/support/engine.js';
import { requireDocker, SKIP_DOCKER, TEST_IMAGES } from './docker-env.js';
import { pullRequestEvent, runAction } from './run-action.js';

const TOKEN = 'ghs_disktesttoken';
const vars = SKIP_DOCKER ? {} : await testenvVariables();
const DISK = vars.STIG_GATE_TEST_DISK_REGRESSION_EXT4 ?? '';
const LIBGUESTFS = Object.fromEntries(
  ['LIBGUESTFS_BACKEND', 'LIBGUESTFS_BACKEND_SETTINGS']
    .map((name) => [name, process.env[name] ?? vars[name]])
    .filter((entry): entry is [string, string] => entry[1] !== undefined),
);

describe.skipIf(SKIP_DOCKER)('the action gating a VM disk', () => {
  let github: GitHubApi;
  let results: ArtifactService;
  let tmp: string;
  let release: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    requireDocker();
    if (DISK === '')
      throw new Error(
        'STIG_GATE_TEST_DISK_REGRESSION_EXT4 is not set: run scripts/testenv/up.sh (it builds the disks)',
      );
    release = await acquireEngineLock(60 * 60_000);
    results = await startArtifactService();
    github = await startGitHubApi({ token: TOKEN, artifactService: results });
    tmp = await mkdtemp(join(tmpdir(), 'stig-gate-action-disk-'));
  }, 3_700_000);
  afterAll(async () => {
    await github?.close();
    await results?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
    await release?.();
  });

  it('disk: comment, summary, artifact, outputs and evidence as for an image', async () => {
    const run = await runAction({
      dir: await mkdtemp(join(tmp, 'run-')),
      github,
      results,
      runId: 17_000_002_201,
      event: pullRequestEvent(2201),
      inputs: {
        'github-token': TOKEN,
        'scanner-image': TEST_IMAGES.scanner,
        disk: DISK,
        baseline: `image:${TEST_IMAGES.clean}`,
        'scan-timeout-minutes': '50',
      },
      env: LIBGUESTFS,
      timeoutMs: 3_000_000,
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    // world-writable-log's three /var/log rules, as the image gives them (test/e2e/scan-disk.test.ts).
    expect(run.outputs).toMatchObject({ verdict: 'fail', 'new-failures': '3', fixed: '0' });
    const name = basename(DISK);
    const sha256 = createHash('sha256').update(readFileSync(DISK)).digest('hex');
    const comment = github.state.commentsOn(2201)[0]!.body;
    expect(comment).toContain('SV-203616');
    expect(comment).toContain(name);
    expect(run.summary).toContain(name);
    expect(run.summary).toContain('SV-203616');
    const uploaded = unzipToRecord(results.find(run.outputs['artifact-name']!)!.content!);
    expect(Object.keys(uploaded)).toEqual(
      expect.arrayContaining(['evidence.json', 'stig-gate.intoto.json', 'stig-gate.cklb', 'results.xml']),
    );
    const manifest = JSON.parse(uploaded['evidence.json']!.toString('utf8')) as {
      image: { reference: string; digest: string };
      mode: string;
    };
    expect(manifest.image).toEqual({ reference: name, digest: `${name}@sha256:${sha256}` });
    expect(manifest.mode).toBe('rootfs');
    const statement = JSON.parse(uploaded['stig-gate.intoto.json']!.toString('utf8')) as { subject: unknown };
    expect(statement.subject).toEqual([{ name, digest: { sha256 } }]);
    const scanJson = JSON.parse(await readFile(join(run.outputs['output-dir']!, 'scan.json'), 'utf8')) as {
      image: string;
      targetDigest: string;
    };
    expect(scanJson).toMatchObject({ image: name, targetDigest: `${name}@sha256:${sha256}` });
    // This run's scans (the disk's and the baseline image's) left no container. By their labels: the
    // engine is shared, and another worktree's scan may come and go meanwhile.
    const ids = await Promise.all(
      ['scan.json', 'baseline/scan.json'].map(async (file) => {
        const recorded = await readFile(join(run.outputs['output-dir']!, file), 'utf8');
        return (JSON.parse(recorded) as { scanId: string }).scanId;
      }),
    );
    for (const id of ids) {
      const left = execFileSync(
        'docker',
        ['ps', '--all', '--quiet', '--filter', `label=stig-gate.scan=${id}`],
        {
          encoding: 'utf8',
        },
      );
      expect(left.trim(), id).toBe('');
    }
    console.info(`disk scan + baseline image scan + gate + publish: ${run.ms.toFixed(0)} ms`);
  }, 3_100_000);
});
