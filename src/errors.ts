/**
 * Two kinds of failure, told apart as github/codeql-action does: a {@link ConfigurationError} is
 * something the user can fix (a bad input, an unreadable results file, a missing image) and its message
 * says how; anything else is a bug in stig-gate and is reported as one.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** A results file that is not complete, well-formed XCCDF/ARF. Always fails the gate closed. */
export class ResultsFormatError extends ConfigurationError {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file === '' ? "'' (an empty path)" : file}: ${detail}`);
  }

  /** The same error, saying which results the file held: `the baseline results /b.xml: no such file`. */
  as(role: string): ConfigurationError {
    return new ConfigurationError(`the ${role} results ${this.message}`);
  }
}

/** Turns whatever was thrown into an Error, so that nothing is dropped for not being `instanceof Error`. */
export function toError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  if (typeof thrown === 'string') return new Error(thrown);
  try {
    return new Error(`non-Error thrown: ${JSON.stringify(thrown)}`);
  } catch {
    return new Error(`non-Error thrown: ${String(thrown)}`);
  }
}

/** True when the error is the user's to fix rather than a bug. */
export function isUserError(error: Error): boolean {
  return error instanceof ConfigurationError;
}

/**
 * The one wording of an error for the user: what they can fix is its message; anything else says it is a
 * bug in stig-gate, with the stack to report.
 */
export function errorMessage(thrown: unknown): string {
  const error = toError(thrown);
  return isUserError(error)
    ? error.message
    : `stig-gate bug (please report it): ${error.stack ?? error.message}`;
}
