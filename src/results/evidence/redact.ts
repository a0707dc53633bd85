/**
 * Keeping secrets out of evidence. A collected item can hold a line of /etc/shadow (an account's password
 * hash) or an environment variable's value; reports are public (a PR comment), so the value is replaced
 * here, in the model, and no report ever sees it. What stays: the account, and what kind of value failed.
 */
import type { EvidenceField } from '../evidence-model.js';

/** Files whose second colon-separated field is a password hash. */
const SHADOW_FILE = /(?:^|\/)(?:g?shadow|opasswd)-?$/;

/** Environment variable names whose values are secrets by convention. */
const SECRET_NAME = /pass|secret|token|key|credential|auth|cookie|session|private/i;

export const REDACTED_HASH = '[password hash redacted]';
export const REDACTED_VALUE = '[value redacted]';

/** What a shadow password field is, without its value: empty, a lock marker, or a hash (redacted). */
export function describePasswordField(field: string): string {
  if (field === '') return '(empty: no password)';
  if (/^[!*]+$/.test(field)) return field;
  if (field.startsWith('!')) return `!${REDACTED_HASH}`;
  return REDACTED_HASH;
}

/** A shadow line (or the part of one a pattern matched) with its password field described, not shown. */
export function redactShadowLine(line: string): string {
  const fields = line.split(':');
  if (fields.length < 2) return line === '' ? line : REDACTED_HASH;
  fields[1] = describePasswordField(fields[1]!);
  return fields.join(':');
}

/** Replaces anything that looks like a password hash in free text. */
export function redactHashes(text: string): string {
  return text.replace(/\$(?:1|2[abxy]?|5|6|7|y|gy|sha1|md5|argon2(?:id|i|d))\$[^\s:]{4,}/g, REDACTED_HASH);
}

function fieldValue(fields: readonly EvidenceField[], name: string): string | undefined {
  return fields.find((field) => field.name === name)?.value;
}

/** The file an item is about, from `filepath` or `path` + `filename`. */
export function itemFile(fields: readonly EvidenceField[]): string | undefined {
  const filepath = fieldValue(fields, 'filepath');
  if (filepath) return filepath;
  const path = fieldValue(fields, 'path');
  const filename = fieldValue(fields, 'filename');
  if (path && filename) return `${path.replace(/\/+$/, '')}/${filename}`;
  return path ?? filename;
}

/**
 * An item's fields with secrets replaced: for a shadow-style file, the matched text keeps the account
 * and describes the password field, and a subexpression is kept only when it is the account or a lock
 * marker; an environment variable with a secret-sounding name loses its value; any hash left is replaced.
 */
export function redactItemFields(type: string, fields: EvidenceField[]): EvidenceField[] {
  const file = itemFile(fields);
  const shadow = file !== undefined && SHADOW_FILE.test(file);
  const accounts = new Set<string>();
  if (shadow) {
    for (const field of fields) if (field.name === 'text') accounts.add(field.value.split(':')[0] ?? '');
  }
  const secretVariable =
    type.startsWith('environmentvariable') && SECRET_NAME.test(fieldValue(fields, 'name') ?? '');
  return fields.map((field) => {
    let value = field.value;
    if (shadow && field.name === 'text') value = redactShadowLine(value);
    else if (shadow && field.name === 'subexpression') {
      const safe = accounts.has(value) || /^[!*]*$/.test(value) || /^\d+$/.test(value);
      if (!safe) value = value.includes(':') ? redactShadowLine(value) : REDACTED_HASH;
    } else if (secretVariable && field.name === 'value') value = REDACTED_VALUE;
    value = redactHashes(value);
    return value === field.value ? field : { ...field, value, redacted: true };
  });
}
