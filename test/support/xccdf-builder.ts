/** Small, hand-made XCCDF documents for the cases real oscap output does not cover. */

export interface RuleSpec {
  id: string;
  result: string;
  severity?: string;
  title?: string;
}

const XCCDF_12 = 'http://checklists.nist.gov/xccdf/1.2';

function ruleXml(rule: RuleSpec, prefix: string): string {
  const severity = rule.severity ? ` severity="${rule.severity}"` : '';
  const title = rule.title === undefined ? '' : `<${prefix}title>${rule.title}</${prefix}title>`;
  return `<${prefix}Rule id="${rule.id}"${severity}>${title}<${prefix}ident system="http://cyber.mil/cci">CCI-000001</${prefix}ident></${prefix}Rule>`;
}

export function testResultXml(
  rules: RuleSpec[],
  options: { id?: string; prefix?: string; namespace?: string } = {},
): string {
  const prefix = options.prefix ?? '';
  const ns = options.namespace
    ? ` xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="${options.namespace}"`
    : '';
  const results = rules
    .map(
      (r) =>
        `<${prefix}rule-result idref="${r.id}"><${prefix}result>${r.result}</${prefix}result></${prefix}rule-result>`,
    )
    .join('\n');
  return (
    `<${prefix}TestResult${ns} id="${options.id ?? 'xccdf_test_testresult_1'}" start-time="2026-01-01T00:00:00+00:00" end-time="2026-01-01T00:01:00+00:00">` +
    `<${prefix}benchmark id="xccdf_test_benchmark_b"/><${prefix}profile idref="xccdf_test_profile_p"/><${prefix}target>target-1</${prefix}target>\n` +
    `${results}\n</${prefix}TestResult>`
  );
}

/** An XCCDF results document: a Benchmark with the rules and one or more TestResults. */
export function benchmarkXml(
  rules: RuleSpec[],
  options: { namespace?: string; testResults?: string[]; prefix?: string } = {},
): string {
  const prefix = options.prefix ?? '';
  const nsAttr = `xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="${options.namespace ?? XCCDF_12}"`;
  const testResults = options.testResults ?? [testResultXml(rules, { prefix })];
  return `<?xml version="1.0" encoding="UTF-8"?>
<${prefix}Benchmark ${nsAttr} id="xccdf_test_benchmark_b">
  <${prefix}title>Test benchmark</${prefix}title>
  <${prefix}version>1.0</${prefix}version>
  <${prefix}Profile id="xccdf_test_profile_p"><${prefix}title>Test profile</${prefix}title></${prefix}Profile>
  <${prefix}Group id="xccdf_mil.disa.stig_group_V-100001">
    ${rules.map((r) => ruleXml(r, prefix)).join('\n    ')}
  </${prefix}Group>
  ${testResults.join('\n  ')}
</${prefix}Benchmark>
`;
}
