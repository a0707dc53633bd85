/**
 * The action's inputs, read once into one typed object. This is the only module that reads inputs;
 * the keys are action.yml's input names in camelCase (`scan-mode` → `scanMode`).
 */
import { parseEvidenceFormats, type EvidenceFormat } from '../assessor/format-names.js';
import * as core from '@actions/core';
import { ConfigurationError } from '../errors.js';
import { FAIL_ON_VALUES, SEVERITY_THRESHOLDS, type FailOn, type SeverityThreshold } from '../gate/types.js';
import { ARTIFACT_NAME_FORBIDDEN } from '../report/report-key.js';
import { diskTarget, MAX_TIMEOUT_SECONDS } from '../scan/options.js';
import { secretParts } from '../scan/secrets.js';
import { parseBaselineSource, type BaselineSource } from './baseline-source.js';
import { parseImageEntries, type ImageEntry } from './image-list.js';

/** Reads one input by its action.yml name; returns '' when it is not set. */
export type InputReader = (name: string) => string;

/** The scan's modes, as src/scan/options.ts has them (`auto`: `mount` where the engine has image mounts, else `rootfs`). */
const SCAN_MODES = ['auto', 'mount', 'rootfs', 'container', 'image'] as const;
export type ScanMode = (typeof SCAN_MODES)[number];
/** When to pull the images: `missing` uses one already on the runner (e.g. built earlier in the job). */
export type PullPolicy = 'always' | 'missing' | 'never';
/** When to post the PR comment: `never`, `always`, or `on-failure` (also updates an earlier one). */
export type CommentMode = 'always' | 'on-failure' | 'never';

export interface RegistryCredentials {
  server: string;
  username: string;
  password: string;
}

/** Every input, parsed and checked. Optional fields are absent when the input was empty. */
export interface ActionInputs {
  image: string;
  scannerImage: string;
  scanMode: ScanMode;
  /** rootfs mode: the most MiB the extracted tree may take in memory (file data in pages, 1 KiB a file). */
  rootfsMaxMb: number;
  /** The scanner's memory limit in MiB; absent: sized from the runner (see defaultScannerMemoryMb). */
  scannerMemoryMb?: number;
  /** The scanner's limit of processes and threads. */
  scannerPidsLimit: number;
  /** The scanner's CPU weight (docker's --cpu-shares). */
  scannerCpuShares: number;
  /** rootfs mode: every file extracted, not only what the content reads. */
  rootfsExtractAll: boolean;
  pull: PullPolicy;
  profile: string;
  datastream?: string;
  tailoringFile?: string;
  /** Minutes before the scan is stopped. */
  scanTimeoutMinutes: number;
  baseline: BaselineSource;
  /** Explicit waivers file; absent means "the default file when it exists". */
  waivers?: string;
  inheritedFromHost: boolean;
  /** Upload oscap's raw report.html and results-arf.xml too (they hold the image's data unredacted). */
  uploadRawReports: boolean;
  failOn: FailOn;
  severityThreshold: SeverityThreshold;
  comment: CommentMode;
  /** Explicit artifact name; absent means the default derived from image and profile. */
  artifactName?: string;
  /** Days to keep the artifact; absent means the repository's setting. */
  retentionDays?: number;
  registry?: RegistryCredentials;
  githubToken: string;
  /** Gate this results file instead of scanning. */
  results?: string;
  /** Where the reports are written; absent means a folder under RUNNER_TEMP. */
  outputDir?: string;
  /** The assessor evidence formats to write (default all). */
  evidence: EvidenceFormat[];
  /** The `images` input: a set gated in one step (or, with `merge`, the images the matrix gates). */
  images: ImageEntry[];
  /** How many images of a set are scanned at once; absent means the runner's core count. */
  parallel?: number;
  /** Merge the reports of this run's matrix jobs instead of scanning. */
  merge: boolean;
  /** Which of this run's artifacts are stig-gate reports, for `merge` (`*` matches any characters). */
  mergePattern: string;
}

/**
 * Defaults applied when an input is empty. action.yml states the same values (a test checks), so the
 * action behaves the same when it is run without the runner filling in defaults.
 */
export const INPUT_DEFAULTS = {
  'scanner-image': 'cgr.dev/chainguard/openscap:latest-dev',
  'scan-mode': 'auto',
  'rootfs-max-mb': '8192',
  'scanner-pids-limit': '1024',
  'scanner-cpu-shares': '512',
  'rootfs-extract-all': 'false',
  pull: 'missing',
  profile: 'xccdf_basic_profile_.check',
  'scan-timeout-minutes': '30',
  'inherited-from-host': 'false',
  'upload-raw-reports': 'false',
  'fail-on': 'new',
  'severity-threshold': 'low',
  comment: 'on-failure',
  evidence: 'all',
  merge: 'false',
  'merge-pattern': 'stig-gate-*',
} as const;

