/** Where the shared SCAP content and real oscap samples live: ../shared/scap beside the repo. */
import { fileURLToPath } from 'node:url';

export const SHARED_SCAP = fileURLToPath(new URL('../../../shared/scap/', import.meta.url));
export const SAMPLES = `${SHARED_SCAP}samples/`;
export const CLEAN_RESULTS = `${SAMPLES}debian12-gpos-results.xml`;
export const CLEAN_ARF = `${SAMPLES}debian12-gpos-arf.xml`;
export const REMOTE_ACCESS_RESULTS = `${SAMPLES}debian12-remote-access-gpos-results.xml`;
export const CLEAN_REPORT_HTML = `${SAMPLES}debian12-gpos-report.html`;
export const DATASTREAM = `${SHARED_SCAP}ssg-chainguard-gpos-ds.xml`;
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
