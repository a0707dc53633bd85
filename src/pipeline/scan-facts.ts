/**
 * Where a scan's facts (the scanner image and digest, OpenSCAP's version, the mode, the target's digest)
 * come from when the gate does not get them from the scan itself: a completed scan's own output, or the
 * records a scan left beside its results file (its `scan.json`, and the `stig-gate.json` report of the
 * run that gated it, as a baseline artifact holds them). A record is taken only when it describes that
 * very results file; anything unreadable or describing another scan is not evidence and is left out.
 */
import type { ScanFacts } from '../gate/scan-facts.js';
import { RULE_RESULT_VALUES, type ResultCounts, type ScanResults } from '../results/model.js';

/**
 * The records a scan leaves beside its results: scan.json (the scan's `OUTPUT_FILES.metadata`, named
 * here so that the gate loads no scanner code) and the gate's JSON report.
 */
export const SIDE_FILES = { scanJson: 'scan.json', gateJson: 'stig-gate.json' } as const;

/** What a completed scan knows of itself (a ScanOutput, or the part of it known when the results are read). */
export interface ScanRecord {
  scannerDigest?: string;
  targetDigest?: string;
  /** `oscap --version` in the scanner, when the scan asked it. */
  oscapVersion?: string;
  /** The mode the scan ran in, when it chose one itself (it then wins over the mode asked for). */
  mode?: string;
  /** The image's distribution, from its os-release (rootfs and mount mode). */
  imageOs?: { ids: string; name?: string };
}

/** A recorded value that is a fact: not blank, and not the placeholder a record writes for "not known". */
function isFact(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '' && value.trim().toLowerCase() !== 'unknown';
}

/** The facts of a scan made in this run: the images as given and recorded, and the mode it ran in. */
export function factsOfScan(record: ScanRecord, plan: { scannerImage: string; mode: string }): ScanFacts {
  return {
    scannerImage: plan.scannerImage,
    mode: isFact(record.mode) ? record.mode : plan.mode,
    ...(isFact(record.scannerDigest) && { scannerDigest: record.scannerDigest }),
    ...(isFact(record.targetDigest) && { targetDigest: record.targetDigest }),
    ...(isFact(record.oscapVersion) && { oscapVersion: record.oscapVersion }),
    ...(isFact(record.imageOs?.ids) && { imageOsIds: record.imageOs.ids }),
    ...(isFact(record.imageOs?.name) && { imageOsName: record.imageOs.name }),
  };
}

type Json = Record<string, unknown>;

function parseObject(text: string): Json | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

function objectAt(json: Json | undefined, key: string): Json | undefined {
  const value = json?.[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function textAt(json: Json | undefined, key: string): string | undefined {
  const value = json?.[key];
  return typeof value === 'string' && isFact(value) ? value : undefined;
}

function sameCounts(recorded: Json | undefined, counts: ResultCounts): boolean {
  return recorded !== undefined && RULE_RESULT_VALUES.every((value) => recorded[value] === counts[value]);
}

/** The fact fields a record may carry, read as text (anything else is left out). */
function factsIn(json: Json | undefined): ScanFacts {
  const facts: ScanFacts = {};
  const keys = [
    'scannerImage',
    'scannerDigest',
    'oscapVersion',
    'mode',
    'targetDigest',
    'imageOsIds',
    'imageOsName',
  ] as const;
  for (const key of keys) {
    const value = textAt(json, key);
    if (value !== undefined) facts[key] = value;
  }
  return facts;
}

/**
 * The facts in a scan.json, when its result counts are the results file's (scan.json holds no time; the
 * scan writes both files together, and one that disagrees belongs to another scan).
 */
export function factsFromScanJson(text: string, results: ScanResults): ScanFacts {
  const json = parseObject(text);
  return sameCounts(objectAt(json, 'counts'), results.counts) ? factsIn(json) : {};
}

/**
 * The facts of the current scan in a stig-gate.json, when that scan is the results file's: the same
 * TestResult, start and end time and counts.
 */
export function factsFromGateJson(text: string, results: ScanResults): ScanFacts {
  const current = objectAt(parseObject(text), 'current');
  const sameScan =
    current !== undefined &&
    current.testResultId === results.testResultId &&
    (current.startTime ?? undefined) === results.startTime &&
    (current.endTime ?? undefined) === results.endTime &&
    sameCounts(objectAt(current, 'counts'), results.counts);
  return sameScan ? factsIn(objectAt(current, 'facts')) : {};
}