/** Every input name the action reads, in action.yml's order. */
export const INPUT_NAMES = [
  'image',
  'disk',
  'scanner-image',
  'scan-mode',
  'pull',
  'profile',
  'datastream',
  'tailoring-file',
  'scan-timeout-minutes',
  'rootfs-max-mb',
  'scanner-memory-mb',
  'scanner-pids-limit',
  'scanner-cpu-shares',
  'rootfs-extract-all',
  'results',
  'baseline',
  'waivers',
  'inherited-from-host',
  'fail-on',
  'severity-threshold',
  'comment',
  'artifact-name',
  'retention-days',
  'upload-raw-reports',
  'output-dir',
  'evidence',
  'registry',
  'registry-username',
  'registry-password',
  'github-token',
  'images',
  'parallel',
  'merge',
  'merge-pattern',
] as const;

type InputName = (typeof INPUT_NAMES)[number];

/**
 * Reads and checks every input. A bad value throws a {@link ConfigurationError} naming the input and
 * what it accepts. The registry password and the token are registered as secrets before anything else can print them.
 */
export function getInputs(read: InputReader = (name) => core.getInput(name)): ActionInputs {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, read(name).trim()])) as Record<
    InputName,
    string
  >;
  // Masked in the log before anything can print them (the token often comes masked already, but not always:
  // a personal access token passed as a plain input is not).
  for (const secret of ['registry-password', 'github-token'] as const)
    for (const part of secretParts(raw[secret])) core.setSecret(part);
  const value = (name: InputName): string => {
    const given = raw[name];
    if (given !== '') return given;
    return (INPUT_DEFAULTS as Record<string, string>)[name] ?? '';
  };
  const optional = (name: InputName): string | undefined => value(name) || undefined;

  // A disk is a target named by its path (see diskTarget): from here on it goes where an image goes.
  const disk = value('disk');
  if (disk !== '' && value('image') !== '') {
    throw new ConfigurationError(
      "Inputs 'image' and 'disk' cannot both be set; gate them together with 'images' (a disk there is its path from ./)",
    );
  }
  const image = disk === '' ? value('image') : diskTarget(disk);
  const images = parseImageEntries(value('images').split('\n'), "Input 'images'");
  const merge = booleanInput('merge', value('merge'));
  if (image === '' && images.length === 0 && !merge) {
    throw new ConfigurationError(
      "Input 'image' is required: the image to gate, e.g. 'ghcr.io/owner/app:tag' (with 'results', it names the report); or 'images', one per line",
    );
  }
  checkSetInputs(raw, image, images, merge);
  return {
    image,
    scannerImage: value('scanner-image'),
    scanMode: oneOf('scan-mode', value('scan-mode'), SCAN_MODES),
    rootfsMaxMb: wholeNumber('rootfs-max-mb', value('rootfs-max-mb')),
    ...(optional('scanner-memory-mb') !== undefined && {
      scannerMemoryMb: wholeNumber('scanner-memory-mb', value('scanner-memory-mb')),
    }),
    scannerPidsLimit: wholeNumber('scanner-pids-limit', value('scanner-pids-limit')),
    scannerCpuShares: wholeNumber('scanner-cpu-shares', value('scanner-cpu-shares')),
    rootfsExtractAll: booleanInput('rootfs-extract-all', value('rootfs-extract-all')),
    pull: oneOf('pull', value('pull'), ['always', 'missing', 'never'] as const),
    profile: value('profile'),
    datastream: optional('datastream'),
    tailoringFile: optional('tailoring-file'),
    scanTimeoutMinutes: positiveNumber(
      'scan-timeout-minutes',
      value('scan-timeout-minutes'),
      MAX_TIMEOUT_SECONDS / 60,
    ),
    results: optional('results'),
    baseline: parseBaselineSource(value('baseline')),
    waivers: optional('waivers'),
    inheritedFromHost: booleanInput('inherited-from-host', value('inherited-from-host')),
    uploadRawReports: booleanInput('upload-raw-reports', value('upload-raw-reports')),
    failOn: oneOf('fail-on', value('fail-on'), FAIL_ON_VALUES),
    severityThreshold: oneOf('severity-threshold', value('severity-threshold'), SEVERITY_THRESHOLDS),
    comment: oneOf('comment', value('comment'), ['always', 'on-failure', 'never'] as const),
    artifactName: artifactName(value('artifact-name')),
    retentionDays: retentionDays(value('retention-days')),
    outputDir: optional('output-dir'),
    evidence: parseEvidenceFormats("Input 'evidence'", value('evidence')),
    registry: registryCredentials(value('registry'), value('registry-username'), value('registry-password')),
    githubToken: value('github-token'),
    images,
    parallel: parallel(value('parallel')),
    merge,
    mergePattern: value('merge-pattern'),
  };
}

