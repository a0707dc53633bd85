/**
 * The evidence formats and their files: what the action's `evidence` input and the CLI's `--evidence`
 * option name. Apart from the renderers so that reading the inputs loads none of them.
 */
import { ConfigurationError } from '../errors.js';

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

/** Paths of the evidence files written, by format (`intoto` for the in-toto statement). */
export type EvidencePaths = Partial<Record<EvidenceFormat | 'intoto', string>>;
export const EVIDENCE_FORMATS = Object.keys(EVIDENCE_FILES) as EvidenceFormat[];

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
