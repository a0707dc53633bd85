/** `stig-gate scan` input errors: each exits 1 before Docker is touched, naming the input and the fix. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newScanId } from '../../src/scan/scan.js';
import { redact } from '../../src/scan/secrets.js';
import { cli } from '../support/run-cli.js';

const saved = { password: process.env.STIG_GATE_REGISTRY_PASSWORD, host: process.env.DOCKER_HOST };
beforeEach(() => {
  // Should a check ever be skipped, the scan must not reach a real engine (or, through it, any registry).
  process.env.DOCKER_HOST = 'unix:///tmp/stig-gate-cli-args-no-engine.sock';
  delete process.env.STIG_GATE_REGISTRY_PASSWORD;
});
afterEach(() => {
  for (const [key, value] of [
    ['STIG_GATE_REGISTRY_PASSWORD', saved.password],
    ['DOCKER_HOST', saved.host],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const scan = (...argv: string[]) => cli('scan', ...argv);
// Under the test run's own TMPDIR (test/support/global-setup.ts), removed with it.
const ok = ['--image', 'app:1', '--output-dir', join(tmpdir(), 'stig-gate-cli-args')];

describe('stig-gate scan arguments', () => {
  it('prints its usage, with the gate options, on --help', async () => {
    const run = await scan('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: stig-gate scan --image REF --output-dir DIR');
    expect(run.stdout).toContain('--baseline FILE');
    expect((await cli('--help')).stdout).toMatch(/^ {2}scan +pull and scan an image/m);
  });

  it.each([
    [1, ['--output-dir', '/tmp/x'], 'scan needs --image REF'],
    [2, ['--image', 'app:1'], 'scan needs --output-dir DIR'],
    [3, [...ok, '--mode', 'vm'], "--mode must be one of auto, mount, rootfs, container, image; got 'vm'"],
    [
      4,
      [...ok, '--timeout', 'soon'],
      "--timeout must be a positive number of seconds up to 432000 (5 days); got 'soon'",
    ],
    [
      5,
      [...ok, '--timeout=-5'],
      "--timeout must be a positive number of seconds up to 432000 (5 days); got '-5'",
    ],
    [
      5.5,
      [...ok, '--timeout', '2400000'],
      "--timeout must be a positive number of seconds up to 432000 (5 days); got '2400000'",
    ],
    [6, [...ok, '--pull', 'sometimes'], "--pull must be one of always, missing, never; got 'sometimes'"],
    [7, [...ok, '--registry-username', 'bot'], '--registry-username needs a password'],
    [
      8,
      [...ok, '--registry-password-file', '/tmp/p'],
      '--registry and --registry-password-file need --registry-username',
    ],
    [
      9,
      [...ok, '--registry-username', 'bot', '--registry-password-file', '/no/such/file'],
      "--registry-password-file '/no/such/file' cannot be read",
    ],
    [
      10,
      [...ok, '--datastream', '/no/such/ds.xml'],
      "check options failed: datastream '/no/such/ds.xml' does not exist",
    ],
    [11, [...ok, 'extra'], "scan takes no positional arguments; got 'extra'"],
    [12, [...ok, '--fail-on', 'sometimes'], '--fail-on must be one of'],
    [13, [...ok, '--no-such-option'], "Unknown option '--no-such-option'"],
    [14, [...ok, '--severity-threshold', 'extreme'], '--severity-threshold must be one of low, medium, high'],
    [
      15,
      [...ok, '--baseline', '/no/such/baseline.xml'],
      "--baseline '/no/such/baseline.xml' is not a readable file",
    ],
    [16, [...ok, '--waivers', '/tmp'], "--waivers '/tmp' is not a readable file"],
    [17, [...ok, '--rootfs-max-mb', '0'], "--rootfs-max-mb must be a positive whole number of MiB; got '0'"],
    [
      18,
      [...ok, '--rootfs-max-mb', '2G'],
      "--rootfs-max-mb must be a positive whole number of MiB; got '2G'",
    ],
  ])('%i. %j', async (_n, argv, message) => {
    const run = await scan(...argv);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toContain('connect to docker');
  });
});

describe('redact', () => {
  it('replaces every occurrence of every secret, and leaves text without one alone', () => {
    expect(redact('pw=s3cret; again s3cret', ['s3cret'])).toBe('pw=***; again ***');
    expect(redact('nothing here', ['s3cret', ''])).toBe('nothing here');
  });
});

describe('newScanId', () => {
  it('gives 12 hex digits, different each time', () => {
    const ids = Array.from({ length: 10_000 }, newScanId);
    for (const id of ids.slice(0, 100)) expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('without the docker CLI', () => {
  it('exits 1 naming the step and how to get docker', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent-stig-gate-path';
    try {
      const run = await scan(...ok);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('connect to docker failed: the docker CLI is not on PATH');
    } finally {
      process.env.PATH = path;
    }
  });
});
