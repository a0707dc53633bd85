/** Small shared wording for every report. */
import type { Severity } from '../results/model.js';
import { stigCategory } from '../results/vocabulary.js';

/** `CAT II (medium)`: the category an assessor uses, with the XCCDF severity it comes from. */
export function severityLabel(severity: Severity): string {
  const category = stigCategory(severity);
  return category === undefined ? severity : `${category} (${severity})`;
}
