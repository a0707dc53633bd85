/**
 * A disk as a scan's target, before anything is booted: the checks readDisk makes with the real qemu-img
 * (installed by scripts/testenv/up.sh) on disks made here, the guestfish arguments, and the messages for
 * what libguestfs says. The scans themselves are in test/e2e/scan-disk.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diskImageInfo, diskTarOutArgs, guestfsEnv, readDisk } from '../../src/scan/disk.js';
import { describeDiskReadFailure } from '../../src/scan/disk-diagnose.js';
import { diskPathOf, diskTarget, planScan, targetName } from '../../src/scan/options.js';
import { ScanError } from '../../src/scan/scan-error.js';

let dir: string;
/** A directory with a readable vmlinuz, standing in for /boot where the test needs one. */
let boot: string;

function qemuImg(...args: string[]): string {
  return execFileSync('qemu-img', args, { encoding: 'utf8' });
}

async function failure(work: Promise<unknown>): Promise<ScanError> {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ScanError);
  return error as ScanError;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stig-gate-disk-'));
  boot = join(dir, 'boot');
  await mkdir(boot);
  await writeFile(join(boot, 'vmlinuz-6.1.0-test'), 'kernel');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('naming a disk', () => {
  it.each([
    ['/var/disks/a.qcow2', '/var/disks/a.qcow2'],
    ['./a.qcow2', './a.qcow2'],
    ['../out/a.raw', '../out/a.raw'],
    ['ghcr.io/acme/app:1.2', undefined],
    ['disk:latest', undefined],
    ['a.qcow2', undefined],
  ])('%s is a disk path: %s', (text, expected) => {
    expect(diskPathOf(text)).toBe(expected);
  });

  it('--disk makes a relative path a disk target, and reports name it by file name', () => {
    expect(diskTarget('out/a.qcow2')).toBe('./out/a.qcow2');
    expect(diskTarget('/abs/a.qcow2')).toBe('/abs/a.qcow2');
    expect(targetName('./out/a.qcow2')).toBe('a.qcow2');
    expect(targetName('ghcr.io/acme/app:1.2')).toBe('ghcr.io/acme/app:1.2');
    expect(() => diskTarget(' ')).toThrow(/disk is empty/);
  });

  it('a disk is recorded as name@sha256 of the file, which is what the in-toto subject takes', () => {
    const sha = 'a'.repeat(64);
    expect(diskImageInfo({ name: 'a.qcow2', sha256: sha })).toEqual({
      id: `sha256:${sha}`,
      repoTags: [],
      repoDigests: [`a.qcow2@sha256:${sha}`],
    });
  });

  it('planScan takes a path as a disk (rootfs mode only) and names it by its file name', async () => {
    const disk = join(dir, 'plan.qcow2');
    qemuImg('create', '-q', '-f', 'qcow2', disk, '16M');
    const plan = await planScan({ image: disk, outputDir: join(dir, 'out') });
    expect(plan).toMatchObject({ image: 'plan.qcow2', disk, mode: 'rootfs' });
    await expect(planScan({ image: disk, mode: 'container', outputDir: dir })).rejects.toThrow(
      /the disk plan\.qcow2 is scanned in rootfs mode only/,
    );
    await expect(planScan({ disk: join(dir, 'none.qcow2'), outputDir: dir })).rejects.toThrow(
      /disk '.*none\.qcow2' does not exist/,
    );
    await expect(planScan({ image: 'a:1', disk, outputDir: dir })).rejects.toThrow(/not both/);
  });
});

describe('guestfish', () => {
  it('reads the disk read-only, in its checked format, inspected, as a tar with numeric owners', () => {
    expect(diskTarOutArgs({ path: '/d/a b.qcow2', format: 'qcow2' })).toEqual([
      '--ro',
      '--no-progress-bars',
      '--keys-from-stdin',
      '--format=qcow2',
      '-a',
      '/d/a b.qcow2',
      '-i',
      'tar-out',
      '/',
      '-',
      'numericowner:true',
    ]);
  });

  it('runs the direct backend unless one is chosen, and keeps the caller settings (force_tcg)', () => {
    expect(guestfsEnv({ PATH: '/bin' })).toEqual({ PATH: '/bin', LIBGUESTFS_BACKEND: 'direct' });
    expect(guestfsEnv({ LIBGUESTFS_BACKEND: 'libvirt', LIBGUESTFS_BACKEND_SETTINGS: 'force_tcg' })).toEqual({
      LIBGUESTFS_BACKEND: 'libvirt',
      LIBGUESTFS_BACKEND_SETTINGS: 'force_tcg',
    });
  });
});

