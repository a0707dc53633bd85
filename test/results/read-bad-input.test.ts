import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ResultsFormatError } from '../../src/errors.js';
import { readResultsFile } from '../../src/results/read.js';
import { CLEAN_ARF, CLEAN_REPORT_HTML, CLEAN_RESULTS, DATASTREAM } from '../support/paths.js';
import { benchmarkXml, testResultXml } from '../support/xccdf-builder.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stig-gate-read-'));
});

async function write(name: string, content: string | Buffer): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, content);
  return file;
}

/** Expects reading `file` to fail with a ResultsFormatError naming the file and matching `message`. */
async function expectRejected(file: string, message: RegExp): Promise<void> {
  const error = await readResultsFile(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ResultsFormatError);
  expect((error as Error).message).toContain(file);
  expect((error as Error).message).toMatch(message);
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<Benchmark xmlns="http://checklists.nist.gov/xccdf/1.2" id="b"><title>&lol9;</title></Benchmark>`;

const XXE = `<?xml version="1.0"?>
<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<TestResult xmlns="http://checklists.nist.gov/xccdf/1.2" id="t"><rule-result idref="r"><result>&xxe;</result></rule-result></TestResult>`;

/** A Rule with the given prose children, for the prose tests. */
const proseRule = (id: string, prose: string) =>
  `<Rule id="${id}" severity="low"><title>T ${id}</title>${prose}</Rule>`;

describe('input that is not complete results fails closed, naming the file', () => {
  it.each<[string, () => Promise<string>, RegExp]>([
    ['1 missing file', async () => join(dir, 'nope.xml'), /no such file/],
    [
      '2 a directory',
      async () => (await mkdir(join(dir, 'a-dir'), { recursive: true }), join(dir, 'a-dir')),
      /not a regular file/,
    ],
    ['3 empty file', () => write('empty.xml', ''), /empty/],
    ['4 only white space', () => write('blank.xml', '  \n\n'), /no XML element/],
    ['5 plain text', () => write('text.xml', 'Scan failed: permission denied\n'), /not XML/],
    ['6 HTML report instead of results', async () => CLEAN_REPORT_HTML, /HTML page.*--results/],
    ['7 HTML without doctype', () => write('page.xml', '<html><body>hi</body></html>'), /HTML page/],
    ['8 XML bomb (billion laughs)', () => write('bomb.xml', BILLION_LAUGHS), /DOCTYPE.*XML bomb/],
    ['9 XXE external entity', () => write('xxe.xml', XXE), /DOCTYPE.*XXE/],
    ['10 source data stream, not results', async () => DATASTREAM, /source data stream.*not scan results/],
    [
      '11 benchmark without TestResult',
      () => write('bench-only.xml', benchmarkXml([{ id: 'r1', result: 'pass' }], { testResults: [] })),
      /no <TestResult>/,
    ],
    [
      '12 unrelated XML',
      () => write('pom.xml', '<project><modelVersion>4</modelVersion></project>'),
      /found <project>/,
    ],
    [
      '13 unknown result value',
      () => write('bad-result.xml', benchmarkXml([{ id: 'r1', result: 'passed' }])),
      /r1 has result 'passed'.*not an XCCDF result value/,
    ],
    [
      '14 unknown severity',
      () => write('bad-severity.xml', benchmarkXml([{ id: 'r1', result: 'fail', severity: 'critical' }])),
      /severity 'critical'/,
    ],
    [
      '15 rule-result without result',
      () => write('no-result.xml', benchmarkXml([{ id: 'r1', result: '' }])),
      /r1 has no <result>/,
    ],
    ['16 mismatched tags', () => write('mismatch.xml', '<a><b></a></b>'), /mismatched tags/],
    [
      '17 text after the root',
      () => write('after.xml', `${benchmarkXml([{ id: 'r', result: 'pass' }])}junk`),
      /text after/,
    ],
    ['18 UTF-16', () => write('utf16.xml', Buffer.from('\ufeff<a/>', 'utf16le')), /UTF-16/],
    [
      '18b UTF-16 without a byte order mark, little-endian',
      async () => write('utf16le.xml', Buffer.from(await readFile(CLEAN_RESULTS, 'utf8'), 'utf16le')),
      /^[^\0]*the file is UTF-16[^\0]*$/,
    ],
    [
      '18c UTF-16 without a byte order mark, big-endian',
      async () => write('utf16be.xml', Buffer.from('<a/>', 'utf16le').swap16()),
      /the file is UTF-16/,
    ],
    ['19 second root', () => write('roots.xml', '<a/><b/>'), /second root/],
  ])('%s', async (_name, make, message) => {
    await expectRejected(await make(), message);
  });

  describe('truncated files', () => {
    it.each([0.01, 0.25, 0.5, 0.75, 0.99, 0.9999])(
      'XCCDF results cut at %f of the file',
      async (fraction) => {
        const bytes = await readFile(CLEAN_RESULTS);
        await expectRejected(
          await write(`cut-${fraction}.xml`, bytes.subarray(0, Math.floor(bytes.length * fraction))),
          /truncated/,
        );
      },
    );

    it.each([0.1, 0.5, 0.95, 0.999])(
      'ARF cut at %f of the file (inside skipped OVAL results too)',
      async (fraction) => {
        const bytes = await readFile(CLEAN_ARF);
        await expectRejected(
          await write(`arf-cut-${fraction}.xml`, bytes.subarray(0, Math.floor(bytes.length * fraction))),
          /truncated/,
        );
      },
    );

    it('a file that ends inside a Rule says so', async () => {
      const text = await readFile(CLEAN_RESULTS, 'utf8');
      const rule = text.indexOf('<Rule ');
      expect(rule).toBeGreaterThan(1000);
      const cut = text.slice(0, text.indexOf('<title', rule));
      expect(cut.length).toBeGreaterThan(rule);
      await expectRejected(
        await write('in-rule.xml', cut),
        /truncated: it ends inside <Benchmark > Group > .*Rule> \(after/,
      );
    });

    it('a file that stops just before the last end tag', async () => {
      const text = await readFile(CLEAN_RESULTS, 'utf8');
      const cut = text.slice(0, text.lastIndexOf('</Benchmark>'));
      await expectRejected(await write('no-last-tag.xml', cut), /truncated: it ends inside <Benchmark>/);
    });
  });
});

describe("a Rule's inside, which the carver passes over, is still checked when it is parsed", () => {
  const rule = (title: string) =>
    benchmarkXml([{ id: 'r1', result: 'fail', title: 'T' }]).replace(
      '<title>T</title>',
      `<title>${title}</title>`,
    );
  it.each<[string, string, RegExp]>([
    [
      'mismatched tags',
      'a <b>bold</i>',
      /in <Rule id="r1">: not well-formed XML \(line 1, column \d+\): Expected closing tag 'b' .* instead of closing tag 'i'/,
    ],
    ['an element never closed', 'a <b>bold', /in <Rule id="r1">: .*Expected closing tag 'b' .*'title'/],
    ['a DOCTYPE', '<!DOCTYPE x [<!ENTITY e "boom">]>&e;', /in <Rule id="r1">: a DOCTYPE .* refuses DTDs/],
    ["a '<' inside a tag", '<b x="1" <i>>y</b>', /in <Rule id="r1">: not well-formed XML/],
    // Valid XML, but no scanner writes it; refusing it beats tokenizing every Rule's text (see carve.ts).
    ['an end tag for the title inside a comment', '<!-- </title> -->', /mismatched tags/],
  ])('%s', async (name, title, message) => {
    expect(rule(title)).toContain(title);
    await expectRejected(await write(`rule-${name.replaceAll(/\W+/g, '-')}.xml`, rule(title)), message);
  });
});

describe("a TestResult's inside, which the carver passes over, is still checked when it is parsed", () => {
  /** The sample with `markup` just before the rule-result of its first failing rule. */
  async function beforeFirstFailure(sample: string, markup: string): Promise<string> {
    const text = await readFile(sample, 'utf8');
    const at = text.lastIndexOf('<rule-result ', text.indexOf('<result>fail</result>'));
    expect(at).toBeGreaterThan(text.indexOf('<TestResult '));
    return text.slice(0, at) + markup + text.slice(at);
  }
  const TEST_RESULT = /in <TestResult id="xccdf_org\.open-scap_testresult_xccdf_basic_profile_\.check">: /;

  // fast-xml-parser read '<!X>' as an element holding every rule-result after it: the failures vanished
  // and the scan passed.
  it.each<[string, string, string, RegExp]>([
    ['1 XCCDF: <!X>', CLEAN_RESULTS, '<!X>\n', /unexpected markup '<!X'.*OpenSCAP never writes it/],
    ['2 ARF: <!X>', CLEAN_ARF, '<!X>\n', /unexpected markup '<!X'.*OpenSCAP never writes it/],
    [
      '3 XCCDF: <!x:rule-result …>',
      CLEAN_RESULTS,
      '<!x:rule-result a="b">',
      /unexpected markup '<!x:rule-result'/,
    ],
    [
      '4 XCCDF: <!ELEMENT …>',
      CLEAN_RESULTS,
      '<!ELEMENT x ANY>',
      /a DTD declaration '<!ELEMENT'.*refuses DTDs/,
    ],
    ['5 ARF: <![x[', CLEAN_ARF, '<![x[', /unexpected markup '<!\[x\[.*not CDATA/],
  ])(
    '%s before the failures is an error naming the markup and the TestResult',
    async (name, sample, markup, message) => {
      const file = await write(
        `tr-${name.replaceAll(/\W+/g, '-')}.xml`,
        await beforeFirstFailure(sample, markup),
      );
      await expectRejected(file, new RegExp(TEST_RESULT.source + message.source));
    },
  );

  it.each([
    ['1 XCCDF', CLEAN_RESULTS],
    ['2 ARF', CLEAN_ARF],
  ])(
    '%s: an <!ENTITY> declaration in a TestResult is refused as a DTD is, not read as "no rule results"',
    async (name, sample) => {
      const text = (await readFile(sample, 'utf8')).replace(
        '<title>OSCAP Scan Result</title>',
        '<!ENTITY a "pass"><title>OSCAP Scan Result</title>',
      );
      await expectRejected(
        await write(`tr-entity-${name.replace(' ', '-')}.xml`, text),
        new RegExp(`${TEST_RESULT.source}a DTD .*<!ENTITY.*refuses DTDs`),
      );
    },
  );
});

describe('a TestResult too large to parse in one piece is an error, not an exhausted heap', () => {
  it('a 33 MB message in a rule-result is refused, naming the TestResult and the limit', async () => {
    const text = await readFile(CLEAN_RESULTS, 'utf8');
    const at = text.indexOf('</result>') + '</result>'.length;
    const huge = `<message severity="info">${`${'x'.repeat(79)}\n`.repeat((33 * 2 ** 20) / 80)}</message>`;
    const file = await write('huge-message.xml', text.slice(0, at) + huge + text.slice(at));
    await expectRejected(
      file,
      /in <TestResult id="[^"]+">: one element of 33 MB .* past the 32 MB stig-gate reads/,
    );
  });
});

describe('a rule-result has one result', () => {
  it.each([
    ['1 XCCDF', CLEAN_RESULTS],
    ['2 ARF', CLEAN_ARF],
  ])(
    '%s: two <result> elements are an error naming the rule-result, not the first one read',
    async (name, sample) => {
      const text = (await readFile(sample, 'utf8')).replace(
        '<result>fail</result>',
        '<result>pass</result><result>fail</result>',
      );
      await expectRejected(
        await write(`two-results-${name.replace(' ', '-')}.xml`, text),
        /rule-result xccdf_mil\.disa\.stig_rule_SV-\d+r\d+_rule has 2 <result> elements; XCCDF allows one/,
      );
    },
  );
});

describe('valid variations', () => {
  it('a UTF-8 byte order mark and CRLF line ends', async () => {
    const text = (await readFile(CLEAN_RESULTS, 'utf8')).replace(/\n/g, '\r\n');
    const results = await readResultsFile(await write('bom-crlf.xml', `\ufeff${text}`));
    expect(results.counts.fail).toBe(10);
    expect(results.counts.pass).toBe(81);
    const rule = results.rules.find((r) => r.ruleId === 'xccdf_mil.disa.stig_rule_SV-263651r982555_rule')!;
    expect(rule.title).toBe(
      'The operating system must prohibit the use or connection of unauthorized hardware components.',
    );
  });

  it('XCCDF 1.1 namespace', async () => {
    const xml = benchmarkXml(
      [
        { id: 'r1', result: 'fail', severity: 'high', title: 'One' },
        { id: 'r2', result: 'pass', severity: 'low', title: 'Two' },
      ],
      { namespace: 'http://checklists.nist.gov/xccdf/1.1' },
    );
    const results = await readResultsFile(await write('xccdf11.xml', xml));
    expect(results.format).toBe('xccdf-1.1');
    expect(results.rules.map((r) => [r.ruleId, r.result, r.severity, r.title])).toEqual([
      ['r1', 'fail', 'high', 'One'],
      ['r2', 'pass', 'low', 'Two'],
    ]);
  });

  it('namespace prefixes instead of a default namespace', async () => {
    const xml = benchmarkXml([{ id: 'r1', result: 'error', severity: 'medium', title: 'Prefixed' }], {
      prefix: 'xccdf:',
    });
    const results = await readResultsFile(await write('prefixed.xml', xml));
    expect(results.rules[0]).toMatchObject({ ruleId: 'r1', result: 'error', title: 'Prefixed' });
  });

  it('elements of another namespace named like XCCDF ones are not taken for rules', async () => {
    const xml = benchmarkXml([{ id: 'r1', result: 'pass', title: 'Real' }]).replace(
      '</Benchmark>',
      '<other:Rule xmlns:other="urn:elsewhere" id="r1"><other:title>Impostor</other:title></other:Rule></Benchmark>',
    );
    const results = await readResultsFile(await write('impostor.xml', xml));
    expect(results.rules[0]!.title).toBe('Real');
  });

  it('a bare TestResult: results without rule metadata, titles fall back to ids', async () => {
    const xml = testResultXml([{ id: 'r1', result: 'fail' }], {
      namespace: 'http://checklists.nist.gov/xccdf/1.2',
    });
    const results = await readResultsFile(await write('bare.xml', `<?xml version="1.0"?>\n${xml}`));
    expect(results.format).toBe('testresult');
    expect(results.rules).toEqual([
      {
        ruleId: 'r1',
        result: 'fail',
        severity: 'unknown',
        title: 'r1',
        weight: 1,
        stig: { cci: [], srg: [] },
        checks: [],
      },
    ]);
    expect(results.target).toBe('target-1');
  });

  it('two TestResults: the last one in the document is the scan, and a warning names the other', async () => {
    const rules = [{ id: 'r1', result: 'pass', title: 'T' }];
    const xml = benchmarkXml(rules, {
      testResults: [
        testResultXml([{ id: 'r1', result: 'fail' }], { id: 'older' }),
        testResultXml([{ id: 'r1', result: 'pass' }], { id: 'newer' }),
      ],
    });
    const results = await readResultsFile(await write('two.xml', xml));
    expect(results.testResultId).toBe('newer');
    expect(results.rules[0]!.result).toBe('pass');
    expect(results.warnings).toEqual([
      expect.stringMatching(/2 TestResults.*using the last one \(newer\).*ignoring older/),
    ]);
  });

  it("titles carrying Markdown, HTML and @mentions are kept as plain text (escaping is the reports' job)", async () => {
    const title =
      '**bold** &lt;img src=x onerror=alert(1)&gt; @octocat #123 [link](https://evil.example) &amp; &#x41;&#66;';
    const xml = benchmarkXml([{ id: 'r1', result: 'fail', title }]);
    const results = await readResultsFile(await write('markup-title.xml', xml));
    expect(results.rules[0]!.title).toBe(
      '**bold** <img src=x onerror=alert(1)> @octocat #123 [link](https://evil.example) & AB',
    );
  });

  it('XHTML markup inside a title is flattened to its text', async () => {
    const xml = benchmarkXml([
      {
        id: 'r1',
        result: 'fail',
        title: 'Use <html:code xmlns:html="http://www.w3.org/1999/xhtml">sshd</html:code>\n   now',
      },
    ]);
    const results = await readResultsFile(await write('xhtml-title.xml', xml));
    expect(results.rules[0]!.title).toBe('Use sshd now');
  });

  it('comments, CDATA and a ">" inside an attribute value do not confuse the carver', async () => {
    const xml = benchmarkXml([{ id: 'r1', result: 'pass', title: 'T' }])
      .replace('<Group ', '<!-- a <Rule id="fake"> in a comment --><Group note="a > b" ')
      .replace('<title>Test benchmark</title>', '<title><![CDATA[Bench <mark>]]></title>');
    const results = await readResultsFile(await write('tricky.xml', xml));
    expect(results.rules.map((r) => r.ruleId)).toEqual(['r1']);
    expect(results.benchmark.title).toBe('Bench <mark>');
  });

  it('a start tag with a megabyte of attribute-like text is read in linear time (it once took quadratic)', async () => {
    const xml = benchmarkXml([
      { id: 'xccdf_mil.disa.stig_rule_SV-100001r1_rule', result: 'fail', title: 'T' },
    ]).replace(/<Group /, `<Group ${'x'.repeat(1 << 20)} `);
    expect(xml).toContain('x'.repeat(1000));
    // Quadratic, this took hours; the test's own time limit is the check.
    const results = await readResultsFile(await write('long-tag.xml', xml));
    expect(results.rules[0]!.stig.vulnId).toBe('V-100001');
  });

  it('takes the V- id from the enclosing DISA Group', async () => {
    const xml = benchmarkXml([
      { id: 'xccdf_mil.disa.stig_rule_SV-100001r1_rule', result: 'fail', title: 'T' },
    ]);
    const results = await readResultsFile(await write('vuln.xml', xml));
    expect(results.rules[0]!.stig).toEqual({
      ruleId: 'SV-100001',
      revision: 'r1',
      vulnId: 'V-100001',
      cci: ['CCI-000001'],
      srg: [],
    });
  });

  it('prose: XHTML flattened, the English variant chosen, empty and self-closing elements left empty', async () => {
    const xml = benchmarkXml([
      { id: 'r1', result: 'fail' },
      { id: 'r2', result: 'fail' },
      { id: 'r3', result: 'fail' },
    ])
      .replace(
        /<Rule id="r1"[\s\S]*?<\/Rule>/,
        proseRule(
          'r1',
          '<description xml:lang="de">Nein</description><description xml:lang="en-US">Set <html:code xmlns:html="http://www.w3.org/1999/xhtml">a &lt; b</html:code>\n   now.</description>' +
            '<rationale note="x > y">Because.</rationale><fixtext fixref="f1">Run <html:pre xmlns:html="http://www.w3.org/1999/xhtml">fix</html:pre></fixtext>',
        ),
      )
      .replace(/<Rule id="r2"[\s\S]*?<\/Rule>/, proseRule('r2', '<description/><rationale />'))
      .replace(
        /<Rule id="r3"[\s\S]*?<\/Rule>/,
        proseRule('r3', '<description></description><rationale>Kept</rationale>'),
      );
    const results = await readResultsFile(await write('prose.xml', xml));
    const [r1, r2, r3] = results.rules;
    expect(r1).toMatchObject({
      description: 'Set a < b now.',
      rationale: 'Because.',
      fixText: 'Run fix',
      title: 'T r1',
    });
    expect(r2!.description).toBeUndefined();
    expect(r2!.rationale).toBeUndefined();
    expect(r2!.title).toBe('T r2');
    expect(r3!.description).toBeUndefined();
    expect(r3!.rationale).toBe('Kept');
  });
});

describe('prose without markup (read as written, without a parse) and with it read alike', () => {
  it('keeps quotes and > as text, normalises white space, and still decodes references and CDATA', async () => {
    const xml = benchmarkXml([
      { id: 'r1', result: 'fail' },
      { id: 'r2', result: 'fail' },
    ])
      .replace(
        /<Rule id="r1"[\s\S]*?<\/Rule>/,
        proseRule(
          'r1',
          `<description>  Use "x" > 'y'\r\n\t  here.  </description><rationale>a &amp; b &#x3c; c</rationale>`,
        ),
      )
      .replace(
        /<Rule id="r2"[\s\S]*?<\/Rule>/,
        proseRule('r2', '<description><![CDATA[if a < b]]> then</description><rationale>plain</rationale>'),
      );
    const [r1, r2] = (await readResultsFile(await write('plain-prose.xml', xml))).rules;
    expect(r1).toMatchObject({ description: `Use "x" > 'y' here.`, rationale: 'a & b < c' });
    expect(r2).toMatchObject({ description: 'if a < b then', rationale: 'plain' });
  });
});

