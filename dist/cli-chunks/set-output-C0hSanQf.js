#!/usr/bin/env node
'use strict';

var node_crypto = require('node:crypto');
var imageKey = require('./image-key-BqiSW_Ju.js');
var promises = require('node:fs/promises');
var node_os = require('node:os');
var node_path = require('node:path');
var cli = require('../cli.js');
var args = require('./args-pF1w-iF4.js');
var gateFiles = require('./gate-files-Df4bNUmX.js');

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

/**
 * What a scan is asked to do, its defaults, and the checks that turn user input into a plan the adapter can
 * run. Checking happens here, before Docker is touched, so a typo costs no pull.
 */
/** Chainguard's scanner image, as in its STIG documentation. */
const DEFAULT_SCANNER_IMAGE = 'cgr.dev/chainguard/openscap:latest-dev';
/** The one profile of Chainguard's GPOS STIG data stream. */
const DEFAULT_PROFILE = 'xccdf_basic_profile_.check';
/** Where the scanner image ships the data stream. */
const SCANNER_DATASTREAM = '/usr/share/xml/scap/ssg/content/ssg-chainguard-gpos-ds.xml';
/** Generous: a scan of a large image takes minutes, a hung one forever. */
const DEFAULT_TIMEOUT_SECONDS = 1800;
/**
 * The longest scan timeout: five days, the longest a GitHub Actions job may run (on a self-hosted runner).
 * Past about 24.8 days Node's timers overflow and fire at once, which would read as an engine that hangs.
 */
const MAX_TIMEOUT_SECONDS = 5 * 24 * 3600;
const SCAN_MODES = ['auto', 'mount', 'rootfs', 'container', 'image'];
/** What `auto` means on an engine without image mounts (the scan asks the engine: see resolveAutoMode). */
const AUTO_MODE = 'rootfs';
/** The mode a scan asked for `mode` runs in, before the engine is asked (`auto` → {@link AUTO_MODE}). */
function resolveScanMode(mode) {
    return mode === 'auto' ? AUTO_MODE : mode;
}
/**
 * rootfs mode's limit for the extracted tree, in MiB of memory (file data in pages, 1 KiB a file). The tree is a tmpfs in the scanner, so
 * it takes memory: 8 GiB is above nearly every real image's size and below a standard hosted runner's RAM.
 */
const DEFAULT_ROOTFS_MAX_MB = 8192;
/**
 * The scanner's memory limit by default: three quarters of the machine's memory (12 GiB on a 16 GB hosted
 * runner, 5.25 on a 7 GB one), at least 2 GiB. rootfs mode's tree is a tmpfs in the scanner, so its pages
 * count too: the runner's own processes keep a quarter whatever the image holds.
 */
function defaultScannerMemoryMb(machineBytes = node_os.totalmem()) {
    return Math.max(2048, Math.floor((machineBytes * 0.75) / (1024 * 1024)));
}
/** oscap runs its probes as threads and a few processes: dozens at most. A fork bomb stops here. */
const DEFAULT_SCANNER_PIDS_LIMIT = 1024;
/** Half of docker's default weight (1024): under contention the runner's own work gets two thirds of the CPU. */
const DEFAULT_SCANNER_CPU_SHARES = 512;
const PULL_POLICIES = ['always', 'missing', 'never'];
/**
 * The socket behind a `DOCKER_HOST` value. oscap-docker talks to the engine through a mounted socket, so only
 * `unix://` (or a bare absolute path) can work; anything else is a {@link ConfigurationError} naming `source`.
 */
function socketPathOf(dockerHost, source = 'DOCKER_HOST') {
    if (dockerHost === undefined || dockerHost === '')
        return '/var/run/docker.sock';
    const path = dockerHost.startsWith('unix://') ? dockerHost.slice('unix://'.length) : dockerHost;
    if (!node_path.isAbsolute(path)) {
        throw new cli.ConfigurationError(`${source} is '${dockerHost}', but the scanner reaches the engine through a mounted socket, so it must be ` +
            `unix:///path/to/docker.sock (a tcp:// or ssh:// engine cannot be scanned through)`);
    }
    return path;
}
/**
 * Image references go to docker as single arguments, never through a shell; this rejects what docker would
 * misread as an option or what cannot be a reference at all, naming the input.
 */
