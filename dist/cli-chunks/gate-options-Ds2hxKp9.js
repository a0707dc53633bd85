#!/usr/bin/env node
'use strict';

var args = require('./args-XQ5OqEpa.js');

/** `--fail-on`: which failures can fail the gate. */
const FAIL_ON_VALUES = ['new', 'any', 'none'];
/** `--severity-threshold`: the lowest severity that counts (low is CAT III, medium CAT II, high CAT I). */
const SEVERITY_THRESHOLDS = ['low', 'medium', 'high'];

/**
 * The records a scan leaves beside its results: scan.json (the scan's `OUTPUT_FILES.metadata`, named
 * here so that the gate loads no scanner code) and the gate's JSON report.
 */
const SIDE_FILES = { scanJson: 'scan.json', gateJson: 'stig-gate.json' };
/** A recorded value that is a fact: not blank, and not the placeholder a record writes for "not known". */
function isFact(value) {
    return value !== undefined && value.trim() !== '' && value.trim().toLowerCase() !== 'unknown';
}
/** The facts of a scan made in this run: the images as given and recorded, and the mode it ran in. */
function factsOfScan(record, plan) {
    return {
        scannerImage: plan.scannerImage,
        mode: isFact(record.mode) ? record.mode : plan.mode,
        ...(isFact(record.scannerDigest) && { scannerDigest: record.scannerDigest }),
        ...(isFact(record.targetDigest) && { targetDigest: record.targetDigest }),
        ...(isFact(record.oscapVersion) && { oscapVersion: record.oscapVersion }),
    };
}
function parseObject(text) {
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function objectAt(json, key) {
    const value = json?.[key];
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function textAt(json, key) {
    const value = json?.[key];
    return typeof value === 'string' && isFact(value) ? value : undefined;
}
function sameCounts(recorded, counts) {
    return recorded !== undefined && args.RULE_RESULT_VALUES.every((value) => recorded[value] === counts[value]);
}
/** The fact fields a record may carry, read as text (anything else is left out). */
function factsIn(json) {
    const facts = {};
    for (const key of ['scannerImage', 'scannerDigest', 'oscapVersion', 'mode', 'targetDigest']) {
        const value = textAt(json, key);
        if (value !== undefined)
            facts[key] = value;
    }
    return facts;
}
/**
 * The facts in a scan.json, when its result counts are the results file's (scan.json holds no time; the
 * scan writes both files together, and one that disagrees belongs to another scan).
 */
function factsFromScanJson(text, results) {
    const json = parseObject(text);
    return sameCounts(objectAt(json, 'counts'), results.counts) ? factsIn(json) : {};
}
/**
 * The facts of the current scan in a stig-gate.json, when that scan is the results file's: the same
 * TestResult, start and end time and counts.
 */
function factsFromGateJson(text, results) {
    const current = objectAt(parseObject(text), 'current');
    const sameScan = current !== undefined &&
        current.testResultId === results.testResultId &&
        (current.startTime ?? undefined) === results.startTime &&
        (current.endTime ?? undefined) === results.endTime &&
        sameCounts(objectAt(current, 'counts'), results.counts);
    return sameScan ? factsIn(objectAt(current, 'facts')) : {};
}

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
exports.SIDE_FILES = SIDE_FILES;
exports.factsFromGateJson = factsFromGateJson;
exports.factsFromScanJson = factsFromScanJson;
exports.factsOfScan = factsOfScan;
exports.gateOptions = gateOptions;
exports.gateOptionsUsage = gateOptionsUsage;
