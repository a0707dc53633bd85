/**
 * oscap's own files, redacted in the output folder once the results are read (see
 * results/redact-document.ts): results-arf.xml and results.xml rewritten with what oscap collected from
 * the image redacted as the reports' evidence is, and report.html made again from the redacted ARF by the
 * scanner's own oscap (`oscap xccdf generate report`), so that the HTML an assessor opens is oscap's and
 * holds no secret either. The originals' sha256 are recorded (scan.json, evidence.json), so that an
 * assessor given them later can tell they are this scan's.
 *
 * The report container is the least a report needs: no network, a read-only root, no capability, no new
 * privileges, the scanner's limits, and one mount, the redacted ARF, read-only; oscap writes the HTML to
 * its standard output.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { toError } from '../errors.js';
import { redactResultsDocument } from '../results/redact-document.js';
import { bindMount, scannerLimitArgs, type ScanNames } from './commands.js';
import { lastLines } from './diagnose.js';
import type { ScanPlan } from './options.js';
import type { DockerRunner } from './runner.js';
import { ScanError } from './scan-error.js';

/** What was done to one of oscap's files. */
export interface RedactedFile {
  /** Its name in the output folder. */
  name: string;
  /** The sha256 of oscap's file as it wrote it, before redaction. */
  unredactedSha256: string;
  /** How many values were replaced (report.html: absent when made again from the redacted ARF, 0 when kept). */
  replaced?: number;
}

/** What happened to oscap's own files: redacted (the default), or kept as oscap wrote them when asked. */
export interface RawReportsRecord {
  handling: 'redacted' | 'unredacted';
  files: RedactedFile[];
}

/** Where the report container sees the redacted ARF. */
const ARF_IN_REPORTER = '/stig-gate/in/results-arf.xml';

/**
 * `docker run` of `oscap xccdf generate report` on the redacted ARF, printing the HTML. Named and labelled
 * as the scan's, so that the scan's cleanup removes it whatever happens.
 */
export function reportContainerArgs(
  plan: Pick<ScanPlan, 'limits'>,
  names: ScanNames,
  scannerImage: string,
  arf: string,
): string[] {
  return [
    'run',
    '--rm',
    '--pull=never',
    '--name',
    `stig-gate-${names.id}-report`,
    '--label',
    names.label,
    '--network',
    'none',
    '--read-only',
    '--cap-drop',
    'ALL',
    '--security-opt',
    'no-new-privileges',
    ...scannerLimitArgs(plan.limits),
    '--mount',
    bindMount(arf, ARF_IN_REPORTER, true),
    '--entrypoint',
    'oscap',
    scannerImage,
    'xccdf',
    'generate',
    'report',
    ARF_IN_REPORTER,
  ];
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Writes `data` to `path` through a file beside it, so that no reader ever sees half of it. */
async function replaceFile(path: string, data: string): Promise<void> {
  const next = `${path}.redacting`;
  await writeFile(next, data);
  await rename(next, path);
}

async function redactXmlFile(path: string): Promise<RedactedFile> {
  const original = await readFile(path);
  const { xml, replaced } = redactResultsDocument(original.toString('utf8'), basename(path));
  // Nothing to redact: the file stays byte for byte as oscap wrote it.
  if (replaced > 0) await replaceFile(path, xml);
  return { name: basename(path), unredactedSha256: sha256(original), replaced };
}

/**
 * Redacts results-arf.xml and results.xml in place and makes report.html again from the redacted ARF in
 * a container of `scannerImage` (not when neither held anything to redact: oscap's report is made from
 * what its ARF holds, so it holds nothing either, and the container's seconds are spared). Any failure is
 * the step "redact reports", and oscap's three files are deleted rather than left unredacted.
 */
export async function redactOscapOutputs(
  docker: DockerRunner,
  plan: Pick<ScanPlan, 'limits' | 'scannerImage'>,
  names: ScanNames,
  paths: { resultsArf: string; resultsXml: string; reportHtml: string },
): Promise<RawReportsRecord> {
  try {
    const [arf, xccdf] = await Promise.all([
      redactXmlFile(paths.resultsArf),
      redactXmlFile(paths.resultsXml),
    ]);
    const originalReport = await readFile(paths.reportHtml);
    const report = { name: basename(paths.reportHtml), unredactedSha256: sha256(originalReport) };
    if (arf.replaced === 0 && xccdf.replaced === 0)
      return { handling: 'redacted', files: [arf, xccdf, { ...report, replaced: 0 }] };
    const made = await docker(reportContainerArgs(plan, names, plan.scannerImage, paths.resultsArf));
    if (made.exitCode !== 0 || !/<html/i.test(made.stdout)) {
      throw new Error(
        `oscap xccdf generate report exited ${made.exitCode}: ${lastLines(made.stderr) || '(no output)'}`,
      );
    }
    await replaceFile(paths.reportHtml, made.stdout);
    return { handling: 'redacted', files: [arf, xccdf, report] };
  } catch (thrown) {
    const files = [paths.resultsArf, paths.resultsXml, paths.reportHtml];
    await Promise.all(files.map((file) => rm(file, { force: true })));
    throw new ScanError(
      'redact reports',
      `${toError(thrown).message}; oscap's results-arf.xml, results.xml and report.html were deleted rather ` +
        'than left unredacted (--upload-raw-reports, upload-raw-reports: true, keeps them as oscap wrote them)',
    );
  }
}
