/**
 * rootfs mode's selective extraction (issue #23), for real: the extraction program with a reach, in the
 * real scanners, on tars built here (files left out, written without data, links that lead the reach on,
 * links that lead back to a file already passed, hard links). Real scans, selective against every file
 * and against the image mount, are scan-same-answers.test.ts's.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanNames } from '../../src/scan/commands.js';
import { createRootfsScannerArgs, rootfsStdinHeader, startRootfsScannerArgs } from '../../src/scan/rootfs.js';
import { ROOTFS_EXIT } from '../../src/scan/rootfs-script.js';
import { execDockerRunner } from '../../src/scan/runner.js';
import { newScanId } from '../../src/scan/scan.js';
import { acquireEngineLock, requireEngine, testScanners } from './support/engine.js';
import { outputDir, PROFILE, removeMadeDirs } from './support/fixtures.js';

const env = await requireEngine();
const run = promisify(execFile);
const MIB = 1024 * 1024;

/** Test tars, built with the host's Python: argv[1] is where they go. */
const BUILD_TARS = String.raw`
import io, sys, tarfile
out = sys.argv[1]

def entry(tar, name, kind=tarfile.REGTYPE, data=b"", mode=0o644, uid=0, gid=0, link="", mtime=1700000000):
    info = tarfile.TarInfo(name)
    info.type, info.mode, info.uid, info.gid, info.linkname, info.mtime = kind, mode, uid, gid, link, mtime
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    tar.addfile(info, io.BytesIO(data) if kind == tarfile.REGTYPE else None)

def make(name, entries):
    with tarfile.open(f"{out}/{name}.tar", "w", format=tarfile.GNU_FORMAT) as tar:
        for args in entries:
            entry(tar, *args[:1], **args[1])

D, L, H = tarfile.DIRTYPE, tarfile.SYMTYPE, tarfile.LNKTYPE
make("select", [
    ("etc", dict(kind=D, mode=0o755)),
    ("etc/motd", dict(data=b"m" * 5000, mode=0o640, uid=7, gid=8, mtime=1600000000)),
    ("etc/ssl", dict(kind=D, mode=0o755)),
    ("etc/ssl/openssl.cnf", dict(data=b"[openssl]\n", mode=0o644)),
    ("etc/ssl/certs", dict(kind=D, mode=0o755)),
    ("etc/ssl/certs/a.pem", dict(kind=L, link="/usr/share/ca/a.crt")),
    ("home/user", dict(kind=D, mode=0o700, uid=1000, gid=1000)),
    ("home/user/big.bin", dict(data=b"b" * (1 << 20), uid=1000, gid=1000)),
    ("usr/lib", dict(kind=D, mode=0o755)),
    ("usr/lib/libx.so", dict(data=b"x" * (2 << 20), mode=0o755)),
    ("usr/lib/libx2.so", dict(kind=H, link="usr/lib/libx.so", mode=0o755)),
    ("usr/lib/copy", dict(kind=H, link="home/user/big.bin", uid=1000, gid=1000)),
    ("usr/lib/motd", dict(kind=L, link="../../etc/motd")),
    ("usr/share/ca", dict(kind=D, mode=0o755)),
    ("usr/share/ca/a.crt", dict(data=b"c" * 3000, mode=0o444)),
    ("usr/share/ca/other.crt", dict(data=b"o" * 3000)),
])
# A file whose data the content reads, reached only through a link that comes after it in the stream.
make("backward", [
    ("etc", dict(kind=D, mode=0o755)),
    ("etc/installed", dict(data=b"P:openssl\n")),
    ("usr/lib/apk/db", dict(kind=D, mode=0o755)),
    ("usr/lib/apk/db/installed", dict(kind=L, link="/etc/installed")),
])
`;

/** Lists the tree as JSON lines, with each file's size and the blocks it takes (0: no data written). */
const LIST_TREE = String.raw`
import json, os, stat
root = os.environ["OSCAP_PROBE_ROOT"]
for here, dirs, files in os.walk(root):
    for name in sorted(dirs + files):
        path = os.path.join(here, name)
        st = os.lstat(path)
        print(json.dumps({"path": path[len(root):], "mode": oct(stat.S_IMODE(st.st_mode)), "uid": st.st_uid,
            "gid": st.st_gid, "size": st.st_size, "blocks": st.st_blocks, "mtime": int(st.st_mtime),
            "type": "link" if stat.S_ISLNK(st.st_mode) else "dir" if stat.S_ISDIR(st.st_mode) else "file",
            "data": open(path, "rb").read(16).decode("latin-1") if stat.S_ISREG(st.st_mode) else None}))
print("reach-env:", os.environ.get("STIG_GATE_REACH"))
`;

