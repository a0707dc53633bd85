#!/usr/bin/env node
'use strict';

var cli = require('../cli.js');
var promises = require('node:fs/promises');
var node_util = require('node:util');

/**
 * Making untrusted text (anything from a results file or a waivers file) inert in GitHub Markdown: no
 * Markdown or HTML takes effect, and nothing GitHub links after rendering (URLs, `www.`, e-mail addresses,
 * `@mentions`, `#123` and `owner/repo#123` references) is recognised. The text still reads the same.
 */
/** Zero-width space: invisible, but breaks the patterns GitHub autolinks. */
const BREAK = '\u200b';
/**
 * Punctuation with a meaning inside a line of GFM: escapes, code spans, emphasis, links and images (`[`),
 * table cells, strikethrough and math. `<` and `&` become entities. Block syntax (`#`, `-`, `1.`, `>`)
 * only works at the start of a line, where escaped text is never put.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$]/g;
/**
 * Escapes `text` for use inside a line of Markdown after other text (a table cell, a list item, a heading):
 * one line, with HTML's
 * special characters as entities, Markdown's punctuation backslash-escaped and autolink/mention/reference
 * patterns broken by zero-width spaces. Never put the result inside raw HTML: backslash escapes do not
 * apply there (use {@link escapeHtml}).
 */
function escapeMarkdown(text) {
    // Backslashes first, so that the entities' own `&`, `#` and `;` stay unescaped.
    return breakAutolinks(oneLine(text))
        .replace(MARKDOWN_PUNCTUATION, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@/g, `${BREAK}@${BREAK}`);
}
/** Escapes `text` for HTML element content or a quoted attribute (e.g. `<summary>`), one line. */
function escapeHtml(text) {
    return breakAutolinks(oneLine(text))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/@/g, `${BREAK}@${BREAK}`);
}
/**
 * One line of plain text: whitespace, line breaks and control characters (terminal escape sequences
 * included) collapsed to single spaces. For terminals and logs; the Markdown escapes build on it.
 */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex
    return visibleBidi(text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim());
}
/**
 * Unicode's bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) shown as
 * `[U+202E]`: left in, they reorder what follows them on screen, so that text from a scan could make a
 * report read other than it is ("Trojan Source"). Marks that affect one character (U+200E, U+200F) stay.
 */
function visibleBidi(text) {
    return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, (control) => `[U+${control.charCodeAt(0).toString(16).toUpperCase()}]`);
}
/**
 * Breaks what GitHub links in rendered text: `scheme://` (and `//host`), `www.`, `#123` (also `GH-123`
 * and `owner/repo#123`). `@` is broken on both sides where it is escaped, after entity escaping: after
 * it for `@mentions`, before it for e-mail addresses.
 */
function breakAutolinks(text) {
    return text
        .replace(/\/(?=\/)/g, `/${BREAK}`)
        .replace(/\b(www)\./gi, `$1${BREAK}.`)
        .replace(/#(?=\d)/g, `#${BREAK}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${BREAK}`)
        .replace(/\b(mailto|javascript|data|vbscript):/gi, `$1${BREAK}:`);
}
/** Cuts `text` to at most `max` characters (ending with an ellipsis), before it is escaped. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    return `${Array.from(text.slice(0, max)).slice(0, -1).join('')}…`;
}

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

/**
 * The typed model of one OpenSCAP scan, whatever file it was read from (XCCDF 1.1/1.2 results, ARF, a
 * bare TestResult). Everything after the readers (gate, reports, publishing) works on this and nothing else.
 */
/** Every result value XCCDF defines for a rule-result (XCCDF 1.2 §6.6.4.3), in report order. */
const RULE_RESULT_VALUES = [
    'pass',
    'fail',
    'error',
    'unknown',
    'notapplicable',
    'notchecked',
    'notselected',
    'informational',
    'fixed',
];
/** XCCDF severities; `unknown` is XCCDF's own default when a rule names none. */
const SEVERITIES = ['high', 'medium', 'low', 'info', 'unknown'];
/** Counts with every result value present, zero where none. */
function countResults(rules) {
    const counts = Object.fromEntries(RULE_RESULT_VALUES.map((v) => [v, 0]));
    for (const rule of rules)
        counts[rule.result] += 1;
    return counts;
}
/** Rank for sorting: high first. */
function severityRank(severity) {
    switch (severity) {
        case 'high':
            return 0;
        case 'medium':
            return 1;
        case 'low':
            return 2;
        case 'info':
            return 3;
        case 'unknown':
            return 4;
    }
}
const DIGIT_0 = 48;
const DIGIT_9 = 57;
function isDigit(code) {
    return code >= DIGIT_0 && code <= DIGIT_9;
}
/**
 * Orders ids with their digit runs compared as numbers (`SV-9` before `SV-10`), everything else by UTF-16
 * code unit: the same order on every machine and locale (unlike `localeCompare`, whose ICU collator also
 * costs tens of milliseconds to set up in a fresh process).
 */
function compareIds(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(j);
        if (isDigit(x) && isDigit(y)) {
            let endA = i;
            let endB = j;
            while (endA < a.length && isDigit(a.charCodeAt(endA)))
                endA++;
            while (endB < b.length && isDigit(b.charCodeAt(endB)))
                endB++;
            // Leading zeros aside, a longer run is a larger number; runs of one length compare as text.
            let startA = i;
            let startB = j;
            while (startA < endA - 1 && a.charCodeAt(startA) === DIGIT_0)
                startA++;
            while (startB < endB - 1 && b.charCodeAt(startB) === DIGIT_0)
                startB++;
            const byLength = endA - startA - (endB - startB);
            if (byLength !== 0)
                return byLength;
            for (let k = 0; k < endA - startA; k++) {
                const byDigit = a.charCodeAt(startA + k) - b.charCodeAt(startB + k);
                if (byDigit !== 0)
                    return byDigit;
            }
            i = endA;
            j = endB;
        }
        else {
            if (x !== y)
                return x - y;
            i++;
            j++;
        }
    }
    const byRest = a.length - i - (b.length - j);
    if (byRest !== 0)
        return byRest;
    // Equal but for leading zeros (SV-01, SV-1): still two ids, so still a fixed order.
    return a < b ? -1 : a > b ? 1 : 0;
}

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
    const counts = RULE_RESULT_VALUES.filter((v) => scan.counts[v] > 0)
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
            if (!isFailing(seen.result) && isFailing(rule.result))
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
    if (current !== undefined && isFailing(current.result)) {
        return baseline !== undefined && isFailing(baseline.result) ? 'stillFailing' : 'newFailure';
    }
    if (!hasBaseline)
        return 'unchanged';
    const evaluatedThen = baseline !== undefined && isEvaluated(baseline.result);
    if (!evaluatedNow)
        return evaluatedThen ? 'removedRule' : 'unchanged';
    if (!evaluatedThen)
        return 'newRule';
    if (isFailing(baseline.result))
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
 * different benchmark, benchmark version or profile is a notice.
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
        return { rules, warnings, notices: [] };
    }
    assertSomethingEvaluated(baseline, 'baseline');
    const baselineById = indexRules(baseline, warnings);
    const notices = identityWarnings(current, baseline);
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
    return { rules, warnings, notices };
}

/** The most of one OVAL element kept; a larger one is dropped (and the sink told). */
const OVAL_PART_MAX_BYTES = 4 << 20;
/**
 * Children that a test result (`tested_item`) or a collected object (`reference`) holds one per item
 * collected, a million for a file search: only the first {@link OVAL_CHILDREN_KEPT} of each bucket are kept
 * in the carved element, the rest counted by bucket, so a wanted element stays small whatever the scan
 * found. A test result's items are bucketed by their `result`: the one item whose comparison failed among a
 * million that passed is kept wherever it is, and the evidence can tell how many items failed.
 */
const OVAL_ELIDED_CHILDREN = {
    testResult: { name: 'tested_item', bucketBy: 'result' },
    collectedObject: { name: 'reference' },
};
const OVAL_CHILDREN_KEPT = 50;
const OTHER_BUCKET = '';
/**
 * The bucket of the per-item child `tag` (its start tag's text, name first) of a part of `section`: the
 * value of the attribute it is bucketed by, or {@link OTHER_BUCKET}. Tokens only: the carved part is parsed
 * whole afterwards.
 */
function childBucket(bucketBy, tag) {
    if (bucketBy === undefined)
        return OTHER_BUCKET;
    return bucketOf(lastAttribute(tag, bucketBy) ?? startTagAttribute(tag, bucketBy));
}
/**
 * The attribute `wanted` when it is the tag's last, as OpenSCAP writes `result` (`tested_item item_id="1"
 * result="true"`): found from the end, and sure, since a value that ran to the tag's end would leave a
 * quote open. Undefined otherwise (then read attribute by attribute).
 */
function lastAttribute(tag, wanted) {
    let end = tag.length;
    while (end > 0 && isSpace$2(tag.charCodeAt(end - 1)))
        end--;
    const quote = tag[end - 1];
    if (quote !== '"' && quote !== "'")
        return undefined;
    const open = tag.lastIndexOf(quote, end - 2);
    if (open === -1 || tag[open - 1] !== '=')
        return undefined;
    const name = open - 1 - wanted.length;
    if (name < 1 || !isSpace$2(tag.charCodeAt(name - 1)) || !tag.startsWith(wanted, name))
        return undefined;
    return tag.slice(open + 1, end - 1);
}
/** The bucket of a `result` value: OVAL's result values (5.11 ResultEnumeration) each their own. */
function bucketOf(value) {
    switch (value) {
        case 'true':
        case 'false':
        case 'unknown':
        case 'error':
        case 'not evaluated':
        case 'not applicable':
            return value;
        default:
            return OTHER_BUCKET;
    }
}
function isSpace$2(code) {
    return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}
/**
 * One attribute of a start tag's text, read attribute by attribute (a value holding `result="…"` is not
 * taken for the attribute): for the million tested items of one test, cheaper than a regular expression.
 * Undefined when absent or when the tag is not as XML writes it.
 */
function startTagAttribute(tag, wanted) {
    const n = tag.length;
    let i = 0;
    while (i < n && !isSpace$2(tag.charCodeAt(i)))
        i++;
    for (;;) {
        while (i < n && isSpace$2(tag.charCodeAt(i)))
            i++;
        if (i >= n || tag.charCodeAt(i) === 0x2f)
            return undefined;
        const nameStart = i;
        while (i < n && tag.charCodeAt(i) !== 0x3d && !isSpace$2(tag.charCodeAt(i)))
            i++;
        const nameEnd = i;
        while (i < n && isSpace$2(tag.charCodeAt(i)))
            i++;
        if (tag.charCodeAt(i) !== 0x3d)
            return undefined;
        i++;
        while (i < n && isSpace$2(tag.charCodeAt(i)))
            i++;
        const quote = tag[i];
        if (quote !== '"' && quote !== "'")
            return undefined;
        const close = tag.indexOf(quote, i + 1);
        if (close === -1)
            return undefined;
        if (nameEnd - nameStart === wanted.length && tag.startsWith(wanted, nameStart))
            return tag.slice(i + 1, close);
        i = close + 1;
    }
}
/** Children of `oval_definitions` and of `results/system` (and its system characteristics) by list name. */
const OVAL_DEFINITION_LISTS = {
    definitions: 'definition',
    tests: 'test',
    objects: 'object',
    states: 'state',
};
const OVAL_SYSTEM_LISTS = {
    definitions: 'definitionResult',
    tests: 'testResult',
    collected_objects: 'collectedObject',
    system_data: 'item',
};

/**
 * Passing over the items of OVAL results by a native search (carve.ts): a file search collects a million
 * items, and the evidence wants a handful of them, the last one as likely as the first. Instead of reading
 * each item's start tag, the carver searches the bytes for the quoted ids it wants and for the list's end
 * tag, and resumes reading at the nearest one: the items in between are passed over unread, as any subtree
 * nobody reads is.
 */
const LT$1 = 0x3c;
const GT$1 = 0x3e;
const SLASH$1 = 0x2f;
const BANG$2 = 0x21;
const QUESTION$1 = 0x3f;
const QUOT$1 = 0x22;
const APOS$1 = 0x27;
function isSpace$1(byte) {
    return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
/** The first `</list` end tag at or after `from` (its name ending there); -1 when none is complete in `buf`. */
function listEndAt(buf, from, listEnd) {
    for (let at = from;;) {
        const found = buf.indexOf(listEnd, at);
        if (found === -1)
            return -1;
        const after = buf[found + listEnd.length];
        if (after === undefined)
            return -1;
        if (after === GT$1 || isSpace$1(after))
            return found;
        at = found + 1;
    }
}
/**
 * Whether the `<` at `lt` starts the start tag holding the hit at `hit` as the value of its `idName`
 * attribute. A start tag cut off by the end of the buffer counts (the carver reads it whole once it has
 * come, and passes it over if it is not wanted): XML text holds no raw `<`, so a `<` with no `>` before
 * the hit can only be a tag's.
 */
function startsTagWithId(buf, lt, hit, idName, id, attribute) {
    const next = buf[lt + 1];
    if (next === SLASH$1 || next === BANG$2 || next === QUESTION$1)
        return false;
    const gt = buf.indexOf(GT$1, lt);
    if (gt === -1)
        return true;
    if (gt < hit)
        return false;
    let tag = buf.toString('utf8', lt + 1, gt);
    if (tag.endsWith('/'))
        tag = tag.slice(0, -1);
    return attribute(tag, idName) === id;
}
/** The first hit of `id` quoted (`"id"` or `'id'`) in `buf` from `from`; -1 when none. */
function quotedAt(buf, from, id) {
    for (let at = from;;) {
        const hit = buf.indexOf(id, at, 'utf8');
        if (hit === -1)
            return -1;
        const before = buf[hit - 1];
        const after = buf[hit + Buffer.byteLength(id)];
        if ((before === QUOT$1 || before === APOS$1) && after === before)
            return hit - 1;
        at = hit + 1;
    }
}
/**
 * The nearest start tag, at or after `from`, of a child whose `idName` attribute is one of `wanted`, or the
 * list's end tag (`listEnd`, `</system_data`), whichever comes first. `attribute` reads a start tag's
 * attribute (the carver's own).
 */
function seekWanted(buf, from, wanted, listEnd, idName, attribute) {
    let best = -1;
    let longest = listEnd.length + 1;
    for (const id of wanted) {
        longest = Math.max(longest, Buffer.byteLength(id) + 2);
        for (let at = from;;) {
            const hit = quotedAt(buf, at, id);
            if (hit === -1 || (best !== -1 && hit >= best))
                break;
            const lt = buf.lastIndexOf(LT$1, hit);
            if (lt >= from && startsTagWithId(buf, lt, hit, idName, id, attribute)) {
                best = lt;
                break;
            }
            at = hit + 2;
        }
    }
    // The list's end, searched for only before the nearest wanted child.
    const end = listEndAt(best === -1 ? buf : buf.subarray(0, best), from, listEnd);
    if (end !== -1)
        return { found: end };
    if (best !== -1)
        return { found: best };
    // Keep what may still begin a match: an open start tag at the end, or a needle cut in two.
    const lastLt = buf.lastIndexOf(LT$1);
    if (lastLt >= from && buf.indexOf(GT$1, lastLt) === -1)
        return { keepFrom: lastLt };
    return { keepFrom: Math.max(from, buf.length - longest + 1) };
}

/**
 * Streams a results file and cuts out only the parts the gate reads: the XCCDF Benchmark's header, its
 * Rules and the TestResults. ARF files carry tens to hundreds of MB of OVAL results, of which only the few
 * parts an {@link OvalSink} asks for (the failing rules' evidence) are carved; the rest, and every subtree
 * nobody reads, is skipped with a native byte search and never decoded. Memory stays bounded by the
 * carved parts plus one read buffer, whatever the file's size.
 *
 * This is a tokenizer, not a parser: it tracks elements and namespaces just enough to know where each part
 * begins and ends, and checks that the document is complete. The carved fragments are parsed afterwards by
 * fast-xml-parser (see xccdf.ts and xml-fragment.ts), which checks the inside of each: the carver only
 * finds end tags. Of a Rule it keeps what the model reads of every rule (title, idents, checks), carves its
 * prose and references apart (parsed when read, or when they may name an SRG) and cuts out the rest
 * (fixes, warnings, …) unread. DTDs are refused outright, so no entity is ever declared, let alone
 * expanded.
 */
const XCCDF_1_2_NS = 'http://checklists.nist.gov/xccdf/1.2';
const XCCDF_1_1_NS = 'http://checklists.nist.gov/xccdf/1.1';
const ARF_NS = 'http://scap.nist.gov/schema/asset-reporting-format/1.1';
const XCCDF_NAMESPACES = new Set([XCCDF_1_2_NS, XCCDF_1_1_NS]);
/** Subtrees that are large and hold nothing the gate reads. They never nest within themselves. */
const SKIPPED_SUBTREES = new Set(['oval_results', 'oval_definitions', 'oval_system_characteristics', 'ocil']);
/**
 * Carved elements passed over with a native search for their end tag; they never nest within themselves.
 * A Profile is hundreds of selections, and only the one the TestResult names is parsed (xccdf.ts).
 */
const SKIPPED_CAPTURES = new Set(['TestResult', 'Profile']);
/**
 * Children of a Rule kept in its carved XML: what the model reads of every rule-result's Rule. Their
 * insides are passed over with a native search for their end tag (none nests within itself).
 */
const RULE_CHILDREN_KEPT = new Set(['title', 'version', 'ident', 'check']);
/**
 * Children of a Rule carved apart, each as its own XML, and parsed only when a report reads them: most of
 * a benchmark's text, and only reports about failing rules show it.
 */
const RULE_PROSE = new Set(['description', 'rationale', 'fixtext']);
/**
 * References are carved apart too: real benchmarks give a Rule dozens (CIS, NIST, ISO, PCI, … each one
 * element), most of a Rule's bytes, and the model reads only SRG, CCI and SP 800-53 ids from them. Only
 * those that can name one are kept (see {@link mayNameAnId}); the others are dropped as soon as their end
 * tag is found, never decoded.
 */
const RULE_REFERENCE = 'reference';
/**
 * What the XML of a reference that can name an SRG, a CCI or an SP 800-53 control holds: the id's own
 * text (`SRG-`, `CCI-`), SP 800-53 in its href (SSG's references to NIST's publication), or markup that
 * may hide either in its text (an entity or character reference, a comment or CDATA). A reference with
 * none of them cannot name one.
 */
const ID_MARKER = /SRG-|CCI-|800-53|&|<!/;
function mayNameAnId(xml) {
    // The markers are ASCII: found alike in the bytes read as Latin-1, which costs no UTF-8 decoding.
    return ID_MARKER.test(xml.toString('latin1'));
}
// Every other child of a Rule (fix scripts, warnings, platforms, requires, OCIL questions, …) is cut out
// of the carved Rule unread: nothing in the model comes from it.
/** Children of Benchmark kept for the header (`plain-text` holds DISA's `release-info`). */
const BENCHMARK_HEADER = new Set(['title', 'version', 'plain-text', 'Profile']);
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG$1 = 0x21;
const QUESTION = 0x3f;
const QUOT = 0x22;
const APOS = 0x27;
/** Raised for input that is not complete, well-formed, DTD-free XML. The reader adds the file name. */
class CarveError extends Error {
    name = 'CarveError';
}
/**
 * Reads chunks of a document and returns its carved parts. Throws {@link CarveError} for anything that is
 * not a complete XML document (empty, truncated, a DTD, text outside the root, unbalanced tags).
 * A chunk's bytes must stay as they are until the next chunk has been pushed: the carver keeps a view of
 * the latest chunk, not a copy (two read buffers taken in turns are fine).
 */
async function carveDocument(chunks, options = {}) {
    const carver = new Carver(options.rules ?? true, options.oval);
    for await (const chunk of chunks)
        carver.push(chunk);
    return carver.end();
}
class Carver {
    keepRules;
    oval;
    buf = Buffer.alloc(0);
    pos = 0;
    /** Bytes consumed before `buf[0]`, for error positions. */
    offset = 0;
    started = false;
    rootClosed = false;
    stack = [];
    groupIds = [];
    /** Each open Group's first title, as XML (parallel to groupIds). */
    groupTitles = [];
    needles = new Map();
    capture;
    /** While skipping a subtree: the end tag to look for. */
    skipUntil;
    root;
    result = { benchmarkHeader: [], rules: [], testResults: [] };
    /** The id of the ARF report being read, for the OVAL sink. */
    reportId;
    /** Inside an `<oval_results>` the sink reads; and inside its `oval_definitions` or `results/system`. */
    readingOval = false;
    ovalArea;
    constructor(keepRules, oval) {
        this.keepRules = keepRules;
        this.oval = oval;
    }
    push(chunk) {
        if (!this.started) {
            this.started = chunk.length > 0;
            chunk = stripBom(chunk);
        }
        this.saveCapture();
        const rest = this.buf.subarray(this.pos);
        this.offset += this.pos;
        // A view, not a copy (see carveDocument): copying every chunk cost time and memory per byte.
        const incoming = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        if (rest.length === 0) {
            this.buf = incoming;
        }
        else if (this.skipUntil && !this.capture && !endTagStraddles(rest, incoming, this.skipUntil)) {
            // Skipping OVAL: the kept tail matters only if the end tag starts in it, so the chunk is not copied
            // behind it.
            this.offset += rest.length;
            this.buf = incoming;
        }
        else {
            this.buf = Buffer.concat([rest, incoming]);
        }
        this.pos = 0;
        if (this.capture) {
            if (this.capture.from !== -1)
                this.capture.from = 0;
            if (this.capture.proseCapture)
                this.capture.proseCapture.from = 0;
        }
        this.scan(false);
    }
    end() {
        this.scan(true);
        if (!this.root)
            throw new CarveError(this.offset + this.pos === 0 ? 'the file is empty' : 'no XML element found');
        if (this.stack.length > 0) {
            const open = this.stack.map((e) => e.name).join(' > ');
            throw new CarveError(`the file is truncated: it ends inside <${open}> (after ${this.offset + this.pos} bytes)`);
        }
        return { root: this.root, ...this.result };
    }
    /** Moves the captured bytes seen so far out of the buffer that is about to be dropped. */
    saveCapture() {
        const capture = this.capture;
        if (!capture)
            return;
        // While a child cut out of a Rule is passed over (from === -1) nothing of the Rule is saved or counted.
        if (capture.from !== -1 && this.pos > capture.from) {
            capture.saved += this.pos - capture.from;
            if (capture.oval && capture.saved > OVAL_PART_MAX_BYTES) {
                // Too large to keep: the rest is passed over as before (by its end tag) or tokenized as any OVAL
                // results, and the sink is told it was dropped.
                this.capture = undefined;
                this.oval?.take(capture.oval.section, capture.oval.id, undefined, capture.oval.elided);
                return;
            }
            capture.parts.push(Buffer.from(this.buf.subarray(capture.from, this.pos)));
            capture.from = this.pos;
        }
        const prose = capture.proseCapture;
        if (prose && this.pos > prose.from) {
            prose.parts.push(Buffer.from(this.buf.subarray(prose.from, this.pos)));
            prose.from = this.pos;
        }
    }
    scan(atEnd) {
        const buf = this.buf;
        while (this.pos < buf.length) {
            if (this.skipUntil) {
                if (!this.skip(atEnd))
                    return;
                continue;
            }
            if (this.seekable()) {
                const sought = seekWanted(buf, this.pos, this.oval.wantedIds('item'), this.endTagNeedle(this.stack[this.stack.length - 1].name), 'id', startTagAttribute);
                if ('keepFrom' in sought) {
                    if (atEnd)
                        throw this.truncated(false);
                    this.pos = sought.keepFrom;
                    return;
                }
                this.pos = sought.found;
            }
            const lt = buf.indexOf(LT, this.pos);
            const textEnd = lt === -1 ? buf.length : lt;
            if (this.stack.length === 0 && textEnd > this.pos)
                this.checkOutsideText(this.pos, textEnd);
            if (lt === -1) {
                this.pos = buf.length;
                return;
            }
            this.pos = lt;
            const consumed = this.markup(atEnd);
            if (consumed === 0) {
                if (atEnd)
                    throw this.truncated();
                return;
            }
            this.pos += consumed;
        }
    }
    /**
     * Between the items of OVAL results, with a few of them wanted: they are sought by a native search
     * (carve-seek.ts) rather than read one by one.
     */
    seekable() {
        if (this.capture || !this.readingOval || this.oval?.wantedIds === undefined)
            return false;
        if (this.stack[this.stack.length - 1]?.ovalSection !== 'item')
            return false;
        return this.oval.wantedIds('item').size > 0;
    }
    truncated(inTag = true) {
        const where = this.stack.length ? ` inside <${this.stack.map((e) => e.name).join(' > ')}>` : '';
        return new CarveError(`the file is truncated: it ends${inTag ? ' in the middle of a tag' : ''}${where} (after ${this.offset + this.buf.length} bytes)`);
    }
    checkOutsideText(from, to) {
        for (let i = from; i < to; i++) {
            const c = this.buf[i];
            if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
                throw new CarveError(this.rootClosed
                    ? `text after the document's root element at byte ${this.offset + i}`
                    : `this is not XML: text before the first element at byte ${this.offset + i}`);
            }
        }
    }
    /** Handles the markup at `pos`; returns its length, or 0 when the buffer ends before it does. */
    markup(atEnd) {
        const buf = this.buf;
        const at = this.pos;
        if (at + 1 >= buf.length)
            return 0;
        const next = buf[at + 1];
        if (next === BANG$1)
            return this.declaration(atEnd);
        if (next === QUESTION) {
            const end = buf.indexOf('?>', at + 2, 'latin1');
            return end === -1 ? 0 : end + 2 - at;
        }
        const end = findTagEnd(buf, at + 1);
        if (end === -1)
            return 0;
        if (next === SLASH)
            this.endTag(buf.toString('utf8', at + 2, end).trim(), end);
        else
            this.startTag(buf.toString('utf8', at + 1, end), at, end);
        return end + 1 - at;
    }
    declaration(atEnd) {
        const buf = this.buf;
        const at = this.pos;
        if (buf.length - at < 9 && !atEnd)
            return 0;
        const head = buf.toString('latin1', at, at + 9);
        if (head.startsWith('<!--')) {
            const end = buf.indexOf('-->', at + 4, 'latin1');
            return end === -1 ? 0 : end + 3 - at;
        }
        if (head === '<![CDATA[') {
            if (this.stack.length === 0)
                throw new CarveError('CDATA outside the root element');
            const end = buf.indexOf(']]>', at + 9, 'latin1');
            return end === -1 ? 0 : end + 3 - at;
        }
        if (head.toUpperCase() === '<!DOCTYPE') {
            const doctype = buf
                .toString('latin1', at + 9, Math.min(buf.length, at + 40))
                .trim()
                .toLowerCase();
            if (doctype.startsWith('html'))
                throw htmlError();
            throw new CarveError('the file has a DOCTYPE declaration; OpenSCAP never writes one, and stig-gate refuses DTDs so that no ' +
                'entity is expanded and nothing external is fetched (XML bomb / XXE protection)');
        }
        throw new CarveError(`unexpected markup '${head}' at byte ${this.offset + at}`);
    }
    startTag(tag, at, end) {
        if (this.rootClosed)
            throw new CarveError(`a second root element <${tagName(tag)}> at byte ${this.offset + at}`);
        const selfClosing = tag.endsWith('/');
        const body = selfClosing ? tag.slice(0, -1) : tag;
        const name = tagName(body);
        const element = { name, scope: this.stack[this.stack.length - 1]?.scope };
        const declarations = body.includes('xmlns') ? namespaceDeclarations(body) : undefined;
        if (declarations)
            element.scope = { declarations, parent: element.scope };
        const local = localName$2(name);
        // Resolved only where it matters: not for the millions of elements inside OVAL results.
        const namespace = () => resolve(name, element.scope);
        if (!this.root) {
            this.root = { name: local, namespace: namespace() };
            if (local.toLowerCase() === 'html')
                throw htmlError();
        }
        if (this.capture) {
            // Inside a carved part only depth matters, but for the children of a Rule (kept, carved apart or cut
            // out) and the per-item children of an OVAL part (counted past the first few).
            const capture = this.capture;
            if (this.stack.length === capture.depth + 1) {
                const part = capture.oval;
                if (capture.kind === 'rule') {
                    this.ruleChild(element, local, namespace(), body, at, end, selfClosing);
                }
                else if (part && selfClosing) {
                    const perItem = OVAL_ELIDED_CHILDREN[part.section];
                    if (perItem?.name === local) {
                        const bucket = childBucket(perItem.bucketBy, body);
                        const seen = (part.seen.get(bucket) ?? 0) + 1;
                        part.seen.set(bucket, seen);
                        if (seen > OVAL_CHILDREN_KEPT) {
                            this.elide(at, end, bucket);
                            return;
                        }
                    }
                }
            }
        }
        else if (this.readingOval) {
            if (!this.ovalStart(local, body, at, element, selfClosing))
                return;
        }
        else if (local === 'oval_results' &&
            this.oval &&
            !selfClosing &&
            this.oval.openReport(this.reportId, this.result.testResults)) {
            element.role = 'ovalResults';
            this.readingOval = true;
        }
        else {
            const uri = namespace();
            if ((SKIPPED_SUBTREES.has(local) || this.passesOver(local, uri)) && !selfClosing) {
                // Jump straight to the end tag; the element stays open on the stack until it is seen.
                this.skipUntil = this.endTagNeedle(name);
            }
            else if (uri !== undefined && XCCDF_NAMESPACES.has(uri)) {
                this.xccdfStart(local, body, at, element, uri);
            }
            else if (local === 'report' && uri === ARF_NS) {
                this.reportId = attribute(body, 'id');
            }
        }
        if (selfClosing) {
            this.closeElement(element, end);
        }
        else {
            this.stack.push(element);
            // A carved TestResult is kept whole and parsed afterwards (xml-fragment.ts checks its inside), so the
            // bytes up to its end tag need no tokenizing here; so is a wanted OVAL part, but for one whose
            // per-item children are counted (OVAL_ELIDED_CHILDREN). A Rule's children are sorted (see ruleChild).
            const part = this.capture?.oval;
            const tokenized = part !== undefined && OVAL_ELIDED_CHILDREN[part.section] !== undefined;
            if (element.role === 'capture' && (SKIPPED_CAPTURES.has(local) || (part && !tokenized))) {
                this.skipUntil = this.endTagNeedle(name);
            }
        }
    }
    /**
     * A child of a carved Rule: kept in the Rule's XML, carved apart as prose, or cut out. Either way its
     * inside is passed over with a native search for its end tag.
     */
    ruleChild(element, local, namespace, body, at, end, selfClosing) {
        const capture = this.capture;
        const xccdf = namespace !== undefined && XCCDF_NAMESPACES.has(namespace);
        if (!selfClosing)
            this.skipUntil = this.endTagNeedle(element.name);
        if (xccdf && RULE_CHILDREN_KEPT.has(local))
            return;
        // Cut out of the Rule's XML from its start tag on; closeElement resumes after its end tag.
        // The indentation before it goes too: a Rule's content is elements only, and a benchmark's Rules are
        // dozens of indented lines of references and fixes that the parser would read character by character.
        let keptEnd = at;
        while (keptEnd > capture.from && isSpace(this.buf[keptEnd - 1]))
            keptEnd--;
        // A copy: the read buffer is reused once the next chunk arrives.
        if (keptEnd > capture.from) {
            capture.parts.push(Buffer.from(this.buf.subarray(capture.from, keptEnd)));
            capture.saved += keptEnd - capture.from;
        }
        capture.from = -1;
        if (xccdf && (RULE_PROSE.has(local) || local === RULE_REFERENCE)) {
            element.role = 'prose';
            const lang = local === RULE_REFERENCE ? undefined : (attribute(body, 'xml:lang') ?? attribute(body, 'lang'));
            capture.proseCapture = { name: local, lang, startTagLength: end + 1 - at, parts: [], from: at };
        }
        else {
            element.role = 'cut';
        }
    }
    /** Leaves the self-closing child at `at`…`end` out of the OVAL part being carved, counting it in `bucket`. */
    elide(at, end, bucket) {
        const capture = this.capture;
        // Between two left-out children there is only white space, which is not kept either: a million
        // small parts would cost more than the children.
        if (!isWhiteSpace$1(this.buf, capture.from, at)) {
            capture.parts.push(Buffer.from(this.buf.subarray(capture.from, at)));
            capture.saved += at - capture.from;
        }
        capture.from = end + 1;
        const elided = capture.oval.elided;
        elided.set(bucket, (elided.get(bucket) ?? 0) + 1);
    }
    /**
     * A start tag inside OVAL results being read: a list's child is carved when the sink wants it and passed
     * over otherwise. Returns false when the element is not to be pushed (the rest of its list is skipped).
     */
    ovalStart(local, tag, at, element, selfClosing) {
        const sink = this.oval;
        const parent = this.stack[this.stack.length - 1];
        const section = parent?.ovalSection;
        if (section !== undefined) {
            if (sink.satisfied(section)) {
                // Nothing more wanted here: skip to the list's end tag; this child is never pushed.
                this.skipUntil = this.endTagNeedle(parent.name);
                return false;
            }
            const idName = section === 'testResult' ? 'test_id' : section === 'definitionResult' ? 'definition_id' : 'id';
            // A million items in a list is usual: the id is read without a regular expression.
            const id = startTagAttribute(tag, idName);
            if (id !== undefined && sink.wants(section, id)) {
                element.role = 'capture';
                this.capture = {
                    kind: 'oval',
                    oval: { section, id, seen: new Map(), elided: new Map() },
                    saved: 0,
                    depth: this.stack.length,
                    parts: [],
                    from: at,
                    namespace: '',
                    prose: [],
                    references: [],
                };
            }
            else if (!selfClosing) {
                this.skipUntil = this.endTagNeedle(element.name);
            }
            return true;
        }
        if (local === 'oval_definitions' || local === 'system') {
            element.role = 'ovalArea';
            this.ovalArea = local === 'system' ? 'system' : 'definitions';
        }
        else if (this.ovalArea !== undefined && !selfClosing) {
            const lists = this.ovalArea === 'system' ? OVAL_SYSTEM_LISTS : OVAL_DEFINITION_LISTS;
            const listed = Object.hasOwn(lists, local) ? lists[local] : undefined;
            if (listed !== undefined)
                element.ovalSection = listed;
            else if (local !== 'oval_system_characteristics')
                this.skipUntil = this.endTagNeedle(element.name);
        }
        return true;
    }
    /** `</name` as bytes, made once per name: a benchmark's Rules have tens of thousands of children. */
    endTagNeedle(name) {
        let needle = this.needles.get(name);
        if (needle === undefined) {
            needle = Buffer.from(`</${name}`, 'utf8');
            this.needles.set(name, needle);
        }
        return needle;
    }
    /** A Rule, when its metadata is not wanted. */
    passesOver(local, namespace) {
        return !this.keepRules && local === 'Rule' && namespace !== undefined && XCCDF_NAMESPACES.has(namespace);
    }
    xccdfStart(local, tag, at, element, namespace) {
        const parent = this.stack[this.stack.length - 1];
        if (local === 'Benchmark') {
            element.role = 'benchmark';
            this.result.benchmarkNamespace ??= namespace;
            this.result.benchmarkStartTag ??= `<${tag}>`;
        }
        else if (local === 'Group') {
            element.role = 'group';
            this.groupIds.push(attribute(tag, 'id') ?? '');
            this.groupTitles.push(undefined);
        }
        else if (local === 'Rule' ||
            local === 'TestResult' ||
            (parent?.role === 'benchmark' && BENCHMARK_HEADER.has(local)) ||
            (parent?.role === 'group' && local === 'title' && this.groupTitles.at(-1) === undefined)) {
            element.role = 'capture';
            const kind = local === 'Rule'
                ? 'rule'
                : local === 'TestResult'
                    ? 'testResult'
                    : local === 'title' && parent?.role === 'group'
                        ? 'groupTitle'
                        : 'header';
            this.capture = {
                kind,
                saved: 0,
                depth: this.stack.length,
                parts: [],
                from: at,
                namespace,
                prose: [],
                references: [],
            };
        }
    }
    endTag(name, end) {
        const element = this.stack.pop();
        if (!element)
            throw new CarveError(`an end tag </${name}> with no element open`);
        if (element.name !== name) {
            throw new CarveError(`mismatched tags: <${element.name}> is closed by </${name}> near byte ${this.offset + this.pos}`);
        }
        this.closeElement(element, end);
    }
    closeElement(element, tagEnd) {
        if (this.stack.length === 0)
            this.rootClosed = true;
        if (element.role === 'group') {
            this.groupIds.pop();
            this.groupTitles.pop();
        }
        if (element.role === 'ovalArea')
            this.ovalArea = undefined;
        if (element.role === 'ovalResults') {
            this.readingOval = false;
            this.oval?.closeReport();
        }
        const capture = this.capture;
        if ((element.role === 'prose' || element.role === 'cut') && capture) {
            const prose = capture.proseCapture;
            if (prose) {
                prose.parts.push(this.buf.subarray(prose.from, tagEnd + 1));
                capture.proseCapture = undefined;
                capture.from = tagEnd + 1;
                const bytes = prose.parts.length === 1 ? prose.parts[0] : Buffer.concat(prose.parts);
                if (prose.name === RULE_REFERENCE) {
                    if (mayNameAnId(bytes))
                        capture.references.push(bytes.toString('utf8'));
                    return;
                }
                const xml = bytes.toString('utf8');
                const inside = xml.slice(prose.startTagLength, xml.endsWith('/>') ? undefined : xml.lastIndexOf('</'));
                const carved = {
                    name: prose.name,
                    xml,
                    empty: xml.endsWith('/>') || inside.trim() === '',
                };
                if (prose.lang !== undefined)
                    carved.lang = prose.lang;
                if (!carved.empty && !/[<&]/.test(inside))
                    carved.plain = inside;
                capture.prose.push(carved);
            }
            capture.from = tagEnd + 1;
            return;
        }
        if (element.role !== 'capture' || !capture || capture.depth !== this.stack.length)
            return;
        capture.parts.push(this.buf.subarray(capture.from, tagEnd + 1));
        const xml = Buffer.concat(capture.parts).toString('utf8');
        this.capture = undefined;
        if (capture.oval) {
            this.oval?.take(capture.oval.section, capture.oval.id, xml, capture.oval.elided);
        }
        else if (capture.kind === 'rule') {
            const { prose, references } = capture;
            const rule = { xml, groupIds: this.groupIds.filter(Boolean), prose, references };
            const groupTitle = this.groupTitles.at(-1);
            if (groupTitle !== undefined)
                rule.groupTitle = groupTitle;
            this.result.rules.push(rule);
        }
        else if (capture.kind === 'groupTitle') {
            this.groupTitles[this.groupTitles.length - 1] = xml;
        }
        else if (capture.kind === 'testResult')
            this.result.testResults.push({ xml, namespace: capture.namespace });
        else
            this.result.benchmarkHeader.push(xml);
    }
    /** Looks for the end of the skipped subtree; false when more input is needed. */
    skip(atEnd) {
        const needle = this.skipUntil;
        for (let from = this.pos;;) {
            const found = this.buf.indexOf(needle, from);
            if (found === -1) {
                if (atEnd)
                    throw this.truncated(false);
                // Keep a needle's length so an end tag split across two chunks is still found.
                this.pos = Math.max(this.pos, this.buf.length - needle.length);
                return false;
            }
            // `</test` is also how `</tested_variable>` begins, `</check` how `</check-import>` does: only a name
            // that ends where the needle does is the end tag.
            const after = this.buf[found + needle.length];
            if (after === undefined) {
                // The byte after the name is in the next chunk.
                if (atEnd)
                    throw this.truncated(false);
                this.pos = found;
                return false;
            }
            if (endsName(after)) {
                this.skipUntil = undefined;
                if (after === GT) {
                    // `</name>`, and the name is the open element's (the needle was made from it): closed here, with
                    // no need to read the tag again (tens of thousands of a benchmark's elements end so).
                    this.pos = found + needle.length + 1;
                    this.closeElement(this.stack.pop(), found + needle.length);
                }
                else {
                    this.pos = found;
                }
                return true;
            }
            from = found + 1;
        }
    }
}
function resolve(name, scope) {
    const colon = name.indexOf(':');
    const prefix = colon === -1 ? '' : name.slice(0, colon);
    for (let at = scope; at !== undefined; at = at.parent) {
        const uri = at.declarations.get(prefix);
        if (uri !== undefined)
            return uri;
    }
    return undefined;
}
function isSpace(byte) {
    return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
/** Whether `byte` may follow the name in an end tag: `>` or white space. */
function endsName(byte) {
    return byte === GT || isSpace(byte);
}
/** Whether `needle` may begin in `tail` and end in `next` (always true when `next` is too short to tell). */
function endTagStraddles(tail, next, needle) {
    if (next.length < needle.length)
        return true;
    const probe = Buffer.concat([tail, next.subarray(0, needle.length - 1)]);
    const found = probe.indexOf(needle);
    return found !== -1 && found < tail.length;
}
function isWhiteSpace$1(buf, from, to) {
    for (let i = from; i < to; i++)
        if (!isSpace(buf[i]))
            return false;
    return true;
}
function htmlError() {
    return new CarveError('this is an HTML page (report.html?), not OpenSCAP results: expected XCCDF results (oscap --results) or ARF (--results-arf)');
}
function stripBom(chunk) {
    if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
        return chunk.subarray(3);
    const utf16Bom = (chunk[0] === 0xfe && chunk[1] === 0xff) || (chunk[0] === 0xff && chunk[1] === 0xfe);
    // Without a byte order mark, XML's own detection (XML 1.0 appendix F): `<` as two bytes, one of them zero.
    const utf16Bare = (chunk[0] === 0x3c && chunk[1] === 0x00) || (chunk[0] === 0x00 && chunk[1] === 0x3c);
    if (utf16Bom || utf16Bare) {
        throw new CarveError('the file is UTF-16; OpenSCAP writes UTF-8, and stig-gate reads UTF-8 only');
    }
    return chunk;
}
/** Index of the `>` that ends the tag starting at `from`, skipping quoted attribute values; -1 if not in `buf`. */
function findTagEnd(buf, from) {
    let quote = 0;
    for (let i = from; i < buf.length; i++) {
        const c = buf[i];
        if (quote !== 0) {
            if (c === quote)
                quote = 0;
        }
        else if (c === QUOT || c === APOS) {
            quote = c;
        }
        else if (c === GT) {
            return i;
        }
        else if (c === LT) {
            throw new CarveError(`a '<' inside a tag near byte ${i}: not well-formed XML`);
        }
    }
    return -1;
}
/** The name a tag's text starts with (up to white space, `/` or `>`): a loop, called for every element. */
function tagName(tag) {
    let end = 0;
    while (end < tag.length) {
        const c = tag.charCodeAt(end);
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === SLASH || c === GT)
            break;
        end++;
    }
    if (end === 0)
        throw new CarveError(`a tag with no name: <${tag.slice(0, 40)}>`);
    return end === tag.length ? tag : tag.slice(0, end);
}
function localName$2(name) {
    const colon = name.indexOf(':');
    return colon === -1 ? name : name.slice(colon + 1);
}
// A name starts the text or follows white space: unanchored, a long run of name characters with no '='
// after it was tried from each of its characters (quadratic; 4 s for a 50 kB tag).
const ATTRIBUTE = /(?<![^\s])([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
function namespaceDeclarations(tag) {
    let declarations;
    for (const match of tag.matchAll(ATTRIBUTE)) {
        const name = match[1];
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
            declarations ??= new Map();
            declarations.set(name === 'xmlns' ? '' : name.slice(6), match[2] ?? match[3] ?? '');
        }
    }
    return declarations;
}
/** One attribute's raw value from a start tag (ids never carry entities in practice; decoded anyway). */
function attribute(tag, wanted) {
    for (const match of tag.matchAll(ATTRIBUTE)) {
        if (match[1] === wanted)
            return match[2] ?? match[3];
    }
    return undefined;
}

const nameStartChar = ':A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const nameChar = nameStartChar + '\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040';
const nameRegexp = '[' + nameStartChar + '][' + nameChar + ']*';
const regexName = new RegExp('^' + nameRegexp + '$');

function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}

