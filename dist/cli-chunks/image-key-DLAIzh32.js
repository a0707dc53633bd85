#!/usr/bin/env node
'use strict';

var promises = require('node:fs/promises');
var node_os = require('node:os');
var node_path = require('node:path');
var cli = require('../cli.js');

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

/** One image across its builds: what the comment, the artifact and the checklists of an image are keyed on. */
/** The image reference without `@sha256:…`, so that every build of one tag is the same image to report on. */
function imageKey(image) {
    return image.trim().replace(/@[A-Za-z0-9_+.-]+:[A-Fa-f0-9]+$/, '');
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
exports.diskTarget = diskTarget;
exports.imageKey = imageKey;
exports.normaliseRegistry = normaliseRegistry;
exports.planScan = planScan;
exports.registryOf = registryOf;
exports.socketPathOf = socketPathOf;
exports.targetName = targetName;
