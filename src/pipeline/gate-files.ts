/**
 * Files in, files out: reads the results and waivers files, evaluates the gate, and writes the reports.
 * The one place the gate touches the file system; shared by the CLI (`compare`, `scan`) and the action.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ConfigurationError, ResultsFormatError, toError } from '../errors.js';
import { evaluateGate } from '../gate/evaluate.js';
import { mergeFacts, type ScanFacts } from '../gate/scan-facts.js';
import type { GatePolicy, GateResult, Waiver } from '../gate/types.js';
import { gateJson } from '../report/gate-json.js';
import { renderMarkdown, type MarkdownOptions } from '../report/markdown.js';
import { renderSarif, type SarifOptions } from '../report/sarif.js';
import { waiverSnippet } from '../report/waiver-snippet.js';
import { coverageNoticeFor } from './content-coverage.js';
import type { ScanResults } from '../results/model.js';
import { readResultsFile } from '../results/read.js';
import { factsFromGateJson, factsFromScanJson, SIDE_FILES } from './scan-facts.js';

/**
 * A results file (XCCDF results or ARF) to read, or its results already read (a scan reads them in full to
 * check they are complete) or being read (`stig-gate scan` reads the baseline while the scanner runs).
 */
export type ResultsInput = string | ScanResults | Promise<ScanResults>;

/**
 * What a scan was made with beyond what its results file says: known (a scan of this run), or to be read
 * from the records beside a results file (`{ beside: path }`; see scan-facts.ts).
 */
export type FactsInput = ScanFacts | Promise<ScanFacts> | { beside: string };

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
  /** The current scan's facts; default: read beside `current` when it is a file name. */
  currentFacts?: FactsInput;
  /** The baseline's facts; default: read beside `baseline` when it is a file name. */
  baselineFacts?: FactsInput;
  /** Where the baseline came from, in words, for the reports. */
  baselineFrom?: string;
  /** The workflow run whose artifact the baseline came from, for the reports' link. */
  baselineRunUrl?: string;
}

/**
 * The YAML parser is loaded only when there is a waivers file: it was most of the gate's code (loading the
 * CLI's gate chunk took 41 ms with it, ~10 ms without; `compare` with no waivers is ~12 ms sooner).
 */
async function loadWaivers(path: string): Promise<Waiver[]> {
  const { loadWaiversFile } = await import('../gate/waivers-file.js');
  return loadWaiversFile(path);
}

async function readText(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch(() => undefined);
}

/**
 * The facts recorded beside a results file, kept only where they describe it (see scan-facts.ts). Missing
 * or unreadable records are no facts: never an error, since most results files have none.
 */
export async function readFactsBeside(path: string, results: ScanResults): Promise<ScanFacts> {
  const dir = dirname(path);
  const [scanJson, gateJson] = await Promise.all([
    readText(join(dir, SIDE_FILES.scanJson)),
    readText(join(dir, SIDE_FILES.gateJson)),
  ]);
  return mergeFacts(
    scanJson === undefined ? undefined : factsFromScanJson(scanJson, results),
    gateJson === undefined ? undefined : factsFromGateJson(gateJson, results),
  );
}

async function resolveFacts(
  facts: FactsInput | undefined,
  input: ResultsInput | undefined,
  results: ScanResults | undefined,
): Promise<ScanFacts | undefined> {
  if (results === undefined) return undefined;
  const source = facts ?? (typeof input === 'string' ? { beside: input } : undefined);
  return source !== undefined && 'beside' in source ? readFactsBeside(source.beside, results) : source;
}

/** Reads the files (in parallel) and evaluates the gate. Unreadable input is a ConfigurationError. */
export async function gateFiles(options: GateFilesOptions): Promise<GateResult> {
  return (await gateScans(options)).result;
}

