/**
 * Applying waivers to the failures of one scan: which failure each unexpired, in-scope waiver covers,
 * which waivers expired, and which waived nothing (stale). Pure.
 */
import type { RuleOutcome } from '../results/model.js';
import { isFailing, stigLabel } from '../results/vocabulary.js';
import type { ExpiredWaiver, StaleWaiver, Waiver } from './types.js';
import { appliesToImage, isExpired, parseRuleReference, waiverNamesRule } from './waivers.js';

export interface WaiverOutcome {
  /** The waiver covering each waived failure, by rule id. */
  waiverFor: Map<string, Waiver>;
  expired: ExpiredWaiver[];
  stale: StaleWaiver[];
  warnings: string[];
}

/**
 * Matches `waivers` against the scan's `rules`. A waiver covers a failing rule it names when it applies
 * to `image` and has not expired; the first such waiver in file order is the one shown. An expired
 * waiver covers nothing and is listed with the failures it names; an applicable waiver that names no
 * failing rule is stale, with the reason.
 */
export function applyWaivers(
  waivers: readonly Waiver[],
  rules: readonly RuleOutcome[],
  now: Date,
  image: string | undefined,
): WaiverOutcome {
  const failing = rules.filter((rule) => isFailing(rule.result));
  const waiverFor = new Map<string, Waiver>();
  const expired: ExpiredWaiver[] = [];
  const stale: StaleWaiver[] = [];
  let unscopedSkipped = 0;
  for (const waiver of waivers) {
    if (!appliesToImage(waiver, image)) {
      if (image === undefined) unscopedSkipped += 1;
      continue;
    }
    const named = failing.filter((rule) => waiverNamesRule(waiver, rule));
    if (isExpired(waiver, now)) {
      expired.push({ waiver, matchedRules: named.map((rule) => rule.ruleId) });
      continue;
    }
    if (named.length === 0) {
      stale.push({ waiver, detail: staleDetail(waiver, rules) });
      continue;
    }
    for (const rule of named) if (!waiverFor.has(rule.ruleId)) waiverFor.set(rule.ruleId, waiver);
  }
  const warnings =
    unscopedSkipped === 0
      ? []
      : [
          `${unscopedSkipped} waiver${unscopedSkipped === 1 ? ' is' : 's are'} limited to images and waived nothing: ` +
            'no image was named (pass --image)',
        ];
  return { waiverFor, expired, stale, warnings };
}

function staleDetail(waiver: Waiver, rules: readonly RuleOutcome[]): string {
  const named = rules.filter((rule) => waiverNamesRule(waiver, rule));
  if (named.length > 0) {
    const results = [...new Set(named.map((rule) => rule.result))].join(', ');
    return `${stigLabel(named[0]!)} is not failing (${results}): remove the waiver`;
  }
  const reference = parseRuleReference(waiver.rule);
  if (reference?.kind === 'sv' && reference.revision !== undefined) {
    const other = rules.find((rule) => rule.stig.ruleId === reference.stigRuleId);
    if (other) {
      return (
        `the scan has ${reference.stigRuleId} at revision ${other.stig.revision ?? '(none)'}, not ` +
        `${reference.revision}: review the waiver for the new revision`
      );
    }
  }
  if (reference?.kind === 'v' && !rules.some((rule) => rule.stig.vulnId !== undefined)) {
    return `no rule ${waiver.rule} in the scan, whose results carry no V- ids: name the rule by its SV- id or full id`;
  }
  return `no rule ${waiver.rule} in the scan`;
}
