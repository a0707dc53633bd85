/**
 * The real SSG scans (ssg-samples.ts): exact figures from the scan through the gate to each consumer, and
 * every CCI and SP 800-53 reference the content gives a rule in each of the five formats. The other
 * consumer tests (stig-manager, hdf-converters, python-csv) run on these scans too, rule by rule.
 */
import { ChecklistResults } from '@mitre/hdf-converters';
import { parse } from 'csv-parse/sync';
import { contextualizeEvaluation, convertFile } from 'inspecjs';
import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCkl } from '../../../src/assessor/ckl.js';
import { renderCklb } from '../../../src/assessor/cklb.js';
import { renderHdf } from '../../../src/assessor/hdf.js';
import type { EvidenceRule } from '../../../src/assessor/model.js';
import { renderOscalAssessmentResults } from '../../../src/assessor/oscal-ar.js';
import { poamRules } from '../../../src/assessor/poam.js';
import { renderPoamCsv } from '../../../src/assessor/poam-csv.js';
import type { Built } from '../support.js';
import { SSG_SAMPLES, type SsgSample } from './ssg-samples.js';
import { stigManager } from './stig-manager.js';

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  processEntities: false,
  isArray: (name) => ['Rule', 'reference', 'Group', 'VULN', 'STIG_DATA'].includes(name),
});

interface ContentRefs {
  ccis: string[];
  nist: string[];
}

type XmlNode = Record<string, unknown>;

/** Every Rule of the data stream's Benchmark with its CCI and SP 800-53 references, as the content has them. */
function contentReferences(dataStream: string): Map<string, ContentRefs> {
  const byRule = new Map<string, ContentRefs>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [name, value] of Object.entries(node as XmlNode)) {
      if (name === 'Rule') {
        for (const rule of value as XmlNode[]) {
          const refs = ((rule.reference as XmlNode[] | undefined) ?? []).map((r) => ({
            href: String(r.href ?? ''),
            text: String(r['#text'] ?? '').trim(),
          }));
          byRule.set(String(rule.id), {
            ccis: refs.filter((r) => r.href.includes('/stigs/cci')).map((r) => r.text),
            nist: refs.filter((r) => /800-53/.test(r.href)).flatMap((r) => r.text.split(',')),
          });
        }
      } else if (typeof value === 'object') visit(value);
    }
  };
  visit(xml.parse(readFileSync(dataStream, 'utf8')));
  return byRule;
}

/** A control id with its spaces and parentheses dropped: SSG's `AC-2(4)` and DISA's `AC-2 (4)` alike. */
const bare = (control: string) => control.replace(/[\s()]/g, '');

function expectControls(where: string, rule: EvidenceRule, ccis: string[], controls: string) {
  expect(ccis, `${where}: CCIs of ${rule.ruleId}`).toEqual(rule.ccis);
  const found = controls.split(/,\s*/).map(bare);
  for (const control of rule.controls)
    expect(found, `${where}: ${control} of ${rule.ruleId}`).toContain(bare(control));
}

