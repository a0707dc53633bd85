/**
 * Targets that look like the images users scan, with both scanner look-alikes, through scanImage.
 *
 * Expected, profile xccdf_basic_profile_.check (198 rules):
 * - target:nonroot (target:clean's files; USER 65532, ENTRYPOINT sleep): container mode gives target:clean's
 *   results rule for rule (fail 10 / pass 81 / notapplicable 107) with both scanners, since the scanner
 *   has CAP_SYS_PTRACE (without it: oscap-docker's "Cannot access mountpoint", exit 1). Image mode: 1.4.x
 *   gives target:clean's image-mode results (fail 8 / pass 83); 1.3.7 cannot (its bash container runs the
 *   ENTRYPOINT with 'bash' as argument and exits) and says to use 1.3.8+ or container mode.
 * - target:distroless (a static binary, /etc/passwd, /etc/os-release; USER 65532): container mode fails at
 *   once at "start target" (no tail) and names image mode; image mode with 1.4.x completes with
 *   fail 13 / pass 78 / notapplicable 107; 1.3.7 fails (its bash container is the ENTRYPOINT /pause with
 *   'bash' as argument, running as 65532, which it cannot read) and says what would work.
 * - target:multitag, pulled under two refs (one local image, two tags): image mode completes with both
 *   scanners, with target:clean's image-mode results (the scan gives oscap-docker a labelled copy with one
 *   tag, so 1.3.7's "invalid reference format" on several tags cannot happen); the two tags stay.
 * Every scan leaves `docker ps -a` and the image list as they were.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readResultsFile } from '../../src/results/read.js';
import type { ScanResults } from '../../src/results/model.js';
import { execDockerRunner, type DockerRunner } from '../../src/scan/runner.js';
import { scanImage, type ScanOutput } from '../../src/scan/scan.js';
import type { ScanOptions } from '../../src/scan/options.js';
import { CLEAN_RESULTS } from '../support/paths.js';
import {
  acquireEngineLock,
  allContainers,
  allImages,
  containerChanges,
  imageChanges,
  labelledImages,
  requireEngine,
  testScanners,
} from './support/engine.js';
import { outputDir, PROFILE, removeMadeDirs, scanErrorOf } from './support/fixtures.js';
import type { ScanError } from '../../src/scan/scan-error.js';

const env = await requireEngine();
// Image mode with oscap-docker 1.4 copies the image out before it scans; on a loaded machine (2 cores shared
// with other work) one scan has taken over a minute. A time limit is no assertion here (bench/ measures).
vi.setConfig({ testTimeout: 300_000 });

function resultsById(results: ScanResults): Record<string, string> {
  return Object.fromEntries(results.rules.map((rule) => [rule.ruleId, rule.result]));
}

/** The tags of the local image `reference` points to. */
async function tagsOf(reference: string): Promise<string[]> {
  const inspected = await execDockerRunner()([
    'image',
    'inspect',
    '--format',
    '{{json .RepoTags}}',
    reference,
  ]);
  expect(inspected.exitCode, inspected.stderr).toBe(0);
  return (JSON.parse(inspected.stdout) as string[]).sort();
}

