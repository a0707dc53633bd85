/**
 * The one way stig-gate runs docker: @actions/exec with an argument array (nothing reaches a shell), the
 * exit code returned rather than thrown, and output kept for messages.
 */
import { getExecOutput } from '@actions/exec';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ConfigurationError, toError } from '../errors.js';

export interface DockerCommandOptions {
  /** Written to docker's standard input, e.g. a password for `login --password-stdin`. */
  input?: Buffer;
  /** Called with each line as it arrives, for progress and for spotting what the scanner creates. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

export interface DockerResult {
  /** The process's exit code; -1 when it was ended by a signal. */
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs `docker` with `args` (without the word docker). */
export type DockerRunner = (args: readonly string[], options?: DockerCommandOptions) => Promise<DockerResult>;

/**
 * The first executable file `name` in the directories of `searchPath` (PATH), as a shell finds it; undefined
 * when there is none. Empty entries (the current directory, to a shell) are skipped. Synchronous on
 * purpose: a stat is microseconds, while @actions/io's `which` awaits one per PATH entry, one after the
 * other, which put 13 ms before the first docker command with this machine's 11 entries.
 */
export function findOnPath(name: string, searchPath: string): string | undefined {
  for (const directory of searchPath.split(delimiter)) {
    if (directory === '') continue;
    const candidate = join(directory, name);
    try {
      if (statSync(candidate).isFile()) {
        accessSync(candidate, constants.X_OK);
        return candidate;
      }
    } catch {
      // Not there, or not executable by this user: look further, as a shell does.
    }
  }
  return undefined;
}

/**
 * A {@link DockerRunner} over the docker CLI on PATH. `dockerHost` becomes DOCKER_HOST for every command, so
 * that the CLI and the scanner's mounted socket are the same engine.
 */
export function execDockerRunner(
  dockerHost?: string,
  baseEnv: NodeJS.ProcessEnv = process.env,
): DockerRunner {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(baseEnv)) if (value !== undefined) env[key] = value;
  if (dockerHost !== undefined) env.DOCKER_HOST = dockerHost;
  // Looked up once: exec's own lookup of a bare name stats every PATH entry, one after the other, on every
  // command, which delayed the cleanup's start behind the reading of the results by 0.1 s.
  const docker = findOnPath('docker', baseEnv.PATH ?? '');
  return async (args, options = {}) => {
    // Reported by the first command, as the step it was for (see connectionChecked in scan.ts).
    if (docker === undefined) {
      throw new ConfigurationError(
        'the docker CLI is not on PATH: install Docker (docker.io) or add it to PATH',
      );
    }
    const listeners = options.onLine && {
      stdline: (line: string) => options.onLine?.(line, 'stdout'),
      errline: (line: string) => options.onLine?.(line, 'stderr'),
    };
    try {
      const result = await getExecOutput(docker, [...args], {
        env,
        silent: true,
        ignoreReturnCode: true,
        ...(options.input && { input: options.input }),
        ...(listeners && { listeners }),
      });
      // exec reports a signal death as a null code; -1 keeps the type honest.
      return {
        exitCode: typeof result.exitCode === 'number' ? result.exitCode : -1,
        stdout: result.stdout,
        stderr: result.stderr,
      };
    } catch (thrown) {
      const error = toError(thrown);
      // The CLI found when this runner was made has been removed since.
      if (/Unable to locate executable file/i.test(error.message)) {
        throw new ConfigurationError(`the docker CLI at ${docker} is gone: ${error.message}`);
      }
      throw error;
    }
  };
}