const isName = function (string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === 'undefined');
};

function isExist(v) {
  return typeof v !== 'undefined';
}

/**
 * Dangerous property names that could lead to prototype pollution or security issues
 */
const DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__'
];

const criticalProperties = ["__proto__", "constructor", "prototype"];

const defaultOptions$1 = {
  allowBooleanAttributes: false, //A tag can have attributes without any value
  unpairedTags: []
};

//const tagsPattern = new RegExp("<\\/?([\\w:\\-_\.]+)\\s*\/?>","g");
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions$1, options);

  //xmlData = xmlData.replace(/(\r\n|\n|\r)/gm,"");//make it single line
  //xmlData = xmlData.replace(/(^\s*<\?xml.*?\?>)/g,"");//Remove XML starting tag
  //xmlData = xmlData.replace(/(<!DOCTYPE[\s\w\"\.\/\-\:]+(\[.*\])*\s*>)/g,"");//Remove DOCTYPE
  const tags = [];
  let tagFound = false;

  //indicates that the root tag has been closed (aka. depth 0 has been reached)
  let reachedRoot = false;

  if (xmlData[0] === '\ufeff') {
    // check for byte order mark (BOM)
    xmlData = xmlData.substr(1);
  }

  for (let i = 0; i < xmlData.length; i++) {

    if (xmlData[i] === '<' && xmlData[i + 1] === '?') {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === '<') {
      //starting of tag
      //read until you reach to '>' avoiding any '>' in attribute value
      let tagStartPos = i;
      i++;

      if (xmlData[i] === '!') {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === '/') {
          //closing tag
          closingTag = true;
          i++;
        }
        //read tagname
        let tagName = '';
        for (; i < xmlData.length &&
          xmlData[i] !== '>' &&
          xmlData[i] !== ' ' &&
          xmlData[i] !== '\t' &&
          xmlData[i] !== '\n' &&
          xmlData[i] !== '\r'; i++
        ) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        //console.log(tagName);

        if (tagName[tagName.length - 1] === '/') {
          //self closing tag without attributes
          tagName = tagName.substring(0, tagName.length - 1);
          //continue;
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject('InvalidTag', msg, getLineNumberForPosition(xmlData, i));
        }

        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject('InvalidAttr', "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;

        if (attrStr[attrStr.length - 1] === '/') {
          //self closing tag
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
            //continue; //text may presents after self closing tag
          } else {
            //the result from the nested function returns the position of the error within the attribute
            //in order to get the 'true' error line, we need to calculate the position where the attribute begins (i - attrStr.length) and then add the position within the attribute
            //this gives us the absolute index in the entire xml, which we can use to find the line at last
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject('InvalidTag',
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos));
            }

            //when there are no more tags, we reached the root level.
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            //the result from the nested function returns the position of the error within the attribute
            //in order to get the 'true' error line, we need to calculate the position where the attribute begins (i - attrStr.length) and then add the position within the attribute
            //this gives us the absolute index in the entire xml, which we can use to find the line at last
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }

          //if the root level has been reached before ...
          if (reachedRoot === true) {
            return getErrorObject('InvalidXml', 'Multiple possible root nodes found.', getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) ; else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }

        //skip tag text value
        //It may include comments and CDATA value
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === '<') {
            if (xmlData[i + 1] === '!') {
              //comment or CADATA
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === '?') {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === '&') {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject('InvalidChar', "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject('InvalidXml', "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        } //end of reading tag text value
        if (xmlData[i] === '<') {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject('InvalidChar', "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }

  if (!tagFound) {
    return getErrorObject('InvalidXml', 'Start tag expected.', 1);
  } else if (tags.length == 1) {
    return getErrorObject('InvalidTag', "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject('InvalidXml', "Invalid '" +
      JSON.stringify(tags.map(t => t.tagName), null, 4).replace(/\r?\n/g, '') +
      "' found.", { line: 1, col: 1 });
  }

  return true;
}
function isWhiteSpace(char) {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}
/**
 * Read Processing insstructions and skip
 * @param {*} xmlData
 * @param {*} i
 */
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == '?' || xmlData[i] == ' ') {
      //tagname
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === 'xml') {
        return getErrorObject('InvalidXml', 'XML declaration allowed only at the start of the document.', getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == '?' && xmlData[i + 1] == '>') {
        //check if valid attribut string
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}

function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === '-' && xmlData[i + 2] === '-') {
    //comment
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === '-' && xmlData[i + 1] === '-' && xmlData[i + 2] === '>') {
        i += 2;
        break;
      }
    }
  } else if (
    xmlData.length > i + 8 &&
    xmlData[i + 1] === 'D' &&
    xmlData[i + 2] === 'O' &&
    xmlData[i + 3] === 'C' &&
    xmlData[i + 4] === 'T' &&
    xmlData[i + 5] === 'Y' &&
    xmlData[i + 6] === 'P' &&
    xmlData[i + 7] === 'E'
  ) {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === '<') {
        angleBracketsCount++;
      } else if (xmlData[i] === '>') {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (
    xmlData.length > i + 9 &&
    xmlData[i + 1] === '[' &&
    xmlData[i + 2] === 'C' &&
    xmlData[i + 3] === 'D' &&
    xmlData[i + 4] === 'A' &&
    xmlData[i + 5] === 'T' &&
    xmlData[i + 6] === 'A' &&
    xmlData[i + 7] === '['
  ) {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === ']' && xmlData[i + 1] === ']' && xmlData[i + 2] === '>') {
        i += 2;
        break;
      }
    }
  }

  return i;
}

const doubleQuote = '"';
const singleQuote = "'";

/**
 * Keep reading xmlData until '<' is found outside the attribute value.
 * @param {string} xmlData
 * @param {number} i
 */
function readAttributeStr(xmlData, i) {
  let attrStr = '';
  let startChar = '';
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === '') {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) ; else {
        startChar = '';
      }
    } else if (xmlData[i] === '>') {
      if (startChar === '') {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== '') {
    return false;
  }

  return {
    value: attrStr,
    index: i,
    tagClosed: tagClosed
  };
}

/**
 * Walk `attrStr` once, left to right, splitting it into attribute tokens.
 *
 * This replaces a regex that used to do the same job
 * (`(\s*)([^\s=]+)(\s*=)?(\s*(['"])(([\s\S])*?)\5)?`). That regex led with an
 * optional whitespace group followed by a required "non-whitespace" group.
 * On a long run of whitespace that never resolves into an attribute name
 * (e.g. a tag with thousands of trailing spaces before `>`), the engine
 * backtracks the whitespace group one character at a time before giving up
 * and moving to the next starting position — one full backtrack per
 * position, which is quadratic in the length of the run.
 *
 * The scan is forward-only: the cursor never moves backwards, so each
 * character is visited a constant number of times and the cost is linear
 * in the length of the string.
 *
 * Each returned token mirrors the shape the old regex match array had, so
 * the validation logic below (which reads token[1]..token[6]) didn't need
 * to change:
 *   token.startIndex - where this token begins in attrStr
 *   token[1]          - leading whitespace before the name
 *   token[2]          - the attribute name
 *   token[3]          - whitespace + '=' if present, else undefined
 *   token[4]          - marker (any defined value) if a quoted value was found
 *   token[5]          - the quote character used ('"' or "'")
 *   token[6]          - the value's text, without the surrounding quotes
 *
 * A malformed leading character (e.g. a stray '=' with no name before it)
 * is simply skipped over, one character at a time — the same outcome the
 * old regex produced by failing to match at that position and retrying at
 * the next one.
 */
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;

  while (i < len) {
    const tokenStart = i;

    // Leading whitespace before the name.
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break; // trailing whitespace only — nothing left to read

    if (attrStr[i] === '=') {
      // No name before this '=' — not a valid attribute start. Move past
      i++;
      continue;
    }

    const leadingWs = attrStr.slice(tokenStart, i);

    // Attribute name — everything up to the next whitespace or '='.
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== '=') i++;
    const name = attrStr.slice(nameStart, i);

    // Optional whitespace + '='.
    let equalsGroup; // whitespace + '=' text, or undefined if absent
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === '=') {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }

    // Optional whitespace + quoted value.
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
      // No closing quote found anywhere in the rest of the string — leave
      // quoteChar/value undefined, same as the old regex's group failing
      // to match a backreference-less run.
    }

    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== undefined ? true : undefined;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }

  return tokens;
}

//attr, ="sd", a="amit's", a="sd"b="saf", ab  cd=""

function validateAttributeString(attrStr, options) {
  //console.log("start:"+attrStr+":end");

  //if(attrStr.trim().length === 0) return true; //empty string

  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};

  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      //nospace before attribute name: a="sd"b="saf"
      return getErrorObject('InvalidAttr', "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]))
    } else if (matches[i][3] !== undefined && matches[i][4] === undefined) {
      return getErrorObject('InvalidAttr', "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === undefined && !options.allowBooleanAttributes) {
      //independent attribute: ab
      return getErrorObject('InvalidAttr', "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    /* else if(matches[i][6] === undefined){//attribute without value: ab=
                    return { err: { code:"InvalidAttr",msg:"attribute " + matches[i][2] + " has no value assigned."}};
                } */
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject('InvalidAttr', "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      //check for duplicate attribute.
      attrNames[attrName] = 1;
    } else {
      return getErrorObject('InvalidAttr', "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }

  return true;
}

function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === 'x') {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ';')
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}

function validateAmpersand(xmlData, i) {
  // https://www.w3.org/TR/xml/#dt-charref
  i++;
  if (xmlData[i] === ';')
    return -1;
  if (xmlData[i] === '#') {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ';')
      break;
    return -1;
  }
  return i;
}

function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code: code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col,
    },
  };
}

function validateAttrName(attrName) {
  return isName(attrName);
}

// const startsWithXML = /^xml/i;

function validateTagName(tagname) {
  return isName(tagname) /* && !tagname.match(startsWithXML) */;
}

//this function returns the line number for the character at the given index
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,

    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}

//this function returns the position of the first character of match within attrStr
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}

// ---------------------------------------------------------------------------
// Complete HTML5 named entity reference
// Organized by logical categories for easy maintenance and selective importing
// ---------------------------------------------------------------------------


/**
 * Currency Symbols
 * @type {Record<string, string>}
 */
const CURRENCY = {
  cent: '¢',
  pound: '£',
  curren: '¤',
  yen: '¥',
  euro: '€',
  dollar: '$',
  fnof: 'ƒ',
  inr: '₹',
  af: '؋',
  birr: 'ብር',
  peso: '₱',
  rub: '₽',
  won: '₩',
  yuan: '¥',
  cedil: '¸',
};

const XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: "\""
};
const COMMON_HTML = {
  nbsp: '\u00a0',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  laquo: '\u00ab',
  raquo: '\u00bb',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bull: '\u2022',
  para: '\u00b6',
  sect: '\u00a7',
  deg: '\u00b0',
  frac12: '\u00bd',
  frac14: '\u00bc',
  frac34: '\u00be',
};
// ---------------------------------------------------------------------------
// Note: NUMERIC_ENTITIES (&#NNN; / &#xHH;) are handled by the scanner directly
// via String.fromCodePoint() without any map lookup.
// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// Built-in named entity map  (name → replacement string)
// No regex, no {regex,val} objects — just flat key/value pairs.
// ---------------------------------------------------------------------------


// ---------------------------------------------------------------------------
// Entity hook action constants
// ---------------------------------------------------------------------------

/**
 * Action constants for `onExternalEntity` and `onInputEntity` hooks.
 *
 * Use these instead of raw strings to avoid typos:
 *
 * @example
 * import EntityDecoder, { ENTITY_ACTION } from './EntityDecoder.js';
 * const dec = new EntityDecoder({
 *   onInputEntity: (name, value) => ENTITY_ACTION.BLOCK,
 * });
 */
const ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: 'allow',
  /** Silently skip this entity — it will not be registered. */
  BLOCK: 'block',
  /** Throw an error, aborting entity registration entirely. */
  THROW: 'throw',
});

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const SPECIAL_CHARS = new Set('!?\\\\/[]$%{}^&*()<>|+');

/**
 * Validate that an entity name contains no dangerous characters.
 * @param {string} name
 * @returns {string} the name, unchanged
 * @throws {Error} on invalid characters
 */
function validateEntityName$1(name) {
  if (name[0] === '#') {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}

/**
 * Merge one or more entity maps into a flat name→string map.
 * Accepts either:
 *   - plain string values:             { amp: '&' }
 *   - legacy {regex,val} / {regx,val}: { lt: { regex: /.../, val: '<' } }
 *
 * Values containing '&' are skipped (recursive expansion risk).
 *
 * @param {...object} maps
 * @returns {Record<string, string>}
 */
function mergeEntityMaps(...maps) {
  const out = Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === 'string') {
        out[key] = raw;
      } else if (raw && typeof raw === 'object' && raw.val !== undefined) {
        // Legacy {regex,val} or {regx,val} — extract the string val only
        const val = raw.val;
        if (typeof val === 'string') {
          out[key] = val;
        }
        // function vals are not supported in the scanner — skip
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// applyLimitsTo helpers
// ---------------------------------------------------------------------------

const LIMIT_TIER_EXTERNAL = 'external'; // input/runtime + persistent external maps
const LIMIT_TIER_BASE = 'base';     // DEFAULT_XML_ENTITIES + namedEntities (system) maps
const LIMIT_TIER_ALL = 'all';      // every entity regardless of tier

/**
 * Resolve `applyLimitsTo` option into a normalised Set of tier strings.
 * Accepted values: 'external' | 'base' | 'all' | string[]
 * Default: 'external' (only untrusted injected entities are counted).
 * @param {string|string[]|undefined} raw
 * @returns {Set<string>}
 */
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return new Set([LIMIT_TIER_EXTERNAL]); // safe default for unrecognised values
}

// ---------------------------------------------------------------------------
// NCR (Numeric Character Reference) classification
// ---------------------------------------------------------------------------

// Severity order — higher number = stricter action.
// Used to enforce minimum action levels for specific codepoint ranges.
const NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });

// XML 1.0 §2.2: allowed chars are #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
// Restricted C0: U+0001–U+001F excluding U+0009, U+000A, U+000D
const XML10_ALLOWED_C0 = new Set([0x09, 0x0A, 0x0D]);

/**
 * Parse the `ncr` constructor option into flat, hot-path-friendly fields.
 * @param {object|undefined} ncr
 * @returns {{ xmlVersion: number, onLevel: number, nullLevel: number }}
 */
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1.0, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1.0;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  // 'allow' is not meaningful for null — clamp to at least 'remove'
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}

// ---------------------------------------------------------------------------
// EntityReplacer
// ---------------------------------------------------------------------------

/**
 * Single-pass, zero-regex entity replacer for XML/HTML content.
 *
 * Algorithm: scan the string once for '&', read to ';', resolve via map
 * or direct codepoint conversion, build output chunks, join once at the end.
 *
 * Entity lookup priority (highest → lowest):
 *   1. input / runtime  (DOCTYPE entities for current document)
 *   2. persistent external (survive across documents)
 *   3. base named map   (DEFAULT_XML_ENTITIES + user-supplied namedEntities)
 *
 * Both input and external resolve as the 'external' tier for limit purposes.
 * Base map entities resolve as the 'base' tier.
 *
 * Numeric / hex references (&#NNN; / &#xHH;) are resolved directly via
 * String.fromCodePoint() — no map needed. They count as 'base' tier.
 *
 * @example
 * const replacer = new EntityReplacer({ namedEntities: COMMON_HTML });
 * replacer.setExternalEntities({ brand: 'Acme' });
 *
 * const instance = replacer.reset();
 * instance.addInputEntities({ version: '1.0' });
 * instance.encode('&brand; v&version; &lt;'); // 'Acme v1.0 <'
 */
