/**
 * The evidence of a failing rule, as the scan recorded it: for an OVAL check, the tests that decided the
 * definition's result, each with what it looked at (the object) and what it found (the collected items);
 * for an SCE check, the script's output. Plain data; every string came from the scanned image or the
 * content and is untrusted (reports escape it). Secrets are redacted before they get here (redact.ts).
 */

/** OVAL result values (OVAL 5.11 ResultEnumeration). */
export const OVAL_RESULT_VALUES = [
  'true',
  'false',
  'unknown',
  'error',
  'not evaluated',
  'not applicable',
] as const;
export type OvalResultValue = (typeof OVAL_RESULT_VALUES)[number];

/** One named value: an object's `path`, an item's `text`, a state's `value`. */
export interface EvidenceField {
  /** Element name without its namespace prefix: `filepath`, `pattern`, `text`, `user_id`. */
  name: string;
  value: string;
  /** The OVAL operation, where one other than `equals` applies (`pattern match`). */
  operation?: string;
  /** True when the value was replaced because it held a secret (a password hash, a key, a secret-named value). */
  redacted?: boolean;
}

/** What a test looked at: its OVAL object, with the flag the scanner recorded for it. */
export interface OvalObjectEvidence {
  id: string;
  /** `textfilecontent54_object`, `file_object`, … */
  type: string;
  fields: EvidenceField[];
  /** The collected object's flag: `complete`, `does not exist`, `error`, `incomplete`, … */
  flag?: string;
  /** Values the object's variables took (`variable_value`). */
  variables: EvidenceField[];
  /** Scanner messages on the collected object. */
  messages: string[];
}

/** One item the scanner collected for the object: a matched line, a file's metadata, a hash. */
export interface OvalItemEvidence {
  id: string;
  /** `textfilecontent_item`, `file_item`, `filehash58_item`, `environmentvariable58_item`, … */
  type: string;
  /** The item's status (`exists`, `does not exist`, `error`). */
  status?: string;
  /** Whether the item met the test's state, as the test result recorded it. */
  result?: OvalResultValue;
  fields: EvidenceField[];
}

/** One OVAL test that decided the definition's result. */
export interface OvalTestEvidence {
  id: string;
  /** `textfilecontent54_test`, `file_test`, `filehash58_test`, `environmentvariable58_test`, … */
  type: string;
  /** The test's own comment, written for people. */
  comment?: string;
  /** The test's result, before any negation in the definition. */
  result: OvalResultValue;
  /** True when the definition's criterion negates it (a test that passed then fails the rule). */
  negated: boolean;
  check?: string;
  checkExistence?: string;
  object?: OvalObjectEvidence;
  /** The state the items had to meet: the expected values. */
  state?: { id: string; type: string; fields: EvidenceField[] };
  /** Items collected, those that decided first; at most a few per test. */
  items: OvalItemEvidence[];
  /** Items collected but not listed (over the cap). */
  itemsOmitted: number;
  /** Scanner messages on the test result. */
  messages: string[];
}

/** Evidence of an OVAL check: one definition and its deciding tests. */
export interface OvalEvidence {
  kind: 'oval';
  /** The ARF report holding the OVAL results (`oval0`). */
  report: string;
  definitionId: string;
  definitionResult: OvalResultValue;
  /** The definition's title (content, not image). */
  title?: string;
  /** The deciding tests, at most a few per rule. */
  tests: OvalTestEvidence[];
  /** Deciding tests not listed (over the cap). */
  testsOmitted: number;
}

/** Evidence of an SCE (script) check: the script and what it printed. */
export interface SceEvidence {
  kind: 'sce';
  /** The script, as the check names it (`./AslrCheck.sh`). */
  script: string;
  /** The output lines (standard output and error as OpenSCAP recorded them), at most a few. */
  output: string[];
  /** Output lines not listed (over the cap). */
  outputOmitted: number;
}

export type RuleEvidence = OvalEvidence | SceEvidence;

/** Caps that keep each rule's evidence small whatever the scan holds. */
export const EVIDENCE_LIMITS = {
  testsPerRule: 5,
  itemsPerTest: 5,
  outputLines: 10,
  /** Characters of one value; longer ones are cut with an ellipsis. */
  valueChars: 500,
} as const;
