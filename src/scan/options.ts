/**
 * What a scan is asked to do, its defaults, and the checks that turn user input into a plan the adapter can
 * run. Checking happens here, before Docker is touched, so a typo costs no pull.
 */
import { stat } from 'node:fs/promises';
import { totalmem } from 'node:os';
import { basename, isAbsolute, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { ScanResults } from '../results/model.js';

/** Chainguard's scanner image, as in its STIG documentation. */
export const DEFAULT_SCANNER_IMAGE = 'cgr.dev/chainguard/openscap:latest-dev';
/** The one profile of Chainguard's GPOS STIG data stream. */
export const DEFAULT_PROFILE = 'xccdf_basic_profile_.check';
/** Where the scanner image ships the data stream. */
export const SCANNER_DATASTREAM = '/usr/share/xml/scap/ssg/content/ssg-chainguard-gpos-ds.xml';
/** Generous: a scan of a large image takes minutes, a hung one forever. */
export const DEFAULT_TIMEOUT_SECONDS = 1800;

/**
 * The longest scan timeout: five days, the longest a GitHub Actions job may run (on a self-hosted runner).
 * Past about 24.8 days Node's timers overflow and fire at once, which would read as an engine that hangs.
 */
export const MAX_TIMEOUT_SECONDS = 5 * 24 * 3600;

export const SCAN_MODES = ['auto', 'mount', 'rootfs', 'container', 'image'] as const;
/**
 * `mount`: the image mounted read-only into the scanner by the engine (Docker Engine 28 and later with the
 * containerd image store) and scanned in place, with no engine socket and one capability (see mount.ts);
 * `rootfs`: the target's files, read with `docker export` from a container never started, extracted inside
 * a scanner with no engine socket, no host PID namespace and no network, and scanned there (see rootfs.ts);
 * `container`: start the target and scan the running container with `oscap-docker container` (Chainguard's
 * documented recipe); `image`: `oscap-docker image`; `auto` (the default): `mount` where the engine has image mounts,
 * else `rootfs` (see resolveAutoMode); both need nothing from the image (no shell, no `tail`) and never run it.
 */
export type ScanMode = (typeof SCAN_MODES)[number];
/** The mode a scan really runs in: `auto` resolved. */
export type ResolvedScanMode = Exclude<ScanMode, 'auto'>;

/** What `auto` means on an engine without image mounts (the scan asks the engine: see resolveAutoMode). */
export const AUTO_MODE: ResolvedScanMode = 'rootfs';

/** The mode a scan asked for `mode` runs in, before the engine is asked (`auto` → {@link AUTO_MODE}). */
export function resolveScanMode(mode: ScanMode): ResolvedScanMode {
  return mode === 'auto' ? AUTO_MODE : mode;
}

/**
 * rootfs mode's limit for the extracted tree, in MiB of memory (file data in pages, 1 KiB a file). The tree is a tmpfs in the scanner, so
 * it takes memory: 8 GiB is above nearly every real image's size and below a standard hosted runner's RAM.
 */
export const DEFAULT_ROOTFS_MAX_MB = 8192;

/**
 * The scanner's memory limit by default: three quarters of the machine's memory (12 GiB on a 16 GB hosted
 * runner, 5.25 on a 7 GB one), at least 2 GiB. rootfs mode's tree is a tmpfs in the scanner, so its pages
 * count too: the runner's own processes keep a quarter whatever the image holds.
 */
export function defaultScannerMemoryMb(machineBytes = totalmem()): number {
  return Math.max(2048, Math.floor((machineBytes * 0.75) / (1024 * 1024)));
}

/** oscap runs its probes as threads and a few processes: dozens at most. A fork bomb stops here. */
export const DEFAULT_SCANNER_PIDS_LIMIT = 1024;

/** Half of docker's default weight (1024): under contention the runner's own work gets two thirds of the CPU. */
export const DEFAULT_SCANNER_CPU_SHARES = 512;

/** The scanner container's resource limits (docker's --memory, --pids-limit, --cpu-shares). */
export interface ScannerLimits {
  memoryMb: number;
  pids: number;
  cpuShares: number;
}

export const PULL_POLICIES = ['always', 'missing', 'never'] as const;
/** When to pull: `always` (default), `missing` (only when not already local, e.g. an image built in the job), `never`. */
export type PullPolicy = (typeof PULL_POLICIES)[number];

/** Credentials for one registry. The password is only ever given to `docker login` on standard input. */
export interface RegistryCredentials {
  /** Host (and port) as in image references, e.g. `ghcr.io` or `127.0.0.1:5001`. */
  server: string;
  username: string;
  password: string;
}

/** One scan, as the action and the CLI describe it. Paths are host paths; relative ones are taken from the cwd. */
export interface ScanOptions {
  /** The image to scan, e.g. `ghcr.io/acme/app:1.2`; or, with {@link disk}, unset (the disk names itself). */
  image?: string;
  /**
   * A VM disk image file (qcow2, raw, vmdk, …) to scan instead of an image: its operating system's files
   * are read with libguestfs and scanned in rootfs mode (see disk.ts). It is named by its file name.
   */
  disk?: string;
  scannerImage?: string;
  mode?: ScanMode;
  /** rootfs mode: the most file data the extracted tree may hold, in MiB (default {@link DEFAULT_ROOTFS_MAX_MB}). */
  rootfsMaxMb?: number;
  /** The scanner's memory limit in MiB (default {@link defaultScannerMemoryMb}). */
  scannerMemoryMb?: number;
  /** The scanner's limit of processes and threads (default {@link DEFAULT_SCANNER_PIDS_LIMIT}). */
  scannerPidsLimit?: number;
  /** The scanner's CPU weight, 2–262144 (default {@link DEFAULT_SCANNER_CPU_SHARES}; docker's default is 1024). */
  scannerCpuShares?: number;
  /**
   * rootfs mode: extract every file of the image, not only what the data stream's checks can read (the
   * default, see content/reach.ts). The same results, with more memory and time.
   */
  rootfsExtractAll?: boolean;
  profile?: string;
  /** A data stream file from the workspace, mounted read-only; default: the one inside the scanner image. */
  datastream?: string;
  /** An XCCDF tailoring file, mounted read-only and passed as `--tailoring-file`. */
  tailoringFile?: string;
  /** Limit for the evaluation (starting the target and running the scanner); pulls are not counted. */
  timeoutSeconds?: number;
  /** Where results.xml, results-arf.xml, report.html and scan.log are written. Created when missing. */
  outputDir: string;
  registry?: RegistryCredentials;
  /** The engine, as `unix:///path`; default `DOCKER_HOST`, else `/var/run/docker.sock`. */
  dockerHost?: string;
  pull?: PullPolicy;
  /** The scanner image is in the engine already (pulled once for a set of scans): it is not pulled again. */
  scannerReady?: boolean;
  /**
   * Keep oscap's results-arf.xml, results.xml and report.html as oscap wrote them, with what it read from
   * the image unredacted (password hashes, secret values). Default: redacted (see redact-outputs.ts).
   */
  unredactedReports?: boolean;
  /** Aborting stops the scan and removes everything it created, as a timeout does. */
  signal?: AbortSignal;
  /**
   * Called once with the complete results, while the scan's containers are still being removed, so that a
   * caller can start gating early; `recorded` is what the images were (for the report's scanner facts). The
   * scan itself still resolves only after the removal.
   */
  onResults?: (
    results: ScanResults,
    recorded: { targetDigest: string; scannerDigest: string; mode: ResolvedScanMode },
  ) => void;
  /**
   * Called once, when the scanner's first output arrives: oscap is evaluating and the scan waits for it, so
   * a caller can do its own reading then (the CLI reads the baseline).
   */
  whileScanning?: () => void;
}

/** {@link ScanOptions} checked, with defaults applied and paths made absolute. */
export interface ScanPlan {
  /** The image reference; for a disk, its file name. */
  image: string;
  /** A disk's absolute path, when the target is a disk (then mode is rootfs). */
  disk?: string;
  scannerImage: string;
  /** The mode the scan runs in (`auto` resolved). */
  mode: ResolvedScanMode;
  /** The mode asked for, as given (`auto` by default). */
  requestedMode: ScanMode;
  /** rootfs mode: the limit for the extracted tree's file data, in bytes. */
  rootfsMaxBytes: number;
  /** The scanner's resource limits. */
  limits: ScannerLimits;
  /** rootfs mode: every file is extracted (see {@link ScanOptions.rootfsExtractAll}). */
  rootfsExtractAll?: boolean;
  profile: string;
  datastream?: string;
  tailoringFile?: string;
  timeoutMs: number;
  outputDir: string;
  registry?: RegistryCredentials;
  /** `unix:///…`, given to every docker command as DOCKER_HOST. */
  dockerHost: string;
  /** The engine's socket on the host, mounted into the scanner so that oscap-docker can reach the engine. */
  socketPath: string;
  pull: PullPolicy;
  scannerReady?: boolean;
  /** oscap's own files are kept unredacted (see {@link ScanOptions.unredactedReports}). */
  unredactedReports?: boolean;
  signal?: AbortSignal;
}

/**
 * The socket behind a `DOCKER_HOST` value. oscap-docker talks to the engine through a mounted socket, so only
 * `unix://` (or a bare absolute path) can work; anything else is a {@link ConfigurationError} naming `source`.
 */
export function socketPathOf(dockerHost: string | undefined, source = 'DOCKER_HOST'): string {
  if (dockerHost === undefined || dockerHost === '') return '/var/run/docker.sock';
  const path = dockerHost.startsWith('unix://') ? dockerHost.slice('unix://'.length) : dockerHost;
  if (!isAbsolute(path)) {
    throw new ConfigurationError(
      `${source} is '${dockerHost}', but the scanner reaches the engine through a mounted socket, so it must be ` +
        `unix:///path/to/docker.sock (a tcp:// or ssh:// engine cannot be scanned through)`,
    );
  }
  return path;
}

/**
 * Image references go to docker as single arguments, never through a shell; this rejects what docker would
 * misread as an option or what cannot be a reference at all, naming the input.
 */
export function checkImageReference(input: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed === '')
    throw new ConfigurationError(`${input} is empty; expected an image reference such as alpine:3.20`);
  if (trimmed.startsWith('-') || /\s/.test(trimmed)) {
    throw new ConfigurationError(
      `${input} '${value}' is not an image reference (expected e.g. ghcr.io/acme/app:1.2)`,
    );
  }
  return trimmed;
}