class EntityDecoder {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === 'function' ? options.postCheck : r => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    // Base map: DEFAULT_XML_ENTITIES + user-supplied extras. Immutable after construction.
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);

    // Persistent external entities — survive across documents.
    // Stored as a separate map so reset() never touches them.
    /** @type {Record<string, string>} */
    this._externalMap = Object.create(null);

    // Input / runtime entities — current document only, wiped on reset().
    /** @type {Record<string, string>} */
    this._inputMap = Object.create(null);

    // Per-document counters
    this._totalExpansions = 0;
    this._expandedLength = 0;

    // --- New: remove / leave sets ---
    /** @type {Set<string>} */
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    /** @type {Set<string>} */
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);

    // --- NCR config (parsed into flat fields for hot-path speed) ---
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;

    // --- Registration hooks ---
    /** @type {((name: string, value: string) => 'allow'|'block'|'throw')|null} */
    this._onExternalEntity = typeof options.onExternalEntity === 'function'
      ? options.onExternalEntity
      : null;
    /** @type {((name: string, value: string) => 'allow'|'block'|'throw')|null} */
    this._onInputEntity = typeof options.onInputEntity === 'function'
      ? options.onInputEntity
      : null;
  }

  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------

  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return true; // no hook → always accept
    const action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true; // ALLOW or any unknown return value → accept
  }

  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------

  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        validateEntityName$1(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    // Hook present — resolve values first, then filter
    const flat = mergeEntityMaps(map);
    const filtered = Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value, 'external')) {
        filtered[name] = value;
      }
    }
    this._externalMap = filtered;
  }

  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName$1(key);
    if (typeof value === 'string' && value.indexOf('&') === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, 'external')) {
        this._externalMap[key] = value;
      }
    }
  }

  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------

  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value, 'input')) {
        filtered[name] = value;
      }
    }
    this._inputMap = filtered;
  }

  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------

  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }

  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------

  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1.0;
  }

  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------

  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== 'string' || str.length === 0) return str;
    //TODO: check if needed
    if (str.indexOf('&') === -1) return str; // fast path — no entities at all

    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0; // start of next unprocessed literal chunk
    let i = 0;

    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;

    while (i < len) {
      // Scan forward to next '&'
      if (str.charCodeAt(i) !== 38 /* '&' */) { i++; continue; }

      // --- Found '&' at position i ---

      // Scan forward to ';'
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 /* ';' */ && (j - i) <= 32) j++;

      if (j >= len || str.charCodeAt(j) !== 59) {
        // No closing ';' within window — treat '&' as literal
        i++;
        continue;
      }

      // Raw token between '&' and ';' (exclusive)
      const token = str.slice(i + 1, j);
      if (token.length === 0) { i++; continue; }

      let replacement;
      let tier; // which limit tier this entity belongs to

      if (this._removeSet.has(token)) {
        // Remove entity: replace with empty string
        replacement = '';
        // If entity was unknown (replacement undefined), we still need a tier for limits.
        // Treat as external tier because it's user-directed removal of an unknown reference.
        if (tier === undefined) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        // Do not replace — keep original &token; as literal
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35 /* '#' */) {
        // ---- Numeric / NCR reference ----
        // NCR classification always runs first — prohibited codepoints must be
        // caught regardless of numericAllowed.
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === undefined) {
          // 'leave' action — keep original &token; as-is
          i++;
          continue;
        }
        replacement = ncrResult; // '' for remove, char string for allow
        tier = LIMIT_TIER_BASE;
      } else {
        // ---- Named reference ----
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }

      if (replacement === undefined) {
        // Unknown entity — leave as-is, advance past '&' only
        i++;
        continue;
      }

      // Flush literal chunk before this entity
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1; // skip past ';'
      i = last;

      // Apply expansion limits only if this tier is being tracked
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ` +
              `${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          // delta: replacement.length minus the raw &token; length (token.length + 2 for '&' and ';')
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ` +
                `${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }

    // Flush trailing literal
    if (last < len) chunks.push(str.slice(last));

    // If nothing was replaced, chunks is empty — return original
    const result = chunks.length === 0 ? str : chunks.join('');

    return this._postCheck(result, original);
  }

  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------

  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }

  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------

  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    // input and external both count as 'external' tier for limit purposes —
    // they are injected at runtime and are the untrusted surface.
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return undefined;
  }

  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    // 1. Null
    if (cp === 0) return this._ncrNullLevel;

    // 2. Surrogates — always prohibited, minimum 'remove'
    if (cp >= 0xD800 && cp <= 0xDFFF) return NCR_LEVEL.remove;

    // 3. XML 1.0 restricted C0 controls
    if (this._ncrXmlVersion === 1.0) {
      if (cp >= 0x01 && cp <= 0x1F && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }

    return -1; // no restriction
  }

  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow: return String.fromCodePoint(cp);
      case NCR_LEVEL.remove: return '';
      case NCR_LEVEL.leave: return undefined; // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference ` +
          `&${token}; (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`
        );
      default: return String.fromCodePoint(cp);
    }
  }

  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    // Step 1: parse codepoint
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 /* x */ || second === 88 /* X */) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }

    // Step 2: out-of-range → leave as-is unconditionally
    if (Number.isNaN(cp) || cp < 0 || cp > 0x10FFFF) return undefined;

    // Step 3: classify to get minimum action level
    const minimum = this._classifyNCR(cp);

    // Step 4: if numericAllowed is false and no hard minimum → leave
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return undefined;

    // Step 5: effective action = max(configured onNCR, range minimum)
    const effective = minimum === -1
      ? this._ncrOnLevel
      : Math.max(this._ncrOnLevel, minimum);

    // Step 6: apply
    return this._applyNCRAction(effective, token, cp);
  }
}

const defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};


const defaultOptions = {
  preserveOrder: false,
  attributeNamePrefix: '@_',
  attributesGroupName: false,
  textNodeName: '#text',
  ignoreAttributes: true,
  removeNSPrefix: false, // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false, //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true, //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function (tagName, val) {
    return val;
  },
  attributeValueProcessor: function (attrName, val) {
    return val;
  },
  stopNodes: [], //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function (tagName, jPath, attrs) {
    return tagName
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true, // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};


/**
 * Validates that a property name is safe to use
 * @param {string} propertyName - The property name to validate
 * @param {string} optionName - The option field name (for error message)
 * @throws {Error} If property name is dangerous
 */
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== 'string') {
    return; // Only validate string property names
  }

  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some(dangerous => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }

  if (criticalProperties.some(dangerous => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}

/**
 * Normalizes processEntities option for backward compatibility
 * @param {boolean|object} value 
 * @returns {object} Always returns normalized object
 */
function normalizeProcessEntities(value, htmlEntities) {
  // Boolean backward compatibility
  if (typeof value === 'boolean') {
    return {
      enabled: value, // true or false
      maxEntitySize: 10000,
      maxExpansionDepth: 10000,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 100000,
      maxEntityCount: 1000,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all",
    };
  }

  // Object config - merge with defaults
  if (typeof value === 'object' && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 10000),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 10000),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 100000),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1000),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all",
    };
  }

  // Default to enabled with limits
  return normalizeProcessEntities(true);
}

const buildOptions = function (options) {
  const built = Object.assign({}, defaultOptions, options);

  // Validate property names to prevent prototype pollution
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: 'attributeNamePrefix' },
    { value: built.attributesGroupName, name: 'attributesGroupName' },
    { value: built.textNodeName, name: 'textNodeName' },
    { value: built.cdataPropName, name: 'cdataPropName' },
    { value: built.commentPropName, name: 'commentPropName' }
  ];

  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }

  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }

  // Always normalize processEntities for backward compatibility and validation
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  // Convert old-style stopNodes for backward compatibility
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map(node => {
      if (typeof node === 'string' && node.startsWith('*.')) {
        // Old syntax: *.tagname meant "tagname anywhere"
        // Convert to new syntax: ..tagname
        return '..' + node.substring(2);
      }
      return node;
    });
  }
  //console.debug(built.processEntities)
  return built;
};

let METADATA_SYMBOL$1;

if (typeof Symbol !== "function") {
  METADATA_SYMBOL$1 = "@@xmlMetadata";
} else {
  METADATA_SYMBOL$1 = Symbol("XML Node Metadata");
}

class XmlNode {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = []; //nested tags, text, cdata, comments in order
    this[":@"] = Object.create(null); //attributes map
  }
  add(key, val) {
    // this.child.push( {name : key, val: val, isCdata: isCdata });
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    // if requested, add the startIndex
    this.addStartIndex(startIndex);
  }

  addStartIndex(startIndex) {
    if (startIndex !== undefined) {
      // Note: for now we just overwrite the metadata. If we had more complex metadata,
      // we might need to do an object append here:  metadata = { ...metadata, startIndex }
      this.child[this.child.length - 1][METADATA_SYMBOL$1] = { startIndex };
    }
  }

  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    // endIndex is write-once: when updateTag drops a node, the last child is a
    // previously completed sibling whose endIndex must not be overwritten
    if (lastChild !== undefined && lastChild[METADATA_SYMBOL$1] !== undefined
      && lastChild[METADATA_SYMBOL$1].endIndex === undefined) {
      lastChild[METADATA_SYMBOL$1].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL$1;
  }
}

/**
 * xml-naming
 * Validates XML Name productions as defined in the XML 1.0 and 1.1 specifications.
 * Covers: Name, NCName, QName, NMToken, NMTokens
 *
 * XML 1.0 spec: https://www.w3.org/TR/xml/#NT-Name
 * XML 1.1 spec: https://www.w3.org/TR/xml11/#NT-NameStartChar
 * XML NS spec:  https://www.w3.org/TR/xml-names/#NT-NCName
 */

// ---------------------------------------------------------------------------
// Character class strings — XML 1.0
//
// NameStartChar ::= ":" | [A-Z] | "_" | [a-z]
//   | [#xC0-#xD6]   | [#xD8-#xF6]   | [#xF8-#x2FF]
//   | [#x370-#x37D] | [#x37F-#x1FFF]    <- split to exclude #x0487
//   | [#x200C-#x200D]
//   | [#x2070-#x218F] | [#x2C00-#x2FEF]
//   | [#x3001-#xD7FF] | [#xF900-#xFDCF] | [#xFDF0-#xFFFD]
//
// NameChar ::= NameStartChar | "-" | "." | [0-9]
//   | #xB7 | [#x0300-#x036F] | [#x203F-#x2040]
//
// Note: \u0487 (Combining Cyrillic Millions Sign) was added in Unicode 4.0,
// after XML 1.0 was defined against Unicode 2.0. It falls inside the range
// \u037F-\u1FFF but must be excluded. We split that range into
// \u037F-\u0486 and \u0488-\u1FFF to exclude it explicitly.
// ---------------------------------------------------------------------------

const nameStartChar10 =
  ':A-Za-z_' +
  '\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF' +
  '\u0370-\u037D' +
  '\u037F-\u0486\u0488-\u1FFF' +  // split to exclude \u0487
  '\u200C-\u200D' +
  '\u2070-\u218F' +
  '\u2C00-\u2FEF' +
  '\u3001-\uD7FF' +
  '\uF900-\uFDCF' +
  '\uFDF0-\uFFFD';

const nameChar10 =
  nameStartChar10 +
  '\\-\\.\\d' +
  '\u00B7' +
  '\u0300-\u036F' +
  '\u203F-\u2040';

// ---------------------------------------------------------------------------
// Character class strings — XML 1.1
//
// Differences from XML 1.0:
//
// NameStartChar:
//   1.0 has split ranges: \u00C0-\u00D6, \u00D8-\u00F6, \u00F8-\u02FF
//   1.1 merges them into: \u00C0-\u02FF
//   (\u00D7 x and \u00F7 / are division symbols, excluded in both versions)
//
//   1.0 tops out at \uFFFD (BMP only)
//   1.1 adds \u{10000}-\u{EFFFF} (supplementary planes)
//   These require the /u flag on the RegExp — see buildRegexes below.
//
// NameChar:
//   1.1 adds \u0487 (Combining Cyrillic Millions Sign, added in Unicode 4.0)
// ---------------------------------------------------------------------------

const nameStartChar11 =
  ':A-Za-z_' +
  '\u00C0-\u02FF' +                    // merged — 1.0 had three split ranges here
  '\u0370-\u037D' +
  '\u037F-\u0486\u0488-\u1FFF' +       // split to exclude \u0487 (combining mark, never a NameStartChar)
  '\u200C-\u200D' +
  '\u2070-\u218F' +
  '\u2C00-\u2FEF' +
  '\u3001-\uD7FF' +
  '\uF900-\uFDCF' +
  '\uFDF0-\uFFFD' +
  '\u{10000}-\u{EFFFF}';     // supplementary planes — REQUIRES /u flag on RegExp

const nameChar11 =
  nameStartChar11 +
  '\\-\\.\\d' +
  '\u00B7' +
  '\u0300-\u036F' +
  '\u0487' +                 // Combining Cyrillic Millions Sign — valid in 1.1, not 1.0
  '\u203F-\u2040';

// ---------------------------------------------------------------------------
// Regex builders
//
// XML 1.0 regexes: no flags — BMP only, standard JS regex behaviour.
// XML 1.1 regexes: /u flag — required for \u{10000}-\u{EFFFF} to match actual
//   supplementary code points rather than lone surrogates (which are illegal XML).
// ---------------------------------------------------------------------------

const buildRegexes = (startChar, char, flags = '') => {
  const ncStart = startChar.replace(':', '');
  const ncChar = char.replace(':', '');
  const ncNamePat = `[${ncStart}][${ncChar}]*`;

  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags),
  };
};

const regexes10 = buildRegexes(nameStartChar10, nameChar10);       // no /u — BMP only
const regexes11 = buildRegexes(nameStartChar11, nameChar11, 'u');  // /u — enables \u{10000}-\u{EFFFF}

// ---------------------------------------------------------------------------
// ASCII-only fast path (opt-in, off by default)
//
// The XML 1.0 vs 1.1 NameStartChar/NameChar productions differ *only* in
// their non-ASCII ranges (merged vs split Latin-1 ranges, \u0487, and
// supplementary planes). Restricted to ASCII, both versions collapse to the
// same character classes, so a single regex pair covers both xmlVersion
// values — no /u flag needed.
//
// Rationale: unicode-aware regexes (the /u flag, required for XML 1.1's
// supplementary-plane range) are measurably slower in V8 than plain
// non-unicode regexes on the same input, even when the input is pure ASCII.
// For the common case — HTML/SVG ids, XML tags — names are ASCII, so callers
// who know this can opt in to skip the unicode-aware matching path entirely.
// This is a real but *conditional* win: mainly for XML 1.1 input (avoids /u),
// or at scale where the larger unicode character classes add engine
// overhead. It also changes behaviour (rejects legitimate non-ASCII XML
// 1.0/1.1 names), so it must never be silently enabled — hence off by
// default.
// ---------------------------------------------------------------------------

const nameStartCharAscii = ':A-Za-z_';
const nameCharAscii = nameStartCharAscii + '\\-\\.\\d';

const regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii); // no /u — ASCII only

const getRegexes = (xmlVersion = '1.0', asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === '1.1' ? regexes11 : regexes10;
};

/**
 * Returns true if the string is a valid QName (Qualified Name).
 * Allows exactly one colon as a prefix separator: prefix:localName.
 * Used for: element and attribute names in namespace-aware XML/SVG.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const qName = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).qName.test(str);

// ---------------------------------------------------------------------------
// Memoized validator factory
//
// Real documents reuse a small vocabulary of tag/attribute names across many
// siblings (e.g. `id`, `class`, `href` repeated across hundreds of elements).
// The plain boolean validators above re-run the regex on every call
// regardless of repeats. `createValidator` returns a closure with a private
// string -> boolean cache, so repeated names after the first become O(1)
// lookups instead of regex tests.
//
// - opts (xmlVersion, asciiOnly) are fixed at creation time, so the regex is
//   resolved once, not on every call.
// - The cache is private to the returned closure — no shared/global state,
//   no cross-caller pollution.
// - `maxCacheSize` bounds memory: once the cache reaches this many entries,
//   it stops accepting new ones (existing entries keep serving hits; new
//   misses just fall through to the regex, uncached). This avoids unbounded
//   growth against adversarial/high-cardinality input (e.g. validating
//   attacker-supplied names with no repeats) without the cost/complexity of
//   a full LRU, and without the perf cliff of reset-and-refill thrashing.
// - Call `.reset()` on the returned function to clear the cache manually
//   (e.g. between unrelated parse calls).
// ---------------------------------------------------------------------------

const PRODUCTIONS = ['name', 'ncName', 'qName', 'nmToken', 'nmTokens'];

/**
 * Returns a memoized boolean validator function for a single production,
 * with opts fixed at creation time.
 *
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean, maxCacheSize?: number }} [opts]
 *   maxCacheSize: max number of distinct strings to cache (default 2048).
 *   Once reached, new strings are validated but not cached; existing cached
 *   entries keep being served.
 * @returns {((str: string) => boolean) & { reset: () => void }}
 */
