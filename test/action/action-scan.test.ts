/**
 * The bundled action scanning real images with a real Docker engine (scripts/testenv/up.sh: a local
 * registry with test targets and an OpenSCAP scanner image), publishing to the loopback servers.
 */
import { createHash } from 'node:crypto';
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
import { expectFolderIsTheArtifact } from './artifact-folder.js';
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

  // The default mode (auto = rootfs) passes the two /usr/lib rules that oscap-docker's container mode fails
  // on every image (docs/scanning.md), so the clean root fails 8 rules and the remote-access one 54.
  it('gates a changed image against a baseline image scanned in the same run', async () => {
    const run = await step({ image: TEST_IMAGES.remoteAccess, baseline: `image:${TEST_IMAGES.clean}` }, 501);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs).toMatchObject({
      verdict: 'fail',
      'new-failures': '46',
      fixed: '0',
      'still-failing': '8',
      failed: '54',
    });
    expect(run.lines).toContainEqual(expect.stringMatching(/^Scanned .* in rootfs mode with /));
    expect(run.lines.at(-1)).toBe(`::error::${run.outputs.reason}`);
    const html = await readFile(run.outputs['report-path']!, 'utf8');
    expect(html).toMatch(/<html/i);
    const artifact = results.find(run.outputs['artifact-name']!);
    const uploaded = unzipToRecord(artifact!.content!);
    const files = Object.keys(uploaded).sort();
    // oscap's own report.html and ARF are uploaded, redacted by default.
    expect(files).toEqual([
      'evidence.json',
      'report.html',
      'results-arf.xml',
      'results.xml',
      'scan.json',
      'scan.log',
      'stig-gate-hdf.json',
      'stig-gate-oscal-ar.json',
      'stig-gate-oscal-poam.json',
      'stig-gate-poam.csv',
      'stig-gate.ckl',
      'stig-gate.cklb',
      'stig-gate.intoto.json',
      'stig-gate.json',
      'stig-gate.md',
      'stig-gate.sarif',
      'waivers-new.yml',
    ]);
    // The evidence names what was scanned: the manifest's digests are the uploaded files', and the
    // in-toto statement's subject is the scanned image's digest (as scan.json records it).
    const manifest = JSON.parse(uploaded['evidence.json']!.toString('utf8')) as {
      files: { name: string; sha256: string }[];
      rawReports: { handling: string; files: { name: string; unredactedSha256: string }[] };
      image: { digest: string };
      scanner: { digest: string; openscapVersion: string };
      mode: string | null;
    };
    for (const file of manifest.files) {
      expect(createHash('sha256').update(uploaded[file.name]!).digest('hex'), file.name).toBe(file.sha256);
    }
    // What was done with oscap's own files is recorded, with the digests of the files as oscap wrote them.
    expect(manifest.rawReports.handling).toBe('redacted');
    expect(manifest.rawReports.files.map((file) => file.name).sort()).toEqual([
      'report.html',
      'results-arf.xml',
      'results.xml',
    ]);
    // The output folder is exactly the artifact: an output file is added in one place.
    await expectFolderIsTheArtifact(run.outputs['output-dir']!, files, manifest);
    const scanJson = JSON.parse(await readFile(join(run.outputs['output-dir']!, 'scan.json'), 'utf8')) as {
      targetDigest: string;
      scannerDigest: string;
    };
    expect(manifest.image.digest).toBe(scanJson.targetDigest);
    expect(manifest.scanner.digest).toBe(scanJson.scannerDigest);
    // The mode that ran, not the one asked for (auto).
    expect(manifest.mode).toBe('rootfs');
    const statement = JSON.parse(uploaded['stig-gate.intoto.json']!.toString('utf8')) as {
      subject: { digest: { sha256: string } }[];
    };
    expect(`sha256:${statement.subject[0]!.digest.sha256}`).toBe(
      /sha256:[0-9a-f]{64}$/.exec(scanJson.targetDigest)![0],
    );
    expect(run.outputs['cklb-path']).toBe(join(run.outputs['output-dir']!, 'stig-gate.cklb'));
    expect(github.state.commentsOn(501)[0]!.body).toContain('SV-263652');
    // The scan's own results are gated, with the ARF's evidence: the 46 share one cause.
    expect(github.state.commentsOn(501)[0]!.body).toContain('46 rules fail on one finding');
    // One scanner for both images: its facts on both sides, and no drift notice.
    const gate = JSON.parse(await readFile(run.outputs['json-path']!, 'utf8')) as {
      current: { facts: { scannerDigest: string | null; mode: string | null } };
      baseline: { facts: { scannerDigest: string | null } };
      scannerDrift: unknown;
    };
    expect(gate.current.facts).toMatchObject({
      scannerDigest: expect.stringMatching(/@sha256:/),
      // The default mode, auto, ran rootfs.
      mode: 'rootfs',
    });
    expect(gate.baseline.facts.scannerDigest).toBe(gate.current.facts.scannerDigest);
    expect(gate.scannerDrift).toBeNull();
    expect(github.state.commentsOn(501)[0]!.body).toContain('**Current scanner:** OpenSCAP');
    expect(github.state.commentsOn(501)[0]!.body).not.toContain('Scanner changed');
    console.info(`scan + baseline scan + gate + publish: ${run.ms.toFixed(0)} ms`);
  });

  // The default test scanner's oscap-docker (1.4.x) reads an export in image mode, where two rules that
  // fail through /proc/<pid>/root pass (docs/scanning.md#modes) on both images, as in rootfs mode (the
  // default): the same 46 new failures, and the same counts as rootfs mode.
  it('image mode gives the same answer as rootfs mode', async () => {
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
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'new-failures': '46', failed: '54', passed: '37' });
  });

  it('a baseline image that cannot be pulled: a warning, and every failure is new', async () => {
    const missing = `${TEST_IMAGES.registry}/stig-gate/target:no-such-tag`;
    const run = await step({ image: TEST_IMAGES.remoteAccess, baseline: `image:${missing}` }, 503);
    expect(run.lines.filter((l) => l.startsWith('::warning')).join('\n')).toContain(
      `Baseline image '${missing}' could not be pulled`,
    );
    expect(run.outputs).toMatchObject({ verdict: 'fail', 'new-failures': '54' });
  });

  it('a scan that cannot run is an error naming the step, never "no findings"', async () => {
    const run = await step(
      // rootfs mode needs no oscap-docker; container mode does.
      {
        image: TEST_IMAGES.clean,
        'scanner-image': TEST_IMAGES.scannerWithoutOscapDocker,
        'scan-mode': 'container',
      },
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
    // Container mode, whose log names the target container ('start target: <scan id>-target'): the default
    // (auto = rootfs) names only a never-started source container.
    const run = await step(
      { image: TEST_IMAGES.clean, datastream: await hangingDatastream(), 'scan-mode': 'container' },
      505,
      {
        stdout: /run scanner: /,
        signal: 'SIGTERM',
        delayMs: 1_500,
      },
    );
    expect(run.code).toBe(1);
    expect(run.lines.join('\n')).toContain('SIGTERM: stopping the scan and removing its containers');
    expect(run.outputs.verdict).toBe('error');
    expect(run.lines.at(-1)).toMatch(/^::error::run scanner failed: .*interrupted/);
    // This run's containers, by the scan id in their names: other scans may share the engine meanwhile.
    const id = /start target: (stig-gate-[0-9a-f]{12})-target/.exec(run.stdout)?.[1];
    expect(id, 'the log names the target container').toBeDefined();
    expect(allContainers().filter((name) => !before.has(name) && name.startsWith(`${id}-`))).toEqual([]);
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
