#!/usr/bin/env node
'use strict';

var cli = require('../cli.js');
var args = require('./args-dSYN6lb7.js');

/**
 * Comparing a current scan with a baseline scan, rule by rule (matched by XCCDF rule id). Each rule lands
 * in exactly one class. Failing means fail, error or unknown (the gate fails closed), and a rule that was
 * failing and is now not evaluated is "removed", never "fixed".
 */
/**
 * True when a check actually ran for the rule. `notselected` and `notchecked` say it did not, and
 * `informational` vouches for nothing either way.
 */
function isEvaluated(result) {
    switch (result) {
        case 'pass':
        case 'fail':
        case 'error':
        case 'unknown':
        case 'notapplicable':
        case 'fixed':
            return true;
        case 'notchecked':
        case 'notselected':
        case 'informational':
            return false;
    }
}
/** Results that show a formerly failing rule is now satisfied. */
function isSatisfied(result) {
    return result === 'pass' || result === 'notapplicable' || result === 'fixed';
}
/**
 * Throws a {@link ConfigurationError} when no rule of `scan` was evaluated: OpenSCAP reports every rule
 * `notselected` (and exits 0) when a tailoring file or profile does not match the benchmark, and a scan
 * that checked nothing must never pass. Nor must one in which no check came to a pass or a fail: every
 * evaluated rule `error` or `unknown` means the checks could not run (no probe for the target, a scanner
 * that could not read the image), however many rules that makes "still failing".
 */
function assertSomethingEvaluated(scan, role) {
    // notapplicable alone is no evidence either: OpenSCAP marks every rule so when the content's platform
    // does not match the image (RHEL content on an Ubuntu image, say).
    if (!scan.rules.some((rule) => isEvaluated(rule.result) && rule.result !== 'notapplicable')) {
        const what = scan.rules.length === 0
            ? 'it has no rule results'
            : `all ${scan.rules.length} rules are ${describeResults(scan)}`;
        throw new cli.ConfigurationError(`${scan.source}: nothing was evaluated in the ${role} scan (${what}). OpenSCAP does this, and exits 0, when ` +
            `the profile or a tailoring file does not match the benchmark, or the content does not fit the image's ` +
            `platform: check --profile, --tailoring-file and the data stream. ` +
            `A scan that checked nothing is never a pass.`);
    }
    if (scan.rules.some((rule) => ranToResult(rule.result)))
        return;
    const counts = args.RULE_RESULT_VALUES.filter((v) => scan.counts[v] > 0)
        .map((v) => `${scan.counts[v]} ${v}`)
        .join(', ');
    throw new cli.ConfigurationError(`${scan.source}: no check ran in the ${role} scan: every evaluated rule ended in error or unknown ` +
        `(${counts}) and none passed or failed, so the scan did not run its checks. The scanner's messages ` +
        `say why: scan.log beside the results (stig-gate scan, the action), or oscap's own output. ` +
        `A scan whose checks never ran is never a pass.`);
}
/** Results that only a check that ran can give: it passed, failed, or fixed the rule. */
function ranToResult(result) {
    return result === 'pass' || result === 'fail' || result === 'fixed';
}
function describeResults(scan) {
    const present = ['notselected', 'notchecked', 'informational', 'notapplicable'].filter((v) => scan.counts[v] > 0);
    return present.join(' or ');
}
/** Rules by id; a repeated id (multi-check results) keeps its first failing outcome, else its first. */
function indexRules(scan, warnings) {
    const byId = new Map();
    let repeated = 0;
    for (const rule of scan.rules) {
        const seen = byId.get(rule.ruleId);
        if (seen === undefined)
            byId.set(rule.ruleId, rule);
        else {
            repeated += 1;
            if (!args.isFailing(seen.result) && args.isFailing(rule.result))
                byId.set(rule.ruleId, rule);
        }
    }
    if (repeated > 0) {
        warnings.push(`${scan.source}: ${repeated} rule results repeat a rule id; each rule counts once, as failing if any of its results fails`);
    }
    return byId;
}
function classify(current, baseline, hasBaseline) {
    const evaluatedNow = current !== undefined && isEvaluated(current.result);
    if (current !== undefined && args.isFailing(current.result)) {
        return baseline !== undefined && args.isFailing(baseline.result) ? 'stillFailing' : 'newFailure';
    }
    if (!hasBaseline)
        return 'unchanged';
    const evaluatedThen = baseline !== undefined && isEvaluated(baseline.result);
    if (!evaluatedNow)
        return evaluatedThen ? 'removedRule' : 'unchanged';
    if (!evaluatedThen)
        return 'newRule';
    if (args.isFailing(baseline.result))
        return isSatisfied(current.result) ? 'fixed' : 'unchanged';
    return 'unchanged';
}
function identityWarnings(current, baseline) {
    const warnings = [];
    if (current.benchmark.id !== baseline.benchmark.id) {
        warnings.push(`the baseline (${baseline.source}) is from benchmark ${baseline.benchmark.id}, the current scan from ` +
            `${current.benchmark.id}: rules are compared by id, so renamed rules show as new and removed`);
    }
    else if ((current.benchmark.version ?? '') !== (baseline.benchmark.version ?? '')) {
        warnings.push(`the baseline was scanned with benchmark version ${baseline.benchmark.version ?? '(none)'}, the current scan ` +
            `with ${current.benchmark.version ?? '(none)'}`);
    }
    if ((current.profile.id ?? '') !== (baseline.profile.id ?? '')) {
        warnings.push(`the baseline was scanned with profile ${baseline.profile.id ?? '(none)'}, the current scan with ` +
            `${current.profile.id ?? '(none)'}: rules selected by only one profile show as new or removed`);
    }
    return warnings;
}
/**
 * Classifies every rule of `current` (and of `baseline`, when given). Throws a {@link ConfigurationError}
 * when either scan evaluated nothing, or when the two scans share no rule id (different content). A
 * different benchmark, benchmark version or profile is a warning.
 */
function compareScans(current, baseline) {
    assertSomethingEvaluated(current, 'current');
    const warnings = [];
    const currentById = indexRules(current, warnings);
    if (baseline === undefined) {
        const rules = [...currentById.values()].map((rule) => ({
            ruleClass: classify(rule, undefined, false),
            current: rule,
        }));
        return { rules, warnings };
    }
    assertSomethingEvaluated(baseline, 'baseline');
    const baselineById = indexRules(baseline, warnings);
    warnings.unshift(...identityWarnings(current, baseline));
    if (![...currentById.keys()].some((id) => baselineById.has(id))) {
        throw new cli.ConfigurationError(`the current scan (${current.source}, benchmark ${current.benchmark.id}) and the baseline (${baseline.source}, ` +
            `benchmark ${baseline.benchmark.id}) have no rule in common: they are scans of different content. ` +
            `Use a baseline scanned with the same benchmark and profile.`);
    }
    const rules = [];
    for (const [id, rule] of currentById) {
        const before = baselineById.get(id);
        rules.push({ ruleClass: classify(rule, before, true), current: rule, baseline: before });
    }
    for (const [id, before] of baselineById) {
        if (!currentById.has(id))
            rules.push({ ruleClass: classify(undefined, before, true), baseline: before });
    }
    return { rules, warnings };
}

exports.assertSomethingEvaluated = assertSomethingEvaluated;
exports.compareScans = compareScans;
