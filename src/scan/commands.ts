/**
 * The docker command lines of a scan, as argument arrays: pure functions, so every argument is tested without
 * an engine and nothing from an input can reach a shell.
 */
import { basename } from 'node:path';
import { SCANNER_DATASTREAM, type ScanPlan, type ScannerLimits } from './options.js';

/** The label on everything a scan creates, `stig-gate.scan=<scan id>`, so that leftovers can be found. */
export const SCAN_LABEL = 'stig-gate.scan';

/** Where things sit inside the scanner container. */
export const IN_SCANNER = {
  output: '/stig-gate/out',
  socket: '/var/run/docker.sock',
  datastreamDir: '/stig-gate/in/datastream',
  tailoringDir: '/stig-gate/in/tailoring',
} as const;

/** The files oscap writes, by their names in the output directory. */
export const OUTPUT_FILES = {
  resultsXml: 'results.xml',
  resultsArf: 'results-arf.xml',
  reportHtml: 'report.html',
  log: 'scan.log',
  metadata: 'scan.json',
} as const;

/** Names of the containers of one scan; unique per scan, so two scans in one engine never meet. */
export interface ScanNames {
  id: string;
  label: string;
  /** The running target (container mode). */
  target: string;
  scanner: string;
  /** Image mode: the never-started container the labelled copy of the target is committed from. */
  source: string;
  /** Image mode: the labelled copy of the target that oscap-docker is given (see {@link commitTargetArgs}). */
  labelledImage: string;
}

export function scanNames(id: string): ScanNames {
  return {
    id,
    label: `${SCAN_LABEL}=${id}`,
    target: `stig-gate-${id}-target`,
    scanner: `stig-gate-${id}-scanner`,
    source: `stig-gate-${id}-source`,
    labelledImage: `stig-gate-scan-${id}:target`,
  };
}

/** One `--mount` value. Fields with a comma or quote are CSV-quoted, as docker parses the value as CSV. */
export function bindMount(source: string, target: string, readonly: boolean): string {
  const field = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  return [
    'type=bind',
    field(`source=${source}`),
    field(`target=${target}`),
    ...(readonly ? ['readonly'] : []),
  ].join(',');
}

/** `{"id":…,"repoTags":[…],"repoDigests":[…]}` from `docker image inspect`, a line per image. */
export function inspectImageArgs(...references: string[]): string[] {
  const format = '{"id":{{json .Id}},"repoTags":{{json .RepoTags}},"repoDigests":{{json .RepoDigests}}}';
  return ['image', 'inspect', '--format', format, ...references];
}

/** The id of the image each container was created from, as a JSON string, a line per container. */
export function containerImageArgs(containers: readonly string[]): string[] {
  return ['container', 'inspect', '--format', '{{json .Image}}', ...containers];
}

/**
 * The target, kept alive as in the documented recipe (`tail -f /dev/null`), with no network. The image
 * recorded is the one this container was created from (see containerImageArgs).
 */
export function startTargetArgs(names: ScanNames, image: string): string[] {
  return [
    'run',
    '--detach',
    '--pull=never',
    '--name',
    names.target,
    '--label',
    names.label,
    '--network',
    'none',
    '--entrypoint',
    'tail',
    image,
    '-f',
    '/dev/null',
  ];
}

/**
 * Image mode, step 1: a container created from the target and never started, to commit from. docker refuses
 * to create one from an image with neither CMD nor ENTRYPOINT, so such an image gets a placeholder command
 * (`withPlaceholder`); it is never run, and oscap-docker gives its own command anyway.
 */
export function createSourceArgs(names: ScanNames, image: string, withPlaceholder: boolean): string[] {
  return [
    'create',
    '--pull=never',
    '--name',
    names.source,
    '--label',
    names.label,
    '--network',
    'none',
    image,
    ...(withPlaceholder ? ['true'] : []),
  ];
}

