/**
 * `stig-gate scan --image REF --output-dir DIR …`: scan an image with OpenSCAP, then gate the results
 * exactly as `compare` does. Progress goes to stderr, the gate's report to stdout (or --output).
 */
import { readFile, stat } from 'node:fs/promises';
import { parseEvidenceFormats } from '../assessor/format-names.js';
import { ConfigurationError } from '../errors.js';
import { FAIL_ON_VALUES, SEVERITY_THRESHOLDS } from '../gate/types.js';
import { parseImageEntries } from '../inputs/image-list.js';
import { defaultParallel } from '../pipeline/fleet.js';
import { planImages, runPlan, type RunPlan } from '../pipeline/run.js';
import {
  DEFAULT_PROFILE,
  DEFAULT_ROOTFS_MAX_MB,
  DEFAULT_SCANNER_IMAGE,
  DEFAULT_TIMEOUT_SECONDS,
  MAX_TIMEOUT_SECONDS,
  PULL_POLICIES,
  diskTarget,
  registryOf,
  SCAN_MODES,
  type RegistryCredentials,
} from '../scan/options.js';
import type { ScanLogger } from '../scan/scan.js';
import { oneOf, parseCommandArgs } from './args.js';
import { printVerdict, refuseOutputOverInput, renderReport, reportFormat, writeReport } from './compare.js';
import { gateOptions, gateOptionsUsage, type GateOptionValues } from './gate-options.js';
import { EXIT_PASS, type CliIo } from './io.js';
import { scannerLimitOptions, scannerLimitsSpec, scannerLimitsUsage } from './scanner-limits.js';
import { workflowRunFromEnv } from './evidence-output.js';
import { reportSet } from './set-output.js';

export const scanUsage = `Usage: stig-gate scan --image REF --output-dir DIR [options] [gate options]

Pulls REF and the scanner image, scans REF with OpenSCAP in the scanner, writes results.xml,
results-arf.xml, report.html (oscap's own), scan.log and scan.json into DIR, then gates the results
as 'stig-gate compare' does and writes stig-gate.json, stig-gate.sarif and stig-gate.md into DIR.
Exits 0 gate passed, 2 gate failed, 1 error (a scan that did not complete is always an error).

Scan options:
  --image REF                 the image to scan (required); repeat it to gate a set of images in one run:
                              the scanner is pulled once, each image's files go to DIR/<its artifact name>,
                              and the set gets one verdict. 'REF=BASELINE' gives an image its own baseline
                              (a results file, or image:REF scanned in this run)
  --disk PATH                 a VM disk image file (qcow2, raw, vmdk) to scan instead of or beside images:
                              its operating system is inspected with libguestfs (read-only, never booted)
                              and its files scanned as in rootfs mode; repeatable, 'PATH=BASELINE' as for
                              --image. In an image list a disk is its path from / or ./ (see docs/vm-disks.md)
  --parallel N                with several images, how many are scanned at once (default: the core count)
  --output-dir DIR            where the results and reports go (required; created when missing)
  --scanner-image REF         the OpenSCAP image: oscap and python3 for rootfs, oscap-docker for container
                              and image (default ${DEFAULT_SCANNER_IMAGE})
  --mode auto|mount|rootfs|container|image
                              auto (the default): mount where the engine has image mounts (Docker
                              Engine 28+ with the containerd image store), else rootfs;
                              mount: REF mounted read-only into the scanner and scanned in place: no
                              engine socket, no host PID namespace, no network, one capability;
                              rootfs: REF's files, read with 'docker export' from a container never
                              started, extracted and scanned in a scanner with no engine socket, no
                              host PID namespace and no network;
                              container: start REF with 'tail -f /dev/null' and 'oscap-docker container'
                              (REF needs tail, any USER);
                              image: 'oscap-docker image', REF never run: with OpenSCAP >= 1.3.8 in the
                              scanner it reads a 'docker export' copy, so REF needs no shell; older
                              oscap-docker runs 'bash' in it (see docs/scanning.md)
  --rootfs-max-mb N           rootfs: most MiB the extracted tree may take in memory (data and files)
                              (default ${DEFAULT_ROOTFS_MAX_MB})
  --rootfs-extract-all        rootfs: extract every file, not only what the data stream's checks can read
${scannerLimitsUsage}
  --profile ID                XCCDF profile (default ${DEFAULT_PROFILE})
  --datastream PATH           data stream from the workspace (default: the one in the scanner image)
  --tailoring-file PATH       XCCDF tailoring file
  --timeout SECONDS           limit for starting the target and running the scanner (default ${DEFAULT_TIMEOUT_SECONDS})
  --pull always|missing|never when to pull the images (default always; 'missing' for an image built locally)
  --registry HOST             registry to log in to (default: the image's registry, when a username is given)
  --registry-username USER    registry user
  --registry-password-file F  file holding the password (or set STIG_GATE_REGISTRY_PASSWORD); it is given
                              to 'docker login --password-stdin' in a private config, never on a command line
  --verbose                   show the scanner's output as it runs (it is always in DIR/scan.log)
  --evidence LIST             assessor evidence to write into DIR, as for 'stig-gate evidence':
                              all (default), none, or any of cklb, ckl, poam-csv, oscal-ar, oscal-poam,
                              hdf, manifest

The engine is DOCKER_HOST (a unix:// socket) or /var/run/docker.sock; in container and image mode the
scanner mounts that socket (rootfs mode gives it none).

Gate options, as for 'stig-gate compare':
${gateOptionsUsage}`;

