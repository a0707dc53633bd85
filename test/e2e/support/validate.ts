/** A mount-mode evaluation with OpenSCAP's debug self-checks on, for the validation on/off comparison. */
import { join } from 'node:path';
import { readResultsFile } from '../../../src/results/read.js';
import type { ScanResults } from '../../../src/results/model.js';
import { OUTPUT_FILES, scanNames } from '../../../src/scan/commands.js';
import { createMountScannerArgs, inspectMountTargetArgs, parseMountTarget } from '../../../src/scan/mount.js';
import { rootfsStdinHeader, startRootfsScannerArgs } from '../../../src/scan/rootfs.js';
import type { DockerRunner } from '../../../src/scan/runner.js';
import { newScanId } from '../../../src/scan/scan.js';

/**
 * Evaluates `image` with the very command line mount mode runs, less `SEXP_VALIDATE_DISABLE=1` (so
 * OpenSCAP validates its S-expressions on every access, as Debian's and Wolfi's builds do by default).
 * Throws when the variable is not where mount mode puts it, or oscap does not exit 0 or 2.
 */
export async function evaluateWithValidation(
  docker: DockerRunner,
  run: { image: string; scannerImage: string; profile: string; datastream?: string; outputDir: string },
): Promise<{ results: ScanResults; resultsArf: string }> {
  const names = scanNames(newScanId());
  const inspected = await docker(inspectMountTargetArgs(run.image));
  if (inspected.exitCode !== 0) throw new Error(`docker image inspect ${run.image}: ${inspected.stderr}`);
  const target = parseMountTarget(inspected.stdout);
  const args = createMountScannerArgs(
    {
      profile: run.profile,
      ...(run.datastream !== undefined && { datastream: run.datastream }),
      outputDir: run.outputDir,
      limits: { memoryMb: 4096, pids: 1024, cpuShares: 512 },
    },
    names,
    run.scannerImage,
    target,
    run.image,
  );
  const at = args.indexOf('SEXP_VALIDATE_DISABLE=1');
  if (at < 1 || args[at - 1] !== '--env')
    throw new Error('mount mode no longer sets SEXP_VALIDATE_DISABLE=1');
  try {
    const created = await docker([...args.slice(0, at - 1), ...args.slice(at + 1)]);
    if (created.exitCode !== 0) throw new Error(`docker create: ${created.stderr}`);
    // The image's environment on stdin, as the scan sends it (see MOUNT_ENV_PY).
    const ran = await docker(startRootfsScannerArgs(names), { stdinPrefix: rootfsStdinHeader(target.env) });
    if (ran.exitCode !== 0 && ran.exitCode !== 2)
      throw new Error(`oscap exited ${ran.exitCode}: ${ran.stderr.slice(-2000)}`);
    const resultsArf = join(run.outputDir, OUTPUT_FILES.resultsArf);
    return { results: await readResultsFile(resultsArf), resultsArf };
  } finally {
    await docker(['rm', '--force', names.scanner]);
  }
}
