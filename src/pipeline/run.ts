/**
 * The run plan and its one runner. The action's inputs (src/action/plan.ts) and the CLI's arguments
 * (src/cli/scan.ts) both become a {@link RunPlan}: the images, each with its baseline and folder, and the
 * one {@link ImagePlan} they are all scanned, gated and written with. {@link runPlan} gates 1..n images with
 * {@link gateImage}; a single image is a set of one that keeps its own folder, log groups and errors. What
 * the faces do with the outcomes (publish, print) is theirs.
 */
import { setMaxListeners } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError, errorMessage, toError } from '../errors.js';
import { baselineForEntry, type ImageEntry } from '../inputs/image-list.js';
import type { BaselineSource } from '../inputs/baseline-source.js';
import { gateJson } from '../report/gate-json.js';
import { defaultArtifactName } from '../report/report-key.js';
import type { SetMember } from '../report/set-report.js';
import { pullScannerOnce } from '../scan/scanner-image.js';
import type { ScanLogger } from '../scan/types.js';
import type { OutputFiles } from './files.js';
import { runFleet } from './fleet.js';
import {
  gateImage,
  type BaselinePlan,
  type Gated,
  type ImageOutcome,
  type ImagePlan,
  type ImagePorts,
} from './image.js';

/** One image of the plan. */
export interface PlannedImage {
  image: string;
  /** Its artifact's name; in a set also its folder's name under the run's folder. */
  artifactName: string;
  /** Its folder: the run's folder for a single image, `<run folder>/<artifact name>` in a set. */
  outputDir: string;
  baseline: BaselineSource;
  /** A results file made elsewhere, gated instead of a scan (the action's `results`). */
  results?: string;
}

/** Everything a run does, typed and checked before any scan: a typo costs none. */
export interface RunPlan {
  /** One or more images, in the order given. */
  images: PlannedImage[];
  /**
   * A set: the scanner pulled once, each image in its own folder with its Markdown headed by its name, the
   * images gated side by side and one verdict. Else one image, in the run's folder.
   */
  set: boolean;
  /** How many images of a set are gated at once. */
  parallel: number;
  /** The run's folder: a single image's files, or a set's image folders. */
  outputDir: string;
  /** How the run's folder is named to the user, for the error when it cannot be made. */
  outputDirName: string;
  /** What every image is scanned, gated and written with. */
  each: ImagePlan;
}

/** The images of a plan: each with its baseline (its own, else the shared one) and its folder. */
export function planImages(
  entries: readonly ImageEntry[],
  options: {
    set: boolean;
    outputDir: string;
    baseline: BaselineSource;
    profile: string;
    /** A single image's artifact name, when given (the action's `artifact-name`). */
    artifactName?: string;
  },
): PlannedImage[] {
  return entries.map((entry) => {
    const artifactName = options.artifactName ?? defaultArtifactName(entry.image, options.profile);
    return {
      image: entry.image,
      artifactName,
      outputDir: options.set ? join(options.outputDir, artifactName) : options.outputDir,
      baseline: baselineForEntry(entry, options.baseline, entries.length),
    };
  });
}

/** What one image came to: its files as far as it got, its verdict when it reached one, or its error. */
export interface ImageRun {
  planned: PlannedImage;
  /** Its log (a set's lines start with the image). */
  log: ScanLogger;
  files: OutputFiles;
  /** Set as soon as the gate decided, before the files are written. */
  gated?: Gated;
  outcome?: ImageOutcome;
  error?: Error;
  /** Its member of the set's report. */
  member: SetMember;
}

export interface RunPorts {
  log: ScanLogger;
  signal: AbortSignal;
  /** Runs a single image's steps (and a set's scanner pull) in a log group; default: just runs them. */
  group?: ImagePorts['group'];
  /** A single image's verdict, before its files are written (the CLI prints its report first). */
  onGated?: ImagePorts['onGated'];
  /** How an image's baseline is found; default: as given (none, a file, or an image scanned in this run). */
  baseline?: (image: PlannedImage, log: ScanLogger) => BaselinePlan;
  /** After each image that was tried, whatever it came to (the action uploads its artifact). */
  finished?: (run: ImageRun) => Promise<void>;
}