function checkImageReference(input, value) {
    const trimmed = value.trim();
    if (trimmed === '')
        throw new cli.ConfigurationError(`${input} is empty; expected an image reference such as alpine:3.20`);
    if (trimmed.startsWith('-') || /\s/.test(trimmed)) {
        throw new cli.ConfigurationError(`${input} '${value}' is not an image reference (expected e.g. ghcr.io/acme/app:1.2)`);
    }
    return trimmed;
}
/** Registry server names as docker compares them: no scheme, no trailing slash, Docker Hub under one name. */
function normaliseRegistry(server) {
    const bare = server
        .trim()
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
    return bare === 'index.docker.io' || bare === 'registry-1.docker.io' ? 'docker.io' : bare;
}
/** The registry an image reference is pulled from, as docker decides it (`docker.io` when none is named). */
function registryOf(reference) {
    const slash = reference.indexOf('/');
    if (slash < 0)
        return 'docker.io';
    const first = reference.slice(0, slash);
    const isHost = first.includes('.') || first.includes(':') || first === 'localhost';
    return isHost ? normaliseRegistry(first) : 'docker.io';
}
/** `value` (else `fallback`) as a whole number from `min` to `max`, or a ConfigurationError naming `what`. */
function wholeNumberIn(what, value, fallback, min, max = 2 ** 31) {
    const number = value ?? fallback;
    if (!Number.isInteger(number) || number < min || number > max) {
        throw new cli.ConfigurationError(`${what} must be a whole number from ${min} to ${max}; got ${String(value)}`);
    }
    return number;
}
async function checkInputFile(input, path) {
    const absolute = node_path.resolve(path);
    let isFile;
    try {
        isFile = (await promises.stat(absolute)).isFile();
    }
    catch {
        throw new cli.ConfigurationError(`${input} '${path}' does not exist (expected a file in the workspace)`);
    }
    if (!isFile)
        throw new cli.ConfigurationError(`${input} '${path}' is not a regular file`);
    return absolute;
}
/**
 * The disk a target names, when it names one: a path beginning with `/`, `./` or `../` (which no image
 * reference can), as a disk is named in image lists and sets; undefined for an image reference.
 */
