/**
 * The scanner facts from the records beside a results file (scan.json, stig-gate.json), and the drift
 * notice through the real readers and renderers: a baseline from the 1.3.7 scanner (the real samples)
 * against a results file as a 1.4.2 scanner with another image digest wrote it.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/gate/index.js';
import { gateFiles, REPORT_FILES, writeReports } from '../../src/pipeline/gate-files.js';
import { factsOfScan, SIDE_FILES } from '../../src/pipeline/scan-facts.js';
import { gateJson } from '../../src/report/gate-json.js';
import { gateText } from '../../src/report/gate-text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { readResultsFile } from '../../src/results/read.js';
import { OUTPUT_FILES } from '../../src/scan/commands.js';
import { renderGfm, visibleText } from '../report/gfm.js';
import { CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';
import { rescannedSample } from '../support/rescanned-sample.js';

const BOOKWORM_IMAGE = '127.0.0.1:5000/stig-gate/scanner:bookworm';
const BOOKWORM = `127.0.0.1:5000/stig-gate/scanner@sha256:${'a'.repeat(64)}`;
const TRIXIE_IMAGE = '127.0.0.1:5000/stig-gate/scanner:trixie';
const TRIXIE = `127.0.0.1:5000/stig-gate/scanner@sha256:${'b'.repeat(64)}`;
const NOTICE =
  'baseline scanned with OpenSCAP 1.3.7 and scanner image sha256:aaaaaaaaaaaa, this scan with ' +
  'OpenSCAP 1.4.2 and scanner image sha256:bbbbbbbbbbbb: some new failures may come from the scanner update';
const policy = DEFAULT_POLICY;
/** What a reader sees of rendered HTML, on one line. */
const seen = (html: string) =>
  visibleText(html)
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();

let root: string;
const made = (name: string) => mkdir(join(root, name), { recursive: true }).then(() => join(root, name));

/** A scan.json as `stig-gate scan` writes it, for the results file at `results`. */
async function writeScanJson(dir: string, results: string, scannerImage: string, scannerDigest: string) {
  const { counts } = await readResultsFile(results);
  const record = { schemaVersion: 1, scannerImage, scannerDigest, mode: 'container', counts };
  await writeFile(join(dir, SIDE_FILES.scanJson), JSON.stringify(record));
}

