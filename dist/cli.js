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
 * Text from a scanned image, printed to a workflow's log, must not be a workflow command. The runner
 * (actions/runner, src/Runner.Worker/Handlers/OutputManager.cs and src/Runner.Common/ActionCommand.cs)
 * reads a step's output with StreamReader.ReadLine (a line ends at `\n`, `\r` or `\r\n`) and takes a line
 * for a command when:
 * - after `TrimStart()` (.NET's white space, U+0085 and U+00A0 included) it starts with `::` and has a
 *   second `::` (`::error title=x::text`), or
 * - it holds `##[` anywhere, followed by a `]` (`… ##[add-mask]value`).
 * Its `IndexOf` and `StartsWith` are culture-sensitive: with ICU, characters the collation ignores (controls,
 * soft hyphens, zero-width and other format characters) vanish from the comparison, so `#\u00AD#[` can be
 * `##[`. So, line by line: those invisible characters become U+FFFD (visible, never ignored), a line that
 * would start with `::` gets `> ` before it (a quotation, as it is), and `##[` becomes `## [`. Only ASCII
 * is inserted, which no comparison ignores.
 */
/** .NET's `char.IsWhiteSpace`, which `TrimStart()` removes: Unicode Zs, Zl, Zp and U+0009–000D, 0085, 00A0. */
const DOTNET_LEADING_SPACE = /^[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*/;
/**
 * Characters a culture-sensitive comparison may skip: controls (but tab), format characters and the rest of
 * Unicode's default-ignorable code points (variation selectors, fillers, tags).
 */
const IGNORABLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
/** One line (no line break in it) made inert. */
function inertLine(line) {
    let safe = line.replace(IGNORABLE, (char) => (char === '\t' ? char : '\uFFFD'));
    safe = safe.replaceAll('##[', '## [');
    const lead = DOTNET_LEADING_SPACE.exec(safe)?.[0] ?? '';
    if (safe.startsWith('::', lead.length))
        safe = `${lead}> ${safe.slice(lead.length)}`;
    return safe;
}
/**
 * `text` with no workflow command in any of its lines, by the runner's rules (see above). Line breaks are
 * kept as they were; everything else the runner would not act on is unchanged.
 */
function inertLogText(text) {
    return text
        .split(/(\r\n|\r|\n)/)
        .map((part, i) => (i % 2 === 1 ? part : inertLine(part)))
        .join('');
}
/**
 * A writer that passes everything through {@link inertLogText} line by line: a line is written once it is
 * complete (the runner judges whole lines, and a command may be split across writes), the rest at
 * {@link InertLineWriter.flush}. A `\r` at the end of a write waits for the next one (it may be `\r\n`).
 */
class InertLineWriter {
    write;
    pending = '';
    constructor(write) {
        this.write = write;
    }
    /** Writes the complete lines of `pending + text`, keeping the incomplete last one. */
    push(text) {
        const all = this.pending + text;
        const end = Math.max(all.lastIndexOf('\n'), all.endsWith('\r') ? -1 : all.lastIndexOf('\r'));
        if (end < 0) {
            this.pending = all;
            return;
        }
        this.pending = all.slice(end + 1);
        this.write(inertLogText(all.slice(0, end + 1)));
    }
    /** Writes what is left (an unfinished last line). */
    flush() {
        if (this.pending === '')
            return;
        const rest = this.pending;
        this.pending = '';
        this.write(inertLogText(rest));
    }
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
        load: async () => (await Promise.resolve().then(function () { return require('./cli-chunks/summarize-BqVzIjvH.js'); })).summarize,
        summary: 'show what one results file holds: counts and failing rules',
    },
    compare: {
        load: async () => (await Promise.resolve().then(function () { return require('./cli-chunks/compare-BEEPQjfh.js'); }).then(function (n) { return n.compare; })).compare,
        summary: 'gate results against a baseline, waivers and policy; write reports',
    },
    evidence: {
        load: async () => (await Promise.resolve().then(function () { return require('./cli-chunks/evidence-CHgNPoM7.js'); })).evidence,
        summary: 'gate results as compare does and write assessor evidence (CKLB, CKL, POA&M, OSCAL, HDF)',
    },
    scan: {
        load: async () => (await Promise.resolve().then(function () { return require('./cli-chunks/scan-BF7pa_jF.js'); })).scan,
        summary: 'pull and scan an image (or several) with OpenSCAP, then gate the results as compare does',
    },
    merge: {
        load: async () => (await Promise.resolve().then(function () { return require('./cli-chunks/merge-DEXWYn4T.js'); })).merge,
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
/**
 * Runs the CLI with `argv` (without node and the script) and returns the exit code. Everything it prints
 * goes through one {@link InertLineWriter} per stream: text from a scanned image (reports, scanner lines,
 * messages quoting it) can never be a workflow command when the CLI runs in a workflow's step.
 */
async function runCli(argv, rawIo) {
    const out = new InertLineWriter(rawIo.stdout);
    const err = new InertLineWriter(rawIo.stderr);
    const io = { stdout: (text) => out.push(text), stderr: (text) => err.push(text) };
    try {
        return await dispatch(argv, io);
    }
    finally {
        out.flush();
        err.flush();
    }
}
async function dispatch(argv, io) {
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
        io.stderr(`stig-gate ${name}: ${label}${errorMessage(thrown)}\n`);
        return EXIT_ERROR;
    }
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
