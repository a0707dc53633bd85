/**
 * The real Docker engine and local registries for the end-to-end tests (scripts/testenv/up.sh provides them).
 * The tests never skip silently: with no engine they fail saying how to get one, unless
 * STIG_GATE_SKIP_DOCKER_TESTS=1 says otherwise, which is logged loudly.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execDockerRunner } from '../../../src/scan/runner.js';

export interface TestEnv {
  registry: string;
  authRegistry: string;
  authUser: string;
  authPassword: string;
  images: {
    clean: string;
    remoteAccess: string;
    worldWritableLog: string;
    noshell: string;
    /** The clean root's files, USER 65532 and an ENTRYPOINT (like Chainguard's application images). */
    nonroot: string;
    /** A static binary, /etc/passwd and /etc/os-release only: no shell, no tail; USER 65532. */
    distroless: string;
    /** The clean root pushed under two refs: pulled by both, one local image with two tags. */
    multitag: string;
    multitagAlias: string;
    /** The clean root plus 1.1 GB in 100,064 files (benchmarks). */
    big: string;
    private: string;
    /** The default scanner: Debian trixie's OpenSCAP 1.4.x (image mode through docker export). */
    scanner: string;
    /** The older oscap-docker: Debian bookworm's OpenSCAP 1.3.7 (image mode runs bash in the image). */
    scannerBookworm: string;
    scannerNoOscapDocker: string;
    /** rootfs mode's target: the clean root plus a file under /usr/lib owned by uid 1000. */
    usrlibNonroot: string;
    /**
     * A Python-like /usr/lib (8,100 entries), a mode-0000 /etc/shadow and a 0700 directory of uid 65532.
     * Optional like docker28Host: the tests that use it say what is missing (other worktrees' up.sh may
     * have rewritten the env file without it).
     */
    pylib?: string;
  };
  /** The Docker 28.5 engine with the containerd image store (image mounts), beside the default one. */
  docker28Host?: string;
  /** The datastream the test scanners carry (STIG_GATE_DATASTREAM, ../shared/scap, or the checked download). */
  datastream: string;
}

const HOW_TO =
  'run scripts/testenv/up.sh (or npm test) to provide a Docker engine and the local registries, ' +
  'or set STIG_GATE_SKIP_DOCKER_TESTS=1 to skip the Docker tests (never in CI)';

/** Variables from the testenv's env file, where the caller's environment does not already have them. */
export async function testenvVariables(): Promise<Record<string, string>> {
  const vars: Record<string, string> = {};
  const file = join(process.env.STIG_GATE_STATE ?? '/run/stig-gate-testenv', 'env');
  const text = await readFile(file, 'utf8').catch(() => '');
  for (const match of text.matchAll(/^export ([A-Z0-9_]+)=(.*)$/gm))
    vars[match[1]!] = match[2]!.replace(/^'(.*)'$/, '$1');
  for (const [key, value] of Object.entries(process.env))
    if (key.startsWith('STIG_GATE_TEST_') && value) vars[key] = value;
  return vars;
}

async function registryAnswers(host: string, expected: number[]): Promise<string | undefined> {
  try {
    const response = await fetch(`http://${host}/v2/`, { signal: AbortSignal.timeout(5000) });
    return expected.includes(response.status) ? undefined : `registry ${host} answered ${response.status}`;
  } catch (error) {
    return `registry ${host} unreachable (${(error as Error).message})`;
  }
}

/**
 * The test environment, checked: the engine answers and both registries do. Throws with {@link HOW_TO} when
 * not; returns undefined (after a loud warning) only when STIG_GATE_SKIP_DOCKER_TESTS=1.
 */
