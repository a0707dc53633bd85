/** `stig-gate merge`: one verdict for report folders written by `compare --reports-dir` (as scans write them). */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';
import { CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';

let tmp: string;
/** A stig-gate.json as read back, for editing. */
type Report = Record<string, unknown> & {
  counts: Record<string, unknown>;
  newFailures: Record<string, unknown>[];
};
const dir = (name: string) => join(tmp, name);

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'stig-gate-merge-'));
  const gate = (name: string, image: string, current: string, baseline: string) =>
    cli(
      'compare',
      '--current',
      current,
      '--baseline',
      baseline,
      '--image',
      image,
      '--reports-dir',
      dir(name),
      '--output',
      join(tmp, `${name}.txt`),
    );
  await gate('api', 'ghcr.io/o/api:pr', REMOTE_ACCESS_RESULTS, CLEAN_RESULTS);
  await gate('web', 'ghcr.io/o/web:pr', CLEAN_RESULTS, CLEAN_RESULTS);
  await mkdir(dir('broken'));
  await writeFile(join(dir('broken'), 'stig-gate.json'), '{"schemaVersion": 1, "verdict": "maybe"}');
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('stig-gate merge', () => {
  it('one failing image fails the set (exit 2), with a row per image', async () => {
    const run = await cli('merge', dir('api'), dir('web'), '--format', 'markdown');
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toContain('| ghcr.io/o/api:pr | ❌ fail | 46 | 0 | 10 | 0 |');
    expect(run.stdout).toContain('| ghcr.io/o/web:pr | ✅ pass | 0 | 0 | 10 | 0 |');
    expect(run.stderr).toBe(
      'FAIL: gate failed: 1 of 2 images failed (ghcr.io/o/api:pr), 46 new failures in all\n',
    );
  });

  it('passes (exit 0) when every image passes; json lists each image', async () => {
    const run = await cli('merge', dir('web'), '--format', 'json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({
      verdict: 'pass',
      images: [{ image: 'ghcr.io/o/web:pr', verdict: 'pass', newFailures: 0 }],
    });
  });

  it('an expected image without a report is an error naming it (exit 1), never a pass', async () => {
    const run = await cli('merge', dir('web'), '--expect', 'ghcr.io/o/web:pr', '--expect', 'ghcr.io/o/db:pr');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^ghcr\.io\/o\/db:pr +ERROR +no report: none of the folders given holds a report for ghcr\.io\/o\/db:pr$/m,
    );
    expect(run.stdout).toMatch(/^ERROR: no verdict for 1 of 2 images \(ghcr\.io\/o\/db:pr: no report/m);
  });

  it('a folder without a readable report is an error naming it', async () => {
    const run = await cli('merge', dir('web'), dir('broken'), dir('missing'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `folder '${dir('broken')}': stig-gate.json is not a stig-gate report: its verdict is "maybe"`,
    );
    expect(run.stdout).toContain(`folder '${dir('missing')}' holds no readable stig-gate.json`);
  });

  it.each<[string, (report: Report) => unknown, RegExp]>([
    [
      'a report cut down to a verdict',
      () => ({ schemaVersion: 1, verdict: 'pass', counts: { newFailures: 0 }, newFailures: [] }),
      /it has no reason/,
    ],
    ['a reason that is not text', (r) => ({ ...r, reason: 7 }), /it has no reason/],
    [
      'counts without fixed',
      (r) => ({ ...r, counts: { ...r.counts, fixed: null } }),
      /its counts\.fixed is not a count/,
    ],
    [
      'a new failure without a title',
      (r) => ({ ...r, newFailures: [{ ...r.newFailures[0], title: 5 }, ...r.newFailures.slice(1)] }),
      /newFailures\[0\]\.title is not text/,
    ],
    [
      'counts that disagree with the list',
      (r) => ({ ...r, counts: { ...r.counts, newFailures: 1 } }),
      /its counts\.newFailures is 1 but it lists 46/,
    ],
    [
      'a pass listing the new failures that fail it',
      (r) => ({ ...r, verdict: 'pass' }),
      /its verdict is pass, yet it lists 46 new failures that fail it under fail-on new/,
    ],
  ])('%s is an error naming the folder (exit 1), never a member of the set', async (_what, edit, message) => {
    const report = JSON.parse(await readFile(join(dir('api'), 'stig-gate.json'), 'utf8')) as Report;
    const edited = await mkdtemp(join(tmp, 'edited-'));
    await writeFile(join(edited, 'stig-gate.json'), JSON.stringify(edit(report)));
    for (const format of ['text', 'json']) {
      const run = await cli('merge', dir('web'), edited, '--format', format);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout + run.stderr).toMatch(message);
      // The one wording of a bug (errorMessage in src/errors.ts); the CLI once said 'internal error'.
      expect(run.stderr).not.toContain('stig-gate bug');
    }
  });

  it('needs a folder', async () => {
    const run = await cli('merge');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('merge needs at least one DIR holding a stig-gate.json');
  });
});
