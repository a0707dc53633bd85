import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  evaluateGate,
  factsFromResults,
  mergeFacts,
  scannerDrift,
  type ScanFacts,
} from '../../src/gate/index.js';
import { readResultsFile } from '../../src/results/read.js';
import { CLEAN_ARF, CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';
import { outcome, scan } from './build-scan.js';

const BOOKWORM = '127.0.0.1:5000/stig-gate/scanner@sha256:' + 'a'.repeat(64);
const TRIXIE = '127.0.0.1:5000/stig-gate/scanner@sha256:' + 'b'.repeat(64);
const TRIXIE_OTHER_NAME = 'registry.example/openscap@sha256:' + 'b'.repeat(64);
const IMAGE_ID = 'sha256:' + 'b'.repeat(64);

describe('factsFromResults: what a results file records itself', () => {
  it.each([
    ['XCCDF results', CLEAN_RESULTS],
    ['ARF', CLEAN_ARF],
    ['XCCDF results (remote access)', REMOTE_ACCESS_RESULTS],
  ])('%s from the real 1.3.7 scanner: OpenSCAP 1.3.7 and benchmark 3.2.16', async (_what, path) => {
    expect(factsFromResults(await readResultsFile(path))).toEqual({
      oscapVersion: '1.3.7',
      benchmarkId: 'xccdf_org.open-scap.sce-community-content_benchmark_all',
      benchmarkVersion: '3.2.16',
    });
  });

  it('takes no OpenSCAP version from a scanner that is not OpenSCAP, and invents nothing', () => {
    const other = scan([outcome('r', 'pass')], {
      scanner: { name: 'SCC', version: '5.9' },
      benchmark: { id: 'b' },
    });
    expect(factsFromResults(other)).toEqual({ benchmarkId: 'b' });
  });
});

describe('mergeFacts', () => {
  it('takes each fact from the first source that knows it; blank text and "unknown" are no facts', () => {
    expect(
      mergeFacts(
        { oscapVersion: 'unknown', mode: ' ' },
        undefined,
        { oscapVersion: '1.3.7' },
        {
          oscapVersion: '1.4.4',
          mode: 'image',
          scannerDigest: BOOKWORM,
        },
      ),
    ).toEqual({ oscapVersion: '1.3.7', mode: 'image', scannerDigest: BOOKWORM });
  });
});

describe('scannerDrift: drift only with evidence on both sides', () => {
  const base: ScanFacts = { benchmarkVersion: '3.2.16', oscapVersion: '1.3.7', scannerDigest: BOOKWORM };
  // Numbered cases: [baseline, current, the notice or undefined]
  const cases: [number, ScanFacts, ScanFacts, string | undefined][] = [
    [1, base, { ...base }, undefined],
    [2, {}, {}, undefined],
    [3, { oscapVersion: '1.3.7' }, { scannerDigest: TRIXIE }, undefined],
    [4, { benchmarkVersion: '3.2.16' }, { oscapVersion: '1.4.2', benchmarkVersion: '3.2.16' }, undefined],
    [
      5,
      { benchmarkVersion: '3.2.15' },
      { benchmarkVersion: '3.2.16' },
      'baseline scanned with benchmark 3.2.15, this scan with 3.2.16: some new failures may come from the scanner update',
    ],
    [
      6,
      { oscapVersion: '1.3.7' },
      { oscapVersion: '1.4.2' },
      'baseline scanned with OpenSCAP 1.3.7, this scan with 1.4.2: some new failures may come from the scanner update',
    ],
    [
      7,
      { scannerDigest: BOOKWORM },
      { scannerDigest: TRIXIE },
      'baseline scanned with scanner image sha256:aaaaaaaaaaaa, this scan with scanner image sha256:bbbbbbbbbbbb: some new failures may come from the scanner update',
    ],
    // The same image under another name is the same scanner.
    [8, { scannerDigest: TRIXIE }, { scannerDigest: TRIXIE_OTHER_NAME }, undefined],
    // A manifest digest and an engine's image id name different things: not comparable, so not drift.
    [9, { scannerDigest: BOOKWORM }, { scannerDigest: IMAGE_ID }, undefined],
    [10, { scannerDigest: 'not a digest' }, { scannerDigest: TRIXIE }, undefined],
    [
      11,
      base,
      { benchmarkVersion: '3.2.17', oscapVersion: '1.4.2', scannerDigest: TRIXIE },
      'baseline scanned with benchmark 3.2.16, OpenSCAP 1.3.7 and scanner image sha256:aaaaaaaaaaaa, ' +
        'this scan with benchmark 3.2.17, OpenSCAP 1.4.2 and scanner image sha256:bbbbbbbbbbbb: ' +
        'some new failures may come from the scanner update',
    ],
    // Mode and target are not the scanner: a new target is what the gate is for.
    [
      12,
      { ...base, mode: 'container', targetDigest: BOOKWORM },
      { ...base, mode: 'image', targetDigest: TRIXIE },
      undefined,
    ],
  ];
  const someNew = { newFailures: 3, fixed: 1 };
  it.each(cases)('case %i', (_n, baseline, current, notice) => {
    expect(scannerDrift(baseline, current, someNew)?.notice).toBe(notice);
  });

  it('says what the update may explain: the new failures, else the fixed rules, else that nothing changed', () => {
    const [before, after] = [{ oscapVersion: '1.3.7' }, { oscapVersion: '1.4.2' }];
    const notice = (changed: { newFailures: number; fixed: number }) =>
      scannerDrift(before, after, changed)?.notice.replace(/^.*: /, '');
    expect(notice({ newFailures: 1, fixed: 0 })).toBe('some new failures may come from the scanner update');
    expect(notice({ newFailures: 0, fixed: 2 })).toBe('some fixed rules may come from the scanner update');
    expect(notice({ newFailures: 0, fixed: 0 })).toBe('no rule changed result with it');
  });

  it('lists each change with both values', () => {
    expect(scannerDrift(base, { ...base, oscapVersion: '1.4.2' }, someNew)?.changes).toEqual([
      { fact: 'oscapVersion', baseline: '1.3.7', current: '1.4.2' },
    ]);
  });
});

describe('evaluateGate carries the facts and the drift', () => {
  it('the real samples, both from one 1.3.7 scanner: facts on both sides, no drift', async () => {
    const result = evaluateGate({
      current: await readResultsFile(REMOTE_ACCESS_RESULTS),
      baseline: await readResultsFile(CLEAN_RESULTS),
      currentFacts: { scannerDigest: BOOKWORM, mode: 'container' },
      // The same scanner image, pulled under another name.
      baselineFacts: { scannerDigest: `registry.example/openscap@sha256:${'a'.repeat(64)}` },
      inheritedFromHost: false,
      policy: DEFAULT_POLICY,
      now: new Date(0),
    });
    expect(result.current.facts).toMatchObject({
      oscapVersion: '1.3.7',
      scannerDigest: BOOKWORM,
      mode: 'container',
    });
    expect(result.baseline?.facts.oscapVersion).toBe('1.3.7');
    expect(result.scannerDrift).toBeUndefined();
  });

  it("the results file's own OpenSCAP version wins over what the caller was told", async () => {
    const result = evaluateGate({
      current: await readResultsFile(CLEAN_RESULTS),
      currentFacts: { oscapVersion: '9.9.9' },
      inheritedFromHost: false,
      policy: DEFAULT_POLICY,
      now: new Date(0),
    });
    expect(result.current.facts.oscapVersion).toBe('1.3.7');
  });

  it('a baseline with another scanner digest: drift, and the verdict is unchanged by it', async () => {
    const input = {
      current: await readResultsFile(REMOTE_ACCESS_RESULTS),
      baseline: await readResultsFile(CLEAN_RESULTS),
      inheritedFromHost: false,
      policy: DEFAULT_POLICY,
      now: new Date(0),
    };
    const plain = evaluateGate(input);
    const drifted = evaluateGate({
      ...input,
      currentFacts: { scannerDigest: TRIXIE },
      baselineFacts: { scannerDigest: BOOKWORM },
    });
    expect(drifted.scannerDrift?.changes.map((change) => change.fact)).toEqual(['scannerDigest']);
    expect(drifted.verdict).toBe(plain.verdict);
    expect(drifted.counts).toEqual(plain.counts);
  });

  it('a re-scan that changed no result says so, not that new failures may come from the update', async () => {
    const results = await readResultsFile(CLEAN_RESULTS);
    const drifted = evaluateGate({
      current: results,
      baseline: results,
      currentFacts: { scannerDigest: TRIXIE },
      baselineFacts: { scannerDigest: BOOKWORM },
      inheritedFromHost: false,
      policy: DEFAULT_POLICY,
      now: new Date(0),
    });
    expect(drifted.newFailures).toHaveLength(0);
    expect(drifted.scannerDrift?.notice).toMatch(/: no rule changed result with it$/);
  });
});
