/**
 * What went wrong, in words a user can act on: docker's and the scanner's output turned into one message
 * per failed step. Pure, so each case is tested from the text docker really prints.
 */
import type { ResolvedScanMode } from './options.js';
import { describeRootfsFailure } from './rootfs-diagnose.js';
import type { DockerResult } from './runner.js';

/** The last `max` non-empty lines of `text`, trimmed: the part of docker's output that says why. */
export function lastLines(text: string, max = 12): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
  const kept = lines.slice(-max);
  return (lines.length > max ? ['…', ...kept] : kept).join('\n');
}

function said(result: DockerResult): string {
  const text = lastLines(result.stderr) || lastLines(result.stdout);
  return text === '' ? `docker exited with ${result.exitCode} and printed nothing` : text;
}

/**
 * The docker CLI's own words when it cannot reach the engine, at the start of a line of its stderr: up to
 * Docker 28 "Cannot connect to the Docker daemon at …", from Docker 29 "failed to connect to the docker API
 * at …"; "error during connect" and "permission denied while trying to connect to the Docker daemon (or
 * docker API)" in both.
 */
const UNREACHABLE =
  /^(?:docker: )?(?:Cannot connect to the Docker daemon|failed to connect to the docker API|error during connect|permission denied while trying to connect to the docker (?:daemon|API))/im;

/** Whether a failed docker command failed because the engine could not be reached at all. */
export function isEngineUnreachable(result: DockerResult): boolean {
  return result.exitCode !== 0 && UNREACHABLE.test(result.stderr);
}

/** A docker command could not reach the engine (see isEngineUnreachable). */
export function describeConnectFailure(result: DockerResult, dockerHost: string): string {
  return (
    `cannot reach the Docker engine at ${dockerHost}: ${said(result)}\n` +
    'Start the engine, or point DOCKER_HOST at its socket (unix:///path/to/docker.sock).'
  );
}

const AUTH_PATTERN = /unauthorized|authentication required|no basic auth credentials|denied|401/i;
const NOT_FOUND_PATTERN = /not found|manifest unknown|does not exist|no such image/i;

/** `docker pull` failed for `reference`; `withCredentials` tells whether we logged in for its registry. */
export function describePullFailure(
  reference: string,
  result: DockerResult,
  withCredentials: boolean,
): string {
  const text = said(result);
  let advice = '';
  if (AUTH_PATTERN.test(text)) {
    advice = withCredentials
      ? 'The registry refused the credentials given for it: check the username, the password and its scopes.'
      : 'The registry wants credentials: give a registry username and password for it.';
  } else if (NOT_FOUND_PATTERN.test(text)) {
    advice = 'Check the image name and tag; an image built in this job needs pull "missing" or "never".';
  } else if (/connection refused|no such host|i\/o timeout|dial tcp/i.test(text)) {
    advice = 'The registry could not be reached from the Docker engine.';
  }
  return `cannot pull ${reference}: ${text}${advice ? `\n${advice}` : ''}`;
}

/** `docker login` failed. A registry's answer may quote what it was given: callers take the password out (`redactError`). */
export function describeLoginFailure(server: string, username: string, result: DockerResult): string {
  return `cannot log in to ${server} as ${username}: ${said(result)}`;
}

/** An image that should be local is not (pull "never", or an image that vanished after the pull). */
export function describeMissingImage(reference: string, result: DockerResult): string {
  return `image ${reference} is not in the Docker engine: ${said(result)}\nPull it first, or use pull "always".`;
}

/** The target container did not start. An image without `tail` (no shell, no coreutils) is the usual case. */
export function describeStartFailure(image: string, result: DockerResult): string {
  const text = said(result);
  if (/executable file not found|no such file or directory/i.test(text) && /tail/.test(text)) {
    return (
      `${image} has no 'tail' command (an image with no shell or coreutils), so container mode cannot keep it ` +
      `running for the scan (it starts the target with 'tail -f /dev/null', as the documented recipe does).\n` +
      `Try image mode (--mode image / mode: image): with OpenSCAP 1.3.8 or later in the scanner (the default ` +
      `scanner has 1.4), oscap-docker reads the image with 'docker export' and needs no shell in it.\n${text}`
    );
  }
  return `cannot start ${image} as the scan target: ${text}`;
}

/** `docker create` refused the scanner container (an image without that entrypoint is caught at start). */
export function describeScannerCreateFailure(scannerImage: string, result: DockerResult): string {
  return `docker could not create the scanner container from ${scannerImage}: ${said(result)}`;
}

/** What the scanner run ended with, as far as a message needs to know. */
export interface ScannerEnding {
  exitCode: number;
  /** Why the engine could not start the scanner container (its `State.Error`), when that is what happened. */
  startError?: string;
  /** The scanner's stdout and stderr as they came, docker's own errors included. */
  output: string;
  /** rootfs mode: how `docker export`, which fed the scanner, ended. */
  source?: { exitCode: number; stderr: string; stopped: boolean };
  scannerImage: string;
  image: string;
  /** The target is a disk (its name is `image`), read by libguestfs rather than `docker export`. */
  disk?: boolean;
  mode: ResolvedScanMode;
  timedOutAfterMs?: number;
  /** What oscap was on when it ended, from its own log (rootfs mode; see OscapProgress). */
  inProgress?: string;
  /** A resource limit the scanner hit, named with the input that sets it (see describeLimitHit). */
  limitHit?: string;
  aborted?: boolean;
  logFile: string;
}

/** What a process says when fork or thread creation fails: the pids limit, as a program sees it. */
const NO_MORE_PROCESSES =
  /Resource temporarily unavailable|can't start new thread|Cannot fork|fork: retry|pthread_create|EAGAIN/i;

