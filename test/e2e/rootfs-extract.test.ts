/**
 * rootfs mode's extraction program against hostile tar streams, in the real scanners (Python 3.13 and
 * bookworm's 3.11) with the real scanner configuration (createRootfsScannerArgs): only the command run
 * after the extraction differs (a listing of the tree instead of oscap). The tars are built here with
 * Python's tarfile on the host. Then the limit, a timeout and an interrupt of real scans: each is a clear
 * error and leaves nothing behind.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanNames } from '../../src/scan/commands.js';
import { createRootfsScannerArgs, rootfsStdinHeader, startRootfsScannerArgs } from '../../src/scan/rootfs.js';
import { ROOTFS_EXIT } from '../../src/scan/rootfs-script.js';
import { execDockerRunner, type DockerRunner } from '../../src/scan/runner.js';
import { newScanId, scanImage } from '../../src/scan/scan.js';
import {
  acquireEngineLock,
  allContainers,
  containerChanges,
  requireEngine,
  testScanners,
  type ContainerRow,
} from './support/engine.js';
import {
  hangingDatastream,
  outputDir,
  PROFILE,
  recordingLogger,
  removeMadeDirs,
  scanErrorOf,
} from './support/fixtures.js';

const env = await requireEngine();
const run = promisify(execFile);

/** Builds the test tars with the host's Python: argv[1] is the directory they go to. */
const BUILD_TARS = String.raw`
import io, sys, tarfile
out = sys.argv[1]

def entry(tar, name, kind=tarfile.REGTYPE, data=b"", mode=0o644, uid=0, gid=0, link="", dev=(0, 0)):
    info = tarfile.TarInfo(name)
    info.type, info.mode, info.uid, info.gid, info.linkname = kind, mode, uid, gid, link
    info.devmajor, info.devminor = dev
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    tar.addfile(info, io.BytesIO(data) if kind == tarfile.REGTYPE else None)

def make(name, entries):
    with tarfile.open(f"{out}/{name}.tar", "w", format=tarfile.GNU_FORMAT) as tar:
        for args in entries:
            entry(tar, *args[:1], **args[1])

D, L, H, C = tarfile.DIRTYPE, tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.CHRTYPE
make("escape", [("etc", dict(kind=D, mode=0o755)), ("../out/escaped.txt", dict(data=b"out"))])
make("through-link", [("evil", dict(kind=L, link="/stig-gate/out")), ("evil/escaped.txt", dict(data=b"out"))])
make("hardlink-out", [("etc", dict(kind=D, mode=0o755)), ("etc/stolen", dict(kind=H, link="../../etc/passwd"))])
make("neutralised", [
    ("etc", dict(kind=D, mode=0o755)),
    ("/abs/name.txt", dict(data=b"abs")),
    ("etc/evil-link", dict(kind=L, link="/stig-gate/out")),
    ("usr/lib/deep", dict(kind=D, mode=0o755)),
    ("usr/lib/deep/up", dict(kind=L, link="../../../../../../etc/shadow")),
    ("lib64", dict(kind=L, link="usr/lib")),
    ("dev", dict(kind=D, mode=0o755)),
    ("dev/evil-null", dict(kind=C, mode=0o666, dev=(1, 3))),
    ("usr/bin", dict(kind=D, mode=0o755)),
    ("usr/bin/setuid-tool", dict(data=b"#!", mode=0o4755)),
    ("usr/bin/setgid-tool", dict(data=b"#!", mode=0o2755, gid=42)),
    ("var/mail", dict(kind=D, mode=0o2775, gid=8)),
    ("home/user/secret", dict(data=b"s", mode=0o600, uid=1000, gid=1000)),
    ("etc/shadow", dict(data=b"root:*:1::::::", mode=0o000, gid=42)),
    ("etc/replaced", dict(kind=L, link="/stig-gate/out/replaced")),
    ("etc/replaced", dict(data=b"last entry wins")),
    ("etc/hard", dict(kind=H, link="etc/shadow", mode=0o000, gid=42)),
])
make("too-big", [("big.bin", dict(data=b"\0" * (2 * 1024 * 1024)))])
# No data, but every entry takes memory: 3,000 files need about 3 MiB however empty they are.
make("many-empty", [("d", dict(kind=D, mode=0o755))] + [(f"d/{i}", dict()) for i in range(3000)])
# Shapes docker export never writes, but a stream cut short or a crafted tar can hold.
make("root-link", [("./", dict(kind=L, link="../../stig-gate/out")), ("etc", dict(kind=H, link=".", mode=0o7777))])
make("hardlink-dir", [("etc", dict(kind=D, mode=0o755)), ("etc2", dict(kind=H, link="etc"))])
make("hardlink-forward", [("etc", dict(kind=D, mode=0o755)), ("etc/a", dict(kind=H, link="etc/b")), ("etc/b", dict(data=b"b"))])
# etc/shadow -> p/../shadow-real: the image's kernel steps out of where p leads (/opt/x, so /opt/shadow-real),
# while the same text folded would name etc/shadow-real.
make("inner-dots", [
    ("etc", dict(kind=D, mode=0o755)),
    ("opt/x", dict(kind=D, mode=0o755)),
    ("opt/shadow-real", dict(data=b"root:$6$salt$hash:1::::::")),
    ("etc/shadow-real", dict(data=b"root:!:1::::::")),
    ("etc/p", dict(kind=L, link="/opt/x")),
    ("etc/shadow", dict(kind=L, link="p/../shadow-real")),
])
make("inner-dots-real-dir", [
    ("usr/lib/x", dict(kind=D, mode=0o755)),
    ("usr/lib/y", dict(data=b"y")),
    ("usr/lib/link", dict(kind=L, link="x/../y")),
])
make("device-hardlink", [
    ("dev", dict(kind=D, mode=0o755)),
    ("dev/null", dict(kind=C, mode=0o666, dev=(1, 3))),
    ("dev/null2", dict(kind=H, link="dev/null", mode=0o666)),
    ("usr/lib", dict(kind=D, mode=0o755)),
    ("usr/lib/evil-dev", dict(kind=C, mode=0o644, uid=1000, gid=1000, dev=(1, 3))),
])
# A whole tar cut short: at an entry's boundary, and inside a header (tarfile takes either for the end).
whole = io.BytesIO()
with tarfile.open(fileobj=whole, mode="w", format=tarfile.GNU_FORMAT) as tar:
    for args in [("etc", dict(kind=D, mode=0o755)), ("etc/a", dict(data=b"a")), ("etc/b", dict(data=b"b"))]:
        entry(tar, *args[:1], **args[1])
whole.seek(0)
second = [m.offset for m in tarfile.open(fileobj=whole, mode="r")][2]
data = whole.getvalue()
open(f"{out}/cut-at-entry.tar", "wb").write(data[:second])
open(f"{out}/cut-in-header.tar", "wb").write(data[: second + 100])
`;

