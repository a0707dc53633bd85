/**
 * The bundled action with a baseline artifact from another scanner: the drift notice in the job summary,
 * the PR comment, stig-gate.json and a warning; none when both sides come from one scanner. No Docker: the
 * current scan is a results file with the scan's records beside it, as a scan elsewhere leaves them.
 */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/gate/index.js';
import { gateFiles } from '../../src/pipeline/gate-files.js';
import { gateJson } from '../../src/report/gate-json.js';
import { readResultsFile } from '../../src/results/read.js';
import { CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';
import { rescannedSample } from '../support/rescanned-sample.js';
import { useActionFixture, warnings } from './action-fixture.js';
import { pullRequestEvent } from './run-action.js';

const fixture = useActionFixture(16_500_000_701);
const BOOKWORM = `127.0.0.1:5000/stig-gate/scanner@sha256:${'a'.repeat(64)}`;
const TRIXIE = `127.0.0.1:5000/stig-gate/scanner@sha256:${'b'.repeat(64)}`;
const NOTICE =
  'baseline scanned with OpenSCAP 1.3.7 and scanner image sha256:aaaaaaaaaaaa, this scan with ' +
  'OpenSCAP 1.4.2 and scanner image sha256:bbbbbbbbbbbb: some new failures may come from the scanner update';

async function scanJson(results: string, scannerDigest: string): Promise<string> {
  const { counts } = await readResultsFile(results);
  return JSON.stringify({
    schemaVersion: 1,
    scannerImage: 'scanner:test',
    scannerDigest,
    mode: 'container',
    counts,
  });
}

/** A default-branch run with the given artifact files, named as this run's artifact will be. */
async function baselineArtifact(name: string, files: Record<string, Buffer | string>): Promise<void> {
  const run = fixture.github.state.addRun({ workflowPath: '.github/workflows/stig.yml', headBranch: 'main' });
  fixture.github.state.addArtifact({
    runId: run.id,
    name,
    files: Object.fromEntries(Object.entries(files).map(([file, content]) => [file, Buffer.from(content)])),
  });
}

/** A results file in a folder of its own with the scan's scan.json beside it. */
async function scannedElsewhere(results: string, scannerDigest: string): Promise<string> {
  const dir = await mkdtemp(join(fixture.tmp, 'current-'));
  const path = join(dir, 'results.xml');
  await copyFile(results, path);
  await writeFile(join(dir, 'scan.json'), await scanJson(path, scannerDigest));
  return path;
}

describe('scanner drift in the action', () => {
  it('a baseline artifact from the 1.3.7 scanner, this scan from 1.4.2 with another image: the notice everywhere', async () => {
    const name = 'stig-gate-drift';
    await baselineArtifact(name, {
      'results.xml': await readFile(CLEAN_RESULTS),
      'scan.json': await scanJson(CLEAN_RESULTS, BOOKWORM),
    });
    const dir = await mkdtemp(join(fixture.tmp, 'rescanned-'));
    const current = await rescannedSample(REMOTE_ACCESS_RESULTS, dir, { oscapVersion: '1.4.2' });
    await writeFile(join(dir, 'scan.json'), await scanJson(current, TRIXIE));

    const run = await fixture.step(
      { results: current, baseline: `artifact:${name}` },
      { event: pullRequestEvent(701) },
    );
    expect(run.outputs, run.stdout).toMatchObject({ verdict: 'fail', 'new-failures': '46' });
    expect(run.summary).toMatch(
      /\n\n⚠️ \*\*Scanner changed since the baseline:\*\* baseline scanned with OpenSCAP 1\.3\.7 and scanner image sha256:a{12}, this scan with OpenSCAP 1\.4\.2 and scanner image sha256:b{12}: some new failures may come from the scanner update\.\n\n/,
    );
    expect(run.summary).toContain('**Baseline scanner:** OpenSCAP 1.3.7 · scanner scanner:test');
    const comment = fixture.github.state.commentsOn(701)[0]!.body;
    expect(comment).toContain(
      '⚠️ **Scanner changed since the baseline:** baseline scanned with OpenSCAP 1.3.7',
    );
    expect(warnings(run).join('\n')).toContain(`Scanner changed since the baseline: ${NOTICE}`);
    const json = JSON.parse(await readFile(run.outputs['json-path']!, 'utf8')) as ReturnType<typeof gateJson>;
    expect(json.scannerDrift?.notice).toBe(NOTICE);
    expect(json.baseline?.facts.scannerDigest).toBe(BOOKWORM);
  });

  it('the same scanner on both sides (stig-gate.json in the artifact gives the digest): no notice', async () => {
    const name = 'stig-gate-same';
    // The default branch's run gated its own scan and uploaded the report beside the results.
    const earlier = await gateFiles({
      current: CLEAN_RESULTS,
      currentFacts: { scannerDigest: BOOKWORM, mode: 'container' },
      inheritedFromHost: false,
      policy: DEFAULT_POLICY,
    });
    await baselineArtifact(name, {
      'results.xml': await readFile(CLEAN_RESULTS),
      'stig-gate.json': JSON.stringify(gateJson(earlier)),
    });
    const run = await fixture.step(
      { results: await scannedElsewhere(REMOTE_ACCESS_RESULTS, BOOKWORM), baseline: `artifact:${name}` },
      { event: pullRequestEvent(702) },
    );
    expect(run.outputs, run.stdout).toMatchObject({ verdict: 'fail', 'new-failures': '46' });
    const json = JSON.parse(await readFile(run.outputs['json-path']!, 'utf8')) as ReturnType<typeof gateJson>;
    expect(json.baseline?.facts.scannerDigest).toBe(BOOKWORM);
    expect(json.current.facts.scannerDigest).toBe(BOOKWORM);
    expect(json.scannerDrift).toBeNull();
    expect(run.summary).not.toContain('Scanner changed');
    expect(warnings(run).join('\n')).not.toContain('Scanner changed');
  });
});