/** The reach of a content reading /usr/lib's and /etc/ssl's metadata, openssl.cnf and apk's database. */
const REACH = JSON.stringify([
  ['usr/lib', 'tree', 'metadata'],
  ['etc/ssl', 'tree', 'metadata'],
  ['etc/ssl/openssl.cnf', 'file', 'data'],
  ['usr/lib/apk/db/installed', 'file', 'data'],
]);

interface TreeEntry {
  path: string;
  mode: string;
  uid: number;
  gid: number;
  size: number;
  blocks: number;
  mtime: number;
  type: 'link' | 'dir' | 'file';
  data: string | null;
}

async function startWithStdinFrom(args: string[], file: string) {
  const handle = await open(file);
  try {
    const child = spawn('docker', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    // The program reads the image's environment first, then the tar stream (see rootfsStdinHeader).
    child.stdin?.on('error', () => undefined);
    child.stdin?.write(rootfsStdinHeader(['A=1']));
    handle.createReadStream().pipe(child.stdin!);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exitCode = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code) => resolve(code ?? -1));
    });
    return { exitCode, stdout, stderr };
  } finally {
    await handle.close();
  }
}

describe.skipIf(!env).each(testScanners(env))('selective extraction in the $name scanner', (scanner) => {
  let tars: string;
  let release: (() => Promise<void>) | undefined;
  const docker = execDockerRunner();

  beforeAll(async () => {
    release = await acquireEngineLock();
    tars = await outputDir('select-tars');
    await run('python3', ['-c', BUILD_TARS, tars]);
  });
  afterAll(async () => {
    await removeMadeDirs();
    await release?.();
  });

  async function extract(tar: string) {
    const names = scanNames(newScanId());
    const out = await outputDir('select-out');
    await mkdir(out, { recursive: true });
    const plan = {
      profile: PROFILE,
      outputDir: out,
      rootfsMaxBytes: 64 * MIB,
      limits: { memoryMb: 2048, pids: 1024, cpuShares: 512 },
    };
    const command = ['python3', '-c', LIST_TREE];
    const created = await docker(createRootfsScannerArgs(plan, names, scanner.image, 't', command, REACH));
    expect(created.exitCode, created.stderr).toBe(0);
    try {
      const ran = await startWithStdinFrom(startRootfsScannerArgs(names), join(tars, `${tar}.tar`));
      const entries = ran.stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as TreeEntry);
      return { ...ran, at: (path: string) => entries.find((entry) => entry.path === path) };
    } finally {
      await docker(['rm', '--force', names.scanner]);
    }
  }

  it('writes what the content reads, metadata alone where only that is read, and leaves the rest out', async () => {
    const { exitCode, stdout, stderr, at } = await extract('select');
    expect(exitCode, stdout + stderr).toBe(0);
    // Read whole: its data.
    expect(at('/etc/ssl/openssl.cnf')).toMatchObject({ size: 10, data: '[openssl]\n' });
    // Metadata alone: the same size, owner, mode and time, and no data (no block in the tmpfs).
    expect(at('/usr/lib/libx.so')).toMatchObject({
      size: 2 * MIB,
      blocks: 0,
      mode: '0o755',
      mtime: 1700000000,
    });
    expect(at('/usr/lib/libx2.so')).toMatchObject({ size: 2 * MIB, blocks: 0 });
    // A hard link in /usr/lib to a file left out: a file of its size, with its owner.
    expect(at('/usr/lib/copy')).toMatchObject({ type: 'file', size: MIB, blocks: 0, uid: 1000, gid: 1000 });
    // A link the reach passes leads it to its target, later in the stream: its metadata is written.
    expect(at('/etc/ssl/certs/a.pem')).toMatchObject({ type: 'link' });
    expect(at('/usr/share/ca/a.crt')).toMatchObject({ size: 3000, blocks: 0, mode: '0o444' });
    // ...and to a file already passed (etc/motd, left out then): written from its kept header.
    expect(at('/etc/motd')).toMatchObject({
      size: 5000,
      blocks: 0,
      mode: '0o640',
      uid: 7,
      gid: 8,
      mtime: 1600000000,
    });
    // Not reached: not written. Directories always are.
    expect(at('/home/user/big.bin')).toBeUndefined();
    expect(at('/usr/share/ca/other.crt')).toBeUndefined();
    expect(at('/home/user')).toMatchObject({ type: 'dir', mode: '0o700', uid: 1000 });
    expect(stdout).toMatch(
      /only what the content reads: 2 files left out \(1\.0 MiB\), 5 written without their data/,
    );
    // The reach is the program's, not oscap's.
    expect(stdout).toContain('reach-env: None');
  });

  it('stops with exit 6 when a file whose data is read was passed before the link that leads to it', async () => {
    const { exitCode, stdout, at } = await extract('backward');
    expect(exitCode).toBe(ROOTFS_EXIT.incomplete);
    expect(stdout).toContain(
      "stig-gate-rootfs: error: extracting only what the content reads left out a file it needs: 'etc/installed'",
    );
    expect(at('/etc/installed')).toBeUndefined();
  });
});