/** Lists the extracted tree, a JSON line per entry: what the test checks instead of scanning it. */
const LIST_TREE = String.raw`
import json, os, stat
root = os.environ["OSCAP_PROBE_ROOT"]
for here, dirs, files in os.walk(root):
    for name in sorted(dirs + files):
        path = os.path.join(here, name)
        st = os.lstat(path)
        print(json.dumps({"path": path[len(root):], "mode": oct(stat.S_IMODE(st.st_mode)), "uid": st.st_uid,
            "gid": st.st_gid, "type": "link" if stat.S_ISLNK(st.st_mode) else "dir" if stat.S_ISDIR(st.st_mode)
            else "fifo" if stat.S_ISFIFO(st.st_mode) else "chr" if stat.S_ISCHR(st.st_mode)
            else "socket" if stat.S_ISSOCK(st.st_mode) else "file", "rdev": [os.major(st.st_rdev), os.minor(st.st_rdev)], "link": os.readlink(path) if stat.S_ISLNK(st.st_mode) else None, "nlink": st.st_nlink}))
`;

/**
 * `docker <args>` with a file as its stdin (as the tar stream), without a shell: the CLI reads the file
 * itself, so a scanner that stops reading early (the size limit) breaks no pipe of this process.
 */
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

interface TreeEntry {
  path: string;
  mode: string;
  uid: number;
  gid: number;
  type: 'link' | 'dir' | 'file' | 'fifo' | 'chr' | 'socket';
  rdev: [number, number];
  link: string | null;
  nlink: number;
}

