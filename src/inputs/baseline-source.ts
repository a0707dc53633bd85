/** The `baseline` input: where the scan to compare with comes from. */
import { ConfigurationError } from '../errors.js';

/**
 * Where the baseline comes from.
 * - `none`: no baseline; every failure counts as new.
 * - `file`: a results file (XCCDF or ARF) committed in the repository.
 * - `artifact`: the results artifact of the latest successful run of this workflow on the default
 *   branch; `name` is the artifact to look for, or this run's own artifact name when absent.
 * - `image`: another image, scanned in this run with the same scanner, profile and content.
 */
export type BaselineSource =
  | { kind: 'none' }
  | { kind: 'file'; path: string }
  | { kind: 'artifact'; name?: string }
  | { kind: 'image'; image: string };

/** What the `baseline` input accepts, for error messages and docs. */
export const BASELINE_FORMS =
  "a results file path (or 'file:<path>'), 'artifact', 'artifact:<name>', or 'image:<reference>'";

/**
 * Parses the `baseline` input. An empty value is `none`; `artifact`, `artifact:<name>`,
 * `image:<reference>` and `file:<path>` are explicit; anything else is taken as a file path.
 */
export function parseBaselineSource(value: string): BaselineSource {
  const text = value.trim();
  if (text === '' || text === 'none') return { kind: 'none' };
  if (text === 'artifact') return { kind: 'artifact' };
  const colon = text.indexOf(':');
  const prefix = colon > 0 ? text.slice(0, colon) : '';
  const rest = text.slice(colon + 1).trim();
  switch (prefix) {
    case 'artifact':
      if (rest === '') throw emptyAfter('artifact');
      return { kind: 'artifact', name: rest };
    case 'image':
      if (rest === '') throw emptyAfter('image');
      return { kind: 'image', image: rest };
    case 'file':
      if (rest === '') throw emptyAfter('file');
      return { kind: 'file', path: rest };
    default:
      return { kind: 'file', path: text };
  }
}

function emptyAfter(prefix: string): ConfigurationError {
  return new ConfigurationError(
    `Input 'baseline' is '${prefix}:' with nothing after it; it accepts ${BASELINE_FORMS}`,
  );
}
