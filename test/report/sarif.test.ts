import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, evaluateGate, type GateResult } from '../../src/gate/index.js';
import { gateFiles } from '../../src/pipeline/gate-files.js';
import { FINGERPRINT_KEY, renderSarif, type SarifLog } from '../../src/report/sarif.js';
import { CLEAN_ARF, CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';
import { outcome, scan, stigRuleId } from '../gate/build-scan.js';

// The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it (@microsoft/jest-sarif): JSON Schema draft-04.
const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = require(schemaPath) as { title: string };
// The schema's language pattern is not valid as a unicode regular expression, so patterns run without /u.
// Both packages are CommonJS; under NodeNext their default import is module.exports, which has `.default`.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function expectValid(log: SarifLog): void {
  const valid = validate(JSON.parse(JSON.stringify(log)));
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toEqual([]);
  expect(valid).toBe(true);
}

async function samples(current: string, baseline?: string, image?: string): Promise<GateResult> {
  return gateFiles({
    current,
    baseline,
    image,
    inheritedFromHost: false,
    policy: DEFAULT_POLICY,
    now: new Date(0),
  });
}

describe('renderSarif', () => {
  it('uses the official SARIF 2.1.0 schema, which rejects a malformed log', () => {
    expect(schema.title).toMatch(/SARIF\) Version 2\.1\.0/);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });

  it('validates for the real samples, with one result per counted failure', async () => {
    const result = await samples(REMOTE_ACCESS_RESULTS, CLEAN_RESULTS, 'cgr.dev/acme/app:1.2@sha256:abc');
    const log = renderSarif(result, { toolVersion: '0.1.0' });
    expectValid(log);
    const run = log.runs[0]!;
    expect(run.results).toHaveLength(56); // 46 new + 10 still failing
    expect(run.results.filter((r) => r.baselineState === 'new')).toHaveLength(46);
    expect(run.results.filter((r) => r.baselineState === 'unchanged')).toHaveLength(10);
    expect(run.tool.driver).toMatchObject({ name: 'stig-gate', version: '0.1.0', semanticVersion: '0.1.0' });
    expect(run.tool.driver.rules).toHaveLength(56);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
      expect(r.locations[0]!.physicalLocation.artifactLocation.uri).toBe('cgr.dev/acme/app');
      expect(r.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/);
    }
    const remote = run.results.find((r) => r.ruleId === 'xccdf_mil.disa.stig_rule_SV-263652r982557_rule')!;
    expect(remote.level).toBe('warning');
    expect(remote.message.text).toMatch(
      /^SV-263652 fail on cgr\.dev\/acme\/app:1\.2@sha256:abc \(new since the baseline\): /,
    );
    const rule = run.tool.driver.rules[remote.ruleIndex]!;
    expect(rule.name).toBe('SV-263652');
    expect(rule.properties).toMatchObject({
      'security-severity': '5.5',
      tags: expect.arrayContaining(['security', 'stig', 'CAT II']),
    });
    expect(rule.help.text.length).toBeGreaterThan(50);
    expect(rule.fullDescription.text).not.toMatch(/\n/);
  });

  it.each([
    [1, 'high', 'error', '8.0'],
    [2, 'medium', 'warning', '5.5'],
    [3, 'low', 'note', '3.0'],
    [4, 'unknown', 'warning', '5.5'],
  ] as const)(
    '%i. severity %s gives level %s and security-severity %s',
    (_n, severity, level, securitySeverity) => {
      const current = scan([outcome(stigRuleId(1), 'fail', severity)]);
      const log = renderSarif(
        evaluateGate({ current, inheritedFromHost: false, policy: DEFAULT_POLICY, now: new Date(0) }),
      );
      expectValid(log);
      expect(log.runs[0]!.results[0]!.level).toBe(level);
      expect(log.runs[0]!.tool.driver.rules[0]!.properties['security-severity']).toBe(securitySeverity);
    },
  );

  it('counts only unwaived failures at or above the threshold', () => {
    const current = scan([
      outcome(stigRuleId(1), 'fail', 'high'),
      outcome(stigRuleId(2), 'fail', 'low'),
      outcome(stigRuleId(3), 'fail', 'high'),
    ]);
    const result = evaluateGate({
      current,
      waivers: [{ rule: 'SV-3', reason: 'r', origin: 'w' }],
      inheritedFromHost: false,
      policy: { failOn: 'new', severityThreshold: 'medium' },
      now: new Date(0),
    });
    const log = renderSarif(result);
    expectValid(log);
    expect(log.runs[0]!.results.map((r) => r.ruleId)).toEqual([stigRuleId(1)]);
    expect(log.runs[0]!.results[0]!.baselineState).toBeUndefined();
  });

  it('text from the scan links nowhere and reorders nothing: brackets escaped, bidi controls shown', () => {
    const title = 'Look [here](javascript:alert(1)) \\ \u202Eliaf';
    const current = scan([outcome(stigRuleId(1), 'fail', 'high', { title, description: title })]);
    const result = evaluateGate({
      current,
      waivers: [],
      inheritedFromHost: false,
      policy: DEFAULT_POLICY,
      now: new Date(0),
    });
    const log = renderSarif(result);
    expectValid(log);
    const run = log.runs[0]!;
    const texts = [
      run.results[0]!.message.text,
      run.tool.driver.rules[0]!.shortDescription!.text,
      run.tool.driver.rules[0]!.fullDescription!.text,
      run.tool.driver.rules[0]!.help!.text,
    ];
    for (const text of texts) {
      expect(text).toContain('Look \\[here\\](javascript:alert(1)) \\\\ \\[U+202E\\]liaf');
      expect(text).not.toMatch(/(^|[^\\])\[/);
    }
  });

  it("carries the notices beside the verdict in the run's properties, and none when there are none", () => {
    const gate = (profile: string) =>
      evaluateGate({
        current: scan([outcome(stigRuleId(1), 'fail')]),
        baseline: scan([outcome(stigRuleId(1), 'pass')], { profile: { id: profile } }),
        inheritedFromHost: false,
        policy: DEFAULT_POLICY,
        now: new Date(0),
      });
    const log = renderSarif(gate('xccdf_other_profile'));
    expectValid(log);
    expect(log.runs[0]!.properties.notices).toEqual([expect.stringMatching(/profile xccdf_other_profile/)]);
    expect(renderSarif(gate(scan([]).profile.id ?? '')).runs[0]!.properties).not.toHaveProperty('notices');
  });

  it('a passing gate with nothing counted is a valid, empty log', async () => {
    const log = renderSarif(await samples(CLEAN_RESULTS, REMOTE_ACCESS_RESULTS), {
      toolVersion: 'dev-build',
    });
    expectValid(log);
    // still failing rules stay open as alerts
    expect(log.runs[0]!.results).toHaveLength(10);
    expect(log.runs[0]!.tool.driver).not.toHaveProperty('semanticVersion');
    const empty = renderSarif(
      evaluateGate({
        current: scan([outcome(stigRuleId(1), 'pass')]),
        inheritedFromHost: false,
        policy: DEFAULT_POLICY,
        now: new Date(0),
      }),
    );
    expectValid(empty);
    expect(empty.runs[0]!.results).toEqual([]);
  });

  it('fingerprints are stable across rescans, tags, rule revisions and result formats, and differ per rule and image', async () => {
    const fingerprints = (log: SarifLog) =>
      new Map(
        log.runs[0]!.results.map((r) => [
          r.ruleId.replace(/r\d+_rule$/, ''),
          r.partialFingerprints[FINGERPRINT_KEY],
        ]),
      );
    const fromXccdf = fingerprints(
      renderSarif(await samples(CLEAN_RESULTS, undefined, 'cgr.dev/acme/app:1')),
    );
    const fromArf = fingerprints(renderSarif(await samples(CLEAN_ARF, undefined, 'cgr.dev/acme/app:2')));
    expect(fromArf).toEqual(fromXccdf);
    expect(new Set(fromXccdf.values()).size).toBe(10);
    const otherImage = fingerprints(
      renderSarif(await samples(CLEAN_RESULTS, undefined, 'cgr.dev/acme/other:1')),
    );
    expect([...otherImage.values()].some((f) => [...fromXccdf.values()].includes(f))).toBe(false);

    const revised = scan([outcome(stigRuleId(1, 2), 'fail')]);
    const original = scan([outcome(stigRuleId(1, 1), 'fail')]);
    const sarifOf = (current: typeof revised) =>
      renderSarif(
        evaluateGate({
          current,
          inheritedFromHost: false,
          policy: DEFAULT_POLICY,
          now: new Date(0),
          image: 'x/y:1',
        }),
      );
    expect(sarifOf(revised).runs[0]!.results[0]!.partialFingerprints).toEqual(
      sarifOf(original).runs[0]!.results[0]!.partialFingerprints,
    );
  });

  it('builds a valid artifact URI from any image reference or results file name', () => {
    const current = scan([outcome(stigRuleId(1), 'fail')], { source: '/tmp/my results #1.xml' });
    for (const image of [undefined, 'alpine', 'alpine:3.19', 'localhost:5000/a b/c:tag', 'x/y@sha256:0123']) {
      const log = renderSarif(
        evaluateGate({ current, inheritedFromHost: false, policy: DEFAULT_POLICY, now: new Date(0), image }),
      );
      expectValid(log);
    }
    const log = renderSarif(
      evaluateGate({
        current,
        inheritedFromHost: false,
        policy: DEFAULT_POLICY,
        now: new Date(0),
        image: 'alpine:3.19',
      }),
    );
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('alpine');
  });
});
