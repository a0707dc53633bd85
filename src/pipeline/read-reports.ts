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

/** Checks the parts of a gate JSON document that a set reads; `where` names it in errors. */
export function checkGateJson(value: unknown, where: string): GateJson {
  const doc = value as (Omit<Partial<GateJson>, 'schemaVersion'> & { schemaVersion?: unknown }) | null;
  const problem =
    typeof doc !== 'object' || doc === null
      ? 'it is not a JSON object'
      : doc.schemaVersion !== 1 && doc.schemaVersion !== 2
        ? // Version 2 only added fields (evidence): the fields a set reads mean the same in both.
          `its schemaVersion is ${JSON.stringify(doc.schemaVersion)}, not 1 or 2`
        : doc.verdict !== 'pass' && doc.verdict !== 'fail'
          ? `its verdict is ${JSON.stringify(doc.verdict)}, not pass or fail`
          : typeof doc.counts !== 'object' ||
              doc.counts === null ||
              typeof doc.counts.newFailures !== 'number'
            ? 'it has no counts'
            : !Array.isArray(doc.newFailures)
              ? 'it has no newFailures list'
              : undefined;
  if (problem) throw new ConfigurationError(`${where} is not a stig-gate report: ${problem}`);
  return doc as GateJson;
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
