/**
 * mount mode with the real engines: Docker 28.5 with the containerd image store (testenv's second engine)
 * scans each target in place, and gives the export path's (rootfs mode's) results rule for rule and its
 * evidence item for item, with both scanner look-alikes; `auto` takes the mount there and the export on
 * the default engine (20.10, no image mounts), saying why; the scanner is inspected while it runs.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execDockerRunner } from '../../src/scan/runner.js';
import { scanImage, type ScanOutput } from '../../src/scan/scan.js';
import {
  acquireEngineLock,
  DOCKER28_LOCK,
  requireEngine,
  requireSpeedEnv,
  testScanners,
} from './support/engine.js';
import { outputDir, PROFILE, recordingLogger, removeMadeDirs, scanErrorOf } from './support/fixtures.js';
import { collectedItems, ruleResults, splitLinks } from './support/compare.js';

const env = await requireEngine();
const speed = env ? requireSpeedEnv(env) : undefined;
const docker28Host = speed?.docker28Host ?? 'skipped';

/** `docker inspect` of the scanner, as far as the privilege checks need it. */
interface Inspected {
  HostConfig: {
    Binds: string[] | null;
    Mounts?: { Type: string; Source: string; Target: string; ReadOnly?: boolean }[] | null;
    PidMode: string;
    CapAdd: string[] | null;
    CapDrop: string[] | null;
    ReadonlyRootfs: boolean;
    SecurityOpt: string[] | null;
    NetworkMode: string;
    Privileged: boolean;
    Tmpfs: Record<string, string> | null;
  };
  Config: { User: string };
  State: { Running: boolean; Pid: number };
}

const SHELL_LESS = new Set(['noshell', 'distroless']);

const targets = env
  ? {
      clean: env.images.clean,
      'remote-access': env.images.remoteAccess,
      'world-writable-log': env.images.worldWritableLog,
      noshell: env.images.noshell,
      nonroot: env.images.nonroot,
      distroless: env.images.distroless,
      'usrlib-nonroot': env.images.usrlibNonroot,
      pylib: speed!.pylib,
      big: env.images.big,
    }
  : {};

/**
 * The default scanner reads every target both ways; the older one (its oscap the same probes, a different
 * version) the minbase, the shell-less and the Python-like ones, to keep the suite's time in bounds.
 */
const OLDER_SCANNER_TARGETS = new Set(['clean', 'distroless', 'pylib']);

