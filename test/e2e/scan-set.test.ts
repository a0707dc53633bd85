/**
 * Four test images in one `stig-gate scan` run with the real engine: the scanner is pulled once (from the
 * log), and each image's results equal those of a single scan of it, run one after another in the same test.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultArtifactName } from '../../src/report/report-key.js';
import type { GateJson } from '../../src/report/gate-json.js';
import { bundledCli } from '../support/run-cli.js';
import { CLEAN_RESULTS } from '../support/paths.js';
import { acquireEngineLock, requireEngine } from './support/engine.js';
import { outputDir, PROFILE, removeMadeDirs } from './support/fixtures.js';

const env = await requireEngine();

/** What must be the same between a scan in a set and a scan alone: the verdict and every rule's outcome. */
function outcome(report: GateJson) {
  const rules = (list: GateJson['newFailures']) => list.map((rule) => `${rule.ruleId}=${rule.result}`).sort();
  return {
    verdict: report.verdict,
    reason: report.reason,
    counts: report.counts,
    resultCounts: report.current.counts,
    newFailures: rules(report.newFailures),
    stillFailing: rules(report.stillFailing),
    fixed: rules(report.fixed),
  };
}

/** The evidence files in a scan's folder (see README, Evidence for assessors). */
async function evidenceFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((name) => /^(evidence\.json|stig-gate\.(cklb|ckl|intoto\.json)|stig-gate-.*)$/.test(name))
    .sort();
}

async function readReport(dir: string): Promise<GateJson> {
  return JSON.parse(await readFile(join(dir, 'stig-gate.json'), 'utf8')) as GateJson;
}

describe.skipIf(!env)('four images in one step, with a real engine', () => {
  let release: (() => Promise<void>) | undefined;
  let passwordFile: string;
  let images: string[];
  beforeAll(async () => {
    release = await acquireEngineLock();
    passwordFile = join(await outputDir('set-password'), 'password');
    await writeFile(passwordFile, env!.authPassword);
    images = [env!.images.clean, env!.images.remoteAccess, env!.images.worldWritableLog, env!.images.private];
  });
  afterAll(async () => {
    await removeMadeDirs();
    await release?.();
  });

  it('pulls the scanner once, and each image gets the results a single scan gives it', async () => {
    const common = [
      '--scanner-image',
      env!.images.scanner,
      '--pull',
      'always',
      '--baseline',
      CLEAN_RESULTS,
      '--registry',
      env!.authRegistry,
      '--registry-username',
      env!.authUser,
      '--registry-password-file',
      passwordFile,
    ];
    const setDir = await outputDir('set');
    const started = performance.now();
    const set = bundledCli([
      'scan',
      ...images.flatMap((image) => ['--image', image]),
      '--output-dir',
      setDir,
      '--parallel',
      '4',
      ...common,
    ]);
    const setMs = performance.now() - started;
    // The remote-access and world-writable-log images have failures the clean baseline does not.
    expect(set.code, set.stderr).toBe(2);
    const pulls = set.stderr.split('\n').filter((line) => / pull scanner: \S+ \(pull always\)/.test(line));
    expect(pulls).toHaveLength(1);
    expect(pulls[0]).toContain('once for every image');
    for (const image of images)
      expect(set.stderr).toContain(`[${image}] pull target: ${image} (pull always)`);
    expect(set.stderr).not.toContain('warning');
    expect(set.stdout).toMatch(/^FAIL: gate failed: 2 of 4 images failed/m);

    let singleMs = 0;
    for (const image of images) {
      const dir = await outputDir('single');
      const begun = performance.now();
      const single = bundledCli([
        'scan',
        '--image',
        image,
        '--output-dir',
        dir,
        '--format',
        'json',
        ...common,
      ]);
      singleMs += performance.now() - begun;
      expect(
        single.stderr.split('\n').filter((line) => / pull scanner: /.test(line) && !/done in/.test(line)),
      ).toHaveLength(1);
      const inSetDir = join(setDir, defaultArtifactName(image, PROFILE));
      const inSet = await readReport(inSetDir);
      const alone = await readReport(dir);
      expect(inSet.image).toBe(image);
      expect(outcome(inSet), image).toEqual(outcome(alone));
      // The scan's facts (digests, mode, OpenSCAP) and the evidence files are a single scan's too.
      // (A single scan's facts.mode is the option, 'auto', as int's CLI records it; the set's the mode run.)
      expect({ ...inSet.current.facts, mode: null }, image).toEqual({ ...alone.current.facts, mode: null });
      expect(inSet.current.facts.mode, image).toBe('rootfs');
      expect(inSet.current.facts.scannerDigest, image).toMatch(/@sha256:|^sha256:/);
      expect(await evidenceFiles(inSetDir), image).toEqual(await evidenceFiles(dir));
      expect(await evidenceFiles(inSetDir), image).toContain('stig-gate.cklb');
      expect([0, 2]).toContain(single.code);
    }
    const summary = JSON.parse(await readFile(join(setDir, 'stig-gate-set.json'), 'utf8'));
    expect(summary.images.map((i: { image: string; verdict: string }) => [i.image, i.verdict])).toEqual([
      [images[0], 'pass'],
      [images[1], 'fail'],
      [images[2], 'fail'],
      [images[3], 'pass'],
    ]);
    console.info(
      `four images in one run: ${setMs.toFixed(0)} ms; four single scans one after another: ${singleMs.toFixed(0)} ms`,
    );
  }, 600_000);
});
