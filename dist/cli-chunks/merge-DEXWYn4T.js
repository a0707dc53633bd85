#!/usr/bin/env node
'use strict';

var node_path = require('node:path');
var cli = require('../cli.js');
var setOutput = require('./set-output-Bn3oaIcH.js');
var imageKey = require('./image-key-DiHdaawd.js');
var promises = require('node:fs/promises');
var gateFiles = require('./gate-files-BZ9zFXBw.js');
var args = require('./args-Cjw6L1O6.js');
require('node:crypto');
require('node:os');
require('node:util');

/**
 * Merging reports made elsewhere (matrix jobs' artifacts, earlier `stig-gate scan` folders) into one set,
 * in the order of the images expected. An expected image without a report is a member with an error that
 * names it, so the set's verdict is an error and never a pass; a report for an image not expected is kept,
 * after them, so that nothing found is dropped.
 */
/**
 * Matches `found` (each with its report's image, or an error) to `expected` images: by the report's image
 * (without a digest), else by the default artifact name of the image and `profile`. `missingWhy` says what
 * a missing report means where the merge runs.
 */
function mergeReports(expected, found, profile, missingWhy) {
    const left = [...found];
    const members = expected.map((image) => {
        const artifactName = setOutput.defaultArtifactName(image, profile);
        const key = imageKey.imageKey(image);
        const sameImage = (member) => {
            const reported = member.report?.image;
            return typeof reported === 'string' && imageKey.imageKey(reported) === key;
        };
        let at = left.findIndex(sameImage);
        if (at < 0)
            at = left.findIndex((m) => m.artifactName === artifactName);
        if (at < 0)
            return { image, artifactName, error: missingWhy(image, artifactName) };
        const [member] = left.splice(at, 1);
        return { ...member, image };
    });
    return { members: [...members, ...left], unexpected: left.map((m) => m.image) };
}

/**
 * Reading back the reports a gate wrote (stig-gate.json and stig-gate.md), for merging the reports of
 * matrix jobs or of earlier `stig-gate scan` runs into one set. A folder without a readable report is an
 * error naming it: a report that cannot be read is never taken as a pass.
 */
/** The counts a set adds up. */
const SET_COUNTS = ['newFailures', 'fixed', 'stillFailing', 'waived'];
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** What is wrong with one entry of newFailures, as far as a set reads it; undefined when nothing is. */
function ruleProblem(rule, index) {
    const at = `newFailures[${index}]`;
    if (!isRecord(rule))
        return `${at} is not an object`;
    for (const key of ['ruleId', 'title', 'severity'])
        if (typeof rule[key] !== 'string')
            return `${at}.${key} is not text`;
    if (rule.stigId !== null && rule.stigId !== undefined && typeof rule.stigId !== 'string')
        return `${at}.stigId is neither text nor null`;
    return undefined;
}
/** What is wrong with a gate JSON document, as far as a set reads it; undefined when nothing is. */
function gateJsonProblem(doc) {
    if (!isRecord(doc))
        return 'it is not a JSON object';
    if (doc.schemaVersion !== 1 && doc.schemaVersion !== 2)
        // Version 2 only added fields (evidence): the fields a set reads mean the same in both.
        return `its schemaVersion is ${JSON.stringify(doc.schemaVersion)}, not 1 or 2`;
    if (doc.verdict !== 'pass' && doc.verdict !== 'fail')
        return `its verdict is ${JSON.stringify(doc.verdict)}, not pass or fail`;
    if (typeof doc.reason !== 'string')
        return 'it has no reason';
    if (doc.image !== undefined && doc.image !== null && typeof doc.image !== 'string')
        return 'its image is neither text nor null';
    const counts = doc.counts;
    if (!isRecord(counts))
        return 'it has no counts';
    const missing = SET_COUNTS.find((key) => !Number.isSafeInteger(counts[key]) || counts[key] < 0);
    if (missing)
        return `its counts.${missing} is not a count`;
    if (!Array.isArray(doc.newFailures))
        return 'it has no newFailures list';
    const badRule = doc.newFailures.map(ruleProblem).find((problem) => problem !== undefined);
    if (badRule)
        return badRule;
    if (counts.newFailures !== doc.newFailures.length)
        return `its counts.newFailures is ${String(counts.newFailures)} but it lists ${doc.newFailures.length}`;
    // A report that passes while listing new failures its own policy fails on was not written by a gate.
    const failOn = isRecord(doc.policy) ? doc.policy.failOn : undefined;
    const counted = doc.newFailures.filter((rule) => rule.meetsThreshold !== false);
    if (doc.verdict === 'pass' && (failOn === 'new' || failOn === 'any') && counted.length > 0)
        return `its verdict is pass, yet it lists ${counted.length} new failures that fail it under fail-on ${failOn}`;
    return undefined;
}
/**
 * Checks the parts of a gate JSON document that a set reads (verdict, reason, image, counts, the new
 * failures) and that they agree; `where` names it in errors. A report edited by hand, or cut short, is an
 * error naming it, never a member of the set.
 */
