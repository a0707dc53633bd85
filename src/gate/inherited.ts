/**
 * The built-in, opt-in "inherited from host" set: GPOS STIG rules that a container cannot meet itself
 * because the host or the orchestration platform provides the control (auditing, isolation, ASLR, …), as
 * Chainguard documents them. The reviewed data is src/gate/inherited-from-host.json; rules are matched by
 * full XCCDF rule id, so a new rule revision is not covered until the data is reviewed again.
 */
import type { RuleOutcome } from '../results/model.js';
import data from './inherited-from-host.json' with { type: 'json' };
import type { InheritedMatch, InheritedRule } from './types.js';

/** The reviewed data as shipped, indexed by rule id; each entry joined with its category's explanation. */
const BY_RULE_ID: ReadonlyMap<string, InheritedMatch> = indexInherited(data.categories, data.rules);

/**
 * Joins rules to their categories. A rule naming an undeclared category is a bug in the shipped data, and
 * throws at load rather than waiving something without an explanation.
 */
export function indexInherited(
  categories: Readonly<Record<string, string>>,
  rules: readonly InheritedRule[],
): Map<string, InheritedMatch> {
  const byId = new Map<string, InheritedMatch>();
  for (const rule of rules) {
    const categoryText = categories[rule.category];
    if (categoryText === undefined) {
      throw new Error(
        `inherited-from-host.json: ${rule.ruleId} names undeclared category '${rule.category}'`,
      );
    }
    byId.set(rule.ruleId, { ...rule, categoryText });
  }
  return byId;
}

/** The reviewed reason a rule is inherited from the host, or undefined when it is not in the set. */
export function inheritedFromHost(rule: Pick<RuleOutcome, 'ruleId'>): InheritedMatch | undefined {
  return BY_RULE_ID.get(rule.ruleId);
}

/** Every category of the set with its explanation, in the data's order. */
export function inheritedCategories(): Readonly<Record<string, string>> {
  return data.categories;
}

/** How many rules the set covers. */
export const INHERITED_RULE_COUNT = BY_RULE_ID.size;
