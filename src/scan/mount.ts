/**
 * mount mode: the target image mounted read-only into the scanner by the engine itself (`--mount
 * type=image`, Docker Engine 28 and later with the containerd image store) and scanned in place with
 * `oscap xccdf eval` and OSCAP_PROBE_ROOT. No export, no copy, no tmpfs for the tree: the scan costs what
 * oscap costs. Pure functions, like commands.ts: every argument is tested without an engine.
 */
import {
  bindMount,
  IN_SCANNER,
  inputMounts,
  scannerEnvArgs,
  scannerLimitArgs,
  type ScanNames,
} from './commands.js';
import { parseImageInfo, type ImageInfo } from './images.js';
import type { ScanPlan } from './options.js';
import { OS_RELEASE_PY } from './os-release-py.js';
import { rootfsOscapArgs, SCANNER_TMP_TMPFS } from './rootfs.js';
import { ROOTFS_LINE_PREFIX } from './rootfs-script.js';

/** Where the image is mounted inside the scanner. */
export const MOUNTED_TREE = '/stig-gate/tree';

/**
 * The one capability the mount-mode scanner keeps (everything else is dropped). Reading is all it does,
 * but as root without it oscap cannot open a file whose mode denies its owner (`/etc/shadow` is 0000 on
 * RHEL and Fedora) nor list a directory another user keeps private (an application's 0700 cache owned by
 * 65532): measured on target:pylib, the GPOS profile then gives 31 `error` results instead of 81 passes.
 * CAP_DAC_READ_SEARCH bypasses read and search checks only, never write: DAC_OVERRIDE is not needed.
 */
export const MOUNT_CAPABILITY = 'DAC_READ_SEARCH';

/** The first Docker Engine release with `--mount type=image`. */
export const IMAGE_MOUNT_MIN_ENGINE = 28;

/** What the engine says about itself, for {@link imageMountSupport}: version and storage driver status. */
export function engineInfoArgs(): string[] {
  return ['info', '--format', '{"version":{{json .ServerVersion}},"driverStatus":{{json .DriverStatus}}}'];
}

/** Whether the engine can mount images, and why (for the log). */
export interface ImageMountSupport {
  supported: boolean;
  reason: string;
}

/**
 * Parses {@link engineInfoArgs}' output: image mounts need Engine 28 or later and the containerd image store
 * (`driver-type io.containerd.snapshotter.v1` in the storage driver's status; the classic graph drivers
 * have no image mounts). Anything unreadable is "not supported", with the reason.
 */
export function imageMountSupport(stdout: string): ImageMountSupport {
  let parsed: { version?: unknown; driverStatus?: unknown };
  try {
    parsed = JSON.parse(stdout.trim()) as typeof parsed;
  } catch {
    return {
      supported: false,
      reason: `docker info gave no engine description: ${stdout.trim().slice(0, 200)}`,
    };
  }
  const version = typeof parsed.version === 'string' ? parsed.version : 'unknown';
  const major = Number(/^(\d+)\./.exec(version)?.[1]);
  const status = Array.isArray(parsed.driverStatus) ? parsed.driverStatus : [];
  const containerdStore = status.some(
    (pair) =>
      Array.isArray(pair) &&
      pair[0] === 'driver-type' &&
      String(pair[1]).startsWith('io.containerd.snapshotter'),
  );
  if (!(major >= IMAGE_MOUNT_MIN_ENGINE)) {
    return {
      supported: false,
      reason: `Docker Engine ${version} has no image mounts (they need Engine ${IMAGE_MOUNT_MIN_ENGINE} or later with the containerd image store)`,
    };
  }
  if (!containerdStore) {
    return {
      supported: false,
      reason: `Docker Engine ${version} does not use the containerd image store, which image mounts need (enable it with "features": {"containerd-snapshotter": true} in daemon.json)`,
    };
  }
  return {
    supported: true,
    reason: `Docker Engine ${version} with the containerd image store mounts images`,
  };
}

/** The target image's id, tags, digests and environment in one line (see parseMountTarget). */
export function inspectMountTargetArgs(image: string): string[] {
  const format =
    '{"id":{{json .Id}},"repoTags":{{json .RepoTags}},"repoDigests":{{json .RepoDigests}},"env":{{json .Config.Env}}}';
  return ['image', 'inspect', '--format', format, image];
}

