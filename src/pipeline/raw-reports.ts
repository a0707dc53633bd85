/**
 * oscap's own report.html and results-arf.xml hold what oscap collected from the image as it was: a
 * password hash read from /etc/shadow, values of secret-named variables and settings. stig-gate's reports
 * and evidence are made from the model, redacted (src/results/why/redact.ts); these two are oscap's
 * raw output, and a 30 MB ARF redacted through a full XML parse and rewrite would cost seconds and memory
 * and could change what assessors' tools read. So they stay in the output folder (the gate and the
 * evidence were read from them) and are left out of the uploaded artifact unless the workflow asks for
 * them (`upload-raw-reports: true`, for a private repository whose run logs only the image's owners
 * read). evidence.json lists them under `withheld`, with their digests, so an assessor given them later
 * can check they are the scan's.
 */
import { basename } from 'node:path';

/** The raw oscap files, by name in the output folder. */
export const RAW_REPORT_FILES = ['report.html', 'results-arf.xml'] as const;

/** Why a raw file was not uploaded, as evidence.json records it. */
export const WITHHELD_REASON =
  'oscap output with data read from the image, unredacted (password hashes, secret values); ' +
  "not uploaded: set the action input 'upload-raw-reports: true' to upload it";

/** Whether `file` is one of oscap's raw files. */
export function isRawReport(file: string): boolean {
  return (RAW_REPORT_FILES as readonly string[]).includes(basename(file));
}

/** `files` split into those the artifact uploads and those it withholds. */
export function artifactSelection(
  files: readonly string[],
  uploadRaw: boolean,
): { uploaded: string[]; withheld: string[] } {
  const uploaded = files.filter((file) => uploadRaw || !isRawReport(file));
  const withheld = files.filter((file) => !uploadRaw && isRawReport(file));
  return { uploaded, withheld };
}

/** The job summary's line on the raw files. */
export function rawReportsNote(uploadRaw: boolean): string {
  return uploadRaw
    ? "\n> [!WARNING]\n> oscap's own `report.html` and `results-arf.xml` were uploaded as asked (`upload-raw-reports`): " +
        'they hold data read from the image unredacted, such as password hashes and secret values.\n'
    : "\n> [!NOTE]\n> oscap's own `report.html` and `results-arf.xml` were not uploaded: they hold data read from the " +
        'image unredacted. The reports and evidence above are redacted; `evidence.json` lists the withheld ' +
        'files with their sha256. Set `upload-raw-reports: true` to upload them.\n';
}
