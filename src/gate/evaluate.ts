/**
 * The gate: compare, apply waivers and the inherited-from-host set, then the policy. A plain function of
 * its input (the clock included), so every report is rendered from the same {@link GateResult}.
 */
import { compareIds, severityRank, type RuleOutcome, type ScanResults } from '../results/model.js';
import { applyWaivers } from './apply-waivers.js';
import { compareScans, type ClassifiedRule } from './compare.js';
import { inheritedFromHost } from './inherited.js';
import { countedFailures, describeThreshold, meetsThreshold } from './policy.js';
import { factsFromResults, mergeFacts, scannerDrift, type ScanFacts } from './scan-facts.js';
import type { GateCounts, GateInput, GatePolicy, GateResult, GateRule, ScanIdentity } from './types.js';

/**
 * Evaluates the gate. Throws a ConfigurationError when a scan evaluated nothing or the two scans share
 * no rule; everything else the user should know is in `warnings`.
 */
export function evaluateGate(input: GateInput): GateResult {
  const { current, baseline, policy, now, image } = input;
  const comparison = compareScans(current, baseline);
  const waivers = applyWaivers(input.waivers ?? [], current.rules, now, image);

  const lists = {
    newFailures: [] as GateRule[],
    fixed: [] as GateRule[],
    stillFailing: [] as GateRule[],
    waived: [] as GateRule[],
    inheritedFromHost: [] as GateRule[],
    newRules: [] as GateRule[],
    removedRules: [] as GateRule[],
  };
  let unchanged = 0;
  for (const classified of comparison.rules) {
    // Unchanged rules are only counted: building them would read every rule's prose (parsed when read).
    if (classified.ruleClass === 'unchanged') {
      unchanged += 1;
      continue;
    }
    const rule = gateRule(classified, baseline !== undefined, policy);
    switch (classified.ruleClass) {
      case 'newFailure':
      case 'stillFailing': {
        const waiver = waivers.waiverFor.get(rule.ruleId);
        const inherited = input.inheritedFromHost ? inheritedFromHost(rule) : undefined;
        if (waiver) lists.waived.push({ ...rule, waiver });
        else if (inherited) lists.inheritedFromHost.push({ ...rule, inherited });
        else lists[classified.ruleClass === 'newFailure' ? 'newFailures' : 'stillFailing'].push(rule);
        break;
      }
      case 'fixed':
        lists.fixed.push(rule);
        break;
      case 'newRule':
        lists.newRules.push(rule);
        break;
      case 'removedRule':
        lists.removedRules.push(rule);
        break;
    }
  }
  for (const list of Object.values(lists)) list.sort(bySeverityThenStigId);

  const counted = countedFailures(policy.failOn, lists.newFailures, lists.stillFailing);
  const unwaived = [...lists.newFailures, ...lists.stillFailing];
  const counts: GateCounts = {
    counted: counted.length,
    newFailures: lists.newFailures.length,
    fixed: lists.fixed.length,
    stillFailing: lists.stillFailing.length,
    waived: lists.waived.length,
    inheritedFromHost: lists.inheritedFromHost.length,
    newRules: lists.newRules.length,
    removedRules: lists.removedRules.length,
    unchanged,
    belowThreshold: unwaived.filter((rule) => !rule.meetsThreshold).length,
    failed: current.counts.fail + current.counts.error + current.counts.unknown,
    passed: current.counts.pass,
    notapplicable: current.counts.notapplicable,
    notEvaluated: current.counts.notselected + current.counts.notchecked + current.counts.informational,
    staleWaivers: waivers.stale.length,
    expiredWaivers: waivers.expired.length,
  };
  const verdict = counted.length > 0 ? 'fail' : 'pass';
  const newSet = new Set(lists.newFailures);
  const warnings = [
    ...scanWarnings(current),
    ...(baseline ? scanWarnings(baseline) : []),
    ...comparison.warnings,
    ...waivers.warnings,
  ];
  const currentIdentity = withFacts(current, input.currentFacts);
  const baselineIdentity = baseline && withFacts(baseline, input.baselineFacts);
  const drift =
    baselineIdentity &&
    scannerDrift(baselineIdentity.facts, currentIdentity.facts, {
      newFailures: lists.newFailures.length,
      fixed: lists.fixed.length,
    });
  return {
    verdict,
    reason: verdictReason(verdict, policy, counts, counted.filter((rule) => newSet.has(rule)).length),
    policy: { ...policy },
    inheritedFromHostEnabled: input.inheritedFromHost,
    ...(image === undefined ? {} : { image }),
    evaluatedAt: now.toISOString(),
    current: currentIdentity,
    ...(baselineIdentity === undefined ? {} : { baseline: baselineIdentity }),
    ...(baselineIdentity && input.baselineFrom !== undefined && { baselineFrom: input.baselineFrom }),
    ...(baselineIdentity && input.baselineRunUrl !== undefined && { baselineRunUrl: input.baselineRunUrl }),
    notices: comparison.notices,
    ...(drift === undefined ? {} : { scannerDrift: drift }),
    ...lists,
    counts,
    warnings,
    staleWaivers: waivers.stale,
    expiredWaivers: waivers.expired,
  };
}

