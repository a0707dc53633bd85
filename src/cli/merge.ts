/**
 * `stig-gate merge DIR… [--expect IMAGE]…`: one verdict for reports gated elsewhere — matrix jobs' report
 * artifacts once downloaded, or earlier `stig-gate scan` folders. Each DIR holds one image's stig-gate.json
 * (and stig-gate.md). An --expect image without a report, or a DIR without a readable one, makes the set an
 * error naming it (exit 1), never a pass.
 */
import { basename, resolve } from 'node:path';
import { ConfigurationError, isUserError, toError } from '../errors.js';
import { mergeReports } from '../pipeline/merge.js';
import { readReportDir } from '../pipeline/read-reports.js';
import type { SetMember } from '../report/set-report.js';
import { DEFAULT_PROFILE } from '../scan/options.js';
import { parseCommandArgs } from './args.js';
import { EXIT_PASS, type CliIo } from './io.js';
import { reportSet } from './set-output.js';

export const mergeUsage = `Usage: stig-gate merge DIR... [--expect IMAGE]... [--profile ID] [--format text|json|markdown]
                       [--output FILE]

Merges the reports in each DIR (one image's stig-gate.json and stig-gate.md, as 'stig-gate scan' writes
them or a matrix job's report artifact holds them) into one verdict for the set, with a row per image and
the new failures grouped by image (a rule failing newly on several images is said once).
Exits 0 every image passed, 2 one failed, 1 an image has no verdict (a DIR without a readable report, or
an --expect image that no DIR reports on).

  --expect IMAGE             an image the set must hold (repeat it); one without a report is an error
  --profile ID               the profile the reports were gated with (default ${DEFAULT_PROFILE}), for the
                             artifact names an --expect image is also matched by
  --format text|json|markdown
                             what to print (default text)
  --output FILE              write it to FILE instead of standard output
`;

export async function merge(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('merge', argv, {
    expect: { type: 'string', multiple: true },
    profile: { type: 'string', default: DEFAULT_PROFILE },
    format: { type: 'string', default: 'text' },
    output: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(mergeUsage);
    return EXIT_PASS;
  }
  if (positionals.length === 0)
    throw new ConfigurationError(`merge needs at least one DIR holding a stig-gate.json\n\n${mergeUsage}`);
  const found = await Promise.all(
    positionals.map(async (dir): Promise<SetMember> => {
      const name = basename(resolve(dir));
      try {
        const read = await readReportDir(dir, `folder '${dir}'`);
        return {
          image: read.report.image ?? name,
          artifactName: name,
          outputDir: dir,
          jsonPath: read.jsonPath,
          report: read.report,
          ...(read.markdown !== undefined && { markdown: read.markdown }),
        };
      } catch (thrown) {
        const error = toError(thrown);
        if (!isUserError(error)) throw error;
        return { image: name, artifactName: name, outputDir: dir, error: error.message };
      }
    }),
  );
  const expected = values.expect ?? [];
  const members =
    expected.length === 0
      ? found
      : mergeReports(
          expected,
          found,
          values.profile,
          (image) => `no report: none of the folders given holds a report for ${image}`,
        ).members;
  return reportSet(
    members,
    {
      format: values.format,
      output: values.output,
      heading: `STIG gate: ${members.length} images (${values.profile})`,
    },
    io,
  );
}
