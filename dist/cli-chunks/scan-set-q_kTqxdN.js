#!/usr/bin/env node
'use strict';

var node_events = require('node:events');
var promises = require('node:fs/promises');
var node_path = require('node:path');
var cli = require('../cli.js');
var gateOptions = require('./gate-options-BCKV1h37.js');
var imageKey = require('./image-key-BqiSW_Ju.js');
var node_os = require('node:os');
var formatNames = require('./format-names-Ct1DXX35.js');
var gateFiles = require('./gate-files-Cp3tTk35.js');
var scanFacts = require('./scan-facts-yPLh9QvK.js');
var reportKey = require('./report-key-C1nDMRtv.js');
var args = require('./args-dSYN6lb7.js');
var scan = require('./scan-X9V3G9Iz.js');
var options = require('./options-b-TtJPqR.js');
require('./compare-BlEsjZhv.js');
require('./evidence-text-BsXTMSi3.js');
require('./escape-gbytOD3U.js');
require('node:crypto');
require('node:util');
require('string_decoder');
require('os');
require('events');
require('child_process');
require('path');
require('fs');
require('timers');
require('node:child_process');
require('node:fs');
require('node:readline');

/** The `baseline` input: where the scan to compare with comes from. */
/** What the `baseline` input accepts, for error messages and docs. */
const BASELINE_FORMS = "a results file path (or 'file:<path>'), 'artifact', 'artifact:<name>', or 'image:<reference>'";
/**
 * Parses the `baseline` input. An empty value is `none`; `artifact`, `artifact:<name>`,
 * `image:<reference>` and `file:<path>` are explicit; anything else is taken as a file path.
 */
function parseBaselineSource(value) {
    const text = value.trim();
    if (text === '' || text === 'none')
        return { kind: 'none' };
    if (text === 'artifact')
        return { kind: 'artifact' };
    const colon = text.indexOf(':');
    const prefix = colon > 0 ? text.slice(0, colon) : '';
    const rest = text.slice(colon + 1).trim();
    switch (prefix) {
        case 'artifact':
            if (rest === '')
                throw emptyAfter('artifact');
            return { kind: 'artifact', name: rest };
        case 'image':
            if (rest === '')
                throw emptyAfter('image');
            return { kind: 'image', image: rest };
        case 'file':
            if (rest === '')
                throw emptyAfter('file');
            return { kind: 'file', path: rest };
        default:
            return { kind: 'file', path: text };
    }
}
function emptyAfter(prefix) {
    return new cli.ConfigurationError(`Input 'baseline' is '${prefix}:' with nothing after it; it accepts ${BASELINE_FORMS}`);
}

/**
 * A set of images to gate in one step: the action's `images` input (one per line) or the CLI's repeated
 * `--image`. Each entry is an image reference, optionally followed by `=` and its own baseline in any form
 * the `baseline` input takes, e.g. `ghcr.io/acme/api:pr = image:ghcr.io/acme/api:latest`. An image
 * reference never holds `=` or white space, so the first `=` always ends it.
 */
/** The syntax, for messages and docs. */
const IMAGE_ENTRY_FORM = `'<image>' or '<image> = <baseline>' (the baseline as ${BASELINE_FORMS})`;
/**
 * Parses entries (lines of the `images` input, or `--image` values); blank lines and lines starting with
 * `#` are skipped. `input` names the input in errors. The same image twice is an error: its two reports
 * would share one artifact name and one comment row.
 */
function parseImageEntries(lines, input) {
    const entries = [];
    const seen = new Map();
    lines.forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const where = `${input} line ${index + 1} ('${line}')`;
        const equals = line.indexOf('=');
        const image = (equals < 0 ? line : line.slice(0, equals)).trim();
        const baselineText = equals < 0 ? undefined : line.slice(equals + 1).trim();
        if (image === '' || /\s/.test(image) || image.startsWith('-')) {
            throw new cli.ConfigurationError(`${where} is not ${IMAGE_ENTRY_FORM}`);
        }
        if (baselineText === '')
            throw new cli.ConfigurationError(`${where} has '=' and no baseline after it`);
        const key = imageKey.imageKey(image);
        const earlier = seen.get(key);
        if (earlier !== undefined) {
            throw new cli.ConfigurationError(`${where} repeats the image of line ${earlier + 1}; each image may appear once in a set`);
        }
        seen.set(key, index);
        let baseline;
        if (baselineText !== undefined) {
            try {
                baseline = parseBaselineSource(baselineText);
            }
            catch (error) {
                throw new cli.ConfigurationError(`${where}: ${error instanceof Error ? error.message.replace(/^Input 'baseline' /, 'the baseline ') : String(error)}`);
            }
        }
        entries.push(baseline ? { image, baseline } : { image });
    });
    return entries;
}

