/**
 * rootfs mode's docker command lines, as argument arrays (pure, like commands.ts): the target created and
 * never started, its files streamed out with `docker export` into a scanner that holds no privilege over
 * the engine or the host, extracted there onto a tmpfs and scanned with `oscap xccdf eval` and
 * OSCAP_PROBE_ROOT.
 */
import { basename } from 'node:path';
import {
  bindMount,
  datastreamInScanner,
  IN_SCANNER,
  inputMounts,
  OUTPUT_FILES,
  scannerEnvArgs,
  scannerLimitArgs,
  type ScanNames,
} from './commands.js';
import type { ScanPlan } from './options.js';
import { REACH_ENV } from './rootfs-reach.js';
import { ENGINE_EXPORT_ENV, ROOTFS_EXTRACT_PY } from './rootfs-script.js';

/** Where the target's files are extracted inside the scanner (a tmpfs, gone with the container). */
export const ROOTFS_TREE = '/stig-gate/tree';

/**
 * The only capabilities the scanner keeps (everything else is dropped): extracting as root with the
 * image's owners and modes needs CAP_CHOWN (chown to the image's uids), CAP_FOWNER (chmod and utime on
 * files it then no longer owns), CAP_DAC_OVERRIDE (writing into the image's read-only directories; oscap
 * reading root-only files such as /etc/shadow), CAP_FSETID (keeping setgid bits through chmod: without
 * it the kernel clears them) and CAP_MKNOD (the image's device nodes made as devices, so their type shows;
 * the tree is `nodev`, so none of them can be opened). Measured: with fewer, setgid bits are lost or 31
 * rules turn into `error`.
 */
export const ROOTFS_CAPABILITIES = ['CHOWN', 'FOWNER', 'DAC_OVERRIDE', 'FSETID', 'MKNOD'] as const;

/**
 * The tmpfs for the tree: `nodev`, `nosuid` and `noexec` (nothing in it is ever run or opened as a
 * device: the kernel refuses to open the image's device nodes, so no probe blocks on one), sized at the limit plus room for the file system's own metadata, so that the kernel bounds it
 * even if the count in the extraction program were wrong. `noatime`, because the tree stands for the
 * image, which reading does not change: on a tmpfs with atime, the first read of a file or a link after
 * its extraction moves its access time (relatime), so oscap's file probe, which lstat()s a path once per
 * object that reaches it, recorded a link read between two objects as two items differing only in
 * a_time, where the image mount (read-only) gives one.
 */
export function treeTmpfs(maxBytes: number): string {
  const slackMb = 64;
  const sizeMb = Math.ceil(maxBytes / (1024 * 1024)) + slackMb;
  return `${ROOTFS_TREE}:rw,nosuid,nodev,noexec,noatime,size=${sizeMb}m,mode=0755`;
}

/**
 * oscap writes the data stream's SCE scripts (the ASLR check) to a temporary directory, and the scanner's
 * root is read-only: a small tmpfs, `nodev` and `nosuid`, and `noexec` too, which docker's `--tmpfs` adds
 * by default (measured: /proc/mounts shows it); the SCE check still runs there (its output is in the
 * results), so nothing in the scanner needs an executable writable place.
 */
export const SCANNER_TMP_TMPFS = '/tmp:rw,nosuid,nodev,size=64m,mode=1777';

/** The target's environment (`Config.Env`, the image's with nothing added) as JSON: `["PATH=…", …]` or `null`. */
export function targetEnvArgs(names: ScanNames): string[] {
  return ['container', 'inspect', '--format', '{{json .Config.Env}}', names.source];
}

/** Parses {@link targetEnvArgs}' output: the `KEY=value` lines, `[]` for an image without `Env`. */
export function parseTargetEnv(stdout: string): string[] {
  const parsed: unknown = JSON.parse(stdout.trim());
  if (parsed === null) return [];
  if (!Array.isArray(parsed) || !parsed.every((entry) => typeof entry === 'string')) {
    throw new Error(`docker container inspect gave no environment list: ${stdout.trim()}`);
  }
  return parsed as string[];
}

/**
 * Linux's limit on one environment string (MAX_ARG_STRLEN, 32 pages): oscap reads the image's whole `Env`
 * from one variable, OSCAP_CONTAINER_VARS, which cannot be longer, with its name, than this.
 */
export const OSCAP_CONTAINER_VARS_MAX_BYTES = 128 * 1024 - 'OSCAP_CONTAINER_VARS='.length - 1;

/** A variable's name as a message shows it: printable, and short (it comes from the image). */
function shownName(entry: string): string {
  const name = entry.split('=', 1)[0] ?? '';
  const printable = JSON.stringify(name.length > 64 ? `${name.slice(0, 64)}…` : name);
  return printable;
}

/**
 * Undefined when oscap can be given the image's `Env` as it is, else a message naming what it cannot take: oscap splits OSCAP_CONTAINER_VARS at line breaks, so a value with one would become a second
 * variable (refused, by name), and the joined lines must fit one environment string (refused, with the
 * largest variables named). Either way the scan stops before the scanner is made.
 */
