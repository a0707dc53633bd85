/**
 * A VM disk image (qcow2, raw, vmdk, …) as the target of a rootfs-mode scan: one more source of the tar
 * stream the unprivileged scanner extracts and scans (see rootfs.ts). libguestfs reads the disk: its
 * operating system is inspected, its root and the mounts of its fstab are mounted read-only in
 * libguestfs's own small appliance VM, and `tar-out` streams the files. The guest is never booted and
 * nothing from the disk runs; the only host processes are qemu-img (reading the header) and guestfish
 * (with its qemu, ended with it).
 *
 * Before anything starts, the disk is checked here: the tools and an appliance kernel are present, the
 * file is a disk image qemu-img reads, with no backing file or extent elsewhere on the host (a qcow2 may
 * name any host file as its backing file, and its blocks would be scanned and published as the guest's),
 * not encrypted; and its sha256 is taken, which names it in every report and in the in-toto subject.
 */
import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { access, constants, readdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { toError } from '../errors.js';
import type { ImageInfo } from './images.js';
import { findOnPath, type HostCommand } from './runner.js';
import { ScanError } from './scan-error.js';

/** The formats read: what Packer and image pipelines write, and what libguestfs reads. */
export const DISK_FORMATS = ['qcow2', 'raw', 'vmdk', 'vdi', 'vhdx', 'vpc'] as const;
export type DiskFormat = (typeof DISK_FORMATS)[number];

/** A checked disk: how it is read, and what it is. */
export interface DiskSource {
  /** Absolute path. */
  path: string;
  /** Its file name: how reports name it. */
  name: string;
  format: DiskFormat;
  /** Hex sha256 of the file. */
  sha256: string;
  /** guestfish, as found on PATH. */
  guestfish: string;
  /** The environment guestfish runs with (see {@link guestfsEnv}). */
  env: Record<string, string>;
}

/** What `qemu-img info --output=json` says, as far as the checks need. */
interface QemuImgInfo {
  format?: unknown;
  encrypted?: unknown;
  'backing-filename'?: unknown;
  'format-specific'?: {
    type?: unknown;
    data?: { extents?: { filename?: unknown }[]; 'data-file'?: unknown };
  };
}

const INSTALL_HINT =
  'install libguestfs: on Debian or Ubuntu `sudo apt-get install -y libguestfs-tools qemu-utils` and a ' +
  'kernel for its appliance (linux-image-amd64 on Debian, linux-image-generic on Ubuntu); see docs/vm-disks.md';

/**
 * libguestfs's environment: the caller's, with the `direct` backend (qemu run by guestfish itself, no
 * libvirt daemon) unless one is chosen. libguestfs uses KVM when /dev/kvm is usable and TCG otherwise;
 * LIBGUESTFS_BACKEND_SETTINGS=force_tcg forces TCG where /dev/kvm is there but broken.
 */
export function guestfsEnv(base: NodeJS.ProcessEnv): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) if (value !== undefined) env[key] = value;
  env.LIBGUESTFS_BACKEND ??= 'direct';
  return env;
}

/** `qemu-img info` of the disk, forced to read it whatever another process holds (it only reads). */
export function diskInfoArgs(path: string): string[] {
  return ['info', '--output=json', '--force-share', path];
}

/**
 * guestfish reading the disk read-only (`--ro`) in its stated format (never probed: a raw disk whose first
 * bytes look like a qcow2 header would name host files as its backing), its operating system inspected
 * and mounted (`-i`: the root and its fstab's mounts), and every file written as a tar to stdout with
 * numeric owners (names would be mapped through the appliance's /etc/passwd). Keys are read from stdin,
 * which is /dev/null: an encrypted disk fails at once instead of asking a terminal for a passphrase.
 */
export function diskTarOutArgs(disk: Pick<DiskSource, 'path' | 'format'>): string[] {
  return [
    '--ro',
    '--no-progress-bars',
    '--keys-from-stdin',
    `--format=${disk.format}`,
    '-a',
    disk.path,
    '-i',
    'tar-out',
    '/',
    '-',
    'numericowner:true',
  ];
}

/** The command that streams the disk's files (for the scanner's stdin). */
export function diskTarOutCommand(disk: DiskSource): HostCommand {
  return { file: disk.guestfish, args: diskTarOutArgs(disk), env: disk.env };
}

/** How the target is recorded: `name@sha256:…` as an image's registry digest is, the file's own digest. */
export function diskImageInfo(disk: Pick<DiskSource, 'name' | 'sha256'>): ImageInfo {
  return { id: `sha256:${disk.sha256}`, repoTags: [], repoDigests: [`${disk.name}@sha256:${disk.sha256}`] };
}

function fail(detail: string): never {
  throw new ScanError('read disk', detail);
}

/**
 * Checks `stdout` (qemu-img's JSON about the disk at `path`): a format that is read, no backing file, no
 * data file or extent in another file, no encryption. Returns the format.
 */