/** Registry server names as docker compares them: no scheme, no trailing slash, Docker Hub under one name. */
export function normaliseRegistry(server: string): string {
  const bare = server
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return bare === 'index.docker.io' || bare === 'registry-1.docker.io' ? 'docker.io' : bare;
}

/** The registry an image reference is pulled from, as docker decides it (`docker.io` when none is named). */
export function registryOf(reference: string): string {
  const slash = reference.indexOf('/');
  if (slash < 0) return 'docker.io';
  const first = reference.slice(0, slash);
  const isHost = first.includes('.') || first.includes(':') || first === 'localhost';
  return isHost ? normaliseRegistry(first) : 'docker.io';
}

/** `value` (else `fallback`) as a whole number from `min` to `max`, or a ConfigurationError naming `what`. */
function wholeNumberIn(
  what: string,
  value: number | undefined,
  fallback: number,
  min: number,
  max = 2 ** 31,
): number {
  const number = value ?? fallback;
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new ConfigurationError(
      `${what} must be a whole number from ${min} to ${max}; got ${String(value)}`,
    );
  }
  return number;
}

async function checkInputFile(input: string, path: string): Promise<string> {
  const absolute = resolve(path);
  let isFile: boolean;
  try {
    isFile = (await stat(absolute)).isFile();
  } catch {
    throw new ConfigurationError(`${input} '${path}' does not exist (expected a file in the workspace)`);
  }
  if (!isFile) throw new ConfigurationError(`${input} '${path}' is not a regular file`);
  return absolute;
}

