/**
 * oscap's own report.html, results-arf.xml and results.xml hold what oscap collected from the image: a
 * password hash read from /etc/shadow, values of secret-named variables and settings. The scan redacts
 * them in the output folder by the reports' own rules and makes report.html again from the redacted ARF
 * (src/scan/redact-outputs.ts), so that the artifact uploads them and no secret. A workflow that wants
 * them as oscap wrote them (a private repository whose run logs only the image's owners read) sets
 * `upload-raw-reports: true` (`--upload-raw-reports`). evidence.json records which, with the originals' sha256.
 */
import type { RawReportsEntry } from '../assessor/manifest.js';
import type { RawReportsRecord } from '../scan/redact-outputs.js';

/** evidence.json's record of what was done with oscap's own files. */
export function rawReportsEntry(record: RawReportsRecord): RawReportsEntry {
  return {
    handling: record.handling,
    note:
      record.handling === 'redacted'
        ? 'oscap output redacted as the reports are (password hashes, secret-named values, private keys, URL ' +
          'credentials replaced); report.html made again from the redacted ARF by the scanner\u2019s oscap. ' +
          'unredactedSha256 is the digest of the file as oscap wrote it.'
        : "oscap output as oscap wrote it, unredacted, as the workflow asked ('upload-raw-reports: true'): it " +
          'may hold password hashes and secret values read from the image',
    files: record.files.map((file) => ({
      name: file.name,
      unredactedSha256: file.unredactedSha256,
      ...(file.replaced !== undefined && { replaced: file.replaced }),
    })),
  };
}

/** The job summary's line on oscap's own files. */
export function rawReportsNote(uploadRaw: boolean): string {
  return uploadRaw
    ? "\n> [!WARNING]\n> oscap's own `report.html`, `results-arf.xml` and `results.xml` were uploaded unredacted, as asked " +
        '(`upload-raw-reports`): they hold data read from the image, such as password hashes and secret values.\n'
    : "\n> [!NOTE]\n> oscap's own `report.html`, `results-arf.xml` and `results.xml` were redacted before upload, as the " +
        'reports above are (password hashes and secret values replaced); `report.html` was made again from the ' +
        'redacted ARF. `evidence.json` records the sha256 of the files as oscap wrote them.\n';
}
