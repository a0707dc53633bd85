/**
 * Writes the assessor evidence (src/assessor/) into the output folder: the formats asked for, then
 * evidence.json with the sha256 of every artifact file, then the in-toto statement. Also gathers the
 * scan's facts from what an entry point has (the scan's output, the options, the runner's environment).
 * The one place the evidence touches the file system.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigurationError, toError } from '../errors.js';
import { buildEvidenceModel } from '../assessor/build-model.js';
import {
  EVIDENCE_FILES,
  INTOTO_FILE,
  renderEvidence,
  type DocumentFormat,
  type EvidenceFormat,
} from '../assessor/formats.js';
import type { EvidencePaths } from '../assessor/format-names.js';
import {
  renderIntotoStatement,
  renderManifest,
  type FileDigest,
  type RawReportsEntry,
} from '../assessor/manifest.js';
import type { ScanFacts } from '../assessor/model.js';
import type { GateResult } from '../gate/types.js';
import type { ScanResults } from '../results/model.js';
import { rawReportsEntry } from './raw-reports.js';
import type { RawReportsRecord } from '../scan/redact-outputs.js';

import { TOOL } from '../version.js';

export { TOOL };

/** What the entry point knows about the scan; everything but the results is optional. */
export interface FactSources {
  results: ScanResults;
  /** The image reference as the user gave it. */
  image?: string;
  /** `repo@sha256:…` or a local image id: what was scanned. */
  imageDigest?: string;
  scannerImage?: string;
  scannerDigest?: string;
  mode?: string;
  /** A data stream file on this machine (hashed here); absent when the scanner's own was used. */
  datastream?: string;
  tailoringFile?: string;
  workflowRun?: ScanFacts['workflowRun'];
}

async function sha256File(path: string, what: string): Promise<string> {
  try {
    return createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  } catch (error) {
    throw new ConfigurationError(
      `cannot read the ${what} ${path} to record its sha256: ${toError(error).message}`,
    );
  }
}

/** The OpenSCAP version from the results' test system (`cpe:/a:redhat:openscap:1.4.4`) or scanner name. */
function openscapVersion(results: ScanResults): string | undefined {
  const { version, name } = results.scanner;
  if (version) return version;
  return /openscap:(\d[\w.]*)/i.exec(name ?? '')?.[1];
}

/** Builds the {@link ScanFacts} from what the entry point has; hashes the data stream and tailoring files. */
export async function gatherScanFacts(sources: FactSources): Promise<ScanFacts> {
  const { results } = sources;
  const reference = sources.image ?? results.target ?? basename(results.source);
  const digestInRef = /@(sha256:[0-9a-f]{64})$/.exec(reference)?.[1];
  const digest = sources.imageDigest ?? digestInRef;
  const version = openscapVersion(results);
  const [dataStreamSha, tailoringSha] = await Promise.all([
    sources.datastream ? sha256File(sources.datastream, 'data stream') : undefined,
    sources.tailoringFile ? sha256File(sources.tailoringFile, 'tailoring file') : undefined,
  ]);
  const facts: ScanFacts = {
    image: { reference, ...(digest && { digest }) },
    benchmark: { ...results.benchmark },
    profile: { ...results.profile },
  };
  if (sources.scannerImage || version) {
    facts.scanner = {
      ...(sources.scannerImage && { reference: sources.scannerImage }),
      ...(sources.scannerDigest && { digest: sources.scannerDigest }),
      ...(version && { openscapVersion: version }),
    };
  }
  if (sources.mode) facts.mode = sources.mode;
  if (sources.datastream)
    facts.dataStream = { path: sources.datastream, ...(dataStreamSha && { sha256: dataStreamSha }) };
  if (sources.tailoringFile)
    facts.tailoring = { path: sources.tailoringFile, ...(tailoringSha && { sha256: tailoringSha }) };
  if (results.startTime) facts.startTime = results.startTime;
  if (results.endTime) facts.endTime = results.endTime;
  if (sources.workflowRun) facts.workflowRun = sources.workflowRun;
  return facts;
}

export interface WriteEvidenceOptions {
  result: GateResult;
  current: ScanResults;
  facts: ScanFacts;
  formats: readonly EvidenceFormat[];
  dir: string;
  /** The other files of the artifact (results, reports), listed in the manifest with their sha256. */
  artifactFiles: readonly string[];
  /** What the scan did with oscap's own files (absent: no scan, a results file was gated). */
  rawReports?: RawReportsRecord;
}

export type { EvidencePaths };

/**
 * A file's entry in the manifest. Its name is its path from the output folder, so that `sha256sum -c` run
 * there checks every entry: a file of the folder by its relative name, one outside it (the results file and
 * the baseline `stig-gate evidence` gated) by its absolute path, so that two inputs both named
 * `results.xml` stay apart.
 */
function digestOfData(path: string, data: Buffer, dir: string): FileDigest {
  const inside = relative(resolve(dir), resolve(path));
  const outside = inside === '' || inside.startsWith('..') || isAbsolute(inside);
  return {
    name: outside ? resolve(path) : inside,
    sha256: createHash('sha256').update(data).digest('hex'),
    bytes: data.length,
  };
}

/** Renders and writes the evidence; returns the paths written. A folder that cannot be written is an error. */
export async function writeEvidence(options: WriteEvidenceOptions): Promise<EvidencePaths> {
  const { dir, formats } = options;
  const paths: EvidencePaths = {};
  if (formats.length === 0) return paths;
  const model = buildEvidenceModel({
    result: options.result,
    current: options.current,
    facts: options.facts,
    tool: TOOL,
  });
  const documents = formats.filter((format): format is DocumentFormat => format !== 'manifest');
  // One format at a time: rendered, encoded once, hashed from those bytes and written from them while the
  // next one renders. At 2,000 rules the documents are tens of MB; only their bytes wait for the writes.
  const digests: FileDigest[] = [];
  const writes: Promise<void>[] = [];
  try {
    let renderError: unknown;
    try {
      for (const format of documents) {
        const path = join(dir, EVIDENCE_FILES[format]);
        const content = renderEvidence(format, model);
        if (content === undefined) {
          // A format with nothing to say this time leaves no file from an earlier run behind.
          writes.push(rm(path, { force: true }));
          continue;
        }
        const data = Buffer.from(content, 'utf8');
        writes.push(writeFile(path, data));
        paths[format] = path;
        digests.push(digestOfData(path, data, dir));
      }
    } catch (error) {
      renderError = error;
    }
    // Every write settles before an error is reported, so none is left running.
    const failed = (await Promise.allSettled(writes)).find((outcome) => outcome.status === 'rejected');
    if (renderError !== undefined) throw renderError;
    if (failed) throw failed.reason;
    if (formats.includes('manifest')) {
      const present: string[] = [];
      for (const file of options.artifactFiles) {
        if ((await stat(file).catch(() => undefined))?.isFile()) present.push(file);
      }
      for (const file of present) digests.push(digestOfData(file, await readFile(file), dir));
      const raw: RawReportsEntry | null = options.rawReports ? rawReportsEntry(options.rawReports) : null;
      const manifest = renderManifest(model, digests, raw);
      paths.manifest = join(dir, EVIDENCE_FILES.manifest);
      await writeFile(paths.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
      const statement = renderIntotoStatement(manifest);
      if (statement) {
        paths.intoto = join(dir, INTOTO_FILE);
        await writeFile(paths.intoto, `${JSON.stringify(statement, null, 2)}\n`);
      }
    }
  } catch (error) {
    throw new ConfigurationError(
      `cannot write the evidence files to ${dir}: ${toError(error).message}; check the path`,
    );
  }
  return paths;
}