describe('checking a disk with qemu-img', () => {
  it('a qcow2 is read, and its sha256 taken', async () => {
    const disk = join(dir, 'ok.qcow2');
    qemuImg('create', '-q', '-f', 'qcow2', disk, '16M');
    const read = await readDisk(disk, process.env, boot);
    const expected = execFileSync('sha256sum', [disk], { encoding: 'utf8' }).split(' ')[0];
    expect(read).toMatchObject({ name: 'ok.qcow2', format: 'qcow2', sha256: expected, path: disk });
  });

  it('a qcow2 backed by a host file is refused: its blocks would be scanned as the guest', async () => {
    const disk = join(dir, 'backed.qcow2');
    qemuImg('create', '-q', '-f', 'qcow2', '-F', 'raw', '-b', '/etc/hostname', disk, '16M');
    const error = await failure(readDisk(disk, process.env, boot));
    expect(error.step).toBe('read disk');
    expect(error.detail).toMatch(/the disk backed\.qcow2 has a backing file \(\/etc\/hostname\)/);
  });

  it('a vmdk whose extent is another file is refused', async () => {
    const flat = join(dir, 'flat.vmdk');
    qemuImg('create', '-q', '-f', 'vmdk', '-o', 'subformat=monolithicFlat', flat, '16M');
    const error = await failure(readDisk(flat, process.env, boot));
    expect(error.detail).toMatch(/the disk flat\.vmdk keeps its data in other files \(.*flat-flat\.vmdk\)/);
  });

  it('an encrypted qcow2 is refused as encrypted', async () => {
    const disk = join(dir, 'secret.qcow2');
    // qcow2's own AES encryption: qemu-img's LUKS benchmark cannot time itself here ("Unable to get
    // accurate CPU usage"); qemu-img info says `encrypted: true` for both.
    qemuImg(
      'create',
      '-q',
      '--object',
      'secret,id=s0,data=not-a-real-secret',
      '-f',
      'qcow2',
      '-o',
      'encrypt.format=aes,encrypt.key-secret=s0',
      disk,
      '16M',
    );
    const error = await failure(readDisk(disk, process.env, boot));
    expect(error.detail).toMatch(/the disk secret\.qcow2 is encrypted/);
  });

  it('a corrupt qcow2 names the disk and what was expected', async () => {
    const disk = join(dir, 'corrupt.qcow2');
    // A qcow2 magic and version, then a header that points nowhere.
    await writeFile(
      disk,
      Buffer.concat([Buffer.from('QFI\xfb\0\0\0\x03', 'latin1'), Buffer.alloc(200, 0xff)]),
    );
    const error = await failure(readDisk(disk, process.env, boot));
    expect(error.detail).toMatch(
      /^the disk corrupt\.qcow2 is not a disk image qemu-img can read \(expected qcow2, raw, vmdk/,
    );
  });

  it('no guestfish on PATH: the disk is named, and how to install libguestfs', async () => {
    const disk = join(dir, 'ok.qcow2');
    const error = await failure(readDisk(disk, { PATH: join(dir, 'empty') }, boot));
    expect(error.detail).toMatch(/the disk ok\.qcow2 is read with libguestfs, and guestfish is not on PATH/);
    expect(error.detail).toMatch(/apt-get install -y libguestfs-tools/);
  });

  it('no kernel for the appliance, or one only root may read: said before anything starts', async () => {
    const disk = join(dir, 'ok.qcow2');
    const empty = join(dir, 'no-kernel');
    await mkdir(empty);
    const error = await failure(readDisk(disk, process.env, empty));
    expect(error.detail).toMatch(
      /the disk ok\.qcow2 .* needs a Linux kernel in .*no-kernel, and there is none/,
    );
    // A fixed appliance needs no kernel from /boot.
    await expect(readDisk(disk, { ...process.env, LIBGUESTFS_PATH: dir }, empty)).resolves.toMatchObject({
      format: 'qcow2',
    });
  });
});

describe('what guestfish said', () => {
  // Lines as libguestfs 1.48 prints them (test/e2e/scan-disk.test.ts meets the no-OS one for real).
  it.each([
    [
      'guestfish: no operating system was found on this disk\n\nIf using guestfish ‘-i’ option, remove this option',
      /libguestfs found no operating system on it \(expected a disk with a Linux root file system/,
    ],
    [
      'supermin: failed to find a suitable kernel (host_cpu=x86_64).\nlibguestfs: error: /usr/bin/supermin exited with error status 1.',
      /could not build its appliance \(expected a readable kernel in \/boot/,
    ],
    [
      'guestfish: multi-boot operating systems are not supported by the -i option',
      /more than one operating system/,
    ],
  ])('%s', (stderr, meaning) => {
    const message = describeDiskReadFailure('a.qcow2', { exitCode: 1, stderr }, 'Full scanner output: x');
    expect(message).toMatch(/^the disk a\.qcow2 was not scanned: /);
    expect(message).toMatch(meaning);
    expect(message).toContain(stderr.split('\n').at(-1));
  });
});