export const scanOptionSpec = {
  image: { type: 'string', multiple: true },
  disk: { type: 'string', multiple: true },
  parallel: { type: 'string' },
  'output-dir': { type: 'string' },
  'scanner-image': { type: 'string', default: DEFAULT_SCANNER_IMAGE },
  mode: { type: 'string', default: 'auto' },
  'rootfs-max-mb': { type: 'string', default: String(DEFAULT_ROOTFS_MAX_MB) },
  'rootfs-extract-all': { type: 'boolean' },
  ...scannerLimitsSpec,
  profile: { type: 'string', default: DEFAULT_PROFILE },
  datastream: { type: 'string' },
  'tailoring-file': { type: 'string' },
  timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_SECONDS) },
  pull: { type: 'string', default: 'always' },
  registry: { type: 'string' },
  'registry-username': { type: 'string' },
  'registry-password-file': { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
  evidence: { type: 'string', default: 'all' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseMaxMb(text: string): number {
  const mb = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || mb <= 0) {
    throw new ConfigurationError(`--rootfs-max-mb must be a positive whole number of MiB; got '${text}'`);
  }
  return mb;
}

export function parseTimeout(text: string): number {
  const seconds = Number(text);
  if (text.trim() === '' || !Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
    throw new ConfigurationError(
      `--timeout must be a positive number of seconds up to ${MAX_TIMEOUT_SECONDS} (5 days); got '${text}'`,
    );
  }
  return seconds;
}

/**
 * The gate's inputs, checked before the scan so that a typo costs no scan: the policy values and that the
 * baseline and waivers files exist (gateAndReport reads and checks them in full afterwards).
 */
export async function checkGateInputs(values: GateOptionValues): Promise<void> {
  oneOf('--fail-on', values['fail-on'] ?? 'new', FAIL_ON_VALUES);
  oneOf('--severity-threshold', values['severity-threshold'] ?? 'low', SEVERITY_THRESHOLDS);
  for (const [option, path] of [
    ['--baseline', values.baseline],
    ['--waivers', values.waivers],
  ] as const) {
    if (path === undefined) continue;
    const isFile = await stat(path).then(
      (info) => info.isFile(),
      () => false,
    );
    if (!isFile) throw new ConfigurationError(`${option} '${path}' is not a readable file`);
  }
}

/** Credentials from the options and the environment; none when no username is given. */
export async function registryCredentials(
  image: string,
  server: string | undefined,
  username: string | undefined,
  passwordFile: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<RegistryCredentials | undefined> {
  const fromEnv = env.STIG_GATE_REGISTRY_PASSWORD;
  if (username === undefined) {
    if (passwordFile !== undefined || server !== undefined) {
      throw new ConfigurationError('--registry and --registry-password-file need --registry-username');
    }
    return undefined;
  }
  let password: string;
  if (passwordFile !== undefined) {
    try {
      password = (await readFile(passwordFile, 'utf8')).replace(/\r?\n$/, '');
    } catch {
      throw new ConfigurationError(`--registry-password-file '${passwordFile}' cannot be read`);
    }
  } else if (fromEnv !== undefined && fromEnv !== '') {
    password = fromEnv;
  } else {
    throw new ConfigurationError(
      '--registry-username needs a password: --registry-password-file FILE or STIG_GATE_REGISTRY_PASSWORD',
    );
  }
  return { server: server ?? registryOf(image), username, password };
}

/** Progress on stderr, each line stamped with the time since the command started. */
export function stderrLogger(io: CliIo, verbose: boolean): ScanLogger {
  const started = performance.now();
  const stamp = () => `[scan +${((performance.now() - started) / 1000).toFixed(1)}s]`;
  return {
    info: (message) => io.stderr(`${stamp()} ${message}\n`),
    warning: (message) => io.stderr(`${stamp()} warning: ${message}\n`),
    ...(verbose && { detail: (line: string) => io.stderr(`  | ${line}\n`) }),
  };
}

/**
 * Aborts on SIGINT/SIGTERM so the scan removes its containers before the process ends; a second signal ends
 * the process at once. Returns the function that takes the handlers away again.
 */
export function abortOnSignals(controller: AbortController, io: CliIo): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    io.stderr(
      `stig-gate scan: ${signal}: stopping the scan and removing its containers (again to quit now)\n`,
    );
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

/**
 * The run plan from the arguments, checked before any scan so that a typo costs none. Several images, or
 * one with its own baseline, are a set: each image in its own folder.
 */
async function planScan(values: ScanValues, env: NodeJS.ProcessEnv): Promise<RunPlan> {
  // A disk is a target named by its path (see diskTarget): the rest of the scan takes it as it takes an image.
  const targets = [...(values.image ?? []), ...(values.disk ?? []).map(diskTarget)];
  const outputDir = values['output-dir'];
  if (targets.length === 0)
    throw new ConfigurationError(`scan needs --image REF or --disk PATH\n\n${scanUsage}`);
  if (outputDir === undefined) throw new ConfigurationError(`scan needs --output-dir DIR\n\n${scanUsage}`);
  const set = targets.length > 1 || targets.some((text) => text.includes('='));
  const entries = set ? parseImageEntries(targets, '--image') : [{ image: targets[0]! }];
  const images = planImages(entries, {
    set,
    outputDir,
    baseline: values.baseline === undefined ? { kind: 'none' } : { kind: 'file', path: values.baseline },
    profile: values.profile,
  });
  // Artifacts are looked up in GitHub: the action's.
  for (const { image, baseline } of images)
    if (baseline.kind === 'artifact')
      throw new ConfigurationError(
        `--image '${image}=artifact…': artifact baselines are the action's (they are looked up in GitHub); give a results file or image:REF`,
      );
  if (!set && values.parallel !== undefined)
    throw new ConfigurationError('--parallel needs more than one --image');
  await checkGateInputs(values);
  const failOn = oneOf('--fail-on', values['fail-on'], FAIL_ON_VALUES);
  const severityThreshold = oneOf('--severity-threshold', values['severity-threshold'], SEVERITY_THRESHOLDS);
  if (set && values.format === 'sarif')
    throw new ConfigurationError("--format sarif is one image's; each image's SARIF is in its folder");
  const parallel = values.parallel === undefined ? defaultParallel() : Number(values.parallel);
  if (!Number.isInteger(parallel) || parallel < 1)
    throw new ConfigurationError(
      `--parallel must be a whole number, 1 or more; got '${values.parallel ?? ''}'`,
    );
  const mode = oneOf('--mode', values.mode, SCAN_MODES);
  const pull = oneOf('--pull', values.pull, PULL_POLICIES);
  const timeoutSeconds = parseTimeout(values.timeout);
  const rootfsMaxMb = parseMaxMb(values['rootfs-max-mb']);
  const evidence = parseEvidenceFormats('--evidence', values.evidence);
  const registry = await registryCredentials(
    entries[0]!.image,
    values.registry,
    values['registry-username'],
    values['registry-password-file'],
    env,
  );
  const workflowRun = evidence.length > 0 ? await workflowRunFromEnv(env) : undefined;
  return {
    images,
    set,
    parallel,
    outputDir,
    outputDirName: '--output-dir',
    each: {
      scan: {
        scannerImage: values['scanner-image'],
        mode,
        rootfsMaxMb,
        ...(values['rootfs-extract-all'] === true && { rootfsExtractAll: true }),
        ...scannerLimitOptions(values),
        profile: values.profile,
        ...(values.datastream !== undefined && { datastream: values.datastream }),
        ...(values['tailoring-file'] !== undefined && { tailoringFile: values['tailoring-file'] }),
        timeoutSeconds,
        pull,
        ...(registry && { registry }),
      },
      gate: {
        policy: { failOn, severityThreshold },
        inheritedFromHost: values['inherited-from-host'] ?? false,
        ...(values.waivers !== undefined && { waivers: values.waivers }),
      },
      evidence,
      ...(workflowRun && { workflowRun }),
    },
  };
}

type ScanValues = ReturnType<typeof parseScanArgs>['values'];

function parseScanArgs(argv: string[]) {
  return parseCommandArgs('scan', argv, { ...scanOptionSpec, ...gateOptions });
}

export async function scan(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseScanArgs(argv);
  if (values.help) {
    io.stdout(scanUsage);
    return EXIT_PASS;
  }
  if (positionals.length > 0)
    throw new ConfigurationError(`scan takes no positional arguments; got '${positionals[0]}'`);
  const plan = await planScan(values, env);
  const format = plan.set ? undefined : reportFormat(values);
  if (!plan.set) await refuseOutputOverInput(values, undefined);
  const controller = new AbortController();
  const release = abortOnSignals(controller, io);
  const log = stderrLogger(io, values.verbose === true);
  if (plan.set) log.info(`${plan.images.length} images, ${plan.parallel} at a time`);
  try {
    const runs = await runPlan(plan, {
      log,
      signal: controller.signal,
      // The report goes out first: a reports folder that cannot be written then loses nothing printed.
      onGated: async ({ result }) => {
        release();
        await writeReport(renderReport(result, format!), values, io);
      },
      finished: async ({ outcome, files, log: imageLog }) => {
        if (!outcome) return;
        if (!plan.set) io.stderr(`reports: ${files.json}, ${files.sarif}, ${files.markdown}\n`);
        if (files.evidence) io.stderr(`evidence: ${Object.values(files.evidence).join(', ')}\n`);
        if (plan.set)
          imageLog.info(`${outcome.result.verdict === 'fail' ? 'FAIL' : 'PASS'}: ${outcome.result.reason}`);
      },
    });
    if (!plan.set) {
      const [run] = runs;
      if (!run!.outcome) throw run!.error;
      return printVerdict(run!.outcome.result, values, io);
    }
    const members = runs.map((run) => run.member);
    return await reportSet(
      members,
      {
        format: values.format,
        output: values.output,
        heading: `STIG gate: ${members.length} images (${plan.each.scan.profile ?? ''})`,
        dir: plan.outputDir,
      },
      io,
    );
  } finally {
    release();
  }
}
