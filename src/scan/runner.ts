/**
 * The one way stig-gate runs docker: @actions/exec with an argument array (nothing reaches a shell), the
 * exit code returned rather than thrown, and output kept for messages.
 */
import { getExecOutput } from '@actions/exec';
import { which } from '@actions/io';
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
  // Looked up once, from now on: exec's own lookup of a bare name stats every PATH entry, one after the
  // other, on every command, which delayed the cleanup's start behind the reading of the results by 0.1 s.
  const docker = which('docker', true);
  // Reported by the first command that needs it; until then a failure must not count as unhandled.
  docker.catch(() => undefined);
  return async (args, options = {}) => {
    const listeners = options.onLine && {
      stdline: (line: string) => options.onLine?.(line, 'stdout'),
      errline: (line: string) => options.onLine?.(line, 'stderr'),
    };
    try {
      const result = await getExecOutput(await docker, [...args], {
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
      if (/Unable to locate executable file/i.test(error.message)) {
        throw new ConfigurationError(
          'the docker CLI is not on PATH: install Docker (docker.io) or add it to PATH',
        );
      }
      throw error;
    }
  };
}
