import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { producedFiles, readCompleteResults, removeStaleOutputs } from '../../src/scan/outputs.js';
import { ScanError } from '../../src/scan/scan-error.js';
import { CLEAN_ARF, CLEAN_REPORT_HTML, CLEAN_RESULTS } from '../support/paths.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stig-gate-outputs-'));
  await copyFile(CLEAN_RESULTS, join(dir, 'results.xml'));
  await copyFile(CLEAN_ARF, join(dir, 'results-arf.xml'));
  await copyFile(CLEAN_REPORT_HTML, join(dir, 'report.html'));
});

async function failure(): Promise<ScanError> {
  const error = await readCompleteResults(dir, 2).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ScanError);
  return error as ScanError;
}

describe('readCompleteResults', () => {
  it('reads real oscap output in full', async () => {
    const results = await readCompleteResults(dir, 2);
    expect(results.counts.fail).toBe(10);
    expect(results.rules).toHaveLength(198);
  });

  it('1. refuses a truncated results.xml, even after oscap exit 2', async () => {
    const text = await readFile(CLEAN_RESULTS, 'utf8');
    await writeFile(join(dir, 'results.xml'), text.slice(0, Math.floor(text.length / 2)));
    const error = await failure();
    expect(error.step).toBe('read results');
    expect(error.message).toContain('oscap exited 2, but its output is not complete');
    expect(error.message).toContain('results.xml');
  });

  it('2. refuses an empty results-arf.xml', async () => {
    await writeFile(join(dir, 'results-arf.xml'), '');
    expect((await failure()).message).toContain('results-arf.xml');
  });

  it.each([
    ['inside its Rules, which are passed over', '<ns0:Rule '],
    ['inside its TestResult', '<rule-result '],
    ['inside its OVAL results', '<oval_results'],
  ])('2b. refuses a results-arf.xml truncated %s', async (_where, marker) => {
    const text = await readFile(CLEAN_ARF, 'utf8');
    const at = text.indexOf(marker);
    expect(at).toBeGreaterThan(0);
    await writeFile(join(dir, 'results-arf.xml'), text.slice(0, at + 200));
    const error = await failure();
    expect(error.message).toContain('results-arf.xml');
    expect(error.message).toContain('truncated');
  });

  it('2c. refuses a results-arf.xml whose results are not those of results.xml', async () => {
    const text = await readFile(CLEAN_ARF, 'utf8');
    const passing = /(<rule-result idref="([^"]+)"[^>]*>\s*<result>)pass</.exec(text);
    expect(passing).not.toBeNull();
    await writeFile(join(dir, 'results-arf.xml'), text.replace(passing![0], `${passing![1]}fail<`));
    const error = await failure();
    expect(error.message).toContain('do not hold the same results');
    expect(error.message).toContain(`is ${passing![2]} fail in the one and ${passing![2]} pass in the other`);
  });

  it('2d. accepts a rule checked twice (two rule-results with one id) when both files say so', async () => {
    const twice = (text: string) => {
      const ruleResult = /<rule-result [\s\S]*?<\/rule-result>/.exec(text)![0];
      return text.replace(ruleResult, ruleResult + ruleResult);
    };
    await writeFile(join(dir, 'results.xml'), twice(await readFile(CLEAN_RESULTS, 'utf8')));
    await writeFile(join(dir, 'results-arf.xml'), twice(await readFile(CLEAN_ARF, 'utf8')));
    const results = await readCompleteResults(dir, 2);
    expect(results.rules).toHaveLength(199);
  });

  it('3. refuses a missing report.html', async () => {
    await removeStaleOutputs(dir);
    await copyFile(CLEAN_RESULTS, join(dir, 'results.xml'));
    await copyFile(CLEAN_ARF, join(dir, 'results-arf.xml'));
    expect((await failure()).message).toContain('oscap wrote no HTML report');
  });
});

describe('the output directory', () => {
  it('lists only the non-empty files a scan produced, and stale ones can be removed', async () => {
    await writeFile(join(dir, 'scan.log'), '');
    expect((await producedFiles(dir)).map((file) => file.slice(dir.length + 1))).toEqual([
      'results.xml',
      'results-arf.xml',
      'report.html',
    ]);
    await removeStaleOutputs(dir);
    expect(await producedFiles(dir)).toEqual([]);
  });
});