const createValidator = (production, { xmlVersion = '1.0', asciiOnly = false, maxCacheSize = 2048 } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(', ')}`
    );
  }

  const regex = getRegexes(xmlVersion, asciiOnly)[production];
  let cache = new Map();

  const validator = (str) => {
    const cached = cache.get(str);
    if (cached !== undefined) return cached;

    const result = regex.test(str);
    if (cache.size < maxCacheSize) cache.set(str, result);
    return result;
  };

  validator.reset = () => { cache = new Map(); };

  return validator;
};

class DocTypeReader {
    constructor(options, xmlVersion) {
        this.suppressValidationErr = !options;
        this.options = options;
        this.xmlVersion = xmlVersion || 1.0;
    }

    setXmlVersion(xmlVersion = 1.0) {
        this.xmlVersion = xmlVersion;
    }
    readDocType(xmlData, i) {
        const entities = Object.create(null);
        let entityCount = 0;

        if (xmlData[i + 3] === 'O' &&
            xmlData[i + 4] === 'C' &&
            xmlData[i + 5] === 'T' &&
            xmlData[i + 6] === 'Y' &&
            xmlData[i + 7] === 'P' &&
            xmlData[i + 8] === 'E') {
            i = i + 9;
            let angleBracketsCount = 1;
            let hasBody = false, comment = false;
            let quoteChar = null; // tracks an open SYSTEM/PUBLIC literal before the '[' body
            let exp = "";
            for (; i < xmlData.length; i++) {
                // Inside a quoted external-identifier literal — XML allows '<'
                // and '>' as plain data here, so they must not be interpreted
                // as DOCTYPE structure until the matching quote closes.
                if (quoteChar !== null) {
                    if (xmlData[i] === quoteChar) quoteChar = null;
                    exp += xmlData[i];
                    continue;
                }
                if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
                    quoteChar = xmlData[i];
                    exp += xmlData[i];
                    continue;
                }

                if (xmlData[i] === '<' && !comment) { //Determine the tag type
                    if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
                        i += 7;
                        let entityName, val;
                        [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
                        if (val.indexOf("&") === -1) { //Parameter entities are not supported
                            if (this.options.enabled !== false &&
                                this.options.maxEntityCount != null &&
                                entityCount >= this.options.maxEntityCount) {
                                throw new Error(
                                    `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                                );
                            }
                            //const escaped = entityName.replace(/[.\-+*:]/g, '\\.');
                            //const escaped = entityName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
                            entities[entityName] = val;
                            entityCount++;
                        }
                    }
                    else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
                        i += 8;//Not supported
                        const { index } = this.readElementExp(xmlData, i + 1);
                        i = index;
                    } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
                        i += 8;//Not supported
                        // const {index} = this.readAttlistExp(xmlData,i+1);
                        // i = index;
                    } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
                        i += 9;//Not supported
                        const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
                        i = index;
                    } else if (hasSeq(xmlData, "!--", i)) comment = true;
                    else throw new Error(`Invalid DOCTYPE`);

                    angleBracketsCount++;
                    exp = "";
                } else if (xmlData[i] === '>') { //Read tag content
                    if (comment) {
                        if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
                            comment = false;
                            angleBracketsCount--;
                        }
                    } else {
                        angleBracketsCount--;
                    }
                    if (angleBracketsCount === 0) {
                        break;
                    }
                } else if (xmlData[i] === '[') {
                    hasBody = true;
                } else {
                    exp += xmlData[i];
                }
            }
            if (quoteChar !== null || angleBracketsCount !== 0) {
                throw new Error(`Unclosed DOCTYPE`);
            }
        } else {
            throw new Error(`Invalid Tag instead of DOCTYPE`);
        }
        return { entities, i };
    }
    readEntityExp(xmlData, i) {
        //External entities are not supported
        //    <!ENTITY ext SYSTEM "http://normal-website.com" >

        //Parameter entities are not supported
        //    <!ENTITY entityname "&anotherElement;">

        //Internal entities are supported
        //    <!ENTITY entityname "replacement text">

        // Skip leading whitespace after <!ENTITY
        i = skipWhitespace(xmlData, i);

        // Read entity name
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
            i++;
        }
        let entityName = xmlData.substring(startIndex, i);

        validateEntityName(entityName, { xmlVersion: this.xmlVersion });

        // Skip whitespace after entity name
        i = skipWhitespace(xmlData, i);

        // Check for unsupported constructs (external entities or parameter entities)
        if (!this.suppressValidationErr) {
            if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
                throw new Error("External entities are not supported");
            } else if (xmlData[i] === "%") {
                throw new Error("Parameter entities are not supported");
            }
        }

        // Read entity value (internal entity)
        let entityValue = "";
        [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");

        // Validate entity size
        if (this.options.enabled !== false &&
            this.options.maxEntitySize != null &&
            entityValue.length > this.options.maxEntitySize) {
            throw new Error(
                `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
            );
        }

        i--;
        return [entityName, entityValue, i];
    }

    readNotationExp(xmlData, i) {
        // Skip leading whitespace after <!NOTATION
        i = skipWhitespace(xmlData, i);

        // Read notation name

        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let notationName = xmlData.substring(startIndex, i);

        !this.suppressValidationErr && validateEntityName(notationName, { xmlVersion: this.xmlVersion });

        // Skip whitespace after notation name
        i = skipWhitespace(xmlData, i);

        // Check identifier type (SYSTEM or PUBLIC)
        const identifierType = xmlData.substring(i, i + 6).toUpperCase();
        if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
            throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
        }
        i += identifierType.length;

        // Skip whitespace after identifier type
        i = skipWhitespace(xmlData, i);

        // Read public identifier (if PUBLIC)
        let publicIdentifier = null;
        let systemIdentifier = null;

        if (identifierType === "PUBLIC") {
            [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");

            // Skip whitespace after public identifier
            i = skipWhitespace(xmlData, i);

            // Optionally read system identifier
            if (xmlData[i] === '"' || xmlData[i] === "'") {
                [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
            }
        } else if (identifierType === "SYSTEM") {
            // Read system identifier (mandatory for SYSTEM)
            [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");

            if (!this.suppressValidationErr && !systemIdentifier) {
                throw new Error("Missing mandatory system identifier for SYSTEM notation");
            }
        }

        return { notationName, publicIdentifier, systemIdentifier, index: --i };
    }

    readIdentifierVal(xmlData, i, type) {
        let identifierVal = "";
        const startChar = xmlData[i];
        if (startChar !== '"' && startChar !== "'") {
            throw new Error(`Expected quoted string, found "${startChar}"`);
        }
        i++;

        const startIndex = i;
        while (i < xmlData.length && xmlData[i] !== startChar) {
            i++;
        }
        identifierVal = xmlData.substring(startIndex, i);

        if (xmlData[i] !== startChar) {
            throw new Error(`Unterminated ${type} value`);
        }
        i++;
        return [i, identifierVal];
    }

    readElementExp(xmlData, i) {
        // <!ELEMENT br EMPTY>
        // <!ELEMENT div ANY>
        // <!ELEMENT title (#PCDATA)>
        // <!ELEMENT book (title, author+)>
        // <!ELEMENT name (content-model)>

        // Skip leading whitespace after <!ELEMENT
        i = skipWhitespace(xmlData, i);

        // Read element name
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let elementName = xmlData.substring(startIndex, i);

        // Validate element name
        if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
            throw new Error(`Invalid element name: "${elementName}"`);
        }

        // Skip whitespace after element name
        i = skipWhitespace(xmlData, i);
        let contentModel = "";
        // Expect '(' to start content model
        if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
        else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
        else if (xmlData[i] === "(") {
            i++; // Move past '('

            // Read content model
            const startIndex = i;
            while (i < xmlData.length && xmlData[i] !== ")") {
                i++;
            }
            contentModel = xmlData.substring(startIndex, i);

            if (xmlData[i] !== ")") {
                throw new Error("Unterminated content model");
            }

        } else if (!this.suppressValidationErr) {
            throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
        }

        return {
            elementName,
            contentModel: contentModel.trim(),
            index: i
        };
    }

    readAttlistExp(xmlData, i) {
        // Skip leading whitespace after <!ATTLIST
        i = skipWhitespace(xmlData, i);

        // Read element name
        let startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let elementName = xmlData.substring(startIndex, i);

        // Validate element name
        validateEntityName(elementName, { xmlVersion: this.xmlVersion });

        // Skip whitespace after element name
        i = skipWhitespace(xmlData, i);

        // Read attribute name
        startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let attributeName = xmlData.substring(startIndex, i);

        // Validate attribute name
        if (!validateEntityName(attributeName, { xmlVersion: this.xmlVersion })) {
            throw new Error(`Invalid attribute name: "${attributeName}"`);
        }

        // Skip whitespace after attribute name
        i = skipWhitespace(xmlData, i);

        // Read attribute type
        let attributeType = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
            attributeType = "NOTATION";
            i += 8; // Move past "NOTATION"

            // Skip whitespace after "NOTATION"
            i = skipWhitespace(xmlData, i);

            // Expect '(' to start the list of notations
            if (xmlData[i] !== "(") {
                throw new Error(`Expected '(', found "${xmlData[i]}"`);
            }
            i++; // Move past '('

            // Read the list of allowed notations
            let allowedNotations = [];
            while (i < xmlData.length && xmlData[i] !== ")") {


                const startIndex = i;
                while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
                    i++;
                }
                let notation = xmlData.substring(startIndex, i);

                // Validate notation name
                notation = notation.trim();
                if (!validateEntityName(notation, { xmlVersion: this.xmlVersion })) {
                    throw new Error(`Invalid notation name: "${notation}"`);
                }

                allowedNotations.push(notation);

                // Skip '|' separator or exit loop
                if (xmlData[i] === "|") {
                    i++; // Move past '|'
                    i = skipWhitespace(xmlData, i); // Skip optional whitespace after '|'
                }
            }

            if (xmlData[i] !== ")") {
                throw new Error("Unterminated list of notations");
            }
            i++; // Move past ')'

            // Store the allowed notations as part of the attribute type
            attributeType += " (" + allowedNotations.join("|") + ")";
        } else {
            // Handle simple types (e.g., CDATA, ID, IDREF, etc.)
            const startIndex = i;
            while (i < xmlData.length && !/\s/.test(xmlData[i])) {
                i++;
            }
            attributeType += xmlData.substring(startIndex, i);

            // Validate simple attribute type
            const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
            if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
                throw new Error(`Invalid attribute type: "${attributeType}"`);
            }
        }

        // Skip whitespace after attribute type
        i = skipWhitespace(xmlData, i);

        // Read default value
        let defaultValue = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
            defaultValue = "#REQUIRED";
            i += 8;
        } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
            defaultValue = "#IMPLIED";
            i += 7;
        } else {
            [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
        }

        return {
            elementName,
            attributeName,
            attributeType,
            defaultValue,
            index: i
        }
    }
}



const skipWhitespace = (data, index) => {
    while (index < data.length && /\s/.test(data[index])) {
        index++;
    }
    return index;
};



function hasSeq(data, seq, i) {
    for (let j = 0; j < seq.length; j++) {
        if (seq[j] !== data[i + j + 1]) return false;
    }
    return true;
}

function validateEntityName(name, xmlVersion) {
    if (qName(name, { xmlVersion: xmlVersion }))
        return name;
    else
        throw new Error(`Invalid entity name ${name}`);
}

/**
 * Flat lookup table: maps Unicode code point → ASCII digit (0-9).
 * Only decimal digit characters (Unicode category Nd) are included.
 *
 * Strategy: Int32Array of size (maxCodePoint - minCodePoint + 1).
 * Value 0xFF means "not a digit". Value 0-9 is the ASCII digit value.
 * This gives O(1) lookup with no branching, no bisect, no loop.
 *
 * Memory: range is 0x0660 to 0x1FBF0 → ~129,936 entries × 1 byte = ~127 KB.
 * Acceptable for a one-time init; lookup is a single array index.
 */

// All known Unicode Nd (decimal digit) script zero code points.
// Each script has exactly 10 consecutive digits: zero+0 .. zero+9.
const SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  0x0030, // 0-9

  // Arabic scripts
  0x0660, // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  0x06F0, // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳

  // Indic scripts
  0x0966, // Devanagari ०१२३४५६७८९
  0x09E6, // Bengali ০১২৩৪৫৬৭৮৯
  0x0A66, // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  0x0AE6, // Gujarati ૦૧૨૩૪૫૬૭૮૯
  0x0B66, // Odia ୦୧୨୩୪୫୬୭୮୯
  0x0BE6, // Tamil ௦௧௨௩௪௫௬௭௮௯
  0x0C66, // Telugu ౦౧౨౩౪౫౬౭౮౯
  0x0CE6, // Kannada ೦೧೨೩೪೫೬೭೮೯
  0x0D66, // Malayalam ൦൧൨൩൪൫൬൭൮൯
  0x0DE6, // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯

  // Southeast Asian scripts
  0x0E50, // Thai ๐๑๒๓๔๕๖๗๘๙
  0x0ED0, // Lao ໐໑໒໓໔໕໖໗໘໙
  0x0F20, // Tibetan ༠༡༢༣༤༥༦༧༨༩
  0x1040, // Myanmar ၀၁၂၃၄၅၆၇၈၉
  0x1090, // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  0x17E0, // Khmer ០១២៣៤៥៦៧៨៩
  0x1810, // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  0x1946, // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  0x19D0, // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  0x1A80, // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  0x1A90, // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  0x1B50, // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  0x1BB0, // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  0x1C40, // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  0x1C50, // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙

  // Fullwidth (CJK context)
  0xFF10, // Fullwidth ０１２３４５６７８９

  // Mathematical digit variants (Unicode math block)
  0x1D7CE, // Mathematical Bold
  0x1D7D8, // Mathematical Double-Struck
  0x1D7E2, // Mathematical Sans-Serif
  0x1D7EC, // Mathematical Sans-Serif Bold
  0x1D7F6, // Mathematical Monospace

  // Other scripts
  0x104A0, // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  0x10D30, // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  0x11066, // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  0x110F0, // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  0x11136, // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  0x111D0, // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  0x112F0, // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  0x11450, // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  0x114D0, // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  0x11650, // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  0x116C0, // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  0x11730, // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  0x118E0, // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  0x11950, // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  0x11BF0, // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  0x11C50, // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  0x11D50, // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  0x11DA0, // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  0x11F50, // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  0x16A60, // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  0x16AC0, // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  0x16B50, // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  0x1E140, // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  0x1E2F0, // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  0x1E4F0, // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  0x1E950, // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  0x1FBF0, // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];

// Build a sparse Map for scripts above 0xFFFF (surrogate-pair range).
// These can't go into a flat Uint8Array indexed by code point efficiently.
const NOT_DIGIT = 0xFF;
const HIGH_MAP = new Map(); // codePoint → digit value (0-9)

const LOW_MAX = 0xFFFF;
const LOW_MIN = 0x0660; // first non-ASCII digit script

// Flat Uint8Array covering 0x0660 .. 0xFFFF
const TABLE_OFFSET = LOW_MIN;
const TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
const TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);

for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}

const CHAR_0 = 48; // '0'.charCodeAt(0)
const CHAR_9 = 57; // '9'.charCodeAt(0)
const CHAR_MINUS = 45; // '-'.charCodeAt(0)

// Unicode minus/hyphen variants worth normalizing to ASCII '-' in numeric context:
//   U+2212  MINUS SIGN       − (mathematically correct minus)
//   U+FF0D  FULLWIDTH HYPHEN-MINUS  － (Japanese fullwidth context)
//   U+FE63  SMALL HYPHEN-MINUS     ﹣ (small form variant)
//
// NOT normalized (deliberate):
//   U+2013  EN DASH  –  (punctuation, not a numeric sign)
//   U+2014  EM DASH  —  (punctuation)
//   U+2010  HYPHEN   ‐  (typographic hyphen)
//
// Rationale: only characters a human or locale formatter would plausibly use
// as a numeric minus sign are normalized. Dashes used for punctuation are left
// alone to avoid mangling non-numeric strings.
const MINUS_SET = new Set([0x2212, 0xFF0D, 0xFE63]);

/**
 * Normalize all Unicode decimal digit characters in a string to ASCII (0-9),
 * and normalize Unicode minus variants to ASCII '-' (U+002D).
 *
 * Non-digit, non-minus characters are passed through unchanged.
 *
 * Performance design:
 * - Fast path: if the string has no convertible characters, return it unchanged
 *   (zero allocation).
 * - BMP digits (0x0660..0xFFFF excl. surrogates): flat Uint8Array lookup (O(1)).
 * - Supplementary plane digits (> 0xFFFF, encoded as surrogate pairs): Map lookup.
 * - Minus variants: checked inline with a small fixed Set.
 *
 * @param {string} str
 * @returns {string}
 */
function anynum(str) {
  if (typeof str !== 'string') return str;

  const len = str.length;
  if (len === 0) return str;

  // Scan for first character needing conversion.
  // If none found, return original string (zero allocation).
  let firstHit = -1;

  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);

    // ASCII digit or ASCII minus — already normalized, skip fast
    if ((cc >= CHAR_0 && cc <= CHAR_9) || cc === CHAR_MINUS) continue;

    // Below first unicode digit script — check minus variants only
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) { firstHit = i; break; }
      continue;
    }

    // Surrogate pairs live in BMP range 0xD800-0xDFFF — check before TABLE
    if (cc >= 0xD800 && cc <= 0xDBFF) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          const cp = 0x10000 + ((cc - 0xD800) << 10) + (low - 0xDC00);
          if (HIGH_MAP.has(cp)) { firstHit = i; break; }
        }
      }
      continue;
    }

    // BMP non-surrogate: flat table lookup; also check minus variants in this range
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }

  // Nothing to replace — return original, zero allocation
  if (firstHit === -1) return str;

  // Build result: copy unchanged prefix, then convert from firstHit onward
  const chars = [];

  if (firstHit > 0) chars.push(str.slice(0, firstHit));

  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);

    // ASCII digit or ASCII minus — pass through
    if ((cc >= CHAR_0 && cc <= CHAR_9) || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }

    // Below TABLE_OFFSET — check minus variants, else pass through
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? '-' : str[i]);
      continue;
    }

    // Surrogate pairs
    if (cc >= 0xD800 && cc <= 0xDBFF) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          const cp = 0x10000 + ((cc - 0xD800) << 10) + (low - 0xDC00);
          const d = HIGH_MAP.get(cp);
          if (d !== undefined) {
            chars.push(String.fromCharCode(d + 48));
            i++; // consume low surrogate
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }

    // BMP non-surrogate: flat table lookup + minus variants
    if (MINUS_SET.has(cc)) {
      chars.push('-');
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }

  return chars.join('');
}

const hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
const binRegex = /^0b[01]+$/;
const octRegex = /^0o[0-7]+$/;
const numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;

const consider = {
    hex: true,
    binary: false,
    octal: false,
    leadingZeros: true,
    decimalPoint: "\.",
    eNotation: true,
    //skipLike: /regex/,
    infinity: "original", // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
    unicode: false,
};

function toNumber(str, options = {}) {
    options = Object.assign({}, consider, options);
    if (!str || typeof str !== "string") return str;

    let trimmedStr = str.trim();

    if (trimmedStr.length === 0) return str;
    else if (options.skipLike !== undefined && options.skipLike.test(trimmedStr)) return str;
    else if (trimmedStr === "0") return 0;

    if (options.unicode) {
        trimmedStr = anynum(trimmedStr);
        if (trimmedStr === "0") return 0; // re-check after normalization
    }
    if (options.hex && hexRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 16);
    } else if (options.binary && binRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 2);
    } else if (options.octal && octRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 8);
    } else if (!isFinite(trimmedStr)) { //Infinity or not a number
        const num = Number(trimmedStr);
        if (Number.isNaN(num)) return str; //not a number: always the original string
        return handleInfinity(str, num, options); //only +/-Infinity reaches here
    } else if (trimmedStr.includes('e') || trimmedStr.includes('E')) { //eNotation
        return resolveEnotation(str, trimmedStr, options);
    } else {
        //separate negative sign, leading zeros, and rest number
        const match = numRegex.exec(trimmedStr);
        // +00.123 => [ , '+', '00', '.123', ..
        if (match) {
            const sign = match[1] || "";
            const leadingZeros = match[2];
            let numTrimmedByZeros = trimZeros(match[3]); //complete num without leading zeros
            const decimalAdjacentToLeadingZeros = sign ? // 0., -00., 000.
                trimmedStr[leadingZeros.length + 1] === "."
                : trimmedStr[leadingZeros.length] === ".";

            //trim ending zeros for floating number
            if (!options.leadingZeros //leading zeros are not allowed
                && (leadingZeros.length > 1
                    || (leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros))) {
                // 00, 00.3, +03.24, 03, 03.24
                return str;
            }
            else {//no leading zeros or leading zeros are allowed
                const num = Number(trimmedStr);
                const parsedStr = String(num);

                if (num === 0) return num;
                if (parsedStr.search(/[eE]/) !== -1) { //given number is long and parsed to eNotation
                    if (options.eNotation) return num;
                    else return str;
                } else if (trimmedStr.indexOf(".") !== -1) { //floating number
                    if (parsedStr === "0") return num; //0.0
                    else if (parsedStr === numTrimmedByZeros) return num; //0.456. 0.79000
                    else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
                    else return str;
                }

                let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
                if (leadingZeros) {
                    // -009 => -9
                    return (n === parsedStr) || (sign + n === parsedStr) ? num : str
                } else {
                    // +9
                    return (n === parsedStr) || (n === sign + parsedStr) ? num : str
                }
            }
        } else { //non-numeric string
            return str;
        }
    }
}

const eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
    if (!options.eNotation) return str;
    const notation = trimmedStr.match(eNotationRegx);
    if (notation) {
        let sign = notation[1] || "";
        const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
        const leadingZeros = notation[2];
        const eAdjacentToLeadingZeros = sign ? // 0E.
            trimmedStr[leadingZeros.length + 1] === eChar
            : trimmedStr[leadingZeros.length] === eChar;

        if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
        else if (leadingZeros.length === 1
            && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
            return Number(trimmedStr);
        } else if (leadingZeros.length > 0) {
            // Has leading zeros — only accept if leadingZeros option allows it
            if (options.leadingZeros && !eAdjacentToLeadingZeros) {
                return Number(trimmedStr); // Number() accepts leading zeros; stripping can leave a mantissa-less ".e0"
            } else return str;
        } else {
            // No leading zeros — always valid e-notation, parse it
            return Number(trimmedStr);
        }
    } else {
        return str;
    }
}

/**
 * 
 * @param {string} numStr without leading zeros
 * @returns 
 */
function trimZeros(numStr) {
    if (numStr && numStr.indexOf(".") !== -1) {//float
        //remove ending zeros without the O(n^2) backtracking that /0+$/ hits
        //when the string doesn't end in 0 but has a long internal zero-run
        let end = numStr.length;
        while (end > 0 && numStr.charCodeAt(end - 1) === 48 /* '0' */) end--;
        numStr = numStr.slice(0, end);
        if (numStr === ".") numStr = "0";
        else if (numStr[0] === ".") numStr = "0" + numStr;
        else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
        return numStr;
    }
    return numStr;
}

function parse_int(numStr, base) {
    const str = numStr.trim();
    if (base === 2 || base === 8) numStr = str.substring(2);

    if (parseInt) return parseInt(numStr, base);
    else if (Number.parseInt) return Number.parseInt(numStr, base);
    else if (window && window.parseInt) return window.parseInt(numStr, base);
    else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}

/**
 * Handle infinite values based on user option
 * @param {string} str - original input string
 * @param {number} num - parsed number (Infinity or -Infinity)
 * @param {object} options - user options
 * @returns {string|number|null} based on infinity option
 */
function handleInfinity(str, num, options) {
    const isPositive = num === Infinity;

    switch (options.infinity.toLowerCase()) {
        case "null":
            return null;
        case "infinity":
            return num; // Return Infinity or -Infinity
        case "string":
            return isPositive ? "Infinity" : "-Infinity";
        case "original":
        default:
            return str; // Return original string like "1e1000"
    }
}

function getIgnoreAttributesFn(ignoreAttributes) {
    if (typeof ignoreAttributes === 'function') {
        return ignoreAttributes
    }
    if (Array.isArray(ignoreAttributes)) {
        return (attrName) => {
            for (const pattern of ignoreAttributes) {
                if (typeof pattern === 'string' && attrName === pattern) {
                    return true
                }
                if (pattern instanceof RegExp && pattern.test(attrName)) {
                    return true
                }
            }
        }
    }
    return () => false
}

/**
 * Expression - Parses and stores a tag pattern expression
 * 
 * Patterns are parsed once and stored in an optimized structure for fast matching.
 * 
 * @example
 * const expr = new Expression("root.users.user");
 * const expr2 = new Expression("..user[id]:first");
 * const expr3 = new Expression("root/users/user", { separator: '/' });
 */
class Expression {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || '.';
    this.segments = this._parse(pattern);
    this.data = data;
    // Cache expensive checks for performance (O(1) instead of O(n))
    this._hasDeepWildcard = this.segments.some(seg => seg.type === 'deep-wildcard');
    this._hasAttributeCondition = this.segments.some(seg => seg.attrName !== undefined);
    this._hasPositionSelector = this.segments.some(seg => seg.position !== undefined);
  }

  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];

    // Split by separator but handle ".." specially
    let i = 0;
    let currentPart = '';

    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        // Check if next char is also separator (deep wildcard)
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          // Flush current part if any
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = '';
          }
          // Add deep wildcard
          segments.push({ type: 'deep-wildcard' });
          i += 2; // Skip both separators
        } else {
          // Regular separator
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = '';
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }

    // Flush remaining part
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }

    return segments;
  }

  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: 'tag' };

    // NEW NAMESPACE SYNTAX (v2.0):
    // ============================
    // Namespace uses DOUBLE colon (::)
    // Position uses SINGLE colon (:)
    // 
    // Examples:
    //   "user"              → tag
    //   "user:first"        → tag + position
    //   "user[id]"          → tag + attribute
    //   "user[id]:first"    → tag + attribute + position
    //   "ns::user"          → namespace + tag
    //   "ns::user:first"    → namespace + tag + position
    //   "ns::user[id]"      → namespace + tag + attribute
    //   "ns::user[id]:first" → namespace + tag + attribute + position
    //   "ns::first"         → namespace + tag named "first" (NO ambiguity!)
    //
    // This eliminates all ambiguity:
    //   :: = namespace separator
    //   :  = position selector
    //   [] = attributes

    // Step 1: Extract brackets [attr] or [attr=value]
    let bracketContent = null;
    let withoutBrackets = part;

    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }

    // Step 2: Check for namespace (double colon ::)
    let namespace = undefined;
    let tagAndPosition = withoutBrackets;

    if (withoutBrackets.includes('::')) {
      const nsIndex = withoutBrackets.indexOf('::');
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim(); // Skip ::

      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }

    // Step 3: Parse tag and position (single colon :)
    let tag = undefined;
    let positionMatch = null;

    if (tagAndPosition.includes(':')) {
      const colonIndex = tagAndPosition.lastIndexOf(':'); // Use last colon for position
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();

      // Verify position is a valid keyword
      const isPositionKeyword = ['first', 'last', 'odd', 'even'].includes(posPart) ||
        /^nth\(\d+\)$/.test(posPart);

      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        // Not a valid position keyword, treat whole thing as tag
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }

    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }

    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }

    // Step 4: Parse attributes
    if (bracketContent) {
      if (bracketContent.includes('=')) {
        const eqIndex = bracketContent.indexOf('=');
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }

    // Step 5: Parse position selector
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = 'nth';
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }

    return segment;
  }

  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }

  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }

  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }

  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }

  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
}

/**
 * ExpressionSet - An indexed collection of Expressions for efficient bulk matching
 *
 * Instead of iterating all expressions on every tag, ExpressionSet pre-indexes
 * them at insertion time by depth and terminal tag name. At match time, only
 * the relevant bucket is evaluated — typically reducing checks from O(E) to O(1)
 * lookup plus O(small bucket) matches.
 *
 * Three buckets are maintained:
 *  - `_byDepthAndTag`  — exact depth + exact tag name  (tightest, used first)
 *  - `_wildcardByDepth` — exact depth + wildcard tag `*` (depth-matched only)
 *  - `_deepWildcards`  — expressions containing `..`  (cannot be depth-indexed)
 *
 * @example
 * import { Expression, ExpressionSet } from 'fast-xml-tagger';
 *
 * // Build once at config time
 * const stopNodes = new ExpressionSet();
 * stopNodes.add(new Expression('root.users.user'));
 * stopNodes.add(new Expression('root.config.setting'));
 * stopNodes.add(new Expression('..script'));
 *
 * // Query on every tag — hot path
 * if (stopNodes.matchesAny(matcher)) { ... }
 */
class ExpressionSet {
  constructor() {
    /** @type {Map<string, import('./Expression.js').default[]>} depth:tag → expressions */
    this._byDepthAndTag = new Map();

    /** @type {Map<number, import('./Expression.js').default[]>} depth → wildcard-tag expressions */
    this._wildcardByDepth = new Map();

    /** @type {import('./Expression.js').default[]} expressions containing deep wildcard (..) */
    this._deepWildcards = [];

    /** @type {Map<string, import('./Expression.js').default[]>} terminalTag → deep wildcard expressions */
    this._deepByTerminalTag = new Map();

    /** @type {Set<string>} pattern strings already added — used for deduplication */
    this._patterns = new Set();

    /** @type {boolean} whether the set is sealed against further additions */
    this._sealed = false;
  }

  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        'ExpressionSet is sealed. Create a new ExpressionSet to add more expressions.'
      );
    }

    // Deduplicate by pattern string
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);

    if (expression.hasDeepWildcard()) {
      const lastSeg = expression.segments[expression.segments.length - 1];
      if (lastSeg && lastSeg.type !== 'deep-wildcard' && lastSeg.tag !== '*') {
        const tag = lastSeg.tag;
        if (!this._deepByTerminalTag.has(tag)) this._deepByTerminalTag.set(tag, []);
        this._deepByTerminalTag.get(tag).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }

    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;

    if (!tag || tag === '*') {
      // Can index by depth but not by tag
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      // Tightest bucket: depth + tag
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }

    return this;
  }

  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }

  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }

  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }

  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }

  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }

  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
 * Find and return the first Expression that matches the matcher's current path.
 *
 * Uses the same evaluation order as matchesAny (cheapest → most expensive):
 *  1. Exact depth + tag bucket
 *  2. Depth-only wildcard bucket
 *  3. Deep-wildcard list
 *
 * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
 * @returns {import('./Expression.js').default | null} the first matching Expression, or null
 *
 * @example
 * const expr = stopNodes.findMatch(matcher);
 * if (expr) {
 *   // access expr.config, expr.pattern, etc.
 * }
 */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();

    // 1. Tightest bucket — most expressions live here
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }

    // 2. Depth-matched wildcard-tag expressions
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }

    // 3. Deep wildcards — indexed by terminal tag, then unindexed fallback
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }

    return null;
  }
}

/**
 * MatcherView - A lightweight read-only view over a Matcher's internal state.
 *
 * Created once by Matcher and reused across all callbacks. Holds a direct
 * reference to the parent Matcher so it always reflects current parser state
 * with zero copying or freezing overhead.
 *
 * Users receive this via {@link Matcher#readOnly} or directly from parser
 * callbacks. It exposes all query and matching methods but has no mutation
 * methods — misuse is caught at the TypeScript level rather than at runtime.
 *
 * @example
 * const matcher = new Matcher();
 * const view = matcher.readOnly();
 *
 * matcher.push("root", {});
 * view.getCurrentTag(); // "root"
 * view.getDepth();      // 1
 */
class MatcherView {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }

  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }

  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : undefined;
  }

  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : undefined;
  }

  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return undefined;
    return path[path.length - 1].values?.[attrName];
  }

  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return false;
    const current = path[path.length - 1];
    return current.values !== undefined && attrName in current.values;
  }

  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }

  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }

  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].position ?? 0;
  }

  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].counter ?? 0;
  }

  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }

  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }

  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }

  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map(n => n.tag);
  }

  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }

  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
}

/**
 * Matcher - Tracks current path in XML/JSON tree and matches against Expressions.
 *
 * The matcher maintains a stack of nodes representing the current path from root to
 * current tag. It only stores attribute values for the current (top) node to minimize
 * memory usage. Sibling tracking is used to auto-calculate position and counter.
 *
 * Use {@link Matcher#readOnly} to obtain a {@link MatcherView} safe to pass to
 * user callbacks — it always reflects current state with no Proxy overhead.
 *
 * @example
 * const matcher = new Matcher();
 * matcher.push("root", {});
 * matcher.push("users", {});
 * matcher.push("user", { id: "123", type: "admin" });
 *
 * const expr = new Expression("root.users.user");
 * matcher.matches(expr); // true
 */
class Matcher {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || '.';
    this.path = [];
    this.siblingStacks = [];
    // Each path node: { tag, values, position, counter, namespace? }
    // values only present for current (last) node
    // Each siblingStacks entry: Map<tagName, count> tracking occurrences at each level
    this._pathStringCache = null;
    this._view = new MatcherView(this);

    // Kept-attribute stack: only populated when push() is called with options.keep.
    this._keptAttrs = [];
  }

  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;

    // Remove values from previous current node (now becoming ancestor)
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = undefined;
    }

    // Get or create sibling tracking for current level
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      // `counts` tells same-name siblings apart (the "counter" — nth <item>
      // among other <item>s). `total` is every child seen at this level so
      // far, kept as a running number instead of re-added from `counts` on
      // every push — a parent with many differently-named children would
      // otherwise cost more per child the more distinct names it has.
      level = { counts: new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }

    // Create a unique key for sibling tracking that includes namespace
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;

    // Calculate counter (how many times this tag appeared at this level)
    const counter = level.counts.get(siblingKey) || 0;

    // Position = total children at this level seen before this one.
    const position = level.total;

    // Update sibling count for this tag, and the level's running total.
    level.counts.set(siblingKey, counter + 1);
    level.total++;

    // Create new node
    const node = {
      tag: tagName,
      position: position,
      counter: counter
    };

    if (namespace !== null && namespace !== undefined) {
      node.namespace = namespace;
    }

    if (attrValues !== null && attrValues !== undefined) {
      node.values = attrValues;
    }

    this.path.push(node);

    // Depth of the node we just pushed (1-based, matches this.path.length)
    const depth = this.path.length;

    // Copy only the requested attributes into the kept-attrs stack. This is
    // the one part of push() whose cost scales with input (O(keep.length))
    // rather than being O(1) — by design, since the caller is explicitly
    // opting in for specific attribute names. No options/keep => zero added
    // cost beyond the two property reads below.
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== undefined && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== undefined) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }

  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return undefined;
    this._pathStringCache = null;

    const node = this.path.pop();

    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }

    // Drop any kept attributes that belonged to the popped node (or deeper).
    // _keptAttrs is depth-ordered (push only ever appends increasing depths),
    // so this is a backward scan that stops at the first surviving entry —
    // typically O(1) since kept attrs are rare by design.
    const poppedDepth = this.path.length + 1;
    while (
      this._keptAttrs.length > 0 &&
      this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth
    ) {
      this._keptAttrs.pop();
    }

    return node;
  }

  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== undefined) {
        current.values = attrValues;
      }
    }
  }

  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : undefined;
  }

  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : undefined;
  }

  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return undefined;
    return this.path[this.path.length - 1].values?.[attrName];
  }

  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== undefined && attrName in current.values;
  }

  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return undefined;
  }

  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }

  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }

  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }

  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }

  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }

  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep = separator || this.separator;
    const isDefault = (sep === this.separator && includeNamespace === true);

    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(n =>
        (n.namespace) ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep);
      this._pathStringCache = result;
      return result;
    }

    return this.path.map(n =>
      (includeNamespace && n.namespace) ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep);
  }

  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map(n => n.tag);
  }

  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }

  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;

    if (segments.length === 0) {
      return false;
    }

    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }

    return this._matchSimple(segments);
  }

  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }

    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }

    return true;
  }

  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;

    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];

      if (segment.type === 'deep-wildcard') {
        segIdx--;

        if (segIdx < 0) {
          return true;
        }

        const nextSeg = segments[segIdx];
        let found = false;

        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }

        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }

    return segIdx < 0;
  }

  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== '*' && segment.tag !== node.tag) {
      return false;
    }

    if (segment.namespace !== undefined) {
      if (segment.namespace !== '*' && segment.namespace !== node.namespace) {
        return false;
      }
    }

    if (segment.attrName !== undefined) {
      if (!isCurrentNode) {
        return false;
      }

      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }

      if (segment.attrValue !== undefined) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }

    if (segment.position !== undefined) {
      if (!isCurrentNode) {
        return false;
      }

      const counter = node.counter ?? 0;

      if (segment.position === 'first' && counter !== 0) {
        return false;
      } else if (segment.position === 'odd' && counter % 2 !== 1) {
        return false;
      } else if (segment.position === 'even' && counter % 2 !== 0) {
        return false;
      } else if (segment.position === 'nth' && counter !== segment.positionValue) {
        return false;
      }
    }

    return true;
  }

  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }

  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map(node => ({ ...node })),
      siblingStacks: this.siblingStacks.map(level => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map(entry => ({ ...entry }))
    };
  }

  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map(node => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map(level => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map(entry => ({ ...entry }));
  }

  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
}

/**
 * HTML context patterns.
 *
 * Detects XSS vectors that are dangerous when a string ends up rendered as HTML.
 * All patterns use bounded quantifiers to ensure linear-time matching (ReDoS-safe).
 *
 * Each entry is { pattern: RegExp, id: string, description: string }
 * so callers can inspect which rule fired if they need to.
 */

const HTML_PATTERNS = [
  {
    id: 'html-script-open',
    description: '<script opening tag',
    pattern: /<script[\s>/]/i,
  },
  {
    id: 'html-script-close',
    description: '</script closing tag',
    pattern: /<\/script[\s>]/i,
  },
  {
    id: 'html-javascript-protocol',
    description: 'javascript: URI scheme (with optional whitespace/encoding)',
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i,
  },
  {
    id: 'html-vbscript-protocol',
    description: 'vbscript: URI scheme',
    pattern: /vbscript[\t\n\r ]*:/i,
  },
  {
    id: 'html-data-html',
    description: 'data:text/html URI — can execute scripts in browsers',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i,
  },
  {
    id: 'html-data-xhtml',
    description: 'data:application/xhtml+xml URI',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i,
  },
  {
    id: 'html-data-svg',
    description: 'data:image/svg+xml URI — can execute scripts',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i,
  },
  {
    id: 'html-inline-event-handler',
    description: 'Inline event handler attributes: onclick=, onerror=, onload=, etc.',
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i,
  },
  {
    id: 'html-entity-obfuscated-script',
    description: 'HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)',
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i,
  },
  {
    id: 'html-entity-obfuscated-javascript',
    description: 'HTML-entity-encoded javascript: (partial — catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i,
  },
  {
    id: 'html-style-expression',
    description: 'CSS expression() — IE-era code execution in style attributes',
    pattern: /style[\s\S]{0,20}expression\s*\(/i,
  },
  {
    id: 'html-object-embed',
    description: '<object or <embed tags that can load active content',
    pattern: /<(?:object|embed)[\s>/]/i,
  },
  {
    id: 'html-base-tag',
    description: '<base href= — can hijack all relative URLs on a page',
    pattern: /<base[\s>]/i,
  },
  {
    id: 'html-meta-refresh',
    description: '<meta http-equiv="refresh" — can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i,
  },
  {
    id: 'html-srcdoc',
    description: 'srcdoc= attribute on iframes — embeds HTML that can run scripts',
    pattern: /srcdoc\s*=/i,
  },
  {
    id: 'html-iframe',
    description: '<iframe tag',
    pattern: /<iframe[\s>/]/i,
  },
  {
    id: 'html-form',
    description: '<form tag — can be used for phishing / credential harvesting injection',
    pattern: /<form[\s>/]/i,
  },
];

/**
 * XML context patterns.
 *
 * Detects injection vectors that are specifically dangerous when a string
 * is inserted into an XML document (not HTML rendering context).
 *
 * Key distinction from HTML: these patterns target parser-level attacks —
 * things that can confuse or subvert an XML parser, trigger external entity
 * resolution, or inject DTD content. HTML rendering concerns (XSS) belong
 * in the HTML context.
 */

const XML_PATTERNS = [
  {
    id: 'xml-cdata-injection',
    description: 'CDATA section injection: <![CDATA[ breaks out of text node context',
    pattern: /<!\[CDATA\[/i,
  },
  {
    id: 'xml-cdata-close',
    description: 'CDATA close sequence: ]]> can terminate an enclosing CDATA section',
    pattern: /\]\]>/,
  },
  {
    id: 'xml-processing-instruction',
    description: 'XML processing instruction: <?xml-stylesheet or <?php etc.',
    pattern: /<\?(?:xml[\- ]|php|asp)/i,
  },
  {
    id: 'xml-doctype-injection',
    description: 'DOCTYPE declaration embedded in content — can define entities',
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i,
  },
  {
    id: 'xml-entity-system',
    description: 'SYSTEM keyword — used in external entity declarations (XXE)',
    pattern: /\bSYSTEM\s+["']/i,
  },
  {
    id: 'xml-entity-public',
    description: 'PUBLIC keyword — used in external entity declarations (XXE)',
    pattern: /\bPUBLIC\s+["']/i,
  },
  {
    id: 'xml-entity-declaration',
    description: '<!ENTITY declaration — defines entities, potential XXE or entity expansion',
    pattern: /<!ENTITY[\s%]/i,
  },
  {
    id: 'xml-billion-laughs',
    description: 'Entity reference chaining / billion laughs: repeated &eX; style references',
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/,
  },
  {
    id: 'xml-namespace-confusion',
    description: 'xmlns: attribute injection — can redefine namespaces to confuse parsers',
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i,
  },
  {
    id: 'xml-comment-injection',
    description: '<!-- comment injection — can hide content from some parsers',
    pattern: /<!--/,
  },
  {
    id: 'xml-comment-close',
    description: '--> closes an enclosing XML comment',
    pattern: /-->/,
  },
  {
    id: 'xml-pi-close',
    description: '?> closes an enclosing processing instruction',
    pattern: /\?>/,
  },
];

/**
 * SVG context patterns.
 *
 * SVG is XML-based but renders in browsers, giving it a unique attack surface
 * that combines XML parser behaviour with browser rendering and JavaScript execution.
 *
 * Many of these vectors bypass HTML sanitizers that don't understand SVG semantics
 * (DOMPurify has documented bypass vulnerabilities specifically in SVG/XML context).
 */

const SVG_PATTERNS = [
  {
    id: 'svg-script-element',
    description: '<script element inside SVG executes JavaScript',
    pattern: /<script[\s>/]/i,
  },
  {
    id: 'svg-xlink-href-javascript',
    description: 'xlink:href with javascript: — classic SVG XSS via <a> or <use>',
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-href-javascript',
    description: 'href= with javascript: in SVG context (<a>, <animate>, etc.)',
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-foreignobject',
    description: '<foreignObject embeds HTML inside SVG — can execute scripts',
    pattern: /<foreignObject[\s>/]/i,
  },
  {
    id: 'svg-use-external',
    description: '<use xlink:href or href pointing to external resource (non-fragment URL)',
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i,
  },
  {
    id: 'svg-animate-href',
    description: '<animate attributeName="href" — can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i,
  },
  {
    id: 'svg-animate-xlinkhref',
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i,
  },
  {
    id: 'svg-set-javascript',
    description: '<set to="javascript:..." — sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-event-handler',
    description: 'SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.',
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i,
  },
  {
    id: 'svg-handler-generic',
    description: 'Generic on* handler catch-all for SVG attributes',
    pattern: /\bon\w{1,30}\s*=/i,
  },
  {
    id: 'svg-filter-feimage',
    description: '<feImage href= — filter primitive that can load external resources',
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i,
  },
  {
    id: 'svg-image-external',
    description: '<image xlink:href with http/https or javascript protocol',
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i,
  },
  {
    id: 'svg-style-javascript',
    description: 'style= attribute containing javascript: (e.g. background:url(javascript:...))',
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i,
  },
];

/**
 * SQL context patterns — high-precision rules only.
 *
 * These rules have very low false-positive risk and are safe to apply to
 * general user text (names, descriptions, search queries, etc.).
 * All patterns are ReDoS-safe — unlike the `sql-injection` npm package
 * which has an active CVE on its own detection regexes.
 *
 * For exhaustive coverage including noisier heuristics (comment sequences,
 * hex literals, stacked queries with semicolons), use 'SQL-STRICT' instead.
 * Apply 'SQL-STRICT' only to strings that are specifically SQL fragments,
 * not to general free-text fields.
 */

const SQL_PATTERNS = [
  {
    id: 'sql-block-comment-open',
    description: 'SQL block comment open: /* ... */ — unusual in legitimate user text',
    pattern: /\/\*/,
  },
  {
    id: 'sql-union-select',
    description: 'UNION SELECT — most common SQL injection aggregation attack',
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i,
  },
  {
    id: 'sql-drop-table',
    description: 'DROP TABLE — destructive DDL injection',
    pattern: /\bDROP\s{1,20}TABLE\b/i,
  },
  {
    id: 'sql-drop-database',
    description: 'DROP DATABASE — destructive DDL injection',
    pattern: /\bDROP\s{1,20}DATABASE\b/i,
  },
  {
    id: 'sql-insert-into',
    description: 'INSERT INTO — data injection',
    pattern: /\bINSERT\s{1,20}INTO\b/i,
  },
  {
    id: 'sql-delete-from',
    description: 'DELETE FROM — data deletion injection',
    pattern: /\bDELETE\s{1,20}FROM\b/i,
  },
  {
    id: 'sql-update-set',
    description: 'UPDATE ... SET — data modification injection',
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i,
  },
  {
    id: 'sql-exec-xp',
    description: 'EXEC xp_ — MSSQL extended stored procedure execution',
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i,
  },
  {
    id: 'sql-tautology-string',
    description: "Classic string tautology: ' OR '1'='1 or \" OR \"1\"=\"1\"",
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i,
  },
  {
    id: 'sql-tautology-numeric',
    description: 'Numeric tautology: OR 1=1',
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i,
  },
  {
    id: 'sql-always-true-zero',
    description: 'Numeric tautology: OR 0=0',
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i,
  },
  {
    id: 'sql-sleep-benchmark',
    description: 'Time-based blind injection: SLEEP() or BENCHMARK()',
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i,
  },
  {
    id: 'sql-waitfor-delay',
    description: 'MSSQL time-based blind injection: WAITFOR DELAY',
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i,
  },
  {
    id: 'sql-char-function',
    description: 'CHAR() function — used to obfuscate injected strings',
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i,
  },
  {
    id: 'sql-information-schema',
    description: 'INFORMATION_SCHEMA — reconnaissance query for table/column enumeration',
    pattern: /\bINFORMATION_SCHEMA\b/i,
  },
];

/**
 * SHELL context patterns.
 *
 * Detects shell injection vectors and path traversal patterns.
 * Designed for use when a string will be passed to a shell command,
 * used as a file path, or interpolated into OS-level operations.
 */

const SHELL_PATTERNS = [
  {
    id: 'shell-path-traversal-unix',
    description: 'Unix path traversal: ../  — climbing the directory tree',
    pattern: /\.\.\//,
  },
  {
    id: 'shell-path-traversal-windows',
    description: 'Windows path traversal: ..\\ — climbing the directory tree',
    pattern: /\.\.\\/,
  },
  {
    id: 'shell-path-traversal-encoded',
    description: 'URL-encoded path traversal: %2e%2e or %2f variants',
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i,
  },
  {
    id: 'shell-null-byte',
    description: 'Null byte injection: \\x00 or %00 — truncates strings in C-backed functions',
    pattern: /\x00|%00/,
  },
  {
    id: 'shell-semicolon',
    description: 'Semicolon command separator: cmd1; cmd2',
    pattern: /;/,
  },
  {
    id: 'shell-pipe',
    description: 'Pipe operator: cmd1 | cmd2',
    pattern: /\|/,
  },
  {
    id: 'shell-and-operator',
    description: 'AND operator: cmd1 && cmd2',
    pattern: /&&/,
  },
  {
    id: 'shell-or-operator',
    description: 'OR operator: cmd1 || cmd2',
    pattern: /\|\|/,
  },
  {
    id: 'shell-backtick',
    description: 'Backtick command substitution: `cmd`',
    pattern: /`/,
  },
  {
    id: 'shell-dollar-paren',
    description: 'Dollar-paren command substitution: $(cmd)',
    pattern: /\$\(/,
  },
  {
    id: 'shell-dollar-brace',
    description: 'Dollar-brace variable expansion: ${var} — can be abused for injection',
    pattern: /\$\{/,
  },
  {
    id: 'shell-redirect-out',
    description: 'Output redirection: cmd > file or cmd >> file',
    pattern: />{1,2}/,
  },
  {
    id: 'shell-redirect-in',
    description: 'Input redirection: cmd < file',
    pattern: /</,
  },
  {
    id: 'shell-newline-injection',
    description: 'Newline injection: \\n or \\r — can inject new shell commands',
    pattern: /[\n\r]/,
  },
  {
    id: 'shell-glob-star',
    description: 'Glob expansion: * or ? — can expand to unintended files',
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/,
  },
  {
    id: 'shell-absolute-root',
    description: 'Absolute root path injection: string starting with / or \\ (Windows UNC)',
    pattern: /^(?:\/|\\\\)/,
  },
  {
    id: 'shell-windows-drive',
    description: 'Windows drive letter path injection: C:\\ or D:/',
    pattern: /^[a-zA-Z]:[/\\]/,
  },
  {
    id: 'shell-curl-wget',
    description: 'curl/wget with URL or flags — can exfiltrate data or download payloads',
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i,
  },
];

/**
 * REDOS context patterns.
 *
 * Detects strings that, if used as regular expressions, could cause
 * catastrophic backtracking (ReDoS — Regular Expression Denial of Service).
 *
 * These patterns detect the structural forms that lead to exponential or
 * polynomial backtracking in NFA-based regex engines (V8, PCRE, Java, etc.).
 *
 * Use this context when user-supplied strings will be compiled into RegExp objects.
 */

const REDOS_PATTERNS = [
  {
    id: 'redos-nested-quantifier-plus',
    description: 'Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.',
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/,
  },
  {
    id: 'redos-nested-quantifier-star',
    description: 'Nested * quantifier: (a*)* or (a*)+ — catastrophic backtracking',
    pattern: /\([^)]*\*[^)]*\)[*+]/,
  },
  {
    id: 'redos-nested-groups',
    description: 'Doubly nested quantified groups: ((a+)+) — guaranteed catastrophic',
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/,
  },
  {
    id: 'redos-alternation-overlap',
    description: 'Overlapping alternation under quantifier: (a|a)+ — ambiguous NFA paths',
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/,
  },
  {
    id: 'redos-star-plus-concat',
    description: '(x*x)+ pattern — triggers super-linear backtracking',
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/,
  },
  {
    id: 'redos-dot-star-greedy',
    description: '(.*){n,} or (.+){n,} — repeated greedy dot quantifiers',
    pattern: /\(\.[*+]\)\{?\d/,
  },
  {
    id: 'redos-large-repetition',
    description: 'Very large fixed or range repetition count {1000,} or {1000,n} — denial of service via backtracking',
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/,
  },
  {
    id: 'redos-catastrophic-alternation',
    description: 'Long alternation with many similar branches — polynomial backtracking risk',
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/,
  },
];

/**
 * NOSQL context patterns.
 *
 * Detects injection vectors specific to NoSQL databases (primarily MongoDB)
 * and JavaScript-evaluated queries.
 *
 * Attack categories:
 *   1. MongoDB query operator injection: $where, $ne, $gt, $regex, $or, $and, etc.
 *      These operators, when injected into a JSON query object, can bypass
 *      authentication or exfiltrate data without knowing passwords.
 *
 *   2. JavaScript execution: $where clauses execute arbitrary JS server-side.
 *
 *   3. Prototype pollution: __proto__, constructor.prototype — can corrupt
 *      the prototype chain of all objects in the Node.js process.
 *
 * Pattern note: MongoDB operators appear as JSON keys. In JSON, keys are
 * quoted: {"$where": ...} so the pattern must allow an optional closing
 * quote between the operator name and the colon: /\$where["'\s]*:/
 */

const sep = '["\'\\s]*:';

const NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: 'nosql-where-operator',
    description: '$where — executes arbitrary JavaScript server-side in MongoDB',
    pattern: new RegExp(`\\$where${sep}`, 'i'),
  },
  {
    id: 'nosql-ne-operator',
    description: '$ne — "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, 'i'),
  },
  {
    id: 'nosql-gt-operator',
    description: '$gt — "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, 'i'),
  },
  {
    id: 'nosql-lt-operator',
    description: '$lt / $lte — "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, 'i'),
  },
  {
    id: 'nosql-regex-operator',
    description: '$regex — can be used to extract data character by character (blind injection)',
    pattern: new RegExp(`\\$regex${sep}`, 'i'),
  },
  {
    id: 'nosql-or-operator',
    description: '$or — logical OR; used to create always-true conditions',
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-and-operator',
    description: '$and — logical AND operator injection',
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-nor-operator',
    description: '$nor — logical NOR operator injection',
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-exists-operator',
    description: '$exists — can enumerate fields to determine schema',
    pattern: new RegExp(`\\$exists${sep}`, 'i'),
  },
  {
    id: 'nosql-in-operator',
    description: '$in — matches any value in a list; can enumerate values',
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-expr-operator',
    description: '$expr — allows aggregation expressions in queries (MongoDB 3.6+)',
    pattern: new RegExp(`\\$expr${sep}`, 'i'),
  },
  {
    id: 'nosql-function-operator',
    description: '$function — executes arbitrary JavaScript in MongoDB 4.4+',
    pattern: new RegExp(`\\$function${sep}`, 'i'),
  },
  {
    id: 'nosql-accumulator-operator',
    description: '$accumulator — custom aggregation with arbitrary JS execution',
    pattern: new RegExp(`\\$accumulator${sep}`, 'i'),
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: 'nosql-proto-pollution',
    description: '__proto__ — prototype pollution via object key injection',
    pattern: /__proto__/,
  },
  {
    id: 'nosql-constructor-prototype',
    description: 'constructor.prototype — alternative prototype pollution vector (dot notation or JSON key)',
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i,
  },
  {
    id: 'nosql-proto-bracket',
    description: '["__proto__"] — bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/,
  },
];

