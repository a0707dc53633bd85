#!/usr/bin/env node
'use strict';

var promises = require('node:fs/promises');
var evidenceOutput = require('./evidence-output-gZnvMw7E.js');
var cli = require('../cli.js');
var compare = require('./compare-BEEPQjfh.js');
var imageKey = require('./image-key-DiHdaawd.js');
var node_os = require('node:os');
var node_events = require('node:events');
var node_path = require('node:path');
var gateFiles = require('./gate-files-BZ9zFXBw.js');
var setOutput = require('./set-output-Bn3oaIcH.js');
var args = require('./args-Cjw6L1O6.js');
require('node:child_process');
require('node:fs');
require('string_decoder');
require('os');
require('events');
require('child_process');
require('path');
require('fs');
require('timers');
require('node:readline');
require('node:crypto');
require('node:util');

/** The `baseline` input: where the scan to compare with comes from. */
/** What the `baseline` input accepts, for error messages and docs. */
const BASELINE_FORMS = "a results file path (or 'file:<path>'), 'artifact', 'artifact:<name>', or 'image:<reference>'; " +
    "'artifact || image:<reference>' (or a file) for what to use until the artifact exists";
/** Separates an artifact baseline from the one used while the artifact does not exist yet. */
const OTHERWISE = '||';
/**
 * Parses the `baseline` input. An empty value is `none`; `artifact`, `artifact:<name>`,
 * `image:<reference>` and `file:<path>` are explicit; anything else is taken as a file path.
 */
