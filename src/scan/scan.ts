/**
 * One scan, end to end: check the options, reach the engine, pull both images, run oscap-docker in the
 * scanner, make sure the results are complete, and remove every container on every path.
 */
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { ConfigurationError, toError } from '../errors.js';
import type { ScanResults } from '../results/model.js';
import { removeScanLeftovers } from './cleanup.js';
import {
  commitTargetArgs,
  createSourceArgs,
  removeContainersArgs,
  runScannerArgs,
  scanNames,
  startTargetArgs,
  type ScanNames,
} from './commands.js';
import {
  describeConnectFailure,
  describeScannerFailure,
  describeStartFailure,
  lastLines,
} from './diagnose.js';
import { ensureImage, logIn, recordedDigest, type ImageInfo, type RegistryLogin } from './images.js';
import { planScan, registryOf, type ScanOptions, type ScanPlan } from './options.js';
import {
  outputPaths,
  producedFiles,
  readCompleteResults,
  removeStaleOutputs,
  writeMetadata,
} from './outputs.js';
import { runScanner } from './run-scanner.js';
import { execDockerRunner, type DockerRunner } from './runner.js';
import { ScanError, type ScanStep } from './scan-error.js';
import type { PhaseTiming, ScanLogger, ScanOutput, ScanPhase } from './types.js';

export type { PhaseTiming, ScanLogger, ScanOutput, ScanPhase } from './types.js';

const quietLogger: ScanLogger = { info: () => undefined, warning: () => undefined };

/** Replaces each secret in `text` with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => (secret === '' ? out : out.split(secret).join('***')), text);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Everything one scan carries from phase to phase. */
interface ScanRun {
  plan: ScanPlan;
  docker: DockerRunner;
  names: ScanNames;
  log: ScanLogger;
  redact: (text: string) => string;
  timings: PhaseTiming[];
  /** Called with the complete results while the containers are still being removed. */
  onResults?: (results: ScanResults) => void;
  /** Called once the scanner is running (its first line of output). */
  whileScanning?: () => void;
}

/** Runs one phase: logs its start and its duration, records the timing, stops first if the scan was aborted. */
async function phase<T>(run: ScanRun, name: ScanPhase, what: string, work: () => Promise<T>): Promise<T> {
  if (run.plan.signal?.aborted && name !== 'clean up') throw new ScanError(name as ScanStep, 'interrupted');
  run.log.info(`${name}${what ? `: ${what}` : ''}`);
  const started = performance.now();
  let ok = false;
  try {
    const result = await work();
    ok = true;
    return result;
  } catch (thrown) {
    // A user-fixable problem met on the way (e.g. no docker CLI) still names the step it stopped.
    if (thrown instanceof ConfigurationError && !(thrown instanceof ScanError) && name !== 'clean up') {
      throw new ScanError(name, thrown.message);
    }
    throw thrown;
  } finally {
    const ms = performance.now() - started;
    run.timings.push({ phase: name, ms });
    run.log.info(`${name}: ${ok ? 'done in' : 'failed after'} ${seconds(ms)}`);
  }
}

/**
 * Scans `options.image` with oscap-docker in `options.scannerImage`. Resolves only for complete results
 * (oscap exit 0 or 2, results.xml and results-arf.xml read in full, report.html written); everything else
 * rejects with a {@link ScanError} naming the step and listing what was produced. Containers (and the
 * labelled image of image mode) are removed on every path, including timeout and `options.signal`.
 * `runner` defaults to the docker CLI; `logger` to silence.
 */
export async function scanImage(
  options: ScanOptions,
  runner?: DockerRunner,
  logger: ScanLogger = quietLogger,
): Promise<ScanOutput> {
  const secrets = options.registry ? [options.registry.password] : [];
  const clean = (text: string) => redact(text, secrets);
  const log: ScanLogger = {
    info: (message) => logger.info(clean(message)),
    warning: (message) => logger.warning(clean(message)),
    ...(logger.detail && { detail: (line: string) => logger.detail?.(clean(line)) }),
  };
  let plan: ScanPlan;
  try {
    plan = await planScan(options);
    await mkdir(plan.outputDir, { recursive: true });
    await removeStaleOutputs(plan.outputDir);
  } catch (thrown) {
    const error = toError(thrown);
    if (error instanceof ConfigurationError) throw new ScanError('check options', clean(error.message));
    throw new ScanError('check options', `output directory ${options.outputDir}: ${error.message}`);
  }
  const run: ScanRun = {
    plan,
    docker: runner ?? execDockerRunner(plan.dockerHost),
    names: scanNames(randomBytes(6).toString('hex')),
    log,
    redact: clean,
    timings: [],
    ...(options.onResults && { onResults: options.onResults }),
    ...(options.whileScanning && { whileScanning: options.whileScanning }),
  };
  try {
    return await scanWithEngine(run);
  } catch (thrown) {
    const error = toError(thrown);
    if (error instanceof ScanError) {
      throw new ScanError(error.step, clean(error.detail), await producedFiles(plan.outputDir), run.names.id);
    }
    throw error;
  }
}

