/**
 * Heimdall Lite, in Debian's Chromium, loading our HDF and our CKL (Heimdall converts a CKL itself, with
 * hdf-converters) for every sample: the status cards and the severity chart show the gate's counts, and
 * for the HDF the file information names the image and its OS as the platform and gives the scan's
 * duration. All read from Heimdall's page. One browser and one page for the file; nothing but loopback.
 */
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEvidenceModel } from '../../../src/assessor/build-model.js';
import { renderCkl } from '../../../src/assessor/ckl.js';
import { EVIDENCE_FILES } from '../../../src/assessor/format-names.js';
import { renderHdf } from '../../../src/assessor/hdf.js';
import type { EvidenceModel } from '../../../src/assessor/model.js';
import { DEFAULT_POLICY } from '../../../src/gate/index.js';
import { gatherScanFacts, TOOL } from '../../../src/pipeline/assessor-files.js';
import { gateScans } from '../../../src/pipeline/gate-files.js';
import { readResultsFile } from '../../../src/results/read.js';
import { CLEAN_RESULTS } from '../../support/paths.js';
import { hdfValidator, errorsOf } from '../support.js';
import {
  HeimdallLite,
  UPDATE_CHECK,
  type HeimdallSeverityCounts,
  type HeimdallStatusCounts,
} from './heimdall-lite.js';
import { SAMPLES } from './samples.js';

/**
 * The GPOS clean sample as a rootfs-mode scan leaves it: scan.json beside the results records the image's
 * os-release (those samples were scanned on a Debian 12 root), read back by the pipeline as for any scan
 * folder.
 */
async function scanFolderWithOs(): Promise<EvidenceModel> {
  const dir = await mkdtemp(join(tmpdir(), 'stig-gate-heimdall-'));
  const results = join(dir, 'results.xml');
  await copyFile(CLEAN_RESULTS, results);
  const record = { imageOsIds: 'debian', imageOsName: 'Debian GNU/Linux 12 (bookworm)' };
  const { counts } = await readResultsFile(results);
  await writeFile(
    join(dir, 'scan.json'),
    JSON.stringify({ schemaVersion: 1, mode: 'rootfs', ...record, counts }),
  );
  const { result, current } = await gateScans({
    current: results,
    inheritedFromHost: false,
    policy: DEFAULT_POLICY,
    now: new Date(0),
  });
  const facts = await gatherScanFacts({ results: current, image: 'registry.example/debian:12' });
  return buildEvidenceModel({ result, current, facts, tool: TOOL });
}

const SCAN_FOLDER = 'GPOS clean, scan folder recording the image OS';

/** What Heimdall must show, as the samples' own records give them (shared/scap/README.md). */
interface Shown {
  status: HeimdallStatusCounts;
  severity: HeimdallSeverityCounts;
  /** For the HDF; Heimdall names its own converter as the platform of a CKL. */
  platform: string;
  duration: string;
}

const GPOS_SEVERITY = { none: 0, low: 10, medium: 170, high: 18, critical: 0 };
const RHEL8_SEVERITY = { none: 0, low: 19, medium: 214, high: 15, critical: 0 };
const NO_OS = 'registry.example/app:1.0 (OS not recorded by the scan)';

const SHOWN: Record<string, Shown> = {
  'GPOS clean': {
    status: { passed: 81, failed: 10, notApplicable: 107, notReviewed: 0 },
    severity: GPOS_SEVERITY,
    platform: NO_OS,
    // oscap writes whole seconds, and this scan took less than one.
    duration: '0 Seconds',
  },
  'GPOS remote access vs clean, waiver': {
    status: { passed: 35, failed: 56, notApplicable: 107, notReviewed: 0 },
    severity: GPOS_SEVERITY,
    platform: NO_OS,
    duration: '0 Seconds',
  },
  // The 21 checks OpenSCAP could not run (error) are Not Reviewed; the gate still fails closed on them.
  'DISA RHEL 8 by OpenSCAP': {
    status: { passed: 61, failed: 166, notApplicable: 0, notReviewed: 21 },
    severity: RHEL8_SEVERITY,
    platform: NO_OS,
    duration: '5 Seconds',
  },
  // DISA's SCC records the target's OS in the TestResult's facts.
  'DISA RHEL 8 by SCC': {
    status: { passed: 73, failed: 175, notApplicable: 0, notReviewed: 0 },
    severity: RHEL8_SEVERITY,
    platform: 'registry.example/app:1.0 (RedHat Variant 8.5)',
    duration: '385 Seconds',
  },
  // The SSG scans (ssg-samples.ts): `unknown` severities read as high; notchecked rules Not Reviewed.
  'SSG Debian 11, ANSSI NT28 high, on bullseye': {
    status: { passed: 25, failed: 23, notApplicable: 2, notReviewed: 0 },
    severity: { none: 0, low: 7, medium: 32, high: 11, critical: 0 },
    platform: NO_OS,
    duration: '0 Seconds',
  },
  'SSG Debian 11, every rule, on bullseye': {
    status: { passed: 126, failed: 108, notApplicable: 99, notReviewed: 21 },
    severity: { none: 0, low: 32, medium: 284, high: 38, critical: 0 },
    platform: NO_OS,
    duration: '4 Seconds',
  },
  [SCAN_FOLDER]: {
    status: { passed: 81, failed: 10, notApplicable: 107, notReviewed: 0 },
    severity: GPOS_SEVERITY,
    platform: 'registry.example/debian:12 (Debian GNU/Linux 12 (bookworm))',
    duration: '0 Seconds',
  },
};

