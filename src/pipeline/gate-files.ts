/**
 * Files in, files out: reads the results and waivers files, evaluates the gate, and writes the reports.
 * The one place the gate touches the file system; shared by the CLI (`compare`, `scan`) and the action.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError, toError } from '../errors.js';
import { evaluateGate } from '../gate/evaluate.js';
import type { GatePolicy, GateResult, Waiver } from '../gate/types.js';
import { gateJson } from '../report/gate-json.js';
import { renderMarkdown, type MarkdownOptions } from '../report/markdown.js';
import { renderSarif, type SarifOptions } from '../report/sarif.js';
import type { ScanResults } from '../results/model.js';
import { readResultsFile } from '../results/read.js';

/**
 * A results file (XCCDF results or ARF) to read, or its results already read (a scan reads them in full to
 * check they are complete) or being read (`stig-gate scan` reads the baseline while the scanner runs).
 */
export type ResultsInput = string | ScanResults | Promise<ScanResults>;

export interface GateFilesOptions {
  /** The current scan's results. */
  current: ResultsInput;
  /** The baseline's results; without them every failure is new. */
  baseline?: ResultsInput;
  /** A waivers YAML file. */
  waivers?: string;
  inheritedFromHost: boolean;
  policy: GatePolicy;
  /** The clock for waiver expiry; default now. */
  now?: Date;
  /** The scanned image, for waivers limited to images and for report locations. */
  image?: string;
  /** The mode the scan ran in, shown in every report; absent when gating a results file. */
  scanMode?: string;
}

/**
 * The YAML parser is loaded only when there is a waivers file: it was most of the gate's code (loading the
 * CLI's gate chunk took 41 ms with it, ~10 ms without; `compare` with no waivers is ~12 ms sooner).
 */
async function loadWaivers(path: string): Promise<Waiver[]> {
  const { loadWaiversFile } = await import('../gate/waivers-file.js');
  return loadWaiversFile(path);
}

/** Reads the files (in parallel) and evaluates the gate. Unreadable input is a ConfigurationError. */
export async function gateFiles(options: GateFilesOptions): Promise<GateResult> {
  const read = (input: ResultsInput) => (typeof input === 'string' ? readResultsFile(input) : input);
  const [current, baseline, waivers] = await Promise.all([
    read(options.current),
    options.baseline === undefined ? undefined : read(options.baseline),
    options.waivers === undefined ? ([] as Waiver[]) : loadWaivers(options.waivers),
  ]);
  return evaluateGate({
    current,
    baseline,
    waivers,
    inheritedFromHost: options.inheritedFromHost,
    policy: options.policy,
    now: options.now ?? new Date(),
    image: options.image,
    ...(options.scanMode !== undefined && { scanMode: options.scanMode }),
  });
}

/** File names of the reports inside the reports folder. */
export const REPORT_FILES = {
  json: 'stig-gate.json',
  sarif: 'stig-gate.sarif',
  markdown: 'stig-gate.md',
} as const;

export interface ReportOptions {
  markdown?: MarkdownOptions;
  sarif?: SarifOptions;
}

/** The three report files' contents, rendered; see {@link writeRenderedReports}. */
export type RenderedReports = Record<keyof typeof REPORT_FILES, string>;

/** Renders the reports folder's files. The Markdown file is the full report: no length limit. */
export function renderReports(result: GateResult, options: ReportOptions = {}): RenderedReports {
  return {
    json: `${JSON.stringify(gateJson(result), null, 2)}\n`,
    sarif: `${JSON.stringify(renderSarif(result, options.sarif), null, 2)}\n`,
    markdown: renderMarkdown(result, { maxLength: Number.MAX_SAFE_INTEGER, ...options.markdown }),
  };
}

/**
 * Writes rendered reports as `stig-gate.json`, `stig-gate.sarif` and `stig-gate.md` into `dir` (created
 * when missing) and returns their paths.
 */
export async function writeRenderedReports(
  reports: RenderedReports,
  dir: string,
): Promise<Record<keyof typeof REPORT_FILES, string>> {
  const paths = {
    json: join(dir, REPORT_FILES.json),
    sarif: join(dir, REPORT_FILES.sarif),
    markdown: join(dir, REPORT_FILES.markdown),
  };
  try {
    await mkdir(dir, { recursive: true });
    await Promise.all([
      writeFile(paths.json, reports.json),
      writeFile(paths.sarif, reports.sarif),
      writeFile(paths.markdown, reports.markdown),
    ]);
  } catch (error) {
    throw new ConfigurationError(
      `cannot write the reports to ${dir}: ${toError(error).message}; check the path`,
    );
  }
  return paths;
}

/** Renders and writes the reports (see {@link renderReports} and {@link writeRenderedReports}). */
export async function writeReports(
  result: GateResult,
  dir: string,
  options: ReportOptions = {},
): Promise<Record<keyof typeof REPORT_FILES, string>> {
  return writeRenderedReports(renderReports(result, options), dir);
}