/** A baseline as given: artifacts are found only by the action, which passes its own lookup. */
function givenBaseline(planned: PlannedImage): BaselinePlan {
  const { baseline } = planned;
  if (baseline.kind === 'artifact')
    throw new ConfigurationError(
      `the baseline of '${planned.image}' is an artifact, which only the action can look up; give a results file or image:REF`,
    );
  return baseline;
}

/** Each line of an image's log starts with the image, as a set's scans run side by side. */
export function prefixed(log: ScanLogger, image: string): ScanLogger {
  return {
    info: (message) => log.info(`[${image}] ${message}`),
    warning: (message) => log.warning(`[${image}] ${message}`),
  };
}

/** The set's report of one image: its verdict and files, or its error. */
function memberOf(run: ImageRun): SetMember {
  const { planned, outcome } = run;
  const member: SetMember = {
    image: planned.image,
    artifactName: planned.artifactName,
    ...(run.files.outputDir && { outputDir: run.files.outputDir }),
  };
  if (outcome) {
    member.report = gateJson(outcome.result);
    if (run.files.json) member.jsonPath = run.files.json;
    member.markdown = outcome.markdown;
  } else member.error = errorMessage(run.error);
  return member;
}

/** Gates one image into its folder; never throws: an error is the run's `error`. */
async function runImage(plan: RunPlan, planned: PlannedImage, ports: RunPorts): Promise<ImageRun> {
  const log = plan.set ? prefixed(ports.log, planned.image) : ports.log;
  const run = { planned, log, files: { outputDir: planned.outputDir } } as ImageRun;
  try {
    await mkdir(planned.outputDir, { recursive: true }).catch((error: unknown) => {
      throw new ConfigurationError(
        `cannot create the output folder ${planned.outputDir}: ${toError(error).message}; check ${plan.outputDirName}`,
      );
    });
    run.outcome = await gateImage(
      plan.each,
      {
        image: planned.image,
        outputDir: planned.outputDir,
        ...(planned.results !== undefined && { results: planned.results }),
        baseline: (ports.baseline ?? givenBaseline)(planned, log),
        // A set's Markdown is also its section of the set's summary: headed by the image.
        ...(plan.set && { heading: `STIG gate: ${planned.image} (${plan.each.scan.profile ?? ''})` }),
        files: run.files,
      },
      {
        log,
        signal: ports.signal,
        ...(plan.set ? { scannerReady: true } : ports.group && { group: ports.group }),
        onGated: async (gated) => {
          run.gated = gated;
          if (!plan.set) await ports.onGated?.(gated);
        },
      },
    );
  } catch (thrown) {
    run.error = toError(thrown);
    if (plan.set) log.warning(`no verdict: ${run.error.message.split('\n', 1)[0]}`);
  }
  run.member = memberOf(run);
  await ports.finished?.(run);
  return run;
}

/**
 * Runs the plan: a set's scanner is pulled once (an image that could not be tried is an error naming it),
 * then each image is gated, at most `parallel` at once. Never throws for an image: see each run's `error`.
 */
export async function runPlan(plan: RunPlan, ports: RunPorts): Promise<ImageRun[]> {
  // Every scan of a set listens to the one signal (a few listeners each): not a leak.
  setMaxListeners(Math.max(10, plan.images.length * 8), ports.signal);
  const group = ports.group ?? (<T>(_name: string, step: () => Promise<T>) => step());
  const outcomes = await runFleet(plan.images, {
    parallel: plan.set ? plan.parallel : 1,
    ...(plan.set && {
      prepare: () => group('Pull the scanner', () => pullScannerOnce(plan.each.scan, ports.log)),
    }),
    gate: (planned) => runImage(plan, planned, ports),
  });
  return outcomes.map((outcome, index) => {
    if (outcome.ok) return outcome.value;
    const planned = plan.images[index]!;
    const run = { planned, log: ports.log, files: {}, error: outcome.error } as ImageRun;
    ports.log.warning(`[${planned.image}] no verdict: ${outcome.error.message.split('\n', 1)[0]}`);
    run.member = memberOf(run);
    return run;
  });
}