describe.skipIf(!env).each(testScanners(env))('mount mode with the $name scanner', (scanner) => {
  const mine = Object.keys(targets).filter(
    (label) => scanner.exportsImages || OLDER_SCANNER_TARGETS.has(label),
  );
  let release: (() => Promise<void>) | undefined;
  const mounted: Record<string, ScanOutput> = {};
  const exported: Record<string, ScanOutput> = {};
  const logs: Record<string, ReturnType<typeof recordingLogger>> = {};
  let inspected: Inspected | undefined;
  let capabilities: string | undefined;

  const scan = async (label: string, image: string, mode: 'auto' | 'rootfs') => {
    const log = recordingLogger();
    logs[`${label}-${mode}`] = log;
    return scanImage(
      {
        image,
        scannerImage: scanner.image,
        profile: PROFILE,
        outputDir: await outputDir(`mount-${label}-${mode}`),
        pull: 'missing',
        dockerHost: docker28Host,
        mode,
      },
      undefined,
      log,
    );
  };

  beforeAll(async () => {
    release = await acquireEngineLock(undefined, DOCKER28_LOCK);
    // The pylib scan is watched: while its scanner runs, its configuration and its process are read.
    const log = recordingLogger();
    logs['pylib-auto'] = log;
    const docker = execDockerRunner(docker28Host);
    let done = false;
    const watching = (async () => {
      const created = () =>
        log.lines.find((line) => /^info: create scanner: stig-gate-\w+-scanner$/.test(line));
      while (!created() && !done) await new Promise((resolve) => setTimeout(resolve, 20));
      const name = created()?.replace('info: create scanner: ', '');
      while (name && !done) {
        const result = await docker(['container', 'inspect', name]);
        if (result.exitCode === 0) {
          const [details] = JSON.parse(result.stdout) as Inspected[];
          if (details?.State.Running) {
            inspected = details;
            capabilities = await readFile(`/proc/${details.State.Pid}/status`, 'utf8').catch(() => undefined);
            if (capabilities) return;
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    mounted.pylib = await scanImage(
      {
        image: targets.pylib!,
        scannerImage: scanner.image,
        profile: PROFILE,
        outputDir: await outputDir('mount-pylib-watched'),
        pull: 'missing',
        dockerHost: docker28Host,
      },
      undefined,
      log,
    ).finally(() => {
      done = true;
    });
    await watching;
    exported.pylib = await scan('pylib', targets.pylib!, 'rootfs');
    for (const [label, image] of Object.entries(targets)) {
      if (label === 'pylib' || !mine.includes(label)) continue;
      mounted[label] = await scan(label, image, 'auto');
      exported[label] = await scan(label, image, 'rootfs');
    }
  });
  afterAll(async () => {
    await removeMadeDirs();
    await release?.();
  });

  it('auto takes the image mount on Docker 28 with the containerd image store, and says why', () => {
    expect(mounted.pylib!.mode).toBe('mount');
    expect(mounted.pylib!.requestedMode).toBe('auto');
    expect(mounted.pylib!.imageOs).toMatchObject({ ids: 'debian' });
    expect(logs['pylib-auto']!.lines).toContainEqual(
      expect.stringMatching(/^info: mode auto: mount .*Docker Engine 28\.\d+.* containerd image store/),
    );
    expect(logs['pylib-auto']!.lines).toContainEqual(
      expect.stringMatching(/^info: run scanner: oscap xccdf eval on .* mounted read-only/),
    );
  });

  it.each(mine)('gives the export path’s results and evidence on %s', async (label) => {
    const [viaMount, viaExport] = [mounted[label]!, exported[label]!];
    expect(viaMount.mode).toBe('mount');
    expect(viaExport.mode).toBe('rootfs');
    expect(viaMount.results.rules.length).toBeGreaterThan(0);
    expect(viaMount.results.counts).toEqual(viaExport.results.counts);
    expect(ruleResults(viaMount.results)).toEqual(ruleResults(viaExport.results));
    // The content-coverage notice reads the image's os-release: both ways record the same.
    expect(viaMount.imageOs).toBeDefined();
    expect(viaMount.imageOs).toEqual(viaExport.imageOs);
    const items = await collectedItems(viaMount.resultsArf);
    // The shell-less targets have no /usr/lib, /etc/ssl or /var/log: oscap collects no item there.
    if (!SHELL_LESS.has(label)) expect(items.length).toBeGreaterThan(100);
    const [mountedItems, exportedItems] = [
      splitLinks(items),
      splitLinks(await collectedItems(viaExport.resultsArf)),
    ];
    expect(mountedItems.others).toEqual(exportedItems.others);
    expect(mountedItems.links).toEqual(exportedItems.links);
  });

  it('reads what plain root cannot: the file in the 0700 directory of uid 65532 is collected, no rule errs', async () => {
    // Without CAP_DAC_READ_SEARCH oscap cannot list that directory: 31 rules give `error` (measured).
    expect(mounted.pylib!.results.counts.error).toBe(0);
    const arf = await readFile(mounted.pylib!.resultsArf, 'utf8');
    expect(arf).toContain('/usr/lib/python3.11/site-packages/app-private/cache.txt');
  });

  it('ran the scanner with no socket, no host PID namespace, no network, read-only, and CAP_DAC_READ_SEARCH only', () => {
    expect(inspected, 'the scanner container was inspected while it ran').toBeDefined();
    const host = inspected!.HostConfig;
    const mounts = host.Mounts ?? [];
    expect([...(host.Binds ?? []), ...mounts.map((m) => `${m.Source}:${m.Target}`)].join('\n')).not.toMatch(
      /docker\.sock|containerd\.sock/,
    );
    expect(host.PidMode).toBe('');
    expect(host.NetworkMode).toBe('none');
    expect(host.Privileged).toBe(false);
    expect(host.ReadonlyRootfs).toBe(true);
    expect(host.SecurityOpt).toContain('no-new-privileges');
    expect(host.CapDrop).toEqual(['ALL']);
    expect((host.CapAdd ?? []).map((c) => c.replace(/^CAP_/, ''))).toEqual(['DAC_READ_SEARCH']);
    // The image itself, read-only; the only tmpfs is the small /tmp for SCE scripts, not a tree.
    expect(mounts.filter((m) => m.Type === 'image').map((m) => [m.Target, m.ReadOnly])).toEqual([
      ['/stig-gate/tree', true],
    ]);
    expect(Object.keys(host.Tmpfs ?? {})).toEqual(['/tmp']);
    expect(mounts.filter((m) => !m.ReadOnly).map((m) => m.Target)).toEqual(['/stig-gate/out']);
    expect(inspected!.Config.User).toBe('0:0');
    // The running oscap process's own capability sets: bit 2 (CAP_DAC_READ_SEARCH) and nothing else.
    const effective = /^CapEff:\s*([0-9a-f]+)$/m.exec(capabilities ?? '')?.[1];
    const bounding = /^CapBnd:\s*([0-9a-f]+)$/m.exec(capabilities ?? '')?.[1];
    expect(BigInt(`0x${effective ?? 'ff'}`)).toBe(1n << 2n);
    expect(BigInt(`0x${bounding ?? 'ff'}`)).toBe(1n << 2n);
    expect(/^NoNewPrivs:\s*1$/m.test(capabilities ?? '')).toBe(true);
  });
});

describe.skipIf(!env)('mount mode on an engine without image mounts', () => {
  let release: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    release = await acquireEngineLock();
  });
  afterAll(async () => {
    await removeMadeDirs();
    await release?.();
  });

  it('auto falls back to the export (rootfs) and the log says which engine and why', async () => {
    const log = recordingLogger();
    const output = await scanImage(
      {
        image: env!.images.clean,
        scannerImage: env!.images.scanner,
        profile: PROFILE,
        outputDir: await outputDir('mount-fallback'),
        pull: 'missing',
      },
      undefined,
      log,
    );
    expect(output.mode).toBe('rootfs');
    expect(log.lines).toContainEqual(
      expect.stringMatching(
        /^info: mode auto: rootfs \(the image exported into the scanner\): Docker Engine \d+\.\d+\S* (has no image mounts|does not use the containerd image store)/,
      ),
    );
    expect(log.lines).toContainEqual(expect.stringMatching(/^info: run scanner: docker export /));
  });

  it('mode mount asked there fails before anything is created, naming the reason', async () => {
    const error = await scanErrorOf(
      scanImage({
        image: env!.images.clean,
        scannerImage: env!.images.scanner,
        profile: PROFILE,
        outputDir: await outputDir('mount-refused'),
        pull: 'missing',
        mode: 'mount',
      }),
    );
    expect(error.step).toBe('prepare target');
    expect(error.message).toMatch(/mode mount needs image mounts: Docker Engine .*; use mode auto or rootfs/);
  });
});
