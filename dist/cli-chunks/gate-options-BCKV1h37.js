#!/usr/bin/env node
'use strict';

/** `--fail-on`: which failures can fail the gate. */
const FAIL_ON_VALUES = ['new', 'any', 'none'];
/** `--severity-threshold`: the lowest severity that counts (low is CAT III, medium CAT II, high CAT I). */
const SEVERITY_THRESHOLDS = ['low', 'medium', 'high'];

/** The gate's options, for `compare` and for `scan` to merge into its own. */
const gateOptions = {
    baseline: { type: 'string' },
    waivers: { type: 'string' },
    'inherited-from-host': { type: 'boolean', default: false },
    'fail-on': { type: 'string', default: 'new' },
    'severity-threshold': { type: 'string', default: 'low' },
    format: { type: 'string', default: 'text' },
    output: { type: 'string' },
};
/** The help text for {@link gateOptions}, for `compare` and `scan` usage. */
const gateOptionsUsage = `  --baseline FILE            results of the baseline scan (XCCDF or ARF); without one every failure is new
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

exports.FAIL_ON_VALUES = FAIL_ON_VALUES;
exports.SEVERITY_THRESHOLDS = SEVERITY_THRESHOLDS;
exports.gateOptions = gateOptions;
exports.gateOptionsUsage = gateOptionsUsage;
