#!/usr/bin/env node
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
    constructor(file, detail) {
        super(`${file}: ${detail}`);
        this.file = file;
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

/** Exit codes, the same as oscap's: 0 gate passed, 2 gate failed, 1 error. */
const EXIT_PASS = 0;
const EXIT_ERROR = 1;
const EXIT_FAIL = 2;

export { ConfigurationError as C, EXIT_ERROR as E, ResultsFormatError as R, EXIT_PASS as a, EXIT_FAIL as b, isUserError as i, toError as t };