/**
 * A set of images in one step: the scanner made ready once, then each image gated by the caller's
 * single-image path, at most `parallel` at a time. One image's error never stops the others: every image
 * gets its own outcome, and the set's verdict is decided from all of them (see src/report/set-report.ts).
 */
/** The default bound: one scan per core (oscap is single-threaded; the engine does the rest). */
function defaultParallel() {
    return Math.max(1, node_os.availableParallelism());
}
/**
 * Calls `work` for every item, at most `limit` at once, starting them in order; resolves when all have
 * settled, with their outcomes in the items' order.
 */
async function mapBounded(items, limit, work) {
    const outcomes = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            try {
                outcomes[index] = { ok: true, value: await work(items[index], index) };
            }
            catch (thrown) {
                outcomes[index] = { ok: false, error: cli.toError(thrown) };
            }
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(limit), items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return outcomes;
}
/** Prepares once, then gates every entry (see {@link FleetOptions}). */
async function runFleet(entries, options) {
    if (options.prepare) {
        try {
            await options.prepare();
        }
        catch (thrown) {
            const error = cli.toError(thrown);
            return entries.map(() => ({ ok: false, error }));
        }
    }
    return mapBounded(entries, options.parallel ?? defaultParallel(), options.gate);
}

/**
 * The scanner image made ready once for a set of scans: each scan then starts with it in the engine
 * (`scannerReady`) instead of looking it up or pulling it again, which for N images would be N pulls of
 * the same image racing each other.
 */
/**
 * Makes the scanner image present as `options.pull` says (default `always`), logged as the phase
 * `pull scanner` of a single scan is. Fails with a {@link ScanError} at `pull scanner` (or `inspect scanner`,
 * `log in to registry`, `connect to docker`), so that no scan of the set starts.
 */
