/**
 * Reading a results file from disk: the one place the results engine touches the file system.
 */
import { open, stat } from 'node:fs/promises';
import { ResultsFormatError, toError } from '../errors.js';
import { CarveError, carveDocument } from './carve.js';
import { attachEvidence } from './why/attach.js';
import { EvidenceFragmentError } from './why/fragment.js';
import { OvalCollector } from './why/oval-collect.js';
import type { ScanResults } from './model.js';
import { XccdfContentError, buildScanResults } from './xccdf.js';
import { XmlFragmentError } from './xml-fragment.js';

/** Read size: large enough that the native byte search dominates, small enough to keep memory flat. */
const CHUNK_BYTES = 4 << 20;

export interface ReadOptions {
  /**
   * false: read the rule-results only, as from a bare TestResult (titles are the rule ids), passing over the
   * Rules, whose inside is then not checked; for a file checked for completeness beside one read in full
   * (oscap's ARF beside its results.xml). The file is still read to its end: a truncated one, or one whose
   * elements outside the Rules do not balance, is refused as always. Default true.
   */
  rules?: boolean;
  /**
   * false: no evidence for failing rules (none is read from the ARF's OVAL results). Default true: each
   * failing rule gets the OVAL tests that decided it (ARF) or its SCE script's output.
   */
  evidence?: boolean;
}

/**
 * Reads XCCDF 1.1/1.2 results, ARF or a bare TestResult from `file`, detecting which from the content.
 * Throws {@link ResultsFormatError} naming the file for anything that is not complete results: a missing,
 * empty or truncated file, HTML, a DTD, a benchmark with no TestResult. Never returns "no findings" for
 * input it could not read.
 */
export async function readResultsFile(file: string, options: ReadOptions = {}): Promise<ScanResults> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ResultsFormatError(file, 'not a regular file');
    size = info.size;
  } catch (error) {
    if (error instanceof ResultsFormatError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ResultsFormatError(
      file,
      code === 'ENOENT' ? 'no such file' : `cannot be read (${toError(error).message})`,
    );
  }
  return readResults(file, readChunks(file, size), options);
}

/**
 * The file's bytes in chunks read into two buffers taken in turns: the carver keeps a view of the last
 * chunk until the next one arrives, and never longer. Reusing them keeps memory flat whatever the size.
 * Plain reads rather than a ReadStream, whose machinery costs more than the carving on large ARF files.
 */
async function* readChunks(file: string, size: number): AsyncGenerator<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    // A small file gets small buffers (one byte more, to see its end in one read): 8 MiB for a 600 kB
    // results.xml only made the garbage collector run sooner.
    const bytes = Math.min(CHUNK_BYTES, size + 1);
    let buffer = Buffer.allocUnsafeSlow(bytes);
    let other = Buffer.allocUnsafeSlow(bytes);
    for (;;) {
      [buffer, other] = [other, buffer];
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** Reads results from any stream of bytes; `source` names it in errors and in the model. */
export async function readResults(
  source: string,
  chunks: AsyncIterable<Uint8Array>,
  options: ReadOptions = {},
): Promise<ScanResults> {
  try {
    const evidence = options.evidence ?? true;
    const oval = evidence ? new OvalCollector() : undefined;
    const carved = await carveDocument(chunks, { rules: options.rules ?? true, oval });
    const results = buildScanResults(source, carved);
    if (oval) attachEvidence(results, carved, oval);
    return results;
  } catch (error) {
    if (
      error instanceof CarveError ||
      error instanceof XccdfContentError ||
      error instanceof XmlFragmentError ||
      error instanceof EvidenceFragmentError
    ) {
      throw new ResultsFormatError(source, error.message);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string')
      throw new ResultsFormatError(source, `cannot be read (${toError(error).message})`);
    throw error;
  }
}