/**
 * Image mode, step 2: the target's filesystem and configuration as a new image that carries the scan's
 * label and has exactly one tag. Both are still needed with every oscap-docker:
 * - the label: oscap-docker makes its temporary container from this image (1.4.x creates it and reads it
 *   with `docker export`; 1.3.x starts `bash` in it), so that container inherits the label, and the cleanup
 *   finds it when oscap-docker is stopped before removing it (a timeout or an interrupt, which on a large
 *   image 1.4.x's export makes likely);
 * - the one tag: oscap-docker names the image by all its tags joined with ", ". 1.3.x then fails on an image
 *   with several tags ("invalid reference format"); 1.4.x keeps the first one, which works, but a second
 *   tag on the user's image must not decide what is scanned.
 * An unstarted container has no changes, so no layer is added: the files scanned are the target's.
 */
export function commitTargetArgs(names: ScanNames): string[] {
  return ['commit', names.source, names.labelledImage];
}

/** Where the data stream is inside the scanner: the scanner's own, or the mounted workspace file. */
export function datastreamInScanner(plan: Pick<ScanPlan, 'datastream'>): string {
  return plan.datastream === undefined
    ? SCANNER_DATASTREAM
    : `${IN_SCANNER.datastreamDir}/${basename(plan.datastream)}`;
}

/** `oscap-docker container|image <target> xccdf eval …` as the scanner's arguments. */
export function oscapDockerArgs(
  plan: Pick<ScanPlan, 'mode' | 'profile' | 'datastream' | 'tailoringFile'>,
  target: string,
): string[] {
  const out = IN_SCANNER.output;
  return [
    plan.mode,
    target,
    'xccdf',
    'eval',
    '--profile',
    plan.profile,
    ...(plan.tailoringFile === undefined
      ? []
      : ['--tailoring-file', `${IN_SCANNER.tailoringDir}/${basename(plan.tailoringFile)}`]),
    '--results',
    `${out}/${OUTPUT_FILES.resultsXml}`,
    '--results-arf',
    `${out}/${OUTPUT_FILES.resultsArf}`,
    '--report',
    `${out}/${OUTPUT_FILES.reportHtml}`,
    datastreamInScanner(plan),
  ];
}

/**
 * Container mode's one added capability. oscap-docker reads the running target through /proc/<pid>/root
 * (hence `--pid host`), and the kernel lets a process open another user's /proc/<pid>/root only with
 * CAP_SYS_PTRACE, which docker's default set leaves out, even for root. Without it, a target that runs as
 * a non-root USER (most Chainguard images: 65532) fails with oscap-docker's "Cannot access mountpoint of
 * container … please RUN WITH ROOT privileges". No other capability is needed: root's default ones already
 * read every file of the target. Image mode gets none: oscap-docker 1.3.8 and later read a `docker export`
 * copy there, with no process to look into (1.3.x's image mode, which runs the image's bash, is limited to
 * root images without an ENTRYPOINT either way; see docs/scanning.md).
 */
export const CONTAINER_MODE_CAPABILITY = 'SYS_PTRACE';

/**
 * Environment every scanner run gets. `SEXP_VALIDATE_DISABLE=1` turns off OpenSCAP's debug self-checks of its
 * S-expressions: Debian's and Wolfi's packages are built without NDEBUG, so each access to a probe's item list
 * walks the whole list, and a rule that collects one item per file (the /usr/lib ownership rules) costs the
 * square of the files it sees: 5,000 files under /usr/lib took 75-107 s with the checks and 2.3 s without.
 * The switch exists since OpenSCAP 0.5.9; it changes no result (test/e2e/scan-same-answers.test.ts).
 * oscap-docker and the rootfs script pass their environment on to oscap.
 */
export const SCANNER_ENV = ['SEXP_VALIDATE_DISABLE=1'] as const;

/**
 * The scanner's bounds, whatever the image does to it: memory (no swap beyond it; rootfs mode's tree is
 * counted, being a tmpfs in the container), processes and threads, and a CPU weight below the runner's own
 * work. Hitting one is reported by name (see describeLimitHit).
 */
export function scannerLimitArgs(limits: ScannerLimits): string[] {
  return [
    '--memory',
    `${limits.memoryMb}m`,
    '--memory-swap',
    `${limits.memoryMb}m`,
    '--pids-limit',
    String(limits.pids),
    '--cpu-shares',
    String(limits.cpuShares),
  ];
}

