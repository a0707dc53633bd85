/**
 * Where the tests' reference data lives: the project's shared/ folder (the data stream and real oscap samples
 * in scap/, the assessor formats' published schemas in schemas/, DISA's CCI list in cci/), beside the clone as
 * CI has it, or wherever STIG_GATE_SHARED names (README, Development).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED = process.env.STIG_GATE_SHARED
  ? `${resolve(process.env.STIG_GATE_SHARED)}/`
  : fileURLToPath(new URL('../../../shared/', import.meta.url));
export const SHARED_SCAP = `${SHARED}scap/`;
export const SAMPLES = `${SHARED_SCAP}samples/`;
export const CLEAN_RESULTS = `${SAMPLES}debian12-gpos-results.xml`;
export const CLEAN_ARF = `${SAMPLES}debian12-gpos-arf.xml`;
export const REMOTE_ACCESS_RESULTS = `${SAMPLES}debian12-remote-access-gpos-results.xml`;
export const CLEAN_REPORT_HTML = `${SAMPLES}debian12-gpos-report.html`;
export const DATASTREAM = `${SHARED_SCAP}ssg-chainguard-gpos-ds.xml`;
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** DISA's RHEL 8 STIG results from other tools (MITRE's hdf-converters samples, Apache-2.0). */
export const PEERS = `${SHARED_SCAP}peers/`;
export const RHEL8_OPENSCAP_RESULTS = `${PEERS}xccdf-results-openscap-rhel8.xml`;
export const RHEL8_SCC_RESULTS = `${PEERS}xccdf-results-scc-rhel8.xml`;