async function pullScannerOnce(options$1, logger, runner) {
    let docker;
    let scannerImage;
    try {
        scannerImage = options.checkImageReference('scanner image', options$1.scannerImage ?? options.DEFAULT_SCANNER_IMAGE);
        const dockerHost = `unix://${options.socketPathOf(options$1.dockerHost ?? process.env.DOCKER_HOST)}`;
        const raw = runner ?? scan.execDockerRunner(dockerHost);
        docker = async (args, commandOptions) => {
            const result = await raw(args, commandOptions);
            if (scan.isEngineUnreachable(result))
                throw new scan.ScanError('connect to docker', scan.describeConnectFailure(result, dockerHost));
            return result;
        };
    }
    catch (thrown) {
        const error = cli.toError(thrown);
        if (error instanceof cli.ConfigurationError && !(error instanceof scan.ScanError))
            throw new scan.ScanError('check options', error.message);
        throw error;
    }
    const pull = options$1.pull ?? 'always';
    const credentials = options$1.registry;
    let login;
    const started = performance.now();
    logger.info(`pull scanner: ${scannerImage} (pull ${pull}), once for every image`);
    try {
        if (credentials && options.normaliseRegistry(credentials.server) === options.registryOf(scannerImage)) {
            login = await scan.logIn(docker, { ...credentials, server: options.normaliseRegistry(credentials.server) });
        }
        await scan.ensureImage(docker, scannerImage, pull, 'pull scanner', login);
    }
    catch (thrown) {
        // Whatever docker said may quote the password it was given: it is taken out before anyone sees it.
        const secrets = credentials ? scan.secretParts(credentials.password) : [];
        const error = cli.toError(thrown);
        if (error instanceof scan.ScanError)
            throw scan.redactError(error, secrets);
        if (error instanceof cli.ConfigurationError)
            throw scan.redactError(new scan.ScanError('pull scanner', error.message), secrets);
        throw scan.redactError(error, secrets);
    }
    finally {
        await login?.close().catch((error) => {
            logger.warning(`docker logout failed: ${cli.toError(error).message}`);
        });
    }
    logger.info(`pull scanner: done in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

/**
 * `stig-gate scan --image A --image B … --output-dir DIR`: a set of images in one run. The scanner is
 * pulled once; each image is scanned and gated as `stig-gate scan` does one, into DIR/<its artifact name>,
 * at most --parallel at once; the set gets one verdict, printed as --format says, and DIR/stig-gate-set.json
 * and .md. An image that cannot be scanned makes the set an error naming it; the others still finish.
 */
/** Each image's baseline: its own (a file or `image:`), else --baseline; artifacts are the action's. */
function cliBaseline(entry, shared) {
    const source = entry.baseline ?? (shared === undefined ? { kind: 'none' } : { kind: 'file', path: shared });
    if (source.kind === 'artifact') {
        throw new cli.ConfigurationError(`--image '${entry.image}=artifact…': artifact baselines are the action's (they are looked up in GitHub); give a results file or image:REF`);
    }
    return source;
}
function prefixed(log, image) {
    return { info: (m) => log.info(`[${image}] ${m}`), warning: (m) => log.warning(`[${image}] ${m}`) };
}
async function scanSet(values, images, outputDir, io, env) {
    const entries = parseImageEntries(images, '--image');
    const sources = entries.map((entry) => cliBaseline(entry, values.baseline));
    await scan.checkGateInputs(values);
    const failOn = args.oneOf('--fail-on', values['fail-on'] ?? 'new', gateOptions.FAIL_ON_VALUES);
    const severityThreshold = args.oneOf('--severity-threshold', values['severity-threshold'] ?? 'low', gateOptions.SEVERITY_THRESHOLDS);
    if (values.format === 'sarif')
        throw new cli.ConfigurationError("--format sarif is one image's; each image's SARIF is in its folder");
    const parallel = values.parallel === undefined ? defaultParallel() : Number(values.parallel);
    if (!Number.isInteger(parallel) || parallel < 1)
        throw new cli.ConfigurationError(`--parallel must be a whole number, 1 or more; got '${values.parallel ?? ''}'`);
    const registry = await scan.registryCredentials(entries[0].image, values.registry, values['registry-username'], values['registry-password-file'], env);
    const profile = values.profile ?? '';
    const evidenceFormats = formatNames.parseEvidenceFormats('--evidence', values.evidence ?? 'all');
    const mode = args.oneOf('--mode', values.mode ?? 'auto', options.SCAN_MODES);
    const scannerImage = values['scanner-image'] ?? options.DEFAULT_SCANNER_IMAGE;
    const shared = {
        scannerImage,
        mode,
        rootfsMaxMb: scan.parseMaxMb(values['rootfs-max-mb'] ?? String(options.DEFAULT_ROOTFS_MAX_MB)),
        ...scan.scannerLimitOptions(values),
        profile,
        ...(values.datastream !== undefined && { datastream: values.datastream }),
        ...(values['tailoring-file'] !== undefined && { tailoringFile: values['tailoring-file'] }),
        timeoutSeconds: scan.parseTimeout(values.timeout ?? ''),
        pull: args.oneOf('--pull', values.pull ?? 'always', options.PULL_POLICIES),
        ...(registry && { registry }),
        scannerReady: true,
    };
    const controller = new AbortController();
    // Every scan of the set listens to the one signal (a few listeners each): not a leak.
    node_events.setMaxListeners(Math.max(10, entries.length * 8), controller.signal);
    const release = scan.abortOnSignals(controller, io);
    const log = scan.stderrLogger(io, values.verbose === true);
    log.info(`${entries.length} images, ${parallel} at a time`);
    let outcomes;
    try {
        outcomes = await runFleet(entries, {
            parallel,
            prepare: () => pullScannerOnce({
                ...(shared.scannerImage && { scannerImage: shared.scannerImage }),
                ...(shared.pull && { pull: shared.pull }),
                ...(registry && { registry }),
            }, log),
            gate: async (entry, index) => {
                const artifactName = reportKey.defaultArtifactName(entry.image, profile);
                const dir = node_path.join(outputDir, artifactName);
                await promises.mkdir(dir, { recursive: true });
                const imageLog = prefixed(log, entry.image);
                // The credentials go only to the scans of images from their registry (the scanner is pulled already).
                const scan$1 = (image, into) => {
                    const { registry: login, ...rest } = shared;
                    const own = login && options.normaliseRegistry(login.server) === options.registryOf(image) ? { registry: login } : {};
                    return scan.scanImage({ ...rest, ...own, image, outputDir: into, signal: controller.signal }, undefined, imageLog);
                };
                const output = await scan$1(entry.image, dir);
                imageLog.info(`scanned ${output.targetDigest} in ${output.mode} mode (oscap exit ${output.oscapExitCode})`);
                const source = sources[index];
                // A baseline file's facts are read beside it (the gate's default); an image baseline's are its scan's.
                let baseline;
                let baselineFacts;
                if (source.kind === 'file')
                    baseline = source.path;
                else if (source.kind === 'image') {
                    const baselineScan = await scan$1(source.image, node_path.join(dir, 'baseline'));
                    baseline = baselineScan.results;
                    baselineFacts = scanFacts.factsOfScan(baselineScan, { scannerImage, mode });
                }
                const { result, current } = await gateFiles.gateScans({
                    current: output.results,
                    baseline,
                    waivers: values.waivers,
                    inheritedFromHost: values['inherited-from-host'] ?? false,
                    policy: { failOn, severityThreshold },
                    image: entry.image,
                    currentFacts: scanFacts.factsOfScan(output, { scannerImage, mode }),
                    ...(baselineFacts && { baselineFacts }),
                });
                const files = await gateFiles.writeReports(result, dir, {
                    markdown: { heading: `STIG gate: ${entry.image} (${profile})` },
                });
                // The evidence comes after the reports, whose digests its manifest lists (as for one image).
                if (evidenceFormats.length > 0) {
                    const { writeCliEvidence, workflowRunFromEnv } = await Promise.resolve().then(function () { return require('./evidence-output-ncsM5OE6.js'); });
                    const workflowRun = workflowRunFromEnv(env);
                    const scanFiles = scan.outputPaths(dir);
                    await writeCliEvidence({ result, current, report: '' }, {
                        image: entry.image,
                        imageDigest: output.targetDigest,
                        scannerImage,
                        scannerDigest: output.scannerDigest,
                        // The mode that ran (auto resolves to one).
                        mode: output.mode,
                        ...(values.datastream !== undefined && { datastream: values.datastream }),
                        ...(values['tailoring-file'] !== undefined && { tailoringFile: values['tailoring-file'] }),
                        ...(workflowRun && { workflowRun }),
                    }, evidenceFormats, dir, [
                        scanFiles.reportHtml,
                        scanFiles.resultsXml,
                        scanFiles.resultsArf,
                        scanFiles.log,
                        scanFiles.metadata,
                        files.json,
                        files.sarif,
                        files.markdown,
                    ], io);
                }
                imageLog.info(`${result.verdict === 'fail' ? 'FAIL' : 'PASS'}: ${result.reason}`);
                return {
                    image: entry.image,
                    artifactName,
                    outputDir: dir,
                    jsonPath: files.json,
                    report: gateFiles.gateJson(result),
                    markdown: await promises.readFile(files.markdown, 'utf8'),
                };
            },
        });
    }
    finally {
        release();
    }
    const members = outcomes.map((outcome, index) => {
        if (outcome.ok)
            return outcome.value;
        const entry = entries[index];
        const error = outcome.error;
        const message = cli.isUserError(error) ? error.message : `stig-gate bug: ${error.stack ?? error.message}`;
        log.warning(`[${entry.image}] no verdict: ${message.split('\n', 1)[0]}`);
        return { image: entry.image, artifactName: reportKey.defaultArtifactName(entry.image, profile), error: message };
    });
    return (await Promise.resolve().then(function () { return require('./set-output-DBhqD3x5.js'); })).reportSet(members, {
        format: values.format,
        output: values.output,
        heading: `STIG gate: ${members.length} images (${profile})`,
        dir: outputDir,
    }, io);
}

exports.scanSet = scanSet;
