/**
 * Reading back the reports a gate wrote (stig-gate.json and stig-gate.md), for merging the reports of
 * matrix jobs or of earlier `stig-gate scan` runs into one set. A folder without a readable report is an
 * error naming it: a report that cannot be read is never taken as a pass.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError, toError } from '../errors.js';
import type { GateJson } from '../report/gate-json.js';
import { REPORT_FILES } from './gate-files.js';

/** A report read back: its JSON (checked as far as a set needs it) and its Markdown, when present. */
export interface ReadReport {
  report: GateJson;
  markdown?: string;
  jsonPath: string;
}

/** The counts a set adds up. */
const SET_COUNTS = ['newFailures', 'fixed', 'stillFailing', 'waived'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with one entry of newFailures, as far as a set reads it; undefined when nothing is. */
function ruleProblem(rule: unknown, index: number): string | undefined {
  const at = `newFailures[${index}]`;
  if (!isRecord(rule)) return `${at} is not an object`;
  for (const key of ['ruleId', 'title', 'severity'])
    if (typeof rule[key] !== 'string') return `${at}.${key} is not text`;
  if (rule.stigId !== null && rule.stigId !== undefined && typeof rule.stigId !== 'string')
    return `${at}.stigId is neither text nor null`;
  return undefined;
}

/** What is wrong with a gate JSON document, as far as a set reads it; undefined when nothing is. */
function gateJsonProblem(doc: unknown): string | undefined {
  if (!isRecord(doc)) return 'it is not a JSON object';
  if (doc.schemaVersion !== 1 && doc.schemaVersion !== 2)
    // Version 2 only added fields (evidence): the fields a set reads mean the same in both.
    return `its schemaVersion is ${JSON.stringify(doc.schemaVersion)}, not 1 or 2`;
  if (doc.verdict !== 'pass' && doc.verdict !== 'fail')
    return `its verdict is ${JSON.stringify(doc.verdict)}, not pass or fail`;
  if (typeof doc.reason !== 'string') return 'it has no reason';
  if (doc.image !== undefined && doc.image !== null && typeof doc.image !== 'string')
    return 'its image is neither text nor null';
  const counts = doc.counts;
  if (!isRecord(counts)) return 'it has no counts';
  const missing = SET_COUNTS.find((key) => !Number.isSafeInteger(counts[key]) || (counts[key] as number) < 0);
  if (missing) return `its counts.${missing} is not a count`;
  if (!Array.isArray(doc.newFailures)) return 'it has no newFailures list';
  const badRule = doc.newFailures.map(ruleProblem).find((problem) => problem !== undefined);
  if (badRule) return badRule;
  if (counts.newFailures !== doc.newFailures.length)
    return `its counts.newFailures is ${String(counts.newFailures)} but it lists ${doc.newFailures.length}`;
  // A report that passes while listing new failures its own policy fails on was not written by a gate.
  const failOn = isRecord(doc.policy) ? doc.policy.failOn : undefined;
  const counted = (doc.newFailures as Record<string, unknown>[]).filter(
    (rule) => rule.meetsThreshold !== false,
  );
  if (doc.verdict === 'pass' && (failOn === 'new' || failOn === 'any') && counted.length > 0)
    return `its verdict is pass, yet it lists ${counted.length} new failures that fail it under fail-on ${failOn}`;
  return undefined;
}

/**
 * Checks the parts of a gate JSON document that a set reads (verdict, reason, image, counts, the new
 * failures) and that they agree; `where` names it in errors. A report edited by hand, or cut short, is an
 * error naming it, never a member of the set.
 */
export function checkGateJson(value: unknown, where: string): GateJson {
  const problem = gateJsonProblem(value);
  if (problem) throw new ConfigurationError(`${where} is not a stig-gate report: ${problem}`);
  return value as GateJson;
}

/** Reads `dir`/stig-gate.json (required) and `dir`/stig-gate.md (optional). */
export async function readReportDir(dir: string, what = dir): Promise<ReadReport> {
  const jsonPath = join(dir, REPORT_FILES.json);
  let text: string;
  try {
    text = await readFile(jsonPath, 'utf8');
  } catch (error) {
    throw new ConfigurationError(
      `${what} holds no readable ${REPORT_FILES.json} (${toError(error).message.split('\n', 1)[0]}); was it written by stig-gate?`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `${what}: ${REPORT_FILES.json} is not valid JSON (${toError(error).message})`,
    );
  }
  const report = checkGateJson(parsed, `${what}: ${REPORT_FILES.json}`);
  const markdown = await readFile(join(dir, REPORT_FILES.markdown), 'utf8').catch(() => undefined);
  return markdown === undefined ? { report, jsonPath } : { report, markdown, jsonPath };
}

/** A name pattern where `*` matches any characters (and nothing else is special), as a RegExp. */
export function namePattern(pattern: string): RegExp {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`);
}
