/** A scan that did not produce complete results, saying where it stopped and what it left for inspection. */
import { ConfigurationError } from '../errors.js';

/** The steps of a scan, in order; a {@link ScanError} names the one that failed. */
export const SCAN_STEPS = [
  'check options',
  'connect to docker',
  'log in to registry',
  'pull target',
  // A disk's check and digest, in place of the pull (see disk.ts).
  'read disk',
  'pull scanner',
  'inspect target',
  'inspect scanner',
  'prepare target',
  'start target',
  'create scanner',
  'run scanner',
  'record images',
  'read results',
  // oscap's own files rewritten with what it read from the image redacted (see redact-outputs.ts).
  'redact reports',
] as const;
export type ScanStep = (typeof SCAN_STEPS)[number];

/**
 * The scan failed at `step`. Always fails closed: a scan that did not finish is never "no findings".
 * `produced` lists the files the scan left in the output directory (partial results, the scanner's log);
 * `scanId` is the id in its container names and `stig-gate.scan` label, once it had one.
 */
export class ScanError extends ConfigurationError {
  constructor(
    readonly step: ScanStep,
    readonly detail: string,
    readonly produced: string[] = [],
    readonly scanId?: string,
  ) {
    super(
      `${step} failed: ${detail}${produced.length > 0 ? `\nKept for inspection: ${produced.join(', ')}` : ''}`,
    );
  }
}
