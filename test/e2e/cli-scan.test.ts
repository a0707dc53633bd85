/**
 * `stig-gate scan` with a real engine: in-process through runCli, and as the bundled dist/cli.js run by
 * plain node (STIG_GATE_CLI_BUNDLE names another bundle, e.g. one built to a temporary directory).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, type CliRun } from '../support/run-cli.js';
import { CLEAN_REPORT_HTML, CLEAN_RESULTS, REPO_ROOT } from '../support/paths.js';
import { acquireEngineLock, allContainers, containerChanges, requireEngine } from './support/engine.js';
import { hangingDatastream, outputDir, removeMadeDirs } from './support/fixtures.js';

const env = await requireEngine();
const BUNDLE = process.env.STIG_GATE_CLI_BUNDLE ?? join(REPO_ROOT, 'dist/cli.js');
const REMOTE_ACCESS_RULE = 'xccdf_mil.disa.stig_rule_SV-263652r982557_rule';

interface GateJson {
  verdict: string;
  newFailures: { ruleId: string }[];
  fixed: unknown[];
}

/** The bundle as a process; `onStderr` sees stderr as it arrives (to send a signal at the right moment). */
function runBundle(argv: string[], onStderr?: (text: string, child: ReturnType<typeof spawn>) => void) {
  return new Promise<CliRun>((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      onStderr?.(stderr, child);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe.skipIf(!env)('stig-gate scan with a real engine', () => {
  let release: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    release = await acquireEngineLock();
  });
  afterAll(async () => {
    await removeMadeDirs();
    await release?.();
  });

  it('remote-access against the clean baseline: exit 2, 46 new failures, every file in the output dir', async () => {
    const dir = await outputDir('cli-remote');
    const run = await cli(
      'scan',
      '--image',
      env!.images.remoteAccess,
      '--scanner-image',
      env!.images.scanner,
      // The baseline is the real container-mode sample: the same mode, so nothing but the variant changes.
      '--mode',
      'container',
      '--output-dir',
      dir,
      '--baseline',
      CLEAN_RESULTS,
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/FAIL/);
    expect(run.stderr).toMatch(/\[scan \+\d+\.\ds\] run scanner: done in \d+\.\d\d s/);
    expect(run.stderr).toMatch(/\[scan \+\d+\.\ds\] pull target: done in \d+\.\d\d s/);
    expect((await readdir(dir)).sort()).toEqual([
      'evidence.json',
      'report.html',
      'results-arf.xml',
      'results.xml',
      'scan.json',
      'scan.log',
      'stig-gate-hdf.json',
      'stig-gate-oscal-ar.json',
      'stig-gate-oscal-poam.json',
      'stig-gate-poam.csv',
      'stig-gate.ckl',
      'stig-gate.cklb',
      'stig-gate.intoto.json',
      'stig-gate.json',
      'stig-gate.md',
      'stig-gate.sarif',
      'waivers-new.yml',
    ]);
    const scanJson = JSON.parse(await readFile(join(dir, 'scan.json'), 'utf8')) as { targetDigest: string };
    const statement = JSON.parse(await readFile(join(dir, 'stig-gate.intoto.json'), 'utf8')) as {
      subject: { digest: { sha256: string } }[];
    };
    expect(scanJson.targetDigest.endsWith(`sha256:${statement.subject[0]!.digest.sha256}`)).toBe(true);
    const gate = JSON.parse(await readFile(join(dir, 'stig-gate.json'), 'utf8')) as GateJson;
    expect(gate.verdict).toBe('fail');
    expect(gate.newFailures).toHaveLength(46);
    expect(gate.newFailures.map((rule) => rule.ruleId)).toContain(REMOTE_ACCESS_RULE);
    expect(gate.fixed).toEqual([]);
    expect(await readFile(join(dir, 'stig-gate.md'), 'utf8')).toContain('SV-263652');
  });

  it('the clean image against the clean baseline in image mode: exit 0', async () => {
    const run = await cli(
      'scan',
      '--image',
      env!.images.clean,
      '--scanner-image',
      env!.images.scanner,
      '--mode',
      'image',
      '--output-dir',
      await outputDir('cli-clean'),
      '--baseline',
      CLEAN_RESULTS,
      '--format',
      'json',
    );
    expect(run.code).toBe(0);
    const gate = JSON.parse(run.stdout) as GateJson;
    expect(gate.verdict).toBe('pass');
    expect(gate.newFailures).toEqual([]);
  });

  it('a baseline that is not results (read while the scanner runs) fails after the scan, which is kept', async () => {
    const dir = await outputDir('cli-bad-baseline');
    const run = await cli(
      'scan',
      '--image',
      env!.images.clean,
      '--scanner-image',
      env!.images.scanner,
      '--output-dir',
      dir,
      '--baseline',
      CLEAN_REPORT_HTML,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${CLEAN_REPORT_HTML}: this is an HTML page`);
    // The scan itself completed: its results and oscap's report stay for inspection.
    expect(run.stderr).toMatch(/run scanner: done in/);
    const files = await readdir(dir);
    expect(files).toEqual(
      expect.arrayContaining(['results.xml', 'results-arf.xml', 'report.html', 'scan.json']),
    );
  });

  describe('the bundled CLI as a process', () => {
    beforeAll(async () => {
      if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build`);
      const help = await runBundle(['scan', '--help']);
      if (help.code !== 0)
        throw new Error(`${BUNDLE} has no scan command (rebuild dist/ with npm run build):\n${help.stderr}`);
    });

    it('scans and gates: remote-access against the clean baseline exits 2', async () => {
      const dir = await outputDir('bundle');
      const run = await runBundle([
        'scan',
        '--image',
        env!.images.remoteAccess,
        '--scanner-image',
        env!.images.scanner,
        '--output-dir',
        dir,
        '--baseline',
        CLEAN_RESULTS,
        '--format',
        'markdown',
      ]);
      expect(run.stderr).toContain('run scanner: done in');
      expect(run.code).toBe(2);
      expect(run.stdout).toContain('SV-263652');
      const gate = JSON.parse(await readFile(join(dir, 'stig-gate.json'), 'utf8')) as GateJson;
      expect(gate.newFailures).toHaveLength(46);
    });

    it('on SIGINT mid-scan removes its containers and exits 1', async () => {
      const before = await allContainers();
      let sent = false;
      const run = await runBundle(
        [
          'scan',
          '--image',
          env!.images.clean,
          '--scanner-image',
          env!.images.scanner,
          '--datastream',
          await hangingDatastream(env!.datastream),
          '--output-dir',
          await outputDir('sigint'),
          '--verbose',
        ],
        (stderr, child) => {
          // Mid-scan: rootfs mode (the default) has extracted the image and oscap is evaluating; an
          // oscap-docker mode has said its target is ready.
          if (!sent && /stig-gate-rootfs: extracted|ready to be scanned/.test(stderr)) {
            sent = true;
            child.kill('SIGINT');
          }
        },
      );
      expect(sent).toBe(true);
      expect(run.stderr).toContain('SIGINT: stopping the scan and removing its containers');
      expect(run.stderr).toContain('the scan was interrupted; its containers were removed');
      expect(run.code).toBe(1);
      const scanId = /stig-gate-([0-9a-f]{12})-(?:target|source|scanner)/.exec(run.stderr)?.[1];
      expect(scanId).toBeDefined();
      expect(await containerChanges(before, [scanId])).toEqual([]);
    });
  });
});
