/**
 * Saying what the content covers: Chainguard's GPOS data stream checks some settings only through files of
 * apk (Wolfi's package manager). On an image of another distribution those files are absent, and the rules
 * pass vacuously; the reports must say so beside the verdict rather than count them as evidence.
 */
import type { RuleOutcome } from '../results/model.js';
import { stigLabel } from '../results/vocabulary.js';

/** What the image's /etc/os-release says, as the scan recorded it (its facts `imageOsIds`, `imageOsName`). */
export interface ImageOs {
  /** `ID` then `ID_LIKE`, space-separated (`debian`, `rhel centos fedora`), or `none`. */
  ids: string;
  /** `PRETTY_NAME`, when given. */
  name?: string;
}

/** Wolfi and Chainguard's images (Chainguard OS says `chainguard`): the distributions the content is for. */
const COVERED = /^(wolfi|chainguard)$/;

/** True when the image is one the apk checks are written for. */
export function isWolfiLike(os: ImageOs): boolean {
  return os.ids.split(/\s+/).some((id) => COVERED.test(id.toLowerCase()));
}

/** Shown by name in the notice; the rest are counted (the JSON report lists every rule's result). */
const NAMED_MAX = 12;

/**
 * The notice for an image that is not Wolfi or Chainguard scanned with content that reads Wolfi-only paths,
 * naming the rules that passed through those checks; undefined when there is nothing to say.
 * `wolfiOnly` maps a rule id to the Wolfi-only paths its check reads (results/wolfi-paths.ts).
 */
export function contentCoverageNotice(
  os: ImageOs | undefined,
  wolfiOnly: ReadonlyMap<string, readonly string[]>,
  rules: readonly RuleOutcome[],
): string | undefined {
  if (os === undefined || wolfiOnly.size === 0 || isWolfiLike(os)) return undefined;
  const vacuous = rules.filter((rule) => rule.result === 'pass' && wolfiOnly.has(rule.ruleId));
  if (vacuous.length === 0) return undefined;
  const paths = [...new Set(vacuous.flatMap((rule) => wolfiOnly.get(rule.ruleId)!))].sort();
  const names = vacuous.map(stigLabel);
  const shown = names.slice(0, NAMED_MAX).join(', ');
  const more = names.length > NAMED_MAX ? ` and ${names.length - NAMED_MAX} more` : '';
  const image =
    os.ids === 'none'
      ? 'this image has no /etc/os-release'
      : `this image is ${os.name ?? os.ids} (not Wolfi or Chainguard)`;
  return (
    `${image}, and the data stream checks some rules only through files of apk, Wolfi's package manager ` +
    `(${paths.join(', ')}), which such an image does not have: ${vacuous.length} rule` +
    `${vacuous.length === 1 ? '' : 's'} passed without checking anything (${shown}${more}). ` +
    'Their pass is no evidence for this image; assess them another way.'
  );
}
