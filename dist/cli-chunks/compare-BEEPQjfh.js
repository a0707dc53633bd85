#!/usr/bin/env node
'use strict';

var args = require('./args-Cjw6L1O6.js');
var promises = require('node:fs/promises');
var cli = require('../cli.js');
var gateFiles = require('./gate-files-BZ9zFXBw.js');
var node_path = require('node:path');

/** `--fail-on`: which failures can fail the gate. */
const FAIL_ON_VALUES = ['new', 'any', 'none'];
/** `--severity-threshold`: the lowest severity that counts (low is CAT III, medium CAT II, high CAT I). */
const SEVERITY_THRESHOLDS = ['low', 'medium', 'high'];

/**
 * The `compare --format text` view for a terminal: verdict, what was compared, counts, then the lists with
 * the most severe first. Text from files is flattened to one line with control characters removed, so a
 * results file cannot move the cursor or recolour the terminal.
 */
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}
function scanLines(label, scan) {
    const benchmark = `${scan.benchmark.title ?? scan.benchmark.id} ${scan.benchmark.version ?? ''}`.trim();
    const what = [node_path.basename(scan.source), scan.target, benchmark, scan.profile.id, scan.endTime].filter(Boolean);
    const facts = gateFiles.describeScanFacts(scan.facts);
    return [
        `${label.padEnd(9)} ${args.oneLine(what.join(' · '))}`,
        ...(facts === undefined ? [] : [`${''.padEnd(9)} scanned with ${args.oneLine(facts)}`]),
    ];
}
function ruleLine(rule, width, label = '') {
    const change = rule.baselineResult === undefined ? rule.result : `${rule.baselineResult} → ${rule.result}`;
    const marker = rule.meetsThreshold ? '' : '[below threshold] ';
    const head = `  ${rule.severity.padEnd(7)} ${args.oneLine(args.stigLabel(rule)).padEnd(10)} ${change.padEnd(14)} `;
    return head + truncate(args.oneLine(`${marker}${label}${rule.title}`), Math.max(20, width - head.length));
}
/** Renders the result for a terminal `width` columns wide. */
function gateText(result, width = 100) {
    const { counts } = result;
    const lines = [
        `${result.verdict === 'fail' ? 'FAIL' : 'PASS'}  ${result.reason}`,
        ...(result.notices ?? []).map((notice) => `notice: ${args.oneLine(notice)}`),
        '',
        ...scanLines('current', result.current),
        ...(result.baseline
            ? [
                ...scanLines('baseline', result.baseline),
                ...(result.baselineFrom ? [`${''.padEnd(9)} from ${args.oneLine(result.baselineFrom)}`] : []),
            ]
            : ['baseline  none: every failure counts as new']),
        `policy    ${gateFiles.describePolicy(result.policy)}, inherited-from-host ${result.inheritedFromHostEnabled ? 'on' : 'off'}`,
        ...(result.image ? [`image     ${args.oneLine(result.image)}`] : []),
        '',
        [
            `new failures ${counts.newFailures}`,
            `fixed ${counts.fixed}`,
            `still failing ${counts.stillFailing}`,
            `waived ${counts.waived}`,
            ...(result.inheritedFromHostEnabled ? [`inherited from host ${counts.inheritedFromHost}`] : []),
            `pass ${counts.passed}`,
            `notapplicable ${counts.notapplicable}`,
        ].join(' · '),
        // Said just before the new failures (the first list): they may come from the scanner, not the image.
        ...(result.scannerDrift ? ['', `scanner changed: ${args.oneLine(result.scannerDrift.notice)}`] : []),
    ];
    /** A list of rules; `detail` adds an indented second line (a waiver's reason, a failure's why). */
    const list = (title, rules, label = () => '', detail = () => undefined) => {
        if (rules.length === 0)
            return;
        lines.push('', `${title} (${rules.length}):`);
        for (const rule of rules) {
            lines.push(ruleLine(rule, width, label(rule)));
            const more = detail(rule);
            if (more !== undefined)
                lines.push(`      ${truncate(args.oneLine(more), Math.max(20, width - 6))}`);
        }
    };
    // One line of why under each failure; the full evidence is in the JSON and SARIF reports.
    const evidence = (rule) => (rule.evidence ? `why: ${gateFiles.evidenceSummary(rule.evidence)}` : undefined);
    list('New failures', result.newFailures, () => '', evidence);
    list('Fixed', result.fixed);
    list('Still failing', result.stillFailing, () => '', evidence);
    list('Waived', result.waived, () => '', ({ waiver }) => waiver &&
        `waived: ${waiver.reason} (${[waiver.owner, waiver.expires && `until ${waiver.expires}`, waiver.origin].filter(Boolean).join(', ')})`);
    list('Inherited from host', result.inheritedFromHost, (rule) => `[${rule.inherited?.category ?? ''}] `);
    list('New rules', result.newRules);
    list('Removed rules', result.removedRules);
    if (result.expiredWaivers.length + result.staleWaivers.length > 0) {
        lines.push('', 'Waivers to review:');
        for (const { waiver, matchedRules } of result.expiredWaivers) {
            lines.push(`  ${args.oneLine(`expired ${waiver.expires ?? ''}: ${waiver.origin} (${matchedRules.length} failures count again)`)}`);
        }
        for (const { waiver, detail } of result.staleWaivers)
            lines.push(`  ${args.oneLine(`stale: ${waiver.origin}: ${detail}`)}`);
    }
    return lines.join('\n') + '\n';
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

/**
 * `stig-gate compare --current C [--baseline B] …`: gate a results file against a baseline, waivers and a
 * policy, and report. The report's rendering, writing and the verdict line are shared with `scan`.
 */
const FORMATS = ['text', 'json', 'markdown', 'sarif'];
const compareUsage = `Usage: stig-gate compare --current FILE [--baseline FILE] [--waivers FILE] [--inherited-from-host]
                         [--fail-on new|any|none] [--severity-threshold low|medium|high]
                         [--format text|json|markdown|sarif] [--output FILE] [--image REF] [--reports-dir DIR]

Compares the current scan's results with a baseline's (rules matched by id), applies waivers and the
policy, and reports new failures, fixed rules, rules still failing and waived ones. error and unknown
results count as failures. Exits 0 when the gate passes, 2 when it fails, 1 on an error (unreadable or
empty results, a scan that evaluated nothing or whose every check ended in error or unknown, a malformed
waivers file).

  --current FILE             results of the current scan (XCCDF --results or --results-arf output;
                             the ARF also says why each rule failed: the evidence in the reports)
${gateOptionsUsage}  --image REF                the scanned image, for waivers limited to images and SARIF locations
  --reports-dir DIR          also write stig-gate.json, stig-gate.sarif and stig-gate.md into DIR
`;
/** The --format value, checked. */
function reportFormat(values) {
    return args.oneOf('--format', values.format ?? 'text', FORMATS);
}
/** The report in `format`, for --output or standard output. */
function renderReport(result, format) {
    switch (format) {
        case 'text':
            return gateText(result);
        case 'json':
            return `${JSON.stringify(gateFiles.gateJson(result), null, 2)}\n`;
        case 'markdown':
            return gateFiles.renderMarkdown(result, {
                fullReportHint: 'the JSON output (`stig-gate compare --format json`)',
            });
        case 'sarif':
            return `${JSON.stringify(gateFiles.renderSarif(result), null, 2)}\n`;
    }
}
/**
 * Gates `current` (a results file, or results already read) with the parsed {@link gateOptions} `values`
 * and renders the report; writes and prints nothing. Errors are thrown.
 */
async function runGate(current, values, extra = {}) {
    const failOn = args.oneOf('--fail-on', values['fail-on'] ?? 'new', FAIL_ON_VALUES);
    const severityThreshold = args.oneOf('--severity-threshold', values['severity-threshold'] ?? 'low', SEVERITY_THRESHOLDS);
    const format = reportFormat(values);
    await refuseOutputOverInput(values, typeof current === 'string' ? current : undefined);
    const { result, current: scanned } = await gateFiles.gateScans({
        current,
        baseline: values.baseline,
        waivers: values.waivers,
        inheritedFromHost: values['inherited-from-host'] ?? false,
        policy: { failOn, severityThreshold },
        image: extra.image,
    });
    return {
        result,
        current: scanned,
        report: renderReport(result, format),
        ...(extra.reportsDir !== undefined && { reports: gateFiles.renderReports(result) }),
    };
}
/**
 * --output naming a file the gate reads would replace it with the report: refused before anything is read.
 * The same file is found by its device and inode, so a relative path or a link to it is caught too.
 */
async function refuseOutputOverInput(values, current) {
    if (values.output === undefined)
        return;
    const output = await promises.stat(values.output).catch(() => undefined);
    if (!output?.isFile())
        return;
    const inputs = [
        ['--current', current],
        ['--baseline', values.baseline],
        ['--waivers', values.waivers],
    ];
    for (const [option, file] of inputs) {
        const input = file === undefined ? undefined : await promises.stat(file).catch(() => undefined);
        if (input && input.dev === output.dev && input.ino === output.ino) {
            throw new cli.ConfigurationError(`--output ${values.output} is the ${option} file ${file}: the report would replace it; name another file`);
        }
    }
}
/**
 * Writes a gate run's report (--output, else standard output) and the reports directory's files, then
 * prints the warnings and the verdict; returns the exit code: 0 passed, 2 failed. A reports directory that
 * cannot be written is an error thrown after the report has been written, so the report is not lost.
 */
async function reportGate(outcome, values, io, extra = {}) {
    const { result, report, reports } = outcome;
    await writeReport(report, values, io);
    if (extra.reportsDir !== undefined) {
        const files = await gateFiles.writeRenderedReports(reports ?? gateFiles.renderReports(result), extra.reportsDir);
        io.stderr(`reports: ${files.json}, ${files.sarif}, ${files.markdown}\n`);
    }
    if (extra.afterReports)
        await extra.afterReports(outcome);
    return printVerdict(result, values, io);
}
/** Writes the report to --output, else standard output. */
async function writeReport(report, values, io) {
    if (values.output === undefined)
        return io.stdout(report);
    try {
        await promises.writeFile(values.output, report);
    }
    catch (error) {
        throw new cli.ConfigurationError(`cannot write --output ${values.output}: ${cli.toError(error).message}`);
    }
}
/** Prints the warnings and the verdict; returns the exit code: 0 passed, 2 failed. */
function printVerdict(result, values, io) {
    for (const warning of result.warnings)
        io.stderr(`warning: ${args.oneLine(warning)}\n`);
    if (result.scannerDrift)
        io.stderr(`warning: scanner changed since the baseline: ${args.oneLine(result.scannerDrift.notice)}\n`);
    // The verdict is the last line a log shows, unless the text report on stdout already starts with it.
    if ((values.format ?? 'text') !== 'text' || values.output !== undefined) {
        io.stderr(`${result.verdict === 'fail' ? 'FAIL' : 'PASS'}: ${result.reason}\n`);
    }
    return result.verdict === 'fail' ? cli.EXIT_FAIL : cli.EXIT_PASS;
}
/** Gates `current` and reports it (see {@link runGate} and {@link reportGate}). */
async function gateAndReport(current, values, io, extra = {}) {
    return reportGate(await runGate(current, values, extra), values, io, extra);
}
async function compare(argv, io) {
    const { values, positionals } = args.parseCommandArgs('compare', argv, {
        ...gateOptions,
        current: { type: 'string' },
        image: { type: 'string' },
        'reports-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
        io.stdout(compareUsage);
        return cli.EXIT_PASS;
    }
    if (positionals.length > 0) {
        throw new cli.ConfigurationError(`compare takes no positional arguments, got '${positionals[0]}'; name the results file with --current`);
    }
    if (values.current === undefined) {
        throw new cli.ConfigurationError(`compare needs --current FILE: the results of the scan to gate\n\n${compareUsage}`);
    }
    return gateAndReport(values.current, values, io, {
        image: values.image,
        reportsDir: values['reports-dir'],
    });
}

var compare$1 = /*#__PURE__*/Object.freeze({
    __proto__: null,
    compare: compare,
    compareUsage: compareUsage,
    gateAndReport: gateAndReport,
    printVerdict: printVerdict,
    refuseOutputOverInput: refuseOutputOverInput,
    renderReport: renderReport,
    reportFormat: reportFormat,
    reportGate: reportGate,
    runGate: runGate,
    writeReport: writeReport
});

exports.FAIL_ON_VALUES = FAIL_ON_VALUES;
exports.SEVERITY_THRESHOLDS = SEVERITY_THRESHOLDS;
exports.compare = compare$1;
exports.gateOptions = gateOptions;
exports.gateOptionsUsage = gateOptionsUsage;
exports.printVerdict = printVerdict;
exports.refuseOutputOverInput = refuseOutputOverInput;
exports.renderReport = renderReport;
exports.reportFormat = reportFormat;
exports.reportGate = reportGate;
exports.runGate = runGate;
exports.writeReport = writeReport;
