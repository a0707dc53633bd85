/** How each evidence format (see format-names.ts) is rendered from the model. */
import { renderCkl } from './ckl.js';
import type { EvidenceFormat } from './format-names.js';
import { renderCklb } from './cklb.js';
import { renderHdf } from './hdf.js';
import type { EvidenceModel } from './model.js';
import { renderOscalAssessmentResults } from './oscal-ar.js';
import { renderOscalPoam } from './oscal-poam.js';
import { renderPoamCsv } from './poam-csv.js';

/** The formats rendered from the model alone (the manifest needs the other files' digests). */
export type DocumentFormat = Exclude<EvidenceFormat, 'manifest'>;

/**
 * Compact JSON: these documents are read by tools, and at 2,000 rules indentation would double their
 * size and the time to write and hash them.
 */
const json = (value: unknown) => `${JSON.stringify(value)}\n`;

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

export {
  EVIDENCE_FILES,
  EVIDENCE_FORMATS,
  INTOTO_FILE,
  parseEvidenceFormats,
  type EvidenceFormat,
} from './format-names.js';
