/**
 * Real scans of the testenv's clean target with the real engine, through the same scanImage the action uses,
 * against both scanner look-alikes (trixie's OpenSCAP 1.4 and bookworm's 1.3.7). One beforeAll per scanner
 * runs both modes at once (two scans in one engine must not collide) and the assertions share them.
 *
 * Expected, profile xccdf_basic_profile_.check (198 rules), target:clean (Debian 12 minbase):
 * - container mode, both scanners: fail 10 / pass 81 / notapplicable 107, as shared/scap/samples (1.3.7);
 * - image mode, 1.3.7 (it reads a running bash container through /proc/<pid>/root): the same;
 * - image mode, 1.4.x (it reads a `docker export` copy): fail 8 / pass 83. SV-203675 and SV-203716 pass
 *   there and fail in container mode: through /proc/<pid>/root oscap does not see the target's /usr/lib.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readResultsFile } from '../../src/results/read.js';
import type { ScanResults } from '../../src/results/model.js';
import { execDockerRunner } from '../../src/scan/runner.js';
import { scanImage, type ScanOutput } from '../../src/scan/scan.js';
import { cli } from '../support/run-cli.js';
import { CLEAN_RESULTS } from '../support/paths.js';
import {
  acquireEngineLock,
  allContainers,
  allImages,
  containerChanges,
  imageChanges,
  labelledImages,
  requireEngine,
  testScanners,
  type ContainerRow,
  type ImageRow,
} from './support/engine.js';
import { outputDir, PROFILE, recordingLogger, removeMadeDirs } from './support/fixtures.js';

const env = await requireEngine();

/** The two rules 1.4.x's image mode passes and container mode fails on target:clean (see above). */
const EXPORT_ONLY_PASSES = [
  'xccdf_mil.disa.stig_rule_SV-203675r991560_rule',
  'xccdf_mil.disa.stig_rule_SV-203716r982210_rule',
];

function resultsById(results: ScanResults): Record<string, string> {
  return Object.fromEntries(results.rules.map((rule) => [rule.ruleId, rule.result]));
}

/** The rules whose result differs between `a` and `b`, sorted. */
function differing(a: ScanResults, b: ScanResults): string[] {
  const [ra, rb] = [resultsById(a), resultsById(b)];
  return Object.keys({ ...ra, ...rb })
    .filter((id) => ra[id] !== rb[id])
    .sort();
}

async function repoDigests(reference: string): Promise<string[]> {
  const inspected = await execDockerRunner()([
    'image',
    'inspect',
    '--format',
    '{{json .RepoDigests}}',
    reference,
  ]);
  return JSON.parse(inspected.stdout) as string[];
}

