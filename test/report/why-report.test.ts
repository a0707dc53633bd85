/**
 * The evidence in the reports: the plain-text lines and findings, the Markdown grouped by cause (rendered
 * with a real Markdown renderer), its size under GitHub's limit however many causes there are, JSON and
 * SARIF. From the real clean ARF, and from synthetic evidence for what no sample has.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, evaluateGate } from '../../src/gate/index.js';
import type { GateResult } from '../../src/gate/types.js';
import { gateFiles } from '../../src/pipeline/gate-files.js';
import { groupByCause } from '../../src/report/why-groups.js';
import { evidenceLines, evidenceSummary, fileMode } from '../../src/report/why-text.js';
import { gateJson } from '../../src/report/gate-json.js';
import { DEFAULT_MARKDOWN_MAX, renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import type { OvalEvidence, RuleEvidence } from '../../src/results/model.js';
import { CLEAN_ARF } from '../support/paths.js';
import { outcome, scan, stigRuleId } from '../gate/build-scan.js';
import { GITHUB_LINKED_PATTERNS, renderGfm, tags, visibleText } from './gfm.js';

const clean: GateResult = await gateFiles({
  current: CLEAN_ARF,
  inheritedFromHost: false,
  policy: DEFAULT_POLICY,
  now: new Date(0),
});

/** One textfilecontent54 test that found `text` in `file`. */
function found(file: string, text: string, comment = 'a test'): OvalEvidence {
  return {
    kind: 'oval',
    report: 'oval0',
    definitionId: 'oval:x:def:1',
    definitionResult: 'false',
    tests: [
      {
        id: 'oval:x:tst:1',
        type: 'textfilecontent54_test',
        comment,
        result: 'false',
        negated: false,
        checkExistence: 'none_exist',
        object: {
          id: 'oval:x:obj:1',
          type: 'textfilecontent54_object',
          fields: [
            { name: 'filepath', value: file },
            { name: 'pattern', value: '^(.*)$', operation: 'pattern match' },
          ],
          flag: 'complete',
          variables: [],
          messages: [],
        },
        items: [
          {
            id: '1',
            type: 'textfilecontent_item',
            status: 'exists',
            fields: [
              { name: 'filepath', value: file },
              { name: 'text', value: text },
            ],
          },
        ],
        itemsOmitted: 0,
        messages: [],
      },
    ],
    testsOmitted: 0,
  };
}

function synthetic(evidence: (RuleEvidence | undefined)[]): GateResult {
  const rules = evidence.map((e, i) =>
    outcome(stigRuleId(1000 + i), 'fail', 'medium', e ? { evidence: e } : {}),
  );
  return evaluateGate({
    current: scan(rules, { evidenceFrom: 'arf' }),
    inheritedFromHost: false,
    policy: DEFAULT_POLICY,
    now: new Date(0),
  });
}

describe('evidence as plain text', () => {
  it('lists the definition, each deciding test, what it looked at and what it found', () => {
    const openssl = clean.newFailures.find((r) => r.stig.ruleId === 'SV-203739')!.evidence!;
    const lines = evidenceLines(openssl);
    expect(lines.slice(0, 4)).toEqual([
      'OVAL definition oval:org.OpenSsl:def:1 "Check for OpenSSL FIPS Packages": false',
      '  test "OpenSSL FIPS module configuration file exists" (file_test, check all): false',
      '    looked at: path /etc/ssl, filename (pattern match) (?=.*fipsmodule).* [does not exist]',
      '    found: files in /etc/ssl named like (?=.*fipsmodule).* does not exist',
    ]);
    expect(lines).toContain(
      '    found: no line of /usr/lib/apk/db/installed matches ^P:openssl-config-fipshardened(-\\d+\\.\\d+\\.\\d+)?$',
    );
    expect(lines[lines.length - 1]).toBe('  (and 2 more tests)');
    expect(evidenceSummary(openssl)).toBe(
      'files in /etc/ssl named like (?=.*fipsmodule).* does not exist (and 6 more tests)',
    );
  });

  it('flattens control characters and line breaks from the scan', () => {
    const lines = evidenceLines(found('/etc/x', 'a\u001b[31mb\nc\rd'));
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f]/); // eslint-disable-line no-control-regex
    expect(lines).toContain('    found: /etc/x has a [31mb c d');
  });

  it('writes a file mode from the permission fields', () => {
    const bits = (set: string[]) =>
      [
        'suid',
        'sgid',
        'sticky',
        'uread',
        'uwrite',
        'uexec',
        'gread',
        'gwrite',
        'gexec',
        'oread',
        'owrite',
        'oexec',
      ].map((name) => ({ name, value: String(set.includes(name)) }));
    expect(
      fileMode([
        { name: 'type', value: 'directory' },
        ...bits(['uread', 'uwrite', 'uexec', 'oread', 'owrite', 'oexec', 'sticky']),
      ]),
    ).toBe('drwx---rwt');
    expect(fileMode([{ name: 'type', value: 'regular' }, ...bits(['uread', 'suid'])])).toBe('-r-S------');
    expect(fileMode([{ name: 'filepath', value: '/x' }])).toBeUndefined();
  });
});