function checkGateJson(value, where) {
    const problem = gateJsonProblem(value);
    if (problem)
        throw new cli.ConfigurationError(`${where} is not a stig-gate report: ${problem}`);
    return value;
}
/** Reads `dir`/stig-gate.json (required) and `dir`/stig-gate.md (optional). */
async function readReportDir(dir, what = dir) {
    const jsonPath = node_path.join(dir, gateFiles.REPORT_FILES.json);
    let text;
    try {
        text = await promises.readFile(jsonPath, 'utf8');
    }
    catch (error) {
        throw new cli.ConfigurationError(`${what} holds no readable ${gateFiles.REPORT_FILES.json} (${cli.toError(error).message.split('\n', 1)[0]}); was it written by stig-gate?`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new cli.ConfigurationError(`${what}: ${gateFiles.REPORT_FILES.json} is not valid JSON (${cli.toError(error).message})`);
    }
    const report = checkGateJson(parsed, `${what}: ${gateFiles.REPORT_FILES.json}`);
    const markdown = await promises.readFile(node_path.join(dir, gateFiles.REPORT_FILES.markdown), 'utf8').catch(() => undefined);
    return markdown === undefined ? { report, jsonPath } : { report, markdown, jsonPath };
}

/**
 * `stig-gate merge DIR… [--expect IMAGE]…`: one verdict for reports gated elsewhere — matrix jobs' report
 * artifacts once downloaded, or earlier `stig-gate scan` folders. Each DIR holds one image's stig-gate.json
 * (and stig-gate.md). An --expect image without a report, or a DIR without a readable one, makes the set an
 * error naming it (exit 1), never a pass.
 */
const mergeUsage = `Usage: stig-gate merge DIR... [--expect IMAGE]... [--profile ID] [--format text|json|markdown]
                       [--output FILE]

Merges the reports in each DIR (one image's stig-gate.json and stig-gate.md, as 'stig-gate scan' writes
them or a matrix job's report artifact holds them) into one verdict for the set, with a row per image and
the new failures grouped by image (a rule failing newly on several images is said once).
Exits 0 every image passed, 2 one failed, 1 an image has no verdict (a DIR without a readable report, or
an --expect image that no DIR reports on).

  --expect IMAGE             an image the set must hold (repeat it); one without a report is an error
  --profile ID               the profile the reports were gated with (default ${imageKey.DEFAULT_PROFILE}), for the
                             artifact names an --expect image is also matched by
  --format text|json|markdown
                             what to print (default text)
  --output FILE              write it to FILE instead of standard output
`;
async function merge(argv, io) {
    const { values, positionals } = args.parseCommandArgs('merge', argv, {
        expect: { type: 'string', multiple: true },
        profile: { type: 'string', default: imageKey.DEFAULT_PROFILE },
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
        io.stdout(mergeUsage);
        return cli.EXIT_PASS;
    }
    if (positionals.length === 0)
        throw new cli.ConfigurationError(`merge needs at least one DIR holding a stig-gate.json\n\n${mergeUsage}`);
    const found = await Promise.all(positionals.map(async (dir) => {
        const name = node_path.basename(node_path.resolve(dir));
        try {
            const read = await readReportDir(dir, `folder '${dir}'`);
            return {
                image: read.report.image ?? name,
                artifactName: name,
                outputDir: dir,
                jsonPath: read.jsonPath,
                report: read.report,
                ...(read.markdown !== undefined && { markdown: read.markdown }),
            };
        }
        catch (thrown) {
            const error = cli.toError(thrown);
            if (!cli.isUserError(error))
                throw error;
            return { image: name, artifactName: name, outputDir: dir, error: error.message };
        }
    }));
    const expected = values.expect ?? [];
    const members = expected.length === 0
        ? found
        : mergeReports(expected, found, values.profile, (image) => `no report: none of the folders given holds a report for ${image}`).members;
    return setOutput.reportSet(members, {
        format: values.format,
        output: values.output,
        heading: `STIG gate: ${members.length} images (${values.profile})`,
    }, io);
}

exports.merge = merge;
exports.mergeUsage = mergeUsage;
