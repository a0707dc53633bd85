/**
 * Evidence read from the real ARF of the clean target (OpenSCAP 1.3.7, the GPOS data stream): what the
 * OVAL results say about each failing rule, and nothing read for the rest.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { carveDocument } from '../../../src/results/carve.js';
import { OvalCollector } from '../../../src/results/why/oval-collect.js';
import type { OvalEvidence, OvalTestEvidence, RuleOutcome } from '../../../src/results/model.js';
import { readResults, readResultsFile } from '../../../src/results/read.js';
import { CLEAN_ARF, CLEAN_RESULTS } from '../../support/paths.js';

const arf = await readResultsFile(CLEAN_ARF);
const rule = (stigId: string): RuleOutcome => arf.rules.find((r) => r.stig.ruleId === stigId)!;
const oval = (stigId: string): OvalEvidence => {
  const evidence = rule(stigId).evidence;
  if (evidence?.kind !== 'oval') throw new Error(`${stigId} has no OVAL evidence`);
  return evidence;
};
const test = (stigId: string, testId: string): OvalTestEvidence =>
  oval(stigId).tests.find((t) => t.id === testId)!;

async function* chunksOf(bytes: Buffer): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += 65_536) yield bytes.subarray(at, at + 65_536);
}

describe('evidence from the clean ARF', () => {
  it('is on every failing rule and on no other', () => {
    expect(arf.evidenceFrom).toBe('arf');
    const failing = arf.rules.filter((r) => r.result === 'fail');
    expect(failing).toHaveLength(10);
    for (const r of failing) expect(r.evidence, r.ruleId).toBeDefined();
    expect(arf.rules.filter((r) => r.result !== 'fail' && r.evidence)).toEqual([]);
  });

  it('OpenSSL: the tests that decided the AND are listed (5, 2 more counted), the passing one is not', () => {
    const evidence = oval('SV-203739');
    expect(evidence).toMatchObject({
      report: 'oval0',
      definitionId: 'oval:org.OpenSsl:def:1',
      definitionResult: 'false',
      title: 'Check for OpenSSL FIPS Packages',
      testsOmitted: 2,
    });
    expect(evidence.tests.map((t) => t.id)).toEqual([1, 2, 3, 4, 5].map((n) => `oval:org.OpenSsl:tst:${n}`));
    // tst:8 (OPENSSL_CONF unset) was true and decided nothing.
    expect(evidence.tests.every((t) => t.result === 'false' && !t.negated)).toBe(true);
  });

  it('textfilecontent54: the object looked at and "does not exist" (no apk database on Debian)', () => {
    expect(test('SV-203739', 'oval:org.OpenSsl:tst:3')).toMatchObject({
      type: 'textfilecontent54_test',
      comment: 'openssl-config-fipshardened package is installed',
      object: {
        type: 'textfilecontent54_object',
        flag: 'does not exist',
        fields: [
          { name: 'path', value: '/usr/lib/apk/db' },
          { name: 'filename', value: 'installed' },
          {
            name: 'pattern',
            value: '^P:openssl-config-fipshardened(-\\d+\\.\\d+\\.\\d+)?$',
            operation: 'pattern match',
          },
          { name: 'instance', value: '1' },
        ],
      },
      items: [],
    });
  });

  it('file: a pattern object under /etc/ssl that found nothing', () => {
    expect(test('SV-203739', 'oval:org.OpenSsl:tst:1')).toMatchObject({
      type: 'file_test',
      object: {
        type: 'file_object',
        flag: 'does not exist',
        fields: [
          { name: 'path', value: '/etc/ssl' },
          { name: 'filename', value: '(?=.*fipsmodule).*', operation: 'pattern match' },
        ],
      },
    });
  });

  it('filehash58 and environmentvariable58: the CA bundle rule, with the expected state', () => {
    const hash = test('SV-263659', 'oval:org.CABundleHash:tst:2');
    expect(hash).toMatchObject({
      type: 'filehash58_test',
      checkExistence: 'only_one_exists',
      object: {
        fields: [{ name: 'filepath', value: '/etc/ssl/certs/ca-certificates.crt' }, { name: 'hash_type' }],
      },
      state: { fields: [{ name: 'hash_type', value: 'SHA-256' }, { name: 'hash' }] },
    });
    const variable = test('SV-263659', 'oval:org.CABundleHash:tst:3');
    expect(variable).toMatchObject({
      type: 'environmentvariable58_test',
      comment: 'SSL_CERT_FILE equals /etc/ssl/certs/ca-certificates.crt',
      object: {
        fields: [{ name: 'name', value: 'SSL_CERT_FILE' }],
        flag: 'does not exist',
        messages: ["Can't find process with requested PID."],
      },
      state: { fields: [{ name: 'value', value: '/etc/ssl/certs/ca-certificates.crt' }] },
    });
    // The pid object field is xsi:nil: no value, so not shown.
    expect(variable.object!.fields.map((f) => f.name)).toEqual(['name']);
  });

  it('SCE: the ASLR script and its output, from the rule-result (the same from XCCDF results)', async () => {
    expect(rule('SV-203754').evidence).toEqual({
      kind: 'sce',
      script: './AslrCheck.sh',
      output: ['ASLR not configured correctly'],
      outputOmitted: 0,
    });
    const xccdf = await readResultsFile(CLEAN_RESULTS);
    expect(xccdf.evidenceFrom).toBe('xccdf');
    expect(xccdf.rules.filter((r) => r.evidence).map((r) => r.evidence!.kind)).toEqual(['sce', 'sce']);
    expect(xccdf.rules.find((r) => r.stig.ruleId === 'SV-203754')!.evidence).toEqual(
      rule('SV-203754').evidence,
    );
  });

  it('evidence: false reads none', async () => {
    const bare = await readResultsFile(CLEAN_ARF, { evidence: false });
    expect(bare.rules.filter((r) => r.evidence)).toEqual([]);
    expect(bare.rules.map(({ evidence: _e, ...r }) => r)).toEqual(
      arf.rules.map(({ evidence: _e, ...r }) => r),
    );
  });

  it("reads only the failing rules' reports and, in them, only what their definitions refer to", async () => {
    const collector = new OvalCollector();
    await carveDocument(chunksOf(await readFile(CLEAN_ARF)), { oval: collector });
    // Eight OVAL reports; the failing OVAL rules use three (OpenSSL, library permissions, CA bundle).
    expect([...collector.reports.keys()].sort()).toEqual(['oval0', 'oval6', 'oval7']);
    const openssl = collector.reports.get('oval0')!;
    expect([...openssl.taken.get('definition')!.keys()]).toEqual(['oval:org.OpenSsl:def:1']);
    expect(openssl.taken.get('test')!.size).toBe(24); // every test the definition names
    expect(openssl.taken.get('testResult')!.size).toBe(5); // only the deciding ones' results
    expect(openssl.taken.get('collectedObject')!.size).toBe(5);
    for (const report of collector.reports.values())
      for (const [section, wanted] of report.wanted) expect(wanted.size, `${report.id} ${section}`).toBe(0);
  });

  it('passes over a test result holding a <tested_variable> (its end tag begins like </test)', async () => {
    const text = await readFile(CLEAN_ARF, 'utf8');
    // tst:10 is not among the five listed, and comes between tst:1 and tst:2 (listed): it is passed over
    // up to its own end tag.
    const from =
      '<test test_id="oval:org.OpenSsl:tst:10" version="1" check_existence="all_exist" check="all" result="false"/>';
    expect(text).toContain(from);
    const withVariable = text.replace(
      from,
      from.replace('/>', '><tested_variable variable_id="oval:x:var:1">v</tested_variable></test>'),
    );
    const results = await readResults('variable.xml', chunksOf(Buffer.from(withVariable)));
    expect(results.rules.map((r) => r.evidence)).toEqual(arf.rules.map((r) => r.evidence));
  });

  it('a test that collected many items: five listed, the rest counted, whatever the read boundaries', async () => {
    const text = await readFile(CLEAN_ARF, 'utf8');
    const n = 120;
    const ids = Array.from({ length: n }, (_, i) => 9_000_000 + i);
    const test = '<test test_id="oval:org.OpenSsl:tst:1" version="1" check="all" result="false"/>';
    const object = '<object id="oval:org.OpenSsl:obj:1" version="1" flag="does not exist"/>';
    const item = (id: number) =>
      `<unix-sys:file_item id="${id}" status="exists"><unix-sys:filepath>/etc/ssl/${id}-fipsmodule.cnf</unix-sys:filepath><unix-sys:user_id datatype="int">${id % 7}</unix-sys:user_id></unix-sys:file_item>`;
    const grown = text
      .replace(
        test,
        test.replace(
          '/>',
          `>${ids.map((id) => `\n<tested_item item_id="${id}" result="false"/>`).join('')}</test>`,
        ),
      )
      .replace(
        object,
        object.replace(
          'does not exist"/>',
          `complete">${ids.map((id) => `<reference item_ref="${id}"/>`).join('\n')}</object>`,
        ),
      )
      .replace(
        '</collected_objects>',
        `</collected_objects><system_data>${ids.map(item).join('\n')}</system_data>`,
      );
    expect(grown).not.toBe(text);
    const evidenceOf = async (size: number) => {
      const bytes = Buffer.from(grown);
      async function* pieces() {
        for (let at = 0; at < bytes.length; at += size) yield Buffer.from(bytes.subarray(at, at + size));
      }
      const results = await readResults('grown.xml', pieces());
      return (results.rules.find((r) => r.stig.ruleId === 'SV-203739')!.evidence as OvalEvidence).tests[0]!;
    };
    const whole = await evidenceOf(1 << 30);
    expect(whole.items.map((i) => i.id)).toEqual(ids.slice(0, 5).map(String));
    expect(whole.itemsOmitted).toBe(n - 5);
    expect(whole.object!.flag).toBe('complete');
    expect(whole.items[1]!.fields).toEqual([
      { name: 'filepath', value: '/etc/ssl/9000001-fipsmodule.cnf' },
      { name: 'user_id', value: String(9_000_001 % 7) },
    ]);
    for (const size of [7, 61, 4096]) expect(await evidenceOf(size), `pieces of ${size}`).toEqual(whole);
  });

  it('refuses a DTD hidden inside a wanted OVAL element, and expands no entity', async () => {
    const text = await readFile(CLEAN_ARF, 'utf8');
    const title = '<title>Check for OpenSSL FIPS Packages</title>';
    const at = text.indexOf(title, text.indexOf('<arf:report id="oval0">'));
    expect(at).toBeGreaterThan(0);
    const hostile =
      text.slice(0, at) +
      '<!DOCTYPE d [<!ENTITY e "EXPANDED">]><title>&e;</title>' +
      text.slice(at + title.length);
    const reading = readResults('dtd.xml', chunksOf(Buffer.from(hostile)));
    await expect(reading).rejects.toThrow(/dtd\.xml: .*holds a DTD .*no entity is expanded/);
  });

  it('a definition whose result is missing from the report gives no evidence, never a wrong one', async () => {
    const text = await readFile(CLEAN_ARF, 'utf8');
    const cut = text.replace(/<definition definition_id="oval:org.OpenSsl:def:1"[\s\S]*?<\/definition>/, '');
    expect(cut).not.toBe(text);
    const results = await readResults('cut.xml', chunksOf(Buffer.from(cut)));
    expect(results.rules.find((r) => r.stig.ruleId === 'SV-203739')!.evidence).toBeUndefined();
    expect(results.rules.find((r) => r.stig.ruleId === 'SV-263659')!.evidence?.kind).toBe('oval');
  });
});
