#!/usr/bin/env node
'use strict';

/**
 * Two kinds of failure, told apart as github/codeql-action does: a {@link ConfigurationError} is
 * something the user can fix (a bad input, an unreadable results file, a missing image) and its message
 * says how; anything else is a bug in stig-gate and is reported as one.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/** A results file that is not complete, well-formed XCCDF/ARF. Always fails the gate closed. */
class ResultsFormatError extends ConfigurationError {
    file;
    detail;
    constructor(file, detail) {
        super(`${file === '' ? "'' (an empty path)" : file}: ${detail}`);
        this.file = file;
        this.detail = detail;
    }
    /** The same error, saying which results the file held: `the baseline results /b.xml: no such file`. */
    as(role) {
        return new ConfigurationError(`the ${role} results ${this.message}`);
    }
}
/** Turns whatever was thrown into an Error, so that nothing is dropped for not being `instanceof Error`. */
function toError(thrown) {
    if (thrown instanceof Error)
        return thrown;
    if (typeof thrown === 'string')
        return new Error(thrown);
    try {
        return new Error(`non-Error thrown: ${JSON.stringify(thrown)}`);
    }
    catch {
        return new Error(`non-Error thrown: ${String(thrown)}`);
    }
}
/** True when the error is the user's to fix rather than a bug. */
function isUserError(error) {
    return error instanceof ConfigurationError;
}
/**
 * The one wording of an error for the user: what they can fix is its message; anything else says it is a
 * bug in stig-gate, with the stack to report.
 */
function errorMessage(thrown) {
    const error = toError(thrown);
    return isUserError(error)
        ? error.message
        : `stig-gate bug (please report it): ${error.stack ?? error.message}`;
}

/**
 * stig-gate's name and version, as `--version` prints them and the evidence names its generator. A test
 * holds it to package.json's (the bundles do not read package.json at run time).
 */
const TOOL = { name: 'stig-gate', version: '0.1.0' };

/** Exit codes, the same as oscap's: 0 gate passed, 2 gate failed, 1 error. */
const EXIT_PASS = 0;
const EXIT_ERROR = 1;
const EXIT_FAIL = 2;

/** The CLI's dispatcher: picks the command, and turns errors into messages and exit codes. */
/**
 * Each command is loaded only when it runs: `summarize` then never compiles the Docker and GitHub code,
 * which is most of the bundle and a third of a short run's time.
 */
const commands = {
    summarize: {
        load: async () => (await Promise.resolve().then(function () { return require('./cli-chunks/summarize-Bc1eD_o6.js'); })).summarize,
        summary: 'show what one results file holds: counts and failing rules',
    },
    compare: {
        load: async () => (await Promise.resolve().then(function () { return require('./cli-chunks/compare-BcEDXD8D.js'); }).then(function (n) { return n.compare; })).compare,
        summary: 'gate results against a baseline, waivers and policy; write reports',
    },
    evidence: {
        load: async () => (await Promise.resolve().then(function () { return require('./cli-chunks/evidence-Z_iOMIP3.js'); })).evidence,
        summary: 'gate results as compare does and write assessor evidence (CKLB, CKL, POA&M, OSCAL, HDF)',
    },
    scan: {
        load: async () => (await Promise.resolve().then(function () { return require('./cli-chunks/scan-U1sL98uq.js'); })).scan,
        summary: 'pull and scan an image (or several) with OpenSCAP, then gate the results as compare does',
    },
    merge: {
        load: async () => (await Promise.resolve().then(function () { return require('./cli-chunks/merge-CiSi419u.js'); })).merge,
        summary: 'one verdict for reports gated elsewhere (matrix jobs, earlier scans)',
    },
};
const usage = `Usage: stig-gate <command> [options]

Commands:
${Object.entries(commands)
    .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
    .join('\n')}

Run 'stig-gate <command> --help' for a command's options; 'stig-gate --version' (-V) prints the version.
Exit codes: 0 gate passed (or command succeeded), 2 gate failed, 1 error.
`;
/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
async function runCli(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        (name === undefined ? io.stderr : io.stdout)(usage);
        return name === undefined ? EXIT_ERROR : EXIT_PASS;
    }
    if (name === '--version' || name === '-V') {
        io.stdout(`${TOOL.name} ${TOOL.version}\n`);
        return EXIT_PASS;
    }
    const command = commands[name];
    if (!command) {
        io.stderr(`stig-gate: unknown command '${name}'\n\n${usage}`);
        return EXIT_ERROR;
    }
    try {
        return await (await command.load())(rest, io);
    }
    catch (thrown) {
        const label = isUserError(toError(thrown)) ? 'error: ' : '';
        io.stderr(`stig-gate ${name}: ${label}${inert(errorMessage(thrown))}\n`);
        return EXIT_ERROR;
    }
}
/**
 * A message can quote text from an input file over several lines. In a workflow's `run:` step, a line that
 * starts with `::` (after white space) would be a workflow command to the runner (`::error::`,
 * `::add-mask::`, `::stop-commands::`): such a line is printed after a `> `, as the quotation it is.
 */
function inert(message) {
    return message.replace(/^[^\S\n]*(?=::)/gm, (space) => `${space}> `);
}

/** The `stig-gate` command. Wiring only: the commands live in src/cli/. */
/**
 * Writes to `stream` until its reader goes away (EPIPE: `stig-gate summarize … | head`), then drops what
 * nobody reads. The command still finishes its work (reports written to files, child processes awaited)
 * and exits with its own code; without this, Node reports the unhandled EPIPE and exits 1.
 */
function quietOnClose(stream) {
    let closed = false;
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
        closed = true;
    });
    return {
        write: (text) => {
            if (!closed)
                stream.write(text);
        },
        // Resolves once everything written so far has been handed to the system (or the reader has gone).
        flushed: () => closed || stream.destroyed
            ? Promise.resolve()
            : new Promise((resolve) => stream.write('', () => resolve())),
    };
}
const stdout = quietOnClose(process.stdout);
const stderr = quietOnClose(process.stderr);
// Fails closed: should the command ever stop without finishing (nothing left to wait for), Node exits 1.
process.exitCode = 1;
void runCli(process.argv.slice(2), { stdout: stdout.write, stderr: stderr.write }).then(async (code) => {
    // Every command has finished its work and awaited its child processes by now. Exiting here, once the
    // output is flushed, skips Node's teardown of the heap: 10–20 ms after a scan.
    await Promise.all([stdout.flushed(), stderr.flushed()]);
    process.exit(code);
});

exports.ConfigurationError = ConfigurationError;
exports.EXIT_ERROR = EXIT_ERROR;
exports.EXIT_FAIL = EXIT_FAIL;
exports.EXIT_PASS = EXIT_PASS;
exports.ResultsFormatError = ResultsFormatError;
exports.TOOL = TOOL;
exports.errorMessage = errorMessage;
exports.isUserError = isUserError;
exports.toError = toError;