/** Inputs that name one image's files cannot apply to a set, and a merge scans nothing. */
function checkSetInputs(
  raw: Record<InputName, string>,
  image: string,
  images: readonly ImageEntry[],
  merge: boolean,
): void {
  if (image !== '' && images.length > 0) {
    throw new ConfigurationError(
      "Inputs 'image' and 'images' cannot both be set; put every image in 'images', one per line",
    );
  }
  if (merge && images.length === 0) {
    throw new ConfigurationError(
      "Input 'merge' needs 'images': the images the matrix gates, one per line, so that a matrix job that " +
        'wrote no report is an error naming its image rather than a silent pass',
    );
  }
  const set = merge || images.length > 0;
  const oneImageOnly = merge
    ? (['results', 'artifact-name', 'baseline', 'datastream', 'tailoring-file'] as const)
    : (['results', 'artifact-name'] as const);
  for (const name of oneImageOnly) {
    if (set && raw[name] !== '') {
      throw new ConfigurationError(
        merge
          ? `Input '${name}' does not apply with 'merge: true' (the matrix jobs gate; the merge only reads their reports)`
          : `Input '${name}' names one image's ${name === 'results' ? 'results' : 'artifact'}; with 'images' each image gets its own (artifacts are named after each image and profile)`,
      );
    }
  }
}

/** The `parallel` input: empty is the runner's core count. */
function parallel(text: string): number | undefined {
  if (text === '') return undefined;
  const count = Number(text);
  if (!/^\d+$/.test(text) || count < 1) {
    throw new ConfigurationError(
      `Input 'parallel' must be a whole number of scans at once, 1 or more; got '${text}'`,
    );
  }
  return count;
}

function oneOf<const A extends readonly string[]>(name: string, text: string, allowed: A): A[number] {
  if (!(allowed as readonly string[]).includes(text)) {
    throw new ConfigurationError(`Input '${name}' must be one of ${allowed.join(', ')}; got '${text}'`);
  }
  return text as A[number];
}

/** The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them. */
function booleanInput(name: string, text: string): boolean {
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  throw new ConfigurationError(`Input '${name}' must be true or false; got '${text}'`);
}

function wholeNumber(name: string, text: string): number {
  const number = Number(text);
  if (!/^\d+$/.test(text) || !(number > 0)) {
    throw new ConfigurationError(`Input '${name}' must be a positive whole number; got '${text}'`);
  }
  return number;
}

function positiveNumber(name: string, text: string, max: number): number {
  const number = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !(number > 0) || number > max) {
    throw new ConfigurationError(`Input '${name}' must be a positive number up to ${max}; got '${text}'`);
  }
  return number;
}

/** GitHub keeps artifacts 1 to 90 days (less when the repository says so); empty means its default. */
function retentionDays(text: string): number | undefined {
  if (text === '') return undefined;
  const days = Number(text);
  if (!/^\d+$/.test(text) || days < 1 || days > 90) {
    throw new ConfigurationError(
      `Input 'retention-days' must be a whole number of days from 1 to 90; got '${text}'`,
    );
  }
  return days;
}

function artifactName(text: string): string | undefined {
  if (text === '') return undefined;
  if (ARTIFACT_NAME_FORBIDDEN.test(text)) {
    throw new ConfigurationError(
      `Input 'artifact-name' may not contain " : < > | * ? \\ / or line breaks (the artifact service refuses them); got '${text}'`,
    );
  }
  return text;
}

function registryCredentials(
  server: string,
  username: string,
  password: string,
): RegistryCredentials | undefined {
  if (server === '' && username === '' && password === '') return undefined;
  const missing = [
    ['registry', server],
    ['registry-username', username],
    ['registry-password', password],
  ].filter(([, given]) => given === '');
  if (missing.length > 0) {
    throw new ConfigurationError(
      `Inputs 'registry', 'registry-username' and 'registry-password' go together; ${missing
        .map(([name]) => `'${name}'`)
        .join(' and ')} ${missing.length === 1 ? 'is' : 'are'} empty`,
    );
  }
  return { server, username, password };
}