/**
 * LOG context patterns.
 *
 * Detects injection vectors that are dangerous when a string is written
 * to a log file, passed to a logging framework, or interpolated into
 * a log message that will be parsed or displayed.
 *
 * Attack categories:
 *   1. CRLF injection — injects fake log lines by embedding newlines
 *   2. Log4Shell (CVE-2021-44228) — ${jndi:...} triggers JNDI lookup in Log4j
 *   3. SSTI in log templates — {{...}}, #{...} trigger template evaluation
 *      if the log message is passed through a template engine
 *   4. Null byte injection — truncates log entries in some implementations
 *   5. ANSI escape injection — manipulates terminal output when logs are
 *      tailed in a terminal (colour codes, cursor movement, etc.)
 *
 * Note: Newline characters (\n, \r) will produce false positives for
 * multi-line legitimate values. Use this context only for single-line
 * log field values (usernames, IDs, request parameters, etc.).
 */

const LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: 'log-crlf-injection',
    description: 'CRLF injection: literal \\r or \\n embeds fake log lines',
    pattern: /[\r\n]/,
  },
  {
    id: 'log-url-encoded-crlf',
    description: 'URL-encoded CRLF: %0d, %0a, %0D, %0A — decoded by some log parsers',
    pattern: /%0[dDaA]/,
  },
  {
    id: 'log-unicode-newline',
    description: 'Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)',
    pattern: /[\u2028\u2029]/,
  },

  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: 'log-log4shell-jndi',
    description: 'Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j',
    pattern: /\$\{jndi\s*:/i,
  },
  {
    id: 'log-log4shell-obfuscated',
    description: 'Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection',
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/,
  },
  {
    id: 'log-log4j-lookup',
    description: 'Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} — data exfiltration',
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i,
  },

  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: 'log-ssti-double-brace',
    description: 'SSTI double-brace: {{expression}} — Jinja2, Twig, Handlebars, etc.',
    pattern: /\{\{[\s\S]{0,80}\}\}/,
  },
  {
    id: 'log-ssti-hash-brace',
    description: 'SSTI hash-brace: #{expression} — Thymeleaf, Velocity, Ruby ERB',
    pattern: /#\{[\s\S]{0,80}\}/,
  },
  {
    id: 'log-ssti-dollar-brace',
    description: 'SSTI/EL injection: ${expression with operators or method calls} — JSP EL, Freemarker, SpEL',
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i,
  },
  {
    id: 'log-ssti-percent-tag',
    description: 'SSTI ERB/ASP tag: <%= expression %> — Ruby ERB, ASP',
    pattern: /<%=[\s\S]{0,80}%>/,
  },

  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: 'log-null-byte',
    description: 'Null byte: \\x00 or %00 — can truncate log entries in C-backed loggers',
    pattern: /\x00|%00/,
  },

  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: 'log-ansi-escape',
    description: 'ANSI escape sequence: ESC[ — can manipulate terminal output when logs are tailed',
    pattern: /\x1b\[/,
  },
];

/**
 * SQL-STRICT context patterns.
 *
 * Extends the base 'SQL' context with three additional rules that are
 * effective at detecting real injections but carry a higher false-positive
 * risk on general free-text input.
 *
 * Use 'SQL-STRICT' when:
 *   - The string is specifically a SQL fragment or database identifier
 *   - You control the input domain (e.g. a dedicated SQL search field)
 *   - You can tolerate occasional false positives in exchange for broader coverage
 *
 * Use 'SQL' (not STRICT) when:
 *   - The field is general user text (names, descriptions, comments)
 *   - False positives would block legitimate content (e.g. "see note -- above")
 *
 * Rules moved here from 'SQL' due to false-positive risk:
 *
 *   sql-line-comment   — "--" fires on "see note -- above", "value--", CSS var(--primary)
 *   sql-stacked-query  — "; SELECT" fires on legitimate prose with semicolons + SQL words
 *   sql-hex-encoding   — "0xDEAD" fires on hex values in technical docs and log output
 */


const SQL_STRICT_EXTRA = [
  {
    id: 'sql-line-comment',
    description: 'SQL line comment: -- followed by whitespace or end of string',
    pattern: /--(?:\s|$)/,
  },
  {
    id: 'sql-stacked-query',
    description: 'Stacked queries: semicolon immediately followed by a SQL keyword',
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i,
  },
  {
    id: 'sql-hex-encoding',
    description: 'Hex-encoded string injection: 0x41414141 style (MySQL)',
    pattern: /\b0x[0-9a-f]{4,}/i,
  },
];

// SQL-STRICT = all base SQL rules + the three noisy extras
const SQL_STRICT_PATTERNS = [...SQL_PATTERNS, ...SQL_STRICT_EXTRA];

/**
 * Decode the HTML character references that matter for markup-context
 * detection.
 *
 * Browsers decode character references in attribute values before they
 * interpret a URL, so `javascript&#58;alert(1)` in an href is the
 * `javascript:` scheme. The HTML/XML/SVG rules match literal characters, so
 * without this step such payloads slip through.
 *
 * Deliberately NOT a full entity decoder. It decodes only:
 *   - decimal refs  &#58;  &#058;  &#00000058;  &#58   (any leading zeros,
 *                   trailing ; optional — browsers accept both)
 *   - hex refs      &#x3a; &#X3A; &#x0000003a; &#x3a   (same)
 *   - named refs    &colon;  &Tab;  &NewLine;
 *       Named refs are CASE-SENSITIVE and REQUIRE the trailing ';', exactly
 *       like a browser (so `&COLON;` and `&colon` are not decoded).
 *       &Tab; / &NewLine; matter because the URL parser strips tab/newline,
 *       so `java&Tab;script:` is still a javascript: URL.
 *
 * It does NOT decode &amp; (single pass only), so double-encoded text such as
 * "&amp;lt;script&amp;gt;" stays literal — a browser renders that as text.
 *
 * All quantifiers are bounded; no ReDoS risk.
 *
 * @param {string} input
 * @returns {string}
 */
const NAMED = Object.freeze({
  colon: ':',
  Tab: '\t',
  NewLine: '\n',
});

const ENTITY_RE =
  /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;

function decodeEntities(input) {
  if (input.indexOf('&') === -1) return input;

  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== undefined) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 0x10ffff) return match;
    return String.fromCodePoint(cp);
  });
}

/**
 * is-unsafe v2
 *
 * Zero-dependency, DOM-free, pure predicate for detecting unsafe strings
 * across HTML, XML, SVG, SQL, SQL-STRICT, SHELL, REDOS, NOSQL, and LOG contexts.
 *
 * v2 change: contexts are imported as named pattern arrays rather than resolved
 * via a string-keyed registry. This makes each context independently
 * tree-shakeable — bundlers can drop any context you never import.
 *
 * @module is-unsafe
 */


// ─── Attach labels to named contexts ──────────────────────────────────────
// Each built-in PatternList carries its canonical name so matchList can read
// list.label directly — no registry lookup needed at match time.
// Custom PatternLists default to 'CUSTOM' unless the caller sets list.label.

HTML_PATTERNS.label       = 'HTML';
XML_PATTERNS.label        = 'XML';
SVG_PATTERNS.label        = 'SVG';

// Markup contexts: also test an entity-decoded copy (see util/decode-entities.js).
// Non-markup contexts (SQL, SHELL, LOG, …) are matched byte-for-byte as supplied.
HTML_PATTERNS.decodeEntities = true;
XML_PATTERNS.decodeEntities  = true;
SVG_PATTERNS.decodeEntities  = true;
SQL_PATTERNS.label        = 'SQL';
SQL_STRICT_PATTERNS.label = 'SQL-STRICT';
SHELL_PATTERNS.label      = 'SHELL';
REDOS_PATTERNS.label      = 'REDOS';
NOSQL_PATTERNS.label      = 'NOSQL';
LOG_PATTERNS.label        = 'LOG';

// ─── Types ────────────────────────────────────────────────────────────────

/**
 * @typedef {{ id: string, description: string, pattern: RegExp }} Rule
 */

/**
 * @typedef {Rule[]} PatternList
 */

/**
 * @typedef {Object} MatchResult
 * @property {string} context     - Label identifying which context matched ('HTML', 'CUSTOM', etc.)
 * @property {string} id          - Rule identifier
 * @property {string} description - Human-readable description of what was matched
 * @property {RegExp} pattern     - The pattern that matched
 */

// ─── Internal helpers ──────────────────────────────────────────────────────

/**
 * @param {unknown} value
 */
function assertString(value) {
  if (typeof value !== 'string') {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}

/**
 * @param {unknown} context
 */
function assertContext(context) {
  if (context instanceof RegExp) return;

  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError('is-unsafe: context must not be an empty array');
    }
    // Detect array-of-arrays vs flat pattern list
    if (Array.isArray(context[0])) {
      // Array of PatternLists
      for (const list of context) {
        if (!Array.isArray(list) || list.length === 0) {
          throw new TypeError(
            'is-unsafe: each context in the array must be a non-empty pattern array (PatternList)'
          );
        }
      }
    }
    // else: flat PatternList — trust it, no deep validation needed
    return;
  }

  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), ` +
    `an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}

/**
 * Normalise any valid context arg into an array of PatternLists.
 *
 * @param {Rule[]|Rule[][]|RegExp} context
 * @returns {{ lists: Rule[][]|null, regex: RegExp|null }}
 */
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  // Distinguish PatternList (array of rule objects) from array of PatternLists
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}

/**
 * For markup contexts, return an entity-decoded copy of `value` to test
 * alongside the raw input, or null when there is nothing extra to test.
 *
 * @param {string} value
 * @param {Rule[]} list
 * @returns {string|null}
 */
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}

/**
 * Test value against a single PatternList. Returns the first MatchResult or null.
 *
 * @param {string} value
 * @param {Rule[]} list
 * @returns {MatchResult|null}
 */
function matchList(value, list) {
  const label = list.label ?? 'CUSTOM';
  const decoded = decodedCopy(value, list);
  for (const rule of list) {
    if (rule.pattern.test(value) || (decoded !== null && rule.pattern.test(decoded))) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}

// ─── Public API ───────────────────────────────────────────────────────────

/**
 * Returns `true` if `value` is unsafe in the given context(s), `false` otherwise.
 *
 * @param {string} value - The string to test
 * @param {PatternList | PatternList[] | RegExp} context
 *   - A PatternList imported from is-unsafe (e.g. `HTML`, `XML`)
 *   - An array of PatternLists — returns true if unsafe in **any** of them
 *   - A custom RegExp — returns true if the pattern matches
 * @returns {boolean}
 *
 * @example
 * import { isUnsafe, HTML, SQL } from 'is-unsafe';
 *
 * isUnsafe('<script>alert(1)</script>', HTML)       // true
 * isUnsafe('hello world', HTML)                     // false
 * isUnsafe('value', [HTML, SQL])                    // false
 * isUnsafe('value', /my-pattern/i)                  // false
 */
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);

  const { lists, regex } = normalise(context);

  if (regex) return regex.test(value);

  for (const list of lists) {
    if (matchList(value, list) !== null) return true;
  }
  return false;
}

// const regx =
//   '<((!\\[CDATA\\[([\\s\\S]*?)(]]>))|((NAME:)?(NAME))([^>]*)>|((\\/)(NAME)\\s*>))([^<]*)'
//   .replace(/NAME/g, util.nameRegexp);

//const tagsRegx = new RegExp("<(\\/?[\\w:\\-\._]+)([^>]*)>(\\s*"+cdataRegx+")*([^<]+)?","g");
//const tagsRegx = new RegExp("<(\\/?)((\\w*:)?([\\w:\\-\._]+))([^>]*)>([^<]*)("+cdataRegx+"([^<]*))*([^<]+)?","g");

// Helper functions for attribute and namespace handling

/**
 * Extract raw attributes (without prefix) from prefixed attribute map
 * @param {object} prefixedAttrs - Attributes with prefix from buildAttributesMap
 * @param {object} options - Parser options containing attributeNamePrefix
 * @returns {object} Raw attributes for matcher
 */
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};

  // Handle attributesGroupName option
  const attrs = options.attributesGroupName
    ? prefixedAttrs[options.attributesGroupName]
    : prefixedAttrs;

  if (!attrs) return {};

  const rawAttrs = {};
  for (const key in attrs) {
    // Remove the attribute prefix to get raw name
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      // Attribute without prefix (shouldn't normally happen, but be safe)
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}

/**
 * Extract namespace from raw tag name
 * @param {string} rawTagName - Tag name possibly with namespace (e.g., "soap:Envelope")
 * @returns {string|undefined} Namespace or undefined
 */
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== 'string') return undefined;

  const colonIndex = rawTagName.indexOf(':');
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    // Don't treat xmlns as a namespace
    if (ns !== 'xmlns') {
      return ns;
    }
  }
  return undefined;
}

class OrderedObjParser {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder;
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo,
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) =>
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [HTML_PATTERNS, XML_PATTERNS]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW,

        //postCheck: resolved => resolved
      });
    }

    // Initialize path matcher for path-expression-matcher
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();

    // Flag to track if current node is a stop node (optimization)
    this.isCurrentNodeStopNode = false;

    // Pre-compile stopNodes expressions
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === 'string') {
          // Convert string to Expression object
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          // Already an Expression object
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }

}


/**
 * @param {string} val
 * @param {string} tagName
 * @param {string|Matcher} jPath - jPath string or Matcher instance based on options.jPath
 * @param {boolean} dontTrim
 * @param {boolean} hasAttributes
 * @param {boolean} isLeafNode
 * @param {boolean} escapeEntities
 */
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== undefined) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);

      // Pass jPath string or matcher based on options.jPath setting
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === undefined) {
        //don't parse
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        //overwrite
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}

function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(':');
    const prefix = tagname.charAt(0) === '/' ? '/' : '';
    if (tags[0] === 'xmlns') {
      return '';
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}

//TODO: change regex to capture NS
//const attrsRegx = new RegExp("([\\w\\-\\.\\:]+)\\s*=\\s*(['\"])((.|\n)*?)\\2","gm");
// The value is matched with a negated class per quote type rather than a lazy `[\s\S]*?` up to a
// backreference, which is much slower on long values (SVG paths, data URIs)
const attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;

// value inside double quotes, or inside single quotes, or undefined when there is no value
function attrValue(match) {
  return match[3] !== undefined ? match[3] : match[4];
}

function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || (options.ignoreAttributes !== true && typeof attrStr === 'string')) {
    // attrStr = attrStr.replace(/\r?\n/g, ' ');
    //attrStr = attrStr || attrStr.trim();

    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length; //don't make it inline
    const attrs = {};

    // Pre-process values once: trim + entity replacement
    // Reused in both matcher update and second pass
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};

    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);

      if (attrName.length && oldVal !== undefined) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;

        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }

    // Update matcher ONCE before second pass, if applicable
    if (hasRawAttrs && typeof jPath === 'object' && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }

    // Hoist toString() once — path doesn't change during attribute processing
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;

    // Second pass: apply processors, build final attrs
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);

      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;

      let aName = options.attributeNamePrefix + attrName;

      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);

        if (attrValue(matches[i]) !== undefined) {
          // Reuse already-processed value — no double entity replacement
          const oldVal = processedVals[i];

          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === undefined) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }

    if (!hasAttrs) return;

    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
const parseXml = function (xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : undefined;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
    if (newline.length === 2) {
      // Store the position after earlier CRLF pairs have been normalized.
      crlfPositions.push(index - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode('!xml');
  let currentNode = xmlObj;
  let textData = "";

  // Reset matcher for new document
  this.matcher.reset();
  this.entityDecoder.reset();

  // Reset entity expansion counters for this document
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {//for each char in XML data
    const ch = xmlData[i];
    if (ch === '<') {
      // const nextIndex = i+1;
      // const _2ndChar = xmlData[nextIndex];
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {//Closing Tag '/'
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
        let tagName = xmlData.substring(i + 2, closeIndex).trim();

        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }

        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;

        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }

        //check if last tag of nested tag was unpaired tag
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          // Pop the unpaired tag
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        // Pop the closing tag
        this.matcher.pop();
        this.isCurrentNodeStopNode = false; // Reset flag when closing tag

        //a closing tag with no matching opening tag leaves the stack empty
        currentNode = this.tagsNodeStack.pop() || xmlObj;//avoid recursion, set the parent tag scope

        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) { //'?'

        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");

        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1.0);
          docTypeReader.setXmlVersion(Number(ver) || 1.0);
        }
        if ((options.ignoreDeclaration && tagData.tagName === "?xml") || options.ignorePiTags) ; else {

          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");

          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap;
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

          if (options.captureMetaData) {
            // closeIndex points at '?' of the closing '?>'
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }


        i = tagData.closeIndex + 1;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 45
        && xmlData.charCodeAt(i + 3) === 45) { //'!--'
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);

          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);

          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 68) { //'!D'
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 91) { // '!['
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);

        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);

        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == undefined) val = "";

        //cdata should be set even if it is 0 length string
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }

        i = closeIndex + 2;
      } else {//Opening tag
        let result = readTagExp(xmlData, i, options.removeNSPrefix);

        // Safety check: readTagExp can return undefined
        if (!result) {
          // Log context for debugging
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }

        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;

        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));

        if (options.strictReservedNames &&
          (tagName === options.commentPropName
            || tagName === options.cdataPropName
            || tagName === options.textNodeName
            || tagName === options.attributesGroupName
          )) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }

        //save text as child node
        if (currentNode && textData) {
          if (currentNode.tagname !== '!xml') {
            //when nested tag is found
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }

        //check if last tag was unpaired tag
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }

        // Clean up self-closing syntax BEFORE processing attributes
        // This is where tagExp gets the trailing / removed
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }

          // Re-check attrExpPresent after cleaning
          attrExpPresent = (tagName !== tagExp);
        }

        // Now process attributes with CLEAN tagExp (no trailing /)
        let prefixedAttrs = null;
        let namespace = undefined;

        // Extract namespace from rawTagName
        namespace = extractNamespace(rawTagName);

        // Push tag to matcher FIRST (with empty attrs for now) so callbacks see correct path
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }

        // Now build attributes - callbacks will see correct matcher state
        if (tagName !== tagExp && attrExpPresent) {
          // Build attributes (returns prefixed attributes for the tree)
          // Note: buildAttributesMap now internally updates the matcher with raw attributes
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);

          if (prefixedAttrs) {
            // Extract raw attributes (without prefix) for our use
            //TODO: seems a performance overhead
            extractRawAttributes(prefixedAttrs, options);
          }
        }

        // Now check if this is a stop node (after attributes are set)
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }

        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";

          // For self-closing tags, content is empty
          if (isSelfClosing) {
            i = result.closeIndex;
          }
          //unpaired tag
          else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          }
          //normal tag
          else {
            //read until closing tag is found
            const result = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result.i;
            tagContent = result.tagContent;
          }

          const childNode = new XmlNode(tagName);

          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }

          // For stop nodes, store raw content as-is without any processing
          childNode.add(options.textNodeName, tagContent);

          this.matcher.pop(); // Pop the stop node tag
          this.isCurrentNodeStopNode = false; // Reset flag

          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          //selfClosing tag
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));

            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop(); // Pop self-closing tag
            this.isCurrentNodeStopNode = false; // Reset flag
          }
          else if (options.unpairedTagsSet.has(tagName)) {//unpaired tag
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop(); // Pop unpaired tag
            this.isCurrentNodeStopNode = false; // Reset flag
            i = result.closeIndex;
            // Continue to next iteration without changing currentNode
            continue;
          }
          //opening tag
          else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);

            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
};