/** Rejects as `step` interrupted when `signal` aborts; never settles without one. */
function interrupted(signal: AbortSignal | undefined, step: ScanStep): Promise<never> {
  const stop = new Promise<never>((_, reject) => {
    const onAbort = () => reject(new ScanError(step, 'interrupted'));
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
  // Raced, never awaited alone: its rejection must not count as unhandled when nothing waits for it anymore.
  stop.catch(() => undefined);
  return stop;
}

/** The first rejection among `settled`, in the order given (the likelier cause first), else the values. */
function firstFailure(settled: PromiseSettledResult<unknown>[]): unknown {
  return settled.find((s): s is PromiseRejectedResult => s.status === 'rejected')?.reason;
}

/**
 * Everything after the options check. Steps that do not depend on each other overlap, as a by-hand run of
 * the recipe cannot: the engine check runs beside the pulls, the target is started as soon as its own image
 * is in (while the scanner's is still coming), and the results are read while the containers are removed.
 */
async function scanWithEngine(run: ScanRun): Promise<ScanOutput> {
  const { plan, docker } = run;
  const connecting = phase(run, 'connect to docker', plan.dockerHost, async () => {
    const result = await docker(['version', '--format', '{{.Server.Version}}']);
    if (result.exitCode !== 0)
      throw new ScanError('connect to docker', describeConnectFailure(result, plan.dockerHost));
    run.log.info(`Docker engine ${result.stdout.trim()}`);
  });
  // Settled below, after the pulls that run meanwhile; until then a rejection must not count as unhandled.
  connecting.catch(() => undefined);
  let login: RegistryLogin | undefined;
  const logOut = async () => {
    const closing = login;
    login = undefined;
    await closing
      ?.close()
      .catch((error: unknown) => run.log.warning(`docker logout failed: ${toError(error).message}`));
  };
  // Set when a container or image of this scan may exist: from then on every path removes them.
  let created = false;
  let cleaning: Promise<void> | undefined;
  try {
    const credentials = plan.registry;
    if (credentials) {
      await connecting;
      login = await phase(run, 'log in to registry', `${credentials.server} as ${credentials.username}`, () =>
        logIn(docker, credentials),
      );
      if (![plan.image, plan.scannerImage].some((ref) => registryOf(ref) === credentials.server)) {
        run.log.warning(
          `registry credentials were given for ${credentials.server}, but neither image is from there`,
        );
      }
    }
    const pullingTarget = phase(run, 'pull target', `${plan.image} (pull ${plan.pull})`, () =>
      ensureImage(docker, plan.image, plan.pull, 'pull target', login),
    );
    const pullingScanner = phase(run, 'pull scanner', `${plan.scannerImage} (pull ${plan.pull})`, () =>
      ensureImage(docker, plan.scannerImage, plan.pull, 'pull scanner', login),
    );
    const preparing = (async () => {
      const target = await pullingTarget;
      // Only once the engine answered: with no engine there is nothing to start, and nothing to remove.
      await connecting;
      created = true;
      // The scan timeout covers this step and the scanner, not the pulls: it starts here, and the scanner
      // gets what this step left of it (see runTheScanner).
      const started = performance.now();
      await prepareTarget(run, target, started + plan.timeoutMs);
      return { target, ms: performance.now() - started };
    })();
    // With the target up, a failed start or an interrupt must not wait for the scanner's pull to end: the
    // cleanup runs at once (the pull finishes on its own).
    const scannerOrStop = Promise.race([
      pullingScanner,
      preparing.then(() => pullingScanner),
      interrupted(plan.signal, 'pull scanner'),
    ]);
    // A failure of the engine check explains any other; then the target's, as the likelier mistake.
    const settled = await Promise.allSettled([connecting, pullingTarget, scannerOrStop, preparing]);
    await logOut();
    const failure = firstFailure(settled);
    if (failure !== undefined) throw failure;
    const [{ target, ms: prepareMs }, scanner] = [await preparing, await pullingScanner];
    run.log.info(
      `target ${recordedDigest(plan.image, target)}; scanner ${recordedDigest(plan.scannerImage, scanner)}`,
    );
    const oscapExitCode = await runTheScanner(
      run,
      scanner.id,
      performance.now() + plan.timeoutMs - prepareMs,
    );
    // Cleanup first: reading is synchronous work that would otherwise hold back the removal's start.
    cleaning = cleanUp(run);
    const reading = readCompleteResults(plan.outputDir, oscapExitCode);
    // Awaited in the phase below; until then a rejection must not count as unhandled.
    reading.catch(() => undefined);
    const results = await phase(run, 'read results', plan.outputDir, () => reading);
    run.onResults?.(results);
    await cleaning;
    const paths = outputPaths(plan.outputDir);
    const output: ScanOutput = {
      scanId: run.names.id,
      outputDir: plan.outputDir,
      ...paths,
      oscapExitCode,
      targetDigest: recordedDigest(plan.image, target),
      scannerDigest: recordedDigest(plan.scannerImage, scanner),
      targetImageId: target.id,
      scannerImageId: scanner.id,
      results,
      timings: run.timings,
    };
    await writeMetadata(plan, output);
    return output;
  } finally {
    await logOut();
    if (cleaning) await cleaning;
    else if (created) await cleanUp(run);
  }
}

/** Starts the target (container mode) or makes its labelled copy (image mode), within the scan timeout. */
async function prepareTarget(run: ScanRun, target: ImageInfo, deadline: number): Promise<void> {
  const { plan, docker, names } = run;
  if (plan.mode === 'container') {
    await phase(run, 'start target', names.target, async () => {
      const started = await beforeDeadline(
        docker(startTargetArgs(names, target.id)),
        deadline,
        'start target',
      );
      if (started.exitCode !== 0)
        throw new ScanError('start target', describeStartFailure(plan.image, started));
    });
  } else {
    await phase(run, 'prepare target', `labelled copy ${names.labelledImage}`, () =>
      beforeDeadline(prepareLabelledImage(docker, names, target), deadline, 'prepare target'),
    );
  }
}

/**
 * The timeout covers starting the target too: a hung engine fails the step there instead of waiting for
 * the job's own time limit. The docker command may linger; the cleanup that follows removes what it made.
 */
async function beforeDeadline<T>(work: Promise<T>, deadline: number, step: ScanStep): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ScanError(step, 'did not finish within the scan timeout; is the Docker engine responding?'),
        ),
      Math.max(1, deadline - performance.now()),
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs oscap-docker in the scanner until the deadline; returns oscap's 0 or 2, anything else is an error. */
async function runTheScanner(run: ScanRun, scannerImageId: string, deadline: number): Promise<0 | 2> {
  const { plan, docker, names } = run;
  const targetArg = plan.mode === 'container' ? names.target : names.labelledImage;
  const logFile = outputPaths(plan.outputDir).log;
  const ran = await phase(
    run,
    'run scanner',
    `oscap-docker ${plan.mode} ${targetArg} (profile ${plan.profile})`,
    () =>
      runScanner({
        docker,
        args: runScannerArgs(plan, names, scannerImageId, targetArg),
        scannerName: names.scanner,
        timeoutMs: Math.max(1, deadline - performance.now()),
        ...(plan.signal && { signal: plan.signal }),
        logFile,
        ...(run.log.detail && { onLine: run.log.detail }),
        ...(run.whileScanning && { onRunning: run.whileScanning }),
        onHeartbeat: (ms) => run.log.info(`run scanner: still running after ${seconds(ms)}`),
        fastTempStop: plan.mode === 'image',
        redact: run.redact,
      }),
  );
  if (ran.timedOut || ran.aborted || (ran.exitCode !== 0 && ran.exitCode !== 2)) {
    throw new ScanError(
      'run scanner',
      describeScannerFailure({
        exitCode: ran.exitCode,
        output: ran.output,
        scannerImage: plan.scannerImage,
        image: plan.image,
        mode: plan.mode,
        ...(ran.timedOut && { timedOutAfterMs: plan.timeoutMs }),
        aborted: ran.aborted,
        logFile,
      }),
    );
  }
  return ran.exitCode;
}

/** Removes the scan's containers (and image mode's labelled image); problems are warnings, never the verdict. */
async function cleanUp(run: ScanRun): Promise<void> {
  const { docker, names, plan } = run;
  await phase(run, 'clean up', '', async () => {
    try {
      for (const problem of await removeScanLeftovers(docker, names, plan.mode)) {
        run.log.warning(`cleanup: ${problem}`);
      }
    } catch (thrown) {
      // Never hide why the scan stopped behind a cleanup failure; say what to remove by hand.
      run.log.warning(
        `cleanup failed (${toError(thrown).message}); remove leftovers with: docker rm -f $(docker ps -aq --filter label=${names.label})`,
      );
    }
  });
}

/** Image mode: the target committed, unstarted, as a labelled image with one tag (see commitTargetArgs). */
async function prepareLabelledImage(
  docker: DockerRunner,
  names: ScanNames,
  target: ImageInfo,
): Promise<void> {
  const created = await docker(createSourceArgs(names, target.id, target.hasCommand));
  if (created.exitCode !== 0)
    throw new ScanError('prepare target', `docker create: ${lastLines(created.stderr)}`);
  const committed = await docker(commitTargetArgs(names));
  if (committed.exitCode !== 0)
    throw new ScanError('prepare target', `docker commit: ${lastLines(committed.stderr)}`);
  await docker(removeContainersArgs([names.source]));
}
