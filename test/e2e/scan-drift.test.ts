/**
 * Scanner drift with real scanners: a baseline scanned by the bookworm look-alike (OpenSCAP 1.3.7), then
 * the current image scanned by the trixie one (1.4.x) against it, shows the drift notice in the text report,
 * stig-gate.md and stig-gate.json; the same scanner on both sides shows none.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GateJson } from '../../src/report/gate-json.js';
import { cli } from '../support/run-cli.js';
import { acquireEngineLock, requireEngine } from './support/engine.js';
import { outputDir, removeMadeDirs } from './support/fixtures.js';

const env = await requireEngine();

async function scan(image: string, scanner: string, label: string, baseline?: string) {
  const dir = await outputDir(label);
  const run = await cli(
    'scan',
    '--image',
    image,
    '--scanner-image',
    scanner,
    '--output-dir',
    dir,
    '--fail-on',
    'none',
    ...(baseline ? ['--baseline', baseline] : []),
  );
  expect(run.code, run.stderr).toBe(0);
  const json = JSON.parse(await readFile(join(dir, 'stig-gate.json'), 'utf8')) as GateJson;
  const markdown = await readFile(join(dir, 'stig-gate.md'), 'utf8');
  return { run, dir, json, markdown, results: join(dir, 'results.xml') };
}

describe.skipIf(!env)('scanner drift between two real scanners', () => {
  let release: (() => Promise<void>) | undefined;
  let baseline: Awaited<ReturnType<typeof scan>>;
  beforeAll(async () => {
    release = await acquireEngineLock();
    baseline = await scan(env!.images.clean, env!.images.scannerBookworm, 'drift-baseline');
  });
  afterAll(async () => {
    await removeMadeDirs();
    await release?.();
  });

  it('the baseline records the bookworm scanner: OpenSCAP 1.3.7, its digest, the mode auto ran (rootfs)', () => {
    expect(baseline.json.current.facts).toMatchObject({
      oscapVersion: '1.3.7',
      scannerImage: env!.images.scannerBookworm,
      scannerDigest: expect.stringMatching(/@sha256:[0-9a-f]{64}$/),
      mode: 'rootfs',
      targetDigest: expect.stringMatching(/@sha256:[0-9a-f]{64}$/),
    });
  });

  it('bookworm baseline, trixie scan: the drift notice next to the new failures, in every report', async () => {
    const current = await scan(
      env!.images.remoteAccess,
      env!.images.scanner,
      'drift-trixie',
      baseline.results,
    );
    const drift = current.json.scannerDrift;
    expect(current.json.current.facts.oscapVersion).toMatch(/^1\.4\.\d+$/);
    expect(drift?.changes.map((change) => change.fact)).toEqual(['oscapVersion', 'scannerDigest']);
    expect(drift?.changes[0]).toMatchObject({
      baseline: '1.3.7',
      current: current.json.current.facts.oscapVersion,
    });
    expect(drift?.notice).toMatch(
      /^baseline scanned with OpenSCAP 1\.3\.7 and scanner image sha256:[0-9a-f]{12}, this scan with OpenSCAP 1\.4\.\d+ and scanner image sha256:[0-9a-f]{12}: some new failures may come from the scanner update$/,
    );
    // The baseline's digest came from the scan.json beside its results.
    expect(current.json.baseline?.facts.scannerDigest).toBe(baseline.json.current.facts.scannerDigest);
    expect(current.json.newFailures.length).toBeGreaterThan(0);
    expect(current.markdown).toMatch(
      // Right above the new failures, whichever heading they get (a count, or the one cause they share).
      /\n\n⚠️ \*\*Scanner changed since the baseline:\*\* baseline scanned with OpenSCAP 1\.3\.7[^\n]*\n\n### New failures(: \d+ rules fail on one finding| \(\d+\))\n/,
    );
    expect(current.run.stdout).toContain('scanner changed: baseline scanned with OpenSCAP 1.3.7');
    expect(current.run.stderr).toContain('warning: scanner changed since the baseline');
  });

  it('bookworm on both sides: no notice', async () => {
    const current = await scan(
      env!.images.remoteAccess,
      env!.images.scannerBookworm,
      'drift-same',
      baseline.results,
    );
    expect(current.json.scannerDrift).toBeNull();
    expect(current.json.baseline?.facts.scannerDigest).toBe(current.json.current.facts.scannerDigest);
    expect(current.markdown).not.toContain('Scanner changed');
    expect(current.run.stdout + current.run.stderr).not.toContain('scanner changed');
  });
});
