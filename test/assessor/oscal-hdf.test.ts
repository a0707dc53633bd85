/** OSCAL 1.2.2 (assessment results, POA&M) and HDF against their published schemas; HDF through inspecjs. */
import { contextualizeEvaluation, convertFile } from 'inspecjs';
import { describe, expect, it } from 'vitest';
import { renderHdf } from '../../src/assessor/hdf.js';
import { renderOscalAssessmentResults } from '../../src/assessor/oscal-ar.js';
import { renderOscalPoam } from '../../src/assessor/oscal-poam.js';
import { poamRules } from '../../src/assessor/poam.js';
import {
  build,
  errorsOf,
  hdfValidator,
  HOSTILE,
  oscalErrors,
  oscalValidator,
  readBuilt,
  type Built,
} from './support.js';
import { readResultsFile } from '../../src/results/read.js';
import { CLEAN_RESULTS, RHEL8_OPENSCAP_RESULTS, RHEL8_SCC_RESULTS } from '../support/paths.js';
import { clean, cleanArf, hostile, large, remoteAccess, WAIVED_RULE } from './fixtures.js';

const CASES: [string, () => Promise<Built>][] = [
  ['clean sample', clean],
  ['clean ARF, inherited set on', cleanArf],
  ['remote-access vs clean, waiver and inherited set', remoteAccess],
  ['2,000 synthetic rules', large],
];

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** What a CommonMark renderer shows for the escaped text. */
const unescapeMarkdown = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('OSCAL assessment results', () => {
  it('1a. a failing rule that names no CCI targets CM-6 b and says the control is assumed', async () => {
    const { model } = await clean();
    const rule = model.rules.find((r) => r.status === 'open')!;
    rule.ccis = [];
    rule.controls = [];
    const document = roundTrip(renderOscalAssessmentResults(model));
    expect(oscalValidator()(document), oscalErrors(document)).toBe(true);
    const finding = document['assessment-results'].results[0]!.findings!.find((f) =>
      f.title.startsWith(rule.stigRuleId),
    )!;
    expect(finding.target).toMatchObject({ type: 'statement-id', 'target-id': 'cm-6_smt.b' });
    expect(finding.target.title).toMatch(/^CM-6 b \(cm-6\), assumed: the rule names no CCI/);
    expect(finding.props).toEqual([{ name: 'control-assumed', value: 'CM-6 b', ns: 'urn:stig-gate:oscal' }]);
  });

  it.each(CASES)(
    '1. %s: valid against oscal_complete_schema-1-2-2; an observation per rule, a finding and risk per open rule',
    async (_name, make) => {
      const { model } = await make();
      const document = roundTrip(renderOscalAssessmentResults(model));
      const validate = oscalValidator();
      expect(validate(document), oscalErrors(document)).toBe(true);
      const result = document['assessment-results'].results[0]!;
      expect(result.observations?.length ?? 0).toBe(model.rules.length);
      expect(result.findings?.length ?? 0).toBe(model.counts.open);
      expect(result.risks?.length ?? 0).toBe(model.counts.open);
      const statuses: Record<string, number> = {};
      for (const o of result.observations ?? []) {
        const status = o.props?.find((p) => p.name === 'checklist-status')!.value ?? '';
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
      expect(statuses).toEqual(Object.fromEntries(Object.entries(model.counts).filter(([, n]) => n > 0)));
    },
  );

  it('2. the schema rejects a finding without a target (so the check can fail); stable UUIDs', async () => {
    const { model } = await remoteAccess();
    const document = roundTrip(renderOscalAssessmentResults(model));
    const validate = oscalValidator();
    delete (document['assessment-results'].results[0]!.findings![0] as { target?: unknown }).target;
    expect(validate(document)).toBe(false);
    const again = renderOscalAssessmentResults((await remoteAccess()).model);
    expect(again['assessment-results'].uuid).toBe(
      renderOscalAssessmentResults(model)['assessment-results'].uuid,
    );
  });

  it('3. a finding targets its NIST control statement', async () => {
    const { model } = await remoteAccess();
    const result = renderOscalAssessmentResults(model)['assessment-results'].results[0]!;
    const rule = model.rules.find((r) => r.ruleId === WAIVED_RULE)!;
    const finding = result.findings!.find((f) => f.title.includes('SV-263652r982557'))!;
    expect(rule.controls.length).toBeGreaterThan(0);
    expect(finding.target['target-id']).toMatch(/^[a-z]{2}-\d+(\.\d+)?_smt/);
    expect(finding.target.status.state).toBe('not-satisfied');
  });

  it('4. hostile title and evidence are inert Markdown, valid, and read back as written', async () => {
    const { model, ruleId } = await hostile();
    const document = roundTrip(renderOscalAssessmentResults(model));
    const validate = oscalValidator();
    expect(validate(document), oscalErrors(document)).toBe(true);
    const result = document['assessment-results'].results[0]!;
    const observation = result.observations!.find((o) => o.props?.some((p) => p.value === ruleId))!;
    expect(observation.title).not.toContain('<script>');
    expect(unescapeMarkdown(observation.title)).toBe(
      `SV-400001r900001: ${HOSTILE.replace(/\s+/g, ' ').trim()}`,
    );
    const evidence = unescapeMarkdown(observation['relevant-evidence'][0]!.description);
    expect(evidence).toContain(
      HOSTILE.split('\n')
        .map((line) => `  ${line}`)
        .join('\n'),
    );
  });
});

describe('OSCAL POA&M', () => {
  it.each(CASES)(
    '1. %s: valid; an item per open finding and inherited false positive',
    async (_name, make) => {
      const { model, result } = await make();
      const document = roundTrip(renderOscalPoam(model)!);
      const validate = oscalValidator();
      expect(validate(document), oscalErrors(document)).toBe(true);
      const items = document['plan-of-action-and-milestones']['poam-items'];
      expect(items.length).toBe(model.counts.open + result.counts.inheritedFromHost);
      expect(items.length).toBe(poamRules(model).length);
    },
  );

  it("1b. the system is the image whatever its build: the next digest's POA&M has the same system id", async () => {
    const { model } = await remoteAccess();
    const systemOf = (reference: string) =>
      renderOscalPoam({ ...model, facts: { ...model.facts, image: { reference } } })![
        'plan-of-action-and-milestones'
      ]['system-id'];
    const build = (hex: string) => `registry.example/app:1.0@sha256:${hex.repeat(32)}`;
    expect(systemOf(build('bb'))).toEqual(systemOf(build('aa')));
    expect(systemOf('registry.example/other:1.0')).not.toEqual(systemOf(build('aa')));
  });

  it('2. FedRAMP properties: POAM-ID on the item; false positive, operational requirement, deadline on the risk', async () => {
    const { model } = await remoteAccess();
    const poam = renderOscalPoam(model)!['plan-of-action-and-milestones'];
    const item = poam['poam-items'].find((i) => i.title.includes('SV-263652r982557'))!;
    expect(item.props).toEqual([
      { name: 'POAM-ID', value: 'SV-263652r982557', ns: 'https://fedramp.gov/ns/oscal' },
    ]);
    const risk = poam.risks!.find((r) => r.uuid === item['related-risks'][0]!['risk-uuid'])!;
    expect(risk.status).toBe('deviation-approved');
    expect(risk.deadline).toBe('2027-01-31T23:59:59.000Z');
    const fedramp = (name: string, value: string) => ({ name, value, ns: 'https://fedramp.gov/ns/oscal' });
    // As FedRAMP's OSCAL POA&M guide says: controls by OSCAL id, a deviation only where there is one, with
    // its lifecycle value; no yes/no values FedRAMP does not define.
    expect(risk.props).toEqual([
      fedramp('impacted-control-id', 'ia-2.6'),
      fedramp('operational-requirement', 'approved'),
    ]);
    const ratings = risk.characterizations![0]!.facets.map((f) => [f.name, f.system, f.value, f.props]);
    expect(ratings).toEqual([
      ['likelihood', 'https://fedramp.gov', 'moderate', [{ name: 'state', value: 'initial' }]],
      ['impact', 'https://fedramp.gov', 'moderate', [{ name: 'state', value: 'initial' }]],
    ]);
    const inherited = poam.risks!.find((r) => r.status === 'deviation-requested')!;
    expect(inherited.props).toEqual(expect.arrayContaining([fedramp('false-positive', 'pending')]));
    for (const each of poam.risks!) {
      for (const { name, value } of each.props ?? []) {
        expect(['impacted-control-id', 'false-positive', 'operational-requirement']).toContain(name);
        if (name === 'impacted-control-id') expect(value).toMatch(/^[a-z]{2}-\d+(\.\d+)?$/);
        else expect(['pending', 'approved']).toContain(value);
      }
    }
  });

  it('3. nothing open: no document (OSCAL requires a POA&M item), and the schema agrees', async () => {
    const current = await readBuilt([{ id: 'xccdf_mil.disa.stig_rule_SV-1r1_rule', result: 'pass' }]);
    expect(renderOscalPoam(build(current).model)).toBeUndefined();
    const { model } = await remoteAccess();
    const document = roundTrip(renderOscalPoam(model)!);
    document['plan-of-action-and-milestones']['poam-items'] = [] as never;
    expect(oscalValidator()(document)).toBe(false);
  });
});

describe('HDF for Heimdall', () => {
  it.each(CASES)(
    '1. %s: valid against hdf-exec-json; inspecjs reads the statuses the gate counts',
    async (_name, make) => {
      const { model } = await make();
      const text = JSON.stringify(renderHdf(model));
      const validate = hdfValidator();
      expect(validate(JSON.parse(text)), errorsOf(validate)).toBe(true);
      const converted = convertFile(text, true);
      expect(converted['1_0_ExecJson']).toBeDefined();
      const evaluation = contextualizeEvaluation(converted['1_0_ExecJson']!);
      const statuses: Record<string, number> = {};
      for (const profile of evaluation.contains) {
        for (const control of profile.contains) {
          const status = control.root.hdf.status;
          statuses[status] = (statuses[status] ?? 0) + 1;
        }
      }
      const want: Record<string, number> = {
        Failed: model.counts.open,
        Passed: model.counts.not_a_finding,
        'Not Applicable': model.counts.not_applicable,
        'Not Reviewed': model.counts.not_reviewed,
      };
      expect(statuses).toEqual(Object.fromEntries(Object.entries(want).filter(([, n]) => n > 0)));
    },
  );

  it('2. an unknown-severity failure stays Failed; a waived failure stays Failed', async () => {
    const current = await readBuilt([
      { id: 'xccdf_mil.disa.stig_rule_SV-1r1_rule', result: 'fail' },
      { id: 'xccdf_mil.disa.stig_rule_SV-2r1_rule', result: 'fail', severity: 'unknown' },
    ]);
    const { model } = build(current, { waivers: [{ rule: 'SV-2', reason: 'accepted', origin: 'test' }] });
    expect(model.rules.map((r) => r.contentSeverity)).toEqual(['unknown', 'unknown']);
    expect(model.rules.map((r) => r.severity)).toEqual(['high', 'high']);
    const evaluation = contextualizeEvaluation(
      convertFile(JSON.stringify(renderHdf(model)), true)['1_0_ExecJson']!,
    );
    const statuses = evaluation.contains[0]!.contains.map((c) => c.root.hdf.status);
    expect(statuses).toEqual(['Failed', 'Failed']);
    // Rated high, as the POA&M rates it: a filter on high severity in Heimdall finds it.
    const severities = evaluation.contains[0]!.contains.map((c) => c.root.hdf.severity);
    expect(severities).toEqual(['high', 'high']);
  });

  it("3. the platform is the image and the OS the scan recorded; the duration is the TestResult's", async () => {
    const platformOf = (built: Built) => renderHdf(built.model).platform;
    const [gpos, scc, openscap] = await Promise.all([
      readResultsFile(CLEAN_RESULTS),
      readResultsFile(RHEL8_SCC_RESULTS),
      readResultsFile(RHEL8_OPENSCAP_RESULTS),
    ]);
    // rootfs mode records the image's os-release: PRETTY_NAME, else its ids, or that it has none.
    const debian = build(gpos, {
      currentFacts: { imageOsIds: 'debian', imageOsName: 'Debian GNU/Linux 12 (bookworm)' },
    });
    expect(platformOf(debian)).toEqual({
      name: 'registry.example/app:1.0',
      release: ' (Debian GNU/Linux 12 (bookworm))',
      target_id: `registry.example/app:1.0 (registry.example/app@sha256:${'ab'.repeat(32)})`,
    });
    expect(debian.model.facts.image.os).toBe('Debian GNU/Linux 12 (bookworm)');
    expect(platformOf(build(gpos, { currentFacts: { imageOsIds: 'wolfi' } })).release).toBe(' (wolfi)');
    expect(platformOf(build(gpos, { currentFacts: { imageOsIds: 'none' } })).release).toBe(
      ' (no /etc/os-release)',
    );
    // DISA's SCC records the target's OS in the TestResult's facts; OpenSCAP records none.
    expect(scc.targetOs).toBe('RedHat Variant 8.5');
    expect(platformOf(build(scc)).release).toBe(' (RedHat Variant 8.5)');
    expect(platformOf(build(openscap)).release).toBe(' (OS not recorded by the scan)');
    expect(platformOf(build(gpos)).release).toBe(' (OS not recorded by the scan)');
    // Seconds from the TestResult's start-time to its end-time (oscap writes whole seconds).
    const duration = (results: typeof gpos) => renderHdf(build(results).model).statistics.duration;
    expect([duration(gpos), duration(openscap), duration(scc)]).toEqual([0, 5, 385]);
    const untimed = { ...gpos };
    delete untimed.endTime;
    expect(duration(untimed)).toBeNull();
    for (const built of [debian, build(scc)]) {
      const validate = hdfValidator();
      expect(validate(renderHdf(built.model)), errorsOf(validate)).toBe(true);
    }
  });
});
