/**
 * The evidence formats and their files: what the action's `evidence` input and the CLI's `--evidence`
 * option name, and how each is rendered from the model.
 */
import { ConfigurationError } from '../errors.js';
import { renderCkl } from './ckl.js';
import { renderCklb } from './cklb.js';
import { renderHdf } from './hdf.js';
import type { EvidenceModel } from './model.js';
import { renderOscalAssessmentResults } from './oscal-ar.js';
import { renderOscalPoam } from './oscal-poam.js';
import { renderPoamCsv } from './poam-csv.js';

/** Each format's file name. `manifest` is evidence.json and the in-toto statement. */
export const EVIDENCE_FILES = {
  cklb: 'stig-gate.cklb',
  ckl: 'stig-gate.ckl',
  'poam-csv': 'stig-gate-poam.csv',
  'oscal-ar': 'stig-gate-oscal-ar.json',
  'oscal-poam': 'stig-gate-oscal-poam.json',
  hdf: 'stig-gate-hdf.json',
  manifest: 'evidence.json',
} as const;

export const INTOTO_FILE = 'stig-gate.intoto.json';

export type EvidenceFormat = keyof typeof EVIDENCE_FILES;
export const EVIDENCE_FORMATS = Object.keys(EVIDENCE_FILES) as EvidenceFormat[];

/** The formats rendered from the model alone (the manifest needs the other files' digests). */
export type DocumentFormat = Exclude<EvidenceFormat, 'manifest'>;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Renders one format's file content; undefined when the format has nothing to say (see renderOscalPoam). */
export function renderEvidence(format: DocumentFormat, model: EvidenceModel): string | undefined {
  switch (format) {
    case 'cklb':
      return json(renderCklb(model));
    case 'ckl':
      return renderCkl(model);
    case 'poam-csv':
      return renderPoamCsv(model);
    case 'oscal-ar':
      return json(renderOscalAssessmentResults(model));
    case 'oscal-poam': {
      const poam = renderOscalPoam(model);
      return poam && json(poam);
    }
    case 'hdf':
      return json(renderHdf(model));
  }
}

/**
 * Parses a list of formats (`all`, `none`, or names separated by commas or whitespace), naming `option`
 * in the error.
 */
export function parseEvidenceFormats(option: string, text: string): EvidenceFormat[] {
  const names = text
    .split(/[\s,]+/)
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0 || (names.length === 1 && names[0] === 'all')) return [...EVIDENCE_FORMATS];
  if (names.length === 1 && names[0] === 'none') return [];
  const unknown = names.filter((name) => !(name in EVIDENCE_FILES));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `${option} must be 'all', 'none' or a list of ${EVIDENCE_FORMATS.join(', ')}; got '${unknown.join(', ')}'`,
    );
  }
  return EVIDENCE_FORMATS.filter((format) => names.includes(format));
}
