/**
 * Running the scanner container under a time limit: the one long step, so it streams, can be stopped, and
 * remembers what oscap-docker created on the way.
 */
import { scannerStateArgs, type ScanNames } from './commands.js';
import { OscapProgress } from './progress.js';
import type { DockerRunner, HostCommand } from './runner.js';

/** Lines the scanner printed, its exit, and how it was stopped if it was. */
export interface ScannerRun {
  exitCode: number;
  /** stdout and stderr lines in arrival order, docker's own errors included. */
  output: string;
  timedOut: boolean;
  aborted: boolean;
  /** What oscap's log last said it was on (rootfs mode), e.g. `rule X (file_object Y, file /etc/z)`. */
  inProgress?: string;
  /** With {@link RunScannerInput.stdinFrom}: how the command feeding the scanner's stdin ended. */
  source?: { exitCode: number; stderr: string; stopped: boolean };
}

export interface RunScannerInput {
  docker: DockerRunner;
  args: string[];
  /** What is streamed into the scanner's stdin (rootfs mode: `docker export`, or a disk's reader). */
  stdinFrom?: string[] | HostCommand;
  /**
   * Written to the scanner's stdin before {@link stdinFrom}'s stream, or alone (rootfs mode and mount mode:
   * the image's `Env`).
   */
  stdinPrefix?: Buffer;
  scannerName: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Each line, as it arrives (verbose output). */
  onLine?: (line: string) => void;
  /** Called once, with the scanner's first line: it is running, and this process is idle until it exits. */
  onRunning?: () => void;
  /** Progress while the scanner is quiet: called every `heartbeatMs` with the time so far. */
  onHeartbeat?: (elapsedMs: number) => void;
  heartbeatMs?: number;
  /** Image mode: stop oscap-docker 1.3.x's running temporary container once oscap has finished (see below). */
  fastTempStop: boolean;
  /** Lines go through this before they are kept or shown (removes secrets). */
  redact: (text: string) => string;
  /** rootfs mode: OSCAP_PROBE_ROOT, for the paths in oscap's log. */
  treeRoot?: string;
}

const READY_LINE = /^Docker container (\S+) ready to be scanned/;
/** oscap-docker 1.3.x's image mode, which starts a `bash` container; 1.4.x says "Creating a temporary container". */
const RUNS_TEMP_LINE = /^Running given image in a temporary container/;

/**
 * Runs the scanner. On timeout or abort the container is killed (repeatedly, until `docker run` returns, in
 * case it had not been created yet), so the caller's cleanup starts from a stopped scanner.
 *
 * Image mode with oscap-docker 1.3.x: it prints oscap's output only after oscap has exited, then stops its
 * temporary `bash` container with docker's default 10 s grace period, which bash ignores. Killing that
 * container once the first line after "ready to be scanned" arrives saves those 10 s and changes no result:
 * oscap is done. oscap-docker 1.3.8 and later never start their temporary container (they read it with
 * `docker export` and then only remove it), so there is nothing to stop: the kill is sent only after 1.3.x's
 * own "Running given image in a temporary container" line.
 */
export async function runScanner(input: RunScannerInput): Promise<ScannerRun> {
  const { docker, scannerName } = input;
  const lines: string[] = [];
  let readyTemp: string | undefined;
  let runsTemp = false;
  let tempStopRequested = false;
  let stopping: Promise<void> | undefined;
  let finished = false;
  let timedOut = false;
  let aborted = false;

  const stop = () => {
    stopping ??= (async () => {
      while (!finished) {
        await docker(['kill', scannerName]).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    })();
  };
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, input.timeoutMs);
  const onAbort = () => {
    aborted = true;
    stop();
  };
  if (input.signal?.aborted) onAbort();
  input.signal?.addEventListener('abort', onAbort, { once: true });
  const started = Date.now();
  const heartbeat =
    input.onHeartbeat &&
    setInterval(() => input.onHeartbeat?.(Date.now() - started), input.heartbeatMs ?? 30_000);

  const progress = new OscapProgress(input.treeRoot);
  const onLine = (raw: string, stream: 'stdout' | 'stderr') => {
    // oscap's INFO log: read for where it is, never kept (it quotes collected values).
    if (stream === 'stderr' && progress.see(raw)) return;
    const line = input.redact(raw);
    if (lines.length === 0) input.onRunning?.();
    lines.push(line);
    input.onLine?.(line);
    if (RUNS_TEMP_LINE.test(line)) runsTemp = true;
    const ready = READY_LINE.exec(line);
    if (ready?.[1]) {
      readyTemp = ready[1];
    } else if (input.fastTempStop && runsTemp && readyTemp && !tempStopRequested && stream === 'stdout') {
      tempStopRequested = true;
      docker(['kill', readyTemp]).catch(() => undefined);
    }
  };

  let exitCode: number;
  let source: ScannerRun['source'];
  try {
    const result = await docker(input.args, {
      onLine,
      ...(input.stdinFrom && { stdinFrom: input.stdinFrom }),
      ...(input.stdinPrefix && { stdinPrefix: input.stdinPrefix }),
    });
    exitCode = result.exitCode;
    source = result.source && {
      ...result.source,
      stderr: input.redact(result.source.stderr),
    };
  } finally {
    finished = true;
    clearTimeout(timer);
    if (heartbeat) clearInterval(heartbeat);
    input.signal?.removeEventListener('abort', onAbort);
    await stopping;
  }
  const inProgress = progress.describe();
  return {
    exitCode,
    output: lines.join('\n'),
    timedOut,
    aborted,
    ...(inProgress !== undefined && { inProgress }),
    ...(source && { source }),
  };
}

/** Why the engine could not start the scanner, and the exit code it gave it (127: no such executable). */
export interface StartFailure {
  error: string;
  exitCode: number;
}

/**
 * Tells a scanner the engine never started (e.g. no oscap-docker in the image: `docker start` then exits 1)
 * from a scanner that ran and failed, from the container's own state: docker's exit code alone cannot.
 * Undefined when it started, or when its state cannot be read.
 */
export async function scannerStartFailure(
  docker: DockerRunner,
  names: ScanNames,
): Promise<StartFailure | undefined> {
  const state = await docker(scannerStateArgs(names)).catch(() => undefined);
  if (state?.exitCode !== 0) return undefined;
  try {
    const { Error: error, ExitCode: exitCode } = JSON.parse(state.stdout) as {
      Error?: unknown;
      ExitCode?: unknown;
    };
    if (typeof error !== 'string' || error === '') return undefined;
    return { error, exitCode: typeof exitCode === 'number' ? exitCode : -1 };
  } catch {
    return undefined;
  }
}

/** Whether the engine killed the scanner for its memory limit (the container's `State.OOMKilled`). */
export async function scannerOomKilled(docker: DockerRunner, names: ScanNames): Promise<boolean> {
  const state = await docker(scannerStateArgs(names)).catch(() => undefined);
  if (state?.exitCode !== 0) return false;
  try {
    return (JSON.parse(state.stdout) as { OOMKilled?: unknown }).OOMKilled === true;
  } catch {
    return false;
  }
}