function diskPathOf(target) {
    const trimmed = target.trim();
    return /^(\/|\.\.?\/)/.test(trimmed) ? trimmed : undefined;
}
/** The target text for the disk file at `path`: the path, made to begin with `./` when relative. */
function diskTarget(path) {
    const trimmed = path.trim();
    if (trimmed === '')
        throw new cli.ConfigurationError('disk is empty; expected the path of a disk image file');
    return diskPathOf(trimmed) ?? `./${trimmed}`;
}
/** How reports name a target: a disk by its file name, an image by its reference. */
function targetName(target) {
    const disk = diskPathOf(target);
    return disk === undefined ? target : node_path.basename(disk);
}
/** Checks `options` and applies the defaults; every problem is a {@link ConfigurationError} naming the input. */
async function planScan(options, env = process.env) {
    const timeoutSeconds = options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
    if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
        throw new cli.ConfigurationError(`timeout must be a positive number of seconds up to ${MAX_TIMEOUT_SECONDS} (5 days); got ${String(options.timeoutSeconds)}`);
    }
    const requestedMode = options.mode ?? 'auto';
    if (!SCAN_MODES.includes(requestedMode)) {
        throw new cli.ConfigurationError(`mode must be one of ${SCAN_MODES.join(', ')}; got '${String(requestedMode)}'`);
    }
    if ((options.image === undefined) === (options.disk === undefined)) {
        throw new cli.ConfigurationError('a scan needs either an image or a disk, not both or neither');
    }
    // A target given by its path is a disk (no image reference starts with / or .): see diskPathOf.
    const diskPath = options.disk ?? diskPathOf(options.image ?? '');
    // A disk has no container to start or oscap-docker image to give: its files are streamed (rootfs mode).
    if (diskPath !== undefined && resolveScanMode(requestedMode) !== 'rootfs') {
        throw new cli.ConfigurationError(`the disk ${node_path.basename(diskPath)} is scanned in rootfs mode only (its files streamed to the scanner); got mode '${requestedMode}'`);
    }
    const disk = diskPath === undefined ? undefined : await checkInputFile('disk', diskPath);
    const rootfsMaxMb = options.rootfsMaxMb ?? DEFAULT_ROOTFS_MAX_MB;
    if (!Number.isInteger(rootfsMaxMb) || rootfsMaxMb <= 0) {
        throw new cli.ConfigurationError(`rootfs max size must be a positive whole number of MiB; got ${String(options.rootfsMaxMb)}`);
    }
    const limits = {
        memoryMb: wholeNumberIn('scanner memory limit (MiB)', options.scannerMemoryMb, defaultScannerMemoryMb(), 64),
        pids: wholeNumberIn('scanner pids limit', options.scannerPidsLimit, DEFAULT_SCANNER_PIDS_LIMIT, 16),
        cpuShares: wholeNumberIn('scanner CPU shares', options.scannerCpuShares, DEFAULT_SCANNER_CPU_SHARES, 2, 262144),
    };
    const pull = options.pull ?? 'always';
    if (!PULL_POLICIES.includes(pull)) {
        throw new cli.ConfigurationError(`pull must be one of ${PULL_POLICIES.join(', ')}; got '${String(pull)}'`);
    }
    const profile = (options.profile ?? DEFAULT_PROFILE).trim();
    if (profile === '' || profile.startsWith('-')) {
        throw new cli.ConfigurationError(`profile '${profile}' is not an XCCDF profile id (e.g. ${DEFAULT_PROFILE})`);
    }
    if (options.outputDir.trim() === '')
        throw new cli.ConfigurationError('output directory is empty; expected a path');
    const explicitHost = options.dockerHost !== undefined;
    const socketPath = socketPathOf(explicitHost ? options.dockerHost : env.DOCKER_HOST, explicitHost ? 'docker host' : 'DOCKER_HOST');
    const plan = {
        image: disk === undefined ? checkImageReference('image', options.image ?? '') : node_path.basename(disk),
        scannerImage: checkImageReference('scanner image', options.scannerImage ?? DEFAULT_SCANNER_IMAGE),
        mode: resolveScanMode(requestedMode),
        requestedMode,
        rootfsMaxBytes: rootfsMaxMb * 1024 * 1024,
        limits,
        profile,
        timeoutMs: Math.round(timeoutSeconds * 1000),
        outputDir: node_path.resolve(options.outputDir),
        dockerHost: `unix://${socketPath}`,
        socketPath,
        pull,
    };
    if (disk !== undefined)
        plan.disk = disk;
    if (options.datastream !== undefined)
        plan.datastream = await checkInputFile('datastream', options.datastream);
    if (options.tailoringFile !== undefined) {
        plan.tailoringFile = await checkInputFile('tailoring file', options.tailoringFile);
    }
    if (options.registry !== undefined) {
        const { server, username, password } = options.registry;
        if (normaliseRegistry(server) === '')
            throw new cli.ConfigurationError('registry server is empty; expected e.g. ghcr.io');
        if (username.trim() === '')
            throw new cli.ConfigurationError(`registry username for ${server} is empty`);
        if (password === '')
            throw new cli.ConfigurationError(`registry password for ${server} is empty`);
        plan.registry = { server: normaliseRegistry(server), username: username.trim(), password };
    }
    if (options.signal !== undefined)
        plan.signal = options.signal;
    if (options.scannerReady === true)
        plan.scannerReady = true;
    if (options.rootfsExtractAll === true)
        plan.rootfsExtractAll = true;
    return plan;
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

exports.DEFAULT_PROFILE = DEFAULT_PROFILE;
exports.DEFAULT_ROOTFS_MAX_MB = DEFAULT_ROOTFS_MAX_MB;
exports.DEFAULT_SCANNER_IMAGE = DEFAULT_SCANNER_IMAGE;
exports.DEFAULT_TIMEOUT_SECONDS = DEFAULT_TIMEOUT_SECONDS;
exports.MAX_TIMEOUT_SECONDS = MAX_TIMEOUT_SECONDS;
exports.PULL_POLICIES = PULL_POLICIES;
exports.SCANNER_DATASTREAM = SCANNER_DATASTREAM;
exports.SCAN_MODES = SCAN_MODES;
exports.checkImageReference = checkImageReference;
exports.defaultArtifactName = defaultArtifactName;
exports.diskTarget = diskTarget;
exports.normaliseRegistry = normaliseRegistry;
exports.planScan = planScan;
exports.registryOf = registryOf;
exports.reportSet = reportSet;
exports.socketPathOf = socketPathOf;
exports.targetName = targetName;