function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}

function addChild(currentNode, childNode, matcher, startIndex) {
  // unset startIndex if not requested
  if (!this.options.captureMetaData) startIndex = undefined;

  // Pass jPath string or matcher based on options.jPath setting
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  if (result === false) ; else if (typeof result === "string") {
    childNode.tagname = result;
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}

/**
 * @param {object} val - Entity object with regex and val properties
 * @param {string} tagName - Tag name
 * @param {string|Matcher} jPath - jPath string or Matcher instance based on options.jPath
 */
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;

  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }

  // Check if tag is allowed to contain entities
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags)
      ? entityConfig.allowedTags.includes(tagName)
      : entityConfig.allowedTags(tagName, jPathOrMatcher);

    if (!allowed) {
      return val;
    }
  }

  // Apply custom tag filter if provided
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val; // Skip based on custom filter
    }
  }

  return this.entityDecoder.decode(val);
}


function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) { //store previously collected data as textNode
    if (isLeafNode === undefined) isLeafNode = parentNode.child.length === 0;

    textData = this.parseTextData(textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode);

    if (textData !== undefined && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}

/**
 * @param {Array<Expression>} stopNodeExpressions - Array of compiled Expression objects
 * @param {Matcher} matcher - Current path matcher
 */
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;

  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}

/**
 * Returns the tag Expression and where it is ending handling single-double quotes situation
 * @param {string} xmlData 
 * @param {number} i starting index
 * @returns 
 */
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  //TODO: ignore boolean attributes in tag expression
  //TODO: if ignore attributes, dont read full attribute expression but the end. But read for xml declaration
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;

  let result = '';
  let segmentStart = i;

  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);

    if (code === 34 || code === 39) { // " or '
      // Skip the quoted value in one step: nothing inside it can close the tag
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9) { // \t - only replace with space outside attribute values
      // Flush accumulated segment, add space, start new segment
      result += xmlData.substring(segmentStart, index) + ' ';
      segmentStart = index + 1;
    }
  }
}

function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg)
  } else {
    return closingIndex + str.length - 1;
  }
}

function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex; // no offset needed
}

function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {//separate tag name and attributes expression
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }

  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }

  return {
    tagName: tagName,
    tagExp: tagExp,
    closeIndex: closeIndex,
    attrExpPresent: attrExpPresent,
    rawTagName: rawTagName,
  }
}
/**
 * find paired tag for a stop node
 * @param {string} xmlData 
 * @param {string} tagName 
 * @param {number} i 
 */
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  // Starting at 1 since we already have an open tag
  let openTagCount = 1;
  let lenient = false; // set once a quote-aware tag scan fails
  let nextGt = -1; // cached index of the next '>'

  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {//close tag '/'
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            }
          }
        }
        i = closeIndex;
      } else if (c1 === 63) { //?
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 45
        && xmlData.charCodeAt(i + 3) === 45) { // '!--'
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 91) { // '!['
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? undefined : readTagExp(xmlData, i, false);

        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          // no closing '>'. use lenient approach to find '<' instead of readTagExp, to avoid repeated rescans.
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return; // no '>' left, so no closing tag can follow
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) { // looks like a real tag
            const exp = xmlData.substring(i + 1, nextGt);
            const sep = exp.search(/\s/);
            const name = sep === -1 ? exp : exp.substring(0, sep);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          } // else: treat this '<' as plain text
        }
      }
    }
  }//end for loop
}

function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === 'string') {
    //console.log(options)
    const newval = val.trim();
    if (newval === 'true') return true;
    else if (newval === 'false') return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return '';
    }
  }
}

function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}



function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}

const METADATA_SYMBOL = XmlNode.getMetaDataSymbol();

/**
 * Helper function to strip attribute prefix from attribute map
 * @param {object} attrs - Attributes with prefix (e.g., {"@_class": "code"})
 * @param {string} prefix - Attribute prefix to remove (e.g., "@_")
 * @returns {object} Attributes without prefix (e.g., {"class": "code"})
 */
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== 'object') return {};
  if (!prefix) return attrs;

  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      // Attribute without prefix (shouldn't normally happen, but be safe)
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}

/**
 * 
 * @param {array} node 
 * @param {any} options 
 * @param {Matcher} matcher - Path matcher instance
 * @returns 
 */
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}

/**
 * @param {array} arr 
 * @param {object} options 
 * @param {Matcher} matcher - Path matcher instance
 * @returns object
 */
function compress(arr, options, matcher, readonlyMatcher) {
  let text;
  const compressedObj = {}; //This is intended to be a plain object
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);

    // Push current property to matcher WITH RAW ATTRIBUTES (no prefix)
    if (property !== undefined && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }

    if (property === options.textNodeName) {
      if (text === undefined) text = tagObj[property];
      else text += "" + tagObj[property];
    } else if (property === undefined) {
      continue;
    } else if (tagObj[property]) {

      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);

      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }

      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== undefined && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }

      if (tagObj[METADATA_SYMBOL] !== undefined && typeof val === "object" && val !== null) {
        val[METADATA_SYMBOL] = tagObj[METADATA_SYMBOL]; // copy over metadata
      }


      if (compressedObj[property] !== undefined && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        //TODO: if a node is not an array, then check if it should be an array
        //also determine if it is a leaf node

        // Pass jPath string or readonlyMatcher based on options.jPath setting
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }

      // Pop property from matcher after processing
      if (property !== undefined && property !== options.textNodeName) {
        matcher.pop();
      }
    }

  }
  // if(text && text.length > 0) compressedObj[options.textNodeName] = text;
  if (typeof text === "string") {
    if (text.length > 0) compressedObj[options.textNodeName] = text;
  } else if (text !== undefined) compressedObj[options.textNodeName] = text;


  return compressedObj;
}

function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}

function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length; //don't make it inline
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];  // This is the PREFIXED name (e.g., "@_class")

      // Strip prefix for matcher path (for isArray callback)
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix)
        ? atrrName.substring(options.attributeNamePrefix.length)
        : atrrName;

      // For attributes, we need to create a temporary path
      // Pass jPath string or matcher based on options.jPath setting
      const jPathOrMatcher = options.jPath
        ? readonlyMatcher.toString() + "." + rawAttrName
        : readonlyMatcher;

      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}

function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;

  if (propCount === 0) {
    return true;
  }

  if (
    propCount === 1 &&
    (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)
  ) {
    return true;
  }

  return false;
}

/* global Uint8Array */

class XMLParser {