describe.skipIf(!env).each(testScanners(env))('rootfs extraction in the $name scanner', (scanner) => {
  let tars: string;
  let release: (() => Promise<void>) | undefined;
  let containersBefore: ContainerRow[];
  const docker = execDockerRunner();

  beforeAll(async () => {
    release = await acquireEngineLock();
    containersBefore = await allContainers();
    tars = await outputDir('hostile-tars');
    await run('python3', ['-c', BUILD_TARS, tars]);
  });
  afterAll(async () => {
    await removeMadeDirs();
    await release?.();
  });

  /** Extracts `tar` in a scanner configured as a scan's, then lists the tree; the output dir is watched. */
  async function extract(tar: string, maxBytes = 64 * 1024 * 1024) {
    const names = scanNames(newScanId());
    const out = await outputDir('extract-out');
    await mkdir(out, { recursive: true });
    const plan = {
      profile: PROFILE,
      outputDir: out,
      rootfsMaxBytes: maxBytes,
      limits: { memoryMb: 2048, pids: 1024, cpuShares: 512 },
    };
    const created = await docker(
      createRootfsScannerArgs(plan, names, scanner.image, 'hostile', ['python3', '-c', LIST_TREE]),
    );
    expect(created.exitCode, created.stderr).toBe(0);
    try {
      const ran = await startWithStdinFrom(startRootfsScannerArgs(names), join(tars, `${tar}.tar`));
      const entries = ran.stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as TreeEntry);
      return { ...ran, entries, outside: await readdir(out) };
    } finally {
      await docker(['rm', '--force', names.scanner]);
    }
  }

  it.each([
    ['escape', "entry '../out/escaped.txt' leads out of the tree ('..')"],
    ['through-link', "'evil/escaped.txt' would be written through the symbolic link '/evil'"],
    ['hardlink-out', "hard link 'etc/stolen' to '../../etc/passwd' leads out of the tree"],
  ])('refuses the %s tar: exit 3, nothing written outside the tree', async (tar, reason) => {
    const result = await extract(tar);
    expect(result.exitCode).toBe(ROOTFS_EXIT.refused);
    expect(result.stdout).toContain(`stig-gate-rootfs: error: refused a tar entry: ${reason}`);
    expect(result.outside).toEqual([]);
    expect(result.entries).toEqual([]);
  });

  it('neutralises absolute names and links, leaves out device nodes, and keeps owners, setuid and setgid', async () => {
    const result = await extract('neutralised');
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outside).toEqual([]);
    const at = (path: string) => result.entries.find((entry) => entry.path === path);
    expect(at('/abs/name.txt')).toMatchObject({ type: 'file' });
    // Absolute and climbing links point, inside the tree, where the image's root would resolve them.
    expect(at('/etc/evil-link')).toMatchObject({ type: 'link', link: '../stig-gate/out' });
    expect(at('/usr/lib/deep/up')).toMatchObject({ type: 'link', link: '../../../etc/shadow' });
    expect(at('/lib64')).toMatchObject({ type: 'link', link: 'usr/lib' });
    // A device is a device, with its numbers, owner and mode, on the nodev tree: no open of it succeeds.
    expect(at('/dev/evil-null')).toMatchObject({ type: 'chr', rdev: [1, 3], mode: '0o666', uid: 0 });
    expect(result.stdout).toMatch(
      /device nodes \(never opened: nodev\): 1; FIFOs and refused devices as sockets: 0; links made relative to the tree: 3/,
    );
    expect(at('/usr/bin/setuid-tool')).toMatchObject({ mode: '0o4755', uid: 0, gid: 0 });
    expect(at('/usr/bin/setgid-tool')).toMatchObject({ mode: '0o2755', gid: 42 });
    expect(at('/var/mail')).toMatchObject({ type: 'dir', mode: '0o2775', gid: 8 });
    expect(at('/home/user/secret')).toMatchObject({ mode: '0o600', uid: 1000, gid: 1000 });
    expect(at('/etc/shadow')).toMatchObject({ mode: '0o0', gid: 42, nlink: 2 });
    // A later entry replaces a link at its name instead of writing through it.
    expect(at('/etc/replaced')).toMatchObject({ type: 'file' });
    expect(at('/etc/hard')).toMatchObject({ type: 'file', nlink: 2 });
  });

  it.each([
    ['root-link', "the image's root './' is not a directory"],
    ['hardlink-dir', "hard link 'etc2' to 'etc', which is not a file extracted before it"],
    ['hardlink-forward', "hard link 'etc/a' to 'etc/b', which is not a file extracted before it"],
    [
      'inner-dots',
      "symbolic link 'etc/shadow' -> 'p/../shadow-real' steps out of 'etc/p', which is not a directory in the image",
    ],
  ])('refuses the %s tar: exit 3, nothing changed outside the tree', async (tar, reason) => {
    const result = await extract(tar);
    expect(result.exitCode, result.stdout + result.stderr).toBe(ROOTFS_EXIT.refused);
    expect(result.stdout).toContain(`stig-gate-rootfs: error: refused a tar entry: ${reason}`);
    expect(result.outside).toEqual([]);
    expect(result.entries).toEqual([]);
  });

  it.each(['cut-at-entry', 'cut-in-header'])(
    'a stream cut short (%s) is not scanned: exit 5, saying the end of the archive is missing',
    async (tar) => {
      const result = await extract(tar);
      expect(result.exitCode, result.stdout + result.stderr).toBe(ROOTFS_EXIT.unreadable);
      expect(result.stdout).toContain("ended without tar's end-of-archive blocks");
      expect(result.entries).toEqual([]);
    },
  );

  it('keeps a link that steps out of a real directory; devices and their other names are devices', async () => {
    const folded = await extract('inner-dots-real-dir');
    expect(folded.exitCode, folded.stdout + folded.stderr).toBe(0);
    expect(folded.entries.find((entry) => entry.path === '/usr/lib/link')).toMatchObject({ type: 'link' });
    const devices = await extract('device-hardlink');
    expect(devices.exitCode, devices.stdout + devices.stderr).toBe(0);
    expect(devices.stdout).toMatch(/device nodes \(never opened: nodev\): 3;/);
    const at = (path: string) => devices.entries.find((entry) => entry.path === path);
    expect(at('/dev/null2')).toMatchObject({ type: 'chr', rdev: [1, 3], mode: '0o666' });
    // A rule on /usr/lib's owners sees the device's owner, as the image has it.
    expect(at('/usr/lib/evil-dev')).toMatchObject({ type: 'chr', uid: 1000, gid: 1000 });
  });

  it('stops at the size limit with exit 4 and says so', async () => {
    const result = await extract('too-big', 1024 * 1024);
    expect(result.exitCode).toBe(ROOTFS_EXIT.tooBig);
    expect(result.stdout).toContain(
      "stig-gate-rootfs: error: the image's files are larger than the limit for the extracted tree, 1 MiB",
    );
  });

  it('counts what the tree takes in memory, not only file data: many empty files stop at the limit too', async () => {
    const result = await extract('many-empty', 1024 * 1024);
    expect(result.exitCode, result.stdout + result.stderr).toBe(ROOTFS_EXIT.tooBig);
    expect(result.stdout).toContain('larger than the limit for the extracted tree, 1 MiB');
  });

  it('a scan past the limit is an error naming rootfs-max-mb, and leaves nothing behind', async () => {
    const before = await allContainers();
    const error = await scanErrorOf(
      scanImage({
        image: env!.images.clean,
        scannerImage: scanner.image,
        outputDir: await outputDir('too-big'),
        pull: 'missing',
        // Extracting only what the content reads, the clean image's tree takes ~2.5 MiB: past 1 MiB.
        rootfsMaxMb: 1,
      }),
    );
    expect(error.step).toBe('run scanner');
    expect(error.detail).toMatch(
      /larger than the limit for the extracted tree, 1 MiB\. Raise the limit \(rootfs-max-mb/,
    );
    expect(await containerChanges(before, [error.scanId])).toEqual([]);
  });

  it('leaves no container behind', async () => {
    expect(await containerChanges(containersBefore, [])).toEqual([]);
  });
});

