/**
 * The files one image's run leaves in its output folder, and the one list of them that is its artifact:
 * the artifact uploads that list, and the manifest (evidence.json) lists the same files with their sha256.
 * An output file is added here, and nowhere else, to be uploaded and listed.
 */
import { join } from 'node:path';
import type { EvidencePaths } from '../assessor/format-names.js';
import { OUTPUT_FILES } from '../scan/commands.js';
import { REPORT_FILES, type ReportName } from './gate-files.js';

/** Files on disk, as far as the run got; an absent one was not written. */
export interface OutputFiles extends Partial<Record<ReportName, string>> {
  outputDir?: string;
  reportHtml?: string;
  resultsXml?: string;
  resultsArf?: string;
  /** The assessor files written, by format. */
  evidence?: EvidencePaths;
}

/** The scan's and the gate's files in the output folder, oscap's raw reports among them. */
function scanAndGateFiles(files: OutputFiles): string[] {
  const scanRecords = files.outputDir
    ? [join(files.outputDir, OUTPUT_FILES.log), join(files.outputDir, OUTPUT_FILES.metadata)]
    : [];
  const reports = (Object.keys(REPORT_FILES) as ReportName[]).map((name) => files[name]);
  return [files.reportHtml, files.resultsXml, files.resultsArf, ...reports, ...scanRecords].filter(
    (file): file is string => file !== undefined,
  );
}

/**
 * The artifact's files, assessor files aside: the scan's and the gate's. scan.log and scan.json are named by
 * the folder (a scan that failed still leaves its log); scan.json also lets a later run that takes this
 * artifact as its baseline read the scanner's digest. Which of them exist is checked where they are read.
 * oscap's report.html, results-arf.xml and results.xml are redacted by the scan unless the workflow asked
 * for them unredacted (see raw-reports.ts).
 */
export function reportFiles(files: OutputFiles): string[] {
  return scanAndGateFiles(files);
}

/** Every file of the artifact: {@link reportFiles}, then the assessor files (the manifest among them). */
export function artifactFiles(files: OutputFiles): string[] {
  return [...reportFiles(files), ...Object.values(files.evidence ?? {})];
}
