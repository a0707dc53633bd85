/**
 * VM disks scanned for real (issue 22): the testenv's qcow2 disks, made from the clean and
 * world-writable-log targets' own files (scripts/testenv/disks.sh), read by libguestfs under TCG here,
 * against the same targets scanned as container images in rootfs mode. The disk scans agree with the
 * image scans rule for rule, and `--disk … --baseline clean/results.xml` finds the image's new failures,
 * on an ext4 disk and on one with /usr on its own partition (mounted through the guest's fstab).
 *
 * Disk scans under TCG on a shared machine take minutes each, so there are four (three trees and one with
 * no operating system), run once in beforeAll, side by side where they do not wait for each other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readResultsFile } from '../../src/results/read.js';
import { cli, type CliRun } from '../support/run-cli.js';
import { execDockerRunner } from '../../src/scan/runner.js';
import { acquireEngineLock, requireEngine, testenvVariables } from './support/engine.js';
import { outputDir, removeMadeDirs } from './support/fixtures.js';

const env = await requireEngine();
const vars = env ? await testenvVariables() : {};
// libguestfs reads these from the environment (the testenv's env file sets TCG: /dev/kvm aborts qemu here).
for (const name of ['LIBGUESTFS_BACKEND', 'LIBGUESTFS_BACKEND_SETTINGS'])
  if (vars[name] && !process.env[name]) process.env[name] = vars[name];

const DISKS = {
  cleanExt4: vars.STIG_GATE_TEST_DISK_CLEAN_EXT4 ?? '',
  regressionExt4: vars.STIG_GATE_TEST_DISK_REGRESSION_EXT4 ?? '',
  regressionSplit: vars.STIG_GATE_TEST_DISK_REGRESSION_SPLIT ?? '',
};
/** The three rules world-writable-log's /var/log (owned by 65534) fails; see scripts/testenv/images.sh. */
const VAR_LOG_RULES = [
  'xccdf_mil.disa.stig_rule_SV-203616r958434_rule',
  'xccdf_mil.disa.stig_rule_SV-203617r958436_rule',
  'xccdf_mil.disa.stig_rule_SV-203664r958566_rule',
];

interface Scan {
  dir: string;
  run: CliRun;
}

/** The qemu processes running now, by pid (libguestfs's appliance is one). */
function qemuProcesses(): string[] {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('qemu-system');
      } catch {
        return false;
      }
    });
}

async function scan(label: string, target: string[], baseline?: string): Promise<Scan> {
  const dir = await outputDir(label);
  const run = await cli(
    'scan',
    ...target,
    '--scanner-image',
    env!.images.scanner,
    '--mode',
    'rootfs',
    '--output-dir',
    dir,
    '--timeout',
    '3000',
    ...(baseline ? ['--baseline', baseline] : []),
  );
  return { dir, run };
}

async function rulesOf(dir: string): Promise<Map<string, string>> {
  const results = await readResultsFile(join(dir, 'results.xml'));
  return new Map(results.rules.map((rule) => [rule.ruleId, rule.result]));
}

async function newFailures(dir: string): Promise<string[]> {
  const gate = JSON.parse(await readFile(join(dir, 'stig-gate.json'), 'utf8')) as {
    newFailures: { ruleId: string }[];
  };
  return gate.newFailures.map((rule) => rule.ruleId).sort();
}

async function leftContainers(dir: string): Promise<string> {
  const { scanId } = JSON.parse(await readFile(join(dir, 'scan.json'), 'utf8')) as { scanId: string };
  const listed = await execDockerRunner()([
    'ps',
    '--all',
    '--quiet',
    '--filter',
    `label=stig-gate.scan=${scanId}`,
  ]);
  return listed.stdout.trim();
}

const scans: Record<string, Scan> = {};
let qemuBefore: string[] = [];
let release: (() => Promise<void>) | undefined;
let noOsDisk = '';

beforeAll(async () => {
  if (!env) return;
  for (const [name, path] of Object.entries(DISKS))
    if (path === '')
      throw new Error(`the testenv names no disk for ${name}: run scripts/testenv/up.sh (it builds them)`);
  // The engine to this file: other files count the containers that appear while they run.
  release = await acquireEngineLock(60 * 60_000);
  qemuBefore = qemuProcesses();
  noOsDisk = join(await outputDir('disk-no-os'), 'empty.raw');
  // 64 MiB of zeros: a raw disk qemu reads, with no partition, file system or operating system.
  await writeFile(noOsDisk, Buffer.alloc(64 * 1024 * 1024));
  // The clean image first (every regression's baseline), beside the clean disk; then the rest together.
  [scans.cleanImage, scans.cleanExt4] = await Promise.all([
    scan('disk-clean-image', ['--image', env.images.clean]),
    scan('disk-clean-ext4', ['--disk', DISKS.cleanExt4]),
  ]);
  const baseline = join(scans.cleanImage.dir, 'results.xml');
  [scans.regressionImage, scans.regressionExt4, scans.regressionSplit, scans.noOs] = await Promise.all([
    scan('disk-regression-image', ['--image', env.images.worldWritableLog], baseline),
    scan('disk-regression-ext4', ['--disk', DISKS.regressionExt4], baseline),
    scan('disk-regression-split', ['--disk', DISKS.regressionSplit], baseline),
    scan('disk-no-os-out', ['--disk', noOsDisk]),
  ]);
}, 3_600_000);
afterAll(async () => {
  await removeMadeDirs();
  await release?.();
});

