/**
 * `stig-gate compare --current C [--baseline B] …`: gate a results file against a baseline, waivers and a
 * policy, and report. The report's rendering, writing and the verdict line are shared with `scan`.
 */
import { oneLine } from '../report/escape.js';
import { stat, writeFile } from 'node:fs/promises';
import { ConfigurationError, toError } from '../errors.js';
import { FAIL_ON_VALUES, SEVERITY_THRESHOLDS, type GateResult } from '../gate/types.js';
import {
  gateScans,
  renderReports,
  writeRenderedReports,
  type RenderedReports,
  type ResultsInput,
} from '../pipeline/gate-files.js';
import type { ScanResults } from '../results/model.js';
import { gateJson } from '../report/gate-json.js';
import { gateText } from '../report/gate-text.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { oneOf, parseCommandArgs } from './args.js';
import { gateOptions, gateOptionsUsage, type GateOptionValues } from './gate-options.js';
import { EXIT_FAIL, EXIT_PASS, type CliIo } from './io.js';

const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;

export const compareUsage = `Usage: stig-gate compare --current FILE [--baseline FILE] [--waivers FILE] [--inherited-from-host]
                         [--fail-on new|any|none] [--severity-threshold low|medium|high]
                         [--format text|json|markdown|sarif] [--output FILE] [--image REF] [--reports-dir DIR]

Compares the current scan's results with a baseline's (rules matched by id), applies waivers and the
policy, and reports new failures, fixed rules, rules still failing and waived ones. error and unknown
results count as failures. Exits 0 when the gate passes, 2 when it fails, 1 on an error (unreadable or
empty results, a scan that evaluated nothing or whose every check ended in error or unknown, a malformed
waivers file).

  --current FILE             results of the current scan (XCCDF --results or --results-arf output;
                             the ARF also says why each rule failed: the evidence in the reports)
${gateOptionsUsage}  --image REF                the scanned image, for waivers limited to images and SARIF locations
  --reports-dir DIR          also write stig-gate.json, stig-gate.sarif and stig-gate.md into DIR
`;

/** The --format value, checked. */
export function reportFormat(values: GateOptionValues): ReportFormat {
  return oneOf('--format', values.format ?? 'text', FORMATS);
}

export type ReportFormat = (typeof FORMATS)[number];

/** The report in `format`, for --output or standard output. */
export function renderReport(result: GateResult, format: ReportFormat): string {
  switch (format) {
    case 'text':
      return gateText(result);
    case 'json':
      return `${JSON.stringify(gateJson(result), null, 2)}\n`;
    case 'markdown':
      return renderMarkdown(result, {
        fullReportHint: 'the JSON output (`stig-gate compare --format json`)',
      });
    case 'sarif':
      return `${JSON.stringify(renderSarif(result), null, 2)}\n`;
  }
}

/** What a command adds to the gate options: the image, a reports directory, the baseline already being read. */
export interface GateExtras {
  image?: string;
  reportsDir?: string;
  /**
   * Runs once the reports directory's files are written, before the warnings and the verdict are printed
   * (the evidence, whose manifest lists the reports' digests).
   */
  afterReports?: (outcome: GateOutcome) => Promise<void>;
}

/** A gate run with its report rendered; writing and printing it is {@link reportGate}'s. */
export interface GateOutcome {
  result: GateResult;
  /** The current scan's results, as gated. */
  current: ScanResults;
  /** The report in the chosen --format, for --output or standard output. */
  report: string;
  /** The reports directory's files, rendered when a reports directory is given. */
  reports?: RenderedReports;
}

/**
 * Gates `current` (a results file, or results already read) with the parsed {@link gateOptions} `values`
 * and renders the report; writes and prints nothing. Errors are thrown.
 */
export async function runGate(
  current: ResultsInput,
  values: GateOptionValues,
  extra: GateExtras = {},
): Promise<GateOutcome> {
  const failOn = oneOf('--fail-on', values['fail-on'] ?? 'new', FAIL_ON_VALUES);
  const severityThreshold = oneOf(
    '--severity-threshold',
    values['severity-threshold'] ?? 'low',
    SEVERITY_THRESHOLDS,
  );
  const format = reportFormat(values);
  await refuseOutputOverInput(values, typeof current === 'string' ? current : undefined);
  const { result, current: scanned } = await gateScans({
    current,
    baseline: values.baseline,
    waivers: values.waivers,
    inheritedFromHost: values['inherited-from-host'] ?? false,
    policy: { failOn, severityThreshold },
    image: extra.image,
  });
  return {
    result,
    current: scanned,
    report: renderReport(result, format),
    ...(extra.reportsDir !== undefined && { reports: renderReports(result) }),
  };
}

