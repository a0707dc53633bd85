/** The `baseline` input: where the scan to compare with comes from. */
import { ConfigurationError } from '../errors.js';

/**
 * Where the baseline comes from.
 * - `none`: no baseline; every failure counts as new.
 * - `file`: a results file (XCCDF or ARF) committed in the repository.
 * - `artifact`: the results artifact of the latest successful run of this workflow on the default
 *   branch; `name` is the artifact to look for, or this run's own artifact name when absent;
 *   `otherwise` is the baseline to use while no such artifact exists (the pull request that adds the
 *   workflow, before the default branch has run it).
 * - `image`: another image, scanned in this run with the same scanner, profile and content.
 */
export type BaselineSource =
  | { kind: 'none' }
  | { kind: 'file'; path: string }
  | { kind: 'artifact'; name?: string; otherwise?: Exclude<BaselineSource, { kind: 'artifact' | 'none' }> }
  | { kind: 'image'; image: string };

/** What the `baseline` input accepts, for error messages and docs. */
export const BASELINE_FORMS =
  "a results file path (or 'file:<path>'), 'artifact', 'artifact:<name>', or 'image:<reference>'; " +
  "'artifact || image:<reference>' (or a file) for what to use until the artifact exists";

/** Separates an artifact baseline from the one used while the artifact does not exist yet. */
const OTHERWISE = '||';

/**
 * Parses the `baseline` input. An empty value is `none`; `artifact`, `artifact:<name>`,
 * `image:<reference>` and `file:<path>` are explicit; anything else is taken as a file path.
 */
export function parseBaselineSource(value: string): BaselineSource {
  const split = value.indexOf(OTHERWISE);
  if (split >= 0) return parseWithFallback(value.slice(0, split), value.slice(split + OTHERWISE.length));
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

/** `artifact[:name] || <file or image>`: only an artifact can be missing for a reason that passes. */
function parseWithFallback(first: string, second: string): BaselineSource {
  const primary = parseBaselineSource(first);
  const otherwise = second.includes(OTHERWISE) ? undefined : parseBaselineSource(second);
  if (
    primary.kind !== 'artifact' ||
    otherwise === undefined ||
    otherwise.kind === 'artifact' ||
    otherwise.kind === 'none'
  ) {
    throw new ConfigurationError(
      `Input 'baseline' is '${first.trim()} || ${second.trim()}'; '||' goes between 'artifact' (or ` +
        `'artifact:<name>') and one file or 'image:<reference>', e.g. 'artifact || image:app:base'`,
    );
  }
  return { ...primary, otherwise };
}

function emptyAfter(prefix: string): ConfigurationError {
  return new ConfigurationError(
    `Input 'baseline' is '${prefix}:' with nothing after it; it accepts ${BASELINE_FORMS}`,
  );
}