describe.each(SSG_SAMPLES)('$name', (sample: SsgSample) => {
  let built: Built;
  beforeAll(async () => {
    built = await sample.make();
  });

  it('holds what the scan recorded, and the gate counts it so', () => {
    const { current, model } = built;
    expect(current.counts).toMatchObject(sample.counts);
    const profile = current.rules.filter((r) => r.result !== 'notselected');
    expect(profile.filter((r) => r.severity === 'unknown')).toHaveLength(sample.unknownSeverity);
    expect(model.rules).toHaveLength(profile.length);
    expect(model.counts).toEqual({
      not_a_finding: sample.counts.pass ?? 0,
      open: sample.counts.fail ?? 0,
      not_applicable: sample.counts.notapplicable ?? 0,
      not_reviewed: sample.counts.notchecked ?? 0,
    });
    expect(model.notRun).toEqual({ error: 0, unknown: 0, notchecked: sample.counts.notchecked ?? 0 });
    expect(poamRules(model)).toHaveLength(sample.counts.fail ?? 0);
  });

  it('STIG Manager and hdf-converters read the same counts and severities', () => {
    const { model, current } = built;
    const expected = {
      pass: sample.counts.pass ?? 0,
      fail: sample.counts.fail ?? 0,
      notapplicable: sample.counts.notapplicable ?? 0,
      notchecked: sample.counts.notchecked ?? 0,
    };
    for (const parsed of [
      stigManager.ckl(renderCkl(model)),
      stigManager.cklb(JSON.stringify(renderCklb(model))),
    ])
      expect(parsed.checklists[0]!.stats).toMatchObject(expected);
    // STIG Manager's own import of oscap's results: the same, plus the benchmark's other rules as notchecked.
    const fromResults = stigManager.xccdf(readFileSync(sample.file, 'utf8')).checklists[0]!;
    expect(fromResults.stats).toMatchObject({
      ...expected,
      notchecked: expected.notchecked + (sample.counts.notselected ?? 0),
    });

    // hdf-converters' checklist mapper on our CKL, read by inspecjs as Heimdall reads it.
    const converted = new ChecklistResults(renderCkl(model)).toHdf();
    const hdf = Array.isArray(converted) ? converted[0]! : converted;
    const evaluation = contextualizeEvaluation(convertFile(JSON.stringify(hdf), true)['1_0_ExecJson']!);
    const controls = evaluation.contains[0]!.contains;
    const tally = (values: string[]) =>
      values.reduce<Record<string, number>>((all, v) => ({ ...all, [v]: (all[v] ?? 0) + 1 }), {});
    expect(tally(controls.map((c) => c.root.hdf.status))).toEqual(
      tally([
        ...Array<string>(expected.pass).fill('Passed'),
        ...Array<string>(expected.fail).fill('Failed'),
        ...Array<string>(expected.notapplicable).fill('Not Applicable'),
        ...Array<string>(expected.notchecked).fill('Not Reviewed'),
      ]),
    );
    // `unknown` is high, once, for every format: saf and Heimdall read it so.
    const profile = current.rules.filter((r) => r.result !== 'notselected');
    const high = profile.filter((r) => r.severity === 'high' || r.severity === 'unknown').length;
    expect(controls.filter((c) => c.root.hdf.severity === 'high')).toHaveLength(high);
  });

  it("a check that did not run is Not Reviewed with the scanner's reason, in every format", () => {
    const { model } = built;
    const notChecked = model.rules.filter((r) => r.result === 'notchecked');
    expect(notChecked).toHaveLength(sample.counts.notchecked ?? 0);
    // OpenSCAP's message on each notchecked rule-result, as the finding details give it.
    const reason = 'the scanner says: "No candidate or applicable check found."';
    const fromCkl = stigManager.ckl(renderCkl(model)).checklists[0]!.reviews;
    const fromCklb = stigManager.cklb(JSON.stringify(renderCklb(model))).checklists[0]!.reviews;
    const hdf = renderHdf(model).profiles[0]!.controls;
    const observations = renderOscalAssessmentResults(model)['assessment-results'].results[0]!.observations!;
    const details = model.rules.map((rule, index) => ({
      rule,
      ckl: fromCkl[index]!,
      cklb: fromCklb[index]!,
      hdf: hdf[index]!.results[0]!,
      oscal: observations[index]!['relevant-evidence']![0]!.description,
    }));
    for (const { rule, ckl, cklb, hdf: result, oscal } of details) {
      const notRun = rule.result === 'notchecked';
      expect(ckl.detail?.includes(reason), rule.ruleId).toBe(notRun);
      expect(cklb.detail?.includes(reason), rule.ruleId).toBe(notRun);
      if (!notRun) continue;
      expect([ckl.result, cklb.result]).toEqual(['notchecked', 'notchecked']);
      expect(result).toMatchObject({ status: 'skipped', skip_message: expect.stringContaining(reason) });
      expect(oscal).toContain(reason);
    }
  });

  it('every rule with a CCI or SP 800-53 reference in the content has it in CKL, CKLB, HDF, OSCAL and the POA&M', () => {
    const { model } = built;
    const content = contentReferences(sample.dataStream);
    const withCci = model.rules.filter((r) => (content.get(r.ruleId)?.ccis.length ?? 0) > 0);
    const withNist = model.rules.filter((r) => (content.get(r.ruleId)?.nist.length ?? 0) > 0);
    expect([withCci.length, withNist.length]).toEqual([sample.rulesWithCci, sample.rulesWithNist]);
    // The model carries the content's references: CCIs as written, SP 800-53 ids normalised.
    for (const rule of model.rules) {
      const refs = content.get(rule.ruleId)!;
      expect(rule.ccis, rule.ruleId).toEqual(refs.ccis);
      // An SP 800-53A objective (`CM-6.1(iv)`, `CM-5(6).1`: a few in SSG 0.1.65) names its control.
      for (const id of refs.nist)
        expect(rule.controls.map(bare), rule.ruleId).toContain(bare(id.replace(/\.\d.*$/, '')));
    }
    const referenced = new Set([...withCci, ...withNist]);

    const vulns = (
      xml.parse(renderCkl(model)) as {
        CHECKLIST: {
          STIGS: { iSTIG: { VULN: { STIG_DATA: { VULN_ATTRIBUTE: string; ATTRIBUTE_DATA?: string }[] }[] } };
        };
      }
    ).CHECKLIST.STIGS.iSTIG.VULN;
    const cklb = renderCklb(model).stigs[0]!.rules;
    const hdf = renderHdf(model).profiles[0]!.controls;
    const observations = renderOscalAssessmentResults(model)['assessment-results'].results[0]!.observations!;
    const poam = parse(renderPoamCsv(model), { columns: true }) as Record<string, string>[];
    for (const [index, rule] of model.rules.entries()) {
      if (!referenced.has(rule)) continue;
      const data = (name: string) =>
        vulns[index]!.STIG_DATA.filter((d) => d.VULN_ATTRIBUTE === name).map((d) =>
          String(d.ATTRIBUTE_DATA ?? ''),
        );
      expectControls('CKL', rule, data('CCI_REF'), data('IA_Controls')[0] ?? '');
      expectControls('CKLB', rule, cklb[index]!.ccis, cklb[index]!.ia_controls);
      expectControls('HDF', rule, hdf[index]!.tags.cci, hdf[index]!.tags.nist.join(', '));
      const props = observations[index]!.props!;
      expect(props.find((p) => p.name === 'xccdf-rule-id')?.value).toBe(rule.ruleId);
      const values = (name: string) => props.filter((p) => p.name === name).map((p) => p.value);
      expectControls('OSCAL', rule, values('cci'), values('control').join(', '));
      if (rule.status !== 'open') continue;
      const row = poam.find((r) => r['Weakness Source Identifier']!.includes(rule.ruleId))!;
      const ccis = row['Weakness Source Identifier']!.split('; ').filter((v) => v.startsWith('CCI-'));
      expectControls('POA&M', rule, ccis, row.Controls!);
    }
  });
});
