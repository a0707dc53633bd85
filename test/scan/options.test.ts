import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import {
  DEFAULT_PROFILE,
  DEFAULT_SCANNER_CPU_SHARES,
  DEFAULT_SCANNER_PIDS_LIMIT,
  defaultScannerMemoryMb,
  DEFAULT_SCANNER_IMAGE,
  normaliseRegistry,
  planScan,
  registryOf,
  socketPathOf,
  type ScanOptions,
} from '../../src/scan/options.js';

let dir: string;
let datastream: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stig-gate-options-'));
  datastream = join(dir, 'ds.xml');
  await writeFile(datastream, '<ds/>');
});

const base: ScanOptions = { image: 'ghcr.io/acme/app:1.2', outputDir: 'out' };

describe('planScan', () => {
  it('applies the defaults and makes paths absolute', async () => {
    const plan = await planScan(base, {});
    expect(plan).toEqual({
      image: 'ghcr.io/acme/app:1.2',
      limits: {
        memoryMb: defaultScannerMemoryMb(),
        pids: DEFAULT_SCANNER_PIDS_LIMIT,
        cpuShares: DEFAULT_SCANNER_CPU_SHARES,
      },
      scannerImage: DEFAULT_SCANNER_IMAGE,
      mode: 'rootfs',
      requestedMode: 'auto',
      rootfsMaxBytes: 8192 * 1024 * 1024,
      profile: DEFAULT_PROFILE,
      timeoutMs: 1_800_000,
      outputDir: resolve('out'),
      dockerHost: 'unix:///var/run/docker.sock',
      socketPath: '/var/run/docker.sock',
      pull: 'always',
    });
  });

  it('resolves auto to rootfs until the engine is asked (see scan.ts), and keeps an explicit mode and limit', async () => {
    expect(await planScan({ ...base, mode: 'auto' }, {})).toMatchObject({
      mode: 'rootfs',
      requestedMode: 'auto',
    });
    for (const mode of ['mount', 'rootfs', 'container', 'image'] as const) {
      expect(await planScan({ ...base, mode }, {})).toMatchObject({ mode, requestedMode: mode });
    }
    expect((await planScan({ ...base, rootfsMaxMb: 10 }, {})).rootfsMaxBytes).toBe(10 * 1024 * 1024);
  });

  it('takes the engine from DOCKER_HOST, and an explicit docker host over it', async () => {
    expect((await planScan(base, { DOCKER_HOST: 'unix:///run/user/0/docker.sock' })).socketPath).toBe(
      '/run/user/0/docker.sock',
    );
    const explicit = await planScan(
      { ...base, dockerHost: 'unix:///srv/d.sock' },
      { DOCKER_HOST: 'tcp://x:2375' },
    );
    expect(explicit.dockerHost).toBe('unix:///srv/d.sock');
  });

  it('keeps workspace files as absolute paths and normalises the registry', async () => {
    const plan = await planScan(
      {
        ...base,
        datastream,
        tailoringFile: datastream,
        registry: { server: 'https://GHCR.io/', username: ' bot ', password: 'p' },
      },
      {},
    );
    expect(plan.datastream).toBe(datastream);
    expect(plan.tailoringFile).toBe(datastream);
    expect(plan.registry).toEqual({ server: 'ghcr.io', username: 'bot', password: 'p' });
  });

  const bad: [number, Partial<ScanOptions>, NodeJS.ProcessEnv, string][] = [
    [1, { image: '' }, {}, 'image is empty'],
    [2, { image: '--privileged' }, {}, "image '--privileged' is not an image reference"],
    [3, { image: 'alpine latest' }, {}, "image 'alpine latest' is not an image reference"],
    [4, { scannerImage: '-v' }, {}, "scanner image '-v' is not an image reference"],
    [5, { mode: 'vm' as 'image' }, {}, "mode must be one of auto, mount, rootfs, container, image; got 'vm'"],
    [
      6,
      { timeoutSeconds: 0 },
      {},
      'timeout must be a positive number of seconds up to 432000 (5 days); got 0',
    ],
    [
      7,
      { timeoutSeconds: Number.NaN },
      {},
      'timeout must be a positive number of seconds up to 432000 (5 days); got NaN',
    ],
    [
      7.5,
      // 40,000 minutes: Node's timers would overflow and fire at once.
      { timeoutSeconds: 2_400_000 },
      {},
      'timeout must be a positive number of seconds up to 432000 (5 days); got 2400000',
    ],
    [8, { profile: '--results=/etc/x' }, {}, "profile '--results=/etc/x' is not an XCCDF profile id"],
    [9, { datastream: '/no/such/ds.xml' }, {}, "datastream '/no/such/ds.xml' does not exist"],
    [10, { datastream: '/tmp' }, {}, "datastream '/tmp' is not a regular file"],
    [11, { tailoringFile: 'missing.xml' }, {}, "tailoring file 'missing.xml' does not exist"],
    [12, { dockerHost: 'tcp://10.0.0.1:2375' }, {}, "docker host is 'tcp://10.0.0.1:2375', but the scanner"],
    [13, {}, { DOCKER_HOST: 'ssh://me@host' }, "DOCKER_HOST is 'ssh://me@host', but the scanner"],
    [
      14,
      { registry: { server: 'ghcr.io', username: '', password: 'p' } },
      {},
      'registry username for ghcr.io is empty',
    ],
    [
      15,
      { registry: { server: 'ghcr.io', username: 'u', password: '' } },
      {},
      'registry password for ghcr.io is empty',
    ],
    [
      16,
      { pull: 'sometimes' as 'always' },
      {},
      "pull must be one of always, missing, never; got 'sometimes'",
    ],
    [17, { outputDir: ' ' }, {}, 'output directory is empty'],
    [18, { rootfsMaxMb: 0 }, {}, 'rootfs max size must be a positive whole number of MiB; got 0'],
    [19, { rootfsMaxMb: 1.5 }, {}, 'rootfs max size must be a positive whole number of MiB; got 1.5'],
  ];
  it.each(bad)('%i. rejects %o naming the input', async (_n, options, env, message) => {
    const error = await planScan({ ...base, ...options }, env).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain(message);
  });
});