describe.skipIf(!env)('rootfs scans stopped early, with a real engine', () => {
  let release: (() => Promise<void>) | undefined;
  let hanging: string;
  beforeAll(async () => {
    release = await acquireEngineLock();
    hanging = await hangingDatastream(env!.datastream);
  });
  afterAll(async () => {
    await removeMadeDirs();
    await release?.();
  });

  it('an export that failed is an error even when the scanner finished: its stream was not the image', async () => {
    const real = execDockerRunner();
    // docker export reports a failure after its stream; the scanner, fed that stream, ends as usual.
    const failingExport: DockerRunner = async (args, options) => {
      const result = await real(args, options);
      return options?.stdinFrom && result.source
        ? {
            ...result,
            source: { exitCode: 1, stderr: 'Error response from daemon: export failed\n', stopped: false },
          }
        : result;
    };
    const error = await scanErrorOf(
      scanImage(
        {
          image: env!.images.clean,
          scannerImage: env!.images.scanner,
          outputDir: await outputDir('rootfs-export-failed'),
          pull: 'missing',
        },
        failingExport,
      ),
    );
    expect(error.step).toBe('run scanner');
    expect(error.detail).toContain(
      `docker export of ${env!.images.clean} failed, so its files were not scanned: Error response from daemon: export failed`,
    );
  });

  it('a timeout stops the scan and removes its containers (the tree goes with them)', async () => {
    const before = await allContainers();
    const error = await scanErrorOf(
      scanImage({
        image: env!.images.clean,
        scannerImage: env!.images.scanner,
        datastream: hanging,
        outputDir: await outputDir('rootfs-timeout'),
        pull: 'missing',
        timeoutSeconds: 12,
      }),
    );
    expect(error.step).toBe('run scanner');
    expect(error.detail).toContain('did not finish within its timeout of 12 s');
    expect(await containerChanges(before, [error.scanId])).toEqual([]);
  });

  it('an interrupt while docker export is still streaming stops both sides and removes everything', async () => {
    const before = await allContainers();
    const controller = new AbortController();
    const log = recordingLogger();
    const logger = {
      ...log,
      info: (message: string) => {
        log.info(message);
        // The export of the 1.1 GB image takes seconds: this lands in the middle of it.
        if (message.startsWith('run scanner: docker export')) setTimeout(() => controller.abort(), 300);
      },
    };
    const started = performance.now();
    const error = await scanErrorOf(
      scanImage(
        {
          image: env!.images.big,
          scannerImage: env!.images.scanner,
          outputDir: await outputDir('rootfs-interrupt'),
          pull: 'missing',
          signal: controller.signal,
        },
        undefined,
        logger,
      ),
    );
    expect(error.step).toBe('run scanner');
    expect(error.detail).toContain('interrupted');
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(await containerChanges(before, [error.scanId])).toEqual([]);
    // No docker export of this scan outlives it.
    const { stdout } = await run('ps', ['-eo', 'args']);
    expect(stdout.split('\n').filter((line) => line.includes(`stig-gate-${error.scanId!}`))).toEqual([]);
  });
});