function gateRule(classified: ClassifiedRule, hasBaseline: boolean, policy: GatePolicy): GateRule {
  // Metadata from the current scan when it has the rule, else from the baseline (removed rules).
  const outcome = (classified.current ?? classified.baseline) as RuleOutcome;
  const rule: GateRule = {
    ruleId: outcome.ruleId,
    severity: outcome.severity,
    title: outcome.title,
    stig: outcome.stig,
    result: classified.current?.result ?? 'absent',
    meetsThreshold: meetsThreshold(outcome.severity, policy.severityThreshold),
  };
  if (hasBaseline) rule.baselineResult = classified.baseline?.result ?? 'absent';
  if (outcome.description !== undefined) rule.description = outcome.description;
  if (outcome.rationale !== undefined) rule.rationale = outcome.rationale;
  if (outcome.fixText !== undefined) rule.fixText = outcome.fixText;
  if (classified.current?.evidence !== undefined) rule.evidence = classified.current.evidence;
  return rule;
}

/** Most severe first, then by STIG id (numerically), then by rule id: the order every report uses. */
export function bySeverityThenStigId(a: GateRule, b: GateRule): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    compareIds(a.stig.ruleId ?? a.ruleId, b.stig.ruleId ?? b.ruleId) ||
    compareIds(a.ruleId, b.ruleId)
  );
}

function scanIdentity(scan: ScanResults): Omit<ScanIdentity, 'facts'> {
  const { source, format, benchmark, profile, target, scanner, testResultId, startTime, endTime, counts } =
    scan;
  const identity: Omit<ScanIdentity, 'facts'> = {
    source,
    format,
    benchmark,
    profile,
    target,
    scanner,
    testResultId,
    startTime,
    endTime,
    counts,
  };
  if (scan.evidenceFrom !== undefined) identity.evidenceFrom = scan.evidenceFrom;
  return identity;
}

/** The results file's own record first: it is what oscap wrote while it scanned. */
function withFacts(scan: ScanResults, known: ScanFacts | undefined): ScanIdentity {
  return { ...scanIdentity(scan), facts: mergeFacts(factsFromResults(scan), known) };
}

function scanWarnings(scan: ScanResults): string[] {
  return scan.warnings.map((warning) => `${scan.source}: ${warning}`);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The one line that says why: the last line of the log and the head of every report. */
function verdictReason(
  verdict: 'pass' | 'fail',
  policy: GatePolicy,
  counts: GateCounts,
  countedNew: number,
): string {
  const threshold = describeThreshold(policy.severityThreshold);
  const context = [
    counts.stillFailing > 0 && policy.failOn === 'new' ? `${counts.stillFailing} still failing` : '',
    counts.waived > 0 ? `${counts.waived} waived` : '',
    counts.inheritedFromHost > 0 ? `${counts.inheritedFromHost} inherited from host` : '',
    counts.belowThreshold > 0 ? `${counts.belowThreshold} below the severity threshold` : '',
    counts.fixed > 0 ? `${counts.fixed} fixed` : '',
  ].filter(Boolean);
  const tail = context.length > 0 ? ` (${context.join(', ')})` : '';
  if (verdict === 'fail') {
    return policy.failOn === 'new'
      ? `gate failed: ${plural(counts.counted, 'new failure')} at ${threshold}${tail}`
      : `gate failed: ${plural(counts.counted, 'failing rule')} at ${threshold}, ${countedNew} of them new${tail}`;
  }
  switch (policy.failOn) {
    case 'new':
      return `gate passed: no new failures at ${threshold}${tail}`;
    case 'any':
      return `gate passed: no failures at ${threshold}${tail}`;
    case 'none':
      return (
        `gate passed: not enforced (fail-on none); ${plural(counts.newFailures, 'new failure')}, ` +
        `${counts.stillFailing} still failing${tail}`
      );
  }
}