export async function requireEngine(): Promise<TestEnv | undefined> {
  if (process.env.STIG_GATE_SKIP_DOCKER_TESTS === '1') {
    const line = '!'.repeat(100);
    console.warn(
      `${line}\n!!! STIG_GATE_SKIP_DOCKER_TESTS=1: the Docker end-to-end tests are SKIPPED.\n${line}`,
    );
    return undefined;
  }
  const vars = await testenvVariables();
  const need = (name: string) => {
    const value = vars[name];
    if (!value) throw new Error(`${name} is not set and no testenv env file was found: ${HOW_TO}`);
    return value;
  };
  const version = await execDockerRunner()(['version', '--format', '{{.Server.Version}}']);
  if (version.exitCode !== 0) {
    throw new Error(`no Docker engine answers (${version.stderr.trim()}): ${HOW_TO}`);
  }
  const env: TestEnv = {
    registry: need('STIG_GATE_TEST_REGISTRY'),
    authRegistry: need('STIG_GATE_TEST_AUTH_REGISTRY'),
    authUser: need('STIG_GATE_TEST_AUTH_USER'),
    authPassword: (await readFile(need('STIG_GATE_TEST_AUTH_PASSWORD_FILE'), 'utf8')).replace(/\r?\n$/, ''),
    images: {
      clean: need('STIG_GATE_TEST_IMAGE_CLEAN'),
      remoteAccess: need('STIG_GATE_TEST_IMAGE_REMOTE_ACCESS'),
      worldWritableLog: need('STIG_GATE_TEST_IMAGE_WORLD_WRITABLE_LOG'),
      noshell: need('STIG_GATE_TEST_IMAGE_NOSHELL'),
      nonroot: need('STIG_GATE_TEST_IMAGE_NONROOT'),
      distroless: need('STIG_GATE_TEST_IMAGE_DISTROLESS'),
      multitag: need('STIG_GATE_TEST_IMAGE_MULTITAG'),
      multitagAlias: need('STIG_GATE_TEST_IMAGE_MULTITAG_ALIAS'),
      big: need('STIG_GATE_TEST_IMAGE_BIG'),
      private: need('STIG_GATE_TEST_IMAGE_PRIVATE'),
      scanner: need('STIG_GATE_TEST_IMAGE_SCANNER'),
      scannerBookworm: need('STIG_GATE_TEST_IMAGE_SCANNER_BOOKWORM'),
      scannerNoOscapDocker: need('STIG_GATE_TEST_IMAGE_SCANNER_NO_OSCAP_DOCKER'),
      usrlibNonroot: need('STIG_GATE_TEST_IMAGE_USRLIB_NONROOT'),
      ...(vars.STIG_GATE_TEST_IMAGE_PYLIB && { pylib: vars.STIG_GATE_TEST_IMAGE_PYLIB }),
    },
    datastream: need('STIG_GATE_TEST_DATASTREAM'),
    ...(vars.STIG_GATE_TEST_DOCKER28_HOST && { docker28Host: vars.STIG_GATE_TEST_DOCKER28_HOST }),
  };
  const problem =
    (await registryAnswers(env.registry, [200])) ?? (await registryAnswers(env.authRegistry, [401]));
  if (problem) throw new Error(`${problem}: ${HOW_TO}`);
  return env;
}

/** One of the two scanner look-alikes every end-to-end scan test runs against. */
export interface TestScanner {
  /** For test names: `trixie (OpenSCAP 1.4)` or `bookworm (OpenSCAP 1.3.7)`. */
  name: string;
  image: string;
  /** What oscap in it reports as its version. */
  oscapVersion: RegExp;
  /**
   * oscap-docker 1.3.8 or later: image mode reads a `docker export` copy (no shell needed in the image, any
   * USER and ENTRYPOINT); 1.3.7's starts `bash` in the image.
   */
  exportsImages: boolean;
}

/**
 * The default scanner (trixie's OpenSCAP 1.4.x, like the real image's 1.4.4) and the older oscap-docker
 * (bookworm's 1.3.7). Placeholders when the engine tests are skipped, so `describe.each` still has rows.
 */
export function testScanners(env: TestEnv | undefined): TestScanner[] {
  return [
    {
      name: 'trixie (OpenSCAP 1.4)',
      image: env?.images.scanner ?? 'skipped',
      oscapVersion: /^1\.4\.\d+$/,
      exportsImages: true,
    },
    {
      name: 'bookworm (OpenSCAP 1.3.7)',
      image: env?.images.scannerBookworm ?? 'skipped',
      oscapVersion: /^1\.3\.7$/,
      exportsImages: false,
    },
  ];
}

