#!/usr/bin/env node
'use strict';

/**
 * Results that count as failing. `error` and `unknown` mean the check could not vouch for the rule, so a
 * gate treats them as failures: it fails closed.
 */
function isFailing(result) {
    switch (result) {
        case 'fail':
        case 'error':
        case 'unknown':
            return true;
        case 'pass':
        case 'notapplicable':
        case 'notchecked':
        case 'notselected':
        case 'informational':
        case 'fixed':
            return false;
    }
}
/** The short id an assessor looks for: the STIG rule id (SV-…) where there is one, else the XCCDF id. */
function stigLabel(rule) {
    return rule.stig.ruleId ?? rule.ruleId;
}
/** DISA's category for a severity: high is CAT I, medium CAT II, low CAT III. */
function stigCategory(severity) {
    switch (severity) {
        case 'high':
            return 'CAT I';
        case 'medium':
            return 'CAT II';
        case 'low':
            return 'CAT III';
        case 'info':
        case 'unknown':
            return undefined;
    }
}

exports.isFailing = isFailing;
exports.stigCategory = stigCategory;
exports.stigLabel = stigLabel;
