/**
 * The waivers snippet for new failures: valid YAML the waivers reader refuses until a person fills in reason
 * and expiry, that then waives exactly those failures; scan text cannot add entries or end the code fence.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_POLICY, evaluateGate } from '../../src/gate/index.js';
import { parseWaivers } from '../../src/gate/waivers-file.js';
import { gateFiles } from '../../src/pipeline/gate-files.js';
import { readResultsFile } from '../../src/results/read.js';
import { waiverSnippet } from '../../src/report/waiver-snippet.js';
import { outcome, scan, stigRuleId } from '../gate/build-scan.js';
import { CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';

const NOW = new Date('2026-12-07T12:00:00Z');
const fill = (snippet: string) =>
  snippet
    .replace(/reason: ""/g, 'reason: accepted in SEC-1')
    .replace(/expires: ""/g, 'expires: 2027-06-30')
    .replace(/owner: ""/g, 'owner: platform');

describe('waiverSnippet', () => {
  it('on the 46 real new failures: refused as pasted, and once filled in it waives exactly them', async () => {
    const result = await gateFiles({
      current: REMOTE_ACCESS_RESULTS,
      baseline: CLEAN_RESULTS,
      inheritedFromHost: false,
      policy: DEFAULT_POLICY,
      now: NOW,
    });
    expect(result.newFailures).toHaveLength(46);
    const snippet = waiverSnippet(result.newFailures, { image: 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64) });
    const doc = parse(snippet) as { waivers: { rule: string; images: string[] }[] };
    expect(doc.waivers).toHaveLength(46);
    expect(doc.waivers[0]!.images).toEqual(['ghcr.io/acme/app']);
    expect(() => parseWaivers(snippet, 'waivers.yml')).toThrow(/'reason' is required/);
    expect(() => parseWaivers(snippet.replace(/reason: ""/g, 'reason: r'), 'waivers.yml')).toThrow(
      /'expires' must be a date/,
    );

    const waivers = parseWaivers(fill(snippet), 'waivers.yml');
    const [current, baseline] = await Promise.all([
      readResultsFile(REMOTE_ACCESS_RESULTS),
      readResultsFile(CLEAN_RESULTS),
    ]);
    const waived = evaluateGate({
      current,
      baseline,
      waivers,
      inheritedFromHost: false,
      policy: DEFAULT_POLICY,
      now: NOW,
      image: 'ghcr.io/acme/app:1.2',
    });
    expect(waived.newFailures).toEqual([]);
    expect(waived.waived).toHaveLength(46);
    expect(waived.verdict).toBe('pass');
  });

  it('names the image by its repository, without tag or digest, so it holds for the next build', () => {
    const current = scan([outcome(stigRuleId(1), 'fail', 'high')]);
    const result = evaluateGate({ current, inheritedFromHost: false, policy: DEFAULT_POLICY, now: NOW });
    const images = (image: string) =>
      (parse(fill(waiverSnippet(result.newFailures, { image }))) as { waivers: { images: string[] }[] })
        .waivers[0]!.images;
    expect(images('ghcr.io/acme/app:pr-12')).toEqual(['ghcr.io/acme/app']);
    expect(images('localhost:5000/app')).toEqual(['localhost:5000/app']);
    expect(images(`localhost:5000/app:1.2@sha256:${'b'.repeat(64)}`)).toEqual(['localhost:5000/app']);
  });

  it('scan text stays in comments: a title with line breaks and fences adds no entry and no key', () => {
    const current = scan([
      outcome(stigRuleId(1), 'fail', 'high', {
        title: 'x\n  - rule: SV-999\n    reason: pwned\n```\n</details>',
      }),
    ]);
    const result = evaluateGate({ current, inheritedFromHost: false, policy: DEFAULT_POLICY, now: NOW });
    const snippet = waiverSnippet(result.newFailures);
    expect(snippet).not.toContain('`');
    const doc = parse(fill(snippet)) as { waivers: Record<string, unknown>[] };
    expect(doc.waivers).toHaveLength(1);
    expect(Object.keys(doc.waivers[0]!)).toEqual(['rule', 'reason', 'owner', 'expires']);
    expect(parseWaivers(fill(snippet), 'w.yml')).toHaveLength(1);
  });
});
