/**
 * The one way stig-gate runs docker: @actions/exec with an argument array (nothing reaches a shell), the
 * exit code returned rather than thrown, and output kept for messages.
 */
import { getExecOutput } from '@actions/exec';
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { delimiter, join } from 'node:path';
import { ConfigurationError, toError } from '../errors.js';

/**
 * A program other than docker, run on this host with an argument array (disk mode's libguestfs reader,
 * which streams a VM disk's files as a tar). `file` is the absolute path found on PATH.
 */
export interface HostCommand {
  file: string;
  args: readonly string[];
  /** Its whole environment; default this process's. */
  env?: Record<string, string>;
}

export interface DockerCommandOptions {
  /** Written to docker's standard input, e.g. a password for `login --password-stdin`. */
  input?: Buffer;
  /** Called with each line as it arrives, for progress and for spotting what the scanner creates. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /**
   * Another docker command (its arguments) or a {@link HostCommand} whose standard output becomes this
   * one's standard input, streamed (rootfs mode: `docker export`, or a disk's reader, into the scanner).
   * Its result is in {@link DockerResult.source}; it is ended when this command ends first.
   */
  stdinFrom?: readonly string[] | HostCommand;
  /**
   * Bytes written to this command's standard input: before {@link stdinFrom}'s stream, or, without one, all
   * of it (mount mode: the image's `Env`, which a command line cannot carry).
   */
  stdinPrefix?: Buffer;
}

export interface DockerResult {
  /** The process's exit code; -1 when it was ended by a signal. */
  exitCode: number;
  stdout: string;
  stderr: string;
  /**
   * With {@link DockerCommandOptions.stdinFrom}: how that command ended (its stdout went to this one);
   * `stopped` when it was ended because this one ended first (its exit code then says nothing).
   */
  source?: { exitCode: number; stderr: string; stopped: boolean };
}

/**
 * docker could not be run at all (the system refused the process: an argument list too long, no memory,
 * no process left). Not the user's input to fix as such, but no bug either: the step that ran it says so.
 */
export class DockerSpawnError extends ConfigurationError {}

/**
 * What Linux takes on one command line: one argument at most 128 KiB (MAX_ARG_STRLEN), all of them well
 * under the 2 MiB that the usual 8 MiB stack allows. Checked before spawning: Node throws E2BIG from inside
 * @actions/exec's promise, where nothing catches it.
 */
const MAX_ARG_BYTES = 128 * 1024 - 1;
const MAX_ARGS_BYTES = 1024 * 1024;

function checkArgs(args: readonly string[]): void {
  let total = 0;
  for (const arg of args) {
    const bytes = Buffer.byteLength(arg) + 1;
    total += bytes;
    if (bytes > MAX_ARG_BYTES || total > MAX_ARGS_BYTES) {
      throw new DockerSpawnError(
        `docker ${args[0] ?? ''} was not run: its command line would be longer than the system allows ` +
          `(${bytes > MAX_ARG_BYTES ? `one argument of ${Math.ceil(bytes / 1024)} KiB` : 'over 1 MiB'})`,
      );
    }
  }
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
    checkArgs(args);
    if (options.stdinFrom !== undefined || options.stdinPrefix !== undefined) {
      const from = options.stdinFrom;
      const source = from === undefined || isHostCommand(from) ? from : { file: docker, args: from };
      return runPiped(source, docker, args, env, options.onLine, options.stdinPrefix).catch(
        (thrown: unknown) => {
          throw spawnFailure(args, thrown);
        },
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
      throw spawnFailure(args, error);
    }
  };
}

/** A process the system would not start (`spawn E2BIG`, `EAGAIN`, `ENOMEM`) as a {@link DockerSpawnError}. */
function spawnFailure(args: readonly string[], thrown: unknown): Error {
  const error = toError(thrown);
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code))
    return new DockerSpawnError(`docker ${args[0] ?? ''} could not be run: ${error.message}`);
  return error;
}

function isHostCommand(from: readonly string[] | HostCommand): from is HostCommand {
  return !Array.isArray(from);
}

/**
 * The exit code of a process, once it has exited: -1 for a signal, as exec reports it (see
 * execDockerRunner). 'exit', not 'close': a stdin still being fed would hold 'close' back.
 */
function exited(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(typeof code === 'number' ? code : -1));
  });
}

/**
 * `<source> | docker <args>` without a shell: both spawned with argument arrays, the first one's stdout
 * piped into the second's stdin (the source's stdin is /dev/null: it is asked nothing), after `prefix`.
 * Without a source, `prefix` is all of the command's stdin (mount mode: the image's `Env`). When the
 * consumer ends first (it refused the stream, or was killed), the producer is ended too, so that nothing
 * outlives the command.
 */
async function runPiped(
  source: HostCommand | undefined,
  docker: string,
  args: readonly string[],
  env: Record<string, string>,
  onLine: DockerCommandOptions['onLine'],
  prefix?: Buffer,
): Promise<DockerResult> {
  const producer =
    source &&
    spawn(source.file, [...source.args], {
      env: source.env ?? env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const consumer = spawn(docker, [...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  const producerEnd = producer && exited(producer);
  const consumerEnd = exited(consumer);
  // Not awaited yet; a failure to start is reported through the awaits below.
  producerEnd?.catch(() => undefined);
  // The consumer may stop reading early (it refused the stream): the broken pipe is expected then.
  consumer.stdin.on('error', () => undefined);
  if (prefix !== undefined) consumer.stdin.write(prefix);
  let producerStderr = '';
  if (producer) {
    producer.stdout.pipe(consumer.stdin);
    producer.stderr.setEncoding('utf8');
    producer.stderr.on('data', (chunk: string) => {
      producerStderr += chunk;
    });
  } else consumer.stdin.end();
  const collected = { stdout: '', stderr: '' };
  const reading = (['stdout', 'stderr'] as const).map((stream) => {
    const lines = createInterface({ input: consumer[stream], crlfDelay: Infinity });
    lines.on('line', (line) => {
      collected[stream] += `${line}\n`;
      onLine?.(line, stream);
    });
    return new Promise<void>((resolve) => lines.once('close', resolve));
  });
  let exitCode: number;
  let stopped = false;
  try {
    exitCode = await consumerEnd;
  } finally {
    // The consumer is gone (done, or killed by a timeout or an interrupt): the rest of the stream has
    // nowhere to go.
    producer?.stdout.unpipe(consumer.stdin);
    consumer.stdin.destroy();
    if (producer && producer.exitCode === null && producer.signalCode === null) {
      stopped = true;
      // Closing its pipe too: a producer blocked writing to a full pipe would not see the signal.
      producer.stdout.destroy();
      producer.kill('SIGTERM');
    }
  }
  await Promise.all(reading);
  if (producerEnd === undefined) return { exitCode, ...collected };
  const sourceCode = await producerEnd.catch(() => -1);
  return { exitCode, ...collected, source: { exitCode: sourceCode, stderr: producerStderr, stopped } };
}