describe('parsing less: only what the model reads of a Rule is parsed, prose only when read', () => {
  const withRule = (inside: string, options: { profiles?: string } = {}) =>
    benchmarkXml([{ id: 'r1', result: 'fail' }])
      .replace(
        /<Rule id="r1"[\s\S]*?<\/Rule>/,
        `<Rule id="r1" severity="low"><title>T</title>${inside}</Rule>`,
      )
      .replace('<Group ', `${options.profiles ?? ''}<Group `);

  it("cuts a Rule's fix scripts, warnings and other children the model never reads out unread", async () => {
    const file = await write(
      'cut-children.xml',
      withRule(
        '<fix system="urn:xccdf:fix:script:sh">if a <b then</fix><warning>x <y></warning><platform idref="p"/>',
      ),
    );
    const [rule] = (await readResultsFile(file)).rules;
    expect(rule).toMatchObject({ ruleId: 'r1', title: 'T', severity: 'low' });
  });

  it('prose that does not parse is an error naming the file and the rule when it is read', async () => {
    const file = await write(
      'bad-prose.xml',
      withRule('<description>a <b>bold</i></description><rationale>R</rationale>'),
    );
    const [rule] = (await readResultsFile(file)).rules;
    expect(rule!.rationale).toBe('R');
    let thrown: unknown;
    try {
      void rule!.description;
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ResultsFormatError);
    expect((thrown as Error).message).toContain(file);
    expect((thrown as Error).message).toMatch(
      /rule r1: in <description>: not well-formed XML .*Expected closing tag 'b'/,
    );
  });

  it('finds SRG ids in references however they are written (entities, comments, Dublin Core children)', async () => {
    const file = await write(
      'srg-refs.xml',
      withRule(
        '<reference href="https://www.cisecurity.org/controls/">1.1</reference>' +
          '<reference>&#83;RG-OS-000001-GPOS-00001</reference>' +
          '<reference>SR<!-- split -->G-OS-000002-GPOS-00002</reference>' +
          '<reference><dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">SRG-OS-000003-GPOS-00003</dc:title></reference>',
      ),
    );
    const [rule] = (await readResultsFile(file)).rules;
    expect(rule!.stig.srg).toEqual([
      'SRG-OS-000001-GPOS-00001',
      'SRG-OS-000002-GPOS-00002',
      'SRG-OS-000003-GPOS-00003',
    ]);
  });

  it('tells an end tag from a longer name that begins like it (</check> and </check-import>)', async () => {
    const file = await write(
      'check-import.xml',
      withRule(
        '<check system="sce"><check-import import-name="stdout"></check-import><check-content-ref href="a.sh" name="a"/></check>',
      ),
    );
    const [rule] = (await readResultsFile(file)).rules;
    expect(rule!.checks).toEqual([{ system: 'sce', href: 'a.sh', name: 'a' }]);
  });

  it('parses only the Profile the TestResult names', async () => {
    const file = await write(
      'profiles.xml',
      withRule('', {
        profiles: '<Profile id="other"><title>Other</title><select idref="r1" selected=true/></Profile>\n  ',
      }),
    );
    const results = await readResultsFile(file);
    expect(results.profile).toEqual({ id: 'xccdf_test_profile_p', title: 'Test profile' });
  });
});
