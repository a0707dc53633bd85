/**
 * The gate's command-line options, shared by `compare` and `scan`. Apart from the gate itself so that `scan`
 * can parse its arguments without loading the gate and its reports, which it needs only once a scan is done.
 */
import type { ParseArgsConfig } from 'node:util';

/** The gate's options, for `compare` and for `scan` to merge into its own. */
export const gateOptions = {
  baseline: { type: 'string' },
  waivers: { type: 'string' },
  'inherited-from-host': { type: 'boolean', default: false },
  'fail-on': { type: 'string', default: 'new' },
  'severity-threshold': { type: 'string', default: 'low' },
  format: { type: 'string', default: 'text' },
  output: { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** The parsed values of {@link gateOptions} (a command's values may hold more). */
export interface GateOptionValues {
  baseline?: string;
  waivers?: string;
  'inherited-from-host'?: boolean;
  'fail-on'?: string;
  'severity-threshold'?: string;
  format?: string;
  output?: string;
}

/** The help text for {@link gateOptions}, for `compare` and `scan` usage. */
export const gateOptionsUsage = `  --baseline FILE            results of the baseline scan (XCCDF or ARF); without one every failure is new
  --waivers FILE             waivers YAML (docs/waivers.md); the action defaults to .stig-gate/waivers.yml
  --inherited-from-host      waive the built-in set of container false positives inherited from the host
  --fail-on new|any|none     which failures fail the gate (default new)
  --severity-threshold low|medium|high
                             only failures at or above it count: low CAT III, medium CAT II, high CAT I
                             (default low)
  --format text|json|markdown|sarif
                             what to print (default text); json as documented in docs/json-schemas.md
  --output FILE              write it to FILE instead of standard output
`;
