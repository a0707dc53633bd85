/** oscap's raw report.html and ARF are withheld from the artifact unless the workflow asks for them. */
import { describe, expect, it } from 'vitest';
import { artifactSelection, isRawReport, rawReportsNote } from '../../src/pipeline/raw-reports.js';

const files = ['/o/report.html', '/o/results.xml', '/o/results-arf.xml', '/o/stig-gate.json', '/o/scan.log'];

describe('raw reports', () => {
  it('are withheld by default and uploaded on request', () => {
    expect(artifactSelection(files, false)).toEqual({
      uploaded: ['/o/results.xml', '/o/stig-gate.json', '/o/scan.log'],
      withheld: ['/o/report.html', '/o/results-arf.xml'],
    });
    expect(artifactSelection(files, true)).toEqual({ uploaded: files, withheld: [] });
  });

  it('are known by name only', () => {
    expect(isRawReport('/x/report.html')).toBe(true);
    expect(isRawReport('/x/stig-gate.md')).toBe(false);
  });

  it('the job summary says which', () => {
    expect(rawReportsNote(false)).toMatch(/were not uploaded.*upload-raw-reports: true/s);
    expect(rawReportsNote(true)).toMatch(/were uploaded as asked/);
  });
});