describe('socketPathOf', () => {
  it.each([
    [undefined, '/var/run/docker.sock'],
    ['', '/var/run/docker.sock'],
    ['unix:///var/run/docker.sock', '/var/run/docker.sock'],
    ['unix:///tmp/d d.sock', '/tmp/d d.sock'],
    ['/run/docker.sock', '/run/docker.sock'],
  ])('%s → %s', (host, path) => {
    expect(socketPathOf(host)).toBe(path);
  });

  it.each(['tcp://127.0.0.1:2375', 'unix://relative.sock', 'npipe:////./pipe/docker_engine'])(
    'rejects %s',
    (host) => {
      expect(() => socketPathOf(host)).toThrow(/must be unix:\/\/\/path/);
    },
  );
});

describe('registryOf', () => {
  it.each([
    ['alpine', 'docker.io'],
    ['alpine:3.20', 'docker.io'],
    ['library/alpine', 'docker.io'],
    ['acme/app:1', 'docker.io'],
    ['ghcr.io/acme/app:1', 'ghcr.io'],
    ['127.0.0.1:5001/stig-gate/private:clean', '127.0.0.1:5001'],
    ['localhost/app', 'localhost'],
    ['localhost:5000/app@sha256:abc', 'localhost:5000'],
    ['index.docker.io/library/alpine', 'docker.io'],
    ['cgr.dev/chainguard/openscap:latest-dev', 'cgr.dev'],
  ])('%s is pulled from %s', (reference, registry) => {
    expect(registryOf(reference)).toBe(registry);
  });

  it.each([
    ['https://ghcr.io/', 'ghcr.io'],
    ['registry-1.docker.io', 'docker.io'],
    [' 127.0.0.1:5001 ', '127.0.0.1:5001'],
  ])('normalises %s to %s', (server, normal) => {
    expect(normaliseRegistry(server)).toBe(normal);
  });
});

describe('scanner limits', () => {
  it.each([
    [1, 16 * 1024 ** 3, 12288],
    [2, 7 * 1024 ** 3, 5376],
    [3, 1 * 1024 ** 3, 2048],
  ])('%i. the default memory limit is three quarters of the machine, at least 2 GiB', (_n, machine, mb) => {
    expect(defaultScannerMemoryMb(machine)).toBe(mb);
  });

  it.each([
    [1, { scannerMemoryMb: 10 }, /scanner memory limit \(MiB\) must be a whole number from 64/],
    [2, { scannerPidsLimit: 1.5 }, /scanner pids limit must be a whole number from 16/],
    [3, { scannerCpuShares: 1 }, /scanner CPU shares must be a whole number from 2 to 262144/],
  ])('%i. a bad limit is an error naming it', async (_n, options, message) => {
    await expect(planScan({ ...base, ...options }, {})).rejects.toThrow(message);
  });
});
