/** Why a rootfs-mode scanner run is not a result, in words a user can act on (pure, like diagnose.ts). */
import { describeDiskReadFailure } from './disk-diagnose.js';
import { ROOTFS_EXIT, ROOTFS_LINE_PREFIX } from './rootfs-script.js';

/** What a rootfs scanner run ended with, as far as its message needs to know. */
export interface RootfsEnding {
  exitCode: number;
  /** Why the engine could not start the scanner (its `State.Error`), when that is what happened. */
  startError?: string;
  /** The scanner's output. */
  output: string;
  /** How `docker export` ended; `stopped` when it was ended because the scanner ended first. */
  source?: { exitCode: number; stderr: string; stopped: boolean };
  scannerImage: string;
  image: string;
  /** The stream came from a disk read by libguestfs (see disk-diagnose.ts), not from `docker export`. */
  disk?: boolean;
  /** The last lines of the output, already cut for a message. */
  shown: string;
  /** "Full scanner output: …". */
  log: string;
}

/** The extraction program's own error line, without its prefix. */
function programError(output: string): string | undefined {
  const marker = `${ROOTFS_LINE_PREFIX} error: `;
  const line = output.split('\n').find((text) => text.startsWith(marker));
  return line?.slice(marker.length);
}

/**
 * The message for a rootfs run that failed in a way only rootfs mode can (no python3 in the scanner, the
 * export, the extraction); undefined for the rest (oscap's own error), which diagnose.ts describes.
 */
export function describeRootfsFailure(ending: RootfsEnding): string | undefined {
  const noPython =
    ending.startError !== undefined
      ? /python3/.test(ending.startError) &&
        /not found|no such file|permission denied/i.test(ending.startError)
      : (ending.exitCode === 126 || ending.exitCode === 127) && /python3/.test(ending.shown);
  if (noPython) {
    return (
      `the scanner image ${ending.scannerImage} has no python3, which rootfs mode runs to extract the image's ` +
      `files (exit ${ending.exitCode}). Use an OpenSCAP image with Python, such as ` +
      `cgr.dev/chainguard/openscap:latest-dev (oscap-docker needs it too), or mode container or image.\n` +
      `${ending.shown}\n${ending.log}`
    );
  }
  const said = programError(ending.output);
  const exported = ending.source;
  if (exported !== undefined && exported.exitCode !== 0 && !exported.stopped) {
    // An export that failed on its own leaves a truncated stream: its words say why, not the extraction's
    // (one ended because the scanner stopped reading, after a refusal or the limit, says nothing).
    if (ending.disk === true) return describeDiskReadFailure(ending.image, exported, ending.log);
    const why = exported.stderr.trim() === '' ? `exit ${exported.exitCode}` : exported.stderr.trim();
    return `docker export of ${ending.image} failed, so its files were not scanned: ${why}\n${ending.log}`;
  }
  switch (ending.exitCode) {
    case ROOTFS_EXIT.tooBig:
      return (
        `${said ?? "the image's files are larger than the limit for the extracted tree"}. Raise the limit ` +
        `(rootfs-max-mb / --rootfs-max-mb; the tree is held in memory) or scan in mode image.\n${ending.log}`
      );
    case ROOTFS_EXIT.refused:
      return (
        `${ending.image}'s file system has an entry that could write outside the extracted tree, so it was ` +
        `not scanned: ${said ?? 'refused'}. docker export never makes such an entry from a real image.\n${ending.log}`
      );
    case ROOTFS_EXIT.incomplete:
      return (
        `extracting only what the content reads left out a file it needs: ${said ?? ending.shown}. ` +
        `Extract every file (rootfsExtractAll).\n${ending.log}`
      );
    case ROOTFS_EXIT.unreadable:
      return `the image's files could not be extracted in the scanner: ${said ?? ending.shown}\n${ending.log}`;
    case 127:
      if (said !== undefined) return `the scanner could not run oscap: ${said}\n${ending.log}`;
      return undefined;
    default:
      return undefined;
  }
}
