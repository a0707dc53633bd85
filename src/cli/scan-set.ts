/**
 * `stig-gate scan --image A --image B … --output-dir DIR`: a set of images in one run. The scanner is
 * pulled once; each image is scanned and gated as `stig-gate scan` does one, into DIR/<its artifact name>,
 * at most --parallel at once; the set gets one verdict, printed as --format says, and DIR/stig-gate-set.json
 * and .md. An image that cannot be scanned makes the set an error naming it; the others still finish.
 */
import { setMaxListeners } from 'node:events';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError, isUserError } from '../errors.js';
import { FAIL_ON_VALUES, SEVERITY_THRESHOLDS } from '../gate/types.js';
import type { BaselineSource } from '../inputs/baseline-source.js';
import { parseImageEntries, type ImageEntry } from '../inputs/image-list.js';
import { defaultParallel, runFleet } from '../pipeline/fleet.js';
import { parseEvidenceFormats } from '../evidence/format-names.js';
import { gateScans, writeReports, type FactsInput } from '../pipeline/gate-files.js';
import { factsOfScan } from '../pipeline/scan-facts.js';
import { defaultArtifactName } from '../publish/report-key.js';
import { gateJson } from '../report/gate-json.js';
import type { SetMember } from '../report/set-report.js';
import { oneOf } from './args.js';
import type { CliIo } from './io.js';
import {
  abortOnSignals,
  checkGateInputs,
  parseMaxMb,
  parseTimeout,
  registryCredentials,
  stderrLogger,
} from './scan.js';
import { pullScannerOnce } from '../scan/scanner-image.js';
import { scanImage, type ScanLogger } from '../scan/scan.js';
import {
  DEFAULT_ROOTFS_MAX_MB,
  DEFAULT_SCANNER_IMAGE,
  normaliseRegistry,
  PULL_POLICIES,
  registryOf,
  SCAN_MODES,
  type ScanOptions,
} from '../scan/options.js';
import type { GateOptionValues } from './gate-options.js';
import { outputPaths } from '../scan/outputs.js';
import { scannerLimitOptions, type ScannerLimitValues } from './scanner-limits.js';

/** The parsed options of `stig-gate scan` that a set reads. */
export interface ScanSetValues extends GateOptionValues, ScannerLimitValues {
  'scanner-image'?: string;
  mode?: string;
  'rootfs-max-mb'?: string;
  profile?: string;
  datastream?: string;
  'tailoring-file'?: string;
  timeout?: string;
  pull?: string;
  registry?: string;
  'registry-username'?: string;
  'registry-password-file'?: string;
  verbose?: boolean;
  parallel?: string;
  evidence?: string;
}

/** Each image's baseline: its own (a file or `image:`), else --baseline; artifacts are the action's. */
function cliBaseline(entry: ImageEntry, shared: string | undefined): BaselineSource {
  const source = entry.baseline ?? (shared === undefined ? { kind: 'none' } : { kind: 'file', path: shared });
  if (source.kind === 'artifact') {
    throw new ConfigurationError(
      `--image '${entry.image}=artifact…': artifact baselines are the action's (they are looked up in GitHub); give a results file or image:REF`,
    );
  }
  return source;
}

function prefixed(log: ScanLogger, image: string): ScanLogger {
  return { info: (m) => log.info(`[${image}] ${m}`), warning: (m) => log.warning(`[${image}] ${m}`) };
}