/** Exits of a process killed by SIGSEGV or SIGABRT (128 + the signal), as docker reports them. */
const CRASH_EXITS = new Map([
  [139, 'SIGSEGV'],
  [134, 'SIGABRT'],
]);

/**
 * The scanner's resource limit that ended it, named with the inputs that set it, or undefined: the memory
 * limit when the engine says it killed the scanner for it, the pids limit when a failed run's output says
 * a process or thread could not be made.
 */
export function describeLimitHit(
  limits: { memoryMb: number; pids: number },
  ending: { oomKilled: boolean; exitCode: number; output: string },
): string | undefined {
  if (ending.oomKilled) {
    return (
      `the scanner reached its memory limit of ${limits.memoryMb} MiB and was killed (the image's files, ` +
      `held in memory in rootfs mode, and what oscap read): raise it with scanner-memory-mb ` +
      `(--scanner-memory-mb), or lower rootfs-max-mb so that a too-large image stops with its own message`
    );
  }
  if (ending.exitCode !== 0 && ending.exitCode !== 2 && NO_MORE_PROCESSES.test(ending.output)) {
    return (
      `the scanner could not start a process or thread: it reached its limit of ${limits.pids} processes ` +
      `and threads; raise it with scanner-pids-limit (--scanner-pids-limit)`
    );
  }
  // oscap starts a thread per probe and does not check that it got one: at the pids limit it dies of
  // SIGSEGV (or SIGABRT) without a word (measured: --scanner-pids-limit 16, exit 139, nothing printed).
  if (CRASH_EXITS.has(ending.exitCode)) {
    return (
      `the scanner crashed (exit ${ending.exitCode}, ${CRASH_EXITS.get(ending.exitCode)}); oscap does so when it ` +
      `cannot start a thread, at its limit of ${limits.pids} processes and threads: raise it with ` +
      `scanner-pids-limit (--scanner-pids-limit)`
    );
  }
  return undefined;
}

/** oscap-docker 1.3.x's image mode says this first; 1.3.8 and later say "Creating a temporary container". */
const OLD_IMAGE_MODE = /^Running given image in a temporary container/m;

/** Why a scanner run that did not end with oscap's 0 or 2 is not a result. */
export function describeScannerFailure(ending: ScannerEnding): string {
  const tail = lastLines(ending.output);
  const shown = tail === '' ? '(the scanner printed nothing)' : tail;
  const log = `Full scanner output: ${ending.logFile}`;
  if (ending.aborted) return `the scan was interrupted; its containers were removed.\n${log}`;
  if (ending.limitHit !== undefined) return `${ending.limitHit}\nLast output:\n${shown}\n${log}`;
  if (ending.timedOutAfterMs !== undefined) {
    const stuck =
      ending.inProgress === undefined
        ? 'Raise the timeout if the image is large.'
        : `oscap was still on ${ending.inProgress}: that check did not end in time on this image (an ` +
          `unusual file there: very large, very deep, or a pathological shape for the check's pattern).`;
    return (
      `the scan did not finish within its timeout of ${ending.timedOutAfterMs / 1000} s and was stopped; its ` +
      `containers were removed. ${stuck}\nLast output:\n${shown}\n${log}`
    );
  }
  if (ending.mode === 'rootfs') {
    const rootfs = describeRootfsFailure({ ...ending, shown, log });
    if (rootfs !== undefined) return rootfs;
  }
  const noOscapDocker =
    ending.startError !== undefined
      ? /oscap-docker/.test(ending.startError) &&
        /not found|no such file|permission denied/i.test(ending.startError)
      : (ending.exitCode === 126 || ending.exitCode === 127) && /oscap-docker/.test(shown);
  if (noOscapDocker) {
    return (
      `the scanner image ${ending.scannerImage} has no runnable oscap-docker (exit ${ending.exitCode}). Use an ` +
      `OpenSCAP image that ships oscap-docker, such as cgr.dev/chainguard/openscap:latest-dev.\n${shown}\n${log}`
    );
  }
  if (ending.startError !== undefined)
    return `docker could not start the scanner container: ${ending.startError}\n${log}`;
  if (/daemon does not appear to be running/i.test(ending.output)) {
    return (
      `oscap-docker inside the scanner could not reach the Docker engine through the mounted socket (exit ` +
      `${ending.exitCode}): the engine's socket must be a path the engine itself can mount.\n${shown}\n${log}`
    );
  }
  if (ending.mode === 'image' && OLD_IMAGE_MODE.test(ending.output)) {
    const why = /exec: "bash": executable file not found/i.test(ending.output)
      ? `${ending.image} has no bash`
      : /Cannot access mountpoint/.test(ending.output)
        ? `that container runs as the image's non-root USER, whose files oscap-docker cannot read there`
        : `that container did not keep running (an ENTRYPOINT gets 'bash' as its argument instead)`;
    return (
      `the scanner's oscap-docker is older than 1.3.8: its image mode starts 'bash' in a temporary container of ` +
      `the image, and ${why} (exit ${ending.exitCode}). Use a scanner with OpenSCAP 1.3.8 or later (such as ` +
      `cgr.dev/chainguard/openscap:latest-dev, 1.4), whose image mode reads the image with 'docker export' and ` +
      `needs nothing from it; or container mode, if the image has 'tail'.\n${shown}\n${log}`
    );
  }
  if (ending.exitCode === 1) {
    return `oscap reported an error (exit 1), so there are no complete results:\n${shown}\n${log}`;
  }
  return `the scanner ended with exit ${ending.exitCode}, which is not a scan result (oscap gives 0 or 2):\n${shown}\n${log}`;
}