/** The image to mount: what it is (recorded as the target) and its `Env` lines (for OSCAP_CONTAINER_VARS). */
export interface MountTarget {
  info: ImageInfo;
  env: string[];
}

export function parseMountTarget(stdout: string): MountTarget {
  const info = parseImageInfo(stdout);
  const { env } = JSON.parse(stdout.trim()) as { env?: unknown };
  if (env !== null && env !== undefined && !(Array.isArray(env) && env.every((e) => typeof e === 'string')))
    throw new Error(`docker image inspect gave no environment list: ${stdout.trim()}`);
  return { info, env: (env ?? []) as string[] };
}

/** One `--mount` value for the image, read-only. An image id (`sha256:…`) needs no CSV quoting. */
export function imageMount(imageId: string): string {
  return ['type=image', `source=${imageId}`, `target=${MOUNTED_TREE}`, 'readonly'].join(',');
}

/**
 * Run in the scanner by `python3 -I -c` ahead of oscap: reads the image's `Env` from standard input as
 * rootfs mode sends it (rootfsStdinHeader: `stig-gate-env <bytes>` and a JSON list), sets
 * OSCAP_CONTAINER_VARS from it, prints the image's os-release as rootfs mode does (for the content-coverage
 * notice) and becomes oscap (argv[1:]). On stdin, not the command line: an image's
 * environment can be larger than a command line may be, and `docker inspect` would show it.
 */
export const MOUNT_ENV_PY = String.raw`
import json, os, stat, sys
header = sys.stdin.buffer.readline(64)
if not header.startswith(b"stig-gate-env ") or not header.endswith(b"\n"):
    print("stig-gate: error: standard input did not start with the image's environment", file=sys.stderr)
    sys.exit(5)
size = int(header.split()[1])
data = sys.stdin.buffer.read(size)
if len(data) != size:
    print("stig-gate: error: the image's environment on standard input was cut short", file=sys.stderr)
    sys.exit(5)
os.environ["OSCAP_CONTAINER_VARS"] = "\n".join(json.loads(data) or [])
${OS_RELEASE_PY}
print("${ROOTFS_LINE_PREFIX} os-release: " + json.dumps(os_release(os.environ["OSCAP_PROBE_ROOT"])), flush=True)
os.execvp(sys.argv[1], sys.argv[1:])
`;

/**
 * The mount-mode scanner: root with every capability dropped but {@link MOUNT_CAPABILITY},
 * `no-new-privileges`, a read-only root, no network, no engine socket, its own PID namespace; the image
 * mounted read-only by its id (the very image inspected and recorded, whatever its tag points to by then);
 * a small /tmp for the data stream's SCE scripts; the output directory is the one writable mount. oscap
 * runs directly, with oscap-docker's environment: OSCAP_PROBE_ROOT on the mount, OSCAP_EVALUATION_TARGET
 * the target's name (each an argument: nothing reaches a shell) and OSCAP_CONTAINER_VARS the image's `Env`
 * lines, read from stdin by {@link MOUNT_ENV_PY} (`--interactive`; see startRootfsScannerArgs).
 */
export function createMountScannerArgs(
  plan: Pick<ScanPlan, 'profile' | 'datastream' | 'tailoringFile' | 'outputDir' | 'limits'>,
  names: ScanNames,
  scannerImage: string,
  target: MountTarget,
  targetName: string,
): string[] {
  const inputs = inputMounts(plan);
  return [
    'create',
    '--pull=never',
    '--interactive',
    '--name',
    names.scanner,
    '--label',
    names.label,
    '--network',
    'none',
    '--user',
    '0:0',
    '--read-only',
    '--cap-drop',
    'ALL',
    '--cap-add',
    MOUNT_CAPABILITY,
    '--security-opt',
    'no-new-privileges',
    ...scannerLimitArgs(plan.limits),
    ...scannerEnvArgs(),
    '--env',
    `OSCAP_PROBE_ROOT=${MOUNTED_TREE}`,
    '--env',
    `OSCAP_EVALUATION_TARGET=${targetName}`,
    '--tmpfs',
    SCANNER_TMP_TMPFS,
    '--mount',
    imageMount(target.info.id),
    '--mount',
    bindMount(plan.outputDir, IN_SCANNER.output, false),
    ...inputs,
    '--entrypoint',
    'python3',
    scannerImage,
    '-I',
    '-c',
    MOUNT_ENV_PY,
    ...rootfsOscapArgs(plan),
  ];
}
