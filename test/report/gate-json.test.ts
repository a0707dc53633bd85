import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, evaluateGate } from '../../src/gate/index.js';
import { gateFiles } from '../../src/pipeline/gate-files.js';
import { gateJson } from '../../src/report/gate-json.js';
import { CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';
import { outcome, scan, stigRuleId } from '../gate/build-scan.js';

const TOP_LEVEL_KEYS = [
  'schemaVersion',
  'verdict',
  'reason',
  'policy',
  'inheritedFromHostEnabled',
  'image',
  'scanMode',
  'evaluatedAt',
  'current',
  'baseline',
  'baselineFrom',
  'notices',
  'scannerDrift',
  'counts',
  'newFailures',
  'newFailureGroups',
  'fixed',
  'stillFailing',
  'waived',
  'inheritedFromHost',
  'newRules',
  'removedRules',
  'staleWaivers',
  'expiredWaivers',
  'warnings',
];
const RULE_KEYS = [
  'ruleId',
  'stigId',
  'severity',
  'category',
  'title',
  'result',
  'baselineResult',
  'meetsThreshold',
  'stig',
  'waiver',
  'inherited',
  'evidence',
];

describe('gateJson: the documented, stable schema (docs/json-schemas.md)', () => {
  it('has exactly the documented keys, in order, for the real samples', async () => {
    const result = await gateFiles({
      current: REMOTE_ACCESS_RESULTS,
      baseline: CLEAN_RESULTS,
      inheritedFromHost: true,
      policy: DEFAULT_POLICY,
      now: new Date('2026-11-23T12:00:00Z'),
    });
    const json = JSON.parse(JSON.stringify(gateJson(result))) as Record<string, unknown> &
      ReturnType<typeof gateJson>;
    expect(Object.keys(json)).toEqual(TOP_LEVEL_KEYS);
    expect(json).toMatchObject({
      schemaVersion: 2,
      verdict: 'fail',
      policy: { failOn: 'new', severityThreshold: 'low' },
      inheritedFromHostEnabled: true,
      image: null,
      scanMode: null,
      evaluatedAt: '2026-11-23T12:00:00.000Z',
      counts: { newFailures: 46, fixed: 0, stillFailing: 8, inheritedFromHost: 2, counted: 46 },
    });
    expect(json.current).toEqual({
      source: REMOTE_ACCESS_RESULTS,
      format: 'xccdf-1.2',
      benchmark: {
        id: 'xccdf_org.open-scap.sce-community-content_benchmark_all',
        version: '3.2.16',
        title: 'Datastream XCCDF Checklist Beta GPOS v3r2p16',
      },
      profile: { id: 'xccdf_basic_profile_.check', title: null },
      target: '4b8e94ba380c',
      scanner: { name: 'OpenSCAP', version: '1.3.7' },
      facts: {
        scannerImage: null,
        scannerDigest: null,
        oscapVersion: '1.3.7',
        mode: null,
        benchmarkId: 'xccdf_org.open-scap.sce-community-content_benchmark_all',
        benchmarkVersion: '3.2.16',
        targetDigest: null,
        imageOsIds: null,
        imageOsName: null,
      },
      testResultId: 'xccdf_org.open-scap_testresult_xccdf_basic_profile_.check',
      startTime: expect.any(String),
      endTime: expect.any(String),
      counts: expect.objectContaining({ fail: 56, pass: 35, notapplicable: 107 }),
      evidenceFrom: 'xccdf',
    });
    // Both samples come from one scanner and one benchmark release: no drift.
    expect(json.scannerDrift).toBeNull();
    const remote = json.newFailures.find((rule) => rule.stigId === 'SV-263652')!;
    expect(Object.keys(remote)).toEqual(RULE_KEYS);
    expect(remote).toMatchObject({
      ruleId: 'xccdf_mil.disa.stig_rule_SV-263652r982557_rule',
      severity: 'medium',
      category: 'CAT II',
      result: 'fail',
      baselineResult: 'pass',
      meetsThreshold: true,
      waiver: null,
      inherited: null,
    });
    expect(json.inheritedFromHost.map((rule) => rule.inherited?.category)).toEqual(['aslr', 'aslr']);
  });

  it('uses null for what is absent, never a missing key', () => {
    const current = scan([outcome('xccdf_plain_rule', 'fail', 'info')], {
      target: undefined,
      startTime: undefined,
    });
    const json = gateJson(
      evaluateGate({
        current,
        waivers: [{ rule: 'SV-1', reason: 'r', origin: 'w entry 1 (SV-1)' }],
        inheritedFromHost: false,
        policy: DEFAULT_POLICY,
        now: new Date(0),
      }),
    );
    expect(json.baseline).toBeNull();
    expect(json.current.target).toBeNull();
    expect(json.current.startTime).toBeNull();
    expect(json.newFailures[0]).toMatchObject({
      stigId: null,
      category: null,
      baselineResult: null,
      meetsThreshold: false,
    });
    expect(json.staleWaivers).toEqual([
      {
        rule: 'SV-1',
        reason: 'r',
        owner: null,
        expires: null,
        images: null,
        origin: 'w entry 1 (SV-1)',
        detail: 'no rule SV-1 in the scan',
      },
    ]);
  });

  it('carries the waiver of a waived rule and the failures an expired waiver names', () => {
    const current = scan([outcome(stigRuleId(1), 'fail'), outcome(stigRuleId(2), 'fail')]);
    const json = gateJson(
      evaluateGate({
        current,
        waivers: [
          {
            rule: 'SV-1',
            reason: 'ok',
            owner: 'me',
            expires: '2030-01-01',
            images: ['a/b'],
            origin: 'w entry 1 (SV-1)',
          },
          { rule: 'SV-2', reason: 'old', expires: '2020-01-01', origin: 'w entry 2 (SV-2)' },
        ],
        inheritedFromHost: false,
        policy: DEFAULT_POLICY,
        now: new Date('2026-01-01'),
        image: 'a/b:1',
        currentFacts: { mode: 'rootfs' },
      }),
    );
    expect(json.scanMode).toBe('rootfs');
    expect(json.waived[0]!.waiver).toEqual({
      rule: 'SV-1',
      reason: 'ok',
      owner: 'me',
      expires: '2030-01-01',
      images: ['a/b'],
      origin: 'w entry 1 (SV-1)',
    });
    expect(json.expiredWaivers).toEqual([
      expect.objectContaining({ rule: 'SV-2', matchedRules: [stigRuleId(2)] }),
    ]);
    expect(json.verdict).toBe('fail');
    expect(json.image).toBe('a/b:1');
  });
});