    constructor(options) {
        this.externalEntities = {};
        this.options = buildOptions(options);

    }
    /**
     * Parse XML dats to JS object 
     * @param {string|Uint8Array} xmlData 
     * @param {boolean|Object} validationOption 
     */
    parse(xmlData, validationOption) {
        if (typeof xmlData !== "string" && xmlData.toString) {
            if (xmlData instanceof Uint8Array &&
                !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
                xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
            } else {
                xmlData = xmlData.toString();
            }
        } else if (typeof xmlData !== "string") {
            throw new Error("XML data is accepted in String or Bytes[] form.")
        }

        if (validationOption) {
            if (validationOption === true) validationOption = {}; //validate with default options

            const result = validate(xmlData, validationOption);
            if (result !== true) {
                throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`)
            }
        }
        const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
        // orderedObjParser.entityDecoder.setExternalEntities(this.externalEntities);
        const orderedResult = orderedObjParser.parseXml(xmlData);
        if (this.options.preserveOrder || orderedResult === undefined) return orderedResult;
        else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
    }

    /**
     * Add Entity which is not by default supported by this library
     * @param {string} key 
     * @param {string} value 
     */
    addEntity(key, value) {
        if (value.indexOf("&") !== -1) {
            throw new Error("Entity value can't have '&'")
        } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
            throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'")
        } else if (value === "&") {
            throw new Error("An entity with value '&' is not permitted");
        } else {
            this.externalEntities[key] = value;
        }
    }

    /**
     * Returns a Symbol that can be used to access the metadata
     * property on a node.
     * 
     * If Symbol is not available in the environment, an ordinary property is used
     * and the name of the property is here returned.
     * 
     * The XMLMetaData property is only present when `captureMetaData`
     * is true in the options.
     */
    static getMetaDataSymbol() {
        return XmlNode.getMetaDataSymbol();
    }
}

const XMLValidator = {
  validate: validate
};

/**
 * Decoding XML text by hand: without a DTD only the five predefined entities and numeric character
 * references exist, so nothing else is ever expanded.
 */
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
/** Decodes the predefined XML entities and numeric character references; leaves anything else as written. */
function decodeXmlEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(ENTITY, (whole, name) => {
        switch (name) {
            case 'amp':
                return '&';
            case 'lt':
                return '<';
            case 'gt':
                return '>';
            case 'quot':
                return '"';
            case 'apos':
                return "'";
        }
        const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        if (!(code > 0 && code <= 0x10ffff))
            return whole;
        // A reference to a character XML does not allow (a C0 control, a lone surrogate, U+FFFE) is read as
        // U+FFFD, as every writer of the reports would have to: a lone surrogate is no Unicode text at all.
        return isXmlChar(code) ? String.fromCodePoint(code) : '\ufffd';
    });
}
/** XML 1.0's `Char`: tab, line feed, carriage return, and U+0020 up, less the surrogates, U+FFFE and U+FFFF. */
function isXmlChar(code) {
    return (code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff));
}
/** Collapses runs of white space (titles in real files span indented lines) and trims. */
function normalizeWhitespace(text) {
    return text.replace(/\s+/g, ' ').trim();
}

/**
 * Element trees for the fragments the carver cuts out of a results file (Rules, TestResults, the
 * Benchmark's header), parsed by fast-xml-parser. The carver only found where each fragment begins and
 * ends; here fast-xml-parser's validator checks its inside (mismatched or unclosed tags, a '<' in a tag)
 * and its parser builds the tree. Markup the validator lets pass but no scanner writes (`<!X …>`, a DTD's
 * `<!ENTITY …>` or `<!ELEMENT …>`, a `<![` that is not CDATA), which the parser would read as an element or
 * CDATA holding the siblings after it, is refused.
 *
 * Entities: only the five predefined ones and numeric character references are decoded (by
 * {@link decodeXmlEntities}, given to fast-xml-parser as its entity decoder). A DOCTYPE inside a fragment,
 * which fast-xml-parser would read and whose entities it would expand, is refused: the decoder throws as
 * soon as the parser hands it a declared entity set, so no DTD-declared entity is ever expanded.
 * What is read: elements, attributes, text, CDATA; comments and processing instructions are dropped.
 */
/** Raised for a fragment that is not well-formed; the reader adds the file name. */
class XmlFragmentError extends Error {
    name = 'XmlFragmentError';
}
/** Nesting deeper than this is no results file (real XCCDF prose nests a handful of levels). */
const MAX_DEPTH = 1000;
/**
 * The largest fragment parsed. fast-xml-parser builds a text node one character at a time and needs about
 * 40 times a large text's size in memory: a 128 MB script output in a TestResult ran Node out of heap after a
 * minute. Past this, an error names the fragment instead (real TestResults of 2,000 rules are a few MB).
 */
const MAX_FRAGMENT_CHARS = 32 * 2 ** 20;
const TEXT = '#text';
const ATTRIBUTES = ':@';
/** The five predefined entities and numeric references only; a DTD's entities are refused, never kept. */
const entityDecoder = {
    decode: decodeXmlEntities,
    reset() { },
    setXmlVersion() { },
    addInputEntities() {
        throw new XmlFragmentError('a DOCTYPE declaration inside an element; stig-gate refuses DTDs so that no entity is expanded');
    },
    setExternalEntities(entities) {
        if (Object.keys(entities).length > 0)
            throw new XmlFragmentError('external entities are refused');
    },
};
const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    // Values as written: no number or boolean parsing, no trimming (titles are normalised by the caller).
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    entityDecoder,
    maxNestedTags: MAX_DEPTH,
    // Tag names by local name (the carver checked the namespaces); attribute names stay as written.
    transformTagName: (name) => {
        if (name.charCodeAt(0) === BANG)
            throw bangMarkup(name);
        return localName$1(name);
    },
    jPath: false,
});
const BANG = 0x21;
/** The declarations a DTD is made of; anywhere in a fragment they are a DTD's markup, refused as a DOCTYPE is. */
const DTD_DECLARATIONS = ['ENTITY', 'ELEMENT', 'ATTLIST', 'NOTATION'];
/**
 * fast-xml-parser's validator accepts `<!X …>` (and `<!ENTITY …>`, `<!ELEMENT …>`, …) outside a DOCTYPE, and
 * its parser then reads the markup as the start tag of an element named `!X` that holds every sibling after
 * it: rule-results after it would vanish from their TestResult. No scanner writes such markup; the parser
 * hands us its name as a tag name (before the namespace prefix is dropped), and we refuse it there.
 */
function bangMarkup(name) {
    const markup = `<${name.replace(/\/$/, '').slice(0, 40)}`;
    if (DTD_DECLARATIONS.includes(name.slice(1).replace(/\/$/, ''))) {
        return new XmlFragmentError(`a DTD declaration '${markup}' inside an element; OpenSCAP never writes one, and stig-gate refuses ` +
            'DTDs so that no entity is expanded');
    }
    return new XmlFragmentError(`unexpected markup '${markup}': it is not XML, and OpenSCAP never writes it`);
}
/**
 * Refuses `<![` that does not begin CDATA: fast-xml-parser reads any `<![` as CDATA up to the next `]]>`,
 * so elements after it would be read as text. Comments and CDATA sections are passed over, so a `<![` they
 * hold as text is fine (one inside a processing instruction is refused; no scanner writes that either).
 */
function checkMarkedSections(xml) {
    for (let at = xml.indexOf('<!'); at !== -1;) {
        let next = at + 2;
        if (xml.startsWith('<!--', at))
            next = xml.indexOf('-->', at + 4);
        else if (xml.startsWith('<![CDATA[', at))
            next = xml.indexOf(']]>', at + 9);
        else if (xml.startsWith('<![', at)) {
            throw new XmlFragmentError(`unexpected markup '${xml.slice(at, at + 9)}': it is not CDATA, and OpenSCAP never writes it`);
        }
        // An unclosed comment or CDATA section is the parser's to report.
        if (next === -1)
            return;
        at = xml.indexOf('<!', next);
    }
}
function localName$1(name) {
    const colon = name.indexOf(':');
    return colon === -1 ? name : name.slice(colon + 1);
}
/**
 * Parses a fragment — one or more elements, as carved — into a synthetic root element named `#fragment`
 * whose content is the fragment's top-level elements (white space between them is dropped).
 */
function parseXmlFragment(xml) {
    if (xml.length > MAX_FRAGMENT_CHARS) {
        const mb = (xml.length / 2 ** 20).toFixed(0);
        throw new XmlFragmentError(`one element of ${mb} MB (a TestResult, Rule or OVAL item, e.g. a script's output or a matched line), ` +
            `past the ${MAX_FRAGMENT_CHARS / 2 ** 20} MB stig-gate reads in one piece; no scan of an image writes one ` +
            'that large unless a check printed or matched a very large file: see scan.log');
    }
    // One synthetic root, so that a header of several elements is one document to the validator.
    const wrapped = `<fragment>${xml}</fragment>`;
    const valid = XMLValidator.validate(wrapped);
    if (valid !== true) {
        const { msg, line, col } = valid.err;
        throw new XmlFragmentError(`not well-formed XML (line ${line}, column ${col}): ${msg}`);
    }
    checkMarkedSections(xml);
    let nodes;
    try {
        nodes = parser.parse(wrapped);
    }
    catch (error) {
        if (error instanceof XmlFragmentError)
            throw error;
        // What fast-xml-parser refuses beyond well-formedness: nesting deeper than MAX_DEPTH, and names such as
        // __proto__ or constructor (it guards the objects it builds against prototype pollution).
        throw new XmlFragmentError(`XML that stig-gate does not read: ${error.message}`);
    }
    const root = toElements(nodes)[0];
    if (root === undefined || typeof root === 'string')
        throw new XmlFragmentError('no element found');
    // Indentation between top-level elements is no content of anything.
    return {
        name: '#fragment',
        attributes: {},
        content: root.content.filter((c) => typeof c !== 'string'),
    };
}
/** fast-xml-parser's ordered nodes (`{ tag: children, ':@': attributes }`, `{ '#text': text }`) as elements. */
function toElements(nodes) {
    // A stack, not recursion: the depth is bounded by the parser, but the conversion need not rely on it.
    const top = [];
    const pending = [{ nodes, into: top }];
    while (pending.length > 0) {
        const { nodes: level, into } = pending.pop();
        for (const node of level) {
            for (const key in node) {
                if (key === ATTRIBUTES)
                    continue;
                const value = node[key];
                if (key === TEXT) {
                    into.push(String(value));
                    continue;
                }
                const content = [];
                into.push({ name: key, attributes: attributesOf(node[ATTRIBUTES]), content });
                pending.push({ nodes: value, into: content });
            }
        }
    }
    return top;
}
const NO_ATTRIBUTES = Object.freeze(Object.create(null));
function attributesOf(raw) {
    if (raw === undefined)
        return NO_ATTRIBUTES;
    // No prototype: an attribute named constructor is just an attribute.
    const attributes = Object.create(null);
    for (const [name, value] of Object.entries(raw))
        attributes[name] = String(value);
    return attributes;
}
/** The child elements of `element` named `name` (local name). */
function childElements(element, name) {
    if (element === undefined)
        return [];
    const found = [];
    for (const child of element.content)
        if (typeof child !== 'string' && child.name === name)
            found.push(child);
    return found;
}
/** The first child element of `element` named `name`. */
function firstChild(element, name) {
    if (element === undefined)
        return undefined;
    for (const child of element.content)
        if (typeof child !== 'string' && child.name === name)
            return child;
    return undefined;
}
/**
 * All the text inside `element`, markup dropped. Element boundaries count as a space so that words in
 * neighbouring XHTML blocks (`<p>a</p><p>b</p>`) do not run together; callers normalise white space.
 */
function textContent(element) {
    const parts = [];
    const pending = [...element.content].reverse();
    while (pending.length > 0) {
        const next = pending.pop();
        if (typeof next === 'string')
            parts.push(next);
        else {
            parts.push(' ');
            pending.push(' ');
            for (let i = next.content.length - 1; i >= 0; i--)
                pending.push(next.content[i]);
        }
    }
    return parts.join('');
}

/**
 * Carved OVAL and TestResult fragments as a small read-only tree, for the evidence readers: parsed by the
 * one fast-xml-parser wrapper of the results layer (xml-fragment.ts: validated, the five XML entities and
 * character references only, DTDs refused), then viewed with local names. Namespace prefixes are dropped
 * from attributes too: OVAL's test, object and item names are unique across its platform schemas, and the
 * type is kept as the local name (`textfilecontent54_test`).
 */
/** Raised for a fragment fast-xml-parser refuses; the reader adds the file name. */
class EvidenceFragmentError extends Error {
    name = 'EvidenceFragmentError';
}
function localName(name) {
    const colon = name.indexOf(':');
    return colon === -1 ? name : name.slice(colon + 1);
}
function toNode(element) {
    const attributes = {};
    for (const [key, value] of Object.entries(element.attributes))
        attributes[localName(key)] = value;
    let text = '';
    const children = [];
    for (const part of element.content) {
        if (typeof part === 'string')
            text += part;
        else
            children.push(toNode(part));
    }
    return { name: element.name, attributes, text, children };
}
/**
 * The one top-level element of `xml`. Throws {@link EvidenceFragmentError} when there is none. `element`
 * names the fragment in errors (`<TestResult id="…">`); without it, it is an OVAL results element.
 */
function parseFragment(xml, element) {
    // The carver passes over most of a wanted element by its end tag, unseen: a DTD inside it is refused
    // here, with a message that says so, before the parser sees it.
    if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
        throw new EvidenceFragmentError(`${element === undefined ? 'an OVAL results element holds' : `in ${element}:`} a DTD (<!DOCTYPE or <!ENTITY); ` +
            'stig-gate refuses DTDs so that no entity is expanded');
    }
    let root;
    try {
        root = parseXmlFragment(xml);
    }
    catch (error) {
        if (!(error instanceof XmlFragmentError))
            throw error;
        throw new EvidenceFragmentError(element === undefined
            ? `an OVAL results element is not well-formed: ${error.message}`
            : `in ${element}: ${error.message}`);
    }
    const first = root.content.find((part) => typeof part !== 'string');
    if (!first)
        throw new EvidenceFragmentError(`${element ?? 'an OVAL results element'} could not be parsed`);
    return toNode(first);
}
/** Child elements named `name`. */
function childrenNamed(node, name) {
    return node ? node.children.filter((child) => child.name === name) : [];
}
/** The first child element named `name`. */
function childNamed(node, name) {
    return node?.children.find((child) => child.name === name);
}
/** All text inside an element, its children's included, in document order. */
function allText(node) {
    return node.text + node.children.map(allText).join('');
}

/**
 * The OVAL definitions the failing rules of a TestResult ran, by ARF report: what the OVAL collector has
 * to read. Parsed from the carved TestResult, before the OVAL results that follow it in an ARF.
 */
/** XCCDF's check system for OVAL 5 definitions. */
const OVAL_CHECK_SYSTEM = 'http://oval.mitre.org/XMLSchema/oval-definitions-5';
/** OpenSCAP's check system for SCE scripts. */
const SCE_CHECK_SYSTEM = 'http://open-scap.org/page/SCE';
/** Whether a rule-result's raw `<result>` text fails the rule, in the vocabulary the gate uses. */
function failing(result) {
    return RULE_RESULT_VALUES.includes(result) && isFailing(result);
}
/** The failing rule-results of a carved TestResult. */
function failingRuleResults(testResultXml) {
    // Read before the XCCDF reader parses the TestResult (its OVAL results follow it in an ARF): errors name
    // it as that reader's do.
    const id = attribute(testResultXml.slice(0, testResultXml.indexOf('>')), 'id');
    const testResult = parseFragment(testResultXml, `<TestResult${id === undefined ? '' : ` id="${id}"`}>`);
    return childrenNamed(testResult, 'rule-result').flatMap((ruleResult) => {
        const result = childNamed(ruleResult, 'result')?.text.trim() ?? '';
        if (!failing(result))
            return [];
        return [{ ruleId: ruleResult.attributes.idref ?? '', checks: childrenNamed(ruleResult, 'check') }];
    });
}
/** Definition names by ARF report id (`oval0`), for the failing rules' OVAL checks with a local href. */
function failingDefinitionsByReport(rules) {
    const byReport = new Map();
    for (const rule of rules) {
        for (const check of rule.checks) {
            if (check.attributes.system !== OVAL_CHECK_SYSTEM)
                continue;
            for (const ref of childrenNamed(check, 'check-content-ref')) {
                const { href, name } = ref.attributes;
                if (!href?.startsWith('#') || !name)
                    continue;
                const report = href.slice(1);
                let names = byReport.get(report);
                if (!names)
                    byReport.set(report, (names = new Set()));
                names.add(name);
            }
        }
    }
    return byReport;
}

/**
 * The evidence of a failing rule, as the scan recorded it: for an OVAL check, the tests that decided the
 * definition's result, each with what it looked at (the object) and what it found (the collected items);
 * for an SCE check, the script's output. Plain data; every string came from the scanned image or the
 * content and is untrusted (reports escape it). Secrets are redacted before they get here (redact.ts).
 */
/** OVAL result values (OVAL 5.11 ResultEnumeration). */
const OVAL_RESULT_VALUES = [
    'true',
    'false',
    'unknown',
    'error',
    'not evaluated',
    'not applicable',
];
/** Caps that keep each rule's evidence small whatever the scan holds. */
const EVIDENCE_LIMITS = {
    testsPerRule: 5,
    itemsPerTest: 5,
    outputLines: 10,
    /** Characters of one value; longer ones are cut with an ellipsis. */
    valueChars: 500,
};

/**
 * Which of a test's collected items made its result what it is: the culprits the evidence names first.
 * OVAL (5.11, Part 3 §5.3.3) decides a test in two steps: `check_existence` over the items' statuses, then,
 * when that passed and the test has a state, `check` over each item's comparison with the state. OpenSCAP
 * records the second step in each `tested_item`'s result and leaves every item "not evaluated" when the
 * first step decided (oval_resultTest.c: `_oval_result_test_evaluate_items`, `eval_check_state`).
 */
const NOT_EVALUATED = 'not evaluated';
function invert$1(result) {
    return result === 'true' ? 'false' : result === 'false' ? 'true' : result;
}
/**
 * The state results of the items that made `check` come out `result`, given how many items had each
 * result (`tally`). For `all` and `at least one` the items that agree with the test (a false item fails
 * `all`; every item was false when `at least one` failed); for `none satisfy` those that disagree (an item
 * that met the state fails it); for `only one`, the true items when there were too many of them, else the
 * false ones. An `error` or `unknown` test: the items with that result.
 */
function decidingResults(result, check, tally) {
    if (result !== 'true' && result !== 'false')
        return [result];
    switch (check) {
        case 'none satisfy':
        case 'none exist': // OVAL 5.3's name for `none satisfy`, still allowed
            return [invert$1(result)];
        case 'only one':
            return result === 'true' || (tally.get('true') ?? 0) > 1 ? ['true'] : ['false'];
        default: // `all`, `at least one`
            return [result];
    }
}
/**
 * The statuses of the items that decided a test the existence check decided: a test that came out true
 * was made so by items that exist; a false `none_exist` or `only_one_exists` by the items that exist;
 * any other false one (`at_least_one_exists`, the default, and `all_exist`) by items that do not.
 */
function decidingStatuses(result, existence) {
    if (result === 'true')
        return ['exists'];
    if (result === 'false')
        return existence === 'none_exist' || existence === 'only_one_exists' ? ['exists'] : ['does not exist'];
    return ['error', 'not collected'];
}
/**
 * The culprits of `test`, whose items had the state results counted in `tally` (by result, every item,
 * kept or not). No items, or a result OVAL does not define, name none.
 */
function culpritsOf(test, tally) {
    const result = test.result;
    const items = [...tally.values()].reduce((sum, n) => sum + n, 0);
    if (result === undefined || items === 0)
        return { by: 'none' };
    const compared = [...tally].some(([value, n]) => n > 0 && value !== NOT_EVALUATED && value !== OTHER_BUCKET);
    if (!compared)
        return { by: 'status', statuses: new Set(decidingStatuses(result, test.checkExistence)) };
    const results = new Set(decidingResults(result, test.check, tally));
    const count = [...results].reduce((sum, value) => sum + (tally.get(value) ?? 0), 0);
    return count > 0 ? { by: 'result', results, count } : { by: 'none' };
}
/** Whether an item (its tested result and status) is one of `culprits`; undefined when they name none. */
function isCulprit(culprits, item) {
    if (culprits.by === 'none')
        return undefined;
    if (culprits.by === 'result')
        return culprits.results.has(item.result ?? '');
    // OVAL's item status defaults to `exists`.
    return culprits.statuses.has(item.status ?? 'exists');
}

const REDACTED_HASH = '[password hash redacted]';
/** The value of something named like a secret (`DB_PASSWORD=…`, `--token …`). */
const REDACTED_VALUE = '[value redacted]';
/** A secret known by its form: a URL's password, a private key. */
const REDACTED_SECRET = '[secret redacted]';
const MARKERS = [REDACTED_HASH, REDACTED_VALUE, REDACTED_SECRET];
/**
 * Password fields that hold no hash: empty, locked or disabled (`!`, `*`, `!!`, `!*`, Solaris `*LK*` and
 * `NP`), or `x` (passwd: the hash is in the shadow file). They say something and are safe to show.
 */
const NOT_A_HASH = /^(?:[!*]+|x|\*LK\*|NP)$/;
/** What a password field is, without its value: empty, a lock marker, or a hash (redacted). */
function describePasswordField(field) {
    if (field === '')
        return '(empty: no password)';
    if (NOT_A_HASH.test(field) || MARKERS.includes(field))
        return field;
    // A lock prefix says the account is locked; what follows it is still the hash.
    const lock = /^[!*]+/.exec(field)?.[0] ?? '';
    return `${lock}${REDACTED_HASH}`;
}
/**
 * Files laid out as `name:password:…`: shadow, gshadow, passwd, master.passwd, opasswd, htpasswd, and their
 * backups (`shadow-`, `shadow.bak`, `shadow~`, `/etc/tcb/alice/shadow`), in any case. PAM's files of the
 * same names (`/etc/pam.d/passwd`) are settings, not accounts.
 */
const SHADOW_FILE = /(?:^|\/)[^/]*(?:shadow|passwd)[^/]*$/i;
const PAM_FILE = /(?:^|\/)pam\.d\//;
/** opasswd (pam_unix's old passwords) is `name:uid:count:hash,hash…`: its hashes are the fourth field. */
const OPASSWD_FILE = /(?:^|\/)opasswd[^/]*$/i;
/** Private keys whose lines a pattern may match one by one, without the PEM armour around them. */
const PRIVATE_KEY_FILE = /(?:^|\/)(?:id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?|ssh_host_\w+_key|[^/]+\.key)$|\/private\//;
/** Characters a password hash and its parameters are written with (crypt's alphabet, `$`, `,`, `=`, `+`). */
const HASH_CHARS = /^[./0-9A-Za-z$,=+]+$/;
/**
 * A traditional DES crypt hash: 13 characters of the crypt alphabet. An account name can look the same, so
 * one made of lowercase letters only (what DES gives about once in 100,000 hashes) is taken for a name.
 */
function looksLikeDes(text) {
    return /^[./0-9A-Za-z]{13}$/.test(text) && !/^[a-z]+$/.test(text);
}
/**
 * A field before the password field that is safe to show: a number (opasswd's uid), or an account name. A
 * match may start inside the hash, so a name that could be (part of) one is not taken for an account: one
 * with a `$`, DES- or BSDi-shaped, or written in hash characters only and not as a lowercase name. A name
 * with a character no hash has (`www-data`, `_apt`, whatever an attacker wrote) is no hash.
 */
function safeBeforePassword(field) {
    const name = field.trim();
    if (/^\d*$/.test(name))
        return true;
    if (name.includes('$') || looksLikeDes(name) || /^_[./0-9A-Za-z]{19}$/.test(name))
        return false;
    return !HASH_CHARS.test(name) || /^[a-z][a-z0-9.]*$/.test(name);
}
/**
 * One line of a shadow-like file with its password field described. The text a pattern matched may start
 * mid-line, so a field before the password field is kept only when it reads as an account name (else it
 * may be the hash itself: `HASH:19000`); fields after it (dates, uid, home, shell, members) never hold it.
 * A number of a few digits where the password should be shows the match started later: kept.
 */
function redactShadowLine(line, passwordIndex) {
    const fields = line.split(':');
    if (fields.length < 2)
        return line.trim() === '' || /^\d+$/.test(line.trim()) ? line : REDACTED_HASH;
    return fields
        .map((field, i) => {
        if (i < passwordIndex)
            return safeBeforePassword(field) ? field : describePasswordField(field);
        if (i === passwordIndex)
            return /^\d{1,12}$/.test(field) ? field : describePasswordField(field);
        return field;
    })
        .join(':');
}
/** Every line of a shadow-like file's matched text, with its password field described. */
function redactShadowText(text, passwordIndex) {
    return text
        .split('\n')
        .map((line) => redactShadowLine(line, passwordIndex))
        .join('\n');
}
/**
 * Password hashes by their form, anywhere in text: modular crypt (`$1$` MD5, `$2a$`… bcrypt, `$5$` `$6$`
 * SHA-crypt, `$7$` `$y$` `$gy$` scrypt and yescrypt, `$apr1$`, `$md5$`/`$md5,rounds=…$` SunMD5, `$sha1$`,
 * `$argon2…$`, `$scrypt$`, `$pbkdf2…$` as passlib writes them, phpass `$P$`/`$H$`), LDAP's `{SSHA}`,
 * `{CRYPT}`… prefixes, GRUB's `grub.pbkdf2.…` and BSDi extended DES (`_` and 19 characters).
 */
const HASHES = [
    /\{(?:S?SHA(?:256|384|512)?|S?MD5|CRYPT|PBKDF2[\w-]*|ARGON2\w*|BCRYPT|SCRYPT|CLEARTEXT)\}[^\s'"`;,<>|]+/gi,
    /\$(?:1|2[abxy]?|5|6|7|y|gy|P|H|apr1|md5(?:,rounds=\d+)?|sha1|argon2(?:id|i|d)|scrypt|pbkdf2[\w-]*|bcrypt[\w-]*)\$[^\s:'"`;<>|]{2,}/g,
    /\bgrub\.pbkdf2\.[^\s'"`;<>|]+/g,
];
/** BSDi's count and salt are crypt characters too: required to hold a digit, capital or dot, not a path. */
const BSDI_HASH = /(^|[\s:=,'"])(_[./0-9A-Za-z]{19})(?=$|[\s:,'";])/gm;
/** Replaces anything that looks like a password hash in free text. */
function redactHashes(text) {
    let redacted = text;
    for (const pattern of HASHES)
        redacted = redacted.replace(pattern, REDACTED_HASH);
    return redacted.replace(BSDI_HASH, (match, before, hash) => /[0-9A-Z.]/.test(hash) ? `${before}${REDACTED_HASH}` : match);
}
/**
 * A `name:DES-hash:` line in any file (a shadow backup under another name, a passwd with hashes, a script
 * that printed one): the field after an account name, 13 crypt characters then a `:`. Other hash forms
 * are caught by {@link redactHashes} wherever they are.
 */
const DES_LINE = /(^|[\s'"=])([A-Za-z_][\w.-]*:)([!*]*)([./0-9A-Za-z]{13})(?=:)/gm;
function redactDesLines(text) {
    return text.replace(DES_LINE, (match, before, name, lock, hash) => looksLikeDes(hash) ? `${before}${name}${lock}${REDACTED_HASH}` : match);
}
/**
 * PEM private keys (`-----BEGIN … PRIVATE KEY-----`, PGP's `… PRIVATE KEY BLOCK-----`): the key material
 * up to the end armour, or to the end of the text when a line or a cut left none.
 */
const PRIVATE_KEY = /(-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----)(\s*)[\s\S]*?(\s*)(-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)/g;
function redactPrivateKeys(text) {
    return text.replace(PRIVATE_KEY, (_m, begin, gap, endGap, end) => end
        ? `${begin}${gap || ' '}${REDACTED_SECRET}${endGap || ' '}${end}`
        : `${begin}${gap || ' '}${REDACTED_SECRET}`);
}
/**
 * Credentials in a URL (`postgres://app:pw@db`, `redis://:pw@cache`): the password goes, scheme, user and
 * host stay. Userinfo without a password is a key in many services' URLs (Sentry's DSN), so it goes.
 */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#]*)@/gi;
function redactUrlCredentials(text) {
    return text.replace(URL_USERINFO, (_m, scheme, userinfo) => {
        const colon = userinfo.indexOf(':');
        return colon < 0
            ? `${scheme}${REDACTED_SECRET}@`
            : `${scheme}${userinfo.slice(0, colon)}:${REDACTED_SECRET}@`;
    });
}
/**
 * Words that make a name a secret's, in an environment variable, a `KEY=value` line or a command-line
 * option. Matched in the name upper-cased with camelCase split (`apiKey` → `API_KEY`). `AUTH` not in
 * `AUTHOR…` (XAUTHORITY, AuthorizedKeysFile); `PASS` and `KEY` only as words of their own (`DB_PASS`,
 * `SSH_KEY`, not `KEYBOARD`), or at the end (`DBPASS`).
 */
const SECRET_WORDS = /PASSW(?:OR)?D|PASSPHRASE|PWD|SECRET|TOKEN|CREDENTIAL|CREDS|PRIVATE|COOKIE|SESSION|JWT|DSN|APIKEY|ACCESSKEY|AUTH(?!OR)/;
const SECRET_TOKENS = /(?:^|[^A-Z0-9])(?:PASS|KEY|PSK)(?:$|[^A-Z0-9])|PASS$/;
/** Whether a variable, setting or option of this name holds a secret by convention. */
function isSecretName(name) {
    const upper = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
    // The shell's working directories, not passwords.
    if (/^(?:OLD)?PWD$/.test(upper))
        return false;
    // login.defs' PASS_MAX_DAYS, PASS_MIN_LEN…: how passwords are kept, what the STIG checks.
    return SECRET_WORDS.test(upper) || (SECRET_TOKENS.test(upper) && !/^PASS_/.test(upper));
}
/**
 * Values a secret-named setting can hold that are no secret and are the evidence: an on/off switch (sshd's
 * `PasswordAuthentication=no`), a file's path (`SSL_KEY_FILE=/etc/ssl/private/x.key`), or a value
 * redaction already replaced.
 */
function harmlessValue(value) {
    const bare = value.trim().replace(/^(["'])(.*)\1$/, '$2');
    return (/^(?:yes|no|true|false|on|off|none|null|)$/i.test(bare) ||
        /^\/[\w.@+-]+(?:\/[\w.@+-]+)+$/.test(bare) ||
        MARKERS.some((marker) => bare.includes(marker)));
}
/** `NAME=value`, `export NAME="value"`, `name: value` as a whole line: the value is the rest of it. */
const LINE_ASSIGNMENT = /^([ \t]*(?:export[ \t]+)?["']?)([A-Za-z_][\w.-]*)(["']?[ \t]*[=:][ \t]*)(.*?)[ \t]*$/gm;
/**
 * `NAME=value` inside a line (`env DB_PASS=x app`, `--password=x`, `?token=x&…`): up to a separator, and
 * not a marker a rule before this one left.
 */
const INLINE_ASSIGNMENT = /(^|[\s;&?'"(])(-{0,2}[A-Za-z_][\w.-]*)(=)((?!\[[a-z ]+ redacted\])[^\s&;,'")]+)/g;
/** `--token value`: an option's separate argument (not one that is the next option). */
const OPTION_ARGUMENT = /(^|\s)(--?[A-Za-z][\w-]*)([ \t]+)((?!\[[a-z ]+ redacted\])[^\s-]\S*)/g;
function redactNamedValues(text) {
    const replace = (match, before, name, sep, value) => isSecretName(name.replace(/^-+/, '')) && !harmlessValue(value)
        ? `${before}${name}${sep}${REDACTED_VALUE}`
        : match;
    return text
        .replace(LINE_ASSIGNMENT, replace)
        .replace(INLINE_ASSIGNMENT, replace)
        .replace(OPTION_ARGUMENT, replace);
}
/**
 * Free text from the image with every secret found by its form or its name replaced: private keys, URL
 * credentials, password hashes, `name:hash:` lines, and values of secret-named settings and options.
 * The one text pass every evidence path uses; run it on the whole value, before it is cut.
 */
function redactText(text) {
    return redactNamedValues(redactDesLines(redactHashes(redactUrlCredentials(redactPrivateKeys(text)))));
}
/**
 * A variable's value through {@link redactText}, and replaced whole when it is nothing but a DES-shaped
 * token: a local variable can hold a field an object collected (a shadow password field), and alone its
 * form is all there is to tell it by. A file name (`libcrypto.so3`) is kept.
 */
function redactVariableValue(value) {
    const bare = value.trim();
    if (looksLikeDes(bare) && !/^[\w-]+\.[a-z0-9]{1,4}$/i.test(bare))
        return REDACTED_HASH;
    return redactText(value);
}
function fieldValue(fields, name) {
    return fields.find((field) => field.name === name)?.value;
}
/** The file an item is about, from `filepath` or `path` + `filename`. */
function itemFile(fields) {
    const filepath = fieldValue(fields, 'filepath');
    if (filepath)
        return filepath;
    const path = fieldValue(fields, 'path');
    const filename = fieldValue(fields, 'filename');
    if (path && filename)
        return `${path.replace(/\/+$/, '')}/${filename}`;
    return path ?? filename;
}
/** Fields holding what a pattern matched in a file. */
const MATCHED_TEXT = new Set(['text', 'line']);
/** Unix items whose `password` field is the account's password field (shadow_item, password_item). */
const PASSWORD_ITEM = /^(?:shadow|password)_item$/;
/**
 * An item's fields with secrets replaced. A shadow-like file's matched text keeps its accounts and
 * describes each line's password field; a subexpression is kept only when it is one of those accounts,
 * a lock marker, a number or a bare hash algorithm (`$6$`), else redacted (unsure, in such a file, means
 * secret). A private key file's text goes whole. A shadow_item's or password_item's password field is
 * described whatever it holds. An environment variable with a secret-sounding name loses its value. Then
 * every field goes through {@link redactText}.
 */
function redactItemFields(type, fields) {
    const file = itemFile(fields);
    const shadow = file !== undefined && SHADOW_FILE.test(file) && !PAM_FILE.test(file);
    const passwordIndex = file !== undefined && OPASSWD_FILE.test(file) ? 3 : 1;
    const keyFile = file !== undefined && PRIVATE_KEY_FILE.test(file) && !file.endsWith('.pub');
    const accounts = new Set();
    if (shadow) {
        for (const field of fields)
            if (MATCHED_TEXT.has(field.name))
                for (const line of field.value.split('\n')) {
                    const first = line.split(':')[0] ?? '';
                    if (line.includes(':') && first.trim() !== '' && safeBeforePassword(first))
                        accounts.add(first);
                }
    }
    const secretVariable = type.startsWith('environmentvariable') && isSecretName(fieldValue(fields, 'name') ?? '');
    return fields.map((field) => {
        let value = field.value;
        if (keyFile && MATCHED_TEXT.has(field.name))
            value = value === '' ? value : REDACTED_SECRET;
        else if (shadow && MATCHED_TEXT.has(field.name))
            value = redactShadowText(value, passwordIndex);
        else if (shadow && field.name === 'subexpression') {
            const safe = accounts.has(value) || /^[!*]*$/.test(value) || /^\d+$/.test(value) || /^\$[a-z0-9-]+\$$/.test(value);
            if (!safe)
                value = value.includes(':') ? redactShadowText(value, passwordIndex) : REDACTED_HASH;
        }
        else if (PASSWORD_ITEM.test(type) && field.name === 'password')
            value = describePasswordField(value);
        else if (secretVariable && field.name === 'value')
            value = REDACTED_VALUE;
        value = redactText(value);
        return value === field.value ? field : { ...field, value, redacted: true };
    });
}

/**
 * Turns what the OVAL collector kept into the typed evidence of one definition: its deciding tests, each
 * with its comment, object (what it looked at), state (what it expected) and items (what it found).
 */
/** Children of objects and states that are not values to show. */
const NOT_A_VALUE = new Set(['behaviors', 'set', 'filter', 'notes', 'signature']);
function clipValue(text) {
    const max = EVIDENCE_LIMITS.valueChars;
    return text.length <= max ? text : `${Array.from(text.slice(0, max)).slice(0, -1).join('')}…`;
}
function ovalResult(raw) {
    // Anything else is no known result: reported as an error, never as a pass.
    return OVAL_RESULT_VALUES.includes(raw ?? '') ? raw : 'error';
}
/** A field's value cut to the limit, after redaction (a secret cut short would slip past its pattern). */
function clipField(field) {
    const value = clipValue(field.value);
    return value === field.value ? field : { ...field, value };
}
/** Text from the image, redacted, then cut. */
function redactedText(text) {
    return clipValue(redactText(text));
}
/**
 * The value fields of an object, state or item, whole (callers redact, then clip). A value given by a
 * variable shows the value the scan used (from `variables`, the test's `tested_variable`s or the object's
 * `variable_value`s) when known; those values were redacted as read.
 */
function valueFields(node, variables = new Map()) {
    return node.children
        .filter((child) => !NOT_A_VALUE.has(child.name) && child.attributes.nil !== 'true')
        .map((child) => {
        const field = {
            name: child.name,
            value: child.attributes.var_ref
                ? (variables.get(child.attributes.var_ref) ?? `(variable ${child.attributes.var_ref})`)
                : allText(child),
        };
        const operation = child.attributes.operation;
        if (operation && operation !== 'equals')
            field.operation = operation;
        if (child.attributes.status && child.attributes.status !== 'exists')
            field.value = field.value || `(${child.attributes.status})`;
        return field;
    });
}
function messages(node) {
    return childrenNamed(node, 'message').map((m) => redactedText(allText(m).trim()));
}
/**
 * Variable values by id, from `tested_variable` or `variable_value` children, redacted: a local variable
 * can hold what an object collected from the image.
 */
function variableValues(node, name) {
    return new Map(childrenNamed(node, name).map((v) => [v.attributes.variable_id ?? '', redactVariableValue(allText(v))]));
}
function objectEvidence(report, objectId) {
    const object = report.get('object', objectId);
    const collected = report.get('collectedObject', objectId);
    const evidence = {
        id: objectId,
        type: object?.name ?? 'object',
        fields: object ? valueFields(object, variableValues(collected, 'variable_value')).map(clipField) : [],
        variables: childrenNamed(collected, 'variable_value').map((v) => {
            const read = allText(v);
            const value = redactVariableValue(read);
            const field = { name: v.attributes.variable_id ?? '', value: clipValue(value) };
            if (value !== read)
                field.redacted = true;
            return field;
        }),
        messages: messages(collected),
    };
    const flag = collected?.attributes.flag;
    if (flag)
        evidence.flag = flag;
    return evidence;
}
function itemEvidence(report, id, testResult) {
    const item = report.get('item', id);
    const type = item?.name ?? 'item';
    const evidence = {
        id,
        type,
        fields: item ? redactItemFields(type, valueFields(item)).map(clipField) : [],
    };
    if (item?.attributes.status)
        evidence.status = item.attributes.status;
    const tested = childrenNamed(testResult, 'tested_item').find((t) => t.attributes.item_id === id);
    if (tested?.attributes.result)
        evidence.result = ovalResult(tested.attributes.result);
    if (!item && report.dropped('item', id))
        evidence.fields = [{ name: 'note', value: 'too large to read' }];
    return evidence;
}
/**
 * The chosen items, culprits first (a test decided by the existence check tells them only by the status
 * each item read has), and how many culprits there are in all, where that is known.
 */
function chosenItems(report, testId, result) {
    const chosen = report.chosenItems.get(testId);
    if (!chosen)
        return { items: [] };
    const items = chosen.ids.map((id) => itemEvidence(report, id, result));
    for (const item of items) {
        const culprit = isCulprit(chosen.culprits, item);
        if (culprit !== undefined)
            item.culprit = culprit;
    }
    const ordered = [...items.filter((item) => item.culprit), ...items.filter((item) => !item.culprit)];
    if (chosen.culprits.by === 'result')
        return { items: ordered, culprits: chosen.culprits.count };
    // By status: exact only when every item was read.
    if (chosen.culprits.by === 'status' && chosen.omitted === 0)
        return { items: ordered, culprits: ordered.filter((item) => item.culprit).length };
    return { items: ordered };
}
function testEvidence(report, testId, negated) {
    const test = report.get('test', testId);
    const result = report.get('testResult', testId);
    const chosen = report.chosenItems.get(testId);
    const { items, culprits } = chosenItems(report, testId, result);
    const evidence = {
        id: testId,
        type: test?.name ?? 'test',
        result: ovalResult(result?.attributes.result),
        negated,
        items,
        itemsOmitted: chosen?.omitted ?? 0,
        messages: messages(result),
    };
    if (culprits !== undefined)
        evidence.culprits = culprits;
    if (report.dropped('testResult', testId))
        evidence.messages.push('its result is too large to read here (over 4 MiB); see the ARF');
    const comment = test?.attributes.comment?.trim();
    if (comment)
        evidence.comment = clipValue(comment);
    const check = result?.attributes.check ?? test?.attributes.check;
    if (check)
        evidence.check = check;
    const existence = result?.attributes.check_existence ?? test?.attributes.check_existence;
    if (existence)
        evidence.checkExistence = existence;
    const objectRef = report.objectOf(testId);
    if (objectRef)
        evidence.object = objectEvidence(report, objectRef);
    const stateRef = test?.children.find((c) => c.attributes.state_ref)?.attributes.state_ref;
    const state = stateRef ? report.get('state', stateRef) : undefined;
    if (stateRef && state) {
        const variables = variableValues(result, 'tested_variable');
        evidence.state = { id: stateRef, type: state.name, fields: valueFields(state, variables).map(clipField) };
    }
    return evidence;
}
/** The evidence of `definitionId` in `report`, or undefined when the report holds no result for it. */
function ovalEvidence(report, definitionId) {
    const result = report.get('definitionResult', definitionId);
    const decided = report.deciding.get(definitionId);
    if (!result || !decided)
        return undefined;
    const definition = report.get('definition', definitionId);
    const evidence = {
        kind: 'oval',
        report: report.id,
        definitionId,
        definitionResult: ovalResult(result.attributes.result),
        tests: decided.tests.map((t) => testEvidence(report, t.testId, t.negated)),
        testsOmitted: decided.omitted,
    };
    const title = allText(childNamed(childNamed(definition, 'metadata'), 'title') ?? emptyNode).trim();
    if (title)
        evidence.title = clipValue(title);
    return evidence;
}
const emptyNode = { text: '', children: [] };

/**
 * Evidence of SCE (script) checks: OpenSCAP records a script's output in the rule-result, as
 * `<check-import import-name="stdout">` (and `stderr`), in XCCDF results and ARF alike.
 */
/** The SCE evidence of a failing rule-result, or undefined when it ran no SCE check. */
function sceEvidence(rule) {
    const check = rule.checks.find((c) => c.attributes.system === SCE_CHECK_SYSTEM);
    if (!check)
        return undefined;
    const script = childrenNamed(check, 'check-content-ref')[0]?.attributes.href ?? '(script)';
    const lines = childrenNamed(check, 'check-import')
        .filter((i) => i.attributes['import-name'] === 'stdout' || i.attributes['import-name'] === 'stderr')
        // The whole output is redacted before it is split and cut: a private key spans lines.
        .flatMap((i) => redactText(allText(i)).split(/\r?\n/))
        .map((line) => line.trimEnd())
        .filter((line) => line.trim() !== '');
    const output = lines
        .slice(0, EVIDENCE_LIMITS.outputLines)
        .map((line) => line.length <= EVIDENCE_LIMITS.valueChars ? line : `${line.slice(0, EVIDENCE_LIMITS.valueChars - 1)}…`);
    return { kind: 'sce', script, output, outputOmitted: lines.length - output.length };
}

/** Sets `evidence` on the failing rules of `results` (read from `carved`) and `evidenceFrom`. */
function attachEvidence(results, carved, collector) {
    results.evidenceFrom = carved.root.name === 'asset-report-collection' ? 'arf' : 'xccdf';
    const chosen = carved.testResults[carved.testResults.length - 1];
    const failingRules = results.rules.filter((r) => isFailing(r.result));
    if (!chosen || failingRules.length === 0)
        return;
    // Rule-results in document order, so that a rule checked twice gets each check's own evidence.
    const failing = collector.failingRules(chosen.xml);
    let next = 0;
    for (const rule of failingRules) {
        const parsed = failing[next]?.ruleId === rule.ruleId ? failing[next++] : undefined;
        const sce = parsed && sceEvidence(parsed);
        if (sce) {
            rule.evidence = sce;
            continue;
        }
        for (const check of rule.checks) {
            if (check.system !== OVAL_CHECK_SYSTEM || !check.href?.startsWith('#') || !check.name)
                continue;
            const report = collector.reports.get(check.href.slice(1));
            const evidence = report && ovalEvidence(report, check.name);
            if (evidence) {
                rule.evidence = evidence;
                break;
            }
        }
    }
}

const NOTHING = new Set();
const SECTIONS = [
    'definition',
    'test',
    'object',
    'state',
    'definitionResult',
    'testResult',
    'collectedObject',
    'item',
];
/** What was kept of one OVAL results report. */
class OvalReport {
    id;
    wanted = new Map(SECTIONS.map((s) => [s, new Set()]));
    taken = new Map(SECTIONS.map((s) => [s, new Map()]));
    /** Deciding tests by definition id, and how many more there were. */
    deciding = new Map();
    /** Items chosen for each test result, in the order to show them, and how many were left out. */
    chosenItems = new Map();
    constructor(id, definitions) {
        this.id = id;
        for (const definition of definitions) {
            this.want('definition', definition);
            this.want('definitionResult', definition);
        }
    }
    /** The kept element, undefined when absent or dropped for its size. */
    get(section, id) {
        return this.taken.get(section).get(id);
    }
    /** True when the element was seen but too large to keep. */
    dropped(section, id) {
        const taken = this.taken.get(section);
        return taken.has(id) && taken.get(id) === undefined;
    }
    want(section, id) {
        if (!this.taken.get(section).has(id))
            this.wanted.get(section).add(id);
    }
    /** Keeps a wanted element; `elided` counts its per-item children the carver left out. */
    take(section, id, node, elided = new Map()) {
        this.wanted.get(section).delete(id);
        this.taken.get(section).set(id, node);
        if (!node)
            return;
        switch (section) {
            case 'definition':
                for (const ref of references(node, 'criterion', 'test_ref'))
                    this.want('test', ref);
                break;
            case 'test':
                for (const child of node.children) {
                    if (child.attributes.object_ref)
                        this.want('object', child.attributes.object_ref);
                    if (child.attributes.state_ref)
                        this.want('state', child.attributes.state_ref);
                }
                break;
            case 'definitionResult':
                this.decide(id, node);
                break;
            case 'testResult':
                this.chooseItems(id, node, elided);
                break;
            case 'collectedObject':
                this.itemsFromObject(id, node, elided);
                break;
        }
    }
    decide(definitionId, result) {
        const criteria = childNamed(result, 'criteria');
        const found = [];
        if (criteria)
            decidingCriteria(criteria, found);
        const unique = found.filter((t, i) => found.findIndex((u) => u.testId === t.testId) === i);
        const tests = unique.slice(0, EVIDENCE_LIMITS.testsPerRule);
        this.deciding.set(definitionId, { tests, omitted: unique.length - tests.length });
        for (const test of tests) {
            this.want('testResult', test.testId);
            const objectRef = this.objectOf(test.testId);
            if (objectRef)
                this.want('collectedObject', objectRef);
        }
    }
    /** The object a test looked at, from the test's definition. */
    objectOf(testId) {
        const test = this.get('test', testId);
        return test?.children.find((child) => child.attributes.object_ref)?.attributes.object_ref;
    }
    /**
     * The items to show for a test: those that made its result (culprits.ts), counted by their results
     * over every item, kept or left out by the carver; when none can be told apart, the first ones.
     */
    chooseItems(testId, result, elided) {
        const tested = childrenNamed(result, 'tested_item');
        if (tested.length === 0)
            return;
        const tally = new Map(elided);
        for (const item of tested) {
            const bucket = bucketOf(item.attributes.result);
            tally.set(bucket, (tally.get(bucket) ?? 0) + 1);
        }
        const test = this.get('test', testId)?.attributes;
        const culprits = culpritsOf({
            result: result.attributes.result,
            check: result.attributes.check ?? test?.check,
            checkExistence: result.attributes.check_existence ?? test?.check_existence,
        }, tally);
        const shown = culprits.by === 'result'
            ? tested.filter((item) => culprits.results.has(item.attributes.result ?? ''))
            : tested;
        this.setItems(testId, shown.map((item) => item.attributes.item_id ?? ''), total(tally), culprits);
    }
    itemsFromObject(objectId, collected, elided) {
        // Test results without tested_item (thin results): the object's own item references instead, with
        // nothing to tell which decided.
        for (const [testId] of this.taken.get('testResult')) {
            if (this.chosenItems.has(testId) || this.objectOf(testId) !== objectId)
                continue;
            const refs = childrenNamed(collected, 'reference').map((ref) => ref.attributes.item_ref ?? '');
            this.setItems(testId, refs, refs.length + total(elided), { by: 'none' });
        }
    }
    /** Shows the first of `ids` (in order), of `count` items in all. */
    setItems(testId, ids, count, culprits) {
        const kept = ids.filter(Boolean).slice(0, EVIDENCE_LIMITS.itemsPerTest);
        this.chosenItems.set(testId, { ids: kept, omitted: count - kept.length, culprits });
        for (const id of kept)
            this.want('item', id);
    }
}
function total(counts) {
    let sum = 0;
    for (const n of counts.values())
        sum += n;
    return sum;
}
/** Attribute `attribute` of every `name` element below `node`. */
function references(node, name, attribute) {
    const found = [];
    const walk = (n) => {
        if (n.name === name && n.attributes[attribute])
            found.push(n.attributes[attribute]);
        n.children.forEach(walk);
    };
    walk(node);
    return found;
}
function invert(result) {
    return result === 'true' ? 'false' : result === 'false' ? 'true' : result;
}
/**
 * The criteria's children that decided its result: under AND false (or OR true), those with that
 * result; when every child has it, all of them. A negated criteria decided the opposite of its result.
 */
function decidingCriteria(criteria, out) {
    const own = criteria.attributes.negate === 'true' ? invert(criteria.attributes.result) : criteria.attributes.result;
    const parts = criteria.children.filter((c) => c.name === 'criteria' || c.name === 'criterion');
    const agreeing = parts.filter((c) => c.attributes.result === own);
    for (const part of agreeing.length > 0 ? agreeing : parts) {
        if (part.name === 'criteria')
            decidingCriteria(part, out);
        else if (part.attributes.test_ref)
            out.push({ testId: part.attributes.test_ref, negated: part.attributes.negate === 'true' });
    }
}
/**
 * The sink the carver asks while it reads an ARF: which OVAL reports and which of their elements to keep.
 * The failing rules come from the TestResult, which oscap writes before the OVAL reports.
 */
class OvalCollector {
    byReport;
    failing;
    current;
    reports = new Map();
    /** The failing rule-results of the TestResult `xml`, parsed once for the collector and for the SCE evidence. */
    failingRules(xml) {
        if (this.failing?.xml !== xml)
            this.failing = { xml, rules: failingRuleResults(xml) };
        return this.failing.rules;
    }
    openReport(reportId, testResults) {
        if (this.byReport === undefined) {
            const last = testResults[testResults.length - 1];
            this.byReport = last ? failingDefinitionsByReport(this.failingRules(last.xml)) : new Map();
        }
        const definitions = reportId === undefined ? undefined : this.byReport.get(reportId);
        if (!definitions || this.reports.has(reportId))
            return false;
        this.current = new OvalReport(reportId, definitions);
        this.reports.set(reportId, this.current);
        return true;
    }
    wants(section, id) {
        return this.current?.wanted.get(section).has(id) ?? false;
    }
    wantedIds(section) {
        return this.current?.wanted.get(section) ?? NOTHING;
    }
    satisfied(section) {
        return (this.current?.wanted.get(section).size ?? 0) === 0;
    }
    take(section, id, xml, elided) {
        this.current?.take(section, id, xml === undefined ? undefined : parseFragment(xml), elided);
    }
    closeReport() {
        this.current = undefined;
    }
}

/**
 * Reading parsed XCCDF fragments: the one top-level element of a carved fragment, attributes, plain text
 * and language variants. Shared by the TestResult/header reader (xccdf.ts) and the Rule reader
 * (rule-metadata.ts).
 */
/** Raised for content that is well-formed XML but not usable results; the reader adds the file name. */
class XccdfContentError extends Error {
    name = 'XccdfContentError';
}
/** The one top-level element of a carved fragment; a fragment that does not parse is named in the error. */
function parseElement(xml, name) {
    let element;
    try {
        element = firstChild(parseXmlFragment(xml), name);
    }
    catch (error) {
        if (!(error instanceof XmlFragmentError))
            throw error;
        const id = attribute(xml.slice(0, xml.indexOf('>')), 'id');
        throw new XmlFragmentError(`in <${name}${id === undefined ? '' : ` id="${id}"`}>: ${error.message}`);
    }
    if (element === undefined)
        throw new XccdfContentError(`could not parse a <${name}> element`);
    return element;
}
function attr(element, name) {
    return element?.attributes[name];
}
/** Plain text of an element that may carry XHTML: markup dropped, white space normalised; undefined if empty. */
function plainText(element) {
    if (element === undefined)
        return undefined;
    const plain = normalizeWhitespace(textContent(element));
    return plain === '' ? undefined : plain;
}
/** The English (or first) of several language variants of a child element. */
function localizedElement(parent, name) {
    const variants = childElements(parent, name);
    return (variants.find((v) => (attr(v, 'xml:lang') ?? attr(v, 'lang') ?? 'en').startsWith('en')) ?? variants[0]);
}
/** The English (or first) text among several language variants of a child element. */
function localizedText(parent, name) {
    return plainText(localizedElement(parent, name));
}

/**
 * A benchmark's Rules, as carved, read into the metadata the model takes from them (title, idents,
 * checks, references, prose). Each Rule is parsed (by fast-xml-parser) at most once, and only when asked
 * for: a whole benchmark embedded in an ARF is mostly Rules the profile did not select, whose metadata
 * only a report that lists them reads (see xccdf.ts). A Group title shared by a Group's Rules is parsed
 * once.
 */
function parseIdents(parent) {
    return childElements(parent, 'ident').map((ident) => ({
        system: attr(ident, 'system') ?? '',
        value: normalizeWhitespace(textContent(ident)),
    }));
}
function parseChecks(parent) {
    return childElements(parent, 'check').flatMap((check) => {
        const system = attr(check, 'system') ?? '';
        const refs = childElements(check, 'check-content-ref');
        if (refs.length === 0)
            return [{ system }];
        return refs.map((ref) => ({ system, name: attr(ref, 'name'), href: attr(ref, 'href') }));
    });
}
/** The id of a carved Rule, from its start tag (the Rule itself is parsed only when a result needs it). */
function carvedRuleId(rule) {
    const id = attribute(rule.xml.slice(0, rule.xml.indexOf('>')), 'id');
    return id === undefined ? undefined : decodeXmlEntities(id);
}
/** The English (or first) of several language variants of a prose child, told from their start tags. */
function localizedProse(prose, name) {
    const variants = prose.filter((p) => p.name === name);
    return variants.find((v) => decodeXmlEntities(v.lang ?? 'en').startsWith('en')) ?? variants[0];
}
/** A carved Rule's description, rationale and fix text, chosen without parsing them. */
function ruleProse(carved) {
    return {
        description: localizedProse(carved.prose, 'description'),
        rationale: localizedProse(carved.prose, 'rationale'),
        fixText: localizedProse(carved.prose, 'fixtext'),
    };
}
/**
 * The Rules a TestResult names, by id, parsed on demand. A Rule with no id is an error whatever it is.
 * With two Rules of one id, the later one counts (as a map keeps it).
 */
class BenchmarkRules {
    byId = new Map();
    parsed = new Map();
    /** Group titles by their XML: the Rules of one Group share it. */
    groupTitles = new Map();
    constructor(carved, wanted) {
        for (const rule of carved) {
            const id = carvedRuleId(rule);
            if (!id)
                throw new XccdfContentError('a <Rule> without an id');
            if (wanted.has(id))
                this.byId.set(id, rule);
        }
    }
    /** The carved Rule of `id`, unparsed. */
    carved(id) {
        return this.byId.get(id);
    }
    /** Ids in document order (of the Rule kept for each). */
    ids() {
        return this.byId.keys();
    }
    /** The metadata of the Rule `id`, parsed on the first call; undefined when the benchmark has no such Rule. */
    metadata(id) {
        const known = this.parsed.get(id);
        if (known !== undefined)
            return known;
        const carved = this.byId.get(id);
        if (carved === undefined)
            return undefined;
        const meta = ruleMetadata(parseElement(carved.xml, 'Rule'), carved, this.groupTitle(carved.groupTitle));
        this.parsed.set(id, meta);
        return meta;
    }
    groupTitle(xml) {
        if (xml === undefined)
            return undefined;
        if (this.groupTitles.has(xml))
            return this.groupTitles.get(xml);
        const title = plainText(parseElement(xml, 'title'));
        this.groupTitles.set(xml, title);
        return title;
    }
}
/** Parses one carved Rule into its metadata. */
function ruleMetadata(rule, carved, groupTitle) {
    const meta = {
        severity: attr(rule, 'severity'),
        weight: attr(rule, 'weight'),
        title: localizedText(rule, 'title'),
        version: plainText(firstChild(rule, 'version')),
        prose: ruleProse(carved),
        idents: parseIdents(rule),
        references: referenceTexts(carved.references),
        checks: parseChecks(rule),
        groupIds: carved.groupIds,
    };
    if (groupTitle)
        meta.groupTitle = groupTitle;
    return meta;
}
/**
 * The references the model reads: those that can name an SRG, a CCI (SSG's `<reference
 * href="https://public.cyber.mil/stigs/cci/">CCI-000366</reference>`) or an SP 800-53 control (SSG's
 * references to NIST's SP 800-53 publication). The carver keeps only the references whose XML has one of
 * `SRG-`, `CCI-`, `800-53`, an entity or character reference or a comment (see carve.ts): the others
 * cannot name one in their text either. They are parsed all of a Rule's at once.
 */
function referenceTexts(references) {
    if (references.length === 0)
        return [];
    // <reference> is free text or Dublin Core children; either way its words are what we search.
    return childElements(parseReferences(references.join('')), 'reference').map((reference) => ({
        href: attr(reference, 'href') ?? '',
        text: textContent(reference),
    }));
}
function parseReferences(xml) {
    try {
        return parseXmlFragment(xml);
    }
    catch (error) {
        if (!(error instanceof XmlFragmentError))
            throw error;
        throw new XmlFragmentError(`in a <reference>: ${error.message}`);
    }
}
/** The error a Rule's metadata read on demand gives: the file and the rule named. */
function onDemandError(source, ruleId, error) {
    if (error instanceof XmlFragmentError || error instanceof XccdfContentError)
        return new cli.ResultsFormatError(source, `rule ${ruleId}: ${error.message}`);
    return error;
}
/**
 * Gives `outcome` its description, rationale and fix text as properties computed on first read and then
 * kept: they are most of a benchmark's text, and only reports about failing rules read them, so each is
 * parsed (by fast-xml-parser, like every fragment) only then. Prose that does not parse is an error naming
 * the file and the rule, when it is read. Empty elements give no property.
 */
function defineProse(source, outcome, prose) {
    for (const key of ['description', 'rationale', 'fixText']) {
        const carved = prose[key];
        // Only white space (or nothing) is no prose: no property, as for a missing element.
        if (carved === undefined || carved.empty)
            continue;
        defineOnDemand(outcome, [key], () => {
            try {
                // Text without markup or references is its own plain text: no parse (a third of the prose
                // of real benchmarks, most rationales).
                const value = carved.plain !== undefined
                    ? normalizeWhitespace(carved.plain) || undefined
                    : plainText(parseElement(carved.xml, carved.name));
                return { [key]: value };
            }
            catch (error) {
                throw onDemandError(source, outcome.ruleId, error);
            }
        });
    }
}
/**
 * Gives `target` the enumerable properties `keys`, computed together by `compute` on the first read of
 * any of them and kept from then on as plain data properties (a property assigned before is kept as
 * assigned). An error `compute` throws is thrown by that read, naming what it names.
 */
function defineOnDemand(target, keys, compute) {
    const getters = new Map();
    const settle = (values) => {
        for (const key of keys) {
            if (Object.getOwnPropertyDescriptor(target, key)?.get !== getters.get(key))
                continue;
            Object.defineProperty(target, key, {
                value: values[key],
                enumerable: true,
                writable: true,
                configurable: true,
            });
        }
    };
    for (const key of keys) {
        const get = () => {
            settle(compute());
            return target[key];
        };
        getters.set(key, get);
        Object.defineProperty(target, key, {
            enumerable: true,
            configurable: true,
            get,
            set(value) {
                Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
            },
        });
    }
}
/** {@link onDemandError}, for the Rule metadata that xccdf.ts reads on demand. */
function ruleMetadataError(source, ruleId, error) {
    return onDemandError(source, ruleId, error);
}

/**
 * Parses the carved XCCDF fragments (Rules, TestResult, Benchmark header) with fast-xml-parser and joins
 * each rule-result to its Rule by `idref`. Only the Rules the TestResult names are parsed: a full
 * benchmark (1,500 Rules in a 16 MB Benchmark for a few hundred rule-results) is mostly Rules a scan never
 * judged. One-or-many elements are normalised here, once; result values and severities are
 * checked against XCCDF's lists, and anything else is an error, never a pass.
 */
const DISA_RULE_ID = /(SV-\d+)(r\d+)?/;
const VULN_ID = /(?:^|[^S])(V-\d+)\b/;
const SRG_ID = /\bSRG-[A-Z]+-\d+(?:-[A-Z]+-\d+)?\b/g;
const CCI_ID = /\bCCI-\d+\b/g;
/**
 * SSG's control ids: `AC-2(4)`, `CM-6(a)`, `AU-2(d)`, `AC-17(2)`, `IA-5(1)(c)`; some spaced as DISA writes
 * them (`AC-6 (1)`, `CM-7 (5) (b)`, `CM-6 b`), and a few SP 800-53A assessment objectives (`CM-6.1(iv)`,
 * `CM-5(6).1`).
 */
const SP_800_53_ID = /\b[A-Z]{2}-\d+(?:\s*\([0-9a-z]+\))*(?:\.\d+(?:\s*\([0-9a-z]+\))*)?(?:\s+[a-z]\b)?/g;
/**
 * An SP 800-53 id written as SSG writes them (`AC-2(4)`, `CM-6(a)`, `IA-5(1)(c)`) in DISA's form, the form
 * the CCI map gives and OSCAL's ids are made from: `AC-2 (4)`, `CM-6 a`, `IA-5 (1) (c)`.
 */
function normalizeControlId(id) {
    // An SP 800-53A assessment objective (`CM-6.1(iv)`, `CM-5(6).1`) is a part of its control's assessment:
    // the control (`CM-6`, `CM-5 (6)`).
    const objective = /^([^.]+)\.\d/.exec(id);
    if (objective)
        return normalizeControlId(objective[1]);
    // DISA's own spacing (`CM-6 b`): the item as SSG writes it, `CM-6(b)`.
    const [family, ...parts] = id
        .replace(/\s+([a-z])$/, '($1)')
        .replace(/\s+/g, '')
        .split(/[()]+/)
        .filter(Boolean);
    let enhanced = false;
    let text = family ?? id;
    for (const part of parts) {
        if (/^\d+$/.test(part) && !enhanced) {
            enhanced = true;
            text += ` (${part})`;
        }
        else {
            text += enhanced ? ` (${part})` : ` ${part}`;
        }
    }
    return text;
}
/** Whether a reference's href names NIST SP 800-53 (SSG: `…/NIST.SP.800-53r4.pdf`). */
function namesSp80053(href) {
    return /800-53/.test(href);
}
/** Whether a reference's href is DISA's CCI list (`https://public.cyber.mil/stigs/cci/`). */
function namesCci(href) {
    return /cyber\.mil\/stigs\/cci|\/cci\b/i.test(href);
}
/** STIG identifiers from a rule's id, its Groups and its idents/references. */
function stigIdentifiers(ruleId, idents, groupIds, references) {
    const stig = { cci: [], srg: [] };
    const nist = [];
    const disa = DISA_RULE_ID.exec(ruleId);
    if (disa) {
        stig.ruleId = disa[1];
        if (disa[2])
            stig.revision = disa[2];
    }
    const vuln = [...groupIds]
        .reverse()
        .map((id) => VULN_ID.exec(id)?.[1])
        .find(Boolean) ?? idents.map((i) => /^V-\d+$/.exec(i.value)?.[0]).find(Boolean);
    if (vuln)
        stig.vulnId = vuln;
    for (const ident of idents) {
        if (/^CCI-\d+$/.test(ident.value) && !stig.cci.includes(ident.value))
            stig.cci.push(ident.value);
    }
    for (const { href, text } of references) {
        if (namesCci(href))
            for (const cci of text.match(CCI_ID) ?? [])
                if (!stig.cci.includes(cci))
                    stig.cci.push(cci);
        if (namesSp80053(href)) {
            for (const id of text.match(SP_800_53_ID) ?? []) {
                const control = normalizeControlId(id);
                if (!nist.includes(control))
                    nist.push(control);
            }
        }
    }
    if (nist.length > 0)
        stig.nist = nist;
    for (const source of [...idents.map((i) => i.value), ...references.map((r) => r.text)]) {
        for (const srg of source.match(SRG_ID) ?? [])
            if (!stig.srg.includes(srg))
                stig.srg.push(srg);
    }
    return stig;
}
/**
 * The value of a rule-result's one `<result>`. Two are an error, not the first one read: a rule-result
 * whose `pass` came before its `fail` would pass.
 */
function resultValue(ruleId, results) {
    if (results.length > 1) {
        throw new XccdfContentError(`rule-result ${ruleId} has ${results.length} <result> elements; XCCDF allows one`);
    }
    const value = results[0] && textContent(results[0]).trim();
    if (value === undefined || value === '') {
        throw new XccdfContentError(`rule-result ${ruleId} has no <result>`);
    }
    if (!RULE_RESULT_VALUES.includes(value)) {
        throw new XccdfContentError(`rule-result ${ruleId} has result '${value}', which is not an XCCDF result value (${RULE_RESULT_VALUES.join(', ')})`);
    }
    return value;
}
function severityValue(ruleId, raw) {
    const value = raw?.trim() || 'unknown';
    if (!SEVERITIES.includes(value)) {
        throw new XccdfContentError(`rule ${ruleId} has severity '${value}'; XCCDF allows ${SEVERITIES.join(', ')}`);
    }
    return value;
}
function weightValue(ruleId, raw) {
    if (raw === undefined)
        return 1;
    const weight = Number(raw);
    if (!Number.isFinite(weight) || weight < 0)
        throw new XccdfContentError(`rule ${ruleId} has weight '${raw}'`);
    return weight;
}
function formatOf(carved, testResultNamespace) {
    switch (carved.root.name) {
        case 'asset-report-collection':
            return 'arf';
        case 'TestResult':
            return 'testresult';
        default:
            return testResultNamespace.endsWith('/1.1') ? 'xccdf-1.1' : 'xccdf-1.2';
    }
}
function missingTestResult(carved) {
    const { name, namespace } = carved.root;
    if (name === 'data-stream-collection') {
        return new XccdfContentError('this is a SCAP source data stream (the content oscap evaluates), not scan results; ' +
            'expected the output of oscap --results or --results-arf');
    }
    if (name === 'Benchmark') {
        return new XccdfContentError('this XCCDF Benchmark holds no <TestResult>: it is a benchmark, not the results of a scan ' +
            '(expected the output of oscap --results or --results-arf)');
    }
    if (name === 'asset-report-collection') {
        return new XccdfContentError('this ARF report collection holds no XCCDF <TestResult>');
    }
    return new XccdfContentError(`expected XCCDF results (<Benchmark> with a <TestResult>), ARF (<asset-report-collection>) or a ` +
        `<TestResult>, found <${name}>${namespace ? ` in namespace ${namespace}` : ''}`);
}
/**
 * The Benchmark's title and version, and the Profile the TestResult names: a benchmark's other Profiles
 * (each a list of hundreds of selections) are not parsed.
 */
function parseHeader(parts, profileId) {
    const wanted = parts.filter((xml) => {
        const startTag = xml.slice(0, xml.indexOf('>'));
        const name = /^<([^\s/>]+)/.exec(startTag)?.[1] ?? '';
        if (name !== 'Profile' && !name.endsWith(':Profile'))
            return true;
        const id = attribute(startTag, 'id');
        return profileId !== undefined && id !== undefined && decodeXmlEntities(id) === profileId;
    });
    try {
        return parseXmlFragment(wanted.join(''));
    }
    catch (error) {
        if (!(error instanceof XmlFragmentError))
            throw error;
        throw new XmlFragmentError(`in the Benchmark's title, version or Profile: ${error.message}`);
    }
}
/** The longest OS text kept from a target's facts (they come from the scanned system). */
const OS_TEXT_MAX = 200;
/**
 * The target's OS from the TestResult's facts: `…:asset:identifier:os_name` and `os_version`, as DISA's
 * SCC writes them (`urn:scap:fact:…`; the `urn:xccdf:fact:…` spelling counts too). Plain text, clipped.
 */
function osOfFacts(facts) {
    const fact = (field) => (facts.get(`urn:scap:fact:asset:identifier:${field}`) ??
        facts.get(`urn:xccdf:fact:asset:identifier:${field}`))
        ?.replace(/\s+/g, ' ')
        .trim();
    const text = [fact('os_name'), fact('os_version')].filter(Boolean).join(' ');
    return text === '' ? undefined : text.slice(0, OS_TEXT_MAX);
}
/**
 * Whether a rule-result's Rule is read only when its title, STIG ids, checks or prose are: a notselected
 * result that carries its own severity and weight, as oscap writes every rule-result. A whole benchmark
 * embedded in an ARF (SSG's RHEL 8 STIG: 1,520 Rules, 1,132 of them notselected) is mostly such Rules,
 * which only a report that lists every rule reads, and no assessor format.
 */
function readsRuleOnDemand(ruleResult, hasRule) {
    if (!hasRule || attr(ruleResult, 'severity') === undefined || attr(ruleResult, 'weight') === undefined)
        return false;
    const results = childElements(ruleResult, 'result');
    return results.length === 1 && textContent(results[0]).trim() === 'notselected';
}
/** What an outcome takes from its Rule (none when the benchmark has no Rule of that id). */
function fromRule(ruleId, meta, ownIdents, ownChecks) {
    const idents = [...(meta?.idents ?? []), ...ownIdents];
    const stig = stigIdentifiers(ruleId, idents, meta?.groupIds ?? [], meta?.references ?? []);
    if (meta?.version)
        stig.version = meta.version;
    if (meta?.groupTitle)
        stig.groupTitle = meta.groupTitle;
    return {
        title: meta?.title ?? ruleId,
        stig,
        checks: ownChecks.length > 0 ? ownChecks : (meta?.checks ?? []),
    };
}
/**
 * One outcome per rule-result, joined with its Rule. The Rules of the results a check gave are parsed
 * now, in document order, so that a malformed one fails the read; the Rules of notselected results
 * ({@link readsRuleOnDemand}) when a property taken from them is first read, and a malformed one is then
 * an error naming the file and the rule, as prose is. Either way the properties are the same.
 */
/** The scanner's own messages on a rule-result (why a check did not run, say), redacted: they quote the image. */
function addMessages(outcome, ruleResult) {
    const messages = childElements(ruleResult, 'message').flatMap((m) => plainText(m) ?? []);
    if (messages.length > 0)
        outcome.messages = messages.map(redactText);
}
function ruleOutcomes(source, ruleResults, benchmark) {
    const onDemand = new Set();
    const parsedNow = new Set();
    for (const ruleResult of ruleResults) {
        const ruleId = attr(ruleResult, 'idref') ?? '';
        if (readsRuleOnDemand(ruleResult, benchmark.carved(ruleId) !== undefined))
            onDemand.add(ruleResult);
        else
            parsedNow.add(ruleId);
    }
    for (const id of benchmark.ids())
        if (parsedNow.has(id))
            benchmark.metadata(id);
    return ruleResults.map((ruleResult) => {
        const ruleId = attr(ruleResult, 'idref');
        if (!ruleId)
            throw new XccdfContentError('a <rule-result> without an idref');
        const result = resultValue(ruleId, childElements(ruleResult, 'result'));
        const ownIdents = parseIdents(ruleResult);
        const ownChecks = parseChecks(ruleResult);
        if (onDemand.has(ruleResult)) {
            const outcome = {
                ruleId,
                result,
                severity: severityValue(ruleId, attr(ruleResult, 'severity')),
                // Placeholders that keep the properties in the order of an outcome read at once.
                title: ruleId,
                weight: weightValue(ruleId, attr(ruleResult, 'weight')),
                stig: { cci: [], srg: [] },
                checks: [],
            };
            defineOnDemand(outcome, ['title', 'stig', 'checks'], () => {
                try {
                    return fromRule(ruleId, benchmark.metadata(ruleId), ownIdents, ownChecks);
                }
                catch (error) {
                    throw ruleMetadataError(source, ruleId, error);
                }
            });
            addMessages(outcome, ruleResult);
            defineProse(source, outcome, ruleProse(benchmark.carved(ruleId)));
            return outcome;
        }
        const meta = benchmark.metadata(ruleId);
        const outcome = {
            ruleId,
            result,
            severity: severityValue(ruleId, attr(ruleResult, 'severity') ?? meta?.severity),
            title: ruleId,
            weight: weightValue(ruleId, attr(ruleResult, 'weight') ?? meta?.weight),
            stig: { cci: [], srg: [] },
            checks: [],
        };
        Object.assign(outcome, fromRule(ruleId, meta, ownIdents, ownChecks));
        addMessages(outcome, ruleResult);
        if (meta)
            defineProse(source, outcome, meta.prose);
        return outcome;
    });
}
/**
 * Builds the scan model from a carved document. With several TestResults (oscap appends one per
 * evaluation when results are fed back in), the last one in the document is the scan and a warning names
 * the others: the newest evaluation is the one a gate must judge.
 */
function buildScanResults(source, carved) {
    const chosen = carved.testResults[carved.testResults.length - 1];
    if (!chosen)
        throw missingTestResult(carved);
    const warnings = [];
    const testResult = parseElement(chosen.xml, 'TestResult');
    const testResultId = attr(testResult, 'id') ?? '';
    if (carved.testResults.length > 1) {
        const others = carved.testResults
            .slice(0, -1)
            .map((t) => attribute(t.xml.slice(0, t.xml.indexOf('>')), 'id'));
        warnings.push(`${carved.testResults.length} TestResults in one file; using the last one (${testResultId}) and ignoring ${others.join(', ')}`);
    }
    const ruleResults = childElements(testResult, 'rule-result');
    const benchmarkRules = new BenchmarkRules(carved.rules, new Set(ruleResults.map((r) => attr(r, 'idref') ?? '')));
    const rules = ruleOutcomes(source, ruleResults, benchmarkRules);
    const benchmarkId = (carved.benchmarkStartTag && attribute(carved.benchmarkStartTag, 'id')) ??
        attr(firstChild(testResult, 'benchmark'), 'id') ??
        '';
    const profileId = attr(firstChild(testResult, 'profile'), 'idref');
    const header = parseHeader(carved.benchmarkHeader, profileId);
    const profile = childElements(header, 'Profile').find((p) => attr(p, 'id') === profileId);
    const facts = new Map(childElements(firstChild(testResult, 'target-facts'), 'fact').map((f) => [attr(f, 'name'), plainText(f)]));
    const testSystem = attr(testResult, 'test-system');
    const version = plainText(firstChild(header, 'version'));
    const releaseInfo = plainText(childElements(header, 'plain-text').find((p) => attr(p, 'id') === 'release-info'));
    const benchmarkTitle = localizedText(header, 'title');
    const scannerVersion = facts.get('urn:xccdf:fact:scanner:version') ?? /:([^:]+)$/.exec(testSystem ?? '')?.[1];
    const scannerName = facts.get('urn:xccdf:fact:scanner:name') ?? (testSystem?.includes('openscap') ? 'OpenSCAP' : undefined);
    const target = plainText(firstChild(testResult, 'target'));
    const targetOs = osOfFacts(facts);
    const results = {
        source,
        format: formatOf(carved, chosen.namespace),
        benchmark: { id: benchmarkId },
        profile: {},
        scanner: {},
        testResultId,
        rules,
        counts: countResults(rules),
        warnings,
    };
    if (version)
        results.benchmark.version = version;
    if (releaseInfo)
        results.benchmark.releaseInfo = releaseInfo;
    if (benchmarkTitle)
        results.benchmark.title = benchmarkTitle;
    if (profileId)
        results.profile.id = profileId;
    const profileTitle = localizedText(profile, 'title');
    if (profileTitle)
        results.profile.title = profileTitle;
    if (target)
        results.target = target;
    if (targetOs)
        results.targetOs = targetOs;
    if (scannerName)
        results.scanner.name = scannerName;
    if (scannerVersion)
        results.scanner.version = scannerVersion;
    const startTime = attr(testResult, 'start-time');
    const endTime = attr(testResult, 'end-time');
    if (startTime)
        results.startTime = startTime;
    if (endTime)
        results.endTime = endTime;
    return results;
}

/**
 * Reading a results file from disk: the one place the results engine touches the file system.
 */
/** Read size: large enough that the native byte search dominates, small enough to keep memory flat. */
const CHUNK_BYTES = 4 << 20;
/**
 * Reads XCCDF 1.1/1.2 results, ARF or a bare TestResult from `file`, detecting which from the content.
 * Throws {@link ResultsFormatError} naming the file for anything that is not complete results: a missing,
 * empty or truncated file, HTML, a DTD, a benchmark with no TestResult. Never returns "no findings" for
 * input it could not read.
 */
async function readResultsFile(file, options = {}) {
    let size;
    try {
        const info = await promises.stat(file);
        if (!info.isFile())
            throw new cli.ResultsFormatError(file, 'not a regular file');
        size = info.size;
    }
    catch (error) {
        if (error instanceof cli.ResultsFormatError)
            throw error;
        const code = error.code;
        throw new cli.ResultsFormatError(file, code === 'ENOENT' ? 'no such file' : `cannot be read (${cli.toError(error).message})`);
    }
    return readResults(file, readChunks(file, size), options);
}
/**
 * The file's bytes in chunks read into two buffers taken in turns: the carver keeps a view of the last
 * chunk until the next one arrives, and never longer. Reusing them keeps memory flat whatever the size.
 * Plain reads rather than a ReadStream, whose machinery costs more than the carving on large ARF files.
 */
async function* readChunks(file, size) {
    const handle = await promises.open(file, 'r');
    try {
        // A small file gets small buffers (one byte more, to see its end in one read): 8 MiB for a 600 kB
        // results.xml only made the garbage collector run sooner.
        const bytes = Math.min(CHUNK_BYTES, size + 1);
        let buffer = Buffer.allocUnsafeSlow(bytes);
        let other = Buffer.allocUnsafeSlow(bytes);
        for (;;) {
            [buffer, other] = [other, buffer];
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                return;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}
/** Reads results from any stream of bytes; `source` names it in errors and in the model. */
async function readResults(source, chunks, options = {}) {
    try {
        const evidence = options.evidence ?? true;
        const oval = evidence ? new OvalCollector() : undefined;
        const carved = await carveDocument(chunks, { rules: options.rules ?? true, oval });
        const results = buildScanResults(source, carved);
        if (oval)
            attachEvidence(results, carved, oval);
        return results;
    }
    catch (error) {
        if (error instanceof CarveError ||
            error instanceof XccdfContentError ||
            error instanceof XmlFragmentError ||
            error instanceof EvidenceFragmentError) {
            throw new cli.ResultsFormatError(source, error.message);
        }
        const code = error.code;
        if (typeof code === 'string')
            throw new cli.ResultsFormatError(source, `cannot be read (${cli.toError(error).message})`);
        throw error;
    }
}

/** Argument parsing shared by the CLI's commands: node's parseArgs, with errors a user can act on. */
/** Parses `argv` strictly; an unknown or malformed option is a {@link ConfigurationError} naming it. */
function parseCommandArgs(command, argv, options) {
    try {
        return node_util.parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new cli.ConfigurationError(`${command}: ${cli.toError(error).message} (see 'stig-gate ${command} --help')`);
    }
}
/** Checks that `value` is one of `allowed`, naming the option and the choices when it is not. */
function oneOf(option, value, allowed) {
    if (!allowed.includes(value)) {
        throw new cli.ConfigurationError(`${option} must be one of ${allowed.join(', ')}; got '${value}'`);
    }
    return value;
}

exports.EVIDENCE_LIMITS = EVIDENCE_LIMITS;
exports.Expression = Expression;
exports.Matcher = Matcher;
exports.RULE_RESULT_VALUES = RULE_RESULT_VALUES;
exports.XMLParser = XMLParser;
exports.XmlFragmentError = XmlFragmentError;
exports.assertSomethingEvaluated = assertSomethingEvaluated;
exports.childElements = childElements;
exports.clip = clip;
exports.compareIds = compareIds;
exports.compareScans = compareScans;
exports.createValidator = createValidator;
exports.entityDecoder = entityDecoder;
exports.escapeHtml = escapeHtml;
exports.escapeMarkdown = escapeMarkdown;
exports.isFailing = isFailing;
exports.oneLine = oneLine;
exports.oneOf = oneOf;
exports.parseCommandArgs = parseCommandArgs;
exports.parseXmlFragment = parseXmlFragment;
exports.readResultsFile = readResultsFile;
exports.redactItemFields = redactItemFields;
exports.redactText = redactText;
exports.redactVariableValue = redactVariableValue;
exports.severityRank = severityRank;
exports.stigCategory = stigCategory;
exports.stigLabel = stigLabel;
exports.textContent = textContent;
exports.visibleBidi = visibleBidi;
