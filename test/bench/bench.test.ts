import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTargets, summarizeRow, type BenchRow } from '../../bench/report.mjs';
import { splitTemplate, writeSyntheticArf } from '../../bench/synthetic-arf.mjs';
import { readResultsFile } from '../../src/results/read.js';
import { CLEAN_ARF } from '../support/paths.js';

const MIB = 1024 * 1024;

describe('synthetic ARF generator (bench/synthetic-arf.mjs)', () => {
  let dir: string;
  let file: string;
  let written: { bytes: number; items: number };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stig-gate-bench-test-'));
    file = join(dir, 'arf-3MiB.xml');
    written = writeSyntheticArf({
      template: await readFile(CLEAN_ARF, 'utf8'),
      outPath: file,
      targetBytes: 3 * MIB,
    });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('grows the real ARF to within 1% of the size asked', async () => {
    expect((await stat(file)).size).toBe(written.bytes);
    expect(Math.abs(written.bytes - 3 * MIB) / (3 * MIB)).toBeLessThan(0.01);
    expect(written.items).toBeGreaterThan(1000);
  });

  it('keeps the XCCDF results of the template exactly', async () => {
    const [grown, real] = await Promise.all([readResultsFile(file), readResultsFile(CLEAN_ARF)]);
    expect(grown.counts).toEqual(real.counts);
    expect(grown.counts).toMatchObject({ fail: 10, pass: 81, notapplicable: 107 });
    expect(grown.rules).toEqual(real.rules);
    expect(grown.benchmark).toEqual(real.benchmark);
  });

  it('writes well-formed XML whose OVAL references all point at items', async () => {
    const text = await readFile(file, 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const references = [...text.matchAll(/<reference item_ref="(\d+)"\/>/g)].map((m) => m[1]);
    const items = [...text.matchAll(/<(?:ind|unix)-sys:\w+_item id="(\d+)"/g)].map((m) => m[1]);
    // The template itself has one file_item with its reference; every added item has one too.
    expect(items).toHaveLength(written.items + 1);
    expect(new Set(references)).toEqual(new Set(items));
    expect(text).not.toContain('.tmp');
  });

  it('refuses a template that is not an ARF with OVAL results', () => {
    expect(() => splitTemplate('<Benchmark xmlns="http://checklists.nist.gov/xccdf/1.2"/>')).toThrow(
      /no <oval_system_characteristics> found/,
    );
  });
});

/** A row whose time grows as `seconds(bytes)`, with xmllint at 5 s/GB. */
function row(mib: number, seconds: (bytes: number) => number, rssMb = 90): BenchRow {
  const bytes = mib * MIB;
  return summarizeRow(
    { mib, label: `${mib} MiB`, bytes },
    {
      summarize: seconds(bytes),
      summarizeCpu: seconds(bytes),
      summarizeRss: rssMb * 1e6,
      xmllint: (bytes / 1e9) * 5,
      xmllintRss: 5e6,
    },
  );
}

describe('bench verdicts (bench/report.mjs)', () => {
  const sizes = [8, 32, 128, 512, 1024];
  const fast = (bytes: number) => 0.02 + (bytes / 1e9) * 0.5;

  it('1. passes a fast, flat-memory, linear engine on every target', () => {
    const lines = checkTargets(sizes.map((mib) => row(mib, fast)));
    expect(lines.filter((l) => l.startsWith('PASS'))).toHaveLength(5);
    expect(lines.join('\n')).not.toMatch(/MISS|n\/a/);
  });

  it('2. misses the ratio target when start-up dominates a 32 MiB file', () => {
    const slowStart = (bytes: number) => 0.25 + (bytes / 1e9) * 0.5;
    const lines = checkTargets(sizes.map((mib) => row(mib, slowStart)));
    expect(lines).toContainEqual(expect.stringMatching(/^MISS {2}32 MiB: summarize takes 1\.\d\d× xmllint/));
  });

  it('3. misses the RSS targets when memory grows with the file', () => {
    const lines = checkTargets(sizes.map((mib) => row(mib, fast, 60 + mib / 4)));
    expect(lines).toContainEqual(expect.stringMatching(/^PASS {2}32 MiB: peak RSS 68\.0 MB/));
    expect(lines).toContainEqual(expect.stringMatching(/^MISS {2}1 GiB: peak RSS 316\.0 MB/));
  });

  it('4. misses linearity when time grows with the square of the size', () => {
    const quadratic = (bytes: number) => 0.05 + (bytes / 1e9) ** 2 * 3;
    const lines = checkTargets(sizes.map((mib) => row(mib, quadratic)));
    expect(lines.filter((l) => l.startsWith('MISS  linear'))).toHaveLength(2);
  });

  it('5. says which targets were not measured when sizes are left out', () => {
    const lines = checkTargets([row(8, fast)]);
    expect(lines.filter((l) => l.startsWith('n/a'))).toHaveLength(3);
  });
});
