/**
 * The action's evidence step: the scan's facts from what the action has (the inputs, the scan's digests,
 * the run), then the evidence files beside the reports. A failure here is an error of the step, as the
 * reports' are: the verdict is still reported, and nothing written before is removed.
 */
import { join } from 'node:path';
import type { EvidencePaths } from '../evidence/format-names.js';
import type { GateResult } from '../gate/types.js';
import type { ActionInputs } from '../inputs/action-inputs.js';
import { runUrl, type RunContext } from '../inputs/run-context.js';
import type { OutputFiles } from '../publish/outputs.js';
import type { ScanResults } from '../results/model.js';
import { gatherScanFacts, writeEvidence } from './evidence-files.js';
import { artifactSelection } from './raw-reports.js';

/** What a scan of this run knows about the images: their digests and scan.json. */
export interface ScannedImages {
  imageDigest: string;
  scannerDigest: string;
  /** The mode the scan ran in (`auto` resolved). */
  mode: string;
}

export interface ActionEvidenceInput {
  result: GateResult;
  current: ScanResults;
  inputs: ActionInputs;
  context: RunContext;
  files: OutputFiles;
  inWorkspace: (path: string) => string;
  /** Absent when a `results` file was gated. */
  scanned?: ScannedImages;
}

/** Writes the evidence the `evidence` input asks for into the output folder; returns the paths. */
export async function writeActionEvidence(input: ActionEvidenceInput): Promise<EvidencePaths> {
  const { inputs, context, files, scanned } = input;
  if (inputs.evidence.length === 0 || !files.outputDir) return {};
  const facts = await gatherScanFacts({
    results: input.current,
    image: inputs.image,
    ...(scanned && {
      imageDigest: scanned.imageDigest,
      scannerImage: inputs.scannerImage,
      scannerDigest: scanned.scannerDigest,
      mode: scanned.mode,
    }),
    ...(inputs.datastream && { datastream: input.inWorkspace(inputs.datastream) }),
    ...(inputs.tailoringFile && { tailoringFile: input.inWorkspace(inputs.tailoringFile) }),
    workflowRun: {
      repository: context.repository,
      ...((context.pullRequest?.headSha ?? context.sha) && {
        commit: context.pullRequest?.headSha ?? context.sha,
      }),
      runUrl: runUrl(context),
      runId: context.runId,
    },
  });
  const candidates = [
    files.reportHtml,
    files.resultsXml,
    files.resultsArf,
    files.json,
    files.sarif,
    files.markdown,
    // The files the artifact uploads (publishReports): evidence.json lists exactly those.
    join(files.outputDir, 'scan.log'),
  ].filter((file): file is string => file !== undefined);
  // oscap's raw files are withheld unless asked for: listed apart, with their digests (see raw-reports.ts).
  const { uploaded: artifactFiles, withheld: withheldFiles } = artifactSelection(
    candidates,
    inputs.uploadRawReports,
  );
  return writeEvidence({
    withheldFiles,
    result: input.result,
    current: input.current,
    facts,
    formats: inputs.evidence,
    dir: files.outputDir,
    artifactFiles,
  });
}
