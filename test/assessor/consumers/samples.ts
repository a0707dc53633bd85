/**
 * The scans every assessor-tool test reads: Chainguard's GPOS samples, DISA's RHEL 8 STIG results from
 * OpenSCAP and from DISA's SCC, each gated through the real reader and gate, with what each consumer must
 * read from them (benchmark id, revision).
 */
import { readResultsFile } from '../../../src/results/read.js';
import {
  CLEAN_RESULTS,
  REMOTE_ACCESS_RESULTS,
  RHEL8_OPENSCAP_RESULTS,
  RHEL8_SCC_RESULTS,
} from '../../support/paths.js';
import { WAIVER } from '../fixtures.js';
import { build, type Built } from '../support.js';
import { SSG_SAMPLES } from './ssg-samples.js';

export interface Sample {
  name: string;
  /** The results file, as the scanner wrote it. */
  file: string;
  make: () => Promise<Built>;
  /** The STIG's id as STIG Manager names it (no DISA benchmark prefix). */
  benchmarkId: string;
  /** The revision STIG Manager must read from both checklists. */
  revision: string;
}

export const SAMPLES: Sample[] = [
  {
    name: 'GPOS clean',
    file: CLEAN_RESULTS,
    make: async () => build(await readResultsFile(CLEAN_RESULTS)),
    benchmarkId: 'xccdf_org.open-scap.sce-community-content_benchmark_all',
    revision: 'V3R3.2.16',
  },
  {
    name: 'GPOS remote access vs clean, waiver',
    file: REMOTE_ACCESS_RESULTS,
    make: async () => {
      const [current, baseline] = await Promise.all([
        readResultsFile(REMOTE_ACCESS_RESULTS),
        readResultsFile(CLEAN_RESULTS),
      ]);
      return build(current, { baseline, waivers: [WAIVER] });
    },
    benchmarkId: 'xccdf_org.open-scap.sce-community-content_benchmark_all',
    revision: 'V3R3.2.16',
  },
  {
    name: 'DISA RHEL 8 by OpenSCAP',
    file: RHEL8_OPENSCAP_RESULTS,
    make: async () => build(await readResultsFile(RHEL8_OPENSCAP_RESULTS)),
    benchmarkId: 'RHEL_8_STIG',
    revision: 'V1R1.3',
  },
  {
    name: 'DISA RHEL 8 by SCC',
    file: RHEL8_SCC_RESULTS,
    make: async () => build(await readResultsFile(RHEL8_SCC_RESULTS)),
    benchmarkId: 'RHEL_8_STIG',
    revision: 'V1R1.2',
  },
  // SSG scans made by the test environment (ssg-samples.ts).
  ...SSG_SAMPLES,
];
