/** The job summary's list of the assessor evidence files: which file, what it is, what opens it. */
import { basename } from 'node:path';
import type { EvidencePaths } from './format-names.js';

const DESCRIPTIONS: Record<keyof EvidencePaths, string> = {
  cklb: 'STIG Viewer 3 checklist (eMASS upload)',
  ckl: 'STIG Viewer 2 checklist (eMASS upload)',
  'poam-csv': "FedRAMP POA&M, 'Open POA&M Items' rows",
  'oscal-ar': 'OSCAL 1.2.2 assessment results',
  'oscal-poam': 'OSCAL 1.2.2 plan of action and milestones',
  hdf: 'Heimdall Data Format (Heimdall, SAF CLI)',
  manifest: 'evidence manifest: what was scanned with what, and every file’s sha256',
  intoto: 'unsigned in-toto statement about the image digest, for actions/attest',
};

/** Markdown naming each evidence file written (file names are stig-gate's own), or nothing when none was. */
export function evidenceList(paths: EvidencePaths): string {
  const rows = (Object.keys(DESCRIPTIONS) as (keyof EvidencePaths)[])
    .filter((format) => paths[format] !== undefined)
    .map((format) => `| \`${basename(paths[format]!)}\` | ${DESCRIPTIONS[format]} |`);
  if (rows.length === 0) return '';
  return [
    '',
    '### Evidence for assessors',
    '',
    'In the report artifact:',
    '',
    '| file | what it is |',
    '|---|---|',
    ...rows,
    '',
  ].join('\n');
}
