/**
 * A real sample as another scanner would have written it: the same rule results with another OpenSCAP
 * version (the TestResult's test-system CPE and scanner fact) and, optionally, another benchmark version.
 * Written to a directory of the caller's; each replacement must hit, so the helper never silently changes
 * nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

export interface Rescan {
  /** OpenSCAP's version in the sample (1.3.7) becomes this. */
  oscapVersion?: string;
  /** The benchmark version in the sample (3.2.16) becomes this. */
  benchmarkVersion?: string;
}

function replaceEach(text: string, from: string, to: string, expected: number, what: string): string {
  const found = text.split(from).length - 1;
  if (found !== expected) throw new Error(`${what}: expected ${expected} of ${from}, found ${found}`);
  return text.split(from).join(to);
}

/** Writes `source` rewritten as `rescan` says into `dir` (same file name) and returns its path. */
export async function rescannedSample(source: string, dir: string, rescan: Rescan): Promise<string> {
  let text = await readFile(source, 'utf8');
  if (rescan.oscapVersion !== undefined) {
    text = replaceEach(
      text,
      'test-system="cpe:/a:redhat:openscap:1.3.7"',
      `test-system="cpe:/a:redhat:openscap:${rescan.oscapVersion}"`,
      1,
      source,
    );
    text = replaceEach(
      text,
      '<fact name="urn:xccdf:fact:scanner:version" type="string">1.3.7</fact>',
      `<fact name="urn:xccdf:fact:scanner:version" type="string">${rescan.oscapVersion}</fact>`,
      1,
      source,
    );
  }
  if (rescan.benchmarkVersion !== undefined) {
    text = replaceEach(
      text,
      '<version>3.2.16</version>',
      `<version>${rescan.benchmarkVersion}</version>`,
      1,
      source,
    );
    text = replaceEach(text, 'version="3.2.16"', `version="${rescan.benchmarkVersion}"`, 1, source);
  }
  const path = join(dir, basename(source));
  await writeFile(path, text);
  return path;
}