/** `--env NAME=VALUE` for each of {@link SCANNER_ENV}. */
export function scannerEnvArgs(): string[] {
  return SCANNER_ENV.flatMap((entry) => ['--env', entry]);
}

/**
 * The scanner container: the engine's socket mounted, the host's PID namespace (oscap-docker reads the target
 * through /proc/<pid>/root), root with CAP_SYS_PTRACE in container mode (see
 * {@link CONTAINER_MODE_CAPABILITY}), no network, the output directory writable and inputs read-only.
 * PYTHONUNBUFFERED makes oscap-docker's own lines (which name its temporary container) arrive as they happen.
 * Created while the target starts, and started (see startScannerArgs) once the target is up: `docker run`
 * would create it on the scan's critical path.
 */
export function createScannerArgs(
  plan: Pick<
    ScanPlan,
    'mode' | 'profile' | 'datastream' | 'tailoringFile' | 'socketPath' | 'outputDir' | 'limits'
  >,
  names: ScanNames,
  scannerImage: string,
  target: string,
): string[] {
  const inputs = inputMounts(plan);
  return [
    'create',
    '--pull=never',
    '--name',
    names.scanner,
    '--label',
    names.label,
    '--network',
    'none',
    '--pid',
    'host',
    '--user',
    '0:0',
    ...(plan.mode === 'container' ? ['--cap-add', CONTAINER_MODE_CAPABILITY] : []),
    ...scannerLimitArgs(plan.limits),
    '--env',
    'PYTHONUNBUFFERED=1',
    ...scannerEnvArgs(),
    '--mount',
    bindMount(plan.socketPath, IN_SCANNER.socket, false),
    '--mount',
    bindMount(plan.outputDir, IN_SCANNER.output, false),
    ...inputs,
    '--entrypoint',
    'oscap-docker',
    scannerImage,
    ...oscapDockerArgs(plan, target),
  ];
}

/** The data stream and tailoring file from the workspace, each mounted read-only where oscap is told to find it. */
export function inputMounts(plan: Pick<ScanPlan, 'datastream' | 'tailoringFile'>): string[] {
  const inputs: string[] = [];
  if (plan.datastream !== undefined) {
    const inside = `${IN_SCANNER.datastreamDir}/${basename(plan.datastream)}`;
    inputs.push('--mount', bindMount(plan.datastream, inside, true));
  }
  if (plan.tailoringFile !== undefined) {
    const inside = `${IN_SCANNER.tailoringDir}/${basename(plan.tailoringFile)}`;
    inputs.push('--mount', bindMount(plan.tailoringFile, inside, true));
  }
  return inputs;
}

/** Runs the created scanner with its output attached; docker exits with the scanner's code. */
export function startScannerArgs(names: ScanNames): string[] {
  return ['start', '--attach', names.scanner];
}

/** The scanner's state after it ended: a failed start leaves its reason in `Error` (see scannerStartFailure). */
export function scannerStateArgs(names: ScanNames): string[] {
  return ['container', 'inspect', '--format', '{{json .State}}', names.scanner];
}

/** Every container of this scan, running or not, by full id. */
export function listScanContainersArgs(names: ScanNames): string[] {
  return ['ps', '--all', '--quiet', '--no-trunc', '--filter', `label=${names.label}`];
}

/** Every image this scan created (the labelled copy of the target), by id. */
export function listScanImagesArgs(names: ScanNames): string[] {
  return ['image', 'ls', '--quiet', '--no-trunc', '--filter', `label=${names.label}`];
}

/** Untags and deletes images this scan created; the layers it shares with the target stay. */
export function removeImagesArgs(images: readonly string[]): string[] {
  return ['image', 'rm', '--force', ...images];
}

/** Removes containers, running or not; volumes anonymous to them go too. */
export function removeContainersArgs(containers: readonly string[]): string[] {
  return ['rm', '--force', '--volumes', ...containers];
}
