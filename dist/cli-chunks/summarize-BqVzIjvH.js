#!/usr/bin/env node
'use strict';

var args = require('./args-Cjw6L1O6.js');
var cli = require('../cli.js');
require('node:fs/promises');
require('node:util');

function summaryJson(results) {
    return {
        schemaVersion: 1,
        source: results.source,
        format: results.format,
        benchmark: results.benchmark,
        profile: results.profile,
        target: results.target ?? null,
        scanner: results.scanner,
        testResultId: results.testResultId,
        startTime: results.startTime ?? null,
        endTime: results.endTime ?? null,
        counts: results.counts,
        rules: results.rules.map(({ ruleId, result, severity, title, stig }) => ({
            ruleId,
            result,
            severity,
            title,
            stig,
        })),
        warnings: results.warnings,
    };
}

/**
 * The `summarize --format text` view: counts, then the failures with the most severe first, for a person
 * at a terminal.
 */
/** Text for a terminal: everything taken from the file is made one plain line (no escape sequences). */
function summaryText(results, width = 100) {
    const lines = [];
    const text = args.oneLine;
    const profile = results.profile.title ?? results.profile.id ?? '(no profile)';
    lines.push(`${text(results.source)} (${results.format})`);
    lines.push(`  benchmark  ${text(`${results.benchmark.title ?? results.benchmark.id} ${results.benchmark.version ?? ''}`)}`);
    lines.push(`  profile    ${text(profile)}`);
    if (results.target)
        lines.push(`  target     ${text(results.target)}`);
    if (results.scanner.name)
        lines.push(`  scanner    ${results.scanner.name} ${results.scanner.version ?? ''}`.trimEnd());
    if (results.endTime)
        lines.push(`  scanned    ${results.endTime}`);
    lines.push('');
    const counted = args.RULE_RESULT_VALUES.filter((value) => results.counts[value] > 0);
    lines.push(counted.map((value) => `${value} ${results.counts[value]}`).join(' · ') || 'no rules');
    for (const warning of results.warnings)
        lines.push(`warning: ${text(warning)}`);
    const failing = results.rules.filter((rule) => args.isFailing(rule.result)).sort(bySeverityThenId);
    if (failing.length > 0) {
        lines.push('', `Failing rules (${failing.length}), most severe first:`);
        for (const rule of failing) {
            const head = `  ${rule.severity.padEnd(6)} ${rule.result.padEnd(7)} ${args.stigLabel(rule).padEnd(10)} `;
            lines.push(head + truncate(text(rule.title), Math.max(20, width - head.length)));
        }
    }
    return lines.join('\n') + '\n';
}
function bySeverityThenId(a, b) {
    return args.severityRank(a.severity) - args.severityRank(b.severity) || args.compareIds(a.ruleId, b.ruleId);
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** `stig-gate summarize <file> [--format text|json]`: read one results file and show what it holds. */
const summarizeUsage = `Usage: stig-gate summarize <results-file> [--format text|json]

Reads OpenSCAP results (XCCDF 1.1/1.2 --results, ARF --results-arf, or a bare TestResult; the format is
detected from the content) and prints the counts per result and the failing rules, most severe first.
Exits 0 when the file was read, 1 when it could not be (missing, empty, truncated, not results) or holds
no scan that ran: no rule evaluated (none, or all notselected, notchecked, informational or
notapplicable), or every evaluated rule in error or unknown, as compare refuses it.

  --format text|json   text for a terminal (default); json as documented in docs/json-schemas.md
`;
async function summarize(argv, io) {
    const { values, positionals } = args.parseCommandArgs('summarize', argv, {
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
        io.stdout(summarizeUsage);
        return cli.EXIT_PASS;
    }
    const format = args.oneOf('--format', values.format, ['text', 'json']);
    if (positionals.length !== 1) {
        throw new cli.ConfigurationError(`summarize takes exactly one results file, got ${positionals.length}\n\n${summarizeUsage}`);
    }
    // The summary shows no evidence: the OVAL results are not read for it.
    const results = await args.readResultsFile(positionals[0], { evidence: false });
    // A file that holds no scan that ran is no "0 failures": the same error compare gives.
    args.assertSomethingEvaluated(results, 'current');
    io.stdout(format === 'json' ? `${JSON.stringify(summaryJson(results), null, 2)}\n` : summaryText(results));
    for (const warning of results.warnings)
        io.stderr(`warning: ${args.oneLine(warning)}\n`);
    return cli.EXIT_PASS;
}

exports.summarize = summarize;
exports.summarizeUsage = summarizeUsage;
