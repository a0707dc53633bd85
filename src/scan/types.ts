/** The shapes a scan hands back: progress reporting, timings and the completed scan. */
import type { ImageOs } from './image-os.js';
import type { ScanResults } from '../results/model.js';
import type { ResolvedScanMode, ScanMode } from './options.js';
import type { ScanStep } from './scan-error.js';

/** Where a scan reports progress. The action maps these to @actions/core; the CLI to stderr. */
export interface ScanLogger {
  info(message: string): void;
  warning(message: string): void;
  /** Raw lines from the scanner, for verbose output; omitted → not shown (they are in scan.log). */
  detail?(line: string): void;
}

export type ScanPhase = ScanStep | 'clean up';

/** How long one phase took. */
export interface PhaseTiming {
  phase: ScanPhase;
  ms: number;
}

/** A completed scan: oscap exited 0 or 2 and both results files were read in full. */
export interface ScanOutput {
  /** The random id in the scan's container names and in its `stig-gate.scan` label. */
  scanId: string;
  /** The mode the scan ran in (`auto` resolved), and the one asked for. */
  mode: ResolvedScanMode;
  requestedMode: ScanMode;
  /** The output directory, absolute. */
  outputDir: string;
  resultsXml: string;
  resultsArf: string;
  /** The HTML report exactly as oscap wrote it. */
  reportHtml: string;
  /** The scanner's output (scan.log). */
  log: string;
  /** scan.json: the images, digests, mode, profile, oscap's exit code and the timings, for the record. */
  metadata: string;
  /** oscap's own code: 0 every rule passed, 2 at least one did not. */
  oscapExitCode: 0 | 2;
  /** The image's distribution from its os-release (rootfs and mount mode read it; image and container mode do not). */
  imageOs?: ImageOs;
  /** `repo@sha256:…` when the image came from a registry, else the local image id. */
  targetDigest: string;
  scannerDigest: string;
  targetImageId: string;
  scannerImageId: string;
  /**
   * The OpenSCAP version that evaluated the rules, e.g. `1.4.2`, as that oscap wrote it into its results
   * (the `test-system` CPE or the scanner-version fact: what `oscap --version` says in the scanner, read at
   * no cost); `unknown` when the results do not name it.
   */
  oscapVersion: string;
  /** results.xml, as read: the gate takes these rather than reading the file again. */
  results: ScanResults;
  timings: PhaseTiming[];
}
