/**
 * One scan, end to end: check the options, reach the engine, pull both images, run oscap-docker in the
 * scanner, make sure the results are complete, and remove every container on every path.
 */
import { imageOsFromOutput, type ImageOs } from './image-os.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { ConfigurationError, toError } from '../errors.js';
import type { ScanResults } from '../results/model.js';
import { removeScanLeftovers } from './cleanup.js';
import { diskImageInfo, diskTarOutCommand, readDisk, type DiskSource } from './disk.js';
import {
  commitTargetArgs,
  createScannerArgs,
  createSourceArgs,
  scanNames,
  startScannerArgs,
  startTargetArgs,
  type ScanNames,
} from './commands.js';
import {
  describeConnectFailure,
  describeLimitHit,
  describeScannerCreateFailure,
  describeScannerFailure,
  describeStartFailure,
  isEngineUnreachable,
  lastLines,
} from './diagnose.js';
import {
  ensureImage,
  imagesOfContainers,
  logIn,
  recordedDigest,
  type ImageInfo,
  type RegistryLogin,
} from './images.js';
import {
  createMountScannerArgs,
  MOUNTED_TREE,
  engineInfoArgs,
  imageMountSupport,
  inspectMountTargetArgs,
  parseMountTarget,
  type ImageMountSupport,
  type MountTarget,
} from './mount.js';
import { planScan, registryOf, type ScanOptions, type ScanPlan } from './options.js';
import {
  outputPaths,
  producedFiles,
  readCompleteResults,
  removeStaleOutputs,
  writeMetadata,
} from './outputs.js';
import {
  checkTargetEnv,
  createRootfsScannerArgs,
  exportTargetArgs,
  parseTargetEnv,
  ROOTFS_TREE,
  rootfsStdinHeader,
  startRootfsScannerArgs,
  targetEnvArgs,
} from './rootfs.js';
import { chooseExtraction } from './rootfs-reach.js';
import { ROOTFS_EXIT } from './rootfs-script.js';
import { runScanner, scannerOomKilled, scannerStartFailure } from './run-scanner.js';
import { DockerSpawnError, execDockerRunner, type DockerRunner } from './runner.js';
import { ScanError, type ScanStep } from './scan-error.js';
import { redactText } from '../results/why/redact.js';
import { redact, redactError, secretParts } from './secrets.js';
import type { PhaseTiming, ScanLogger, ScanOutput, ScanPhase } from './types.js';

export type { PhaseTiming, ScanLogger, ScanOutput, ScanPhase } from './types.js';

const quietLogger: ScanLogger = { info: () => undefined, warning: () => undefined };

/**
 * 12 random hex digits, for the scan's container names and label: they must not collide with another scan's
 * in the same engine (docker would refuse the name), and are no secret. Not node:crypto, which took ~5 ms of
 * every run's start to load.
 */
