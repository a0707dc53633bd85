/**
 * The scanned image's operating system, as the evidence names it beside the image (HDF's platform, the
 * manifest): what the scan recorded, never guessed from the content (the GPOS content is written for
 * Wolfi, and an image of another OS scanned with it is what the content-coverage notice is about).
 */
import type { ScanFacts as RecordedFacts } from '../gate/scan-facts.js';
import type { ScanResults } from '../results/model.js';

/**
 * The image's os-release as the scan recorded it (rootfs mode reads it: `PRETTY_NAME`, else `ID` and
 * `ID_LIKE`; `no /etc/os-release` when the image has none), else the target's OS from the results' own
 * facts (DISA's SCC records `os_name` and `os_version`); undefined when neither recorded it.
 */
export function recordedImageOs(recorded: RecordedFacts, results: ScanResults): string | undefined {
  if (recorded.imageOsName) return recorded.imageOsName;
  if (recorded.imageOsIds === 'none') return 'no /etc/os-release';
  if (recorded.imageOsIds) return recorded.imageOsIds;
  return results.targetOs;
}
