/**
 * `stig-gate scan --image REF --output-dir DIR …`: scan an image with oscap-docker, then gate the results
 * exactly as `compare` does. Progress goes to stderr, the gate's report to stdout (or --output).
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { FAIL_ON_VALUES, SEVERITY_THRESHOLDS } from '../gate/types.js';
import {
  DEFAULT_PROFILE,
  DEFAULT_ROOTFS_MAX_MB,
  DEFAULT_SCANNER_IMAGE,
  DEFAULT_TIMEOUT_SECONDS,
  MAX_TIMEOUT_SECONDS,
  PULL_POLICIES,
  registryOf,
  SCAN_MODES,
  type RegistryCredentials,
} from '../scan/options.js';
import { factsOfScan } from '../pipeline/scan-facts.js';
import { readResultsFile } from '../results/read.js';
import { scanImage, type ScanLogger } from '../scan/scan.js';
import { parseEvidenceFormats } from '../evidence/format-names.js';
import { outputPaths } from '../scan/outputs.js';
import { oneOf, parseCommandArgs } from './args.js';
import type { GateExtras, GateOutcome } from './compare.js';
import { gateOptions, gateOptionsUsage, type GateOptionValues } from './gate-options.js';
import { EXIT_PASS, type CliIo } from './io.js';
import { scannerLimitOptions, scannerLimitsSpec, scannerLimitsUsage } from './scanner-limits.js';

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
  --parallel N                with several images, how many are scanned at once (default: the core count)
  --output-dir DIR            where the results and reports go (required; created when missing)
  --scanner-image REF         OpenSCAP image with oscap-docker (default ${DEFAULT_SCANNER_IMAGE})
  --mode auto|rootfs|container|image
                              rootfs: REF's files, read with 'docker export' from a container never
                              started, extracted and scanned in a scanner with no engine socket, no
                              host PID namespace and no network (auto, the default, is rootfs);
                              container: start REF with 'tail -f /dev/null' and 'oscap-docker container'
                              (REF needs tail, any USER);
                              image: 'oscap-docker image', REF never run: with OpenSCAP >= 1.3.8 in the
                              scanner it reads a 'docker export' copy, so REF needs no shell; older
                              oscap-docker runs 'bash' in it (see docs/scanning.md)
  --rootfs-max-mb N           rootfs: most MiB the extracted tree may take in memory (data and files)
                              (default ${DEFAULT_ROOTFS_MAX_MB})
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
  parallel: { type: 'string' },
  'output-dir': { type: 'string' },
  'scanner-image': { type: 'string', default: DEFAULT_SCANNER_IMAGE },
  mode: { type: 'string', default: 'auto' },
  'rootfs-max-mb': { type: 'string', default: String(DEFAULT_ROOTFS_MAX_MB) },
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

export async function scan(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseCommandArgs('scan', argv, { ...scanOptionSpec, ...gateOptions });
  if (values.help) {
    io.stdout(scanUsage);
    return EXIT_PASS;
  }
  if (positionals.length > 0)
    throw new ConfigurationError(`scan takes no positional arguments; got '${positionals[0]}'`);
  const images = values.image ?? [];
  const outputDir = values['output-dir'];
  if (images.length === 0) throw new ConfigurationError(`scan needs --image REF\n\n${scanUsage}`);
  if (outputDir === undefined) throw new ConfigurationError(`scan needs --output-dir DIR\n\n${scanUsage}`);
  // Several images, or one with its own baseline: a set (src/cli/scan-set.ts).
  if (images.length > 1 || images.some((text) => text.includes('='))) {
    return (await import('./scan-set.js')).scanSet(values, images, outputDir, io, env);
  }
  const image = images[0]!;
  if (values.parallel !== undefined) throw new ConfigurationError('--parallel needs more than one --image');
  await checkGateInputs(values);
  const mode = oneOf('--mode', values.mode, SCAN_MODES);
  const pull = oneOf('--pull', values.pull, PULL_POLICIES);
  const timeoutSeconds = parseTimeout(values.timeout);
  const rootfsMaxMb = parseMaxMb(values['rootfs-max-mb']);
  const evidenceFormats = parseEvidenceFormats('--evidence', values.evidence);
  const registry = await registryCredentials(
    image,
    values.registry,
    values['registry-username'],
    values['registry-password-file'],
    env,
  );
  const controller = new AbortController();
  const release = abortOnSignals(controller, io);
  const log = stderrLogger(io, values.verbose === true);
  const gateExtra: GateExtras = { image, reportsDir: outputDir };
  const scanned = { scannerImage: values['scanner-image'], mode };
  // The gate and its reports are loaded while the scanner runs: nothing needs them before.
  let gateModule: Promise<typeof import('./compare.js')> | undefined;
  const loadGate = () => {
    if (gateModule === undefined) {
      gateModule = import('./compare.js');
      // Started early and awaited late: a failure to load is reported where the gate runs, not before.
      gateModule.catch(() => undefined);
    }
    return gateModule;
  };
  // Gating starts as soon as the results are read, while the scan's containers are still being removed.
  let gating: Promise<GateOutcome> | undefined;
  let output;
  try {
    output = await scanImage(
      {
        image,
        outputDir,
        scannerImage: values['scanner-image'],
        mode,
        rootfsMaxMb,
        ...scannerLimitOptions(values),
        profile: values.profile,
        ...(values.datastream !== undefined && { datastream: values.datastream }),
        ...(values['tailoring-file'] !== undefined && { tailoringFile: values['tailoring-file'] }),
        timeoutSeconds,
        pull,
        ...(registry && { registry }),
        signal: controller.signal,
        // The baseline is read while the scanner runs (this process is idle then); an error in it is
        // reported by the gate, after the scan, as it would be without this head start.
        whileScanning: () => {
          void loadGate();
          if (values.baseline === undefined) return;
          gateExtra.baseline = readResultsFile(values.baseline);
          gateExtra.baseline.catch(() => undefined);
          gateExtra.baselineFacts = { beside: values.baseline };
        },
        onResults: (results, recorded) => {
          const currentFacts = factsOfScan(recorded, scanned);
          gating = loadGate().then((gate) => gate.runGate(results, values, { ...gateExtra, currentFacts }));
          // Awaited below, or settled before the scan's own error is reported.
          gating.catch(() => undefined);
        },
      },
      undefined,
      log,
    );
  } catch (error) {
    await gating?.catch(() => undefined);
    throw error;
  } finally {
    release();
  }
  log.info(
    `scanned ${output.targetDigest} in ${output.mode} mode (oscap exit ${output.oscapExitCode}); report ${output.reportHtml}`,
  );
  const gate = await loadGate();
  const done = output;
  // The evidence comes after the gate's reports, whose digests its manifest lists.
  gateExtra.afterReports = async (outcome) => {
    const { writeCliEvidence, workflowRunFromEnv } = await import('./evidence-output.js');
    const workflowRun = workflowRunFromEnv(env);
    const files = outputPaths(outputDir);
    const reports = ['stig-gate.json', 'stig-gate.sarif', 'stig-gate.md'].map((name) =>
      join(outputDir, name),
    );
    await writeCliEvidence(
      outcome,
      {
        image,
        imageDigest: done.targetDigest,
        scannerImage: values['scanner-image'],
        scannerDigest: done.scannerDigest,
        // The mode that ran (auto resolves to one).
        mode: done.mode,
        ...(values.datastream !== undefined && { datastream: values.datastream }),
        ...(values['tailoring-file'] !== undefined && { tailoringFile: values['tailoring-file'] }),
        ...(workflowRun && { workflowRun }),
      },
      evidenceFormats,
      outputDir,
      [files.reportHtml, files.resultsXml, files.resultsArf, files.log, files.metadata, ...reports],
      io,
    );
  };
  // Written only now that the scan has succeeded: a scan that fails leaves no gate report behind.
  return gate.reportGate(
    await (gating ??
      gate.runGate(output.results, values, { ...gateExtra, currentFacts: factsOfScan(output, scanned) })),
    values,
    io,
    gateExtra,
  );
}