function parseBaselineSource(value) {
    const split = value.indexOf(OTHERWISE);
    if (split >= 0)
        return parseWithFallback(value.slice(0, split), value.slice(split + OTHERWISE.length));
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
/** `artifact[:name] || <file or image>`: only an artifact can be missing for a reason that passes. */
function parseWithFallback(first, second) {
    const primary = parseBaselineSource(first);
    const otherwise = second.includes(OTHERWISE) ? undefined : parseBaselineSource(second);
    if (primary.kind !== 'artifact' ||
        otherwise === undefined ||
        otherwise.kind === 'artifact' ||
        otherwise.kind === 'none') {
        throw new cli.ConfigurationError(`Input 'baseline' is '${first.trim()} || ${second.trim()}'; '||' goes between 'artifact' (or ` +
            `'artifact:<name>') and one file or 'image:<reference>', e.g. 'artifact || image:app:base'`);
    }
    return { ...primary, otherwise };
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
 * The baseline for one image of a set: its own, else the shared one. A shared `image:` or `artifact:<name>`
 * would compare every image with one and the same baseline, which is never meant: it is refused, naming
 * the image and the syntax that gives each image its own.
 */
function baselineForEntry(entry, shared, setSize) {
    if (entry.baseline)
        return entry.baseline;
    const single = (shared.kind === 'image' || (shared.kind === 'artifact' && shared.name !== undefined)) && setSize > 1;
    if (single) {
        throw new cli.ConfigurationError(`Input 'baseline' is '${shared.kind}:${shared.kind === 'image' ? shared.image : (shared.name ?? '')}', one ` +
            `baseline for ${setSize} images; give each image its own on its line of 'images' ('<image> = <baseline>'), ` +
            `or use 'artifact' (each image's own artifact from the default branch)`);
    }
    return shared;
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
async function pullScannerOnce(options, logger, runner) {
    let docker;
    let scannerImage;
    try {
        scannerImage = imageKey.checkImageReference('scanner image', options.scannerImage ?? imageKey.DEFAULT_SCANNER_IMAGE);
        const dockerHost = `unix://${imageKey.socketPathOf(options.dockerHost ?? process.env.DOCKER_HOST)}`;
        const raw = runner ?? evidenceOutput.execDockerRunner(dockerHost);
        docker = async (args, commandOptions) => {
            const result = await raw(args, commandOptions);
            if (evidenceOutput.isEngineUnreachable(result))
                throw new evidenceOutput.ScanError('connect to docker', evidenceOutput.describeConnectFailure(result, dockerHost));
            return result;
        };
    }
    catch (thrown) {
        const error = cli.toError(thrown);
        if (error instanceof cli.ConfigurationError && !(error instanceof evidenceOutput.ScanError))
            throw new evidenceOutput.ScanError('check options', error.message);
        throw error;
    }
    const pull = options.pull ?? 'always';
    const credentials = options.registry;
    let login;
    const started = performance.now();
    logger.info(`pull scanner: ${scannerImage} (pull ${pull}), once for every image`);
    try {
        if (credentials && imageKey.normaliseRegistry(credentials.server) === imageKey.registryOf(scannerImage)) {
            login = await evidenceOutput.logIn(docker, { ...credentials, server: imageKey.normaliseRegistry(credentials.server) });
        }
        await evidenceOutput.ensureImage(docker, scannerImage, pull, 'pull scanner', login);
    }
    catch (thrown) {
        // Whatever docker said may quote the password it was given: it is taken out before anyone sees it.
        const secrets = credentials ? evidenceOutput.secretParts(credentials.password) : [];
        const error = cli.toError(thrown);
        if (error instanceof evidenceOutput.ScanError)
            throw evidenceOutput.redactError(error, secrets);
        if (error instanceof cli.ConfigurationError)
            throw evidenceOutput.redactError(new evidenceOutput.ScanError('pull scanner', error.message), secrets);
        throw evidenceOutput.redactError(error, secrets);
    }
    finally {
        await login?.close().catch((error) => {
            logger.warning(`docker logout failed: ${cli.toError(error).message}`);
        });
    }
    logger.info(`pull scanner: done in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

/**
 * The run plan and its one runner. The action's inputs (src/action/plan.ts) and the CLI's arguments
 * (src/cli/scan.ts) both become a {@link RunPlan}: the images, each with its baseline and folder, and the
 * one {@link ImagePlan} they are all scanned, gated and written with. {@link runPlan} gates 1..n images with
 * {@link gateImage}; a single image is a set of one that keeps its own folder, log groups and errors. What
 * the faces do with the outcomes (publish, print) is theirs.
 */
/** The images of a plan: each with its baseline (its own, else the shared one) and its folder. */
function planImages(entries, options) {
    return entries.map((entry) => {
        const artifactName = options.artifactName ?? setOutput.defaultArtifactName(entry.image, options.profile);
        return {
            image: entry.image,
            artifactName,
            outputDir: options.set ? node_path.join(options.outputDir, artifactName) : options.outputDir,
            baseline: baselineForEntry(entry, options.baseline, entries.length),
        };
    });
}
/** A baseline as given: artifacts are found only by the action, which passes its own lookup. */
function givenBaseline(planned) {
    const { baseline } = planned;
    if (baseline.kind === 'artifact')
        throw new cli.ConfigurationError(`the baseline of '${planned.image}' is an artifact, which only the action can look up; give a results file or image:REF`);
    return baseline;
}
/** Each line of an image's log starts with the image, as a set's scans run side by side. */
function prefixed(log, image) {
    return {
        info: (message) => log.info(`[${image}] ${message}`),
        warning: (message) => log.warning(`[${image}] ${message}`),
    };
}
/** The set's report of one image: its verdict and files, or its error. */
function memberOf(run) {
    const { planned, outcome } = run;
    const member = {
        image: planned.image,
        artifactName: planned.artifactName,
        ...(run.files.outputDir && { outputDir: run.files.outputDir }),
    };
    if (outcome) {
        member.report = gateFiles.gateJson(outcome.result);
        if (run.files.json)
            member.jsonPath = run.files.json;
        member.markdown = outcome.markdown;
    }
    else
        member.error = cli.errorMessage(run.error);
    return member;
}
/** Gates one image into its folder; never throws: an error is the run's `error`. */
async function runImage(plan, planned, ports) {
    const log = plan.set ? prefixed(ports.log, planned.image) : ports.log;
    const run = { planned, log, files: { outputDir: planned.outputDir } };
    try {
        await promises.mkdir(planned.outputDir, { recursive: true }).catch((error) => {
            throw new cli.ConfigurationError(`cannot create the output folder ${planned.outputDir}: ${cli.toError(error).message}; check ${plan.outputDirName}`);
        });
        run.outcome = await evidenceOutput.gateImage(plan.each, {
            image: planned.image,
            outputDir: planned.outputDir,
            ...(planned.results !== undefined && { results: planned.results }),
            baseline: (ports.baseline ?? givenBaseline)(planned, log),
            // A set's Markdown is also its section of the set's summary: headed by the image.
            ...(plan.set && { heading: `STIG gate: ${planned.image} (${plan.each.scan.profile ?? ''})` }),
            files: run.files,
        }, {
            log,
            signal: ports.signal,
            ...(plan.set ? { scannerReady: true } : ports.group && { group: ports.group }),
            onGated: async (gated) => {
                run.gated = gated;
                if (!plan.set)
                    await ports.onGated?.(gated);
            },
        });
    }
    catch (thrown) {
        run.error = cli.toError(thrown);
        if (plan.set)
            log.warning(`no verdict: ${run.error.message.split('\n', 1)[0]}`);
    }
    run.member = memberOf(run);
    await ports.finished?.(run);
    return run;
}
/**
 * Runs the plan: a set's scanner is pulled once (an image that could not be tried is an error naming it),
 * then each image is gated, at most `parallel` at once. Never throws for an image: see each run's `error`.
 */
async function runPlan(plan, ports) {
    // Every scan of a set listens to the one signal (a few listeners each): not a leak.
    node_events.setMaxListeners(Math.max(10, plan.images.length * 8), ports.signal);
    const group = ports.group ?? ((_name, step) => step());
    const outcomes = await runFleet(plan.images, {
        parallel: plan.set ? plan.parallel : 1,
        ...(plan.set && {
            prepare: () => group('Pull the scanner', () => pullScannerOnce(plan.each.scan, ports.log)),
        }),
        gate: (planned) => runImage(plan, planned, ports),
    });
    return outcomes.map((outcome, index) => {
        if (outcome.ok)
            return outcome.value;
        const planned = plan.images[index];
        const run = { planned, log: ports.log, files: {}, error: outcome.error };
        ports.log.warning(`[${planned.image}] no verdict: ${outcome.error.message.split('\n', 1)[0]}`);
        run.member = memberOf(run);
        return run;
    });
}

/** The scanner's resource limits as CLI options (the action's inputs of the same names). */
const scannerLimitsUsage = `  --scanner-memory-mb N       the scanner's memory limit, tree included in rootfs mode (default: 3/4 of
                              this machine's memory, at least 2048)
  --scanner-pids-limit N      the scanner's limit of processes and threads (default 1024)
  --scanner-cpu-shares N      the scanner's CPU weight, docker's --cpu-shares (default 512: half the
                              weight of the runner's own work)`;
const scannerLimitsSpec = {
    'scanner-memory-mb': { type: 'string' },
    'scanner-pids-limit': { type: 'string' },
    'scanner-cpu-shares': { type: 'string' },
};
function wholeNumber(flag, text) {
    if (!/^\s*\d+\s*$/.test(text))
        throw new cli.ConfigurationError(`${flag} must be a whole number; got '${text}'`);
    return Number(text);
}
/** The limits given on the command line (planScan checks their ranges and applies the defaults). */
function scannerLimitOptions(values) {
    const memory = values['scanner-memory-mb'];
    const pids = values['scanner-pids-limit'];
    const cpu = values['scanner-cpu-shares'];
    return {
        ...(memory !== undefined && { scannerMemoryMb: wholeNumber('--scanner-memory-mb', memory) }),
        ...(pids !== undefined && { scannerPidsLimit: wholeNumber('--scanner-pids-limit', pids) }),
        ...(cpu !== undefined && { scannerCpuShares: wholeNumber('--scanner-cpu-shares', cpu) }),
    };
}

/**
 * `stig-gate scan --image REF --output-dir DIR …`: scan an image with OpenSCAP, then gate the results
 * exactly as `compare` does. Progress goes to stderr, the gate's report to stdout (or --output).
 */
const scanUsage = `Usage: stig-gate scan --image REF --output-dir DIR [options] [gate options]

Pulls REF and the scanner image, scans REF with OpenSCAP in the scanner, writes results.xml,
results-arf.xml, report.html (oscap's own), scan.log and scan.json into DIR, then gates the results
as 'stig-gate compare' does and writes stig-gate.json, stig-gate.sarif and stig-gate.md into DIR.
Exits 0 gate passed, 2 gate failed, 1 error (a scan that did not complete is always an error).

Scan options:
  --image REF                 the image to scan (required); repeat it to gate a set of images in one run:
                              the scanner is pulled once, each image's files go to DIR/<its artifact name>,
                              and the set gets one verdict. 'REF=BASELINE' gives an image its own baseline
                              (a results file, or image:REF scanned in this run)
  --disk PATH                 a VM disk image file (qcow2, raw, vmdk) to scan instead of or beside images:
                              its operating system is inspected with libguestfs (read-only, never booted)
                              and its files scanned as in rootfs mode; repeatable, 'PATH=BASELINE' as for
                              --image. In an image list a disk is its path from / or ./ (see docs/vm-disks.md)
  --parallel N                with several images, how many are scanned at once (default: the core count)
  --output-dir DIR            where the results and reports go (required; created when missing)
  --scanner-image REF         the OpenSCAP image: oscap and python3 for rootfs, oscap-docker for container
                              and image (default ${imageKey.DEFAULT_SCANNER_IMAGE})
  --mode auto|mount|rootfs|container|image
                              auto (the default): mount where the engine has image mounts (Docker
                              Engine 28+ with the containerd image store), else rootfs;
                              mount: REF mounted read-only into the scanner and scanned in place: no
                              engine socket, no host PID namespace, no network, one capability;
                              rootfs: REF's files, read with 'docker export' from a container never
                              started, extracted and scanned in a scanner with no engine socket, no
                              host PID namespace and no network;
                              container: start REF with 'tail -f /dev/null' and 'oscap-docker container'
                              (REF needs tail, any USER);
                              image: 'oscap-docker image', REF never run: with OpenSCAP >= 1.3.8 in the
                              scanner it reads a 'docker export' copy, so REF needs no shell; older
                              oscap-docker runs 'bash' in it (see docs/scanning.md)
  --rootfs-max-mb N           rootfs: most MiB the extracted tree may take in memory (data and files)
                              (default ${imageKey.DEFAULT_ROOTFS_MAX_MB})
  --rootfs-extract-all        rootfs: extract every file, not only what the data stream's checks can read
${scannerLimitsUsage}
  --profile ID                XCCDF profile (default ${imageKey.DEFAULT_PROFILE})
  --datastream PATH           data stream from the workspace (default: the one in the scanner image)
  --tailoring-file PATH       XCCDF tailoring file
  --timeout SECONDS           limit for starting the target and running the scanner (default ${imageKey.DEFAULT_TIMEOUT_SECONDS})
  --pull always|missing|never when to pull the images (default always; 'missing' for an image built locally)
  --registry HOST             registry to log in to (default: the image's registry, when a username is given)
  --registry-username USER    registry user
  --registry-password-file F  file holding the password (or set STIG_GATE_REGISTRY_PASSWORD); it is given
                              to 'docker login --password-stdin' in a private config, never on a command line
  --verbose                   show the scanner's output as it runs (it is always in DIR/scan.log)
  --upload-raw-reports        keep oscap's report.html, results-arf.xml and results.xml as oscap wrote
                              them: unredacted, with password hashes and secret values read from the
                              image (default: redacted, report.html made again from the redacted ARF)
  --evidence LIST             assessor evidence to write into DIR, as for 'stig-gate evidence':
                              all (default), none, or any of cklb, ckl, poam-csv, oscal-ar, oscal-poam,
                              hdf, manifest

The engine is DOCKER_HOST (a unix:// socket) or /var/run/docker.sock; in container and image mode the
scanner mounts that socket (rootfs mode gives it none).

Gate options, as for 'stig-gate compare':
${compare.gateOptionsUsage}`;
const scanOptionSpec = {
    image: { type: 'string', multiple: true },
    disk: { type: 'string', multiple: true },
    parallel: { type: 'string' },
    'output-dir': { type: 'string' },
    'scanner-image': { type: 'string', default: imageKey.DEFAULT_SCANNER_IMAGE },
    mode: { type: 'string', default: 'auto' },
    'rootfs-max-mb': { type: 'string', default: String(imageKey.DEFAULT_ROOTFS_MAX_MB) },
    'rootfs-extract-all': { type: 'boolean' },
    'upload-raw-reports': { type: 'boolean' },
    ...scannerLimitsSpec,
    profile: { type: 'string', default: imageKey.DEFAULT_PROFILE },
    datastream: { type: 'string' },
    'tailoring-file': { type: 'string' },
    timeout: { type: 'string', default: String(imageKey.DEFAULT_TIMEOUT_SECONDS) },
    pull: { type: 'string', default: 'always' },
    registry: { type: 'string' },
    'registry-username': { type: 'string' },
    'registry-password-file': { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
    evidence: { type: 'string', default: 'all' },
    help: { type: 'boolean', short: 'h' },
};
function parseMaxMb(text) {
    const mb = Number(text);
    if (!/^\s*\d+\s*$/.test(text) || mb <= 0) {
        throw new cli.ConfigurationError(`--rootfs-max-mb must be a positive whole number of MiB; got '${text}'`);
    }
    return mb;
}
function parseTimeout(text) {
    const seconds = Number(text);
    if (text.trim() === '' || !Number.isFinite(seconds) || seconds <= 0 || seconds > imageKey.MAX_TIMEOUT_SECONDS) {
        throw new cli.ConfigurationError(`--timeout must be a positive number of seconds up to ${imageKey.MAX_TIMEOUT_SECONDS} (5 days); got '${text}'`);
    }
    return seconds;
}
/**
 * The gate's inputs, checked before the scan so that a typo costs no scan: the policy values and that the
 * baseline and waivers files exist (gateAndReport reads and checks them in full afterwards).
 */
async function checkGateInputs(values) {
    args.oneOf('--fail-on', values['fail-on'] ?? 'new', compare.FAIL_ON_VALUES);
    args.oneOf('--severity-threshold', values['severity-threshold'] ?? 'low', compare.SEVERITY_THRESHOLDS);
    for (const [option, path] of [
        ['--baseline', values.baseline],
        ['--waivers', values.waivers],
    ]) {
        if (path === undefined)
            continue;
        const isFile = await promises.stat(path).then((info) => info.isFile(), () => false);
        if (!isFile)
            throw new cli.ConfigurationError(`${option} '${path}' is not a readable file`);
    }
}
/** Credentials from the options and the environment; none when no username is given. */
async function registryCredentials(image, server, username, passwordFile, env) {
    const fromEnv = env.STIG_GATE_REGISTRY_PASSWORD;
    if (username === undefined) {
        if (passwordFile !== undefined || server !== undefined) {
            throw new cli.ConfigurationError('--registry and --registry-password-file need --registry-username');
        }
        return undefined;
    }
    let password;
    if (passwordFile !== undefined) {
        try {
            password = (await promises.readFile(passwordFile, 'utf8')).replace(/\r?\n$/, '');
        }
        catch {
            throw new cli.ConfigurationError(`--registry-password-file '${passwordFile}' cannot be read`);
        }
    }
    else if (fromEnv !== undefined && fromEnv !== '') {
        password = fromEnv;
    }
    else {
        throw new cli.ConfigurationError('--registry-username needs a password: --registry-password-file FILE or STIG_GATE_REGISTRY_PASSWORD');
    }
    return { server: server ?? imageKey.registryOf(image), username, password };
}
/** Progress on stderr, each line stamped with the time since the command started. */
function stderrLogger(io, verbose) {
    const started = performance.now();
    const stamp = () => `[scan +${((performance.now() - started) / 1000).toFixed(1)}s]`;
    return {
        info: (message) => io.stderr(`${stamp()} ${message}\n`),
        warning: (message) => io.stderr(`${stamp()} warning: ${message}\n`),
        ...(verbose && { detail: (line) => io.stderr(`  | ${line}\n`) }),
    };
}
/**
 * Aborts on SIGINT/SIGTERM so the scan removes its containers before the process ends; a second signal ends
 * the process at once. Returns the function that takes the handlers away again.
 */
function abortOnSignals(controller, io) {
    const onSignal = (signal) => {
        if (controller.signal.aborted)
            process.exit(130);
        io.stderr(`stig-gate scan: ${signal}: stopping the scan and removing its containers (again to quit now)\n`);
        controller.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    };
}
/**
 * The run plan from the arguments, checked before any scan so that a typo costs none. Several images, or
 * one with its own baseline, are a set: each image in its own folder.
 */
async function planScan(values, env) {
    // A disk is a target named by its path (see diskTarget): the rest of the scan takes it as it takes an image.
    const targets = [...(values.image ?? []), ...(values.disk ?? []).map(imageKey.diskTarget)];
    const outputDir = values['output-dir'];
    if (targets.length === 0)
        throw new cli.ConfigurationError(`scan needs --image REF or --disk PATH\n\n${scanUsage}`);
    if (outputDir === undefined)
        throw new cli.ConfigurationError(`scan needs --output-dir DIR\n\n${scanUsage}`);
    const set = targets.length > 1 || targets.some((text) => text.includes('='));
    const entries = set ? parseImageEntries(targets, '--image') : [{ image: targets[0] }];
    const images = planImages(entries, {
        set,
        outputDir,
        baseline: values.baseline === undefined ? { kind: 'none' } : { kind: 'file', path: values.baseline },
        profile: values.profile,
    });
    // Artifacts are looked up in GitHub: the action's.
    for (const { image, baseline } of images)
        if (baseline.kind === 'artifact')
            throw new cli.ConfigurationError(`--image '${image}=artifact…': artifact baselines are the action's (they are looked up in GitHub); give a results file or image:REF`);
    if (!set && values.parallel !== undefined)
        throw new cli.ConfigurationError('--parallel needs more than one --image');
    await checkGateInputs(values);
    const failOn = args.oneOf('--fail-on', values['fail-on'], compare.FAIL_ON_VALUES);
    const severityThreshold = args.oneOf('--severity-threshold', values['severity-threshold'], compare.SEVERITY_THRESHOLDS);
    if (set && values.format === 'sarif')
        throw new cli.ConfigurationError("--format sarif is one image's; each image's SARIF is in its folder");
    const parallel = values.parallel === undefined ? defaultParallel() : Number(values.parallel);
    if (!Number.isInteger(parallel) || parallel < 1)
        throw new cli.ConfigurationError(`--parallel must be a whole number, 1 or more; got '${values.parallel ?? ''}'`);
    const mode = args.oneOf('--mode', values.mode, imageKey.SCAN_MODES);
    const pull = args.oneOf('--pull', values.pull, imageKey.PULL_POLICIES);
    const timeoutSeconds = parseTimeout(values.timeout);
    const rootfsMaxMb = parseMaxMb(values['rootfs-max-mb']);
    const evidence = evidenceOutput.parseEvidenceFormats('--evidence', values.evidence);
    const registry = await registryCredentials(entries[0].image, values.registry, values['registry-username'], values['registry-password-file'], env);
    const workflowRun = evidence.length > 0 ? await evidenceOutput.workflowRunFromEnv(env) : undefined;
    return {
        images,
        set,
        parallel,
        outputDir,
        outputDirName: '--output-dir',
        each: {
            scan: {
                scannerImage: values['scanner-image'],
                mode,
                rootfsMaxMb,
                ...(values['rootfs-extract-all'] === true && { rootfsExtractAll: true }),
                ...scannerLimitOptions(values),
                profile: values.profile,
                ...(values.datastream !== undefined && { datastream: values.datastream }),
                ...(values['tailoring-file'] !== undefined && { tailoringFile: values['tailoring-file'] }),
                timeoutSeconds,
                pull,
                ...(registry && { registry }),
            },
            gate: {
                policy: { failOn, severityThreshold },
                inheritedFromHost: values['inherited-from-host'] ?? false,
                ...(values.waivers !== undefined && { waivers: values.waivers }),
            },
            evidence,
            ...(workflowRun && { workflowRun }),
            ...(values['upload-raw-reports'] === true && { uploadRawReports: true }),
        },
    };
}
function parseScanArgs(argv) {
    return args.parseCommandArgs('scan', argv, { ...scanOptionSpec, ...compare.gateOptions });
}
async function scan(argv, io, env = process.env) {
    const { values, positionals } = parseScanArgs(argv);
    if (values.help) {
        io.stdout(scanUsage);
        return cli.EXIT_PASS;
    }
    if (positionals.length > 0)
        throw new cli.ConfigurationError(`scan takes no positional arguments; got '${positionals[0]}'`);
    const plan = await planScan(values, env);
    const format = plan.set ? undefined : compare.reportFormat(values);
    if (!plan.set)
        await compare.refuseOutputOverInput(values, undefined);
    const controller = new AbortController();
    const release = abortOnSignals(controller, io);
    const log = stderrLogger(io, values.verbose === true);
    if (plan.set)
        log.info(`${plan.images.length} images, ${plan.parallel} at a time`);
    try {
        const runs = await runPlan(plan, {
            log,
            signal: controller.signal,
            // The report goes out first: a reports folder that cannot be written then loses nothing printed.
            onGated: async ({ result }) => {
                release();
                await compare.writeReport(compare.renderReport(result, format), values, io);
            },
            finished: async ({ outcome, files, log: imageLog }) => {
                if (!outcome)
                    return;
                if (!plan.set)
                    io.stderr(`reports: ${files.json}, ${files.sarif}, ${files.markdown}\n`);
                if (files.evidence)
                    io.stderr(`evidence: ${Object.values(files.evidence).join(', ')}\n`);
                if (plan.set)
                    imageLog.info(`${outcome.result.verdict === 'fail' ? 'FAIL' : 'PASS'}: ${outcome.result.reason}`);
            },
        });
        if (!plan.set) {
            const [run] = runs;
            if (!run.outcome)
                throw run.error;
            return compare.printVerdict(run.outcome.result, values, io);
        }
        const members = runs.map((run) => run.member);
        return await setOutput.reportSet(members, {
            format: values.format,
            output: values.output,
            heading: `STIG gate: ${members.length} images (${plan.each.scan.profile ?? ''})`,
            dir: plan.outputDir,
        }, io);
    }
    finally {
        release();
    }
}

exports.abortOnSignals = abortOnSignals;
exports.checkGateInputs = checkGateInputs;
exports.parseMaxMb = parseMaxMb;
exports.parseTimeout = parseTimeout;
exports.registryCredentials = registryCredentials;
exports.scan = scan;
exports.scanOptionSpec = scanOptionSpec;
exports.scanUsage = scanUsage;
exports.stderrLogger = stderrLogger;
