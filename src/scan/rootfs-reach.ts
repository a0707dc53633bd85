/**
 * rootfs mode's selective extraction (issue #23): the data stream's reach (content/reach.ts) as the
 * extraction program's STIG_GATE_REACH (see rootfs-script.ts). The data stream is the workspace file, or
 * the scanner's own, read out of the scanner image by a container that has no network and drops every
 * capability. Anything that goes wrong here only costs the saving: the whole image is extracted, and the
 * log says why.
 */
import { readFile } from 'node:fs/promises';
import { contentReach, type ContentReach } from '../content/reach.js';
import { toError } from '../errors.js';
import { SCANNER_DATASTREAM, type ScanPlan } from './options.js';
import type { DockerRunner } from './runner.js';

/** The environment variable the extraction program reads its reach from (and removes before oscap runs). */
export const REACH_ENV = 'STIG_GATE_REACH';

/** A reach past this size is not passed (an argument's limit is 128 KiB); the whole image is extracted. */
const MAX_SPEC_CHARS = 96 * 1024;

/** The program that prints the scanner's data stream, as `python3 -I -c` runs it (no shell, no cat needed). */
const PRINT_FILE_PY = 'import shutil, sys; shutil.copyfileobj(open(sys.argv[1], "rb"), sys.stdout.buffer)';

/**
 * `docker run` printing the scanner image's own data stream: no network, no capability, read-only; with
 * the scan's label, so that an interrupted scan's cleanup removes it too.
 */
export function scannerDatastreamArgs(scannerImage: string, label: string): string[] {
  return [
    'run',
    '--rm',
    '--pull=never',
    '--label',
    label,
    '--network',
    'none',
    '--cap-drop',
    'ALL',
    '--security-opt',
    'no-new-privileges',
    '--read-only',
    '--entrypoint',
    'python3',
    scannerImage,
    '-I',
    '-c',
    PRINT_FILE_PY,
    SCANNER_DATASTREAM,
  ];
}

/**
 * The reach as the extraction program reads it: `[path, depth, read]` with paths relative to the tree
 * (`""` for its root). Undefined when nothing can be left out (the whole image is extracted).
 */
export function reachSpec(reach: ContentReach): string | undefined {
  if (reach.everything) return undefined;
  const spec = JSON.stringify(
    reach.regions.map((region) => [region.path.replace(/^\/+/, ''), region.depth, region.read]),
  );
  return spec.length > MAX_SPEC_CHARS ? undefined : spec;
}

/** What the scan logs about the extraction, and the spec when it is selective. */
export interface ExtractionChoice {
  spec?: string;
  note: string;
}

/** Reads the data stream (and tailoring) and derives what the extraction may leave out. Never throws. */
export async function chooseExtraction(
  plan: Pick<ScanPlan, 'datastream' | 'tailoringFile' | 'scannerImage' | 'rootfsExtractAll'>,
  docker: DockerRunner,
  label: string,
): Promise<ExtractionChoice> {
  if (plan.rootfsExtractAll === true) return { note: 'every file (asked for)' };
  try {
    let datastream: string;
    if (plan.datastream === undefined) {
      const printed = await docker(scannerDatastreamArgs(plan.scannerImage, label));
      if (printed.exitCode !== 0) {
        return { note: `every file: the scanner's data stream could not be read (${printed.stderr.trim()})` };
      }
      datastream = printed.stdout;
    } else datastream = await readFile(plan.datastream, 'utf8');
    const tailoring =
      plan.tailoringFile === undefined ? undefined : await readFile(plan.tailoringFile, 'utf8');
    const reach = contentReach(datastream, tailoring);
    if (reach.everything) {
      const why = reach.regions
        .map((region) => region.why)
        .slice(0, 3)
        .join('; ');
      return { note: `every file: the content can read any file (${why})` };
    }
    const spec = reachSpec(reach);
    if (spec === undefined) return { note: 'every file: the content reaches too many places to list' };
    const places = new Set(reach.regions.map((region) => region.path)).size;
    return { spec, note: `only what the data stream's checks can read (${places} places)` };
  } catch (thrown) {
    return { note: `every file: the data stream could not be analysed (${toError(thrown).message})` };
  }
}
