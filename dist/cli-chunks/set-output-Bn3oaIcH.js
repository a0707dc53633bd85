#!/usr/bin/env node
'use strict';

var node_crypto = require('node:crypto');
var imageKey = require('./image-key-DiHdaawd.js');
var promises = require('node:fs/promises');
var node_path = require('node:path');
var cli = require('../cli.js');
var args = require('./args-Cjw6L1O6.js');
var gateFiles = require('./gate-files-BZ9zFXBw.js');

/**
 * What identifies one gate's reports across runs: the image (without a digest, so a rebuilt image keeps
 * its comment) and the profile. The sticky comment's marker and the default artifact name derive from it.
 */
const MAX_ARTIFACT_NAME = 200;
/**
 * The default artifact name: `stig-gate-<image>-<profile>` with every character the artifact service
 * refuses (and any other outside `A-Za-z0-9._-`) turned into `_`. Different images or profiles in one
 * matrix get different names; a name past 200 characters is cut and ends in a hash of the whole.
 */
function defaultArtifactName(image, profile) {
    const name = `stig-gate-${sanitise(imageKey.imageKey(image))}-${sanitise(profile)}`;
    if (name.length <= MAX_ARTIFACT_NAME)
        return name;
    const hash = node_crypto.createHash('sha256')
        .update(`${imageKey.imageKey(image)}\n${profile}`)
        .digest('hex')
        .slice(0, 12);
    return `${name.slice(0, MAX_ARTIFACT_NAME - hash.length - 1)}-${hash}`;
}
function sanitise(text) {
    return text.replace(/[^A-Za-z0-9._-]/g, '_');
}

function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}
/** The first five of `names`, then how many more: a reason stays one readable line for a big set. */
function someOf(names) {
    const shown = names.slice(0, 5).join(', ');
    return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}
/** The set's counts: images by verdict, and the rule counts summed over the images that have a report. */
function setCounts(members) {
    const counts = {
        images: members.length,
        failed: 0,
        passed: 0,
        errors: 0,
        newFailures: 0,
        fixed: 0,
        stillFailing: 0,
        waived: 0,
    };
    for (const member of members) {
        const report = member.report;
        if (!report || member.error !== undefined) {
            counts.errors += 1;
            continue;
        }
        if (report.verdict === 'fail')
            counts.failed += 1;
        else
            counts.passed += 1;
        counts.newFailures += report.counts.newFailures;
        counts.fixed += report.counts.fixed;
        counts.stillFailing += report.counts.stillFailing;
        counts.waived += report.counts.waived;
    }
    return counts;
}
/** The one verdict for the set: an image without a verdict makes it an error naming the image. */
function setVerdict(members) {
    const counts = setCounts(members);
    const failed = members.filter((m) => m.report?.verdict === 'fail' && m.error === undefined);
    const failedText = `${failed.length} of ${plural(counts.images, 'image')} failed${failed.length > 0 ? ` (${someOf(failed.map((m) => m.image))})` : ''}, ${plural(counts.newFailures, 'new failure')} in all`;
    if (counts.images === 0) {
        return { verdict: 'error', reason: 'no verdict: the set has no image', counts };
    }
    if (counts.errors > 0) {
        const missing = members.filter((m) => !m.report || m.error !== undefined);
        const named = missing
            .slice(0, 5)
            .map((m) => `${m.image}: ${(m.error ?? 'no report').split('\n', 1)[0]}`)
            .join('; ');
        const more = missing.length > 5 ? `; and ${missing.length - 5} more` : '';
        return {
            verdict: 'error',
            reason: `no verdict for ${counts.errors} of ${plural(counts.images, 'image')} (${named}${more}); ${failedText}`,
            counts,
        };
    }
    if (failed.length > 0)
        return { verdict: 'fail', reason: `gate failed: ${failedText}`, counts };
    return {
        verdict: 'pass',
        reason: `gate passed: ${plural(counts.images, 'image')}, none failed (${plural(counts.fixed, 'rule')} fixed)`,
        counts,
    };
}
/** The `images-json` output: each image's verdict and counts, in the set's order. */
function imagesJson(members) {
    return members.map((member) => {
        const report = member.error === undefined ? member.report : undefined;
        const count = (key) => (report ? report.counts[key] : null);
        return {
            image: member.image,
            verdict: report?.verdict ?? 'error',
            reason: report?.reason ?? member.error ?? 'no report',
            newFailures: count('newFailures'),
            fixed: count('fixed'),
            stillFailing: count('stillFailing'),
            waived: count('waived'),
            failed: count('failed'),
            passed: count('passed'),
            notApplicable: count('notapplicable'),
            artifactName: member.artifactName,
            artifactId: member.artifactId ?? null,
            artifactUrl: member.artifactUrl ?? null,
            outputDir: member.outputDir ?? null,
            jsonPath: member.jsonPath ?? null,
        };
    });
}

