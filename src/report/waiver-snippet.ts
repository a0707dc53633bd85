/**
 * A ready-to-commit `.stig-gate/waivers.yml` for new failures (issue #21's comment design; not yet shown in
 * the comment, which waits for the single publisher). Reason, owner and expiry are left for a person: the
 * entries are refused by the waivers reader until `reason` and `expires` are filled in, so pasting the
 * snippet unread accepts nothing. Text from the scan goes only into YAML comments, on one line, without
 * backticks (the snippet sits in a Markdown code fence), so it can neither add keys nor end the fence.
 */
import type { GateRule } from '../gate/types.js';
import { stigCategory, stigLabel } from '../results/vocabulary.js';
import { clip, oneLine } from './escape.js';

function comment(text: string): string {
  return clip(oneLine(text).replace(/`/g, "'"), 120);
}

/** The YAML text of a waivers file waiving each of `rules`, placeholders to fill in. */
export function waiverSnippet(rules: readonly GateRule[], options: { image?: string } = {}): string {
  const lines = [
    '# .stig-gate/waivers.yml: accept these failures as risks. Fill in reason, owner and expires',
    '# (YYYY-MM-DD, required here), review, and commit; until then the file is refused, nothing is waived.',
    'waivers:',
  ];
  for (const rule of rules) {
    const category = stigCategory(rule.severity);
    lines.push(
      `  # ${comment(`${category ?? rule.severity}: ${rule.title}`)}`,
      `  - rule: ${JSON.stringify(stigLabel(rule))}`,
      // Empty: the reader refuses an empty reason and an expiry that is not a date.
      `    reason: "" # fill in: why this failure is acceptable, for an assessor`,
      `    owner: "" # fill in: who answers for it`,
      `    expires: "" # fill in: YYYY-MM-DD, when it must be looked at again`,
      ...(options.image === undefined
        ? []
        : ['    images:', `      - ${JSON.stringify(options.image.replace(/@sha256:[0-9a-f]+$/i, ''))}`]),
    );
  }
  return `${lines.join('\n')}\n`;
}