/**
 * --output naming a file the gate reads would replace it with the report: refused before anything is read.
 * The same file is found by its device and inode, so a relative path or a link to it is caught too.
 */
export async function refuseOutputOverInput(
  values: GateOptionValues,
  current: string | undefined,
): Promise<void> {
  if (values.output === undefined) return;
  const output = await stat(values.output).catch(() => undefined);
  if (!output?.isFile()) return;
  const inputs: [string, string | undefined][] = [
    ['--current', current],
    ['--baseline', values.baseline],
    ['--waivers', values.waivers],
  ];
  for (const [option, file] of inputs) {
    const input = file === undefined ? undefined : await stat(file).catch(() => undefined);
    if (input && input.dev === output.dev && input.ino === output.ino) {
      throw new ConfigurationError(
        `--output ${values.output} is the ${option} file ${file}: the report would replace it; name another file`,
      );
    }
  }
}

/**
 * Writes a gate run's report (--output, else standard output) and the reports directory's files, then
 * prints the warnings and the verdict; returns the exit code: 0 passed, 2 failed. A reports directory that
 * cannot be written is an error thrown after the report has been written, so the report is not lost.
 */
export async function reportGate(
  outcome: GateOutcome,
  values: GateOptionValues,
  io: CliIo,
  extra: Pick<GateExtras, 'reportsDir' | 'afterReports'> = {},
): Promise<number> {
  const { result, report, reports } = outcome;
  await writeReport(report, values, io);
  if (extra.reportsDir !== undefined) {
    const files = await writeRenderedReports(reports ?? renderReports(result), extra.reportsDir);
    io.stderr(`reports: ${files.json}, ${files.sarif}, ${files.markdown}\n`);
  }
  if (extra.afterReports) await extra.afterReports(outcome);
  return printVerdict(result, values, io);
}

/** Writes the report to --output, else standard output. */
export async function writeReport(report: string, values: GateOptionValues, io: CliIo): Promise<void> {
  if (values.output === undefined) return io.stdout(report);
  try {
    await writeFile(values.output, report);
  } catch (error) {
    throw new ConfigurationError(`cannot write --output ${values.output}: ${toError(error).message}`);
  }
}

/** Prints the warnings and the verdict; returns the exit code: 0 passed, 2 failed. */
export function printVerdict(result: GateResult, values: GateOptionValues, io: CliIo): number {
  for (const warning of result.warnings) io.stderr(`warning: ${oneLine(warning)}\n`);
  if (result.scannerDrift)
    io.stderr(`warning: scanner changed since the baseline: ${oneLine(result.scannerDrift.notice)}\n`);
  // The verdict is the last line a log shows, unless the text report on stdout already starts with it.
  if ((values.format ?? 'text') !== 'text' || values.output !== undefined) {
    io.stderr(`${result.verdict === 'fail' ? 'FAIL' : 'PASS'}: ${result.reason}\n`);
  }
  return result.verdict === 'fail' ? EXIT_FAIL : EXIT_PASS;
}

/** Gates `current` and reports it (see {@link runGate} and {@link reportGate}). */
export async function gateAndReport(
  current: ResultsInput,
  values: GateOptionValues,
  io: CliIo,
  extra: GateExtras = {},
): Promise<number> {
  return reportGate(await runGate(current, values, extra), values, io, extra);
}

export async function compare(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('compare', argv, {
    ...gateOptions,
    current: { type: 'string' },
    image: { type: 'string' },
    'reports-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(compareUsage);
    return EXIT_PASS;
  }
  if (positionals.length > 0) {
    throw new ConfigurationError(
      `compare takes no positional arguments, got '${positionals[0]}'; name the results file with --current`,
    );
  }
  if (values.current === undefined) {
    throw new ConfigurationError(
      `compare needs --current FILE: the results of the scan to gate\n\n${compareUsage}`,
    );
  }
  return gateAndReport(values.current, values, io, {
    image: values.image,
    reportsDir: values['reports-dir'],
  });
}
