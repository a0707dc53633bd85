/** What evidence.json and the job summary say of oscap's own files: redacted by default, raw on request. */
import { describe, expect, it } from 'vitest';
import { rawReportsEntry, rawReportsNote } from '../../src/pipeline/raw-reports.js';

describe("oscap's own files", () => {
  it('are recorded as redacted, with the digests of the files as oscap wrote them', () => {
    const entry = rawReportsEntry({
      handling: 'redacted',
      files: [
        { name: 'results-arf.xml', unredactedSha256: 'a'.repeat(64), replaced: 3 },
        { name: 'report.html', unredactedSha256: 'b'.repeat(64) },
      ],
    });
    expect(entry).toMatchObject({
      handling: 'redacted',
      files: [
        { name: 'results-arf.xml', unredactedSha256: 'a'.repeat(64), replaced: 3 },
        { name: 'report.html', unredactedSha256: 'b'.repeat(64) },
      ],
    });
    expect(entry.note).toMatch(/made again from the redacted ARF/);
    expect(rawReportsEntry({ handling: 'unredacted', files: [] }).note).toMatch(/unredacted/);
  });

  it('are named in the job summary: redacted, or a warning when uploaded raw', () => {
    expect(rawReportsNote(false)).toMatch(/\[!NOTE\].*were redacted before upload/s);
    expect(rawReportsNote(true)).toMatch(/\[!WARNING\].*uploaded unredacted.*upload-raw-reports/s);
  });
});