/**
 * The disk a target names, when it names one: a path beginning with `/`, `./` or `../` (which no image
 * reference can), as a disk is named in image lists and sets; undefined for an image reference.
 */
export function diskPathOf(target: string): string | undefined {
  const trimmed = target.trim();
  return /^(\/|\.\.?\/)/.test(trimmed) ? trimmed : undefined;
}

/** The target text for the disk file at `path`: the path, made to begin with `./` when relative. */
export function diskTarget(path: string): string {
  const trimmed = path.trim();
  if (trimmed === '') throw new ConfigurationError('disk is empty; expected the path of a disk image file');
  return diskPathOf(trimmed) ?? `./${trimmed}`;
}

/** How reports name a target: a disk by its file name, an image by its reference. */
export function targetName(target: string): string {
  const disk = diskPathOf(target);
  return disk === undefined ? target : basename(disk);
}

/** Checks `options` and applies the defaults; every problem is a {@link ConfigurationError} naming the input. */
export async function planScan(
  options: ScanOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ScanPlan> {
  const timeoutSeconds = options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
    throw new ConfigurationError(
      `timeout must be a positive number of seconds up to ${MAX_TIMEOUT_SECONDS} (5 days); got ${String(options.timeoutSeconds)}`,
    );
  }
  const requestedMode = options.mode ?? 'auto';
  if (!(SCAN_MODES as readonly string[]).includes(requestedMode)) {
    throw new ConfigurationError(
      `mode must be one of ${SCAN_MODES.join(', ')}; got '${String(requestedMode)}'`,
    );
  }
  if ((options.image === undefined) === (options.disk === undefined)) {
    throw new ConfigurationError('a scan needs either an image or a disk, not both or neither');
  }
  // A target given by its path is a disk (no image reference starts with / or .): see diskPathOf.
  const diskPath = options.disk ?? diskPathOf(options.image ?? '');
  // A disk has no container to start or oscap-docker image to give: its files are streamed (rootfs mode).
  if (diskPath !== undefined && resolveScanMode(requestedMode) !== 'rootfs') {
    throw new ConfigurationError(
      `the disk ${basename(diskPath)} is scanned in rootfs mode only (its files streamed to the scanner); got mode '${requestedMode}'`,
    );
  }
  const disk = diskPath === undefined ? undefined : await checkInputFile('disk', diskPath);
  const rootfsMaxMb = options.rootfsMaxMb ?? DEFAULT_ROOTFS_MAX_MB;
  if (!Number.isInteger(rootfsMaxMb) || rootfsMaxMb <= 0) {
    throw new ConfigurationError(
      `rootfs max size must be a positive whole number of MiB; got ${String(options.rootfsMaxMb)}`,
    );
  }
  const limits: ScannerLimits = {
    memoryMb: wholeNumberIn(
      'scanner memory limit (MiB)',
      options.scannerMemoryMb,
      defaultScannerMemoryMb(),
      64,
    ),
    pids: wholeNumberIn('scanner pids limit', options.scannerPidsLimit, DEFAULT_SCANNER_PIDS_LIMIT, 16),
    cpuShares: wholeNumberIn(
      'scanner CPU shares',
      options.scannerCpuShares,
      DEFAULT_SCANNER_CPU_SHARES,
      2,
      262144,
    ),
  };
  const pull = options.pull ?? 'always';
  if (!(PULL_POLICIES as readonly string[]).includes(pull)) {
    throw new ConfigurationError(`pull must be one of ${PULL_POLICIES.join(', ')}; got '${String(pull)}'`);
  }
  const profile = (options.profile ?? DEFAULT_PROFILE).trim();
  if (profile === '' || profile.startsWith('-')) {
    throw new ConfigurationError(`profile '${profile}' is not an XCCDF profile id (e.g. ${DEFAULT_PROFILE})`);
  }
  if (options.outputDir.trim() === '')
    throw new ConfigurationError('output directory is empty; expected a path');
  const explicitHost = options.dockerHost !== undefined;
  const socketPath = socketPathOf(
    explicitHost ? options.dockerHost : env.DOCKER_HOST,
    explicitHost ? 'docker host' : 'DOCKER_HOST',
  );
  const plan: ScanPlan = {
    image: disk === undefined ? checkImageReference('image', options.image ?? '') : basename(disk),
    scannerImage: checkImageReference('scanner image', options.scannerImage ?? DEFAULT_SCANNER_IMAGE),
    mode: resolveScanMode(requestedMode),
    requestedMode,
    rootfsMaxBytes: rootfsMaxMb * 1024 * 1024,
    limits,
    profile,
    timeoutMs: Math.round(timeoutSeconds * 1000),
    outputDir: resolve(options.outputDir),
    dockerHost: `unix://${socketPath}`,
    socketPath,
    pull,
  };
  if (disk !== undefined) plan.disk = disk;
  if (options.datastream !== undefined)
    plan.datastream = await checkInputFile('datastream', options.datastream);
  if (options.tailoringFile !== undefined) {
    plan.tailoringFile = await checkInputFile('tailoring file', options.tailoringFile);
  }
  if (options.registry !== undefined) {
    const { server, username, password } = options.registry;
    if (normaliseRegistry(server) === '')
      throw new ConfigurationError('registry server is empty; expected e.g. ghcr.io');
    if (username.trim() === '') throw new ConfigurationError(`registry username for ${server} is empty`);
    if (password === '') throw new ConfigurationError(`registry password for ${server} is empty`);
    plan.registry = { server: normaliseRegistry(server), username: username.trim(), password };
  }
  if (options.signal !== undefined) plan.signal = options.signal;
  if (options.scannerReady === true) plan.scannerReady = true;
  if (options.rootfsExtractAll === true) plan.rootfsExtractAll = true;
  if (options.unredactedReports === true) plan.unredactedReports = true;
  return plan;
}
