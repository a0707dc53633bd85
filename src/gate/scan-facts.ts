/**
 * What a scan was made with (the scanner image and its digest, OpenSCAP's version, the scan mode, the
 * benchmark, the target's digest) and the drift check between the baseline's and the current scan's. A
 * baseline scanned by another scanner or another release of the STIG content can show new failures that no
 * change to the image caused; the reports say so next to the new failures. Every fact is optional: what a
 * side does not record is unknown, and unknown is never drift.
 */
import type { ScanResults } from '../results/model.js';

/** What one scan was made with. Absent fields are unknown; nothing is guessed. */
export interface ScanFacts {
  /** The scanner image reference as given (`cgr.dev/chainguard/openscap:latest-dev`). */
  scannerImage?: string;
  /** `repo@sha256:…` when the scanner came from a registry, else the engine's image id (`sha256:…`). */
  scannerDigest?: string;
  /** OpenSCAP's version: the TestResult's own record, else `oscap --version` in the scanner. */
  oscapVersion?: string;
  /** How the target was scanned (`container`, `image`, …), as the scan names it. */
  mode?: string;
  benchmarkId?: string;
  /** The XCCDF Benchmark's version (the STIG content's release, `3.2.16`). */
  benchmarkVersion?: string;
  /** The target as scanned: `repo@sha256:…`, else the engine's image id. */
  targetDigest?: string;
  /** The image's os-release `ID` and `ID_LIKE`, space-separated, or `none` (rootfs and mount mode record it). */
  imageOsIds?: string;
  /** The image's os-release `PRETTY_NAME`. */
  imageOsName?: string;
}

/** The keys of {@link ScanFacts}, in the order the reports show them. */
export const SCAN_FACT_KEYS = [
  'scannerImage',
  'scannerDigest',
  'oscapVersion',
  'mode',
  'benchmarkId',
  'benchmarkVersion',
  'targetDigest',
  'imageOsIds',
  'imageOsName',
] as const satisfies readonly (keyof ScanFacts)[];

/**
 * The facts a results file holds itself: the benchmark, and OpenSCAP's version from the TestResult (its
 * `test-system` CPE or scanner facts) when the scanner it names is OpenSCAP.
 */
export function factsFromResults(results: ScanResults): ScanFacts {
  const facts: ScanFacts = {};
  if (results.benchmark.id) facts.benchmarkId = results.benchmark.id;
  if (results.benchmark.version) facts.benchmarkVersion = results.benchmark.version;
  if (results.scanner.version && /openscap/i.test(results.scanner.name ?? ''))
    facts.oscapVersion = results.scanner.version;
  return facts;
}

/**
 * One record from several: for each fact, the first source that knows it. Blank text and the placeholder
 * `unknown` (which records write for "not known") are not facts.
 */
export function mergeFacts(...sources: readonly (ScanFacts | undefined)[]): ScanFacts {
  const merged: ScanFacts = {};
  for (const key of SCAN_FACT_KEYS) {
    const value = sources
      .map((source) => source?.[key]?.trim())
      .find((text) => text !== undefined && text !== '' && text.toLowerCase() !== 'unknown');
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** The facts whose change can change rule results without any change to the image. */
export const DRIFT_FACTS = ['benchmarkVersion', 'oscapVersion', 'scannerDigest'] as const;
export type DriftFact = (typeof DRIFT_FACTS)[number];

/** One fact that differs between the baseline and the current scan, both sides known. */
export interface DriftChange {
  fact: DriftFact;
  baseline: string;
  current: string;
}

/** The scanner or its content changed since the baseline: what changed, and the one-line notice. */
export interface ScannerDrift {
  changes: DriftChange[];
  /** Plain text (the reports escape it): `baseline scanned with benchmark 3.2.15, this scan with 3.2.16: …`. */
  notice: string;
}

/**
 * The digest part of a recorded image: `sha256:…` after the `@` of a repository digest, or an engine's
 * image id. The two kinds name different things (a manifest, a config) and never compare.
 */
function imageDigest(recorded: string): { kind: 'manifest' | 'image id'; digest: string } | undefined {
  const at = recorded.lastIndexOf('@');
  const digest = (at === -1 ? recorded : recorded.slice(at + 1)).toLowerCase();
  if (!/^[a-z0-9]+:[a-f0-9]{32,}$/.test(digest)) return undefined;
  return { kind: at === -1 ? 'image id' : 'manifest', digest };
}

/** True when both sides are known, comparable and different: only then is a change evidence of drift. */
function differs(fact: DriftFact, baseline: string | undefined, current: string | undefined): boolean {
  if (baseline === undefined || current === undefined) return false;
  if (fact !== 'scannerDigest') return baseline !== current;
  // The same image pulled under another name has the same digest: that is not a new scanner.
  const [a, b] = [imageDigest(baseline), imageDigest(current)];
  if (a === undefined || b === undefined || a.kind !== b.kind) return false;
  return a.digest !== b.digest;
}

const VALUE_MAX = 80;

function shown(text: string): string {
  return text.length <= VALUE_MAX ? text : `${text.slice(0, VALUE_MAX - 1)}…`;
}

/** `sha256:0123456789ab`: enough to tell two scanner images apart in a sentence. */
function shortDigest(recorded: string): string {
  const digest = imageDigest(recorded)?.digest ?? recorded;
  const colon = digest.indexOf(':');
  return colon === -1 ? shown(digest) : digest.slice(0, colon + 13);
}

function describe(change: DriftChange, side: 'baseline' | 'current', withName: boolean): string {
  const value = change[side];
  switch (change.fact) {
    case 'benchmarkVersion':
      return withName ? `benchmark ${shown(value)}` : shown(value);
    case 'oscapVersion':
      return withName ? `OpenSCAP ${shown(value)}` : shown(value);
    case 'scannerDigest':
      return `scanner image ${shortDigest(value)}`;
  }
}

function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** How many rules changed result against the baseline: what the notice says the update may explain. */
export interface ResultChanges {
  newFailures: number;
  fixed: number;
}

/** What the scanner update may explain: the new failures, else the fixed rules, else nothing changed. */
function consequence({ newFailures, fixed }: ResultChanges): string {
  if (newFailures > 0) return 'some new failures may come from the scanner update';
  if (fixed > 0) return 'some fixed rules may come from the scanner update';
  return 'no rule changed result with it';
}

/**
 * Compares the baseline's facts with the current scan's: the benchmark version, OpenSCAP's version and the
 * scanner image digest. Undefined when none differs, or none is known on both sides. The gate's counts of
 * changed results decide what the notice says the update may explain.
 */
export function scannerDrift(
  baseline: ScanFacts,
  current: ScanFacts,
  changed: ResultChanges,
): ScannerDrift | undefined {
  const changes: DriftChange[] = [];
  for (const fact of DRIFT_FACTS) {
    const [before, now] = [baseline[fact], current[fact]];
    if (differs(fact, before, now)) changes.push({ fact, baseline: before!, current: now! });
  }
  if (changes.length === 0) return undefined;
  // One change reads "with benchmark 3.2.15, this scan with 3.2.16"; several name each fact on both sides.
  const named = changes.length > 1 || changes[0]!.fact === 'scannerDigest';
  const baselineSide = joinAnd(changes.map((change) => describe(change, 'baseline', true)));
  const currentSide = joinAnd(changes.map((change) => describe(change, 'current', named)));
  return {
    changes,
    notice: `baseline scanned with ${baselineSide}, this scan with ${currentSide}: ${consequence(changed)}`,
  };
}
