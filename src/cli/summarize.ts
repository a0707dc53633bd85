/** `stig-gate summarize <file> [--format text|json]`: read one results file and show what it holds. */
import { oneLine } from '../report/escape.js';
import { ConfigurationError } from '../errors.js';
import { assertSomethingEvaluated } from '../gate/compare.js';
import { summaryJson } from '../report/summary-json.js';
import { summaryText } from '../report/summary-text.js';
import { readResultsFile } from '../results/read.js';
import { oneOf, parseCommandArgs } from './args.js';
import { EXIT_PASS, type CliIo } from './io.js';

export const summarizeUsage = `Usage: stig-gate summarize <results-file> [--format text|json]

Reads OpenSCAP results (XCCDF 1.1/1.2 --results, ARF --results-arf, or a bare TestResult; the format is
detected from the content) and prints the counts per result and the failing rules, most severe first.
Exits 0 when the file was read, 1 when it could not be (missing, empty, truncated, not results) or holds
no scan that ran: no rule evaluated (none, or all notselected, notchecked, informational or
notapplicable), or every evaluated rule in error or unknown, as compare refuses it.

  --format text|json   text for a terminal (default); json as documented in docs/json-schemas.md
`;

export async function summarize(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('summarize', argv, {
    format: { type: 'string', default: 'text' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(summarizeUsage);
    return EXIT_PASS;
  }
  const format = oneOf('--format', values.format, ['text', 'json'] as const);
  if (positionals.length !== 1) {
    throw new ConfigurationError(
      `summarize takes exactly one results file, got ${positionals.length}\n\n${summarizeUsage}`,
    );
  }
  // The summary shows no evidence: the OVAL results are not read for it.
  const results = await readResultsFile(positionals[0]!, { evidence: false });
  // A file that holds no scan that ran is no "0 failures": the same error compare gives.
  assertSomethingEvaluated(results, 'current');
  io.stdout(format === 'json' ? `${JSON.stringify(summaryJson(results), null, 2)}\n` : summaryText(results));
  for (const warning of results.warnings) io.stderr(`warning: ${oneLine(warning)}\n`);
  return EXIT_PASS;
}
