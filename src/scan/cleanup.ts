/**
 * Leaving nothing behind: every container of a scan carries its label (oscap-docker's temporary container
 * too, through the labelled image it is run from), so removal by name and then by label finds them all.
 */
import {
  listScanContainersArgs,
  listScanImagesArgs,
  removeContainersArgs,
  removeImagesArgs,
  type ScanNames,
} from './commands.js';
import type { ResolvedScanMode } from './options.js';
import type { DockerRunner } from './runner.js';

/** docker's complaint about something already gone: not a cleanup failure. */
function isAlreadyGone(line: string): boolean {
  return /no such (container|image)|is already in progress/i.test(line);
}

function ids(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function complaints(stderr: string): string[] {
  return ids(stderr).filter((line) => !isAlreadyGone(line));
}

/**
 * Removes the scan's containers by name, then whatever else carries its label (oscap-docker's temporary
 * container), then, in image mode, the labelled image. Returns docker's reasons for whatever could not be
 * removed, for the caller to warn about; a container that is already gone is no problem.
 */
export async function removeScanLeftovers(
  docker: DockerRunner,
  names: ScanNames,
  mode: ResolvedScanMode,
): Promise<string[]> {
  const problems: string[] = [];
  // mount mode creates only the scanner.
  const named =
    mode === 'container'
      ? [names.scanner, names.target]
      : mode === 'mount'
        ? [names.scanner]
        : [names.scanner, names.source];
  const removed = await docker(removeContainersArgs(named));
  if (removed.exitCode !== 0) problems.push(...complaints(removed.stderr));
  // Container and rootfs mode create exactly the two containers just removed (rootfs mode's tree is a
  // tmpfs of the scanner, gone with it); only image mode (oscap-docker's own container) or a failed
  // removal needs the search by label.
  if (mode !== 'image' && removed.exitCode === 0) return problems;
  const labelled = ids((await docker(listScanContainersArgs(names))).stdout);
  if (labelled.length > 0) {
    const again = await docker(removeContainersArgs(labelled));
    if (again.exitCode !== 0) problems.push(...complaints(again.stderr));
    const stillThere = ids((await docker(listScanContainersArgs(names))).stdout);
    if (stillThere.length > 0)
      problems.push(`containers labelled ${names.label} remain: ${stillThere.join(', ')}`);
  }
  if (mode === 'image') {
    const images = ids((await docker(listScanImagesArgs(names))).stdout);
    if (images.length > 0) {
      const gone = await docker(removeImagesArgs(images));
      if (gone.exitCode !== 0) problems.push(...complaints(gone.stderr));
    }
  }
  return problems;
}
