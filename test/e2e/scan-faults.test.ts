/**
 * Scans that must fail, with the real engine and both scanner look-alikes (trixie's OpenSCAP 1.4, bookworm's
 * 1.3.7): each is an error naming the failed step with a message a user can act on, and the engine's
 * containers and images are the same before and after (`docker ps -a`, `docker image ls`).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { execDockerRunner, type DockerResult, type DockerRunner } from '../../src/scan/runner.js';
import { scanImage } from '../../src/scan/scan.js';
import type { ScanOptions } from '../../src/scan/options.js';
import { cli } from '../support/run-cli.js';
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
import {
  hangingDatastream,
  outputDir,
  recordingLogger,
  scanErrorOf,
  removeMadeDirs,
} from './support/fixtures.js';

const env = await requireEngine();
// Image mode with oscap-docker 1.4 copies the image out before it scans; on a loaded machine (2 cores shared
// with other work) one scan has taken over a minute. A time limit is no assertion here (bench/ measures).
vi.setConfig({ testTimeout: 300_000 });

describe.skipIf(!env).each(testScanners(env))(
  'scans that fail, with a real engine and the $name scanner',
  (scanner) => {
    let release: (() => Promise<void>) | undefined;
    let hanging: string;
    beforeAll(async () => {
      release = await acquireEngineLock();
      hanging = await hangingDatastream(env!.datastream);
      // The images these scans use, pulled first: the image list before each scan already has them.
      for (const ref of [
        env!.images.clean,
        env!.images.noshell,
        scanner.image,
        env!.images.scannerNoOscapDocker,
      ]) {
        const pulled = await execDockerRunner()(['pull', '--quiet', ref]);
        expect(pulled.exitCode, pulled.stderr).toBe(0);
      }
    });
    afterAll(async () => {
      await removeMadeDirs();
      await release?.();
    });

    /**
     * Runs a scan that must fail and checks that it left nothing behind. `runner` replaces the docker CLI
     * (see engineExcept); `onInfo` sees each progress line as it is logged. Container mode unless `options`
     * say otherwise: these faults are container mode's steps (rootfs mode's are in rootfs-extract.test.ts).
     */
    async function failingScan(
      options: Partial<ScanOptions>,
      label: string,
      { runner, onInfo }: { runner?: DockerRunner; onInfo?: (message: string) => void } = {},
    ) {
      const before = await allContainers();
      const imagesBefore = await allImages();
      const log = recordingLogger();
      const started = performance.now();
      const error = await scanErrorOf(
        scanImage(
          {
            image: env!.images.clean,
            scannerImage: scanner.image,
            outputDir: await outputDir(label),
            mode: 'container',
            ...options,
          },
          runner,
          {
            ...log,
            info: (message) => {
              log.info(message);
              onInfo?.(message);
            },
          },
        ),
      );
      const seconds = (performance.now() - started) / 1000;
      expect(await containerChanges(before, [error.scanId])).toEqual([]);
      expect(await labelledImages([error.scanId])).toEqual([]);
      expect(await imageChanges(env!, imagesBefore, [error.scanId])).toEqual([]);
      return { error, log, seconds };
    }

    /** The real engine, except that commands for which `when` holds go through `instead` (given the real run). */
    function engineExcept(
      when: (args: readonly string[]) => boolean,
      instead: (real: () => Promise<DockerResult>) => Promise<DockerResult>,
    ): DockerRunner {
      const real = execDockerRunner();
      return (args, options) => (when(args) ? instead(() => real(args, options)) : real(args, options));
    }

    const isScannerPull = (args: readonly string[]) => args[0] === 'pull' && args.includes(scanner.image);
    const never = () => new Promise<never>(() => {});

    it('1. an unreachable engine (DOCKER_HOST on a dead socket) fails at "connect to docker"', async () => {
      const { error } = await failingScan(
        { dockerHost: 'unix:///tmp/stig-gate-no-engine.sock' },
        'dead-socket',
      );
      expect(error.step).toBe('connect to docker');
      expect(error.message).toContain(
        'cannot reach the Docker engine at unix:///tmp/stig-gate-no-engine.sock',
      );
      expect(error.message).toContain('DOCKER_HOST');
    });

    it('1b. the CLI with DOCKER_HOST on a dead socket exits 1 and says so', async () => {
      const saved = process.env.DOCKER_HOST;
      process.env.DOCKER_HOST = 'unix:///tmp/stig-gate-no-engine.sock';
      try {
        const run = await cli(
          'scan',
          '--image',
          env!.images.clean,
          '--output-dir',
          await outputDir('cli-dead'),
        );
        expect(run.code).toBe(1);
        expect(run.stderr).toContain(
          'stig-gate scan: error: connect to docker failed: cannot reach the Docker engine',
        );
      } finally {
        if (saved === undefined) delete process.env.DOCKER_HOST;
        else process.env.DOCKER_HOST = saved;
      }
    });

    it('2. a missing image fails at "pull target", naming the image', async () => {
      const image = `${env!.registry}/stig-gate/target:no-such-tag`;
      const { error } = await failingScan({ image }, 'missing');
      expect(error.step).toBe('pull target');
      expect(error.message).toContain(`cannot pull ${image}`);
      expect(error.message).toMatch(/not found|manifest unknown/);
    });

    it('2c. a missing scanner image fails at "pull scanner"; the target, started meanwhile, is removed', async () => {
      const scannerImage = `${env!.registry}/stig-gate/openscap:no-such-tag`;
      const { error, log } = await failingScan({ scannerImage }, 'missing-scanner');
      expect(error.step).toBe('pull scanner');
      expect(error.message).toContain(`cannot pull ${scannerImage}`);
      // The target is started as soon as its own image is in, so this path has a container to remove
      // (failingScan checks that none is left).
      expect(log.lines).toContainEqual(expect.stringMatching(/^info: start target: done in /));
      expect(log.lines).toContainEqual(expect.stringMatching(/^info: clean up: done in /));
    });

    it('2d. an output directory that cannot be made fails at "check options", even with a missing image too', async () => {
      // A file where the directory should be. The directory is made while the images are pulled; its failure
      // is still the one reported (it is an option), and nothing is started.
      const file = join(await outputDir('not-a-dir'), 'file');
      await writeFile(file, 'not a directory\n');
      const image = `${env!.registry}/stig-gate/target:no-such-tag`;
      for (const options of [{}, { image }]) {
        const { error, log } = await failingScan({ ...options, outputDir: join(file, 'out') }, 'bad-output');
        expect(error.step).toBe('check options');
        expect(error.message).toContain(`output directory ${join(file, 'out')}: `);
        expect(error.message).toMatch(/ENOTDIR|EEXIST|not a directory/);
        expect(error.produced).toEqual([]);
        expect(log.lines).not.toContainEqual(expect.stringMatching(/^info: (start target|create scanner):/));
      }
    });

    it('2b. a missing image with pull "never" fails at "inspect target"', async () => {
      const image = `${env!.registry}/stig-gate/target:no-such-tag`;
      const { error } = await failingScan({ image, pull: 'never' }, 'missing-never');
      expect(error.step).toBe('inspect target');
      expect(error.message).toContain(`image ${image} is not in the Docker engine`);
    });

    it('3. a scanner image without oscap-docker fails at "run scanner" and says what is missing', async () => {
      const { error } = await failingScan(
        { scannerImage: env!.images.scannerNoOscapDocker },
        'no-oscap-docker',
      );
      expect(error.step).toBe('run scanner');
      expect(error.message).toContain(
        `the scanner image ${env!.images.scannerNoOscapDocker} has no runnable oscap-docker`,
      );
    });

    it('4. a scan that exceeds its timeout is stopped (container mode)', async () => {
      const { error, seconds } = await failingScan({ datastream: hanging, timeoutSeconds: 4 }, 'timeout');
      expect(error.step).toBe('run scanner');
      expect(error.message).toContain('did not finish within its timeout of 4 s');
      expect(error.produced.some((file) => file.endsWith('scan.log'))).toBe(true);
      expect(seconds).toBeLessThan(20);
    });

    it("4b. a scan that exceeds its timeout is stopped (image mode: oscap-docker's own container goes too)", async () => {
      const { error, seconds } = await failingScan(
        { datastream: hanging, timeoutSeconds: 4, mode: 'image' },
        'timeout-i',
      );
      expect(error.step).toBe('run scanner');
      expect(error.message).toContain('did not finish within its timeout of 4 s');
      expect(seconds).toBeLessThan(20);
    });

    it('4c. an aborted scan (the CLI aborts on SIGINT/SIGTERM) stops and removes its containers', async () => {
      const controller = new AbortController();
      const before = await allContainers();
      const log = recordingLogger();
      const scan = scanImage(
        {
          image: env!.images.clean,
          scannerImage: scanner.image,
          datastream: hanging,
          outputDir: await outputDir('abort'),
          mode: 'container',
          signal: controller.signal,
        },
        undefined,
        { ...log, detail: (line) => line.includes('ready to be scanned') && controller.abort() },
      );
      const error = await scanErrorOf(scan);
      expect(error.step).toBe('run scanner');
      expect(error.message).toContain('the scan was interrupted; its containers were removed');
      expect(await containerChanges(before, [error.scanId])).toEqual([]);
    });

    it('4d. an engine that never answers while the target starts: the timeout covers it, and cleanup runs', async () => {
      const { error, seconds } = await failingScan({ timeoutSeconds: 3 }, 'stalled-start', {
        // `docker run --detach` creates the container and then never returns.
        runner: engineExcept(
          (args) => args[0] === 'run' && args.includes('--detach'),
          (real) => real().then(never),
        ),
      });
      expect(error.step).toBe('start target');
      expect(error.message).toContain('did not finish within the scan timeout');
      expect(seconds).toBeLessThan(20);
    });

    it('4e. a slow scanner pull does not count against the scan timeout', async () => {
      const before = await allContainers();
      const output = await scanImage(
        {
          image: env!.images.clean,
          scannerImage: scanner.image,
          outputDir: await outputDir('slow-scanner-pull'),
          mode: 'container',
          // Room for the scan itself on a loaded machine (3 s was seen to run out), less than the pull.
          timeoutSeconds: 10,
        },
        // Pulling the scanner takes 11 s more than it does, longer than the timeout's 10 s.
        engineExcept(isScannerPull, async (real) => {
          const result = await real();
          await new Promise((resolve) => setTimeout(resolve, 11_000));
          return result;
        }),
      );
      expect(output.oscapExitCode).toBe(2);
      expect(output.results.counts.fail).toBe(10);
      expect(await containerChanges(before, [output.scanId])).toEqual([]);
    });

    it('4f. an interrupt while the scanner is still being pulled removes the started target at once', async () => {
      const controller = new AbortController();
      const { error, log, seconds } = await failingScan(
        { signal: controller.signal },
        'interrupted-scanner-pull',
        {
          // The scanner's pull never ends; the interrupt comes once the target is up.
          runner: engineExcept(isScannerPull, never),
          onInfo: (message) => /^start target: done in/.test(message) && controller.abort(),
        },
      );
      expect(error.step).toBe('pull scanner');
      expect(error.message).toContain('interrupted');
      expect(log.lines).toContainEqual(expect.stringMatching(/^info: clean up: done in /));
      expect(seconds).toBeLessThan(20);
    });

    /** The real engine, except that commands for which `when` holds reach it `delayMs` late; `done` settles after the last. */
    function engineLate(when: (args: readonly string[]) => boolean, delayMs: number) {
      const made: Promise<unknown>[] = [];
      const runner = engineExcept(when, (real) => {
        const late = new Promise((resolve) => setTimeout(resolve, delayMs)).then(real);
        made.push(late);
        return late;
      });
      return { runner, done: () => Promise.allSettled(made) };
    }

    it('4g. a scanner container created only after the timeout (a slow engine) is removed too', async () => {
      const before = await allContainers();
      // `docker create` of the scanner reaches the engine, and makes its container, 1.5 s into a 1 s timeout.
      const late = engineLate((args) => args[0] === 'create', 1500);
      const { error, log } = await failingScan({ timeoutSeconds: 1 }, 'late-create', { runner: late.runner });
      expect(error.step).toBe('create scanner');
      expect(error.message).toContain('did not finish within the scan timeout');
      expect(log.lines).toContainEqual(expect.stringMatching(/^info: clean up: done in /));
      await late.done();
      expect(await containerChanges(before, [error.scanId])).toEqual([]);
    });

    it('4h. an interrupt while the target starts names that step, and what the start made is removed', async () => {
      const before = await allContainers();
      const controller = new AbortController();
      // The start reaches the engine only after the interrupt, so its container appears after it.
      const late = engineLate((args) => args[0] === 'run' && args.includes('--detach'), 800);
      const { error, seconds } = await failingScan({ signal: controller.signal }, 'interrupted-start', {
        runner: late.runner,
        onInfo: (message) => /^start target: /.test(message) && controller.abort(),
      });
      expect(error.step).toBe('start target');
      expect(error.message).toContain('interrupted');
      expect(seconds).toBeLessThan(20);
      await late.done();
      expect(await containerChanges(before, [error.scanId])).toEqual([]);
    });

    it('5. a scanner that exits 1 (an unknown profile) is an error, not a result, and keeps its log', async () => {
      const { error } = await failingScan({ profile: 'xccdf_no_such_profile' }, 'exit-1');
      expect(error.step).toBe('run scanner');
      expect(error.message).toContain('oscap reported an error (exit 1)');
      expect(error.message).toMatch(/no_such_profile/);
      expect(error.produced.map((file) => file.split('/').pop())).toEqual(['scan.log']);
    });

    it('6. an image without a shell fails at "start target" in container mode and points to image mode', async () => {
      const { error } = await failingScan({ image: env!.images.noshell }, 'noshell');
      expect(error.step).toBe('start target');
      expect(error.message).toContain("has no 'tail' command");
      expect(error.message).toContain('Try image mode');
    });

    it('6b. in image mode, an image without a shell: 1.4.x scans it; 1.3.7 fails at "run scanner" and says why', async () => {
      if (scanner.exportsImages) {
        const [before, imagesBefore] = [await allContainers(), await allImages()];
        const output = await scanImage({
          image: env!.images.noshell,
          scannerImage: scanner.image,
          mode: 'image',
          outputDir: await outputDir('noshell-image'),
        });
        expect(output.oscapExitCode).toBe(2);
        expect(output.results.rules).toHaveLength(198);
        expect(await containerChanges(before, [output.scanId])).toEqual([]);
        expect(await imageChanges(env!, imagesBefore, [output.scanId])).toEqual([]);
        return;
      }
      const { error } = await failingScan({ image: env!.images.noshell, mode: 'image' }, 'noshell-image');
      expect(error.step).toBe('run scanner');
      expect(error.message).toContain(`${env!.images.noshell} has no bash`);
      expect(error.message).toContain('OpenSCAP 1.3.8 or later');
    });

    it('6c. in image mode, an image with neither CMD nor ENTRYPOINT is still prepared (1.3.7 then fails, for bash)', async () => {
      // `docker import` makes an image with no command at all, which `docker create` refuses without one.
      const docker = execDockerRunner();
      const ref = `stig-gate-test-nocommand:${process.pid}`;
      const made = await docker(['create', env!.images.noshell]);
      const tar = `${await outputDir('nocommand-image')}/rootfs.tar`;
      try {
        expect((await docker(['export', '--output', tar, made.stdout.trim()])).exitCode).toBe(0);
        expect((await docker(['import', tar, ref])).exitCode).toBe(0);
        const config = await docker([
          'image',
          'inspect',
          '--format',
          '{{json .Config.Cmd}}{{json .Config.Entrypoint}}',
          ref,
        ]);
        expect(config.stdout.trim()).toBe('nullnull');
        if (scanner.exportsImages) {
          const before = await allContainers();
          const log = recordingLogger();
          const output = await scanImage(
            {
              image: ref,
              scannerImage: scanner.image,
              mode: 'image',
              pull: 'never',
              outputDir: await outputDir('nocommand-image'),
            },
            undefined,
            log,
          );
          expect(log.lines).toContainEqual(expect.stringMatching(/^info: prepare target: done in /));
          expect(output.results.rules).toHaveLength(198);
          expect(await containerChanges(before, [output.scanId])).toEqual([]);
          expect(await labelledImages([output.scanId])).toEqual([]);
        } else {
          const { error, log } = await failingScan(
            { image: ref, mode: 'image', pull: 'never' },
            'nocommand-image',
          );
          expect(log.lines).toContainEqual(expect.stringMatching(/^info: prepare target: done in /));
          expect(error.step).toBe('run scanner');
          expect(error.message).toContain('has no bash');
        }
      } finally {
        await docker(['rm', '--force', made.stdout.trim()]);
        await docker(['image', 'rm', '--force', ref]);
      }
    });
  },
);