export function checkDiskInfo(path: string, stdout: string): DiskFormat {
  const name = basename(path);
  let info: QemuImgInfo;
  try {
    info = JSON.parse(stdout) as QemuImgInfo;
  } catch {
    fail(`qemu-img gave no description of the disk ${name}: ${stdout.slice(0, 200)}`);
  }
  const format = typeof info.format === 'string' ? info.format : '';
  if (!(DISK_FORMATS as readonly string[]).includes(format)) {
    fail(
      `the disk ${name} is in format '${format || 'unknown'}'; expected one of ${DISK_FORMATS.join(', ')} ` +
        `(convert it with qemu-img convert -O qcow2)`,
    );
  }
  if (info.encrypted === true) {
    fail(`the disk ${name} is encrypted (${format}); stig-gate reads only unencrypted disks`);
  }
  if (info['backing-filename'] !== undefined) {
    fail(
      `the disk ${name} has a backing file (${String(info['backing-filename'])}); its files are not all in it. ` +
        `Expected a standalone disk: flatten it first (qemu-img convert -O qcow2 ${name} flat.qcow2)`,
    );
  }
  const specific = info['format-specific']?.data;
  const elsewhere = [
    ...(specific?.extents ?? []).map((extent) => extent.filename),
    ...(specific?.['data-file'] === undefined ? [] : [specific['data-file']]),
  ].filter((file) => file !== path);
  if (elsewhere.length > 0) {
    fail(
      `the disk ${name} keeps its data in other files (${elsewhere.map(String).join(', ')}); expected one ` +
        `self-contained file: convert it first (qemu-img convert -O qcow2 ${name} whole.qcow2)`,
    );
  }
  return format as DiskFormat;
}

/** Runs a host program with an argument array; its exit code, stdout and stderr. */
function runHost(
  file: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr: stderr || (error && code === -1 ? error.message : '') });
    });
  });
}

async function sha256Of(path: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * A kernel for libguestfs's appliance: supermin builds the appliance from the host's kernel (/boot/vmlinuz-*),
 * which it must be able to read (Ubuntu makes them readable by root only). Not needed when a fixed
 * appliance (LIBGUESTFS_PATH) or a kernel (SUPERMIN_KERNEL) is named.
 */
async function checkApplianceKernel(name: string, env: Record<string, string>, boot: string): Promise<void> {
  if (env.LIBGUESTFS_PATH || env.SUPERMIN_KERNEL) return;
  const kernels = (await readdir(boot).catch(() => [] as string[])).filter((file) =>
    file.startsWith('vmlinuz-'),
  );
  if (kernels.length === 0) {
    fail(
      `the disk ${name} is read by libguestfs, whose appliance needs a Linux kernel in ${boot}, and there is ` +
        `none (expected ${boot}/vmlinuz-*): ${INSTALL_HINT}`,
    );
  }
  const readable = await Promise.all(
    kernels.map((file) =>
      access(`${boot}/${file}`, constants.R_OK).then(
        () => true,
        () => false,
      ),
    ),
  );
  if (!readable.some(Boolean)) {
    fail(
      `the disk ${name} is read by libguestfs, whose appliance needs a readable kernel, and ${boot}/vmlinuz-* ` +
        `can be read by root only (as on Ubuntu): run sudo chmod 0644 ${boot}/vmlinuz-*`,
    );
  }
}

/**
 * Checks the disk at `path` (absolute) and takes its sha256: everything that can be said before the
 * scanner starts. Every failure is a {@link ScanError} at the step "read disk", naming the disk and what
 * was expected. `boot` is where kernels are looked for (a test's own directory).
 */
export async function readDisk(
  path: string,
  baseEnv: NodeJS.ProcessEnv = process.env,
  boot = '/boot',
): Promise<DiskSource> {
  const name = basename(path);
  const env = guestfsEnv(baseEnv);
  const searchPath = env.PATH ?? '';
  const guestfish = findOnPath('guestfish', searchPath);
  if (guestfish === undefined) {
    fail(`the disk ${name} is read with libguestfs, and guestfish is not on PATH: ${INSTALL_HINT}`);
  }
  const qemuImg = findOnPath('qemu-img', searchPath);
  if (qemuImg === undefined) {
    fail(`the disk ${name} is checked with qemu-img, which is not on PATH: ${INSTALL_HINT}`);
  }
  await checkApplianceKernel(name, env, boot);
  const hashing = sha256Of(path);
  hashing.catch(() => undefined);
  const info = await runHost(qemuImg, diskInfoArgs(path), env);
  if (info.code !== 0) {
    fail(
      `the disk ${name} is not a disk image qemu-img can read (expected ${DISK_FORMATS.join(', ')}): ` +
        `${info.stderr.trim() || `exit ${info.code}`}`,
    );
  }
  const format = checkDiskInfo(path, info.stdout);
  let sha256: string;
  try {
    sha256 = await hashing;
  } catch (thrown) {
    fail(`the disk ${name} could not be read: ${toError(thrown).message}`);
  }
  return { path, name, format, sha256, guestfish, env };
}