/** The clean sample in its own folder with the bookworm scanner's scan.json: the baseline. */
async function bookwormBaseline(name: string): Promise<string> {
  const dir = await made(name);
  const path = join(dir, 'results.xml');
  await copyFile(CLEAN_RESULTS, path);
  await writeScanJson(dir, path, BOOKWORM_IMAGE, BOOKWORM);
  return path;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'stig-gate-facts-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the records beside a results file', () => {
  it('are named as the scan and the reports name them', () => {
    expect(SIDE_FILES.scanJson).toBe(OUTPUT_FILES.metadata);
    expect(SIDE_FILES.gateJson).toBe(REPORT_FILES.json);
  });

  it("scan.json gives the scanner image, digest and mode when its counts are the results file's", async () => {
    const result = await gateFiles({
      current: await bookwormBaseline('scan-json'),
      inheritedFromHost: false,
      policy,
    });
    expect(result.current.facts).toEqual({
      scannerImage: BOOKWORM_IMAGE,
      scannerDigest: BOOKWORM,
      oscapVersion: '1.3.7',
      mode: 'container',
      benchmarkId: 'xccdf_org.open-scap.sce-community-content_benchmark_all',
      benchmarkVersion: '3.2.16',
    });
  });

  it('"unknown" in a record (scan.json writes it when oscap named no version) is no fact', () => {
    expect(
      factsOfScan({ oscapVersion: 'unknown', scannerDigest: BOOKWORM }, { scannerImage: 'i', mode: 'image' }),
    ).toEqual({
      scannerImage: 'i',
      mode: 'image',
      scannerDigest: BOOKWORM,
    });
  });

  it.each([
    [1, 'a scan.json of another scan (other counts)', 'other-counts'],
    [2, 'a scan.json that is not JSON', 'not-json'],
    [3, 'a stig-gate.json of another scan', 'other-gate-json'],
  ])('%i. %s gives nothing', async (_n, _what, kind) => {
    const dir = await made(`ignored-${kind}`);
    const path = join(dir, 'results.xml');
    await copyFile(CLEAN_RESULTS, path);
    if (kind === 'other-counts') await writeScanJson(dir, REMOTE_ACCESS_RESULTS, BOOKWORM_IMAGE, BOOKWORM);
    if (kind === 'not-json') await writeFile(join(dir, SIDE_FILES.scanJson), '{"scannerDigest": "sha256:');
    if (kind === 'other-gate-json') {
      const other = await gateFiles({
        current: REMOTE_ACCESS_RESULTS,
        currentFacts: { scannerDigest: BOOKWORM },
        inheritedFromHost: false,
        policy,
      });
      await writeFile(join(dir, SIDE_FILES.gateJson), JSON.stringify(gateJson(other)));
    }
    const result = await gateFiles({ current: path, inheritedFromHost: false, policy });
    expect(result.current.facts.scannerDigest).toBeUndefined();
    expect(result.current.facts.oscapVersion).toBe('1.3.7');
  });

  it('a baseline artifact (results.xml and the stig-gate.json of the run that made it) gives its scanner', async () => {
    // The default branch's run: its scan, gated, reports written beside its results, as the artifact holds them.
    const artifact = await made('artifact');
    const results = join(artifact, 'results.xml');
    await copyFile(CLEAN_RESULTS, results);
    const earlier = await gateFiles({
      current: results,
      currentFacts: factsOfScan({ scannerDigest: BOOKWORM }, { scannerImage: BOOKWORM_IMAGE, mode: 'image' }),
      inheritedFromHost: false,
      policy,
    });
    await writeReports(earlier, artifact);
    const result = await gateFiles({
      current: await rescannedSample(REMOTE_ACCESS_RESULTS, await made('current-artifact'), {
        oscapVersion: '1.4.2',
      }),
      currentFacts: { scannerImage: TRIXIE_IMAGE, scannerDigest: TRIXIE, mode: 'image' },
      baseline: results,
      inheritedFromHost: false,
      policy,
    });
    expect(result.baseline?.facts).toMatchObject({
      scannerDigest: BOOKWORM,
      mode: 'image',
      oscapVersion: '1.3.7',
    });
    expect(result.scannerDrift?.notice).toBe(NOTICE);
  });
});

