import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  evaluateGate,
  parseWaivers,
  type GateInput,
  type Waiver,
} from '../../src/gate/index.js';
import {
  appliesToImage,
  expiryInstant,
  imageMatches,
  isExpired,
  waiverNamesRule,
} from '../../src/gate/waivers.js';
import { readResultsFile } from '../../src/results/read.js';
import { CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';
import { outcome, scan, stigRuleId } from './build-scan.js';

const FAILING = stigRuleId(203629, 982199);
const PASSING = stigRuleId(203630, 5);

function waiver(fields: Partial<Waiver> & { rule: string }): Waiver {
  return { reason: 'accepted risk', origin: `waivers.yml entry 1 (${fields.rule})`, ...fields };
}

function gate(waivers: Waiver[], now: Date, extra: Partial<GateInput> = {}) {
  return evaluateGate({
    current: scan([outcome(FAILING, 'fail', 'high'), outcome(PASSING, 'pass')]),
    waivers,
    inheritedFromHost: false,
    policy: DEFAULT_POLICY,
    now,
    ...extra,
  });
}

describe('waiver expiry, with an injected clock', () => {
  it.each<[number, string, boolean]>([
    [1, '2026-12-31T00:00:00Z', false],
    [2, '2026-12-31T23:59:59.999Z', false],
    [3, '2027-01-01T00:00:00Z', true],
    [4, '2030-06-01T12:00:00Z', true],
  ])('%i. a waiver expiring 2026-12-31, at %s: expired %s', (_n, now, expired) => {
    const w = waiver({ rule: 'SV-203629', expires: '2026-12-31' });
    expect(isExpired(w, new Date(now))).toBe(expired);
    const result = gate([w], new Date(now));
    expect(result.verdict).toBe(expired ? 'fail' : 'pass');
    expect(result.counts.waived).toBe(expired ? 0 : 1);
    expect(result.expiredWaivers).toEqual(expired ? [{ waiver: w, matchedRules: [FAILING] }] : []);
    expect(result.staleWaivers).toEqual([]);
  });

  it('a waiver without an expiry date never expires', () => {
    expect(gate([waiver({ rule: 'SV-203629' })], new Date('2999-01-01')).verdict).toBe('pass');
  });

  it('the expiry instant is the start of the next day in UTC, across month and year ends', () => {
    expect(expiryInstant('2026-02-28').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(expiryInstant('2026-12-31').toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('an expired waiver that names no failing rule is listed as expired, not stale', () => {
    const w = waiver({ rule: 'SV-203630', expires: '2020-01-01' });
    const result = gate([w], new Date('2026-01-01'));
    expect(result.expiredWaivers).toEqual([{ waiver: w, matchedRules: [] }]);
    expect(result.staleWaivers).toEqual([]);
  });
});

describe('waived failures', () => {
  it('are shown separately, never fail the gate and keep their waiver', () => {
    const w = waiver({ rule: 'SV-203629', owner: 'team-a' });
    const result = gate([w], new Date('2026-01-01'));
    expect(result.verdict).toBe('pass');
    expect(result.newFailures).toEqual([]);
    expect(result.waived).toEqual([expect.objectContaining({ ruleId: FAILING, result: 'fail', waiver: w })]);
    expect(result.reason).toBe('gate passed: no new failures at low severity (CAT III) or higher (1 waived)');
  });

  it('the first matching waiver in file order is the one shown; the second is not stale', () => {
    const first = waiver({ rule: 'SV-203629', reason: 'first' });
    const second = waiver({ rule: FAILING, reason: 'second' });
    const result = gate([first, second], new Date('2026-01-01'));
    expect(result.waived[0]?.waiver?.reason).toBe('first');
    expect(result.staleWaivers).toEqual([]);
  });

  it('waive still-failing rules too, under fail-on any', () => {
    const current = scan([outcome(FAILING, 'fail'), outcome(PASSING, 'pass')]);
    const input = { current, baseline: current, inheritedFromHost: false, now: new Date(0) };
    const policy = { failOn: 'any', severityThreshold: 'low' } as const;
    expect(evaluateGate({ ...input, policy }).verdict).toBe('fail');
    expect(evaluateGate({ ...input, policy, waivers: [waiver({ rule: 'SV-203629' })] }).verdict).toBe('pass');
  });
});

describe('stale waivers', () => {
  it.each<[number, string, RegExp]>([
    [1, 'SV-203630', /^SV-203630 is not failing \(pass\): remove the waiver$/],
    [2, 'SV-999999', /^no rule SV-999999 in the scan$/],
    [3, 'xccdf_other_rule', /^no rule xccdf_other_rule in the scan$/],
    [
      4,
      'SV-203629r1',
      /^the scan has SV-203629 at revision r982199, not r1: review the waiver for the new revision$/,
    ],
    [5, 'V-203629', /results carry no V- ids: name the rule by its SV- id or full id/],
  ])('%i. %s waives nothing and says why', (_n, rule, detail) => {
    const w = waiver({ rule });
    const result = gate([w], new Date('2026-01-01'));
    expect(result.staleWaivers).toEqual([{ waiver: w, detail: expect.stringMatching(detail) }]);
    expect(result.counts.staleWaivers).toBe(1);
    expect(result.verdict).toBe('fail');
  });
});

describe('rule references', () => {
  const rule = outcome(FAILING, 'fail');
  it.each<[number, string, boolean]>([
    [1, FAILING, true],
    [2, 'SV-203629', true],
    [3, 'SV-203629r982199', true],
    [4, 'SV-203629r982199_rule', true],
    [5, 'SV-203629r1', false],
    [6, 'SV-20362', false],
    [7, 'V-203629', false],
    [8, stigRuleId(203629, 1), false],
  ])('%i. %s names %s: %s', (_n, reference, names) => {
    expect(waiverNamesRule({ rule: reference }, rule)).toBe(names);
  });

  it('a V- id names the rule whose results carry that vulnerability id', () => {
    const withVuln = outcome(FAILING, 'fail', 'medium', {
      stig: { ruleId: 'SV-203629', vulnId: 'V-203629', cci: [], srg: [] },
    });
    expect(waiverNamesRule({ rule: 'V-203629' }, withVuln)).toBe(true);
    expect(waiverNamesRule({ rule: 'V-203628' }, withVuln)).toBe(false);
  });
});

describe('waivers limited to images', () => {
  it.each<[number, string, string, boolean]>([
    [1, 'cgr.dev/acme/app:1.2', 'cgr.dev/acme/app:1.2', true],
    [2, 'cgr.dev/acme/app', 'cgr.dev/acme/app:1.2', true],
    [3, 'cgr.dev/acme/app', 'cgr.dev/acme/app@sha256:abc', true],
    [4, 'cgr.dev/acme/app', 'cgr.dev/acme/app-worker:1', false],
    [5, 'cgr.dev/acme/app:1.2', 'cgr.dev/acme/app:1.3', false],
    [6, 'cgr.dev/acme/*', 'cgr.dev/acme/app:1.2', true],
    [7, 'cgr.dev/acme/app:*', 'cgr.dev/acme/app:9', true],
    [8, 'cgr.dev/acme/*', 'cgr.dev/other/app', false],
    [9, 'localhost:5000/app', 'localhost:5000/app:dev', true],
    [10, 'cgr.dev/acme/a.p*', 'cgr.dev/acme/axp:1', false],
  ])('%i. %s matches %s: %s', (_n, pattern, image, matches) => {
    expect(imageMatches(pattern, image)).toBe(matches);
  });

  it('apply only to the named images, and to none when no image is known (with a warning)', () => {
    const w = waiver({ rule: 'SV-203629', images: ['cgr.dev/acme/app'] });
    expect(appliesToImage(w, undefined)).toBe(false);
    expect(gate([w], new Date(0), { image: 'cgr.dev/acme/app:1' }).verdict).toBe('pass');
    const other = gate([w], new Date(0), { image: 'cgr.dev/acme/other:1' });
    expect(other.verdict).toBe('fail');
    expect(other.staleWaivers).toEqual([]);
    const unknown = gate([w], new Date(0));
    expect(unknown.verdict).toBe('fail');
    expect(unknown.warnings).toEqual([
      '1 waiver is limited to images and waived nothing: no image was named (pass --image)',
    ]);
  });
});

describe('waivers on the real samples', () => {
  it('waiving the remote access rule leaves 45 new failures, and a stale waiver is reported', async () => {
    const waivers = parseWaivers(
      [
        'waivers:',
        '  - rule: SV-263652',
        '    reason: dropbear is the break-glass console, isolated by network policy',
        '    expires: 2026-12-31',
        '  - rule: SV-263651',
        '    reason: no hardware in containers',
      ].join('\n'),
      'waivers.yml',
    );
    const [current, baseline] = await Promise.all([
      readResultsFile(REMOTE_ACCESS_RESULTS),
      readResultsFile(CLEAN_RESULTS),
    ]);
    const input = { current, baseline, waivers, inheritedFromHost: false, policy: DEFAULT_POLICY };
    const result = evaluateGate({ ...input, now: new Date('2026-11-23T12:00:00Z') });
    expect(result.counts).toMatchObject({ newFailures: 45, waived: 1, staleWaivers: 1 });
    expect(result.waived[0]?.stig.ruleId).toBe('SV-263652');
    expect(result.staleWaivers[0]?.detail).toBe(
      'SV-263651 is not failing (notapplicable): remove the waiver',
    );
    // A month later the waiver has expired and the failure counts again.
    const later = evaluateGate({ ...input, now: new Date('2027-01-01T00:00:00Z') });
    expect(later.counts).toMatchObject({ waived: 0, newFailures: 46 });
    expect(later.expiredWaivers.map((e) => e.matchedRules)).toEqual([
      ['xccdf_mil.disa.stig_rule_SV-263652r982557_rule'],
    ]);
  });
});
