#!/usr/bin/env node
'use strict';

var args = require('./args-dSYN6lb7.js');

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

exports.SIDE_FILES = SIDE_FILES;
exports.factsFromGateJson = factsFromGateJson;
exports.factsFromScanJson = factsFromScanJson;
exports.factsOfScan = factsOfScan;