describe('drift through every report: bookworm (1.3.7) baseline, a 1.4.2 scan with another scanner image', () => {
  let drifted: Awaited<ReturnType<typeof gateFiles>>;
  let same: Awaited<ReturnType<typeof gateFiles>>;
  beforeAll(async () => {
    const baseline = await bookwormBaseline('drift-baseline');
    const currentDir = await made('drift-current');
    const current = await rescannedSample(REMOTE_ACCESS_RESULTS, currentDir, { oscapVersion: '1.4.2' });
    await writeScanJson(currentDir, current, TRIXIE_IMAGE, TRIXIE);
    drifted = await gateFiles({ current, baseline, inheritedFromHost: false, policy });
    // The same scanner on both sides: the real samples as they are, with the bookworm scanner's records.
    const sameDir = await made('same-current');
    const sameCurrent = join(sameDir, 'results.xml');
    await copyFile(REMOTE_ACCESS_RESULTS, sameCurrent);
    await writeScanJson(sameDir, sameCurrent, BOOKWORM_IMAGE, BOOKWORM);
    same = await gateFiles({ current: sameCurrent, baseline, inheritedFromHost: false, policy });
  });

  it('the gate: the two changes, and the comparison itself untouched', () => {
    expect(drifted.scannerDrift?.changes).toEqual([
      { fact: 'oscapVersion', baseline: '1.3.7', current: '1.4.2' },
      { fact: 'scannerDigest', baseline: BOOKWORM, current: TRIXIE },
    ]);
    expect(drifted.scannerDrift?.notice).toBe(NOTICE);
    expect(drifted.counts).toEqual(same.counts);
    expect(same.scannerDrift).toBeUndefined();
  });

  it('Markdown (PR comment and job summary): the notice just above the new failures; each side names its scanner', () => {
    const html = renderGfm(renderMarkdown(drifted, { heading: 'STIG gate: app:pr (profile)' }));
    // The last paragraph before the new failures (folded: these XCCDF results name no cause).
    const newFailures = /<p>((?:(?!<p>).)*?)<\/p>\s*<details><summary>All 46 new failures/s.exec(html);
    expect(newFailures?.[1]).toBeDefined();
    expect(seen(newFailures![1]!)).toBe(`⚠️ Scanner changed since the baseline: ${NOTICE}.`);
    const text = seen(html);
    expect(text).toContain(
      `Current scanner: OpenSCAP 1.4.2 · scanner ${TRIXIE_IMAGE} (sha256:${'b'.repeat(64)}) · container mode`,
    );
    expect(text).toContain(
      `Baseline scanner: OpenSCAP 1.3.7 · scanner ${BOOKWORM_IMAGE} (sha256:${'a'.repeat(64)}) · container mode`,
    );

    const plain = seen(renderGfm(renderMarkdown(same)));
    expect(plain).not.toContain('Scanner changed');
    expect(plain).toContain('Current scanner: OpenSCAP 1.3.7');
  });

  it('Markdown without new failures: the notice stays under the header', async () => {
    const fixedOnly = await gateFiles({
      current: await bookwormBaseline('fixed-only-current'),
      currentFacts: { scannerDigest: TRIXIE },
      baseline: REMOTE_ACCESS_RESULTS,
      baselineFacts: { scannerDigest: BOOKWORM },
      inheritedFromHost: false,
      policy,
    });
    expect(fixedOnly.newFailures).toEqual([]);
    const markdown = renderMarkdown(fixedOnly);
    expect(markdown).toMatch(
      /\*\*Baseline:\*\* [^\n]+\n\n⚠️ \*\*Scanner changed since the baseline:\*\* [^\n]+\n\n### Fixed/,
    );
  });

  it("JSON: scannerDrift and each scan's facts (every key present, null when unknown)", () => {
    const json = gateJson(drifted);
    expect(json.scannerDrift).toEqual({ changes: drifted.scannerDrift!.changes, notice: NOTICE });
    expect(json.current.facts).toEqual({
      scannerImage: TRIXIE_IMAGE,
      scannerDigest: TRIXIE,
      oscapVersion: '1.4.2',
      mode: 'container',
      benchmarkId: 'xccdf_org.open-scap.sce-community-content_benchmark_all',
      benchmarkVersion: '3.2.16',
      targetDigest: null,
      imageOsIds: null,
      imageOsName: null,
    });
    expect(json.baseline?.facts.scannerDigest).toBe(BOOKWORM);
    expect(gateJson(same).scannerDrift).toBeNull();
  });

  it('text: the notice just before the new failures, and each scanner under its scan', () => {
    const lines = gateText(drifted, 400).split('\n');
    const notice = lines.indexOf(`scanner changed: ${NOTICE}`);
    expect(notice).toBeGreaterThan(0);
    expect(lines[notice + 2]).toBe('New failures (46):');
    expect(lines).toContain(
      `          scanned with OpenSCAP 1.4.2 · scanner ${TRIXIE_IMAGE} (sha256:${'b'.repeat(64)}) · container mode`,
    );
    expect(gateText(same)).not.toContain('scanner changed');
  });

  it('SARIF: OpenSCAP as a tool extension with its version; the scan facts and the notice in the properties', () => {
    const run = renderSarif(drifted).runs[0]!;
    expect(run.tool.extensions).toEqual([
      { name: 'OpenSCAP', version: '1.4.2', informationUri: 'https://www.open-scap.org/' },
    ]);
    expect(run.properties.scan).toMatchObject({
      scannerImage: TRIXIE_IMAGE,
      scannerDigest: TRIXIE,
      mode: 'container',
    });
    expect(run.properties.scannerDrift).toBe(NOTICE);
    expect(renderSarif(same).runs[0]!.properties.scannerDrift).toBeUndefined();
  });
});