export async function scanSet(
  values: ScanSetValues,
  images: readonly string[],
  outputDir: string,
  io: CliIo,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const entries = parseImageEntries(images, '--image');
  const sources = entries.map((entry) => cliBaseline(entry, values.baseline));
  await checkGateInputs(values);
  const failOn = oneOf('--fail-on', values['fail-on'] ?? 'new', FAIL_ON_VALUES);
  const severityThreshold = oneOf(
    '--severity-threshold',
    values['severity-threshold'] ?? 'low',
    SEVERITY_THRESHOLDS,
  );
  if (values.format === 'sarif')
    throw new ConfigurationError("--format sarif is one image's; each image's SARIF is in its folder");
  const parallel = values.parallel === undefined ? defaultParallel() : Number(values.parallel);
  if (!Number.isInteger(parallel) || parallel < 1)
    throw new ConfigurationError(
      `--parallel must be a whole number, 1 or more; got '${values.parallel ?? ''}'`,
    );
  const registry = await registryCredentials(
    entries[0]!.image,
    values.registry,
    values['registry-username'],
    values['registry-password-file'],
    env,
  );
  const profile = values.profile ?? '';
  const evidenceFormats = parseEvidenceFormats('--evidence', values.evidence ?? 'all');
  const mode = oneOf('--mode', values.mode ?? 'auto', SCAN_MODES);
  const scannerImage = values['scanner-image'] ?? DEFAULT_SCANNER_IMAGE;
  const shared: Omit<ScanOptions, 'image' | 'outputDir'> = {
    scannerImage,
    mode,
    rootfsMaxMb: parseMaxMb(values['rootfs-max-mb'] ?? String(DEFAULT_ROOTFS_MAX_MB)),
    ...scannerLimitOptions(values),
    profile,
    ...(values.datastream !== undefined && { datastream: values.datastream }),
    ...(values['tailoring-file'] !== undefined && { tailoringFile: values['tailoring-file'] }),
    timeoutSeconds: parseTimeout(values.timeout ?? ''),
    pull: oneOf('--pull', values.pull ?? 'always', PULL_POLICIES),
    ...(registry && { registry }),
    scannerReady: true,
  };
  const controller = new AbortController();
  // Every scan of the set listens to the one signal (a few listeners each): not a leak.
  setMaxListeners(Math.max(10, entries.length * 8), controller.signal);
  const release = abortOnSignals(controller, io);
  const log = stderrLogger(io, values.verbose === true);
  log.info(`${entries.length} images, ${parallel} at a time`);
  let outcomes;
  try {
    outcomes = await runFleet(entries, {
      parallel,
      prepare: () =>
        pullScannerOnce(
          {
            ...(shared.scannerImage && { scannerImage: shared.scannerImage }),
            ...(shared.pull && { pull: shared.pull }),
            ...(registry && { registry }),
          },
          log,
        ),
      gate: async (entry, index): Promise<SetMember> => {
        const artifactName = defaultArtifactName(entry.image, profile);
        const dir = join(outputDir, artifactName);
        await mkdir(dir, { recursive: true });
        const imageLog = prefixed(log, entry.image);
        // The credentials go only to the scans of images from their registry (the scanner is pulled already).
        const scan = (image: string, into: string) => {
          const { registry: login, ...rest } = shared;
          const own =
            login && normaliseRegistry(login.server) === registryOf(image) ? { registry: login } : {};
          return scanImage(
            { ...rest, ...own, image, outputDir: into, signal: controller.signal },
            undefined,
            imageLog,
          );
        };
        const output = await scan(entry.image, dir);
        imageLog.info(
          `scanned ${output.targetDigest} in ${output.mode} mode (oscap exit ${output.oscapExitCode})`,
        );
        const source = sources[index]!;
        // A baseline file's facts are read beside it (the gate's default); an image baseline's are its scan's.
        let baseline;
        let baselineFacts: FactsInput | undefined;
        if (source.kind === 'file') baseline = source.path;
        else if (source.kind === 'image') {
          const baselineScan = await scan(source.image, join(dir, 'baseline'));
          baseline = baselineScan.results;
          baselineFacts = factsOfScan(baselineScan, { scannerImage, mode });
        }
        const { result, current } = await gateScans({
          current: output.results,
          baseline,
          waivers: values.waivers,
          inheritedFromHost: values['inherited-from-host'] ?? false,
          policy: { failOn, severityThreshold },
          image: entry.image,
          currentFacts: factsOfScan(output, { scannerImage, mode }),
          ...(baselineFacts && { baselineFacts }),
        });
        const files = await writeReports(result, dir, {
          markdown: { heading: `STIG gate: ${entry.image} (${profile})` },
        });
        // The evidence comes after the reports, whose digests its manifest lists (as for one image).
        if (evidenceFormats.length > 0) {
          const { writeCliEvidence, workflowRunFromEnv } = await import('./evidence-output.js');
          const workflowRun = workflowRunFromEnv(env);
          const scanFiles = outputPaths(dir);
          await writeCliEvidence(
            { result, current, report: '' },
            {
              image: entry.image,
              imageDigest: output.targetDigest,
              scannerImage,
              scannerDigest: output.scannerDigest,
              // The mode that ran (auto resolves to one).
              mode: output.mode,
              ...(values.datastream !== undefined && { datastream: values.datastream }),
              ...(values['tailoring-file'] !== undefined && { tailoringFile: values['tailoring-file'] }),
              ...(workflowRun && { workflowRun }),
            },
            evidenceFormats,
            dir,
            [
              scanFiles.reportHtml,
              scanFiles.resultsXml,
              scanFiles.resultsArf,
              scanFiles.log,
              scanFiles.metadata,
              files.json,
              files.sarif,
              files.markdown,
            ],
            io,
          );
        }
        imageLog.info(`${result.verdict === 'fail' ? 'FAIL' : 'PASS'}: ${result.reason}`);
        return {
          image: entry.image,
          artifactName,
          outputDir: dir,
          jsonPath: files.json,
          report: gateJson(result),
          markdown: await readFile(files.markdown, 'utf8'),
        };
      },
    });
  } finally {
    release();
  }
  const members: SetMember[] = outcomes.map((outcome, index) => {
    if (outcome.ok) return outcome.value;
    const entry = entries[index]!;
    const error = outcome.error;
    const message = isUserError(error) ? error.message : `stig-gate bug: ${error.stack ?? error.message}`;
    log.warning(`[${entry.image}] no verdict: ${message.split('\n', 1)[0]}`);
    return { image: entry.image, artifactName: defaultArtifactName(entry.image, profile), error: message };
  });
  return (await import('./set-output.js')).reportSet(
    members,
    {
      format: values.format,
      output: values.output,
      heading: `STIG gate: ${members.length} images (${profile})`,
      dir: outputDir,
    },
    io,
  );
}
