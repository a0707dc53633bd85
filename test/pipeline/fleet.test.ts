/** Running a set: the bound on scans at once, outcomes in order, one failure not stopping the rest. */
import { describe, expect, it } from 'vitest';
import { mapBounded, runFleet } from '../../src/pipeline/fleet.js';
import { mergeReports } from '../../src/pipeline/merge.js';
import { namePattern } from '../../src/pipeline/read-reports.js';
import type { GateJson } from '../../src/report/gate-json.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapBounded', () => {
  it.each([1, 2, 3, 8])('never runs more than %i at once, and keeps the order', async (limit) => {
    let running = 0;
    let most = 0;
    const outcomes = await mapBounded([5, 1, 4, 2, 3, 1, 2], limit, async (ms, index) => {
      running += 1;
      most = Math.max(most, running);
      await sleep(ms * 3);
      running -= 1;
      return index;
    });
    expect(most).toBe(Math.min(limit, 7));
    expect(outcomes).toEqual([0, 1, 2, 3, 4, 5, 6].map((value) => ({ ok: true, value })));
  });

  it('an error stops only its own item', async () => {
    const outcomes = await mapBounded(['a', 'b', 'c'], 2, async (item) => {
      if (item === 'b') throw new Error('b broke');
      return item;
    });
    expect(outcomes.map((o) => (o.ok ? o.value : o.error.message))).toEqual(['a', 'b broke', 'c']);
  });
});

describe('runFleet', () => {
  it('prepares once before any image; a failed preparation is every image error, and none is gated', async () => {
    const calls: string[] = [];
    const ok = await runFleet(['a', 'b'], {
      parallel: 2,
      prepare: async () => void calls.push('prepare'),
      gate: async (item) => void calls.push(item),
    });
    expect(calls).toEqual(['prepare', 'a', 'b']);
    expect(ok.every((o) => o.ok)).toBe(true);
    const gated: string[] = [];
    const failed = await runFleet(['a', 'b'], {
      prepare: async () => {
        throw new Error('pull scanner failed: no such image');
      },
      gate: async (item) => void gated.push(item),
    });
    expect(gated).toEqual([]);
    expect(failed.map((o) => (o.ok ? '' : o.error.message))).toEqual([
      'pull scanner failed: no such image',
      'pull scanner failed: no such image',
    ]);
  });
});

describe('mergeReports', () => {
  const report = (image: string) => ({ image }) as unknown as GateJson;
  const found = [
    { image: 'ghcr.io/o/b:1', artifactName: 'custom-b', report: report('ghcr.io/o/b:1@sha256:00aa') },
    { image: 'x', artifactName: 'stig-gate-ghcr.io_o_a_1-p', report: { image: null } as unknown as GateJson },
    { image: 'ghcr.io/o/extra:1', artifactName: 'e', report: report('ghcr.io/o/extra:1') },
  ];

  it('matches by image (digest aside), else by artifact name; a missing one is an error naming it', () => {
    const merged = mergeReports(
      ['ghcr.io/o/a:1', 'ghcr.io/o/b:1', 'ghcr.io/o/c:1'],
      found,
      'p',
      (image, name) => `no report for ${image} (${name})`,
    );
    expect(merged.members.map((m) => [m.image, m.artifactName, m.error])).toEqual([
      ['ghcr.io/o/a:1', 'stig-gate-ghcr.io_o_a_1-p', undefined],
      ['ghcr.io/o/b:1', 'custom-b', undefined],
      [
        'ghcr.io/o/c:1',
        'stig-gate-ghcr.io_o_c_1-p',
        'no report for ghcr.io/o/c:1 (stig-gate-ghcr.io_o_c_1-p)',
      ],
      ['ghcr.io/o/extra:1', 'e', undefined],
    ]);
    expect(merged.unexpected).toEqual(['ghcr.io/o/extra:1']);
  });
});

describe('namePattern', () => {
  it.each([
    ['stig-gate-*', 'stig-gate-ghcr.io_o_a-p', true],
    ['stig-gate-*', 'other', false],
    ['stig-gate-*', 'xstig-gate-a', false],
    ['a.b*', 'axb', false],
    ['*-report', 'api-report', true],
    ['exact', 'exact', true],
  ])('%s ~ %s: %s', (pattern, name, matches) => {
    expect(namePattern(pattern).test(name)).toBe(matches);
  });
});
