/**
 * The typed model of one OpenSCAP scan, whatever file it was read from (XCCDF 1.1/1.2 results, ARF, a
 * bare TestResult). Everything after the readers (gate, reports, publishing) works on this and nothing else.
 */

import type { RuleEvidence } from './why-model.js';

export type * from './why-model.js';

/** Every result value XCCDF defines for a rule-result (XCCDF 1.2 §6.6.4.3), in report order. */
export const RULE_RESULT_VALUES = [
  'pass',
  'fail',
  'error',
  'unknown',
  'notapplicable',
  'notchecked',
  'notselected',
  'informational',
  'fixed',
] as const;

export type RuleResultValue = (typeof RULE_RESULT_VALUES)[number];

/** XCCDF severities; `unknown` is XCCDF's own default when a rule names none. */
export const SEVERITIES = ['high', 'medium', 'low', 'info', 'unknown'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type ResultCounts = Record<RuleResultValue, number>;

/** STIG identifiers found on a rule. Absent fields were not in the file; nothing is invented. */
export interface StigIdentifiers {
  /** `SV-203629`, from a DISA rule id such as `xccdf_mil.disa.stig_rule_SV-203629r982199_rule`. */
  ruleId?: string;
  /** `r982199`: the STIG rule revision. */
  revision?: string;
  /** `V-203629`: the STIG group (vulnerability) id, from the enclosing Group or an ident. */
  vulnId?: string;
  /** CCIs (`CCI-000162`), in file order: idents, then references to DISA's CCI list (SSG's). */
  cci: string[];
  /**
   * NIST SP 800-53 controls the content names itself (SSG's references to SP 800-53), in DISA's form
   * (`AC-2 (4)`, `CM-6 a`); absent where it names none (DISA's content: its controls come from its CCIs).
   */
  nist?: string[];
  /** SRG references (`SRG-OS-000057-GPOS-00027`), in file order. */
  srg: string[];
  /**
   * The Rule's `<version>`: in DISA's benchmarks the STIG ID (`RHEL-08-010000`), which STIG Viewer shows as
   * the rule version (`Rule_Ver`). Absent where the file has none (Chainguard's GPOS data stream).
   */
  version?: string;
  /**
   * The title of the XCCDF Group around the Rule: in DISA's benchmarks the SRG (`SRG-OS-000480-GPOS-00227`),
   * STIG Viewer's Group_Title. Absent where the Group has no title (Chainguard's GPOS data stream).
   */
  groupTitle?: string;
}

/** A check the rule ran, e.g. an OVAL definition in a named file. */
export interface CheckReference {
  system: string;
  name?: string;
  href?: string;
}

/** One rule's outcome, joined with the rule's own metadata where the file carries it. */
export interface RuleOutcome {
  /** The XCCDF rule id (`xccdf_mil.disa.stig_rule_SV-203629r982199_rule`). */
  ruleId: string;
  result: RuleResultValue;
  severity: Severity;
  /** Whitespace-normalised plain text; the rule id when the file has no title for the rule. */
  title: string;
  weight: number;
  stig: StigIdentifiers;
  /** Plain text (markup removed, whitespace normalised); absent when the file has none. */
  description?: string;
  rationale?: string;
  fixText?: string;
  checks: CheckReference[];
  /**
   * The scanner's own messages on the rule-result (XCCDF `<message>`: OpenSCAP's "No candidate or applicable
   * check found." on a notchecked rule, say), plain text with secrets redacted; absent when it gave none.
   */
  messages?: string[];
  /**
   * Why the rule failed, read from the scan (failing rules only: fail, error, unknown): the OVAL tests that
   * decided its result (from an ARF) or its SCE script's output. Absent when the file holds none.
   */
  evidence?: RuleEvidence;
}

/** What a results file was, detected from its content. */
export type ResultsFormat = 'xccdf-1.2' | 'xccdf-1.1' | 'arf' | 'testresult';

/** One scan, read from one file. */
export interface ScanResults {
  /** The file it was read from, as given. */
  source: string;
  format: ResultsFormat;
  /** `releaseInfo`: DISA's `<plain-text id="release-info">` (`Release: 1.3 Benchmark Date: 27 Oct 2021`). */
  benchmark: { id: string; version?: string; title?: string; releaseInfo?: string };
  profile: { id?: string; title?: string };
  /** The scanned target as oscap names it (a container id or image name). */
  target?: string;
  /**
   * The target's operating system as the scanner recorded it in the TestResult's facts (DISA's SCC writes
   * `os_name` and `os_version`; OpenSCAP records none).
   */
  targetOs?: string;
  scanner: { name?: string; version?: string };
  testResultId: string;
  startTime?: string;
  endTime?: string;
  /** Rules in the TestResult's order. */
  rules: RuleOutcome[];
  counts: ResultCounts;
  /**
   * Where failing rules' evidence could come from: `arf`, the ARF's OVAL results (and SCE output);
   * `xccdf`, XCCDF results only, which hold SCE output but no OVAL results (evidence for OVAL checks
   * needs the ARF).
   */
  evidenceFrom?: 'arf' | 'xccdf';
  /** Things the reader noticed that the user should hear about (e.g. extra TestResults ignored). */
  warnings: string[];
}

/** Counts with every result value present, zero where none. */
export function countResults(rules: readonly Pick<RuleOutcome, 'result'>[]): ResultCounts {
  const counts = Object.fromEntries(RULE_RESULT_VALUES.map((v) => [v, 0])) as ResultCounts;
  for (const rule of rules) counts[rule.result] += 1;
  return counts;
}

/** Rank for sorting: high first. */
export function severityRank(severity: Severity): number {
  switch (severity) {
    case 'high':
      return 0;
    case 'medium':
      return 1;
    case 'low':
      return 2;
    case 'info':
      return 3;
    case 'unknown':
      return 4;
  }
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;

function isDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9;
}

/**
 * Orders ids with their digit runs compared as numbers (`SV-9` before `SV-10`), everything else by UTF-16
 * code unit: the same order on every machine and locale (unlike `localeCompare`, whose ICU collator also
 * costs tens of milliseconds to set up in a fresh process).
 */
export function compareIds(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (isDigit(x) && isDigit(y)) {
      let endA = i;
      let endB = j;
      while (endA < a.length && isDigit(a.charCodeAt(endA))) endA++;
      while (endB < b.length && isDigit(b.charCodeAt(endB))) endB++;
      // Leading zeros aside, a longer run is a larger number; runs of one length compare as text.
      let startA = i;
      let startB = j;
      while (startA < endA - 1 && a.charCodeAt(startA) === DIGIT_0) startA++;
      while (startB < endB - 1 && b.charCodeAt(startB) === DIGIT_0) startB++;
      const byLength = endA - startA - (endB - startB);
      if (byLength !== 0) return byLength;
      for (let k = 0; k < endA - startA; k++) {
        const byDigit = a.charCodeAt(startA + k) - b.charCodeAt(startB + k);
        if (byDigit !== 0) return byDigit;
      }
      i = endA;
      j = endB;
    } else {
      if (x !== y) return x - y;
      i++;
      j++;
    }
  }
  const byRest = a.length - i - (b.length - j);
  if (byRest !== 0) return byRest;
  // Equal but for leading zeros (SV-01, SV-1): still two ids, so still a fixed order.
  return a < b ? -1 : a > b ? 1 : 0;
}
