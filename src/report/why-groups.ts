/**
 * New failures grouped by cause: rules whose evidence is the same (the same tests looking at the same
 * things and finding the same items) fail for one reason, and an engineer fixes them together. 46 rules
 * failing because the package database lists dropbear are one group, not 46 findings.
 */
import type { GateRule } from '../gate/types.js';
import type { OvalTestEvidence, RuleEvidence } from '../results/model.js';

/** Rules that share one cause; `evidence` is the first rule's (all are the same but for ids). */
export interface CauseGroup {
  evidence?: RuleEvidence;
  rules: GateRule[];
}

function testKey(test: OvalTestEvidence): unknown {
  return [
    test.type,
    test.comment,
    test.result,
    test.negated,
    test.object && [test.object.type, test.object.fields, test.object.flag, test.object.variables],
    test.state?.fields,
    test.items.map((item) => [item.type, item.status, item.fields]),
    test.itemsOmitted,
  ];
}

/** What makes two rules' evidence the same cause: everything but ids (definitions differ per rule set). */
export function causeKey(evidence: RuleEvidence): string {
  return JSON.stringify(
    evidence.kind === 'sce'
      ? ['sce', evidence.script, evidence.output]
      : ['oval', evidence.tests.map(testKey), evidence.testsOmitted],
  );
}

/**
 * Groups `rules` by cause, largest group first, then in the rules' order; rules without evidence are
 * each a group of their own.
 */
export function groupByCause(rules: readonly GateRule[]): CauseGroup[] {
  const groups: CauseGroup[] = [];
  const byKey = new Map<string, CauseGroup>();
  for (const rule of rules) {
    if (!rule.evidence) {
      groups.push({ rules: [rule] });
      continue;
    }
    const key = causeKey(rule.evidence);
    const group = byKey.get(key);
    if (group) group.rules.push(rule);
    else {
      const created: CauseGroup = { evidence: rule.evidence, rules: [rule] };
      byKey.set(key, created);
      groups.push(created);
    }
  }
  // Stable: equal sizes keep the rules' order (most severe first).
  return groups
    .map((group, index) => ({ group, index }))
    .sort((a, b) => b.group.rules.length - a.group.rules.length || a.index - b.index)
    .map(({ group }) => group);
}