describe.skipIf(!env).each(testScanners(env))('real-looking targets with the $name scanner', (scanner) => {
  let release: (() => Promise<void>) | undefined;
  let clean: ScanResults;
  let cleanImageMode: ScanResults | undefined;

  beforeAll(async () => {
    release = await acquireEngineLock();
    clean = await readResultsFile(CLEAN_RESULTS);
    // The targets are pulled first, so that the image list before each scan already has them. Both refs of
    // the multi-tag image: one local image with two tags, as `app:1.2` and `app:latest` are.
    const { nonroot, distroless, multitag, multitagAlias } = env!.images;
    for (const ref of [scanner.image, nonroot, distroless, multitag, multitagAlias]) {
      const pulled = await execDockerRunner()(['pull', '--quiet', ref]);
      expect(pulled.exitCode, pulled.stderr).toBe(0);
    }
  });
  afterAll(async () => {
    await removeMadeDirs();
    await release?.();
  });

  /**
   * One scan (pull "missing": the targets come from the registry once) that must leave `docker ps -a` and
   * the image list as they were, whether it completes or fails.
   */
  async function scan(
    options: Partial<ScanOptions> & { image: string },
    label: string,
    runner?: DockerRunner,
  ): Promise<{ output?: ScanOutput; error?: ScanError; seconds: number }> {
    const [containersBefore, imagesBefore] = [await allContainers(), await allImages()];
    const started = performance.now();
    const scanning = scanImage(
      {
        scannerImage: scanner.image,
        profile: PROFILE,
        pull: 'missing',
        outputDir: await outputDir(label),
        ...options,
      },
      runner,
    );
    let output: ScanOutput | undefined;
    let error: ScanError | undefined;
    try {
      output = await scanning;
    } catch {
      error = await scanErrorOf(scanning);
    }
    const seconds = (performance.now() - started) / 1000;
    const id = output?.scanId ?? error?.scanId;
    expect(await containerChanges(containersBefore, [id])).toEqual([]);
    expect(await labelledImages([id])).toEqual([]);
    expect(await imageChanges(env!, imagesBefore, [id])).toEqual([]);
    return { ...(output && { output }), ...(error && { error }), seconds };
  }

  it('container mode on the USER 65532 + ENTRYPOINT target: complete, rule for rule the root target', async () => {
    const { output, error } = await scan({ image: env!.images.nonroot, mode: 'container' }, 'nonroot-c');
    expect(error?.message).toBeUndefined();
    expect(output!.oscapExitCode).toBe(2);
    expect(output!.results.counts).toMatchObject({ fail: 10, pass: 81, notapplicable: 107, error: 0 });
    expect(resultsById(output!.results)).toEqual(resultsById(clean));
  });

  it('image mode on the multi-tag image completes, and both its tags stay', async () => {
    const tags = await tagsOf(env!.images.multitag);
    expect(tags).toEqual([env!.images.multitag, env!.images.multitagAlias].sort());
    // The real engine; the commands sent to it are recorded.
    const sent: string[][] = [];
    const real = execDockerRunner();
    const recording: DockerRunner = (args, options) => {
      sent.push([...args]);
      return real(args, options);
    };
    const { output, error } = await scan(
      { image: env!.images.multitag, mode: 'image' },
      'multitag-i',
      recording,
    );
    expect(error?.message).toBeUndefined();
    // 1.3.x's running bash container is killed once oscap is done (it would wait out docker's 10 s stop);
    // 1.4.x never starts its container, so nothing is sent to it.
    const kills = sent.filter((args) => args[0] === 'kill');
    expect(kills.map((args) => args[1])).toEqual(
      scanner.exportsImages ? [] : [expect.stringMatching(/^tmp_oscap_/)],
    );
    expect(output!.oscapExitCode).toBe(2);
    expect(output!.results.counts).toMatchObject(
      scanner.exportsImages
        ? { fail: 8, pass: 83, notapplicable: 107 }
        : { fail: 10, pass: 81, notapplicable: 107 },
    );
    if (!scanner.exportsImages) expect(resultsById(output!.results)).toEqual(resultsById(clean));
    cleanImageMode = output!.results;
    expect(await tagsOf(env!.images.multitag)).toEqual(tags);
  });

  it('image mode on the USER 65532 + ENTRYPOINT target: 1.4.x completes as on the root target; 1.3.7 says why not', async () => {
    const { output, error } = await scan({ image: env!.images.nonroot, mode: 'image' }, 'nonroot-i');
    if (scanner.exportsImages) {
      expect(error?.message).toBeUndefined();
      expect(output!.oscapExitCode).toBe(2);
      expect(cleanImageMode).toBeDefined();
      expect(resultsById(output!.results)).toEqual(resultsById(cleanImageMode!));
    } else {
      expect(error!.step).toBe('run scanner');
      expect(error!.message).toContain("the scanner's oscap-docker is older than 1.3.8");
      // `sleep bash` exits at once, or is still there as 65532 when oscap-docker looks: either is said.
      expect(error!.message).toMatch(/did not keep running|runs as the image's non-root USER/);
      expect(error!.message).toContain('OpenSCAP 1.3.8 or later');
    }
  });

  it('image mode on the distroless target: 1.4.x completes (no shell needed); 1.3.7 says why not', async () => {
    const { output, error } = await scan({ image: env!.images.distroless, mode: 'image' }, 'distroless-i');
    if (scanner.exportsImages) {
      expect(error?.message).toBeUndefined();
      expect(output!.oscapExitCode).toBe(2);
      expect(output!.results.rules).toHaveLength(198);
      expect(output!.results.counts).toMatchObject({ fail: 13, pass: 78, notapplicable: 107, error: 0 });
    } else {
      // Its ENTRYPOINT (/pause) takes 'bash' as an argument and keeps running, as USER 65532.
      expect(error!.step).toBe('run scanner');
      expect(error!.message).toContain("runs as the image's non-root USER");
      expect(error!.message).toContain('OpenSCAP 1.3.8 or later');
    }
  });

  it('container mode on the distroless target fails at once at "start target" and names image mode', async () => {
    const { error, seconds } = await scan(
      { image: env!.images.distroless, mode: 'container' },
      'distroless-c',
    );
    expect(error!.step).toBe('start target');
    expect(error!.message).toContain("has no 'tail' command");
    expect(error!.message).toContain('Try image mode (--mode image / mode: image)');
    // Nothing ran: the failure comes from docker's start, not from a scan.
    expect(error!.produced).toEqual([]);
    expect(seconds).toBeLessThan(15);
  });
});
