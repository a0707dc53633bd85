/** The files a scan writes into its output directory, and the check that they are complete. */
import { rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toError } from '../errors.js';
import type { ScanResults } from '../results/model.js';
import { readResultsFile } from '../results/read.js';
import { OUTPUT_FILES } from './commands.js';
import type { ScanPlan } from './options.js';
import { ScanError } from './scan-error.js';
import type { ScanOutput } from './types.js';

/** The paths of {@link OUTPUT_FILES} in `dir`. */
export function outputPaths(dir: string): Record<keyof typeof OUTPUT_FILES, string> {
  return {
    resultsXml: join(dir, OUTPUT_FILES.resultsXml),
    resultsArf: join(dir, OUTPUT_FILES.resultsArf),
    reportHtml: join(dir, OUTPUT_FILES.reportHtml),
    log: join(dir, OUTPUT_FILES.log),
    metadata: join(dir, OUTPUT_FILES.metadata),
  };
}

/** Deletes an earlier run's outputs, so that they can never pass for this run's. */
export async function removeStaleOutputs(dir: string): Promise<void> {
  await Promise.all(Object.values(outputPaths(dir)).map((path) => rm(path, { force: true })));
}

/** The output files that exist and are not empty: what a failed scan keeps for inspection. */
export async function producedFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const path of Object.values(outputPaths(dir))) {
    const size = await stat(path).then(
      (info) => info.size,
      () => 0,
    );
    if (size > 0) found.push(path);
  }
  return found;
}

/**
 * Reads results.xml in full, checks that results-arf.xml is complete and holds the same rule results, and
 * that report.html was written: oscap's exit code alone does not prove the files are complete. Anything
 * missing, empty, truncated or disagreeing is a {@link ScanError}.
 */
export async function readCompleteResults(dir: string, oscapExitCode: number): Promise<ScanResults> {
  const paths = outputPaths(dir);
  try {
    // The ARF's Rules repeat results.xml's; passing over them halves the reading after the scan.
    const [xccdf, arf] = await Promise.all([
      readResultsFile(paths.resultsXml, { evidence: false }),
      readResultsFile(paths.resultsArf, { rules: false }),
    ]);
    checkSameResults(xccdf, arf);
    // Only the ARF holds the OVAL results that say why a rule failed.
    xccdf.rules.forEach((rule, i) => {
      const evidence = arf.rules[i]!.evidence;
      if (evidence) rule.evidence = evidence;
    });
    xccdf.evidenceFrom = 'arf';
    const report = await stat(paths.reportHtml).catch(() => null);
    if (!report || report.size === 0) throw new Error(`${paths.reportHtml}: oscap wrote no HTML report`);
    return xccdf;
  } catch (thrown) {
    throw new ScanError(
      'read results',
      `oscap exited ${oscapExitCode}, but its output is not complete: ${toError(thrown).message}`,
    );
  }
}

/**
 * The ARF and the XCCDF results of one oscap run list the same rule-results in the same order (a rule
 * checked more than once appears more than once in both).
 */
function checkSameResults(xccdf: ScanResults, arf: ScanResults): void {
  const count = Math.max(xccdf.rules.length, arf.rules.length);
  for (let i = 0; i < count; i++) {
    const [inXccdf, inArf] = [xccdf.rules[i], arf.rules[i]];
    if (inXccdf?.ruleId === inArf?.ruleId && inXccdf?.result === inArf?.result) continue;
    const describe = (rule: ScanResults['rules'][number] | undefined) =>
      rule ? `${rule.ruleId} ${rule.result}` : 'nothing';
    throw new Error(
      `${arf.source} and ${xccdf.source} do not hold the same results: rule-result ${i + 1} is ` +
        `${describe(inArf)} in the one and ${describe(inXccdf)} in the other`,
    );
  }
}

/** What scan.json records: enough to say later exactly what was scanned, with what, and how long it took. */
export function scanMetadata(
  plan: Pick<ScanPlan, 'image' | 'scannerImage' | 'mode' | 'requestedMode' | 'profile'>,
  output: ScanOutput,
) {
  return {
    schemaVersion: 1,
    scanId: output.scanId,
    image: plan.image,
    targetDigest: output.targetDigest,
    targetImageId: output.targetImageId,
    scannerImage: plan.scannerImage,
    scannerDigest: output.scannerDigest,
    scannerImageId: output.scannerImageId,
    oscapVersion: output.oscapVersion,
    ...(output.imageOs && { imageOsIds: output.imageOs.ids, imageOsName: output.imageOs.name }),
    mode: plan.mode,
    requestedMode: plan.requestedMode,
    profile: plan.profile,
    oscapExitCode: output.oscapExitCode,
    rawReports: output.rawReports,
    counts: output.results.counts,
    timings: output.timings.map(({ phase, ms }) => ({ phase, seconds: Math.round(ms) / 1000 })),
  };
}

export async function writeMetadata(plan: ScanPlan, output: ScanOutput): Promise<void> {
  await writeFile(output.metadata, `${JSON.stringify(scanMetadata(plan, output), null, 2)}\n`);
}
