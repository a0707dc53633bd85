/**
 * Real SCAP Security Guide scans (ComplianceAsCode content: Debian's `ssg-debian`, Debian 11 content on a
 * debootstrapped bullseye root, `unknown` severities, CCIs and SP 800-53 ids as references), made and
 * cached by the test environment (scripts/testenv/images.sh, "SSG scans"), each with what it holds, as
 * measured: the tests compare every consumer with the gate and these figures with the scan.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readResultsFile } from '../../../src/results/read.js';
import type { ResultCounts } from '../../../src/results/model.js';
import { build, type Built } from '../support.js';

/** The directory the test environment wrote a scan to (results.xml, results-arf.xml). */
function scanDir(variable: string): string {
  const dir = process.env[variable];
  if (!dir || !existsSync(join(dir, 'results-arf.xml'))) {
    throw new Error(
      `${variable} ${dir ? `names ${dir}, which holds no results-arf.xml` : 'is not set'}: the SSG scans are ` +
        'made by the test environment (bash scripts/testenv/up.sh && source /run/stig-gate-testenv/env)',
    );
  }
  return dir;
}

export interface SsgSample {
  name: string;
  file: string;
  make: () => Promise<Built>;
  benchmarkId: string;
  revision: string;
  /** What oscap recorded, rule by rule (notselected: the benchmark's rules the profile leaves out). */
  counts: Partial<ResultCounts>;
  /** Rules of the profile with `severity="unknown"`. */
  unknownSeverity: number;
  /** The data stream the scan evaluated (Debian's ssg-debian; scripts/testenv/up.sh installs it). */
  dataStream: string;
  /** Rules of the profile whose content names a CCI (`<reference href="…/stigs/cci/">`). */
  rulesWithCci: number;
  /** Rules of the profile whose content names an SP 800-53 control (a reference to SP 800-53). */
  rulesWithNist: number;
}

/** The content both scans evaluated: SSG 0.1.65's Debian 11 data stream, as bookworm's ssg-debian has it. */
export const SSG_DATA_STREAM = '/usr/share/xml/scap/ssg/content/ssg-debian11-ds.xml';

function ssgSample(
  name: string,
  variable: string,
  expected: Omit<SsgSample, 'name' | 'file' | 'make' | 'benchmarkId' | 'revision' | 'dataStream'>,
): SsgSample {
  const dir = process.env[variable] ?? '';
  return {
    name,
    // oscap's XCCDF results, for STIG Manager's own import; the gate reads the ARF (OVAL evidence).
    file: join(dir, 'results.xml'),
    make: async () => build(await readResultsFile(join(scanDir(variable), 'results-arf.xml'))),
    benchmarkId: 'xccdf_org.ssgproject.content_benchmark_DEBIAN-11',
    revision: 'V0R0.1.65',
    dataStream: SSG_DATA_STREAM,
    ...expected,
  };
}

export const SSG_SAMPLES: SsgSample[] = [
  ssgSample('SSG Debian 11, ANSSI NT28 high, on bullseye', 'STIG_GATE_TEST_SSG_ANSSI_HIGH', {
    counts: { pass: 25, fail: 23, notapplicable: 2, notselected: 305 },
    unknownSeverity: 4,
    rulesWithCci: 35,
    rulesWithNist: 44,
  }),
  ssgSample('SSG Debian 11, every rule, on bullseye', 'STIG_GATE_TEST_SSG_ALL', {
    counts: { pass: 126, fail: 108, notapplicable: 99, notchecked: 21, notselected: 1 },
    unknownSeverity: 18,
    rulesWithCci: 204,
    rulesWithNist: 224,
  }),
];
