/**
 * The OVAL definitions the failing rules of a TestResult ran, by ARF report: what the OVAL collector has
 * to read. Parsed from the carved TestResult, before the OVAL results that follow it in an ARF.
 */
import { attribute } from '../carve.js';
import { RULE_RESULT_VALUES, type RuleResultValue } from '../model.js';
import { isFailing } from '../vocabulary.js';
import { childNamed, childrenNamed, parseFragment, type XmlNode } from './fragment.js';

/** XCCDF's check system for OVAL 5 definitions. */
export const OVAL_CHECK_SYSTEM = 'http://oval.mitre.org/XMLSchema/oval-definitions-5';
/** OpenSCAP's check system for SCE scripts. */
export const SCE_CHECK_SYSTEM = 'http://open-scap.org/page/SCE';

/** Whether a rule-result's raw `<result>` text fails the rule, in the vocabulary the gate uses. */
function failing(result: string): boolean {
  return (RULE_RESULT_VALUES as readonly string[]).includes(result) && isFailing(result as RuleResultValue);
}

/** A failing rule-result, parsed: its rule id and its checks. */
export interface FailingRuleResult {
  ruleId: string;
  checks: XmlNode[];
}

/** The failing rule-results of a carved TestResult. */
export function failingRuleResults(testResultXml: string): FailingRuleResult[] {
  // Read before the XCCDF reader parses the TestResult (its OVAL results follow it in an ARF): errors name
  // it as that reader's do.
  const id = attribute(testResultXml.slice(0, testResultXml.indexOf('>')), 'id');
  const testResult = parseFragment(testResultXml, `<TestResult${id === undefined ? '' : ` id="${id}"`}>`);
  return childrenNamed(testResult, 'rule-result').flatMap((ruleResult) => {
    const result = childNamed(ruleResult, 'result')?.text.trim() ?? '';
    if (!failing(result)) return [];
    return [{ ruleId: ruleResult.attributes.idref ?? '', checks: childrenNamed(ruleResult, 'check') }];
  });
}

/** Definition names by ARF report id (`oval0`), for the failing rules' OVAL checks with a local href. */
export function failingDefinitionsByReport(rules: readonly FailingRuleResult[]): Map<string, Set<string>> {
  const byReport = new Map<string, Set<string>>();
  for (const rule of rules) {
    for (const check of rule.checks) {
      if (check.attributes.system !== OVAL_CHECK_SYSTEM) continue;
      for (const ref of childrenNamed(check, 'check-content-ref')) {
        const { href, name } = ref.attributes;
        if (!href?.startsWith('#') || !name) continue;
        const report = href.slice(1);
        let names = byReport.get(report);
        if (!names) byReport.set(report, (names = new Set()));
        names.add(name);
      }
    }
  }
  return byReport;
}
