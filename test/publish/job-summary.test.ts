import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/gate/evaluate.js';
import { DEFAULT_POLICY } from '../../src/gate/types.js';
import { MAX_RULE_ANNOTATIONS, newFailureAnnotations } from '../../src/publish/job-summary.js';
import { actionOutputs } from '../../src/publish/outputs.js';
import { readResultsFile } from '../../src/results/read.js';
import { CLEAN_ARF, CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';

async function gate(current: string, baseline?: string) {
  return evaluateGate({
    current: await readResultsFile(current),
    baseline: baseline ? await readResultsFile(baseline) : undefined,
    inheritedFromHost: false,
    policy: DEFAULT_POLICY,
    now: new Date('2026-11-23T00:00:00Z'),
    image: 'ghcr.io/o/app:1',
  });
}

describe('newFailureAnnotations', () => {
  it('annotates the first eight new failures, most severe first, then counts the rest', async () => {
    const annotations = newFailureAnnotations(await gate(REMOTE_ACCESS_RESULTS, CLEAN_RESULTS));
    expect(annotations).toHaveLength(MAX_RULE_ANNOTATIONS + 1);
    expect(annotations[0]).toEqual({
      title: 'STIG gate: ghcr.io/o/app:1',
      message:
        'New failure SV-203603 (CAT I, high, fail): The operating system must implement DoD-approved encryption to protect the confidentiality of remote access sessions.',
    });
    expect(annotations.slice(0, 6).every((a) => a.message.includes('(CAT I, high'))).toBe(true);
    expect(annotations.at(-1)!.message).toBe(
      '…and 38 more new failures; the job summary and the report artifact list them all.',
    );
  });

  it("says why, from the ARF's evidence", async () => {
    const annotations = newFailureAnnotations(await gate(CLEAN_ARF), 100);
    expect(annotations.find((a) => a.message.includes('SV-203754'))!.message).toMatch(
      /\(CAT II, medium, fail\): .*\. Why: \.\/AslrCheck\.sh printed: ASLR not configured correctly$/,
    );
    expect(annotations.find((a) => a.message.includes('SV-263659'))!.message).toContain(
      '. Why: /etc/ssl/certs/ca-certificates.crt does not exist (and 8 more tests)',
    );
  });

  it('has nothing to say when nothing is new, and no "more" line when all fit', async () => {
    expect(newFailureAnnotations(await gate(CLEAN_RESULTS, CLEAN_RESULTS))).toEqual([]);
    const result = await gate(REMOTE_ACCESS_RESULTS, CLEAN_RESULTS);
    expect(newFailureAnnotations(result, 100)).toHaveLength(46);
  });
});

describe('actionOutputs', () => {
  it('carries the counts and paths of a verdict', async () => {
    const outputs = actionOutputs(
      await gate(REMOTE_ACCESS_RESULTS, CLEAN_RESULTS),
      undefined,
      { json: '/o/j.json' },
      { artifactId: 3500000001 },
    );
    expect(outputs).toMatchObject({
      verdict: 'fail',
      'new-failures': '46',
      fixed: '0',
      'still-failing': '10',
      failed: '56',
      passed: '35',
      'not-applicable': '107',
      waived: '0',
      'json-path': '/o/j.json',
      'artifact-id': '3500000001',
      'comment-url': '',
    });
  });

  it('says error, with the reason, when there is no verdict', () => {
    const outputs = actionOutputs(undefined, 'scan failed', {}, {});
    expect(outputs.verdict).toBe('error');
    expect(outputs.reason).toBe('scan failed');
    expect(outputs['new-failures']).toBe('');
  });

  it('says error when something failed after the verdict, keeping the counts', async () => {
    const result = await gate(CLEAN_RESULTS, CLEAN_RESULTS);
    expect(result.verdict).toBe('pass');
    const outputs = actionOutputs(result, 'cannot write the reports: disk full', {}, {});
    expect(outputs.verdict).toBe('error');
    expect(outputs.reason).toBe('cannot write the reports: disk full');
    expect(outputs.failed).toBe('10');
  });
});