export function checkTargetEnv(env: readonly string[]): string | undefined {
  const broken = env.filter((entry) => /[\n\r]/.test(entry));
  if (broken.length > 0) {
    return (
      `the image's environment (Config.Env) has ${broken.length === 1 ? 'a variable' : 'variables'} whose ` +
      `value holds a line break, which oscap's OSCAP_CONTAINER_VARS cannot carry (it would read a second ` +
      `variable): ${broken.slice(0, 5).map(shownName).join(', ')}${broken.length > 5 ? ', …' : ''}`
    );
  }
  const bytes = Buffer.byteLength(env.join('\n'));
  if (bytes > OSCAP_CONTAINER_VARS_MAX_BYTES) {
    const largest = [...env]
      .sort((a, b) => Buffer.byteLength(b) - Buffer.byteLength(a))
      .slice(0, 3)
      .map((entry) => `${shownName(entry)} (${Math.ceil(Buffer.byteLength(entry) / 1024)} KiB)`);
    return (
      `the image's environment (Config.Env) is ${Math.ceil(bytes / 1024)} KiB; oscap reads it from one ` +
      `variable, which Linux limits to 128 KiB; the largest: ${largest.join(', ')}`
    );
  }
  return undefined;
}

/**
 * What rootfs mode writes to the scanner's standard input before `docker export`'s stream: one line
 * `stig-gate-env <bytes>`, then the image's `Env` as a JSON list of that many bytes. On standard input, not
 * the command line: an image's environment can be larger than a command line may be (spawn E2BIG).
 */
export function rootfsStdinHeader(env: readonly string[]): Buffer {
  const json = Buffer.from(JSON.stringify(env));
  return Buffer.concat([Buffer.from(`stig-gate-env ${json.length}\n`), json]);
}

/** The target's file system as a tar stream on stdout: the unstarted container of {@link createSourceArgs}. */
export function exportTargetArgs(names: ScanNames): string[] {
  return ['export', names.source];
}

/**
 * oscap's own arguments in rootfs mode: `xccdf eval …` as oscap-docker would pass them on, plus its INFO log
 * on stderr, which C leaves unbuffered: the rule, OVAL object and file oscap is on arrive as it gets there,
 * so a scan stopped at its timeout can say where it was (see OscapProgress). Those lines quote collected
 * values, so they are read for that and never kept or shown.
 */
export function rootfsOscapArgs(plan: Pick<ScanPlan, 'profile' | 'datastream' | 'tailoringFile'>): string[] {
  const out = IN_SCANNER.output;
  return [
    'oscap',
    'xccdf',
    'eval',
    '--verbose',
    'INFO',
    '--verbose-log-file',
    '/dev/stderr',
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
 * The rootfs scanner: root (extraction keeps the image's owners), but with every capability dropped except
 * {@link ROOTFS_CAPABILITIES}, `no-new-privileges`, a read-only root, no network, no engine socket and its
 * own PID namespace; the tree and /tmp are tmpfs; the output directory is the one writable mount, inputs
 * are read-only. `--interactive` keeps its stdin open for the image's environment and the tar stream (see
 * rootfsStdinHeader and startRootfsScannerArgs).
 * `targetName` is the name oscap's report gives the target; `command` replaces oscap's arguments (tests
 * run the same program with another command to look at the tree). `reach`: what the content can read
 * (rootfs-reach.ts), given to the program in its environment; without it every file is extracted.
 */
export function createRootfsScannerArgs(
  plan: Pick<
    ScanPlan,
    'profile' | 'datastream' | 'tailoringFile' | 'outputDir' | 'rootfsMaxBytes' | 'limits' | 'disk'
  >,
  names: ScanNames,
  scannerImage: string,
  targetName: string,
  command: readonly string[] = rootfsOscapArgs(plan),
  reach?: string,
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
    ...ROOTFS_CAPABILITIES.flatMap((capability) => ['--cap-add', capability]),
    '--security-opt',
    'no-new-privileges',
    ...scannerLimitArgs(plan.limits),
    ...scannerEnvArgs(),
    ...(reach === undefined ? [] : ['--env', `${REACH_ENV}=${reach}`]),
    // The stream is the engine's `docker export` (not a disk's): its /.dockerenv is the engine's, left out.
    ...(plan.disk === undefined ? ['--env', `${ENGINE_EXPORT_ENV}=1`] : []),
    '--tmpfs',
    treeTmpfs(plan.rootfsMaxBytes),
    '--tmpfs',
    SCANNER_TMP_TMPFS,
    '--mount',
    bindMount(plan.outputDir, IN_SCANNER.output, false),
    ...inputs,
    '--entrypoint',
    'python3',
    scannerImage,
    '-I',
    '-c',
    ROOTFS_EXTRACT_PY,
    ROOTFS_TREE,
    String(plan.rootfsMaxBytes),
    'stdin',
    targetName,
    ...command,
  ];
}

/** Starts the rootfs scanner attached, its stdin fed by `docker export` (see DockerCommandOptions.stdinFrom). */
export function startRootfsScannerArgs(names: ScanNames): string[] {
  return ['start', '--attach', '--interactive', names.scanner];
}