describe.skipIf(!env)('VM disks against the same trees as container images', () => {
  it('every scan completed: exit 0 for the clean trees, 2 for the regressions', () => {
    const trees = Object.entries(scans).filter(([name]) => name !== 'noOs');
    const codes = Object.fromEntries(trees.map(([name, { run }]) => [name, run.code]));
    expect(codes, JSON.stringify(Object.values(scans).map(({ run }) => run.stderr.slice(-2000)))).toEqual({
      cleanImage: 2,
      regressionImage: 2,
      cleanExt4: 2,
      regressionExt4: 2,
      regressionSplit: 2,
    });
  });

  it.each([
    ['cleanExt4', 'cleanImage'],
    ['regressionExt4', 'regressionImage'],
    ['regressionSplit', 'regressionImage'],
  ])('%s agrees with %s rule for rule', async (disk, image) => {
    const fromDisk = await rulesOf(scans[disk]!.dir);
    const fromImage = await rulesOf(scans[image]!.dir);
    expect(fromDisk.size).toBe(198);
    expect(Object.fromEntries(fromDisk)).toEqual(Object.fromEntries(fromImage));
  });

  it.each(['regressionExt4', 'regressionSplit'])(
    '%s --baseline clean/results.xml: the same new failures as the image',
    async (disk) => {
      expect(await newFailures(scans.regressionImage!.dir)).toEqual(VAR_LOG_RULES);
      expect(await newFailures(scans[disk]!.dir)).toEqual(VAR_LOG_RULES);
    },
  );

  it('the disk is named by file name and sha256 in the report, evidence.json and the in-toto subject', async () => {
    const { dir, run } = scans.regressionSplit!;
    const name = DISKS.regressionSplit.split('/').at(-1)!;
    const sha256 = createHash('sha256')
      .update(await readFile(DISKS.regressionSplit))
      .digest('hex');
    expect(run.stdout).toContain(`target ${name}@sha256:${sha256}`);
    const manifest = JSON.parse(await readFile(join(dir, 'evidence.json'), 'utf8')) as {
      image: { reference: string; digest: string };
    };
    expect(manifest.image).toEqual({ reference: name, digest: `${name}@sha256:${sha256}` });
    const statement = JSON.parse(await readFile(join(dir, 'stig-gate.intoto.json'), 'utf8')) as {
      subject: unknown;
    };
    expect(statement.subject).toEqual([{ name, digest: { sha256 } }]);
    const markdown = await readFile(join(dir, 'stig-gate.md'), 'utf8');
    expect(markdown).toContain(name);
    expect(markdown).toContain(sha256);
  });

  it('nothing is left running: no container of any scan, no qemu', async () => {
    for (const [name, { dir }] of Object.entries(scans))
      if (name !== 'noOs') expect(await leftContainers(dir)).toBe('');
    expect(qemuProcesses().filter((pid) => !qemuBefore.includes(pid))).toEqual([]);
  });
});

describe.skipIf(!env)('disks that cannot be scanned: exit 1, naming the disk, nothing left', () => {
  it('a disk with no operating system (zeros): libguestfs finds none, and that is the error', async () => {
    const { run } = scans.noOs!;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /the disk empty\.raw was not scanned: libguestfs found no operating system on it/,
    );
    expect(run.stderr).not.toMatch(/no findings|new failures/i);
    expect(qemuProcesses().filter((pid) => !qemuBefore.includes(pid))).toEqual([]);
    const scanId = /stig-gate-([0-9a-f]{12})-scanner/.exec(run.stderr)?.[1];
    expect(scanId).toBeDefined();
    const left = await execDockerRunner()([
      'ps',
      '--all',
      '--quiet',
      '--filter',
      `label=stig-gate.scan=${scanId}`,
    ]);
    expect(left.stdout.trim()).toBe('');
  });

  it('a corrupt qcow2 is refused before the scanner starts', async () => {
    const dir = await outputDir('disk-corrupt');
    const disk = join(dir, 'broken.qcow2');
    await writeFile(
      disk,
      Buffer.concat([Buffer.from('QFI\xfb\0\0\0\x03', 'latin1'), Buffer.alloc(512, 0xff)]),
    );
    const { run } = await scan('disk-corrupt-out', ['--disk', disk]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /read disk failed: the disk broken\.qcow2 is not a disk image qemu-img can read/,
    );
  });
});