describe('new failures grouped by cause', () => {
  it('groups rules with the same evidence whatever their ids, largest group first', () => {
    const groups = groupByCause(
      synthetic([
        found('/a', 'x'),
        found('/b', 'y'),
        { ...found('/a', 'x'), definitionId: 'oval:other:def:9' },
        undefined,
      ]).newFailures,
    );
    expect(groups.map((g) => g.rules.map((r) => r.stig.ruleId))).toEqual([
      ['SV-1000', 'SV-1002'],
      ['SV-1001'],
      ['SV-1003'],
    ]);
  });

  it('the clean ARF: a section per shared cause, then the rest with a Why column, every table whole', () => {
    const markdown = renderMarkdown(clean);
    expect(markdown.match(/^### .*$/gm)!.slice(0, 4)).toEqual([
      '### New failures: 5 rules fail on one finding',
      '### New failures: 2 rules fail on one finding',
      '### New failures: 2 rules fail on one finding',
      '### Other new failures and why (1)',
    ]);
    expect(markdown).not.toContain('Why each rule fails is in the ARF');
    const html = renderGfm(markdown);
    for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
      const widths = (table.match(/<tr>[\s\S]*?<\/tr>/g) ?? []).map(
        (row) => (row.match(/<t[hd][ >]/g) ?? []).length,
      );
      expect(new Set(widths).size, table.slice(0, 200)).toBe(1);
    }
    const text = visibleText(html).replace(/\s+/g, ' ');
    expect(text).toContain('Script ./AslrCheck.sh printed: ASLR not configured correctly');
    expect(html).toContain('<th>Why</th>');
    expect(text).toMatch(
      /SV-263659 .*\/etc\/ssl\/certs\/ca-certificates\.crt does not exist \(and 8 more tests\)/,
    );
  });

  it('still-failing rules say why they fail too: the folded table gets the Why column', async () => {
    const rescan = await gateFiles({
      current: CLEAN_ARF,
      baseline: CLEAN_ARF,
      inheritedFromHost: false,
      policy: DEFAULT_POLICY,
      now: new Date(0),
    });
    expect(rescan.newFailures).toHaveLength(0);
    const html = renderGfm(renderMarkdown(rescan));
    const still = /<summary>Still failing \(10\)<\/summary>([\s\S]*?)<\/details>/.exec(html)?.[1] ?? '';
    expect(still).toContain('<th>Why</th>');
    expect(visibleText(still).replace(/\s+/g, ' ')).toMatch(
      /SV-203754 .* fail → fail \.\/AslrCheck\.sh printed: ASLR not configured correctly/,
    );
  });

  it('hostile text in evidence renders inert, as literal text', () => {
    const payload =
      '<img src=x onerror=alert(1)> @octocat [a](https://evil.example) `x` **b** #1 </code><script>';
    const markdown = renderMarkdown(
      synthetic([found(`/etc/${payload}`, payload), found(`/etc/${payload}`, payload), found('/z', payload)]),
    );
    const html = renderGfm(markdown);
    const allowed =
      /^<\/?(h2|h3|p|table|thead|tbody|tr|th|td|details|summary|strong|em|ul|li|br|code|pre)( style="text-align:right")?\s*\/?>$|^<code class="language-yaml">$/;
    expect(tags(html).filter((tag) => !allowed.test(tag))).toEqual([]);
    // GitHub links nothing inside a code block (the waivers file).
    const text = visibleText(html.replace(/<pre>[\s\S]*?<\/pre>/g, ''));
    for (const [name, pattern] of GITHUB_LINKED_PATTERNS) expect(text, name).not.toMatch(pattern);
    // Tags read as spaces here: `<code>` around each value.
    expect(text.replace(/\u200b/g, '').replace(/\s+/g, ' ')).toContain(`/etc/${payload} has ${payload}`);
  });

  it('stays under the size limit with hundreds of causes, showing at most ten as sections', () => {
    const evidence = Array.from({ length: 600 }, (_, i) => found(`/etc/file-${i >> 1}`, 'x'.repeat(400) + i));
    const pairs = evidence.map((e, i) => (i % 2 === 0 ? e : evidence[i - 1]!)); // 300 causes of 2 rules
    const markdown = renderMarkdown(synthetic(pairs));
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(DEFAULT_MARKDOWN_MAX);
    expect(markdown.match(/^### New failures: 2 rules fail on one finding$/gm)).toHaveLength(10);
    expect(markdown).toContain('### Other new failures and why (580)');
  });
});

describe('evidence in JSON and SARIF', () => {
  it('JSON: every key present, the summary, and the groups', () => {
    const json = gateJson(clean);
    expect(json.current.evidenceFrom).toBe('arf');
    const rule = json.newFailures.find((r) => r.stigId === 'SV-263659')!;
    expect(rule.evidence).toMatchObject({
      kind: 'oval',
      summary: '/etc/ssl/certs/ca-certificates.crt does not exist (and 8 more tests)',
      definitionId: 'oval:org.CABundleHash:def:1',
      title: 'Validate SHA-256 hash of CA bundle',
      testsOmitted: 4,
    });
    if (rule.evidence?.kind !== 'oval') throw new Error('expected OVAL evidence');
    expect(Object.keys(rule.evidence.tests[0]!)).toEqual([
      'id',
      'type',
      'comment',
      'result',
      'negated',
      'check',
      'checkExistence',
      'object',
      'state',
      'items',
      'itemsOmitted',
      'culprits',
      'messages',
    ]);
    expect(rule.evidence.tests[0]!.state).toBeNull();
    expect(json.newFailureGroups.map((g) => g.ruleIds.length)).toEqual([5, 2, 2, 1]);
  });

  it('SARIF: the finding in the message, the evidence lines in properties', () => {
    const sarif = renderSarif(clean);
    const aslr = sarif.runs[0]!.results.find((r) => r.ruleId.includes('SV-203754'))!;
    expect(aslr.message.text).toMatch(
      /: .*\. Why: \.\/AslrCheck\.sh printed: ASLR not configured correctly$/,
    );
    expect(aslr.properties.evidence).toEqual([
      'SCE script ./AslrCheck.sh printed:',
      '  ASLR not configured correctly',
    ]);
  });
});