export function newScanId(): string {
  const part = () =>
    Math.floor(Math.random() * 0x1000000)
      .toString(16)
      .padStart(6, '0');
  return part() + part();
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
  onResults?: (
    results: ScanResults,
    recorded: Pick<ScanOutput, 'targetDigest' | 'scannerDigest' | 'mode'>,
  ) => void;
  /** Called once the scanner is running (its first line of output). */
  whileScanning?: () => void;
  /** Docker commands under way that make a container or image of this scan (see beforeDeadline). */
  making: Set<Promise<unknown>>;
  /** The output directory, made and cleared of an earlier run's outputs (see prepareOutputDir). */
  outputReady: Promise<void>;
  /** Whether docker was given no runner of the caller's, so that the engine's answers may be cached. */
  defaultRunner: boolean;
  /** mount mode: the image mounted, as inspected in the step "prepare target". */
  mountTarget?: MountTarget;
  /** A disk target, once checked (see readDisk): its files are the scanner's stream. */
  disk?: DiskSource;
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
  const secrets = options.registry ? secretParts(options.registry.password) : [];
  // What the scanner prints can quote the image (a value oscap collected, on a line of its own): the
  // evidence's redaction runs on every line kept or shown, after the registry password's.
  const clean = (text: string) => redactText(redact(text, secrets));
  const log: ScanLogger = {
    info: (message) => logger.info(clean(message)),
    warning: (message) => logger.warning(clean(message)),
    ...(logger.detail && { detail: (line: string) => logger.detail?.(clean(line)) }),
  };
  let plan: ScanPlan;
  let docker: DockerRunner;
  try {
    plan = await planScan(options);
    docker = connectionChecked(runner ?? execDockerRunner(plan.dockerHost), plan.dockerHost);
  } catch (thrown) {
    const error = toError(thrown);
    if (error instanceof ConfigurationError) throw new ScanError('check options', clean(error.message));
    throw error;
  }
  // Made ready while the images are pulled; nothing is created before it is (see scanWithEngine).
  const outputReady = prepareOutputDir(plan.outputDir);
  outputReady.catch(() => undefined);
  const run: ScanRun = {
    plan,
    docker,
    outputReady,
    names: scanNames(newScanId()),
    log,
    redact: clean,
    timings: [],
    making: new Set(),
    defaultRunner: runner === undefined,
    ...(options.onResults && { onResults: options.onResults }),
    ...(options.whileScanning && { whileScanning: options.whileScanning }),
  };
  try {
    return await scanWithEngine(run);
  } catch (thrown) {
    const error = toError(thrown);
    if (error instanceof ScanError) {
      // A scan that stopped early (a failed login) may stop while an earlier run's outputs are still being
      // deleted: they must not be listed as kept from this one.
      await outputReady.catch(() => undefined);
      throw new ScanError(error.step, clean(error.detail), await producedFiles(plan.outputDir), run.names.id);
    }
    throw redactError(error, secrets);
  }
}

/**
 * Creates the output directory and deletes an earlier run's outputs from it, so that they can never pass
 * for this run's; a failure is the step "check options", naming the directory.
 */
async function prepareOutputDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await removeStaleOutputs(dir);
  } catch (thrown) {
    throw new ScanError('check options', `output directory ${dir}: ${toError(thrown).message}`);
  }
}

/**
 * Rejects as interrupted at `step()` when `signal` aborts, unless `step()` is undefined then (that side was
 * done); never settles otherwise.
 */
