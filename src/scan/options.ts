/**
 * What a scan is asked to do, its defaults, and the checks that turn user input into a plan the adapter can
 * run. Checking happens here, before Docker is touched, so a typo costs no pull.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
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
  /** The image to scan, e.g. `ghcr.io/acme/app:1.2`. */
  image: string;
  scannerImage?: string;
  mode?: ScanMode;
  /** rootfs mode: the most file data the extracted tree may hold, in MiB (default {@link DEFAULT_ROOTFS_MAX_MB}). */
  rootfsMaxMb?: number;
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
  image: string;
  scannerImage: string;
  /** The mode the scan runs in (`auto` resolved). */
  mode: ResolvedScanMode;
  /** The mode asked for, as given (`auto` by default). */
  requestedMode: ScanMode;
  /** rootfs mode: the limit for the extracted tree's file data, in bytes. */
  rootfsMaxBytes: number;
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
  const rootfsMaxMb = options.rootfsMaxMb ?? DEFAULT_ROOTFS_MAX_MB;
  if (!Number.isInteger(rootfsMaxMb) || rootfsMaxMb <= 0) {
    throw new ConfigurationError(
      `rootfs max size must be a positive whole number of MiB; got ${String(options.rootfsMaxMb)}`,
    );
  }
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
    image: checkImageReference('image', options.image),
    scannerImage: checkImageReference('scanner image', options.scannerImage ?? DEFAULT_SCANNER_IMAGE),
    mode: resolveScanMode(requestedMode),
    requestedMode,
    rootfsMaxBytes: rootfsMaxMb * 1024 * 1024,
    profile,
    timeoutMs: Math.round(timeoutSeconds * 1000),
    outputDir: resolve(options.outputDir),
    dockerHost: `unix://${socketPath}`,
    socketPath,
    pull,
  };
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
  return plan;
}
