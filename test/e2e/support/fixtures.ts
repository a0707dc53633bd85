/** Inputs and recorders for the end-to-end scans. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanError } from '../../../src/scan/scan-error.js';
import type { ScanLogger } from '../../../src/scan/types.js';
import { DATASTREAM } from '../../support/paths.js';

export const PROFILE = 'xccdf_basic_profile_.check';

const madeDirs: string[] = [];

/** A fresh directory for one scan's output (removed by {@link removeMadeDirs}). */
export async function outputDir(label: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `stig-gate-e2e-${label}-`));
  madeDirs.push(dir);
  return dir;
}

/** Removes the directories this test file made. */
export async function removeMadeDirs(): Promise<void> {
  await Promise.all(madeDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/**
 * A data stream (default: the test environment's, else ../shared/scap's) with its one SCE script (the ASLR check) replaced by `sleep 600`: a scan that hangs
 * in the middle of the evaluation, as a stuck check would, for the timeout and interrupt tests.
 */
export async function hangingDatastream(
  datastream = process.env.STIG_GATE_TEST_DATASTREAM ?? DATASTREAM,
): Promise<string> {
  const original = await readFile(datastream, 'utf8');
  const script = /(<oscap-sce-xccdf-stream:script>)[\s\S]*?(<\/oscap-sce-xccdf-stream:script>)/;
  if (!script.test(original)) throw new Error(`${datastream} has no SCE script to replace`);
  const hanging = original.replace(script, '$1#!/bin/sh\nsleep 600\n$2');
  const file = join(await outputDir('hanging-ds'), 'hanging-ds.xml');
  await writeFile(file, hanging);
  return file;
}

/** A logger that keeps every line, for assertions on progress and on what must never be printed. */
export function recordingLogger(): ScanLogger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => lines.push(`info: ${message}`),
    warning: (message) => lines.push(`warning: ${message}`),
    detail: (line) => lines.push(`detail: ${line}`),
  };
}

/** The ScanError a promise rejects with; fails the test when it resolves or throws anything else. */
export async function scanErrorOf(promise: Promise<unknown>): Promise<ScanError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ScanError) return error;
    throw new Error(`expected a ScanError, got: ${String(error)}`, { cause: error });
  }
  throw new Error('expected the scan to fail, but it succeeded');
}
