/**
 * SEXP_VALIDATE_DISABLE=1 (on every scanner run, see SCANNER_ENV) changes no answer: each test target is
 * evaluated twice by each scanner look-alike, with the very command line mount mode runs, once as it is and
 * once without that variable (OpenSCAP's debug self-checks on), and results and evidence are compared rule
 * for rule and item for item. The image mount of the Docker 28 engine gives both runs the same tree at no
 * cost. (Validation on costs the square of the files under /usr/lib: on target:pylib it takes minutes, so
 * it is left to the modes bench; the other targets hold the minbase's 1,287.)
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResults } from '../../src/results/model.js';
import { readResultsFile } from '../../src/results/read.js';
import { OUTPUT_FILES, scanNames } from '../../src/scan/commands.js';
import { createMountScannerArgs, inspectMountTargetArgs, parseMountTarget } from '../../src/scan/mount.js';
import { rootfsStdinHeader, startRootfsScannerArgs } from '../../src/scan/rootfs.js';
import { execDockerRunner } from '../../src/scan/runner.js';
import { newScanId } from '../../src/scan/scan.js';
import {
  acquireEngineLock,
  DOCKER28_LOCK,
  requireEngine,
  requireSpeedEnv,
  testScanners,
} from './support/engine.js';
import { collectedItems, comparableRules } from './support/compare.js';
import { outputDir, PROFILE, removeMadeDirs } from './support/fixtures.js';

const env = await requireEngine();
const speed = env ? requireSpeedEnv(env) : undefined;

const SHELL_LESS = new Set(['noshell', 'distroless']);

const targets = env
  ? {
      clean: env.images.clean,
      'remote-access': env.images.remoteAccess,
      'world-writable-log': env.images.worldWritableLog,
      distroless: env.images.distroless,
      'usrlib-nonroot': env.images.usrlibNonroot,
      big: env.images.big,
    }
  : {};

/** The older scanner (another OpenSCAP version, the same probes) on two of them, for the suite's time. */
const OLDER_SCANNER_TARGETS = new Set(['clean', 'usrlib-nonroot']);

describe.skipIf(!env).each(testScanners(env))('validation off with the $name scanner', (scanner) => {
  const mine = Object.keys(targets).filter(
    (label) => scanner.exportsImages || OLDER_SCANNER_TARGETS.has(label),
  );
  let release: (() => Promise<void>) | undefined;
  const docker = execDockerRunner(speed?.docker28Host);
  const results: Record<string, { on: ScanResults; off: ScanResults; arf: { on: string; off: string } }> = {};

  /** One evaluation of `image` with mount mode's command line, validation off unless `validate`. */
  async function evaluate(
    label: string,
    image: string,
    validate: boolean,
  ): Promise<{ results: ScanResults; arf: string }> {
    const names = scanNames(newScanId());
    const dir = await outputDir(`validate-${label}-${validate ? 'on' : 'off'}`);
    const inspected = await docker(inspectMountTargetArgs(image));
    if (inspected.exitCode !== 0) throw new Error(`docker image inspect ${image}: ${inspected.stderr}`);
    const target = parseMountTarget(inspected.stdout);
    let args = createMountScannerArgs(
      { profile: PROFILE, outputDir: dir, limits: { memoryMb: 4096, pids: 1024, cpuShares: 512 } },
      names,
      scanner.image,
      target,
      image,
    );
    if (validate) {
      const at = args.indexOf('SEXP_VALIDATE_DISABLE=1');
      expect(args[at - 1]).toBe('--env');
      args = [...args.slice(0, at - 1), ...args.slice(at + 1)];
    }
    try {
      const created = await docker(args);
      if (created.exitCode !== 0) throw new Error(`docker create: ${created.stderr}`);
      // The image's environment on stdin, as the scan sends it (see MOUNT_ENV_PY).
      const ran = await docker(startRootfsScannerArgs(names), { stdinPrefix: rootfsStdinHeader(target.env) });
      if (ran.exitCode !== 0 && ran.exitCode !== 2)
        throw new Error(`oscap exited ${ran.exitCode}: ${ran.stderr.slice(-2000)}`);
      const arf = join(dir, OUTPUT_FILES.resultsArf);
      return { results: await readResultsFile(arf), arf };
    } finally {
      await docker(['rm', '--force', names.scanner]);
    }
  }

  beforeAll(async () => {
    release = await acquireEngineLock(undefined, DOCKER28_LOCK);
    for (const image of [scanner.image, ...Object.values(targets)]) {
      const have = await docker(['image', 'inspect', '--format', '{{.Id}}', image]);
      if (have.exitCode !== 0) {
        const pulled = await docker(['pull', '--quiet', image]);
        if (pulled.exitCode !== 0) throw new Error(`docker pull ${image}: ${pulled.stderr}`);
      }
    }
    for (const [label, image] of Object.entries(targets)) {
      if (!mine.includes(label)) continue;
      const [on, off] = [await evaluate(label, image, true), await evaluate(label, image, false)];
      results[label] = { on: on.results, off: off.results, arf: { on: on.arf, off: off.arf } };
    }
  });
  afterAll(async () => {
    await removeMadeDirs();
    await release?.();
  });

  it.each(mine)('gives the same results and evidence on %s', async (label) => {
    const { on, off, arf } = results[label]!;
    expect(off.rules.length).toBeGreaterThan(0);
    expect(off.counts).toEqual(on.counts);
    expect(comparableRules(off)).toEqual(comparableRules(on));
    const items = await collectedItems(arf.off);
    // The shell-less targets have no /usr/lib, /etc/ssl or /var/log: oscap collects no item there.
    if (!SHELL_LESS.has(label)) expect(items.length).toBeGreaterThan(100);
    expect(items).toEqual(await collectedItems(arf.on));
  });
});