const RULE_HEADER = ['| Severity | STIG ID | Title | Baseline → now |', '|---|---|---|---|'];
function cell(text, max = 120) {
    return args.escapeMarkdown(args.clip(text, max));
}
function severityCell(rule) {
    const label = gateFiles.severityLabel(rule.severity);
    return rule.meetsThreshold ? label : `${label} · below threshold`;
}
function ruleRow(rule) {
    const change = rule.baselineResult === null ? rule.result : `${rule.baselineResult} → ${rule.result}`;
    return `| ${severityCell(rule)} | ${cell(rule.stigId ?? rule.ruleId)} | ${cell(rule.title, 300)} | ${cell(change)} |`;
}
function verdictCell(member) {
    if (!member.report || member.error !== undefined)
        return '❗ error';
    return member.report.verdict === 'fail' ? '❌ fail' : '✅ pass';
}
function reportCell(member) {
    const name = `\`${member.artifactName.replace(/`/g, "'")}\``;
    const link = member.artifactUrl ? `[${name}](${member.artifactUrl})` : name;
    if (member.error !== undefined || !member.report)
        return `${link}: ${cell((member.error ?? 'no report').split('\n', 1)[0] ?? '', 300)}`;
    return link;
}
function tableLines(members) {
    const number = (member, key) => member.report && member.error === undefined ? String(member.report.counts[key]) : '—';
    return [
        '| Image | Verdict | New failures | Fixed | Still failing | Waived | Report |',
        '|---|---|---:|---:|---:|---:|---|',
        ...members.map((m) => `| ${cell(m.image, 200)} | ${verdictCell(m)} | ${number(m, 'newFailures')} | ${number(m, 'fixed')} ` +
            `| ${number(m, 'stillFailing')} | ${number(m, 'waived')} | ${reportCell(m)} |`),
    ];
}
/** New failures by rule id: the rule (as the first image reports it) and the images it newly fails on. */
function newFailuresByRule(members) {
    const byRule = new Map();
    for (const member of members) {
        if (!member.report || member.error !== undefined)
            continue;
        for (const rule of member.report.newFailures) {
            const entry = byRule.get(rule.ruleId) ?? { rule, images: [] };
            entry.images.push(member.image);
            byRule.set(rule.ruleId, entry);
        }
    }
    return byRule;
}
/** The groups: rules new on several images once, then each image's own. */
function setSections(members) {
    const byRule = newFailuresByRule(members);
    const shared = [...byRule.values()].filter((entry) => entry.images.length > 1);
    const sections = [];
    if (shared.length > 0) {
        sections.push({
            title: `New failures on several images (${shared.length})`,
            folded: false,
            intro: ['Said once here, not again under each image: a shared base image is the likely cause.'],
            header: ['| Severity | STIG ID | Title | Images |', '|---|---|---|---|'],
            rows: shared.map(({ rule, images }) => `| ${severityCell(rule)} | ${cell(rule.stigId ?? rule.ruleId)} | ${cell(rule.title, 300)} ` +
                `| ${images.map((image) => cell(image, 200)).join(', ')} |`),
        });
    }
    for (const member of members) {
        if (!member.report || member.error !== undefined)
            continue;
        const own = member.report.newFailures.filter((rule) => byRule.get(rule.ruleId).images.length === 1);
        if (own.length === 0)
            continue;
        const alsoShared = member.report.newFailures.length - own.length;
        sections.push({
            title: `New failures: ${args.clip(member.image, 200)} (${own.length}${alsoShared > 0 ? ` + ${alsoShared} above` : ''})`,
            folded: false,
            intro: [],
            header: RULE_HEADER,
            rows: own.map(ruleRow),
        });
    }
    return sections;
}
/** The images that reached no verdict: right under the set's verdict, which they make an error. */
function noVerdictSection(members) {
    const errors = members.filter((m) => !m.report || m.error !== undefined);
    if (errors.length === 0)
        return [];
    return [
        {
            title: `No verdict (${errors.length})`,
            folded: false,
            intro: ['These images reached no verdict, so the set has none either: it is never taken as a pass.'],
            header: [],
            rows: errors.map((m) => `- **${cell(m.image, 200)}**: ${cell((m.error ?? 'no report').replace(/\s+/g, ' '), 1_000)}`),
        },
    ];
}
/** The folded waivers file for the set's new failures, each entry limited to the images it fails on. */
function waiverSnippetSection(members) {
    const byRule = newFailuresByRule(members);
    if (byRule.size === 0)
        return [];
    const imagesOf = new Map([...byRule.values()].map(({ rule, images }) => [rule, images]));
    const { head, entries } = gateFiles.waiverSnippetParts([...imagesOf.keys()], {
        imagesOf: (rule) => imagesOf.get(rule) ?? [],
    });
    const fence = gateFiles.codeFence([...head, ...entries]);
    return [
        {
            title: `To accept them as risks instead: a ready-to-commit ${gateFiles.WAIVERS_PATH} for the ${byRule.size} new failures`,
            folded: true,
            intro: [
                'Keep the entries you accept, fill in `reason`, `owner` and `expires` (YYYY-MM-DD), and commit the ' +
                    `file as \`${gateFiles.WAIVERS_PATH}\` (docs/waivers.md). As pasted it is refused: nothing is waived unread.`,
            ],
            header: [`${fence}yaml`, ...head],
            rows: entries,
            trailer: [fence],
        },
    ];
}
/**
 * The set's report within `options.maxLength`: the verdict line, the images without a verdict, the table,
 * {@link setSections}, then the folded waivers file for the new failures.
 */
