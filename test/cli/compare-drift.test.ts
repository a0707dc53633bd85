/** `stig-gate compare` with a baseline from another scanner: the drift notice in text, JSON and on stderr. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCli, cli } from '../support/run-cli.js';
import { CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';
import { rescannedSample } from '../support/rescanned-sample.js';

const NOTICE =
  'baseline scanned with benchmark 3.2.16 and OpenSCAP 1.3.7, this scan with benchmark 3.2.17 and ' +
  'OpenSCAP 1.4.4: some new failures may come from the scanner update';

let dir: string;
let current: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stig-gate-compare-drift-'));
  current = await rescannedSample(REMOTE_ACCESS_RESULTS, dir, {
    oscapVersion: '1.4.4',
    benchmarkVersion: '3.2.17',
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('compare: a baseline scanned by an older scanner and benchmark', () => {
  it('text: the notice before the new failures; the verdict as without it', async () => {
    const run = await cli('compare', '--current', current, '--baseline', CLEAN_RESULTS);
    expect(run.code).toBe(2);
    const lines = run.stdout.split('\n');
    expect(lines[lines.indexOf(`scanner changed: ${NOTICE}`) + 2]).toBe('New failures (46):');
    expect(run.stdout).toContain('scanned with OpenSCAP 1.4.4');
    expect(run.stderr).toContain(`warning: scanner changed since the baseline: ${NOTICE}`);
  });

  it('JSON from the bundled CLI: scannerDrift with both changes', () => {
    const run = bundledCli([
      'compare',
      '--current',
      current,
      '--baseline',
      CLEAN_RESULTS,
      '--format',
      'json',
    ]);
    expect(run.code).toBe(2);
    const json = JSON.parse(run.stdout) as { scannerDrift: { notice: string; changes: { fact: string }[] } };
    expect(json.scannerDrift.notice).toBe(NOTICE);
    expect(json.scannerDrift.changes.map((change) => change.fact)).toEqual([
      'benchmarkVersion',
      'oscapVersion',
    ]);
  });

  it('the same scanner on both sides (the real samples): no notice anywhere', async () => {
    const run = await cli('compare', '--current', REMOTE_ACCESS_RESULTS, '--baseline', CLEAN_RESULTS);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toContain('scanner changed');
    const json = await cli(
      'compare',
      '--current',
      REMOTE_ACCESS_RESULTS,
      '--baseline',
      CLEAN_RESULTS,
      '--format',
      'json',
    );
    expect((JSON.parse(json.stdout) as { scannerDrift: unknown }).scannerDrift).toBeNull();
  });
});