/** One line of `docker ps -a`: id, name, image and the stig-gate.scan label ('' when none). */
export interface ContainerRow {
  id: string;
  name: string;
  image: string;
  scan: string;
}

/** Every container in the engine, running or not: `docker ps -a`, sorted by id. */
export async function allContainers(): Promise<ContainerRow[]> {
  const format = '{{.ID}}\t{{.Names}}\t{{.Image}}\t{{.Label "stig-gate.scan"}}';
  const result = await execDockerRunner()(['ps', '--all', '--no-trunc', '--format', format]);
  if (result.exitCode !== 0) throw new Error(`docker ps -a failed: ${result.stderr}`);
  return result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [id = '', name = '', image = '', scan = ''] = line.split('\t');
      return { id, name, image, scan };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * `docker ps -a` now, compared with `before`: the containers that appeared or vanished of this run's own scans
 * only, those labelled with a scan id in `ours` or named after one (`stig-gate-<id>-…`). Every container a
 * scan creates carries its label (oscap-docker's `tmp_oscap_…` ones inherit it from the labelled image), so
 * that is all of them; anything else on the shared engine (another test file's scans, builds, someone's
 * debugging) comes and goes on its own and is not compared. Empty means this run left nothing behind.
 */
export async function containerChanges(
  before: ContainerRow[],
  ours: (string | undefined)[],
): Promise<string[]> {
  const after = await allContainers();
  const ids = ours.filter((id): id is string => id !== undefined && id !== '');
  const foreign = (row: ContainerRow) =>
    !(ids.includes(row.scan) || ids.some((id) => row.name.includes(`stig-gate-${id}-`)));
  const idsOf = (rows: ContainerRow[]) => new Set(rows.map((row) => row.id));
  const [beforeIds, afterIds] = [idsOf(before), idsOf(after)];
  return [
    ...after
      .filter((row) => !beforeIds.has(row.id) && !foreign(row))
      .map((row) => `appeared: ${row.name} (${row.id})`),
    ...before
      .filter((row) => !afterIds.has(row.id) && !foreign(row))
      .map((row) => `vanished: ${row.name} (${row.id})`),
  ];
}

/** One image reference in the engine: `repository:tag` (or `<none>:<none>`) and the image id. */
export interface ImageRow {
  id: string;
  ref: string;
}

/** Every image in the engine with each of its tags, sorted (`docker image ls`). */
export async function allImages(): Promise<ImageRow[]> {
  const result = await execDockerRunner()([
    'image',
    'ls',
    '--all',
    '--no-trunc',
    '--format',
    '{{.ID}}\t{{.Repository}}:{{.Tag}}',
  ]);
  if (result.exitCode !== 0) throw new Error(`docker image ls failed: ${result.stderr}`);
  return result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [id = '', ref = ''] = line.split('\t');
      return { id, ref };
    })
    .sort((a, b) => (a.ref + a.id < b.ref + b.id ? -1 : 1));
}

/**
 * The image list now, compared with `before`, as far as this test environment owns it: tags in its two
 * registries and labelled copies of these scans (`stig-gate-scan-<id>:target`). Other environments on the
 * same engine build and remove their own images at any time, so those are left out. Empty means as it was.
 */
export async function imageChanges(
  env: TestEnv,
  before: ImageRow[],
  ours: (string | undefined)[],
): Promise<string[]> {
  const owned = (row: ImageRow) =>
    row.ref.startsWith(`${env.registry}/`) ||
    row.ref.startsWith(`${env.authRegistry}/`) ||
    ours.some((id) => id !== undefined && row.ref.startsWith(`stig-gate-scan-${id}:`));
  const key = (row: ImageRow) => `${row.ref} (${row.id})`;
  const after = await allImages();
  const [beforeKeys, afterKeys] = [before, after].map((rows) => new Set(rows.filter(owned).map(key)));
  return [
    ...[...afterKeys!].filter((k) => !beforeKeys!.has(k)).map((k) => `appeared: ${k}`),
    ...[...beforeKeys!].filter((k) => !afterKeys!.has(k)).map((k) => `vanished: ${k}`),
  ];
}

