/**
 * A ready-to-commit `.stig-gate/waivers.yml` for new failures, folded at the end of the comment's causes
 * (issue #21). Reason, owner and expiry are left for a person: the entries are refused by the waivers
 * reader until `reason` and `expires` are filled in, so pasting the snippet unread accepts nothing. Text
 * from the scan goes only into YAML comments, on one line, without backticks (the snippet sits in a
 * Markdown code fence), so it can neither add keys nor end the fence.
 */
import type { GateRule } from '../gate/types.js';
import { stigCategory, stigLabel } from '../results/vocabulary.js';
import { clip, oneLine } from './escape.js';

/** Where the waivers reader looks by default. */
export const WAIVERS_PATH = '.stig-gate/waivers.yml';

function comment(text: string): string {
  return clip(oneLine(text).replace(/`/g, "'"), 120);
}

/** The snippet in parts: its head (comments and `waivers:`) and one entry per rule, each a few lines. */
export interface WaiverSnippetParts {
  head: string[];
  entries: string[];
}

/** {@link waiverSnippet} in parts, so that a report can cut it between entries. */
export function waiverSnippetParts<Rule extends SnippetRule>(
  rules: readonly Rule[],
  options: SnippetOptions<Rule> = {},
): WaiverSnippetParts {
  const head = [
    `# ${WAIVERS_PATH}: accept these failures as risks. Fill in reason, owner and expires`,
    '# (YYYY-MM-DD, required here), review, and commit; until then the file is refused, nothing is waived.',
    'waivers:',
  ];
  const entries = rules.map((rule) => {
    const category = stigCategory(rule.severity);
    return [
      `  # ${comment(`${category ?? rule.severity}: ${rule.title}`)}`,
      `  - rule: ${JSON.stringify(stigLabel(rule))}`,
      // Empty: the reader refuses an empty reason and an expiry that is not a date.
      `    reason: "" # fill in: why this failure is acceptable, for an assessor`,
      `    owner: "" # fill in: who answers for it`,
      `    expires: "" # fill in: YYYY-MM-DD, when it must be looked at again`,
      ...imageLines(options.imagesOf?.(rule) ?? (options.image === undefined ? [] : [options.image])),
    ].join('\n');
  });
  return { head, entries };
}

/** What an entry is made from: a new failure (GateRule, or its JSON form in a set's reports). */
export type SnippetRule = Pick<GateRule, 'ruleId' | 'stig' | 'severity' | 'title'>;

export interface SnippetOptions<Rule> {
  /** The image every entry is limited to. */
  image?: string;
  /** The images an entry is limited to (a set's rule failing newly on several); overrides `image`. */
  imagesOf?: (rule: Rule) => readonly string[];
}

function imageLines(images: readonly string[]): string[] {
  const names = [...new Set(images.map(imageName))];
  return names.length === 0 ? [] : ['    images:', ...names.map((name) => `      - ${JSON.stringify(name)}`)];
}

/**
 * The image's repository, without tag or digest: a waiver for `registry/app` holds for the next build and
 * the next pull request's tag too (see docs/waivers.md, `images`).
 */
function imageName(image: string): string {
  const name = image.replace(/@sha256:[0-9a-f]+$/i, '');
  const tag = name.lastIndexOf(':');
  return tag > name.lastIndexOf('/') ? name.slice(0, tag) : name;
}

/** A Markdown code fence longer than any run of backticks in `lines` (a rule id from a hostile file). */
export function codeFence(lines: readonly string[]): string {
  const longest = Math.max(0, ...lines.flatMap((line) => (line.match(/`+/g) ?? []).map((run) => run.length)));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** The YAML text of a waivers file waiving each of `rules`, placeholders to fill in. */
export function waiverSnippet<Rule extends SnippetRule>(
  rules: readonly Rule[],
  options: SnippetOptions<Rule> = {},
): string {
  const { head, entries } = waiverSnippetParts(rules, options);
  return `${[...head, ...entries].join('\n')}\n`;
}