describe.skipIf(!env).each(testScanners(env))(
  'scanning the clean target with the $name scanner',
  (scanner) => {
    let release: (() => Promise<void>) | undefined;
    let containersBefore: ContainerRow[];
    let imagesBefore: ImageRow[];
    let container: ScanOutput;
    let image: ScanOutput;
    const containerLog = recordingLogger();

    beforeAll(async () => {
      release = await acquireEngineLock();
      // Both images pulled first, so that the image list before the scans already has them.
      for (const ref of [env!.images.clean, scanner.image]) {
        const pulled = await execDockerRunner()(['pull', '--quiet', ref]);
        expect(pulled.exitCode, pulled.stderr).toBe(0);
      }
      containersBefore = await allContainers();
      imagesBefore = await allImages();
      const common = { image: env!.images.clean, scannerImage: scanner.image, profile: PROFILE };
      const started = performance.now();
      [container, image] = await Promise.all([
        scanImage(
          { ...common, mode: 'container', outputDir: await outputDir('container') },
          undefined,
          containerLog,
        ),
        scanImage({ ...common, mode: 'image', outputDir: await outputDir('image') }),
      ]);
      const seconds = (output: ScanOutput) =>
        output.timings.map((t) => `${t.phase} ${(t.ms / 1000).toFixed(2)}s`);
      console.info(
        `two concurrent scans took ${((performance.now() - started) / 1000).toFixed(1)} s\n` +
          `container mode: ${seconds(container).join(', ')}\nimage mode: ${seconds(image).join(', ')}`,
      );
    });
    afterAll(async () => {
      await removeMadeDirs();
      await release?.();
    });

    it('gives complete results in both modes: 198 rules, oscap exit 2, the counts stated above', () => {
      for (const output of [container, image]) {
        expect(output.oscapExitCode).toBe(2);
        expect(output.results.rules).toHaveLength(198);
        expect(output.results.profile.id).toBe(PROFILE);
      }
      expect(container.results.counts).toMatchObject({
        fail: 10,
        pass: 81,
        notapplicable: 107,
        error: 0,
        unknown: 0,
      });
      expect(image.results.counts).toMatchObject(
        scanner.exportsImages
          ? { fail: 8, pass: 83, notapplicable: 107, error: 0, unknown: 0 }
          : { fail: 10, pass: 81, notapplicable: 107, error: 0, unknown: 0 },
      );
    });

    it('gives the same result for every rule in container and image mode, but for what the export sees', () => {
      expect(differing(image.results, container.results)).toEqual(
        scanner.exportsImages ? EXPORT_ONLY_PASSES : [],
      );
      for (const rule of scanner.exportsImages ? EXPORT_ONLY_PASSES : []) {
        expect(resultsById(container.results)[rule]).toBe('fail');
        expect(resultsById(image.results)[rule]).toBe('pass');
      }
    });

    it("records the scanner's OpenSCAP version, as the oscap that ran wrote it, also in scan.json", async () => {
      for (const output of [container, image]) {
        expect(output.oscapVersion).toMatch(scanner.oscapVersion);
        const metadata = JSON.parse(await readFile(output.metadata, 'utf8')) as Record<string, unknown>;
        expect(metadata.oscapVersion).toBe(output.oscapVersion);
      }
    });

    it('agrees rule by rule with the real oscap sample of the same root file system', async () => {
      expect(resultsById(container.results)).toEqual(resultsById(await readResultsFile(CLEAN_RESULTS)));
    });

    it('writes results-arf.xml with the same rule results as results.xml', async () => {
      const arf = await readResultsFile(container.resultsArf);
      expect(arf.format).toBe('arf');
      expect(resultsById(arf)).toEqual(resultsById(container.results));
    });

    it('leaves report.html as oscap wrote it for this very scan', async () => {
      const html = await readFile(container.reportHtml, 'utf8');
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain('OpenSCAP Evaluation Report');
      // oscap names the evaluation target: the container this scan started, so the report is not a leftover.
      expect(html).toContain(`stig-gate-${container.scanId}-target`);
    });

    it('records the registry digests of the target and the scanner, also in scan.json', async () => {
      for (const output of [container, image]) {
        expect(await repoDigests(env!.images.clean)).toContain(output.targetDigest);
        expect(await repoDigests(scanner.image)).toContain(output.scannerDigest);
        expect(output.targetDigest.startsWith(`${env!.registry}/stig-gate/target@sha256:`)).toBe(true);
        expect(output.targetDigest).toMatch(/@sha256:[0-9a-f]{64}$/);
      }
      const metadata = JSON.parse(await readFile(container.metadata, 'utf8')) as Record<string, unknown>;
      expect(metadata).toMatchObject({
        image: env!.images.clean,
        targetDigest: container.targetDigest,
        scannerDigest: container.scannerDigest,
        mode: 'container',
        profile: PROFILE,
        oscapExitCode: 2,
      });
    });

    it('leaves no container and no image behind, with two scans running at once', async () => {
      expect(await containerChanges(containersBefore, [container.scanId, image.scanId])).toEqual([]);
      expect(await labelledImages([container.scanId, image.scanId])).toEqual([]);
      expect(await imageChanges(env!, imagesBefore, [container.scanId, image.scanId])).toEqual([]);
      expect(container.scanId).not.toBe(image.scanId);
    });

    it('logs every phase with its duration', () => {
      const phases = [
        'pull target',
        'pull scanner',
        'start target',
        'create scanner',
        'record images',
        'run scanner',
        'clean up',
        'read results',
        'redact reports',
      ];
      for (const phase of phases) {
        expect(containerLog.lines).toContainEqual(
          expect.stringMatching(new RegExp(`^info: ${phase}: done in \\d+\\.\\d\\d s$`)),
        );
      }
      // Timings are recorded as phases end. The two pulls run at once; the target starts after its pull while
      // the scanner is created after its own; the images are recorded from both containers; the scanner runs
      // once both are ready; the cleanup and the reading of the results run at once.
      const recorded = container.timings.map((t) => t.phase);
      const at = (phase: string) => recorded.indexOf(phase as (typeof recorded)[number]);
      expect([...recorded].sort()).toEqual([...phases].sort());
      expect(at('start target')).toBeGreaterThan(at('pull target'));
      expect(at('create scanner')).toBeGreaterThan(at('pull scanner'));
      expect(at('record images')).toBeGreaterThan(Math.max(at('start target'), at('create scanner')));
      expect(at('run scanner')).toBeGreaterThan(Math.max(at('start target'), at('create scanner')));
      expect([...recorded.slice(-3, -1)].sort()).toEqual(['clean up', 'read results']);
      // oscap's own files are redacted last, after the cleanup (its report container is the scan's last).
      expect(recorded.at(-1)).toBe('redact reports');
    });

    it('scans with a data stream from the workspace, mounted read-only, to the same results', async () => {
      const output = await scanImage({
        image: env!.images.clean,
        scannerImage: scanner.image,
        datastream: env!.datastream,
        mode: 'container',
        outputDir: await outputDir('workspace-ds'),
        pull: 'missing',
      });
      expect(resultsById(output.results)).toEqual(resultsById(container.results));
      expect(await readFile(join(output.outputDir, 'scan.log'), 'utf8')).toContain('ready to be scanned');
    });

    it('shows exactly the 3 expected new failures of the world-writable-log variant against the clean baseline', async () => {
      const dir = await outputDir('world-writable-log');
      const run = await cli(
        'scan',
        '--image',
        env!.images.worldWritableLog,
        '--scanner-image',
        scanner.image,
        '--output-dir',
        dir,
        // The baseline was scanned in container mode: the same mode, so only the variant's changes are new.
        '--mode',
        'container',
        '--baseline',
        container.resultsXml,
        '--format',
        'json',
      );
      expect(run.stderr).toContain('FAIL');
      expect(run.code).toBe(2);
      const gate = JSON.parse(run.stdout) as {
        verdict: string;
        newFailures: { ruleId: string }[];
        fixed: unknown[];
      };
      expect(gate.verdict).toBe('fail');
      expect(gate.newFailures.map((rule) => rule.ruleId).sort()).toEqual([
        'xccdf_mil.disa.stig_rule_SV-203616r958434_rule',
        'xccdf_mil.disa.stig_rule_SV-203617r958436_rule',
        'xccdf_mil.disa.stig_rule_SV-203664r958566_rule',
      ]);
      expect(gate.fixed).toEqual([]);
    });
  },
);