/** Images that these scans labelled (image mode's labelled copy); none may outlive its scan. */
export async function labelledImages(scanIds: (string | undefined)[]): Promise<string[]> {
  const found: string[] = [];
  for (const id of scanIds) {
    if (id === undefined) continue;
    const result = await execDockerRunner()([
      'image',
      'ls',
      '--quiet',
      '--filter',
      `label=stig-gate.scan=${id}`,
    ]);
    found.push(...result.stdout.split('\n').filter(Boolean));
  }
  return found;
}

const LOCK = join(tmpdir(), 'stig-gate-docker-e2e.lock');
/** engine28.sh's socket. */
const DOCKER28_SOCKET = '/run/stig-gate-engine28/docker.sock';
/** The Docker 28 engine's own lock: only the speed tests use that engine, and they need not wait for the default one. */
export const DOCKER28_LOCK = join(tmpdir(), 'stig-gate-docker28-e2e.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * One test file at a time uses the engine: the fault tests compare `docker ps -a` before and after, which
 * another file's scan running at the same moment would upset. A lock left by a dead process is taken over.
 */
export async function acquireEngineLock(timeoutMs = 15 * 60_000, lock = LOCK): Promise<() => Promise<void>> {
  const LOCK = lock;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mkdir(LOCK);
      await writeFile(join(LOCK, 'pid'), String(process.pid));
      return () => rm(LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(join(LOCK, 'pid'), 'utf8').catch(() => 'NaN'));
      const age =
        Date.now() -
        (await stat(LOCK).then(
          (s) => s.mtimeMs,
          () => Date.now(),
        ));
      if ((Number.isInteger(owner) && !alive(owner)) || (!Number.isInteger(owner) && age > 10_000)) {
        await rm(LOCK, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`the Docker e2e lock ${LOCK} is held by pid ${owner}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** The speed tests' additions to the environment (scripts/testenv: engine28.sh, target:pylib), or an error naming them. */
export function requireSpeedEnv(env: TestEnv): { docker28Host: string; pylib: string } {
  // Another checkout's up.sh may rewrite the env file without them mid-run: engine28.sh's fixed socket
  // and the registry's pylib tag are where this checkout's up.sh puts them.
  if (!env.docker28Host && existsSync(DOCKER28_SOCKET)) env.docker28Host = `unix://${DOCKER28_SOCKET}`;
  env.images.pylib ??= `${env.registry}/stig-gate/target:pylib`;
  const missing = [
    ...(env.docker28Host ? [] : ['STIG_GATE_TEST_DOCKER28_HOST']),
    ...(env.images.pylib ? [] : ['STIG_GATE_TEST_IMAGE_PYLIB']),
  ];
  if (missing.length > 0)
    throw new Error(
      `${missing.join(' and ')} not set: run this checkout's scripts/testenv/up.sh (it starts the Docker 28 ` +
        "engine and builds target:pylib; another checkout's up.sh may have rewritten the env file)",
    );
  return { docker28Host: env.docker28Host!, pylib: env.images.pylib! };
}

/** ssg-debian12.sh's data stream, where up.sh puts it (another checkout's env file may not name it). */
const SSG_DEBIAN12_DATASTREAM =
  '/var/cache/stig-gate/ssg-debian12/root/usr/share/xml/scap/ssg/content/ssg-debian12-ds.xml';

/**
 * SSG's Debian 12 data stream from Debian unstable's ssg-debian (scripts/testenv/ssg-debian12.sh): the SSG
 * content whose platform is the targets' (bookworm's own ssg-debian has Debian 10 and 11 only), or an error
 * naming what to run.
 */
export async function requireSsgDebian12(): Promise<string> {
  const vars = await testenvVariables();
  const file = vars.STIG_GATE_TEST_SSG_DEBIAN12_DATASTREAM ?? SSG_DEBIAN12_DATASTREAM;
  if (!existsSync(file))
    throw new Error(
      `the SSG Debian 12 data stream ${file} is missing: run this checkout's scripts/testenv/up.sh ` +
        '(ssg-debian12.sh fetches it from Debian unstable; STIG_GATE_SSG_DEBIAN12=0 skipped it)',
    );
  return file;
}
