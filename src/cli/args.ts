/** Argument parsing shared by the CLI's commands: node's parseArgs, with errors a user can act on. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigurationError, toError } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `argv` strictly; an unknown or malformed option is a {@link ConfigurationError} naming it. */
export function parseCommandArgs<T extends Options>(command: string, argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ConfigurationError(`${command}: ${toError(error).message} (see 'stig-gate ${command} --help')`);
  }
}

/** Checks that `value` is one of `allowed`, naming the option and the choices when it is not. */
export function oneOf<const A extends readonly string[]>(
  option: string,
  value: string,
  allowed: A,
): A[number] {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigurationError(`${option} must be one of ${allowed.join(', ')}; got '${value}'`);
  }
  return value as A[number];
}
