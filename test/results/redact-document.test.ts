/**
 * oscap's own results files, redacted by the reports' rules (src/results/redact-document.ts): what oscap read
 * from the image goes, everything else reads the same to a parser.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { redactResultsDocument } from '../../src/results/redact-document.js';
import { readResults } from '../../src/results/read.js';

const SHARED = process.env.STIG_GATE_SHARED ?? join(import.meta.dirname, '../../../shared');
const HASH = '$6$salt$Qm0xPZgTgyNJQn1eI0p0pD0a2cBbqF9d2i3HqRXYmXyO1ZtPqQh0Y6vE';
const SECRET = 'hunter2-secret-value';

/** An ARF's shape, cut to what matters: a data stream, a TestResult, OVAL results with collected items. */
const ARF = `<?xml version="1.0" encoding="UTF-8"?>
<arf:asset-report-collection xmlns:arf="http://scap.nist.gov/schema/asset-reporting-format/1.1">
  <arf:report-requests><arf:report-request id="r"><arf:content>
    <ds:data-stream-collection xmlns:ds="http://scap.nist.gov/schema/scap/source/1.2"><x a="it's &amp; kept">PASSWORD=kept-as-content</x></ds:data-stream-collection>
  </arf:content></arf:report-request></arf:report-requests>
  <arf:reports>
    <arf:report id="xccdf1"><arf:content>
      <TestResult xmlns="http://checklists.nist.gov/xccdf/1.2" id="t">
        <rule-result idref="r1"><result>fail</result><message severity="info">token=${SECRET}</message>
          <check system="sce"><check-import import-name="stdout"><![CDATA[root:${HASH}:19000::
]]></check-import></check></rule-result>
      </TestResult>
    </arf:content></arf:report>
    <arf:report id="oval0"><arf:content>
      <oval_results xmlns="http://oval.mitre.org/XMLSchema/oval-results-5">
        <oval_definitions xmlns="http://oval.mitre.org/XMLSchema/oval-definitions-5"><objects><o>API_TOKEN=content</o></objects></oval_definitions>
        <results><system>
          <tests><test test_id="t1" result="false"><tested_variable variable_id="v1">${HASH}</tested_variable></test></tests>
          <oval_system_characteristics xmlns="http://oval.mitre.org/XMLSchema/oval-system-characteristics-5" xmlns:ind-sys="urn:ind" xmlns:unix-sys="urn:unix">
            <collected_objects><object id="o1" flag="complete"><variable_value variable_id="v1">${HASH}</variable_value></object></collected_objects>
            <system_data>
              <ind-sys:textfilecontent_item id="1" status="exists">
                <ind-sys:filepath>/etc/shadow</ind-sys:filepath>
                <ind-sys:text>root:${HASH}:19000:0:99999:7:::</ind-sys:text>
                <ind-sys:subexpression>${HASH}</ind-sys:subexpression>
              </ind-sys:textfilecontent_item>
              <ind-sys:textfilecontent_item id="2" status="exists">
                <ind-sys:filepath>/etc/default/useradd</ind-sys:filepath>
                <ind-sys:text>api_token=${SECRET}</ind-sys:text>
              </ind-sys:textfilecontent_item>
              <ind-sys:environmentvariable58_item id="3"><ind-sys:name>DB_PASSWORD</ind-sys:name><ind-sys:value>${SECRET}</ind-sys:value></ind-sys:environmentvariable58_item>
              <unix-sys:shadow_item id="4"><unix-sys:username>root</unix-sys:username><unix-sys:password>${HASH}</unix-sys:password><unix-sys:chg_lst datatype="int">19000</unix-sys:chg_lst></unix-sys:shadow_item>
              <unix-sys:file_item id="5"><unix-sys:path>/var/log</unix-sys:path><unix-sys:filename/><unix-sys:suid datatype="boolean">false</unix-sys:suid></unix-sys:file_item>
            </system_data>
          </oval_system_characteristics>
        </system></results>
      </oval_results>
    </arf:content></arf:report>
  </arf:reports>
</arf:asset-report-collection>
`;

const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false }).parse(xml) as unknown;

describe('redacting oscap results documents', () => {
  it('replaces hashes and secret values wherever oscap put what it read, and nothing else', () => {
    const { xml, replaced } = redactResultsDocument(ARF, 'results-arf.xml');
    expect(xml).not.toContain(HASH);
    expect(xml).not.toContain(SECRET);
    // message, script output, tested_variable, variable_value, shadow text and subexpression, useradd
    // text, the environment variable, shadow_item's password.
    expect(replaced).toBe(9);
    expect(xml).toContain('<ind-sys:text>root:[password hash redacted]:19000:0:99999:7:::</ind-sys:text>');
    expect(xml).toContain('<unix-sys:password>[password hash redacted]</unix-sys:password>');
    expect(xml).toContain('<ind-sys:value>[value redacted]</ind-sys:value>');
    expect(xml).toContain('<ind-sys:text>api_token=[value redacted]</ind-sys:text>');
    // Script output stays CDATA; the data stream and OVAL definitions are the content, kept byte for byte.
    expect(xml).toContain('<![CDATA[root:[password hash redacted]:19000::\n]]>');
    expect(xml).toContain('<x a="it\'s &amp; kept">PASSWORD=kept-as-content</x>');
    expect(xml).toContain('<objects><o>API_TOKEN=content</o></objects>');
    // The rest reads the same.
    expect(xml).toContain('<unix-sys:filename/>');
    expect(xml).toContain('<unix-sys:suid datatype="boolean">false</unix-sys:suid>');
    const expected = ARF.replaceAll(HASH, '[password hash redacted]').replaceAll(SECRET, '[value redacted]');
    expect(parse(xml)).toEqual(parse(expected));
  });

  it('reads the same rule results from a real ARF after redaction, rewriting no more than it must', async () => {
    const file = join(SHARED, 'scap/samples/debian12-gpos-arf.xml');
    const original = await readFile(file, 'utf8');
    const { xml } = redactResultsDocument(original, 'debian12-gpos-arf.xml');
    const read = (text: string, name: string) =>
      readResults(
        name,
        (async function* () {
          yield Buffer.from(text);
        })(),
      );
    const [before, after] = await Promise.all([read(original, 'before'), read(xml, 'after')]);
    expect(after.rules.map((rule) => [rule.ruleId, rule.result])).toEqual(
      before.rules.map((rule) => [rule.ruleId, rule.result]),
    );
    expect(after.counts).toEqual(before.counts);
    expect(parse(xml)).toEqual(parse(original));
  });

  it('refuses a DTD: no entity is expanded', () => {
    const doc = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "boom">]><a>&x;</a>';
    expect(() => redactResultsDocument(doc, 'evil.xml')).toThrow(/evil\.xml: .*(DOCTYPE|DTD)/);
  });
});
