/**
 * Reading a waivers file (YAML). Every problem is a {@link ConfigurationError} naming the file, the entry
 * (number, line and rule) and what was expected, so the author can fix it without reading code.
 */
import { readFile } from 'node:fs/promises';
import { LineCounter, isNode, isSeq, parseDocument } from 'yaml';
import { ConfigurationError, toError } from '../errors.js';
import type { Waiver } from './types.js';
import { RULE_REFERENCE_FORMS, parseRuleReference } from './waivers.js';

/** Where the action looks for waivers when no path is given. */
export const DEFAULT_WAIVERS_PATH = '.stig-gate/waivers.yml';

const ENTRY_KEYS = new Set(['rule', 'reason', 'owner', 'expires', 'images']);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads and validates the waivers file at `path`. */
export async function loadWaiversFile(path: string): Promise<Waiver[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? 'no such file' : toError(error).message;
    throw new ConfigurationError(`waivers file ${path}: ${detail}; check the waivers path`);
  }
  return parseWaivers(text, path);
}

/**
 * Parses waivers YAML: a mapping whose `waivers` key lists entries with `rule` and `reason` (required),
 * `owner`, `expires` (YYYY-MM-DD) and `images`. `file` names the source in messages. An empty document
 * has no waivers.
 */
export function parseWaivers(text: string, file: string): Waiver[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const [syntaxError] = doc.errors;
  if (syntaxError)
    throw new ConfigurationError(`waivers file ${file}: not valid YAML: ${syntaxError.message}`);
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // The yaml library refuses aliases that expand past its limit (an "alias bomb") while building values.
    throw new ConfigurationError(`waivers file ${file}: cannot be read: ${toError(error).message}`);
  }
  if (data === null || data === undefined) return [];
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigurationError(
      `waivers file ${file}: expected a mapping with a 'waivers:' list at the top`,
    );
  }
  for (const key of Object.keys(data)) {
    if (key !== 'waivers') {
      throw new ConfigurationError(
        `waivers file ${file}: unknown top-level key '${key}'; only 'waivers' is allowed`,
      );
    }
  }
  const list = (data as { waivers?: unknown }).waivers;
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list))
    throw new ConfigurationError(`waivers file ${file}: 'waivers' must be a list of entries`);
  const seq = doc.get('waivers', true);
  const lines = isSeq(seq)
    ? seq.items.map((item) =>
        isNode(item) && item.range ? lineCounter.linePos(item.range[0]).line : undefined,
      )
    : [];
  return list.map((entry: unknown, index) => parseEntry(entry, file, index + 1, lines[index]));
}

function parseEntry(value: unknown, file: string, number: number, line: number | undefined): Waiver {
  const at = `waivers file ${file}: entry ${number}${line === undefined ? '' : ` (line ${line})`}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigurationError(`${at}: expected a mapping with 'rule' and 'reason'`);
  }
  const entry = value as Record<string, unknown>;
  const ruleText = typeof entry.rule === 'string' ? entry.rule.trim() : undefined;
  const named = ruleText ? `${at} (${ruleText})` : at;
  for (const key of Object.keys(entry)) {
    if (!ENTRY_KEYS.has(key)) {
      throw new ConfigurationError(`${named}: unknown key '${key}'; allowed: ${[...ENTRY_KEYS].join(', ')}`);
    }
  }
  if (!ruleText) {
    const given = entry.rule !== undefined && entry.rule !== null && typeof entry.rule !== 'string';
    const got = given ? `must be text (quote it in YAML), got ${JSON.stringify(entry.rule)}` : 'is required';
    throw new ConfigurationError(`${named}: 'rule' ${got}: ${RULE_REFERENCE_FORMS}`);
  }
  if (parseRuleReference(ruleText) === undefined) {
    throw new ConfigurationError(`${named}: 'rule' must be ${RULE_REFERENCE_FORMS}; got '${ruleText}'`);
  }
  const reason = optionalText(entry.reason, 'reason', named);
  if (reason === undefined) {
    throw new ConfigurationError(`${named}: 'reason' is required: say why this failure is acceptable`);
  }
  const waiver: Waiver = { rule: ruleText, reason, origin: `${file} entry ${number} (${ruleText})` };
  const owner = optionalText(entry.owner, 'owner', named);
  if (owner !== undefined) waiver.owner = owner;
  if (entry.expires !== undefined && entry.expires !== null) waiver.expires = parseDate(entry.expires, named);
  if (entry.images !== undefined && entry.images !== null) waiver.images = parseImages(entry.images, named);
  return waiver;
}

function optionalText(value: unknown, key: string, at: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new ConfigurationError(`${at}: '${key}' must be text`);
  }
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

function parseDate(value: unknown, at: string): string {
  const text = typeof value === 'string' ? value.trim() : undefined;
  const match = text === undefined ? null : DATE.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day)
      return text!;
  }
  throw new ConfigurationError(
    `${at}: 'expires' must be a date as YYYY-MM-DD (e.g. 2026-12-31); got ${JSON.stringify(value)}`,
  );
}

function parseImages(value: unknown, at: string): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0) {
    throw new ConfigurationError(`${at}: 'images' must be an image reference or a non-empty list of them`);
  }
  return list.map((image) => {
    if (typeof image !== 'string' || image.trim() === '' || /\s/.test(image.trim())) {
      throw new ConfigurationError(
        `${at}: 'images' entries must be image references without spaces; got ${JSON.stringify(image)}`,
      );
    }
    return image.trim();
  });
}
