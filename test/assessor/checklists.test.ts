/** CKLB against DISA's SV3 schema (ajv, draft 2019-09) and CKL against its XSD (xmllint). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderCkl } from '../../src/assessor/ckl.js';
import { renderCklb } from '../../src/assessor/cklb.js';
import { readResultsFile } from '../../src/results/read.js';
import { CLEAN_RESULTS } from '../support/paths.js';
import { clean, cleanArf, hostile, large, remoteAccess, WAIVED_RULE } from './fixtures.js';
import { build, cklbValidator, errorsOf, HOSTILE, readBuilt, xmllintCkl, type Built } from './support.js';

const CASES: [string, () => Promise<Built>][] = [
  ['clean sample', clean],
  ['clean ARF, inherited set on', cleanArf],
  ['remote-access vs clean, waiver and inherited set', remoteAccess],
  ['2,000 synthetic rules', large],
];

const CKL_STATUS = {
  open: 'Open',
  not_a_finding: 'NotAFinding',
  not_applicable: 'Not_Applicable',
  not_reviewed: 'Not_Reviewed',
};

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

const parser = new XMLParser({
  processEntities: true,
  parseTagValue: false,
  isArray: (name) => ['VULN', 'STIG_DATA', 'SI_DATA'].includes(name),
});

interface CklVuln {
  STIG_DATA: { VULN_ATTRIBUTE: string; ATTRIBUTE_DATA?: string }[];
  STATUS: string;
  FINDING_DETAILS?: string;
  COMMENTS?: string;
}

function cklVulns(ckl: string): CklVuln[] {
  const doc = parser.parse(ckl) as { CHECKLIST: { STIGS: { iSTIG: { VULN: CklVuln[] } } } };
  return doc.CHECKLIST.STIGS.iSTIG.VULN;
}

const attribute = (vuln: CklVuln, name: string) =>
  vuln.STIG_DATA.filter((d) => d.VULN_ATTRIBUTE === name).map((d) => d.ATTRIBUTE_DATA ?? '');

describe('STIG Viewer 3 checklist (CKLB)', () => {
  it.each(CASES)(
    '1. %s: valid against SV3_CKLB_1_0; statuses count as the gate does',
    async (_name, make) => {
      const { model } = await make();
      const document = JSON.parse(JSON.stringify(renderCklb(model))) as ReturnType<typeof renderCklb>;
      const validate = cklbValidator();
      expect(validate(document), errorsOf(validate)).toBe(true);
      const rules = document.stigs[0]!.rules;
      expect(rules.length).toBe(model.rules.length);
      expect(countBy(rules, (r) => r.status)).toEqual(
        Object.fromEntries(Object.entries(model.counts).filter(([, n]) => n > 0)),
      );
    },
  );

  it('2. the schema rejects what it must (a property it does not list, a bad status)', async () => {
    const { model } = await clean();
    const validate = cklbValidator();
    const extra = { ...renderCklb(model), extra: 1 };
    expect(validate(extra)).toBe(false);
    const document = renderCklb(model);
    (document.stigs[0]!.rules[0] as { status: string }).status = 'Open';
    expect(validate(document)).toBe(false);
  });

  it('3. ids, content and target as STIG Viewer shows them; stable UUIDs for the same image and benchmark', async () => {
    const first = renderCklb((await clean()).model);
    const again = renderCklb((await clean()).model);
    expect(again.id).toBe(first.id);
    expect(again.stigs[0]!.uuid).toBe(first.stigs[0]!.uuid);
    const rule = first.stigs[0]!.rules.find(
      (r) => r.rule_id_src === 'xccdf_mil.disa.stig_rule_SV-203591r958362_rule',
    )!;
    expect(rule).toMatchObject({
      rule_id: 'SV-203591r958362',
      group_id: 'V-203591',
      severity: 'medium',
      ccis: ['CCI-000015'],
    });
    expect(rule.rule_title).not.toMatch(/\s{2,}/);
    expect(rule.check_content).toContain('Script Verification');
    expect(rule.finding_details).toContain('OpenSCAP result: ');
    expect(rule.finding_details).toContain(
      'Scanner: OpenSCAP 1.3.7 in cgr.dev/chainguard/openscap:latest-dev',
    );
    expect(rule.finding_details).toContain(`registry.example/app@sha256:${'ab'.repeat(32)}`);
    expect(rule.finding_details).toContain('Profile: xccdf_basic_profile_.check');
    expect(first.target_data.host_name).toBe('registry.example/app:1.0');
    expect(first.target_data.comments).toContain('sha256:');
    expect(new Set(first.stigs[0]!.rules.map((r) => r.uuid)).size).toBe(first.stigs[0]!.rules.length);
  });

  it('3b. the next build of the tag (a reference with another digest) updates the same checklist', async () => {
    const built = await clean();
    const digestOf = (hex: string) => `registry.example/app:1.0@sha256:${hex.repeat(32)}`;
    const render = (reference: string) =>
      renderCklb({
        ...built.model,
        facts: { ...built.model.facts, image: { reference, digest: reference } },
      });
    const [one, two] = [render(digestOf('aa')), render(digestOf('bb'))];
    expect(two.id).toBe(one.id);
    expect(two.stigs[0]!.uuid).toBe(one.stigs[0]!.uuid);
    expect(two.stigs[0]!.rules.map((r) => r.uuid)).toEqual(one.stigs[0]!.rules.map((r) => r.uuid));
    expect(one.target_data.host_name).toBe('registry.example/app:1.0');
    // Which build was scanned stays on record.
    expect(two.target_data.comments).toContain(`sha256:${'bb'.repeat(32)}`);
    expect(render('registry.example/app:2.0').id).not.toBe(one.id);
  });

  it("3c. the STIG's size counts the rules the profile did not select: fewer rules say the checklist is partial", async () => {
    const current = await readBuilt([
      { id: 'xccdf_mil.disa.stig_rule_SV-400001r900001_rule', result: 'fail' },
      { id: 'xccdf_mil.disa.stig_rule_SV-400002r900002_rule', result: 'notselected' },
      { id: 'xccdf_mil.disa.stig_rule_SV-400003r900003_rule', result: 'pass' },
    ]);
    const stig = renderCklb(build(current).model).stigs[0]!;
    expect(stig.rules).toHaveLength(2);
    expect(stig.size).toBe(3);
  });

  it("3d. a Rule's <version> (DISA's STIG ID) is the rule version STIG Viewer shows, in both checklists", async () => {
    const rule = 'xccdf_mil.disa.stig_rule_SV-203591r958362_rule';
    const text = readFileSync(CLEAN_RESULTS, 'utf8');
    const start = `<Rule id="${rule}" selected="true" role="full" severity="medium">`;
    expect(text).toContain(start);
    const file = join(mkdtempSync(join(tmpdir(), 'stig-gate-version-')), 'results.xml');
    writeFileSync(file, text.replace(start, `${start}\n<version>GPOS-00-000010</version>`));
    const { model } = build(await readResultsFile(file));
    const cklb = renderCklb(model).stigs[0]!.rules.find((r) => r.rule_id_src === rule)!;
    expect(cklb.rule_version).toBe('GPOS-00-000010');
    expect(renderCkl(model)).toMatch(
      /<VULN_ATTRIBUTE>Rule_Ver<\/VULN_ATTRIBUTE>\s*<ATTRIBUTE_DATA>GPOS-00-000010<\/ATTRIBUTE_DATA>/,
    );
    // Without one, the field stays empty rather than invented.
    const other = renderCklb(model).stigs[0]!.rules.find((r) => r.rule_id_src !== rule)!;
    expect(other.rule_version).toBe('');
  });

  it('4. a waiver stays open with its comments; an inherited rule is not applicable with its rationale', async () => {
    const { model, result } = await remoteAccess();
    const rules = renderCklb(model).stigs[0]!.rules;
    const waived = rules.find((r) => r.rule_id_src === WAIVED_RULE)!;
    expect(waived.status).toBe('open');
    expect(waived.comments).toContain('ticket SEC-12');
    const inherited = rules.find((r) => r.rule_id_src === result.inheritedFromHost[0]!.ruleId)!;
    expect(inherited.status).toBe('not_applicable');
    expect(inherited.comments).toContain(result.inheritedFromHost[0]!.inherited!.rationale);
  });

  it('5. hostile title and evidence survive JSON and the validator unchanged', async () => {
    const { model, ruleId } = await hostile();
    const text = JSON.stringify(renderCklb(model));
    const document = JSON.parse(text) as ReturnType<typeof renderCklb>;
    const validate = cklbValidator();
    expect(validate(document), errorsOf(validate)).toBe(true);
    const rule = document.stigs[0]!.rules.find((r) => r.rule_id_src === ruleId)!;
    expect(rule.rule_title).toBe(HOSTILE.replace(/\s+/g, ' ').trim());
    expect(rule.finding_details).toContain(
      HOSTILE.split('\n')
        .map((line) => `  ${line}`)
        .join('\n'),
    );
    expect(rule.comments).toContain(HOSTILE);
  });
});

describe('STIG Viewer 2 checklist (CKL)', () => {
  it.each(CASES)(
    '1. %s: valid against U_Checklist_Schema_V2.xsd (xmllint); statuses as the gate counts',
    async (_name, make) => {
      const { model } = await make();
      const ckl = renderCkl(model);
      const lint = xmllintCkl(ckl);
      expect(lint.ok, lint.output).toBe(true);
      const vulns = cklVulns(ckl);
      expect(vulns.length).toBe(model.rules.length);
      const expected = Object.fromEntries(
        Object.entries(model.counts)
          .filter(([, n]) => n > 0)
          .map(([status, n]) => [CKL_STATUS[status as keyof typeof CKL_STATUS], n]),
      );
      expect(countBy(vulns, (v) => v.STATUS)).toEqual(expected);
    },
  );

  it('2. xmllint rejects a checklist the schema does not allow (so the check can fail)', async () => {
    const ckl = renderCkl((await clean()).model).replace('<STATUS>Open</STATUS>', '<STATUS>Failed</STATUS>');
    expect(xmllintCkl(ckl).ok).toBe(false);
  });

  it('3. STIG_DATA in STIG Viewer order, CCI_REF last; ids and statuses as documented', async () => {
    const { model, result } = await remoteAccess();
    const vulns = cklVulns(renderCkl(model));
    const names = vulns[0]!.STIG_DATA.map((d) => d.VULN_ATTRIBUTE);
    expect(names.slice(0, 10)).toEqual([
      'Vuln_Num',
      'Severity',
      'Group_Title',
      'Rule_ID',
      'Rule_Ver',
      'Rule_Title',
      'Vuln_Discuss',
      'IA_Controls',
      'Check_Content',
      'Fix_Text',
    ]);
    expect(names[names.length - 1]).toBe('CCI_REF');
    const byRule = (ruleId: string) => vulns.find((v) => attribute(v, 'Rule_ID')[0] === ruleId)!;
    const waived = byRule('SV-263652r982557_rule');
    expect(attribute(waived, 'Vuln_Num')).toEqual(['V-263652']);
    expect(waived.STATUS).toBe('Open');
    expect(waived.COMMENTS).toContain('Owner: platform-team');
    const inheritedId = /SV-\d+r\d+/.exec(result.inheritedFromHost[0]!.ruleId)![0];
    expect(byRule(`${inheritedId}_rule`).STATUS).toBe('Not_Applicable');
  });

  it('4. hostile title and evidence are escaped by the builder and read back unchanged', async () => {
    const { model } = await hostile();
    const ckl = renderCkl(model);
    expect(ckl).not.toContain('<script>');
    expect(ckl).toContain('&lt;script&gt;');
    const lint = xmllintCkl(ckl);
    expect(lint.ok, lint.output).toBe(true);
    const vuln = cklVulns(ckl).find((v) => attribute(v, 'Rule_ID')[0] === 'SV-400001r900001_rule')!;
    expect(attribute(vuln, 'Rule_Title')[0]).toBe(HOSTILE.replace(/\s+/g, ' ').trim());
    expect(vuln.FINDING_DETAILS).toContain(
      HOSTILE.split('\n')
        .map((line) => `  ${line}`)
        .join('\n'),
    );
    expect(vuln.COMMENTS).toContain(HOSTILE);
  });

  it('5. characters XML cannot hold become U+FFFD, and the checklist stays valid', async () => {
    const { model, ruleId } = await hostile();
    const rule = model.rules.find((r) => r.ruleId === ruleId)!;
    rule.findingDetails = 'bell \u0007 escape \u001b[31m end';
    const ckl = renderCkl(model);
    expect(xmllintCkl(ckl).ok).toBe(true);
    expect(ckl).toContain('bell \ufffd escape \ufffd[31m end');
  });
});
