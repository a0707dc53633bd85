/**
 * One image's pipeline, the only one: take its results (or scan it) → baseline → gate → reports → assessor
 * files, into its output folder. The action and the CLI call it for a single image and for each image of a
 * set; what differs between them (the log, log groups, how a baseline is found, printing a report) comes in
 * as {@link ImagePorts}. The files written so far are in `target.files` even when a step throws, so that the
 * caller can still upload or name them.
 */
import { copyFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { EvidenceFormat } from '../assessor/format-names.js';
import type { ScanFacts as AssessorScanFacts } from '../assessor/model.js';
import type { GatePolicy, GateResult } from '../gate/types.js';
import type { ScanResults } from '../results/model.js';
import { readResultsFile } from '../results/read.js';
import { normaliseRegistry, registryOf, targetName, type ScanOptions } from '../scan/options.js';
import { scanImage, type ScanLogger, type ScanOutput } from '../scan/scan.js';
import { gatherScanFacts, writeEvidence, type FactSources } from './assessor-files.js';
import type { OutputFiles } from './files.js';
import { reportFiles, withheldFiles } from './files.js';
import {
  gateScans,
  renderReports,
  writeRenderedReports,
  type FactsInput,
  type ResultsInput,
} from './gate-files.js';
import { factsOfScan } from './scan-facts.js';

/** What every image of a run is scanned, gated and written with (the run plan's shared part). */
export interface ImagePlan {
  /** The scan's options but the image, the folder and the signal; paths absolute or from the cwd. */
  scan: Omit<ScanOptions, 'image' | 'outputDir' | 'signal' | 'onResults' | 'whileScanning'> & {
    scannerImage: string;
    mode: NonNullable<ScanOptions['mode']>;
  };
  gate: { policy: GatePolicy; inheritedFromHost: boolean; waivers?: string };
  evidence: readonly EvidenceFormat[];
  /** The workflow run the assessor files name, when there is one. */
  workflowRun?: AssessorScanFacts['workflowRun'];
  /**
   * Whether oscap's raw report.html and results-arf.xml go into the artifact (the action's
   * `upload-raw-reports`); false: the manifest lists them as withheld. Absent: listed (the CLI).
   */
  uploadRawReports?: boolean;
}

/**
 * How one image's baseline is found: none; a results file (read while the scanner runs); an image scanned
 * after the target; or the action's resolution (files, images and artifacts, a missing one a warning),
 * given the function that scans a baseline image.
 */
export type BaselinePlan =
  | { kind: 'none' }
  | { kind: 'file'; path: string }
  | { kind: 'image'; image: string }
  | {
      kind: 'resolve';
      /** The results file, and where it came from in words (for the reports' Baseline line). */
      resolve: (
        scan: (image: string) => Promise<string>,
      ) => Promise<{ path: string; from: string } | undefined>;
    };

export interface ImageTarget {
  image: string;
  outputDir: string;
  /** A results file made elsewhere, gated instead of a scan (the action's `results` input). */
  results?: string;
  baseline: BaselinePlan;
  /** The heading of its stig-gate.md (a set's images are headed by their name). */
  heading?: string;
  /** Filled in as files are written; the caller's, so that what exists survives an error. */
  files: OutputFiles;
}

export interface ImagePorts {
  log: ScanLogger;
  signal: AbortSignal;
  /** The scanner is pulled already (a set): not pulled again, and a login only for its own registry's images. */
  scannerReady?: boolean;
  /** Runs a step in a log group (the action's single image); default: just runs it. */
  group?: <T>(name: string, step: () => Promise<T>) => Promise<T>;
  /** Called with the verdict before any report file is written (the CLI prints its report first). */
  onGated?: (gated: Gated) => Promise<void>;
}

/** The gate's outcome: the verdict and the current scan's results as gated. */
export interface Gated {
  result: GateResult;
  current: ScanResults;
}

export interface ImageOutcome extends Gated {
  files: OutputFiles;
  /** Its Markdown report as written to stig-gate.md: a set's job summary shows it as it is in memory. */
  markdown: string;
}

/** The action's and the CLI's log line for a finished scan. */
function scannedLine(image: string, output: ScanOutput, scannerImage: string): string {
  return `Scanned ${image} (${output.targetDigest}) in ${output.mode} mode with ${scannerImage} (${output.scannerDigest}); oscap exit ${output.oscapExitCode}`;
}

/** Scans `image` into `outputDir`; a set's credentials go only to images of their registry. */
function scanOne(
  plan: ImagePlan,
  ports: ImagePorts,
  image: string,
  outputDir: string,
  hooks: Pick<ScanOptions, 'onResults' | 'whileScanning'> = {},
): Promise<ScanOutput> {
  const { registry, ...options } = plan.scan;
  const login =
    registry && (!ports.scannerReady || normaliseRegistry(registry.server) === registryOf(image))
      ? { registry }
      : {};
  return scanImage(
    {
      ...options,
      ...login,
      ...(ports.scannerReady && { scannerReady: true }),
      ...hooks,
      image,
      outputDir,
      signal: ports.signal,
    },
    undefined,
    ports.log,
  );
}

/**
 * A results file made elsewhere, copied into the output folder so that the artifact holds it; its facts
 * are read beside the original (a scan.json or stig-gate.json that came with it).
 */
async function takeResults(path: string, outputDir: string, log: ScanLogger): Promise<string> {
  log.info(`Gating ${path} (no scan)`);
  const copy = join(outputDir, 'results.xml');
  if (resolve(path) === copy) return copy;
  try {
    await copyFile(path, copy);
    return copy;
  } catch {
    // Missing, a folder, unreadable: the results reader reports it with the file named, and fails closed.
    return path;
  }
}

/** Runs one image's pipeline (see the file's comment). */
export async function gateImage(
  plan: ImagePlan,
  target: ImageTarget,
  ports: ImagePorts,
): Promise<ImageOutcome> {
  const { files, baseline } = target;
  files.outputDir = target.outputDir;
  const group = ports.group ?? (<T>(_name: string, step: () => Promise<T>) => step());
  const gateWith = (
    current: ResultsInput,
    currentFacts: FactsInput,
    baselineResults: ResultsInput | undefined,
    baselineFacts?: FactsInput,
    baselineFrom?: string,
  ) =>
    gateScans({
      current,
      baseline: baselineResults,
      ...(plan.gate.waivers !== undefined && { waivers: plan.gate.waivers }),
      inheritedFromHost: plan.gate.inheritedFromHost,
      policy: plan.gate.policy,
      image: targetName(target.image),
      currentFacts,
      ...(baselineFacts && { baselineFacts }),
      ...(baselineFrom !== undefined && { baselineFrom }),
    });

  // A file baseline is read while the scanner runs, and the gate starts as soon as the results are read,
  // while the scan's containers are still being removed.
  let baselineFile: Promise<ScanResults> | undefined;
  let early: Promise<Gated> | undefined;
  const readEarly = baseline.kind === 'none' || baseline.kind === 'file';
  const earlyBaseline = (): [ResultsInput | undefined, FactsInput | undefined] =>
    baseline.kind === 'file'
      ? [baselineFile ?? baseline.path, { beside: baseline.path }]
      : [undefined, undefined];

  let current: ResultsInput;
  let currentFacts: FactsInput;
  if (target.results !== undefined) {
    const results = target.results;
    current = await group(`Results ${results}`, () => takeResults(results, target.outputDir, ports.log));
    files.resultsXml = current;
    currentFacts = { beside: results };
  } else {
    const output = await group(`Scan ${target.image}`, async () => {
      const hooks: Pick<ScanOptions, 'onResults' | 'whileScanning'> = !readEarly
        ? {}
        : {
            whileScanning: () => {
              if (baseline.kind !== 'file') return;
              baselineFile = readResultsFile(baseline.path);
              // Reported by the gate, after the scan, as it would be without this head start.
              baselineFile.catch(() => undefined);
            },
            onResults: (results, recorded) => {
              early = gateWith(results, factsOfScan(recorded, plan.scan), ...earlyBaseline());
              // Awaited below, or settled before the scan's own error is reported.
              early.catch(() => undefined);
            },
          };
      try {
        const done = await scanOne(plan, ports, target.image, target.outputDir, hooks);
        ports.log.info(scannedLine(target.image, done, plan.scan.scannerImage));
        return done;
      } catch (error) {
        await early?.catch(() => undefined);
        throw error;
      }
    });
    Object.assign(files, {
      resultsXml: output.resultsXml,
      resultsArf: output.resultsArf,
      reportHtml: output.reportHtml,
    });
    current = output.results;
    currentFacts = factsOfScan(output, plan.scan);
  }

  let gated: Gated;
  if (early && readEarly) gated = await early;
  else if (readEarly) gated = await gateWith(current, currentFacts, ...earlyBaseline());
  else {
    // An image baseline is scanned here, so its facts are known; other baselines' are read beside them.
    let baselineFacts: FactsInput | undefined;
    const scanBaseline = async (image: string) => {
      const output = await scanOne(plan, ports, image, join(target.outputDir, 'baseline'));
      baselineFacts = factsOfScan(output, plan.scan);
      return output;
    };
    let baselineResults: ResultsInput | undefined;
    let baselineFrom: string | undefined;
    if (baseline.kind === 'image') {
      baselineResults = (await scanBaseline(baseline.image)).results;
      baselineFrom = `image ${baseline.image}, scanned in this run`;
    } else if (baseline.kind === 'resolve') {
      const found = await group('Baseline', () =>
        baseline.resolve(async (image) => (await scanBaseline(image)).resultsXml),
      );
      baselineResults = found?.path;
      baselineFrom = found?.from;
    }
    gated = await gateWith(current, currentFacts, baselineResults, baselineFacts, baselineFrom);
  }

  await ports.onGated?.(gated);
  const reports = renderReports(
    gated.result,
    target.heading ? { markdown: { heading: target.heading } } : {},
  );
  Object.assign(files, await writeRenderedReports(reports, target.outputDir));
  if (plan.evidence.length > 0) {
    files.evidence = await group('Evidence for assessors', () => writeImageEvidence(plan, target, gated));
  }
  return { ...gated, files, markdown: reports.markdown };
}

/**
 * What the assessor files say was scanned with what, from the facts the gate took: a scan of this run's
 * own, or the records beside a results file only when they describe that very scan (see scan-facts.ts).
 * The action and `stig-gate evidence` alike.
 */
export function scannedWith(result: GateResult): Omit<FactSources, 'results' | 'image'> {
  const { facts } = result.current;
  return {
    ...(facts.targetDigest && { imageDigest: facts.targetDigest }),
    ...(facts.scannerImage && { scannerImage: facts.scannerImage }),
    ...(facts.scannerDigest && { scannerDigest: facts.scannerDigest }),
    ...(facts.mode && { mode: facts.mode }),
  };
}

/** The assessor files, after the reports whose digests the manifest lists with every other artifact file. */
async function writeImageEvidence(plan: ImagePlan, target: ImageTarget, gated: Gated) {
  const facts = await gatherScanFacts({
    results: gated.current,
    image: targetName(target.image),
    ...scannedWith(gated.result),
    ...(plan.scan.datastream && { datastream: plan.scan.datastream }),
    ...(plan.scan.tailoringFile && { tailoringFile: plan.scan.tailoringFile }),
    ...(plan.workflowRun && { workflowRun: plan.workflowRun }),
  });
  return writeEvidence({
    result: gated.result,
    current: gated.current,
    facts,
    formats: plan.evidence,
    dir: target.outputDir,
    artifactFiles: reportFiles(target.files, plan.uploadRawReports ?? true),
    withheldFiles: withheldFiles(target.files, plan.uploadRawReports ?? true),
  });
}

/** The verdict, its warnings and a scanner drift, in the log (the action's, for one image and a set's). */
export function logVerdict(log: ScanLogger, result: GateResult): void {
  log.info(`stig-gate: ${result.reason}`);
  for (const warning of result.warnings) log.warning(warning);
  if (result.scannerDrift) log.warning(`Scanner changed since the baseline: ${result.scannerDrift.notice}`);
}