function interrupted(signal: AbortSignal | undefined, step: () => ScanStep | undefined): Promise<never> {
  const stop = new Promise<never>((_, reject) => {
    const onAbort = () => {
      const at = step();
      if (at !== undefined) reject(new ScanError(at, 'interrupted'));
    };
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
 * There is no separate engine check (a `docker version` beside the pulls cost a docker process every run):
 * the first command that finds no engine fails the step "connect to docker". The scanner's own output is
 * not judged this way: what oscap-docker prints inside comes from the scanner, not from this side's CLI.
 */
function connectionChecked(docker: DockerRunner, dockerHost: string): DockerRunner {
  return async (args, options) => {
    let result;
    try {
      result = await docker(args, options);
    } catch (thrown) {
      // The runner's user error: no docker CLI on PATH. A process the system refused is the step's own.
      if (
        thrown instanceof ConfigurationError &&
        !(thrown instanceof ScanError) &&
        !(thrown instanceof DockerSpawnError)
      )
        throw new ScanError('connect to docker', thrown.message);
      throw thrown;
    }
    if (options?.onLine === undefined && isEngineUnreachable(result))
      throw new ScanError('connect to docker', describeConnectFailure(result, dockerHost));
    return result;
  };
}

/**
 * Everything after the options check. Steps that do not depend on each other overlap, as a by-hand run of
 * the recipe cannot: the two pulls run together and while the output directory is prepared, the target is
 * started as soon as its own image is in, the scanner container is created meanwhile, the images are
 * recorded while the scanner runs, and the results are read while the containers are removed.
 */
async function scanWithEngine(run: ScanRun): Promise<ScanOutput> {
  const { plan, docker, names } = run;
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
  // Set when the scan stops before the scanner exists: it is then never created. A creation under way is
  // waited for before the cleanup (see beforeDeadline), which would otherwise miss what it makes.
  let stopping = false;
  let recording: Promise<ImageInfo[]> | undefined;
  // What each side is doing, for the step an interrupt names.
  let targetStep: ScanStep | undefined = plan.disk === undefined ? 'pull target' : 'read disk';
  let scannerStep: ScanStep = 'pull scanner';
  try {
    const credentials = plan.registry;
    if (credentials) {
      login = await phase(run, 'log in to registry', `${credentials.server} as ${credentials.username}`, () =>
        logIn(docker, credentials),
      );
      if (![plan.image, plan.scannerImage].some((ref) => registryOf(ref) === credentials.server)) {
        run.log.warning(
          `registry credentials were given for ${credentials.server}, but neither image is from there`,
        );
      }
    }
    const diskPath = plan.disk;
    const pullingTarget =
      diskPath === undefined
        ? phase(run, 'pull target', `${plan.image} (pull ${plan.pull})`, () =>
            ensureImage(docker, plan.image, plan.pull, 'pull target', login),
          )
        : phase(run, 'read disk', `${diskPath} (qemu-img info, sha256)`, async () => {
            run.disk = await readDisk(diskPath);
            run.log.info(`read disk: ${run.disk.format}, sha256:${run.disk.sha256}`);
          });
    // A set of images pulls the scanner once, before its scans (see src/pipeline/fleet.ts).
    const pullingScanner = plan.scannerReady
      ? Promise.resolve()
      : phase(run, 'pull scanner', `${plan.scannerImage} (pull ${plan.pull})`, () =>
          ensureImage(docker, plan.scannerImage, plan.pull, 'pull scanner', login),
        );
    // `auto` and `mount` ask the engine whether it mounts images, while the images are pulled.
    const choosingMode = chooseMode(run);
    choosingMode.catch(() => undefined);
    let targetEnv: string[] = [];
    const preparing = (async () => {
      await pullingTarget;
      await choosingMode;
      await run.outputReady;
      targetStep = plan.mode === 'container' ? 'start target' : 'prepare target';
      created = true;
      // The scan timeout covers this step and the scanner, not the pulls: it starts here, and the scanner
      // gets what this step left of it (see runTheScanner).
      const started = performance.now();
      targetEnv = await prepareTarget(run, started + plan.timeoutMs, () => {
        // From here an interrupt is the scanner side's, or the scanner's own.
        targetStep = undefined;
      });
      return performance.now() - started;
    })();
    // rootfs mode extracts only what the content can read: decided while the target is prepared.
    const extracting =
      plan.mode === 'rootfs'
        ? pullingScanner.then(async () => {
            const choice = await chooseExtraction(plan, docker, names.label);
            run.log.info(`extract: ${choice.note}`);
            return choice.spec;
          })
        : Promise.resolve(undefined);
    // Awaited before the scanner is made; a failed pull is reported by the pull's own step.
    extracting.catch(() => undefined);
    const scannerReady = (async () => {
      await pullingScanner;
      await run.outputReady;
      await choosingMode;
      // rootfs and mount mode's scanner is given the target's environment (and mount mode's the image id),
      // read in the step "prepare target".
      if (plan.mode === 'rootfs' || plan.mode === 'mount') await preparing;
      const reach = await extracting;
      if (stopping) return;
      scannerStep = 'create scanner';
      created = true;
      await phase(run, 'create scanner', names.scanner, () => createScanner(run, reach));
    })();
    // A failed start or an interrupt must not wait for the scanner's pull to end: the cleanup runs at once
    // (the pull finishes on its own, and the scanner is then not created).
    const scannerOrStop = Promise.race([
      scannerReady,
      preparing.then(() => scannerReady),
      interrupted(plan.signal, () => scannerStep),
    ]);
    const preparedOrStop = Promise.race([preparing, interrupted(plan.signal, () => targetStep)]);
    // A bad output directory first (it was an option), then the target's failure, as the likelier mistake.
    const settled = await Promise.allSettled([
      run.outputReady,
      pullingTarget,
      choosingMode,
      preparedOrStop,
      scannerOrStop,
    ]);
    await logOut();
    const failure = firstFailure(settled);
    if (failure !== undefined) throw failure;
    const prepareMs = await preparing;
    // Selective extraction that met a file it had left out (rootfs-script.ts, exit 6): the scanner is made
    // again extracting every file, and the image exported again.
    const extractAll = async () => {
      await docker(['rm', '--force', names.scanner]);
      await createScanner(run);
    };
    const scanning = runTheScanner(
      run,
      performance.now() + plan.timeoutMs - prepareMs,
      targetEnv,
      extractAll,
    );
    // Awaited just below; until then a rejection must not count as unhandled.
    scanning.catch(() => undefined);
    // rootfs and image mode record the never-started container made from the target; mount mode the image
    // mounted, by the id it was mounted by; a disk its digest.
    const targetContainer = plan.mode === 'container' ? names.target : names.source;
    const mounted = run.mountTarget?.info;
    const disk = run.disk;
    recording = phase(run, 'record images', 'what the target and the scanner were created from', () =>
      (mounted
        ? imagesOfContainers(docker, [names.scanner]).then((scanner) => [mounted, ...scanner])
        : disk !== undefined
          ? imagesOfContainers(docker, [names.scanner]).then((scanner) => [diskImageInfo(disk), ...scanner])
          : imagesOfContainers(docker, [targetContainer, names.scanner])
      ).catch((thrown: unknown) => {
        throw new ScanError('record images', toError(thrown).message);
      }),
    );
    // Awaited after the scanner; until then a rejection must not count as unhandled.
    recording.catch(() => undefined);
    const { oscapExitCode, writingLog, imageOs } = await scanning;
    // Done long before the scanner (it is two quick docker commands); it must be, before the removal.
    const [target, scanner] = (await recording) as [ImageInfo, ImageInfo];
    // Cleanup first: reading is synchronous work that would otherwise hold back the removal's start.
    cleaning = cleanUp(run);
    await writingLog;
    const reading = readCompleteResults(plan.outputDir, oscapExitCode);
    // Awaited in the phase below; until then a rejection must not count as unhandled.
    reading.catch(() => undefined);
    run.log.info(
      `target ${recordedDigest(plan.image, target)}; scanner ${recordedDigest(plan.scannerImage, scanner)}`,
    );
    const results = await phase(run, 'read results', plan.outputDir, () => reading);
    run.onResults?.(results, {
      targetDigest: recordedDigest(plan.image, target),
      scannerDigest: recordedDigest(plan.scannerImage, scanner),
      mode: plan.mode,
    });
    await cleaning;
    const paths = outputPaths(plan.outputDir);
    const output: ScanOutput = {
      scanId: names.id,
      mode: plan.mode,
      requestedMode: plan.requestedMode,
      outputDir: plan.outputDir,
      ...paths,
      oscapExitCode,
      targetDigest: recordedDigest(plan.image, target),
      scannerDigest: recordedDigest(plan.scannerImage, scanner),
      targetImageId: target.id,
      scannerImageId: scanner.id,
      ...(imageOs && { imageOs }),
      // Read from the results, not from a second container running `oscap --version`: it is the very
      // binary that evaluated, and costs the scan nothing.
      oscapVersion: results.scanner.version ?? 'unknown',
      results,
      timings: run.timings,
    };
    await writeMetadata(plan, output);
    return output;
  } finally {
    stopping = true;
    await logOut();
    if (cleaning) await cleaning;
    else if (created) {
      // Commands still making containers (cut short by the timeout or an interrupt) or reading them are let
      // finish first, within a grace period, so that what they make is removed too.
      const inTime = await settleWithin([...run.making, ...(recording ? [recording] : [])], MAKING_GRACE_MS);
      await cleanUp(run);
      if (!inTime) {
        run.log.warning(
          `a docker command stopped by the scan had not returned ${MAKING_GRACE_MS / 1000} s later; if it still ` +
            `makes a container, remove it with: docker rm -f $(docker ps -aq --filter label=${names.label})`,
        );
      }
    }
  }
}

/** How long the cleanup waits for a docker command that was making a container when the scan stopped. */
const MAKING_GRACE_MS = 5000;

/** Whether all of `work` settled within `ms`. */
async function settleWithin(work: Promise<unknown>[], ms: number): Promise<boolean> {
  if (work.length === 0) return true;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([Promise.allSettled(work).then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts the target (container mode), makes its labelled copy (image mode) or creates it unstarted and
 * reads its environment (rootfs mode), within the scan timeout; `onReady` is called as soon as it is
 * ready, before the step's end is logged. Resolves to the target's environment in rootfs mode, else [].
 */
async function prepareTarget(run: ScanRun, deadline: number, onReady: () => void): Promise<string[]> {
  const { plan, docker, names } = run;
  // A disk is no container: its files are streamed when the scanner runs, and it has no environment.
  if (run.disk !== undefined) {
    onReady();
    return [];
  }
  if (plan.mode === 'mount') {
    await phase(run, 'prepare target', `${plan.image}, mounted read-only into the scanner`, async () => {
      run.mountTarget = await beforeDeadline(
        run,
        inspectMountTarget(docker, plan.image),
        deadline,
        'prepare target',
      );
      onReady();
    });
    return run.mountTarget?.env ?? [];
  }
  if (plan.mode === 'rootfs') {
    return phase(run, 'prepare target', `${names.source}, created and never started`, async () => {
      const env = await beforeDeadline(
        run,
        createRootfsSource(docker, names, plan.image),
        deadline,
        'prepare target',
      );
      onReady();
      return env;
    });
  }
  if (plan.mode === 'container') {
    await phase(run, 'start target', names.target, async () => {
      const started = await beforeDeadline(
        run,
        docker(startTargetArgs(names, plan.image)),
        deadline,
        'start target',
      );
      if (started.exitCode !== 0)
        throw new ScanError('start target', describeStartFailure(plan.image, started));
      onReady();
    });
  } else {
    await phase(run, 'prepare target', `labelled copy ${names.labelledImage}`, async () => {
      await beforeDeadline(run, prepareLabelledImage(docker, names, plan.image), deadline, 'prepare target');
      onReady();
    });
  }
  return [];
}

/**
 * Creates the scanner container, to be started once the target is ready; bounded by the scan timeout.
 * `reach`: what rootfs mode extracts (see rootfs-reach.ts). The target's environment is not an argument:
 * rootfs and mount mode's scanner reads it on stdin (see runTheScanner).
 */
async function createScanner(run: ScanRun, reach?: string): Promise<void> {
  const { plan, docker, names } = run;
  const target = plan.mode === 'container' ? names.target : names.labelledImage;
  const args =
    plan.mode === 'mount' && run.mountTarget
      ? createMountScannerArgs(plan, names, plan.scannerImage, run.mountTarget, plan.image)
      : plan.mode === 'rootfs'
        ? createRootfsScannerArgs(plan, names, plan.scannerImage, plan.image, undefined, reach)
        : createScannerArgs(plan, names, plan.scannerImage, target);
  const created = await beforeDeadline(
    run,
    docker(args),
    performance.now() + plan.timeoutMs,
    'create scanner',
  );
  if (created.exitCode !== 0)
    throw new ScanError('create scanner', describeScannerCreateFailure(plan.scannerImage, created));
}

/**
 * Docker commands that make the target or the scanner, bounded by the scan timeout: a hung engine fails the
 * step there instead of waiting for the job's own time limit. The command may linger after a timeout (or
 * an interrupt); it stays in `run.making` until it returns, and the cleanup waits for it.
 */
async function beforeDeadline<T>(
  run: ScanRun,
  work: Promise<T>,
  deadline: number,
  step: ScanStep,
): Promise<T> {
  run.making.add(work);
  work
    .finally(() => run.making.delete(work))
    // Its failure is reported through the race below; this side chain only tracks it.
    .catch(() => undefined);
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

/**
 * Runs oscap-docker in the scanner until the deadline; returns oscap's 0 or 2 and the writing of scan.log,
 * under way (the cleanup need not wait for it). Anything else is an error, thrown once the log is written.
 * `targetEnv`: rootfs mode's target environment, for oscap's environment-variable checks (on stdin).
 */
async function runTheScanner(
  run: ScanRun,
  deadline: number,
  targetEnv: readonly string[],
  extractAll?: () => Promise<void>,
): Promise<{ oscapExitCode: 0 | 2; writingLog: Promise<void>; imageOs?: ImageOs }> {
  const { plan, docker, names } = run;
  const targetArg = plan.mode === 'container' ? names.target : names.labelledImage;
  const logFile = outputPaths(plan.outputDir).log;
  const rootfs = plan.mode === 'rootfs';
  const ran = await phase(
    run,
    'run scanner',
    rootfs
      ? `${run.disk ? `guestfish -i tar-out ${run.disk.name}` : `docker export ${names.source}`} | extract in the scanner + oscap xccdf eval (profile ${plan.profile})`
      : plan.mode === 'mount'
        ? `oscap xccdf eval on ${plan.image} mounted read-only (profile ${plan.profile})`
        : `oscap-docker ${plan.mode} ${targetArg} (profile ${plan.profile})`,
    () =>
      runScanner({
        docker,
        // rootfs and mount mode's scanner reads the image's environment (and rootfs mode's tree) on stdin.
        args: rootfs || plan.mode === 'mount' ? startRootfsScannerArgs(names) : startScannerArgs(names),
        ...(rootfs && {
          stdinFrom: run.disk ? diskTarOutCommand(run.disk) : exportTargetArgs(names),
          stdinPrefix: rootfsStdinHeader(targetEnv),
        }),
        ...(plan.mode === 'mount' && { stdinPrefix: rootfsStdinHeader(targetEnv) }),
        scannerName: names.scanner,
        timeoutMs: Math.max(1, deadline - performance.now()),
        ...(plan.signal && { signal: plan.signal }),
        ...(run.log.detail && { onLine: run.log.detail }),
        ...(run.whileScanning && { onRunning: run.whileScanning }),
        onHeartbeat: (ms) => run.log.info(`run scanner: still running after ${seconds(ms)}`),
        fastTempStop: plan.mode === 'image',
        redact: run.redact,
        ...(rootfs && { treeRoot: ROOTFS_TREE }),
        ...(plan.mode === 'mount' && { treeRoot: MOUNTED_TREE }),
      }),
  );
  if (
    rootfs &&
    extractAll !== undefined &&
    ran.exitCode === ROOTFS_EXIT.incomplete &&
    !ran.timedOut &&
    !ran.aborted
  ) {
    run.log.warning(
      `extract: ${lastLines(ran.output, 1)}; extracting every file of ${plan.image} and scanning again`,
    );
    await extractAll();
    return runTheScanner(run, deadline, targetEnv);
  }
  const writingLog = writeFile(logFile, `${ran.output}\n`);
  // Awaited by the caller after it has started the cleanup; until then a failure must not count as unhandled.
  writingLog.catch(() => undefined);
  // An export that failed on its own fed the scanner a stream cut short: whatever oscap then said, the tree
  // was not the image, and its results are no scan of it.
  const exportFailed = rootfs && ran.source !== undefined && ran.source.exitCode !== 0 && !ran.source.stopped;
  if (ran.timedOut || ran.aborted || exportFailed || (ran.exitCode !== 0 && ran.exitCode !== 2)) {
    // The scanner's failure is the error to report; without its log, it is just not listed as kept.
    await writingLog.catch(() => undefined);
    const startFailure = ran.timedOut || ran.aborted ? undefined : await scannerStartFailure(docker, names);
    const limitHit = ran.aborted
      ? undefined
      : describeLimitHit(plan.limits, {
          oomKilled: await scannerOomKilled(docker, names),
          exitCode: ran.exitCode,
          output: ran.output,
        });
    throw new ScanError(
      'run scanner',
      describeScannerFailure({
        exitCode: startFailure?.exitCode ?? ran.exitCode,
        ...(startFailure && { startError: run.redact(startFailure.error) }),
        output: ran.output,
        ...(ran.source && { source: ran.source }),
        scannerImage: plan.scannerImage,
        image: plan.image,
        ...(run.disk && { disk: true }),
        mode: plan.mode,
        ...(ran.timedOut && { timedOutAfterMs: plan.timeoutMs }),
        ...(ran.inProgress !== undefined && { inProgress: ran.inProgress }),
        ...(limitHit !== undefined && { limitHit }),
        aborted: ran.aborted,
        logFile,
      }),
    );
  }
  // rootfs and mount mode's programs print the image's os-release before oscap runs.
  const imageOs = rootfs || plan.mode === 'mount' ? imageOsFromOutput(ran.output) : undefined;
  return { oscapExitCode: ran.exitCode, writingLog, ...(imageOs && { imageOs }) };
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

/**
 * Image mode: the target committed, unstarted, as a labelled image with one tag (see commitTargetArgs). The
 * source container stays until the cleanup: the image scanned is recorded from it.
 */
async function prepareLabelledImage(docker: DockerRunner, names: ScanNames, image: string): Promise<void> {
  await createSource(docker, names, image);
  const committed = await docker(commitTargetArgs(names));
  if (committed.exitCode !== 0)
    throw new ScanError('prepare target', `docker commit: ${lastLines(committed.stderr)}`);
}

/**
 * rootfs mode: the target created and never started (a placeholder command where the image has none, as
 * in image mode), then its environment read, for OSCAP_CONTAINER_VARS.
 */
async function createRootfsSource(docker: DockerRunner, names: ScanNames, image: string): Promise<string[]> {
  await createSource(docker, names, image);
  const inspected = await docker(targetEnvArgs(names));
  if (inspected.exitCode !== 0)
    throw new ScanError('prepare target', `docker container inspect: ${lastLines(inspected.stderr)}`);
  let env: string[];
  try {
    env = parseTargetEnv(inspected.stdout);
  } catch (thrown) {
    throw new ScanError('prepare target', toError(thrown).message);
  }
  const refused = checkTargetEnv(env);
  if (refused !== undefined) throw new ScanError('prepare target', refused);
  return env;
}

/** A container created from `image` and never started; an image with neither CMD nor ENTRYPOINT gets a placeholder. */
async function createSource(docker: DockerRunner, names: ScanNames, image: string): Promise<void> {
  let created = await docker(createSourceArgs(names, image, false));
  // Cheaper than asking first; the placeholder is never run.
  if (created.exitCode !== 0 && /no command specified/i.test(created.stderr))
    created = await docker(createSourceArgs(names, image, true));
  if (created.exitCode !== 0)
    throw new ScanError('prepare target', `docker create: ${lastLines(created.stderr)}`);
}

/** mount mode: the target's id, tags, digests and environment, in one docker command. */
async function inspectMountTarget(docker: DockerRunner, image: string): Promise<MountTarget> {
  const inspected = await docker(inspectMountTargetArgs(image));
  if (inspected.exitCode !== 0)
    throw new ScanError('prepare target', `docker image inspect: ${lastLines(inspected.stderr)}`);
  let target: MountTarget;
  try {
    target = parseMountTarget(inspected.stdout);
  } catch (thrown) {
    throw new ScanError('prepare target', toError(thrown).message);
  }
  // oscap reads the environment from one variable in mount mode too (see checkTargetEnv).
  const refused = checkTargetEnv(target.env);
  if (refused !== undefined) throw new ScanError('prepare target', refused);
  return target;
}

/**
 * Each engine's answer, asked once per process: a set of scans on one engine asks it once. Only for the
 * docker CLI's own runner (a caller's runner may be a different engine behind the same address).
 */
const engineSupport = new Map<string, Promise<ImageMountSupport>>();

/** Whether the engine mounts images: one `docker info`, its answer read by imageMountSupport. */
function askEngine(run: ScanRun): Promise<ImageMountSupport> {
  const ask = async () => {
    const answer = await run.docker(engineInfoArgs());
    if (answer.exitCode !== 0)
      return { supported: false, reason: `docker info failed: ${lastLines(answer.stderr)}` };
    return imageMountSupport(answer.stdout);
  };
  if (!run.defaultRunner) return ask();
  const key = run.plan.dockerHost;
  let asking = engineSupport.get(key);
  if (!asking) {
    asking = ask();
    engineSupport.set(key, asking);
    // A failure is not remembered: the next scan asks again.
    asking.catch(() => engineSupport.delete(key));
  }
  return asking;
}

/**
 * Settles the mode: `auto` becomes `mount` where the engine mounts images, else `rootfs`, and the log says
 * which and why; `mount` asked on an engine without image mounts fails here, before anything is created.
 */
async function chooseMode(run: ScanRun): Promise<void> {
  const { plan } = run;
  // A disk is streamed in rootfs mode (planScan refuses any other): there is no image to mount.
  if (plan.disk !== undefined) return;
  if (plan.requestedMode !== 'auto' && plan.requestedMode !== 'mount') return;
  const support = await askEngine(run);
  if (plan.requestedMode === 'mount') {
    if (!support.supported)
      throw new ScanError(
        'prepare target',
        `mode mount needs image mounts: ${support.reason}; use mode auto or rootfs`,
      );
    run.log.info(`mode mount: ${support.reason}`);
    return;
  }
  plan.mode = support.supported ? 'mount' : 'rootfs';
  run.log.info(
    support.supported
      ? `mode auto: mount (the image scanned in place, no export): ${support.reason}`
      : `mode auto: rootfs (the image exported into the scanner): ${support.reason}`,
  );
}