function renderSetMarkdown(members, options) {
    const { verdict, reason } = setVerdict(members);
    const icon = verdict === 'pass' ? '✅' : verdict === 'fail' ? '❌' : '❗';
    const word = verdict === 'pass' ? 'Gate passed' : verdict === 'fail' ? 'Gate failed' : 'No verdict';
    const head = [
        `## ${cell(options.heading, 200)}`,
        '',
        `${icon} **${word}:** ${args.escapeMarkdown(reason.replace(/^gate (failed|passed): /, ''))}`,
        '',
    ].join('\n');
    // The single image's order: the verdict and what it must be read with, the counts, the new failures,
    // then the waivers file for them.
    const sections = [
        ...noVerdictSection(members),
        { title: '', folded: false, intro: tableLines(members), header: [], rows: [] },
        ...setSections(members),
        ...waiverSnippetSection(members),
    ];
    return gateFiles.fitSections(`${head}\n`, sections, options.maxLength, options.fullReportHint);
}

/**
 * How `stig-gate scan` with several images and `stig-gate merge` print a set: a text table, the set's
 * Markdown, or JSON, to standard output or --output; and the exit code of the set's verdict.
 */
const SET_FORMATS = ['text', 'json', 'markdown'];
/** File names of the set's own reports, beside the images' folders. */
const SET_REPORT_FILES = { json: 'stig-gate-set.json', markdown: 'stig-gate-set.md' };
/** The set as JSON: the verdict, the reason, and each image as in the action's `images-json` output. */
function setJson(members) {
    const { verdict, reason, counts } = setVerdict(members);
    return `${JSON.stringify({ verdict, reason, counts, images: imagesJson(members) }, null, 2)}\n`;
}
/** One line per image, then the set's verdict. */
function setText(members) {
    const { verdict, reason } = setVerdict(members);
    const width = Math.min(60, Math.max(5, ...members.map((m) => m.image.length)));
    const lines = members.map((m) => {
        const what = m.error !== undefined || !m.report
            ? `ERROR  ${args.oneLine(m.error ?? 'no report')}`
            : `${m.report.verdict === 'fail' ? 'FAIL ' : 'PASS '}  ${args.oneLine(m.report.reason)}`;
        return `${args.oneLine(m.image).padEnd(width)}  ${what}`;
    });
    return `${lines.join('\n')}\n${verdict.toUpperCase()}: ${args.oneLine(reason)}\n`;
}
/** The set's Markdown, with no length limit (a file or a terminal, not a comment). */
function setMarkdown(members, heading) {
    return renderSetMarkdown(members, {
        heading,
        maxLength: Number.MAX_SAFE_INTEGER,
        fullReportHint: "each image's folder",
    });
}
/**
 * Prints the set as `format` says (to `output` when given), writes its JSON and Markdown into `dir` when
 * given, and returns the exit code: 1 when an image reached no verdict, 2 when one failed, else 0.
 */
async function reportSet(members, options, io) {
    const format = args.oneOf('--format', options.format ?? 'text', SET_FORMATS);
    const text = format === 'json'
        ? setJson(members)
        : format === 'markdown'
            ? setMarkdown(members, options.heading)
            : setText(members);
    if (options.output === undefined)
        io.stdout(text);
    else {
        try {
            await promises.writeFile(options.output, text);
        }
        catch (error) {
            throw new cli.ConfigurationError(`cannot write --output ${options.output}: ${cli.toError(error).message}`);
        }
    }
    if (options.dir !== undefined) {
        const json = node_path.join(options.dir, SET_REPORT_FILES.json);
        const markdown = node_path.join(options.dir, SET_REPORT_FILES.markdown);
        await Promise.all([
            promises.writeFile(json, setJson(members)),
            promises.writeFile(markdown, setMarkdown(members, options.heading)),
        ]);
        io.stderr(`set reports: ${json}, ${markdown}\n`);
    }
    const { verdict, reason } = setVerdict(members);
    if (format !== 'text' || options.output !== undefined)
        io.stderr(`${verdict.toUpperCase()}: ${args.oneLine(reason)}\n`);
    return verdict === 'error' ? cli.EXIT_ERROR : verdict === 'fail' ? cli.EXIT_FAIL : cli.EXIT_PASS;
}

exports.defaultArtifactName = defaultArtifactName;
exports.reportSet = reportSet;
