/** `stig-gate evidence`: the gate as compare runs it, and the assessor evidence in the output folder. */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResultsFile } from '../../src/results/read.js';
import { CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';
import { bundledCli, cli } from '../support/run-cli.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'stig-gate-evidence-cli-'));
const DIGEST = `sha256:${'cd'.repeat(32)}`;

describe('stig-gate evidence', () => {
  it('1. gates as compare does (exit 2) and writes every format; the verdict is the last line', async () => {
    const dir = join(fresh(), 'out');
    const run = await cli(
      'evidence',
      '--current',
      REMOTE_ACCESS_RESULTS,
      '--baseline',
      CLEAN_RESULTS,
      '--output-dir',
      dir,
      '--image',
      `registry.example/app@${DIGEST}`,
      '--format',
      'json',
    );
    expect(run.code, run.stderr).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ verdict: 'fail' });
    expect(readdirSync(dir).sort()).toEqual([
      'evidence.json',
      'stig-gate-hdf.json',
      'stig-gate-oscal-ar.json',
      'stig-gate-oscal-poam.json',
      'stig-gate-poam.csv',
      'stig-gate.ckl',
      'stig-gate.cklb',
      'stig-gate.intoto.json',
    ]);
    expect(run.stderr).toMatch(/^evidence: .*stig-gate\.cklb/m);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(/^FAIL: gate failed: 46 new failures/);
    const manifest = JSON.parse(readFileSync(join(dir, 'evidence.json'), 'utf8')) as {
      files: { name: string; sha256: string }[];
    };
    // The gated files are outside the folder: named by their absolute paths, so that `sha256sum -c` run in
    // the folder, as the README says, checks every entry.
    expect(manifest.files.map((f) => f.name)).toEqual(
      expect.arrayContaining([resolve(CLEAN_RESULTS), resolve(REMOTE_ACCESS_RESULTS), 'stig-gate.ckl']),
    );
    const check = spawnSync('sha256sum', ['-c'], {
      cwd: dir,
      input: manifest.files.map((f) => `${f.sha256}  ${f.name}\n`).join(''),
      encoding: 'utf8',
    });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('1b. a current and a baseline file of one name stay apart in the manifest', async () => {
    const work = fresh();
    for (const [side, sample] of [
      ['current', REMOTE_ACCESS_RESULTS],
      ['baseline', CLEAN_RESULTS],
    ] as const) {
      mkdirSync(join(work, side));
      copyFileSync(sample, join(work, side, 'results.xml'));
    }
    const dir = join(work, 'out');
    const run = await cli(
      'evidence',
      ...[
        '--current',
        join(work, 'current', 'results.xml'),
        '--baseline',
        join(work, 'baseline', 'results.xml'),
      ],
      ...['--output-dir', dir],
    );
    expect(run.code, run.stderr).toBe(2);
    const { files } = JSON.parse(readFileSync(join(dir, 'evidence.json'), 'utf8')) as {
      files: { name: string }[];
    };
    expect(files.map((f) => f.name)).toEqual(
      expect.arrayContaining([join(work, 'current', 'results.xml'), join(work, 'baseline', 'results.xml')]),
    );
  });

  // The scan.json is taken only when it records that very scan (its counts are the results'), as the action
  // takes it: the one check of scan-facts.ts. (Until #20 the CLI read any scan.json beside the file, and the
  // image reference from it; the reference is now --image's, as in the action.)
  const scanJson = async (counts: Record<string, number>) =>
    JSON.stringify({
      image: 'registry.example/app:1',
      targetDigest: `registry.example/app@${DIGEST}`,
      scannerImage: 's:1',
      scannerDigest: 's@sha256:00',
      mode: 'image',
      counts,
    });

  it('2. digests from a scan.json beside the results (the same scan); --evidence picks formats', async () => {
    const work = fresh();
    copyFileSync(CLEAN_RESULTS, join(work, 'results.xml'));
    const { counts } = await readResultsFile(CLEAN_RESULTS);
    writeFileSync(join(work, 'scan.json'), await scanJson({ ...counts }));
    const dir = join(work, 'out');
    const run = await cli(
      'evidence',
      ...['--current', join(work, 'results.xml'), '--image', 'registry.example/app:1'],
      ...['--output-dir', dir, '--evidence', 'manifest'],
    );
    expect(run.code, run.stderr).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['evidence.json', 'stig-gate.intoto.json']);
    const manifest = JSON.parse(readFileSync(join(dir, 'evidence.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      image: { reference: 'registry.example/app:1', digest: `registry.example/app@${DIGEST}` },
      scanner: { image: 's:1', digest: 's@sha256:00', openscapVersion: '1.3.7' },
      mode: 'image',
    });
  });

  it("2b. a scan.json of another scan (other counts) supplies nothing: no digest is claimed that isn't this scan's", async () => {
    const work = fresh();
    copyFileSync(CLEAN_RESULTS, join(work, 'results.xml'));
    const { counts } = await readResultsFile(CLEAN_RESULTS);
    writeFileSync(join(work, 'scan.json'), await scanJson({ ...counts, fail: counts.fail + 1 }));
    const dir = join(work, 'out');
    const run = await cli(
      'evidence',
      ...['--current', join(work, 'results.xml'), '--image', 'registry.example/app:1'],
      ...['--output-dir', dir, '--evidence', 'manifest'],
    );
    expect(run.code, run.stderr).toBe(2);
    const manifest = JSON.parse(readFileSync(join(dir, 'evidence.json'), 'utf8')) as {
      image: { reference: string; digest?: string };
      scanner?: { image?: string; digest?: string };
      mode?: string;
    };
    expect(manifest.image.reference).toBe('registry.example/app:1');
    expect(manifest.image.digest ?? null).toBeNull();
    expect(manifest.scanner?.digest ?? null).toBeNull();
    expect(manifest.scanner?.image ?? null).toBeNull();
    expect(manifest.mode ?? null).toBeNull();
  });

  it.each([
    [['--current', CLEAN_RESULTS], /evidence needs --output-dir DIR/],
    [['--output-dir', '/tmp/x'], /evidence needs --current FILE/],
    [
      ['--current', CLEAN_RESULTS, '--output-dir', '/tmp/x', '--evidence', 'pdf'],
      /--evidence must be 'all', 'none' or a list of .*; got 'pdf'/,
    ],
    [['--current', '/no/such.xml', '--output-dir', '/tmp/x'], /no\/such\.xml/],
  ])('3. %j is an error (exit 1) that says what is wrong', async (args, message) => {
    const run = await cli('evidence', ...args);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  it('3b. an output folder that cannot be made is an error after the --output report is written', async () => {
    const tmp = fresh();
    const notADir = join(tmp, 'a-file');
    writeFileSync(notADir, '');
    const report = join(tmp, 'report.json');
    const run = await cli(
      'evidence',
      ...['--current', REMOTE_ACCESS_RESULTS, '--baseline', CLEAN_RESULTS],
      ...['--output-dir', notADir, '--output', report, '--format', 'json'],
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot create --output-dir .*a-file/);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ verdict: 'fail' });
  });

  it('4. the bundled CLI lists the command and writes the files with no node_modules', () => {
    expect(bundledCli(['--help']).stdout).toContain('evidence');
    const dir = join(fresh(), 'out');
    const run = bundledCli([
      'evidence',
      '--current',
      CLEAN_RESULTS,
      '--output-dir',
      dir,
      '--fail-on',
      'none',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(dir, 'stig-gate.ckl'))).toBe(true);
  });
});