/** {@link gateFiles}, also handing back the current scan's results as read (the evidence needs its rules). */
export async function gateScans(
  options: GateFilesOptions,
): Promise<{ result: GateResult; current: ScanResults }> {
  // Errors say which of the two files they are about: both are results files, often of one name.
  const read = (input: ResultsInput, role: string) =>
    typeof input !== 'string'
      ? input
      : readResultsFile(input).catch((error: unknown) => {
          throw error instanceof ResultsFormatError ? error.as(role) : error;
        });
  const [current, baseline, waivers] = await Promise.all([
    read(options.current, 'current'),
    options.baseline === undefined ? undefined : read(options.baseline, 'baseline'),
    options.waivers === undefined ? ([] as Waiver[]) : loadWaivers(options.waivers),
  ]);
  const [currentFacts, baselineFacts] = await Promise.all([
    resolveFacts(options.currentFacts, options.current, current),
    resolveFacts(options.baselineFacts, options.baseline, baseline),
  ]);
  const result = evaluateGate({
    current,
    baseline,
    waivers,
    inheritedFromHost: options.inheritedFromHost,
    policy: options.policy,
    now: options.now ?? new Date(),
    image: options.image,
    ...(currentFacts && { currentFacts }),
    ...(baselineFacts && { baselineFacts }),
    ...(options.baselineFrom !== undefined && { baselineFrom: options.baselineFrom }),
    ...(options.baselineRunUrl !== undefined && { baselineRunUrl: options.baselineRunUrl }),
  });
  // Beside the verdict: rules of Wolfi-only checks that passed on an image of another distribution.
  const coverage = await coverageNoticeFor(current, currentFacts).catch((error: unknown) => {
    result.warnings.push(`could not check what the content covers: ${toError(error).message}`);
    return undefined;
  });
  if (coverage !== undefined) result.notices = [...(result.notices ?? []), coverage];
  return { result, current };
}

/**
 * File names of the reports inside the reports folder. A report added here (with its rendering in
 * {@link renderReports}) is written, uploaded with the artifact and listed in its manifest.
 */
export const REPORT_FILES = {
  json: 'stig-gate.json',
  sarif: 'stig-gate.sarif',
  markdown: 'stig-gate.md',
  waiversNew: 'waivers-new.yml',
} as const;

export interface ReportOptions {
  markdown?: MarkdownOptions;
  sarif?: SarifOptions;
}

/** A report file's name in {@link REPORT_FILES}. */
export type ReportName = keyof typeof REPORT_FILES;

/** The report files' contents, rendered; see {@link writeRenderedReports}. */
export type RenderedReports = Record<ReportName, string>;

/** Renders the reports folder's files. The Markdown file is the full report: no length limit. */
export function renderReports(result: GateResult, options: ReportOptions = {}): RenderedReports {
  return {
    json: `${JSON.stringify(gateJson(result), null, 2)}\n`,
    sarif: `${JSON.stringify(renderSarif(result, options.sarif), null, 2)}\n`,
    markdown: renderMarkdown(result, { maxLength: Number.MAX_SAFE_INTEGER, ...options.markdown }),
    // The comment's ready-to-commit waivers file for the new failures, whole (refused until filled in).
    waiversNew: waiverSnippet(result.newFailures, result.image === undefined ? {} : { image: result.image }),
  };
}

/**
 * Writes rendered reports as {@link REPORT_FILES} names them into `dir` (created when missing) and returns
 * their paths.
 */
export async function writeRenderedReports(
  reports: RenderedReports,
  dir: string,
): Promise<Record<ReportName, string>> {
  const names = Object.keys(REPORT_FILES) as ReportName[];
  const paths = Object.fromEntries(names.map((name) => [name, join(dir, REPORT_FILES[name])])) as Record<
    ReportName,
    string
  >;
  try {
    await mkdir(dir, { recursive: true });
    await Promise.all(names.map((name) => writeFile(paths[name], reports[name])));
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
): Promise<Record<ReportName, string>> {
  return writeRenderedReports(renderReports(result, options), dir);
}
