/** Keeping a registry password out of what a scan prints and reports. */

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