const CASES: { name: string; model: () => Promise<EvidenceModel> }[] = [
  ...SAMPLES.map((sample) => ({ name: sample.name, model: async () => (await sample.make()).model })),
  { name: SCAN_FOLDER, model: scanFolderWithOs },
];

/** The gate's counts as Heimdall names its cards. */
function gateStatus(model: EvidenceModel): HeimdallStatusCounts {
  return {
    passed: model.counts.not_a_finding,
    failed: model.counts.open,
    notApplicable: model.counts.not_applicable,
    notReviewed: model.counts.not_reviewed,
  };
}

/** The rules per severity as the gate rates them (Heimdall reads each control's `severity` tag). */
function gateSeverity(model: EvidenceModel): HeimdallSeverityCounts {
  const counts: HeimdallSeverityCounts = { none: 0, low: 0, medium: 0, high: 0, critical: 0 };
  for (const rule of model.rules) counts[rule.severity] += 1;
  return counts;
}

/** A load takes seconds; on a machine shared by many runs, several times that. */
const LOAD_TIMEOUT = 180_000;

describe('Heimdall Lite (in Chromium) on our HDF and CKL', () => {
  let heimdall: HeimdallLite;
  const models = new Map<string, EvidenceModel>();

  beforeAll(async () => {
    heimdall = await HeimdallLite.open();
    for (const c of CASES) models.set(c.name, await c.model());
  });
  afterAll(async () => {
    await heimdall?.close();
  });

  it.each(CASES)(
    "$name: our HDF shows the gate's counts and severities, the image, its OS and the scan's duration",
    async ({ name }) => {
      const model = models.get(name)!;
      const shown = SHOWN[name]!;
      const hdf = renderHdf(model);
      expect(hdfValidator()(hdf), errorsOf(hdfValidator())).toBe(true);
      const view = await heimdall.show(EVIDENCE_FILES.hdf, JSON.stringify(hdf));
      expect(view.filename).toBe(EVIDENCE_FILES.hdf);
      expect(view.status).toEqual(gateStatus(model));
      expect(view.status).toEqual(shown.status);
      expect(view.severity).toEqual(gateSeverity(model));
      expect(view.severity).toEqual(shown.severity);
      expect(view.info.Platform).toBe(shown.platform);
      expect(view.info.Duration).toBe(shown.duration);
    },
    LOAD_TIMEOUT,
  );

  // The scan folder's CKL would be the GPOS clean sample's with other facts in its finding details.
  it.each(CASES.filter((c) => c.name !== SCAN_FOLDER))(
    "$name: our CKL, converted by Heimdall, shows the gate's counts and severities",
    async ({ name }) => {
      const model = models.get(name)!;
      const shown = SHOWN[name]!;
      const view = await heimdall.show(EVIDENCE_FILES.ckl, renderCkl(model));
      expect(view.filename).toBe(EVIDENCE_FILES.ckl);
      expect(view.status).toEqual(gateStatus(model));
      expect(view.status).toEqual(shown.status);
      expect(view.severity).toEqual(gateSeverity(model));
      expect(view.severity).toEqual(shown.severity);
    },
    LOAD_TIMEOUT,
  );

  it('reached nothing but loopback, and needed nothing else', () => {
    // Every request off loopback was aborted, and every count above was read all the same.
    expect([...new Set(heimdall.blocked)]).toEqual([UPDATE_CHECK]);
    // `/server` is Heimdall's question "is there a Heimdall Server?"; its 404 means Heimdall Lite.
    expect([...new Set(heimdall.missing())]).toEqual(['/server']);
  });
});
