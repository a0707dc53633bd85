/** Keeping a registry password out of what a scan prints and reports. */
import { ScanError } from './scan-error.js';

/**
 * A secret and, when it spans lines (a registry's JSON key, as `_json_key` logins take), each of its lines
 * of 8 characters or more: a tool that prints it may print one line of it.
 */
export function secretParts(secret: string): string[] {
  if (secret === '') return [];
  const lines = secret.split(/\r?\n/).map((line) => line.trim());
  return [secret, ...lines.filter((line) => line.length >= 8 && line !== secret)];
}

/** Replaces each secret in `text` with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => (secret === '' ? out : out.split(secret).join('***')), text);
}

/**
 * `error` with every secret replaced, whatever it is: a {@link ScanError}'s detail, any other error's
 * message and stack (a bug's stack is printed whole). docker's own words may quote what it was given.
 */
export function redactError(error: Error, secrets: readonly string[]): Error {
  if (secrets.every((secret) => secret === '')) return error;
  if (error instanceof ScanError)
    return new ScanError(error.step, redact(error.detail, secrets), error.produced, error.scanId);
  error.message = redact(error.message, secrets);
  if (error.stack) error.stack = redact(error.stack, secrets);
  return error;
}
