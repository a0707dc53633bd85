#!/usr/bin/env node
'use strict';

var promises = require('node:fs/promises');
var node_path = require('node:path');
var cli = require('../cli.js');
var args = require('./args-Cjw6L1O6.js');
var node_crypto = require('node:crypto');

const XCCDF_ID = /^xccdf_[^\s]+$/;
const SV_ID = /^(SV-\d+)(r\d+)?(?:_rule)?$/;
const V_ID = /^V-\d+$/;
/** What a waiver's `rule` may be, for error messages. */
const RULE_REFERENCE_FORMS = 'a full XCCDF rule id (xccdf_mil.disa.stig_rule_SV-203629r982199_rule), an SV- id (SV-203629 or ' +
    'SV-203629r982199) or a V- id (V-203629)';
/** Parses a waiver's `rule`; undefined when it is none of {@link RULE_REFERENCE_FORMS}. */
function parseRuleReference(text) {
    if (XCCDF_ID.test(text))
        return { kind: 'xccdf', ruleId: text };
    const sv = SV_ID.exec(text);
    if (sv)
        return { kind: 'sv', stigRuleId: sv[1], revision: sv[2] };
    if (V_ID.test(text))
        return { kind: 'v', vulnId: text };
    return undefined;
}
/** True when the waiver names this rule (by full id, SV- id with or without revision, or V- id). */
function waiverNamesRule(waiver, rule) {
    const reference = parseRuleReference(waiver.rule);
    if (reference === undefined)
        return false;
    switch (reference.kind) {
        case 'xccdf':
            return rule.ruleId === reference.ruleId;
        case 'sv':
            return (rule.stig.ruleId === reference.stigRuleId &&
                (reference.revision === undefined || rule.stig.revision === reference.revision));
        case 'v':
            return rule.stig.vulnId === reference.vulnId;
    }
}
/** The first moment a waiver no longer holds: the start of the day after `expires`, in UTC. */
function expiryInstant(expires) {
    const [year, month, day] = expires.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, day + 1));
}
/** True when `now` is past the end (UTC) of the waiver's expiry day. Waivers without one never expire. */
function isExpired(waiver, now) {
    return waiver.expires !== undefined && now.getTime() >= expiryInstant(waiver.expires).getTime();
}
/** `registry/repo` without `:tag` or `@digest`. */
function repositoryOf(image) {
    const withoutDigest = image.split('@')[0];
    const lastSlash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.indexOf(':', lastSlash + 1);
    return colon === -1 ? withoutDigest : withoutDigest.slice(0, colon);
}
/**
 * True when `pattern` names `image`: the same reference; the same repository when the pattern has no tag
 * or digest (`cgr.dev/acme/app` names `cgr.dev/acme/app:1.2`); or a `*` glob (`cgr.dev/acme/*`).
 */
function imageMatches(pattern, image) {
    if (pattern === image)
        return true;
    if (pattern.includes('*')) {
        const regex = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
        return regex.test(image);
    }
    return repositoryOf(pattern) === pattern && repositoryOf(image) === pattern;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * True when the waiver is meant for this image. A waiver limited to images applies to none when the image
 * is not known: a waiver that cannot be shown to apply waives nothing.
 */
function appliesToImage(waiver, image) {
    if (waiver.images === undefined)
        return true;
    if (image === undefined)
        return false;
    return waiver.images.some((pattern) => imageMatches(pattern, image));
}

/**
 * Matches `waivers` against the scan's `rules`. A waiver covers a failing rule it names when it applies
 * to `image` and has not expired; the first such waiver in file order is the one shown. An expired
 * waiver covers nothing and is listed with the failures it names; an applicable waiver that names no
 * failing rule is stale, with the reason.
 */
function applyWaivers(waivers, rules, now, image) {
    const failing = rules.filter((rule) => args.isFailing(rule.result));
    const waiverFor = new Map();
    const expired = [];
    const stale = [];
    let unscopedSkipped = 0;
    for (const waiver of waivers) {
        if (!appliesToImage(waiver, image)) {
            if (image === undefined)
                unscopedSkipped += 1;
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
        for (const rule of named)
            if (!waiverFor.has(rule.ruleId))
                waiverFor.set(rule.ruleId, waiver);
    }
    const warnings = unscopedSkipped === 0
        ? []
        : [
            `${unscopedSkipped} waiver${unscopedSkipped === 1 ? ' is' : 's are'} limited to images and waived nothing: ` +
                'no image was named (pass --image)',
        ];
    return { waiverFor, expired, stale, warnings };
}
function staleDetail(waiver, rules) {
    const named = rules.filter((rule) => waiverNamesRule(waiver, rule));
    if (named.length > 0) {
        const results = [...new Set(named.map((rule) => rule.result))].join(', ');
        return `${args.stigLabel(named[0])} is not failing (${results}): remove the waiver`;
    }
    const reference = parseRuleReference(waiver.rule);
    if (reference?.kind === 'sv' && reference.revision !== undefined) {
        const other = rules.find((rule) => rule.stig.ruleId === reference.stigRuleId);
        if (other) {
            return (`the scan has ${reference.stigRuleId} at revision ${other.stig.revision ?? '(none)'}, not ` +
                `${reference.revision}: review the waiver for the new revision`);
        }
    }
    if (reference?.kind === 'v' && !rules.some((rule) => rule.stig.vulnId !== undefined)) {
        return `no rule ${waiver.rule} in the scan, whose results carry no V- ids: name the rule by its SV- id or full id`;
    }
    return `no rule ${waiver.rule} in the scan`;
}

var categories = {
	auditing: "Audit records for a container are generated by the host kernel's audit subsystem and collected, stored, offloaded and alerted on by the host; verify the host's auditd configuration.",
	isolation: "Separation of security functions, shared-resource protection, DoS limits and fail-secure behaviour come from the runtime's namespaces and cgroups; verify the host's container runtime configuration.",
	"host-hardware": "Containers get no USB, wireless or other peripheral access unless the runtime maps devices in; verify the host disables unused peripherals and the container is not run privileged or with devices mapped.",
	"minimal-image": "Met by a minimal image (no installers, shells or extra software) together with runtime confinement; only valid for genuinely minimal images, verify the image contents and runtime settings.",
	aslr: "Address space layout randomization and non-executable memory are enforced by the shared host kernel (kernel.randomize_va_space) and CPU; verify the host kernel setting.",
	"host-firewall": "Ports and protocols reachable from the network are chosen by the host's port publishing and firewall, not an in-container firewall; verify the host firewall and published ports.",
	"host-filesystem": "Container files live on the host filesystem, so encryption of data at rest and protected key storage are host storage controls; verify host disk/volume encryption.",
	"vulnerability-scanning": "A running container is not patched in place: flaws are found by scanning images and fixed by deploying rebuilt images; verify the pipeline's image scanning and refresh cadence.",
	time: "A container reads the host's clock and runs no time service; verify the host's time synchronisation against an authoritative source."
};
var rules = [
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203593r958368_rule",
		stigId: "SV-203593",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203604r958412_rule",
		stigId: "SV-203604",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203605r958414_rule",
		stigId: "SV-203605",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203606r958416_rule",
		stigId: "SV-203606",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203607r958418_rule",
		stigId: "SV-203607",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203608r958420_rule",
		stigId: "SV-203608",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203609r958422_rule",
		stigId: "SV-203609",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203611r958424_rule",
		stigId: "SV-203611",
		category: "auditing",
		rationale: "Audit storage capacity limits, audit process monitoring and the associated alerts are the responsibility of the host where the containers run.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203613r958428_rule",
		stigId: "SV-203613",
		category: "auditing",
		rationale: "Audit records of container actions are collected on the host for incident response and reporting, so audit review, reduction and reporting run there.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203614r958430_rule",
		stigId: "SV-203614",
		category: "auditing",
		rationale: "Audit records of container actions are collected on the host for incident response and reporting, so audit review, reduction and reporting run there.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203615r958432_rule",
		stigId: "SV-203615",
		category: "time",
		rationale: "Containers inherit system time from the host; the host's time service generates the time stamps used by its audit system.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203618r958438_rule",
		stigId: "SV-203618",
		category: "auditing",
		rationale: "Container audit logs are written to the host's audit log files, readable only by the host superuser; storage, protection and offload are the host's job.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203619r958442_rule",
		stigId: "SV-203619",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203620r958444_rule",
		stigId: "SV-203620",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so selecting and changing the audited events is done in the host's audit configuration.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203621r958446_rule",
		stigId: "SV-203621",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203637r958478_rule",
		stigId: "SV-203637",
		category: "minimal-image",
		rationale: "The image ships only the software its function needs; installers, shells and other non-essential capabilities are removed.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203638r958480_rule",
		stigId: "SV-203638",
		category: "host-firewall",
		rationale: "Containers inherit the host's firewall, which decides which container ports are reachable; an in-container application firewall is not needed.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203647r958498_rule",
		stigId: "SV-203647",
		category: "host-hardware",
		rationale: "Containers do not inherit access to host hardware such as USB and WiFi adapters; the STIG-configured host disables unused USB and configures WiFi.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203651r958506_rule",
		stigId: "SV-203651",
		category: "auditing",
		rationale: "Audit records of container actions are collected on the host for incident response and reporting, so audit review, reduction and reporting run there.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203656r958518_rule",
		stigId: "SV-203656",
		category: "isolation",
		rationale: "Namespaces and cgroups isolate the host's security functions from applications running inside the container.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203657r958524_rule",
		stigId: "SV-203657",
		category: "isolation",
		rationale: "Container processes only reach the limited set of system resources the runtime's namespaces grant when the container is launched.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203658r958528_rule",
		stigId: "SV-203658",
		category: "isolation",
		rationale: "cgroup limits on memory, CPU and other resources, set by the host runtime, protect the host and other containers from DoS on one container.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203660r958550_rule",
		stigId: "SV-203660",
		category: "isolation",
		rationale: "If a container fails during initialization, shutdown or abort, the host's security capabilities keep working as configured.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203661r958552_rule",
		stigId: "SV-203661",
		category: "host-filesystem",
		rationale: "Containers store their files on the host filesystem; data-at-rest protection is configured on the host, e.g. encrypted filesystems.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203666r991551_rule",
		stigId: "SV-203666",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203667r991552_rule",
		stigId: "SV-203667",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203668r991553_rule",
		stigId: "SV-203668",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203670r991555_rule",
		stigId: "SV-203670",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203671r991556_rule",
		stigId: "SV-203671",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203672r991557_rule",
		stigId: "SV-203672",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so the audit tools to protect are the host's.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203673r991558_rule",
		stigId: "SV-203673",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so the audit tools to protect are the host's.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203674r991559_rule",
		stigId: "SV-203674",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so the audit tools to protect are the host's.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203678r991563_rule",
		stigId: "SV-203678",
		category: "auditing",
		rationale: "Account events are captured by the host's audit system and alerts on them are raised from the host's collected audit logs, not from inside the container.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203679r991564_rule",
		stigId: "SV-203679",
		category: "auditing",
		rationale: "Account events are captured by the host's audit system and alerts on them are raised from the host's collected audit logs, not from inside the container.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203682r991567_rule",
		stigId: "SV-203682",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so the audit tools to protect are the host's.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203688r991568_rule",
		stigId: "SV-203688",
		category: "host-hardware",
		rationale: "Containers do not inherit access to host hardware such as USB and WiFi adapters; the STIG-configured host disables unused USB and configures WiFi.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203689r991569_rule",
		stigId: "SV-203689",
		category: "host-hardware",
		rationale: "Containers do not inherit access to host hardware such as USB and WiFi adapters; the STIG-configured host disables unused USB and configures WiFi.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203690r958684_rule",
		stigId: "SV-203690",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203691r982207_rule",
		stigId: "SV-203691",
		category: "auditing",
		rationale: "Account events are captured by the host's audit system and alerts on them are raised from the host's collected audit logs, not from inside the container.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203697r958732_rule",
		stigId: "SV-203697",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203699r971541_rule",
		stigId: "SV-203699",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so selecting and changing the audited events is done in the host's audit configuration.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203700r958752_rule",
		stigId: "SV-203700",
		category: "auditing",
		rationale: "Container audit logs are written to the host's audit log files, readable only by the host superuser; storage, protection and offload are the host's job.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203701r958754_rule",
		stigId: "SV-203701",
		category: "auditing",
		rationale: "Container audit logs are written to the host's audit log files, readable only by the host superuser; storage, protection and offload are the host's job.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203702r971542_rule",
		stigId: "SV-203702",
		category: "auditing",
		rationale: "Audit storage capacity limits, audit process monitoring and the associated alerts are the responsibility of the host where the containers run.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203703r958758_rule",
		stigId: "SV-203703",
		category: "auditing",
		rationale: "Audit storage capacity limits, audit process monitoring and the associated alerts are the responsibility of the host where the containers run.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203704r958766_rule",
		stigId: "SV-203704",
		category: "auditing",
		rationale: "Audit records of container actions are collected on the host for incident response and reporting, so audit review, reduction and reporting run there.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203705r958768_rule",
		stigId: "SV-203705",
		category: "auditing",
		rationale: "Audit records of container actions are collected on the host for incident response and reporting, so audit review, reduction and reporting run there.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203706r958770_rule",
		stigId: "SV-203706",
		category: "auditing",
		rationale: "Audit records of container actions are collected on the host for incident response and reporting, so audit review, reduction and reporting run there.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203707r958772_rule",
		stigId: "SV-203707",
		category: "auditing",
		rationale: "Audit records of container actions are collected on the host for incident response and reporting, so audit review, reduction and reporting run there.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203708r958774_rule",
		stigId: "SV-203708",
		category: "auditing",
		rationale: "Audit records of container actions are collected on the host for incident response and reporting, so audit review, reduction and reporting run there.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203709r958776_rule",
		stigId: "SV-203709",
		category: "auditing",
		rationale: "Audit records of container actions are collected on the host for incident response and reporting, so audit review, reduction and reporting run there.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203710r987795_rule",
		stigId: "SV-203710",
		category: "auditing",
		rationale: "Audit records of container actions are collected on the host for incident response and reporting, so audit review, reduction and reporting run there.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203711r1038944_rule",
		stigId: "SV-203711",
		category: "time",
		rationale: "Containers inherit system time from the host and run no time service; the host's time service synchronises with authorised time servers.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203712r982209_rule",
		stigId: "SV-203712",
		category: "time",
		rationale: "Containers inherit system time from the host and run no time service; the host's time service synchronises with authorised time servers.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203713r958786_rule",
		stigId: "SV-203713",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203714r958788_rule",
		stigId: "SV-203714",
		category: "time",
		rationale: "Containers inherit system time from the host; the host's time service generates the time stamps used by its audit system.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203715r958790_rule",
		stigId: "SV-203715",
		category: "auditing",
		rationale: "Container audit logs are written to the host's audit log files, readable only by the host superuser; storage, protection and offload are the host's job.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203719r982211_rule",
		stigId: "SV-203719",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203721r958804_rule",
		stigId: "SV-203721",
		category: "minimal-image",
		rationale: "Process-launching functions and installers are removed and nothing can be installed at runtime; namespaces and cgroups confine what runs.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203722r958808_rule",
		stigId: "SV-203722",
		category: "minimal-image",
		rationale: "Only the software needed for the container's function is present, and further software cannot be installed while it runs.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203730r958820_rule",
		stigId: "SV-203730",
		category: "host-hardware",
		rationale: "Containers do not inherit access to host hardware such as USB and WiFi adapters; the STIG-configured host disables unused USB and configures WiFi.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203745r958870_rule",
		stigId: "SV-203745",
		category: "host-filesystem",
		rationale: "Containers store their files on the host filesystem; data-at-rest protection is configured on the host, e.g. encrypted filesystems.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203746r958872_rule",
		stigId: "SV-203746",
		category: "host-filesystem",
		rationale: "Containers store their files on the host filesystem; data-at-rest protection is configured on the host, e.g. encrypted filesystems.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203747r958902_rule",
		stigId: "SV-203747",
		category: "isolation",
		rationale: "cgroup limits on memory, CPU and other resources, set by the host runtime, protect the host and other containers from DoS on one container.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203752r958926_rule",
		stigId: "SV-203752",
		category: "isolation",
		rationale: "Namespaces and cgroups keep failures from processing invalid input inside a container from affecting the host and its security functions.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203753r958928_rule",
		stigId: "SV-203753",
		category: "aslr",
		rationale: "Data execution prevention is hardware or kernel enforced, on the kernel shared with the host; the check only reads kernel.randomize_va_space.",
		source: "description"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203754r958928_rule",
		stigId: "SV-203754",
		category: "aslr",
		rationale: "ASLR is a kernel setting (kernel.randomize_va_space) that containers share with the host; the check reads the host kernel, not the image.",
		source: "title"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203755r958936_rule",
		stigId: "SV-203755",
		category: "minimal-image",
		rationale: "Software is not installed or updated inside a running container; updated software arrives as a whole new image.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203759r991570_rule",
		stigId: "SV-203759",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203760r991571_rule",
		stigId: "SV-203760",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203761r991572_rule",
		stigId: "SV-203761",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203762r991573_rule",
		stigId: "SV-203762",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203763r991574_rule",
		stigId: "SV-203763",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203764r991575_rule",
		stigId: "SV-203764",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203765r991576_rule",
		stigId: "SV-203765",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203766r991577_rule",
		stigId: "SV-203766",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203767r991578_rule",
		stigId: "SV-203767",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203768r991579_rule",
		stigId: "SV-203768",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203769r991580_rule",
		stigId: "SV-203769",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203770r991581_rule",
		stigId: "SV-203770",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203772r991583_rule",
		stigId: "SV-203772",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203773r991584_rule",
		stigId: "SV-203773",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203774r991585_rule",
		stigId: "SV-203774",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203775r991586_rule",
		stigId: "SV-203775",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so generating these audit records is configured on the host.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203777r959008_rule",
		stigId: "SV-203777",
		category: "auditing",
		rationale: "Container audit logs are written to the host's audit log files, readable only by the host superuser; storage, protection and offload are the host's job.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-203784r991593_rule",
		stigId: "SV-203784",
		category: "host-firewall",
		rationale: "Containers inherit the host's firewall, which decides which container ports are reachable; an in-container application firewall is not needed.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-252688r958358_rule",
		stigId: "SV-252688",
		category: "host-hardware",
		rationale: "Containers do not inherit access to host hardware such as USB and WiFi adapters; the STIG-configured host disables unused USB and configures WiFi.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-259333r958940_rule",
		stigId: "SV-259333",
		category: "vulnerability-scanning",
		rationale: "Security updates are applied by deploying up-to-date images through automation, not by installing patches inside the running container.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-263651r982555_rule",
		stigId: "SV-263651",
		category: "host-hardware",
		rationale: "Containers do not inherit access to host hardware such as USB and WiFi adapters; the STIG-configured host disables unused USB and configures WiFi.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-263658r982561_rule",
		stigId: "SV-263658",
		category: "auditing",
		rationale: "Container audit records come from the host kernel's audit subsystem; auditd cannot run inside the container, so privileged maintenance-tool use (process start/stop) is monitored by host auditing.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-263660r982565_rule",
		stigId: "SV-263660",
		category: "host-filesystem",
		rationale: "Containers store their files on the host filesystem; protected storage for keys is provided by the host, e.g. encrypted filesystems.",
		source: "rationale"
	},
	{
		ruleId: "xccdf_mil.disa.stig_rule_SV-263661r982567_rule",
		stigId: "SV-263661",
		category: "time",
		rationale: "Containers inherit system time from the host and run no time service; the host's time service synchronises with authorised time servers.",
		source: "rationale"
	}
];
var data = {
	categories: categories,
	rules: rules
};

/** The reviewed data as shipped, indexed by rule id; each entry joined with its category's explanation. */
const BY_RULE_ID = indexInherited(data.categories, data.rules);
/**
 * Joins rules to their categories. A rule naming an undeclared category is a bug in the shipped data, and
 * throws at load rather than waiving something without an explanation.
 */
function indexInherited(categories, rules) {
    const byId = new Map();
    for (const rule of rules) {
        const categoryText = categories[rule.category];
        if (categoryText === undefined) {
            throw new Error(`inherited-from-host.json: ${rule.ruleId} names undeclared category '${rule.category}'`);
        }
        byId.set(rule.ruleId, { ...rule, categoryText });
    }
    return byId;
}
/** The reviewed reason a rule is inherited from the host, or undefined when it is not in the set. */
function inheritedFromHost(rule) {
    return BY_RULE_ID.get(rule.ruleId);
}
/** How many rules the set covers. */
BY_RULE_ID.size;

function thresholdRank(threshold) {
    switch (threshold) {
        case 'low':
            return 1;
        case 'medium':
            return 2;
        case 'high':
            return 3;
    }
}
/**
 * True when a failure of this severity counts under the threshold. `unknown` (no severity in the content)
 * always counts, since nothing shows it is minor; `info` never does, since the content says it is not a
 * finding.
 */
function meetsThreshold(severity, threshold) {
    switch (severity) {
        case 'unknown':
            return true;
        case 'info':
            return false;
        case 'low':
        case 'medium':
        case 'high':
            return thresholdRank(severity) >= thresholdRank(threshold);
    }
}
/** The failures that decide the verdict under `failOn`: new ones, all of them, or none. */
function countedFailures(failOn, newFailures, stillFailing) {
    switch (failOn) {
        case 'new':
            return newFailures.filter((rule) => rule.meetsThreshold);
        case 'any':
            return [...newFailures, ...stillFailing].filter((rule) => rule.meetsThreshold);
        case 'none':
            return [];
    }
}
/** `low severity (CAT III) or higher`, for messages. */
function describeThreshold(threshold) {
    switch (threshold) {
        case 'low':
            return 'low severity (CAT III) or higher';
        case 'medium':
            return 'medium severity (CAT II) or higher';
        case 'high':
            return 'high severity (CAT I)';
    }
}
/** Policy as `fail-on new, severity ≥ low`. */
function describePolicy(policy) {
    return `fail-on ${policy.failOn}, severity threshold ${policy.severityThreshold}`;
}

/** The keys of {@link ScanFacts}, in the order the reports show them. */
const SCAN_FACT_KEYS = [
    'scannerImage',
    'scannerDigest',
    'oscapVersion',
    'mode',
    'benchmarkId',
    'benchmarkVersion',
    'targetDigest',
    'imageOsIds',
    'imageOsName',
];
/**
 * The facts a results file holds itself: the benchmark, and OpenSCAP's version from the TestResult (its
 * `test-system` CPE or scanner facts) when the scanner it names is OpenSCAP.
 */
function factsFromResults(results) {
    const facts = {};
    if (results.benchmark.id)
        facts.benchmarkId = results.benchmark.id;
    if (results.benchmark.version)
        facts.benchmarkVersion = results.benchmark.version;
    if (results.scanner.version && /openscap/i.test(results.scanner.name ?? ''))
        facts.oscapVersion = results.scanner.version;
    return facts;
}
/**
 * One record from several: for each fact, the first source that knows it. Blank text and the placeholder
 * `unknown` (which records write for "not known") are not facts.
 */
function mergeFacts(...sources) {
    const merged = {};
    for (const key of SCAN_FACT_KEYS) {
        const value = sources
            .map((source) => source?.[key]?.trim())
            .find((text) => text !== undefined && text !== '' && text.toLowerCase() !== 'unknown');
        if (value !== undefined)
            merged[key] = value;
    }
    return merged;
}
/** The facts whose change can change rule results without any change to the image. */
const DRIFT_FACTS = ['benchmarkVersion', 'oscapVersion', 'scannerDigest'];
/**
 * The digest part of a recorded image: `sha256:…` after the `@` of a repository digest, or an engine's
 * image id. The two kinds name different things (a manifest, a config) and never compare.
 */
function imageDigest(recorded) {
    const at = recorded.lastIndexOf('@');
    const digest = (at === -1 ? recorded : recorded.slice(at + 1)).toLowerCase();
    if (!/^[a-z0-9]+:[a-f0-9]{32,}$/.test(digest))
        return undefined;
    return { kind: at === -1 ? 'image id' : 'manifest', digest };
}
/** True when both sides are known, comparable and different: only then is a change evidence of drift. */
function differs(fact, baseline, current) {
    if (baseline === undefined || current === undefined)
        return false;
    if (fact !== 'scannerDigest')
        return baseline !== current;
    // The same image pulled under another name has the same digest: that is not a new scanner.
    const [a, b] = [imageDigest(baseline), imageDigest(current)];
    if (a === undefined || b === undefined || a.kind !== b.kind)
        return false;
    return a.digest !== b.digest;
}
const VALUE_MAX$2 = 80;
function shown(text) {
    return text.length <= VALUE_MAX$2 ? text : `${text.slice(0, VALUE_MAX$2 - 1)}…`;
}
/** `sha256:0123456789ab`: enough to tell two scanner images apart in a sentence. */
function shortDigest$1(recorded) {
    const digest = imageDigest(recorded)?.digest ?? recorded;
    const colon = digest.indexOf(':');
    return colon === -1 ? shown(digest) : digest.slice(0, colon + 13);
}
function describe(change, side, withName) {
    const value = change[side];
    switch (change.fact) {
        case 'benchmarkVersion':
            return withName ? `benchmark ${shown(value)}` : shown(value);
        case 'oscapVersion':
            return withName ? `OpenSCAP ${shown(value)}` : shown(value);
        case 'scannerDigest':
            return `scanner image ${shortDigest$1(value)}`;
    }
}
function joinAnd(parts) {
    return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
/** What the scanner update may explain: the new failures, else the fixed rules, else nothing changed. */
function consequence({ newFailures, fixed }) {
    if (newFailures > 0)
        return 'some new failures may come from the scanner update';
    if (fixed > 0)
        return 'some fixed rules may come from the scanner update';
    return 'no rule changed result with it';
}
/**
 * Compares the baseline's facts with the current scan's: the benchmark version, OpenSCAP's version and the
 * scanner image digest. Undefined when none differs, or none is known on both sides. The gate's counts of
 * changed results decide what the notice says the update may explain.
 */
function scannerDrift(baseline, current, changed) {
    const changes = [];
    for (const fact of DRIFT_FACTS) {
        const [before, now] = [baseline[fact], current[fact]];
        if (differs(fact, before, now))
            changes.push({ fact, baseline: before, current: now });
    }
    if (changes.length === 0)
        return undefined;
    // One change reads "with benchmark 3.2.15, this scan with 3.2.16"; several name each fact on both sides.
    const named = changes.length > 1 || changes[0].fact === 'scannerDigest';
    const baselineSide = joinAnd(changes.map((change) => describe(change, 'baseline', true)));
    const currentSide = joinAnd(changes.map((change) => describe(change, 'current', named)));
    return {
        changes,
        notice: `baseline scanned with ${baselineSide}, this scan with ${currentSide}: ${consequence(changed)}`,
    };
}

/**
 * The gate: compare, apply waivers and the inherited-from-host set, then the policy. A plain function of
 * its input (the clock included), so every report is rendered from the same {@link GateResult}.
 */
/**
 * Evaluates the gate. Throws a ConfigurationError when a scan evaluated nothing or the two scans share
 * no rule; everything else the user should know is in `warnings`.
 */
function evaluateGate(input) {
    const { current, baseline, policy, now, image } = input;
    const comparison = args.compareScans(current, baseline);
    const waivers = applyWaivers(input.waivers ?? [], current.rules, now, image);
    const lists = {
        newFailures: [],
        fixed: [],
        stillFailing: [],
        waived: [],
        inheritedFromHost: [],
        newRules: [],
        removedRules: [],
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
                if (waiver)
                    lists.waived.push({ ...rule, waiver });
                else if (inherited)
                    lists.inheritedFromHost.push({ ...rule, inherited });
                else
                    lists[classified.ruleClass === 'newFailure' ? 'newFailures' : 'stillFailing'].push(rule);
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
    for (const list of Object.values(lists))
        list.sort(bySeverityThenStigId);
    const counted = countedFailures(policy.failOn, lists.newFailures, lists.stillFailing);
    const unwaived = [...lists.newFailures, ...lists.stillFailing];
    const counts = {
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
    const drift = baselineIdentity &&
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
function gateRule(classified, hasBaseline, policy) {
    // Metadata from the current scan when it has the rule, else from the baseline (removed rules).
    const outcome = (classified.current ?? classified.baseline);
    const rule = {
        ruleId: outcome.ruleId,
        severity: outcome.severity,
        title: outcome.title,
        stig: outcome.stig,
        result: classified.current?.result ?? 'absent',
        meetsThreshold: meetsThreshold(outcome.severity, policy.severityThreshold),
    };
    if (hasBaseline)
        rule.baselineResult = classified.baseline?.result ?? 'absent';
    if (outcome.description !== undefined)
        rule.description = outcome.description;
    if (outcome.rationale !== undefined)
        rule.rationale = outcome.rationale;
    if (outcome.fixText !== undefined)
        rule.fixText = outcome.fixText;
    if (classified.current?.evidence !== undefined)
        rule.evidence = classified.current.evidence;
    return rule;
}
/** Most severe first, then by STIG id (numerically), then by rule id: the order every report uses. */
function bySeverityThenStigId(a, b) {
    return (args.severityRank(a.severity) - args.severityRank(b.severity) ||
        args.compareIds(a.stig.ruleId ?? a.ruleId, b.stig.ruleId ?? b.ruleId) ||
        args.compareIds(a.ruleId, b.ruleId));
}
function scanIdentity(scan) {
    const { source, format, benchmark, profile, target, scanner, testResultId, startTime, endTime, counts } = scan;
    const identity = {
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
    if (scan.evidenceFrom !== undefined)
        identity.evidenceFrom = scan.evidenceFrom;
    return identity;
}
/** The results file's own record first: it is what oscap wrote while it scanned. */
function withFacts(scan, known) {
    return { ...scanIdentity(scan), facts: mergeFacts(factsFromResults(scan), known) };
}
function scanWarnings(scan) {
    return scan.warnings.map((warning) => `${scan.source}: ${warning}`);
}
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}
/** The one line that says why: the last line of the log and the head of every report. */
function verdictReason(verdict, policy, counts, countedNew) {
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
            return (`gate passed: not enforced (fail-on none); ${plural(counts.newFailures, 'new failure')}, ` +
                `${counts.stillFailing} still failing${tail}`);
    }
}

function field(fields, name) {
    return fields.find((f) => f.name === name);
}
function value(text) {
    return { value: args.oneLine(text) };
}
function words(text) {
    return { text };
}
/** What a test's object names: a file, a directory and a file name pattern, a variable, or its fields. */
function subject(object) {
    if (!object)
        return [words('its object')];
    const fields = object.fields;
    const filepath = field(fields, 'filepath');
    const path = field(fields, 'path');
    const filename = field(fields, 'filename');
    const name = field(fields, 'name');
    if (filepath) {
        return filepath.operation ? [words('files matching '), value(filepath.value)] : [value(filepath.value)];
    }
    if (path && filename) {
        return filename.operation || path.operation
            ? [words('files in '), value(path.value), words(' named like '), value(filename.value)]
            : [value(`${path.value.replace(/\/+$/, '')}/${filename.value}`)];
    }
    if (path)
        return [value(path.value)];
    if (name)
        return [words('variable '), value(name.value)];
    return [value(fields.map((f) => `${f.name} ${f.value}`).join(', ') || object.type)];
}
/** `-rwxr-xrwx`-style mode from a file item's permission fields; undefined without them. */
function fileMode(fields) {
    const bit = (name) => field(fields, name)?.value === 'true';
    if (!field(fields, 'uread'))
        return undefined;
    const type = field(fields, 'type')?.value;
    const kind = type === 'directory' ? 'd' : type === 'symbolic link' ? 'l' : '-';
    const triple = (who, special, specialChar) => (bit(`${who}read`) ? 'r' : '-') +
        (bit(`${who}write`) ? 'w' : '-') +
        (special ? (bit(`${who}exec`) ? specialChar : specialChar.toUpperCase()) : bit(`${who}exec`) ? 'x' : '-');
    return (kind + triple('u', bit('suid'), 's') + triple('g', bit('sgid'), 's') + triple('o', bit('sticky'), 't'));
}
/** What one collected item shows, as finding parts. */
function itemParts(item) {
    const fields = item.fields;
    const file = field(fields, 'filepath')?.value ?? field(fields, 'path')?.value;
    if (item.type.startsWith('textfilecontent')) {
        const text = field(fields, 'text')?.value ?? '';
        return [value(file ?? '?'), words(' has '), value(text)];
    }
    if (item.type === 'file_item') {
        const mode = fileMode(fields);
        const owner = [field(fields, 'user_id')?.value, field(fields, 'group_id')?.value];
        return [
            value(file ?? '?'),
            words(mode ? ' is ' : ' exists'),
            ...(mode ? [value(mode)] : []),
            ...(owner[0] !== undefined ? [words(', owner '), value(`${owner[0]}:${owner[1] ?? '?'}`)] : []),
        ];
    }
    if (item.type.startsWith('filehash')) {
        const kind = field(fields, 'hash_type')?.value ?? 'hash';
        return [
            value(file ?? '?'),
            words(' has '),
            value(kind),
            words(' '),
            value(field(fields, 'hash')?.value ?? '?'),
        ];
    }
    if (item.type.startsWith('environmentvariable')) {
        return [
            words('variable '),
            value(field(fields, 'name')?.value ?? '?'),
            words(' is '),
            value(field(fields, 'value')?.value ?? ''),
        ];
    }
    return [value(fields.map((f) => `${f.name} ${f.value}`).join(', ') || item.type)];
}
/**
 * The items a finding names: those that made the test's result (the culprits) when any is known, else
 * every listed item.
 */
function namedItems(test) {
    const culprits = test.items.filter((item) => item.culprit);
    return culprits.length > 0 ? culprits : test.items;
}
/**
 * What the finding says of the items it does not name: how many of all failed the test and how many
 * passed, where the results tell; else how many more there are.
 */
function othersText(test, named) {
    const all = test.items.length + test.itemsOmitted;
    const culprits = test.culprits;
    if (culprits !== undefined && culprits > 0 && culprits < all) {
        const shown = culprits > named ? `, ${named} shown` : '';
        return ` (${culprits} of ${all} items failed the test${shown}; the other ${all - culprits} passed)`;
    }
    return all > named ? ` (and ${all - named} more)` : '';
}
/**
 * The finding of one deciding test: what it found (the items that made it fail first, then the count of
 * the rest), or that nothing was found, or why it could not tell.
 */
function testFinding(test) {
    const object = test.object;
    if (test.items.length > 0) {
        const parts = [];
        const named = namedItems(test);
        named.forEach((item, i) => {
            if (i > 0)
                parts.push(words('; '));
            parts.push(...itemParts(item));
        });
        const others = othersText(test, named.length);
        if (others)
            parts.push(words(others));
        const expected = test.state?.fields ?? [];
        if (expected.length > 0) {
            parts.push(words('; expected '));
            expected.forEach((f, i) => {
                parts.push(words(`${i > 0 ? ', ' : ''}${f.name} ${f.operation ? `${f.operation} ` : ''}`));
                parts.push(value(f.value));
            });
        }
        return parts;
    }
    const flag = object?.flag;
    if (flag === 'error' || test.result === 'error' || flag === 'not collected') {
        const message = [...(object?.messages ?? []), ...test.messages][0];
        return [words('could not check '), ...subject(object), ...(message ? [words(': '), value(message)] : [])];
    }
    if (object?.type.startsWith('textfilecontent')) {
        const pattern = field(object.fields, 'pattern');
        return [words('no line of '), ...subject(object), words(' matches '), value(pattern?.value ?? '?')];
    }
    if (object?.type.startsWith('environmentvariable'))
        return [...subject(object), words(' is not set')];
    return [...subject(object), words(' does not exist')];
}
/** A finding as one plain line. */
function findingText(parts) {
    return parts.map((p) => ('text' in p ? p.text : p.value)).join('');
}
/** The one-line summary of a rule's evidence: its first deciding test's finding (or the script's output). */
function evidenceSummary(evidence) {
    if (evidence.kind === 'sce') {
        return `${args.oneLine(evidence.script)} printed: ${args.oneLine(evidence.output[0] ?? '(nothing)')}`;
    }
    const first = evidence.tests[0];
    if (!first)
        return `OVAL definition ${args.oneLine(evidence.definitionId)} is ${evidence.definitionResult}`;
    const more = evidence.tests.length - 1 + evidence.testsOmitted;
    return (findingText(testFinding(first)) + (more > 0 ? ` (and ${more} more test${more === 1 ? '' : 's'})` : ''));
}
function fieldsText(fields) {
    return fields
        .map((f) => `${f.name}${f.operation ? ` (${f.operation})` : ''} ${args.oneLine(f.value)}`)
        .join(', ');
}
function testHeading(test) {
    const how = [test.type, test.checkExistence, test.check && `check ${test.check}`]
        .filter(Boolean)
        .join(', ');
    const result = test.negated ? `${test.result}, negated` : test.result;
    return `test ${test.comment ? `"${args.oneLine(test.comment)}"` : args.oneLine(test.id)} (${args.oneLine(how)}): ${result}`;
}
/**
 * A rule's evidence as plain text lines (no Markdown, no control characters), for text output and for
 * checklists' finding details. Lines after the first are indented by two spaces per level.
 */
function evidenceLines(evidence) {
    if (evidence.kind === 'sce') {
        return [
            `SCE script ${args.oneLine(evidence.script)} printed:`,
            ...evidence.output.map((line) => `  ${args.oneLine(line)}`),
            ...(evidence.outputOmitted > 0 ? [`  (and ${evidence.outputOmitted} more lines)`] : []),
        ];
    }
    const lines = [
        `OVAL definition ${args.oneLine(evidence.definitionId)}${evidence.title ? ` "${args.oneLine(evidence.title)}"` : ''}: ${evidence.definitionResult}`,
    ];
    for (const test of evidence.tests) {
        lines.push(`  ${testHeading(test)}`);
        if (test.object) {
            const flag = test.object.flag ? ` [${args.oneLine(test.object.flag)}]` : '';
            lines.push(`    looked at: ${fieldsText(test.object.fields) || args.oneLine(test.object.type)}${flag}`);
            if (test.object.variables.length > 0)
                lines.push(`    variables: ${fieldsText(test.object.variables)}`);
        }
        if (test.state && test.state.fields.length > 0)
            lines.push(`    expected: ${fieldsText(test.state.fields)}`);
        lines.push(`    found: ${findingText(testFinding(test))}`);
        for (const message of [...(test.object?.messages ?? []), ...test.messages])
            lines.push(`    message: ${args.oneLine(message)}`);
    }
    if (evidence.testsOmitted > 0)
        lines.push(`  (and ${evidence.testsOmitted} more tests)`);
    return lines;
}

function testKey(test) {
    return [
        test.type,
        test.comment,
        test.result,
        test.negated,
        test.object && [test.object.type, test.object.fields, test.object.flag, test.object.variables],
        test.state?.fields,
        // The items the finding names (the culprits, where known) and how many there are: not the items that
        // passed, which differ with whatever else the image holds.
        namedItems(test).map((item) => [item.type, item.status, item.fields]),
        test.culprits ?? test.itemsOmitted,
    ];
}
/** What makes two rules' evidence the same cause: everything but ids (definitions differ per rule set). */
function causeKey(evidence) {
    return JSON.stringify(evidence.kind === 'sce'
        ? ['sce', evidence.script, evidence.output]
        : ['oval', evidence.tests.map(testKey), evidence.testsOmitted]);
}
/**
 * Groups `rules` by cause, largest group first, then in the rules' order; rules without evidence are
 * each a group of their own.
 */
function groupByCause(rules) {
    const groups = [];
    const byKey = new Map();
    for (const rule of rules) {
        if (!rule.evidence) {
            groups.push({ rules: [rule] });
            continue;
        }
        const key = causeKey(rule.evidence);
        const group = byKey.get(key);
        if (group)
            group.rules.push(rule);
        else {
            const created = { evidence: rule.evidence, rules: [rule] };
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

function fieldJson(field) {
    return {
        name: field.name,
        value: field.value,
        operation: field.operation ?? null,
        redacted: field.redacted ?? false,
    };
}
function objectJson(object) {
    return {
        id: object.id,
        type: object.type,
        fields: object.fields.map(fieldJson),
        flag: object.flag ?? null,
        variables: object.variables.map(fieldJson),
        messages: object.messages,
    };
}
function itemJson(item) {
    return {
        id: item.id,
        type: item.type,
        status: item.status ?? null,
        result: item.result ?? null,
        culprit: item.culprit ?? null,
        fields: item.fields.map(fieldJson),
    };
}
function testJson(test) {
    return {
        id: test.id,
        type: test.type,
        comment: test.comment ?? null,
        result: test.result,
        negated: test.negated,
        check: test.check ?? null,
        checkExistence: test.checkExistence ?? null,
        object: test.object ? objectJson(test.object) : null,
        state: test.state
            ? { id: test.state.id, type: test.state.type, fields: test.state.fields.map(fieldJson) }
            : null,
        items: test.items.map(itemJson),
        itemsOmitted: test.itemsOmitted,
        culprits: test.culprits ?? null,
        messages: test.messages,
    };
}
/** The JSON form of a rule's evidence. */
function evidenceJson(evidence) {
    const summary = evidenceSummary(evidence);
    if (evidence.kind === 'sce') {
        return {
            kind: 'sce',
            summary,
            script: evidence.script,
            output: evidence.output,
            outputOmitted: evidence.outputOmitted,
        };
    }
    return {
        kind: 'oval',
        summary,
        report: evidence.report,
        definitionId: evidence.definitionId,
        definitionResult: evidence.definitionResult,
        title: evidence.title ?? null,
        tests: evidence.tests.map(testJson),
        testsOmitted: evidence.testsOmitted,
    };
}
/** The new failures that have evidence, grouped by cause (rules without evidence are in no group). */
function causeGroupsJson(rules) {
    return groupByCause(rules).flatMap((group, index) => group.evidence
        ? [
            {
                key: `cause-${index + 1}`,
                summary: evidenceSummary(group.evidence),
                ruleIds: group.rules.map((rule) => rule.ruleId),
            },
        ]
        : []);
}

function waiverJson(waiver) {
    return {
        rule: waiver.rule,
        reason: waiver.reason,
        owner: waiver.owner ?? null,
        expires: waiver.expires ?? null,
        images: waiver.images ?? null,
        origin: waiver.origin,
    };
}
function ruleJson(rule) {
    const inherited = rule.inherited;
    return {
        ruleId: rule.ruleId,
        stigId: rule.stig.ruleId ?? null,
        severity: rule.severity,
        category: args.stigCategory(rule.severity) ?? null,
        title: rule.title,
        result: rule.result,
        baselineResult: rule.baselineResult ?? null,
        meetsThreshold: rule.meetsThreshold,
        stig: rule.stig,
        waiver: rule.waiver ? waiverJson(rule.waiver) : null,
        inherited: inherited
            ? {
                category: inherited.category,
                categoryText: inherited.categoryText,
                rationale: inherited.rationale,
                source: inherited.source,
            }
            : null,
        evidence: rule.evidence ? evidenceJson(rule.evidence) : null,
    };
}
function scanJson(scan) {
    return {
        source: scan.source,
        format: scan.format,
        benchmark: {
            id: scan.benchmark.id,
            version: scan.benchmark.version ?? null,
            title: scan.benchmark.title ?? null,
        },
        profile: { id: scan.profile.id ?? null, title: scan.profile.title ?? null },
        target: scan.target ?? null,
        scanner: { name: scan.scanner.name ?? null, version: scan.scanner.version ?? null },
        facts: Object.fromEntries(SCAN_FACT_KEYS.map((key) => [key, scan.facts[key] ?? null])),
        testResultId: scan.testResultId,
        startTime: scan.startTime ?? null,
        endTime: scan.endTime ?? null,
        counts: scan.counts,
        evidenceFrom: scan.evidenceFrom ?? null,
    };
}
/** The stable JSON document for a gate result. */
function gateJson(result) {
    return {
        schemaVersion: 2,
        verdict: result.verdict,
        reason: result.reason,
        policy: { failOn: result.policy.failOn, severityThreshold: result.policy.severityThreshold },
        inheritedFromHostEnabled: result.inheritedFromHostEnabled,
        image: result.image ?? null,
        // The mode the scan ran in, from its facts (also under current.facts.mode).
        scanMode: result.current.facts.mode ?? null,
        evaluatedAt: result.evaluatedAt,
        current: scanJson(result.current),
        baseline: result.baseline ? scanJson(result.baseline) : null,
        baselineFrom: result.baselineFrom ?? null,
        notices: result.notices ?? [],
        scannerDrift: result.scannerDrift
            ? {
                changes: result.scannerDrift.changes.map((change) => ({ ...change })),
                notice: result.scannerDrift.notice,
            }
            : null,
        counts: { ...result.counts },
        newFailures: result.newFailures.map(ruleJson),
        newFailureGroups: causeGroupsJson(result.newFailures),
        fixed: result.fixed.map(ruleJson),
        stillFailing: result.stillFailing.map(ruleJson),
        waived: result.waived.map(ruleJson),
        inheritedFromHost: result.inheritedFromHost.map(ruleJson),
        newRules: result.newRules.map(ruleJson),
        removedRules: result.removedRules.map(ruleJson),
        staleWaivers: result.staleWaivers.map(({ waiver, detail }) => ({
            ...waiverJson(waiver),
            detail,
        })),
        expiredWaivers: result.expiredWaivers.map(({ waiver, matchedRules }) => ({
            ...waiverJson(waiver),
            matchedRules,
        })),
        warnings: result.warnings,
    };
}

/** `CAT II (medium)`: the category an assessor uses, with the XCCDF severity it comes from. */
function severityLabel(severity) {
    const category = args.stigCategory(severity);
    return category === undefined ? severity : `${category} (${severity})`;
}

/** More sections than this would crowd the comment; the rest go into the table, each with its "why". */
const MAX_GROUP_SECTIONS = 10;
const VALUE_MAX$1 = 160;
const SUMMARY_MAX = 300;
/** A value from the scan, as inline code that no Markdown or HTML inside can leave. */
function code(text) {
    return text === '' ? '(empty)' : `<code>${args.escapeMarkdown(args.clip(text, VALUE_MAX$1))}</code>`;
}
function findingMarkdown(parts) {
    return parts.map((part) => ('text' in part ? part.text : code(part.value))).join('');
}
/** The lines under a group's heading: each deciding test and what it found. */
function evidenceMarkdown(evidence) {
    if (evidence.kind === 'sce') {
        const output = evidence.output.slice(0, 3).map(code).join(' ');
        return [`- Script ${code(evidence.script)} printed: ${output || '(nothing)'}`];
    }
    const lines = evidence.tests.map((test) => {
        const label = test.comment ?? test.id;
        const negated = test.negated ? ' (negated)' : '';
        return `- Test “${args.escapeMarkdown(args.clip(label, VALUE_MAX$1))}”${negated}: ${findingMarkdown(testFinding(test))}`;
    });
    if (evidence.testsOmitted > 0)
        lines.push(`- and ${evidence.testsOmitted} more tests`);
    return lines;
}
function whyCell(rule) {
    return rule.evidence ? args.escapeMarkdown(args.clip(evidenceSummary(rule.evidence), SUMMARY_MAX)) : '—';
}
/**
 * A rule table: `header` and a row per rule, with a "Why" column (the rule's evidence in one line) when
 * any of them has evidence.
 */
function ruleTable(rules, ruleRow, header) {
    const why = rules.some((rule) => rule.evidence);
    return {
        header: why ? [`${header[0]} Why |`, `${header[1]}---|`] : [...header],
        rows: rules.map((rule) => (why ? `${ruleRow(rule)} ${whyCell(rule)} |` : ruleRow(rule))),
    };
}
/** How many rule ids a cause lists before "and N more": the folded table has them all. */
const MAX_IDS_PER_CAUSE = 60;
/** A cause's rules by severity, most severe first (the rules come sorted): `- **CAT I (6):** SV-1, SV-2`. */
function ruleIds(rules, render) {
    const shown = rules.slice(0, MAX_IDS_PER_CAUSE);
    const bySeverity = new Map();
    for (const rule of shown) {
        const severity = render.severity(rule);
        bySeverity.set(severity, [...(bySeverity.get(severity) ?? []), args.escapeMarkdown(render.label(rule))]);
    }
    const more = rules.length - shown.length;
    return [
        ...[...bySeverity].map(([severity, ids]) => `- **${severity} (${ids.length}):** ${ids.join(', ')}`),
        ...(more > 0 ? [`- and ${more} more, in the table below`] : []),
    ];
}
/**
 * The sections for `result.newFailures`: the causes, then every new failure in one folded table
 * (`render.ruleRow` under `render.header`, with a "Why" column when any rule has evidence).
 */
function newFailureSections(result, render) {
    const rules = result.newFailures;
    if (rules.length === 0)
        return [];
    const groups = groupByCause(rules);
    const shared = groups.filter((g) => g.rules.length > 1 && g.evidence).slice(0, MAX_GROUP_SECTIONS);
    const own = groups.filter((g) => !shared.includes(g) && g.evidence).flatMap((g) => g.rules);
    const sections = shared.map((group) => ({
        title: `New failures: ${group.rules.length} rules fail on one finding`,
        folded: false,
        intro: [
            ...evidenceMarkdown(group.evidence),
            '',
            `The ${group.rules.length} rules:`,
            '',
            ...ruleIds(group.rules, render),
        ],
        header: [],
        rows: [],
    }));
    if (own.length > 0) {
        sections.push({
            title: `${shared.length > 0 ? 'Other new failures' : 'New failures'} and why (${own.length})`,
            folded: false,
            intro: [],
            header: [],
            rows: own.map((rule) => `- **${args.escapeMarkdown(render.label(rule))}**: ${whyCell(rule)}`),
        });
    }
    const why = rules.some((rule) => rule.evidence);
    const table = {
        title: `All ${rules.length} new failures: severity, title${why ? ' and why' : ''}`,
        folded: true,
        intro: [],
        ...ruleTable(rules, render.ruleRow, render.header),
    };
    if (result.current.evidenceFrom === 'xccdf' && rules.some((rule) => !rule.evidence)) {
        table.intro.push('_Why each rule fails is in the ARF: gate `results-arf.xml` (the action’s `results` input, or ' +
            '`compare --current`) to see the evidence._');
    }
    return [...sections, table];
}

/** Where the waivers reader looks by default. */
const WAIVERS_PATH = '.stig-gate/waivers.yml';
function comment(text) {
    return args.clip(args.oneLine(text).replace(/`/g, "'"), 120);
}
/** {@link waiverSnippet} in parts, so that a report can cut it between entries. */
function waiverSnippetParts(rules, options = {}) {
    const head = [
        `# ${WAIVERS_PATH}: accept these failures as risks. Fill in reason, owner and expires`,
        '# (YYYY-MM-DD, required here), review, and commit; until then the file is refused, nothing is waived.',
        'waivers:',
    ];
    const entries = rules.map((rule) => {
        const category = args.stigCategory(rule.severity);
        return [
            `  # ${comment(`${category ?? rule.severity}: ${rule.title}`)}`,
            `  - rule: ${JSON.stringify(args.stigLabel(rule))}`,
            // Empty: the reader refuses an empty reason and an expiry that is not a date.
            `    reason: "" # fill in: why this failure is acceptable, for an assessor`,
            `    owner: "" # fill in: who answers for it`,
            `    expires: "" # fill in: YYYY-MM-DD, when it must be looked at again`,
            ...imageLines(options.imagesOf?.(rule) ?? (options.image === undefined ? [] : [options.image])),
        ].join('\n');
    });
    return { head, entries };
}
function imageLines(images) {
    const names = [...new Set(images.map(imageName))];
    return names.length === 0 ? [] : ['    images:', ...names.map((name) => `      - ${JSON.stringify(name)}`)];
}
/**
 * The image's repository, without tag or digest: a waiver for `registry/app` holds for the next build and
 * the next pull request's tag too (see docs/waivers.md, `images`).
 */
function imageName(image) {
    const name = image.replace(/@sha256:[0-9a-f]+$/i, '');
    const tag = name.lastIndexOf(':');
    return tag > name.lastIndexOf('/') ? name.slice(0, tag) : name;
}
/** A Markdown code fence longer than any run of backticks in `lines` (a rule id from a hostile file). */
function codeFence(lines) {
    const longest = Math.max(0, ...lines.flatMap((line) => (line.match(/`+/g) ?? []).map((run) => run.length)));
    return '`'.repeat(Math.max(3, longest + 1));
}
/** The YAML text of a waivers file waiving each of `rules`, placeholders to fill in. */
function waiverSnippet(rules, options = {}) {
    const { head, entries } = waiverSnippetParts(rules, options);
    return `${[...head, ...entries].join('\n')}\n`;
}

const TITLE_MAX = 300;
const TEXT_MAX = 500;
const SHORT_MAX = 120;
function cell(text, max = SHORT_MAX) {
    return args.escapeMarkdown(args.clip(text, max));
}
function severityCell(rule) {
    return rule.meetsThreshold
        ? severityLabel(rule.severity)
        : `${severityLabel(rule.severity)} · below threshold`;
}
function change(rule) {
    return rule.baselineResult === undefined ? rule.result : `${rule.baselineResult} → ${rule.result}`;
}
const RULE_HEADER = ['| Severity | STIG ID | Title | Baseline → now |', '|---|---|---|---|'];
function ruleRow(rule) {
    return `| ${severityCell(rule)} | ${cell(args.stigLabel(rule))} | ${cell(rule.title, TITLE_MAX)} | ${change(rule)} |`;
}
/** A folded or open table of rules; still-failing ones say why they fail, as the new failures do. */
function ruleSection(title, rules, folded) {
    return {
        title: `${title} (${rules.length})`,
        folded,
        intro: [],
        ...ruleTable(rules, ruleRow, RULE_HEADER),
    };
}
function waivedSection(rules) {
    return {
        title: `Waived (${rules.length})`,
        folded: true,
        intro: ['Waived failures do not fail the gate while their waiver holds.'],
        header: ['| Severity | STIG ID | Title | Reason | Owner | Expires |', '|---|---|---|---|---|---|'],
        rows: rules.map((rule) => {
            const waiver = rule.waiver;
            return (`| ${severityLabel(rule.severity)} | ${cell(args.stigLabel(rule))} | ${cell(rule.title, TITLE_MAX)} ` +
                `| ${cell(waiver?.reason ?? '', TEXT_MAX)} | ${cell(waiver?.owner ?? '—')} | ${cell(waiver?.expires ?? 'never')} |`);
        }),
    };
}
function inheritedSection(rules) {
    const categories = new Map();
    for (const rule of rules)
        if (rule.inherited)
            categories.set(rule.inherited.category, rule.inherited.categoryText);
    return {
        title: `Inherited from host (${rules.length})`,
        folded: true,
        intro: [
            'Container false positives the host or platform provides the control for (opt-in set, reviewed in ' +
                'src/gate/inherited-from-host.json). An assessor still verifies each on the host:',
            '',
            ...[...categories].map(([name, text]) => `- **${cell(name)}**: ${cell(text, TEXT_MAX)}`),
        ],
        header: ['| Severity | STIG ID | Title | Category |', '|---|---|---|---|'],
        rows: rules.map((rule) => `| ${severityLabel(rule.severity)} | ${cell(args.stigLabel(rule))} | ${cell(rule.title, TITLE_MAX)} ` +
            `| ${cell(rule.inherited?.category ?? '')} |`),
    };
}
function addedRemovedSection(result) {
    const rows = [
        ...result.newRules.map((rule) => ({ rule, what: 'added' })),
        ...result.removedRules.map((rule) => ({ rule, what: 'removed' })),
    ].map(({ rule, what }) => `| ${what} | ${cell(args.stigLabel(rule))} | ${cell(rule.title, TITLE_MAX)} | ${change(rule)} |`);
    return {
        title: `Rules added (${result.newRules.length}) or removed (${result.removedRules.length}) since the baseline`,
        folded: true,
        intro: [],
        header: ['| | STIG ID | Title | Baseline → now |', '|---|---|---|---|'],
        rows,
    };
}
function expiredRow({ waiver, matchedRules }) {
    const covered = matchedRules.length === 0 ? 'it names no failing rule' : `${matchedRules.length} failure(s) count again`;
    return `- Expired on ${cell(waiver.expires ?? '')}: ${cell(waiver.origin, TEXT_MAX)}; ${covered}`;
}
function staleRow({ waiver, detail }) {
    return `- Stale: ${cell(waiver.origin, TEXT_MAX)}: ${cell(detail, TEXT_MAX)}`;
}
/** The folded, ready-to-commit waivers file for the new failures, cut between entries when too long. */
function waiverSnippetSection(result) {
    const { head, entries } = waiverSnippetParts(result.newFailures, result.image === undefined ? {} : { image: result.image });
    const fence = codeFence([...head, ...entries]);
    return {
        title: `To accept them as risks instead: a ready-to-commit ${WAIVERS_PATH} for the ${result.newFailures.length} new failures`,
        folded: true,
        intro: [
            'Keep the entries you accept, fill in `reason`, `owner` and `expires` (YYYY-MM-DD), and commit the ' +
                `file as \`${WAIVERS_PATH}\` (docs/waivers.md). As pasted it is refused: nothing is waived unread.`,
        ],
        header: [`${fence}yaml`, ...head],
        rows: entries,
        trailer: [fence],
    };
}
/**
 * What must be read with the verdict, right under it: expired and stale waivers (failures that count
 * again), then the warnings. Untitled, so they read as part of the verdict.
 */
function verdictSections(result) {
    const review = result.expiredWaivers.length + result.staleWaivers.length;
    return [
        {
            title: '',
            folded: false,
            intro: [`**⏰ Waivers to review (${review})**`],
            header: [],
            rows: [...result.expiredWaivers.map(expiredRow), ...result.staleWaivers.map(staleRow)],
        },
        {
            title: '',
            folded: false,
            intro: [`**⚠️ Warnings (${result.warnings.length})**`],
            header: [],
            rows: result.warnings.map((warning) => `- ${cell(warning, TEXT_MAX)}`),
        },
    ].filter((section) => section.rows.length > 0);
}
/**
 * The sections after the overview, in reading order: what to fix (the causes of the new failures, then all
 * of them in a folded table), what to waive instead (the snippet), then fixed, and the rest folded.
 */
function markdownSections(result) {
    const sections = [];
    const add = (section) => {
        if (section.rows.length > 0 || (section.header.length === 0 && section.intro.length > 0))
            sections.push(section);
    };
    newFailureSections(result, {
        ruleRow,
        header: RULE_HEADER,
        label: args.stigLabel,
        severity: shortSeverity,
    }).forEach(add);
    if (result.newFailures.length > 0)
        add(waiverSnippetSection(result));
    add(ruleSection('Fixed', result.fixed, false));
    add(ruleSection('Still failing', result.stillFailing, true));
    add(waivedSection(result.waived));
    add(inheritedSection(result.inheritedFromHost));
    add(addedRemovedSection(result));
    return sections;
}
/** `CAT I` for the rule list of a cause; the severity word when the rule has no STIG category. */
function shortSeverity(rule) {
    return args.stigCategory(rule.severity) ?? rule.severity;
}

const VALUE_MAX = 200;
/** `sha256:…` of a recorded image (`repo@sha256:…`), or the record itself when it is an image id. */
function digestPart(recorded) {
    const at = recorded.lastIndexOf('@');
    return at === -1 ? recorded : recorded.slice(at + 1);
}
/**
 * `OpenSCAP 1.4.2 · scanner cgr.dev/chainguard/openscap:latest-dev (sha256:…) · container mode · target …`;
 * undefined when none of these is known (a results file from elsewhere may record nothing).
 */
function describeScanFacts(facts) {
    const parts = [];
    if (facts.oscapVersion)
        parts.push(`OpenSCAP ${args.clip(facts.oscapVersion, VALUE_MAX)}`);
    if (facts.scannerImage) {
        const digest = facts.scannerDigest && digestPart(facts.scannerDigest);
        const pinned = digest !== undefined && facts.scannerImage.endsWith(`@${digest}`);
        parts.push(`scanner ${args.clip(facts.scannerImage, VALUE_MAX)}${digest && !pinned ? ` (${args.clip(digest, VALUE_MAX)})` : ''}`);
    }
    else if (facts.scannerDigest) {
        parts.push(`scanner ${args.clip(facts.scannerDigest, VALUE_MAX)}`);
    }
    if (facts.mode)
        parts.push(`${args.clip(facts.mode, VALUE_MAX)} mode`);
    if (facts.targetDigest)
        parts.push(`target ${args.clip(facts.targetDigest, VALUE_MAX)}`);
    return parts.length > 0 ? parts.join(' · ') : undefined;
}
/** The drift notice as its own Markdown paragraph, for the head of the new failures (or the header). */
function markdownDriftNotice(drift) {
    return `⚠️ **Scanner changed since the baseline:** ${args.escapeMarkdown(drift.notice)}.`;
}

/**
 * The Markdown report, for the PR comment and the job summary, in the order that says what to do: the
 * verdict with what must be read with it (notices, waivers to review, warnings), the counts and the
 * baseline, the causes of the new failures, every new failure in a folded table, a folded ready-to-commit
 * waivers file for them, fixed, then still failing, waived and the rest folded in `<details>`. It stays
 * under a length limit by cutting the longest sections first and saying where the full list is.
 */
/** GitHub's limit on an issue or pull request comment body. */
const GITHUB_COMMENT_LIMIT = 65_536;
/** The default limit: GitHub's, less room for the hidden marker and anything the publisher adds. */
const DEFAULT_MARKDOWN_MAX = GITHUB_COMMENT_LIMIT - 1_536;
/** Renders the gate result as GitHub-flavoured Markdown no longer than `options.maxLength`. */
function renderMarkdown(result, options = {}) {
    const maxLength = options.maxLength ?? DEFAULT_MARKDOWN_MAX;
    const hint = options.fullReportHint ?? 'the JSON report (`stig-gate.json`)';
    const head = verdictLines(result, options.heading ?? 'STIG gate').join('\n') + '\n';
    const sections = [
        ...verdictSections(result),
        { title: '', folded: false, intro: overviewLines(result), header: [], rows: [] },
        ...markdownSections(result),
        {
            title: 'The scans compared, and the policy',
            folded: true,
            intro: scanLines(result),
            header: [],
            rows: [],
        },
    ];
    return fitSections(head, sections, maxLength, hint);
}
/**
 * `head` (kept whole) and then `sections`, within `maxLength` UTF-8 bytes: when the whole is too long, the
 * longest sections are cut first, each saying how much it shows and that the rest is in `hint`.
 */
function fitSections(head, sections, maxLength, hint) {
    const render = (kept) => head + sections.map((section, i) => renderSection(section, kept[i], hint)).join('');
    const all = sections.map((section) => section.rows.length);
    const whole = render(all);
    if (bytes(whole) <= maxLength)
        return whole;
    // Water-filling: the largest per-section budget `cap` (bytes of rows) that fits, so the longest
    // sections are cut first and short ones stay whole.
    const prefixes = sections.map((section) => cumulative(section.rows.map((row) => bytes(row) + 1)));
    const fixedCost = sections.map((section, i) => ({
        whole: bytes(renderSection(section, 0, hint)) - bytes(cutNote(section, 0, hint)),
        cut: bytes(renderSection(section, 0, hint)) + 16,
        // What a section with rows adds to one without: the table's header rows, trailer and line breaks.
        withRows: (section.header.length > 0 ? bytes(section.header.join('\n')) + 2 : 1) +
            (section.trailer?.length ? bytes(section.trailer.join('\n')) + 1 : 0),
        rows: prefixes[i],
    }));
    const keptFor = (cap) => prefixes.map((prefix) => lastIndexAtMost(prefix, cap));
    const estimate = (cap) => bytes(head) +
        keptFor(cap).reduce((sum, k, i) => {
            const cost = fixedCost[i];
            return sum + (k === all[i] ? cost.whole : cost.cut) + (k > 0 ? cost.withRows : 0) + cost.rows[k];
        }, 0);
    let low = 0;
    let high = Math.max(...prefixes.map((prefix) => prefix[prefix.length - 1]));
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (estimate(mid) <= maxLength)
            low = mid;
        else
            high = mid - 1;
    }
    for (let cap = low;; cap = Math.floor(cap * 0.9)) {
        const text = render(keptFor(cap));
        if (bytes(text) <= maxLength)
            return text;
        if (cap === 0)
            return cutAtLine(text, maxLength, hint);
    }
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * Last resort when even the fixed parts are too long (a set's table of hundreds of images, a tiny limit):
 * cut at a line break, so no table row or code span is left half, close a `<details>` left open, and say
 * where the whole is. With no room even for the note, a plain cut.
 */
function cutAtLine(text, max, hint) {
    const note = `\n\n_Cut to keep this under GitHub's size limit; the full report is in ${hint}._\n`;
    const room = max - bytes(note) - bytes('\n</details>');
    if (room <= 0)
        return plainCut(text, max);
    let kept = plainCut(text, room);
    const lineEnd = kept.lastIndexOf('\n');
    if (lineEnd > 0)
        kept = kept.slice(0, lineEnd);
    const open = (kept.match(/<details>/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length;
    return `${kept}${open > 0 ? '\n</details>' : ''}${note}`;
}
function plainCut(text, max) {
    let cut = Buffer.from(text, 'utf8').subarray(0, max).toString('utf8');
    while (bytes(cut) > max)
        cut = cut.slice(0, -1);
    return cut;
}
/** [0, a, a+b, …]: the size of the first k rows at index k. */
function cumulative(sizes) {
    const sums = [0];
    for (const size of sizes)
        sums.push(sums[sums.length - 1] + size);
    return sums;
}
/** The largest k with prefix[k] <= cap. */
function lastIndexAtMost(prefix, cap) {
    let k = 0;
    while (k + 1 < prefix.length && prefix[k + 1] <= cap)
        k += 1;
    return k;
}
function cutNote(section, kept, hint) {
    const total = section.rows.length;
    if (kept >= total)
        return '';
    const shown = kept === 0 ? `None of the ${total} are shown here` : `Showing ${kept} of ${total}`;
    return `_${shown} to keep this under GitHub's size limit; the full list is in ${hint}._\n\n`;
}
function renderSection(section, kept, hint) {
    const rows = section.rows.slice(0, kept);
    const body = (section.intro.length > 0 ? section.intro.join('\n') + '\n\n' : '') +
        (rows.length > 0 ? [...section.header, ...rows, ...(section.trailer ?? [])].join('\n') + '\n\n' : '') +
        cutNote(section, kept, hint);
    if (section.title === '')
        return body;
    if (section.folded) {
        return `<details><summary>${args.escapeHtml(section.title)}</summary>\n\n${body}</details>\n\n`;
    }
    return `### ${args.escapeMarkdown(section.title)}\n\n${body}`;
}
/** `what` names the scan (the image, or where a baseline came from); default its target or file name. */
function scanLine(label, scan, what = scan.target ?? node_path.basename(scan.source)) {
    const benchmark = `${scan.benchmark.title ?? scan.benchmark.id} ${scan.benchmark.version ?? ''}`.trim();
    const profile = scan.profile.title ?? scan.profile.id ?? '(no profile)';
    const when = scan.endTime ?? scan.startTime;
    return (`**${label}:** ${args.escapeMarkdown(args.clip(what, 400))} — ${args.escapeMarkdown(args.clip(benchmark, 200))}, ` +
        `profile ${args.escapeMarkdown(args.clip(profile, 200))}${when ? `, scanned ${args.escapeMarkdown(args.clip(when, 40))}` : ''} ` +
        `(${args.escapeMarkdown(args.clip(node_path.basename(scan.source), 120))})`);
}
/** ` · [its run](url)`: the workflow run whose artifact the baseline is (an http(s) URL the action built). */
function runLink(url) {
    if (url === undefined || !/^https?:\/\/[^\s()<>[\]]+$/.test(url))
        return '';
    return ` · [the run that made it](${url})`;
}
/** `**Current scanner:** OpenSCAP 1.4.2 · scanner … · container mode`, when anything is known. */
function scannerLine(label, scan) {
    const facts = describeScanFacts(scan.facts);
    return facts === undefined ? [] : [`**${label} scanner:** ${args.escapeMarkdown(facts)}  `];
}
/** The heading, the verdict and the notices that change how it reads: kept whole, first. */
function verdictLines(result, heading) {
    const failed = result.verdict === 'fail';
    const reason = result.reason.replace(/^gate (failed|passed): /, '');
    return [
        `## ${args.escapeMarkdown(args.clip(heading, 200))}`,
        '',
        `${failed ? '❌' : '✅'} **Gate ${failed ? 'failed' : 'passed'}:** ${args.escapeMarkdown(reason)}`,
        '',
        // Beside the verdict: without them the verdict reads wrong (another profile, content for another OS).
        ...(result.notices ?? []).flatMap((notice) => [
            `> ⚠️ **Notice:** ${args.escapeMarkdown(args.clip(notice, 4000))}`,
            '',
        ]),
    ];
}
/** `2026-12-08 00:24 UTC` from an ISO 8601 time; anything else as it is. */
function readableTime(time) {
    const date = new Date(time);
    return Number.isNaN(date.getTime()) ? time : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** An image reference with its digest shortened to 12 hex digits (the scans section has it whole). */
function shortDigest(image) {
    return image.replace(/(sha256:[0-9a-f]{12})[0-9a-f]{52}\b/gi, '$1…');
}
/**
 * The image a scan scanned, in escaped Markdown: the digest recorded beside it, else the results' own target
 * when it names one (in most modes it is a container's id or `unknown`).
 */
function scannedImage(scan) {
    const image = scan.facts.targetDigest ?? scan.target;
    if (image === undefined || image === 'unknown')
        return 'an image its results do not name';
    if (/^[0-9a-f]{12}([0-9a-f]{52})?$/.test(image))
        return `container ${image.slice(0, 12)} (its results do not name the image)`;
    return args.escapeMarkdown(args.clip(shortDigest(image), 300));
}
/** `**Baseline:** app@sha256:…, scanned 2026-12-08 00:24 UTC (artifact …)`: what the new failures are new against. */
function baselineLine(result) {
    const baseline = result.baseline;
    if (!baseline)
        return '**Baseline:** none, so every failure counts as new.';
    const when = baseline.endTime ?? baseline.startTime;
    const parts = [
        scannedImage(baseline),
        ...(when ? [`scanned ${args.escapeMarkdown(args.clip(readableTime(when), 40))}`] : []),
    ];
    const from = result.baselineFrom ? ` (${args.escapeMarkdown(args.clip(result.baselineFrom, 400))})` : '';
    return `**Baseline:** ${parts.join(', ')}${from}${runLink(result.baselineRunUrl)}`;
}
/** The counts, the baseline and what to do: kept whole, under the verdict and above the causes. */
function overviewLines(result) {
    const { counts } = result;
    const columns = [
        ['New failures', counts.newFailures],
        ['Fixed', counts.fixed],
        ['Still failing', counts.stillFailing],
        ['Waived', counts.waived],
        ...(result.inheritedFromHostEnabled
            ? [['Inherited from host', counts.inheritedFromHost]]
            : []),
        ['Passed', counts.passed],
        ['Not applicable', counts.notapplicable],
    ];
    return [
        `| ${columns.map(([name]) => name).join(' | ')} |`,
        `|${columns.map(() => '---:').join('|')}|`,
        `| ${columns.map(([, count]) => String(count)).join(' | ')} |`,
        '',
        baselineLine(result),
        ...(result.newFailures.length > 0
            ? [
                '',
                '**What to do:** fix the causes below in the image, or accept a failure as a risk with a waiver ' +
                    '(the ready-to-commit file is folded under the table of new failures).',
            ]
            : []),
        // Last, so just above the causes: the new failures may come from the scanner, not the image.
        ...(result.scannerDrift ? ['', markdownDriftNotice(result.scannerDrift)] : []),
    ];
}
/** The folded record of what was compared: each scan, its scanner, and the policy. */
function scanLines(result) {
    const { policy } = result;
    const failOn = policy.failOn === 'new'
        ? 'new failures'
        : policy.failOn === 'any'
            ? 'any failure'
            : 'nothing (report only)';
    return [
        scanLine('Current', result.current, result.image) + '  ',
        ...scannerLine('Current', result.current),
        result.baseline
            ? scanLine('Baseline', result.baseline, result.baselineFrom) + '  '
            : '**Baseline:** none, so every failure counts as new.  ',
        ...(result.baseline ? scannerLine('Baseline', result.baseline) : []),
        `**Policy:** fail on ${failOn}; counting ${describeThreshold(policy.severityThreshold)}; ` +
            `inherited-from-host set ${result.inheritedFromHostEnabled ? 'on' : 'off'}.`,
    ];
}

/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one result per counted
 * failure (unwaived, at or above the severity threshold), new and still failing alike so alerts stay open
 * while a failure lasts, with `baselineState` telling them apart. Fingerprints depend only on the STIG
 * rule and the image repository, so an alert survives rescans, new tags and rule revisions.
 */
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The key of stig-gate's partial fingerprint; its input changes only with a new version suffix. */
const FINGERPRINT_KEY = 'stigGateRule/v1';
const SEMVER = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;
function level(severity) {
    switch (severity) {
        case 'high':
            return 'error';
        case 'medium':
        case 'unknown':
            return 'warning';
        case 'low':
        case 'info':
            return 'note';
    }
}
/** GitHub's `security-severity` (0–10): CAT I high, CAT II medium, CAT III low in its bands. */
function securitySeverity(severity) {
    switch (severity) {
        case 'high':
            return '8.0';
        case 'medium':
        case 'unknown':
            return '5.5';
        case 'low':
            return '3.0';
        case 'info':
            return '0.0';
    }
}
/** An image reference as a relative URI: repository only, each path segment percent-encoded. */
function imageUri(image) {
    const repository = image.split('@')[0];
    const lastSlash = repository.lastIndexOf('/');
    const colon = repository.indexOf(':', lastSlash + 1);
    const withoutTag = colon === -1 ? repository : repository.slice(0, colon);
    return withoutTag.split('/').map(encodeURIComponent).join('/');
}
/**
 * SARIF's plain-text messages read `[text](target)` as an embedded link (SARIF 2.1.0 §3.11.6), so a literal
 * bracket, and the backslash that escapes it, is backslash-escaped: a title from a scan links nowhere.
 */
function plainText(text) {
    return text.replace(/[\\[\]]/g, '\\$&');
}
function descriptor(rule) {
    const label = args.stigLabel(rule);
    const category = args.stigCategory(rule.severity);
    const help = [
        rule.description,
        rule.fixText ? `Fix: ${rule.fixText}` : undefined,
        rule.stig.cci.length > 0 ? `CCI: ${rule.stig.cci.join(', ')}` : undefined,
        `XCCDF rule: ${rule.ruleId}`,
    ].filter((part) => part !== undefined);
    return {
        id: rule.ruleId,
        name: label,
        shortDescription: { text: plainText(args.oneLine(`${label}: ${rule.title}`)) },
        fullDescription: { text: plainText(args.oneLine(rule.description ?? rule.title)) },
        help: { text: plainText(args.visibleBidi(help.join('\n\n'))) },
        defaultConfiguration: { level: level(rule.severity) },
        properties: {
            tags: ['security', 'stig', ...(category ? [category] : []), ...rule.stig.cci],
            'security-severity': securitySeverity(rule.severity),
            precision: 'high',
            'problem.severity': level(rule.severity) === 'note' ? 'recommendation' : level(rule.severity),
        },
    };
}
/** The SARIF log for a gate result. */
function renderSarif(result, options = {}) {
    const uri = options.artifactUri ??
        (result.image ? imageUri(result.image) : encodeURIComponent(node_path.basename(result.current.source)));
    const counted = [...result.newFailures, ...result.stillFailing].filter((rule) => rule.meetsThreshold);
    const rules = [];
    const ruleIndex = new Map();
    const newIds = new Set(result.newFailures.map((rule) => rule.ruleId));
    const results = counted.map((rule) => {
        let index = ruleIndex.get(rule.ruleId);
        if (index === undefined) {
            index = rules.push(descriptor(rule)) - 1;
            ruleIndex.set(rule.ruleId, index);
        }
        const isNew = newIds.has(rule.ruleId);
        const state = result.baseline === undefined ? '' : isNew ? ' (new since the baseline)' : ' (still failing)';
        const label = args.stigLabel(rule);
        const target = result.image ?? result.current.target ?? node_path.basename(result.current.source);
        const fingerprint = node_crypto.createHash('sha256')
            .update(`${rule.stig.ruleId ?? rule.ruleId}\n${uri}`)
            .digest('hex');
        return {
            ruleId: rule.ruleId,
            ruleIndex: index,
            level: level(rule.severity),
            message: {
                text: plainText(args.oneLine(`${label} ${rule.result} on ${target}${state}: ` +
                    (rule.evidence
                        ? `${rule.title.replace(/\.\s*$/, '')}. Why: ${evidenceSummary(rule.evidence)}`
                        : rule.title))),
            },
            locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } } }],
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
            ...(result.baseline ? { baselineState: isNew ? 'new' : 'unchanged' } : {}),
            properties: {
                stigId: label,
                severity: rule.severity,
                result: String(rule.result),
                ...(rule.baselineResult === undefined ? {} : { baselineResult: String(rule.baselineResult) }),
                ...(rule.evidence
                    ? { evidenceSummary: evidenceSummary(rule.evidence), evidence: evidenceLines(rule.evidence) }
                    : {}),
            },
        };
    });
    const driver = {
        name: 'stig-gate',
        ...(options.toolVersion ? { version: options.toolVersion } : {}),
        ...(options.toolVersion && SEMVER.test(options.toolVersion)
            ? { semanticVersion: options.toolVersion }
            : {}),
        rules,
    };
    const benchmark = result.current.benchmark;
    const oscapVersion = result.current.facts.oscapVersion;
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver,
                    ...(oscapVersion && {
                        extensions: [
                            { name: 'OpenSCAP', version: oscapVersion, informationUri: 'https://www.open-scap.org/' },
                        ],
                    }),
                },
                results,
                properties: {
                    verdict: result.verdict,
                    reason: result.reason,
                    benchmark: `${benchmark.id}${benchmark.version ? ` ${benchmark.version}` : ''}`,
                    ...(result.current.profile.id ? { profile: result.current.profile.id } : {}),
                    scan: { ...result.current.facts },
                    ...(result.scannerDrift && { scannerDrift: result.scannerDrift.notice }),
                    ...(result.notices && result.notices.length > 0 && { notices: [...result.notices] }),
                },
            },
        ],
    };
}

/** Wolfi and Chainguard's images (Chainguard OS says `chainguard`): the distributions the content is for. */
const COVERED = /^(wolfi|chainguard)$/;
/** True when the image is one the apk checks are written for. */
function isWolfiLike(os) {
    return os.ids.split(/\s+/).some((id) => COVERED.test(id.toLowerCase()));
}
/** Shown by name in the notice; the rest are counted (the JSON report lists every rule's result). */
const NAMED_MAX = 12;
/**
 * The notice for an image that is not Wolfi or Chainguard scanned with content that reads Wolfi-only paths,
 * naming the rules that passed through those checks; undefined when there is nothing to say.
 * `wolfiOnly` maps a rule id to the Wolfi-only paths its check reads (results/wolfi-paths.ts).
 */
function contentCoverageNotice(os, wolfiOnly, rules) {
    if (os === undefined || wolfiOnly.size === 0 || isWolfiLike(os))
        return undefined;
    const vacuous = rules.filter((rule) => rule.result === 'pass' && wolfiOnly.has(rule.ruleId));
    if (vacuous.length === 0)
        return undefined;
    const paths = [...new Set(vacuous.flatMap((rule) => wolfiOnly.get(rule.ruleId)))].sort();
    const names = vacuous.map(args.stigLabel);
    const shown = names.slice(0, NAMED_MAX).join(', ');
    const more = names.length > NAMED_MAX ? ` and ${names.length - NAMED_MAX} more` : '';
    const image = os.ids === 'none'
        ? 'this image has no /etc/os-release'
        : `this image is ${os.name ?? os.ids} (not Wolfi or Chainguard)`;
    return (`${image}, and the data stream checks some rules only through files of apk, Wolfi's package manager ` +
        `(${paths.join(', ')}), which such an image does not have: ${vacuous.length} rule` +
        `${vacuous.length === 1 ? '' : 's'} passed without checking anything (${shown}${more}). ` +
        'Their pass is no evidence for this image; assess them another way.');
}

/**
 * Which rules of a SCAP source data stream look only at files of apk, the package manager of Wolfi and
 * Chainguard's images (`/etc/apk/…`, `/usr/lib/apk/…`): on an image of another distribution those files do
 * not exist, and a check that passes when nothing matches passes without having looked at anything. The
 * rules are found by following each Rule's OVAL check through its tests, objects and variables to the
 * paths they read, so the list follows the content, not a list written here.
 */
/** apk's configuration and database: present on Wolfi and Chainguard images, on no other distro we meet. */
const WOLFI_ONLY_PATH = /^\/(etc\/apk|usr\/lib\/apk|lib\/apk)(\/|$)/;
/** The elements whose text is a path an OVAL object reads (`filepath` whole, `path` the directory). */
const PATH_ELEMENTS = new Set(['path', 'filepath']);
/**
 * Rule id → the Wolfi-only paths its OVAL checks read, for the rules whose checks read any.
 * `collection` is the data stream collection (`<ds:data-stream-collection>`), as the scanner's data stream
 * file holds it or an ARF embeds it in its report request.
 */
function wolfiOnlyChecks(collection) {
    const byId = new Map();
    const rules = [];
    walk(collection, (element) => {
        const id = element.attributes.id;
        if (element.name === 'Rule')
            rules.push(element);
        else if (id !== undefined && !byId.has(id))
            byId.set(id, element);
    });
    const pathsOf = new Map();
    // The paths an OVAL element reads, following every *_ref (tests, objects, states, variables, definitions).
    const follow = (id) => {
        const known = pathsOf.get(id);
        if (known)
            return known;
        const paths = new Set();
        pathsOf.set(id, paths); // before recursing: a cycle ends here
        const element = byId.get(id);
        if (element === undefined)
            return paths;
        walk(element, (node) => {
            if (PATH_ELEMENTS.has(node.name))
                paths.add(args.textContent(node).trim());
            for (const [name, value] of Object.entries(node.attributes))
                if (name.endsWith('_ref') && value !== id)
                    for (const path of follow(value))
                        paths.add(path);
        });
        return paths;
    };
    const checks = new Map();
    for (const rule of rules) {
        const read = new Set();
        walk(rule, (node) => {
            if (node.name === 'check-content-ref' && node.attributes.name !== undefined)
                for (const path of follow(node.attributes.name))
                    read.add(path);
        });
        const wolfiOnly = [...read].filter((path) => WOLFI_ONLY_PATH.test(path)).sort();
        if (wolfiOnly.length > 0 && rule.attributes.id !== undefined)
            checks.set(rule.attributes.id, wolfiOnly);
    }
    return checks;
}
function walk(element, visit) {
    visit(element);
    for (const child of element.content)
        if (typeof child !== 'string')
            walk(child, visit);
}
/**
 * The data stream collection in an XML text (a data stream file, or the head of an ARF up to the end of
 * its report requests), parsed; undefined when the text holds none.
 */
function dataStreamCollection(xml) {
    const open = /<([\w.-]+:)?data-stream-collection[\s>]/.exec(xml);
    if (open === null)
        return undefined;
    const close = `</${open[1] ?? ''}data-stream-collection>`;
    const end = xml.indexOf(close, open.index);
    if (end < 0)
        return undefined;
    return args.parseXmlFragment(xml.slice(open.index, end + close.length));
}

/**
 * The content-coverage notice for a scan made in this run (gate/content-coverage.ts): the image's
 * distribution is in its facts, the data stream that was evaluated is the one the ARF beside the results
 * embeds. Only the ARF's head is read, up to the end of that data stream.
 */
/** An ARF's report request (the data stream) comes first; a data stream is a few MB at most. */
const HEAD_MAX_BYTES = 32 * 2 ** 20;
const COLLECTION_END = /<\/([\w.-]+:)?data-stream-collection>/;
/** The notice, or undefined: the image is Wolfi-like, its distribution was not recorded, or there is no ARF. */
async function coverageNoticeFor(current, facts) {
    if (facts?.imageOsIds === undefined)
        return undefined;
    const os = { ids: facts.imageOsIds, ...(facts.imageOsName && { name: facts.imageOsName }) };
    if (isWolfiLike(os))
        return undefined;
    const arf = /arf/i.test(node_path.basename(current.source))
        ? current.source
        : node_path.join(node_path.dirname(current.source), 'results-arf.xml');
    const head = await readUntil(arf, COLLECTION_END);
    const collection = head === undefined ? undefined : dataStreamCollection(head);
    return collection && contentCoverageNotice(os, wolfiOnlyChecks(collection), current.rules);
}
/** The file's text up to the first match of `end`; undefined when the file is missing or has none early on. */
async function readUntil(path, end) {
    const file = await promises.open(path, 'r').catch(() => undefined);
    if (file === undefined)
        return undefined;
    try {
        const decoder = new TextDecoder();
        const buffer = Buffer.alloc(1 << 20);
        let text = '';
        let read = 0;
        while (read < HEAD_MAX_BYTES) {
            const { bytesRead } = await file.read(buffer, 0, buffer.length, read);
            if (bytesRead === 0)
                break;
            read += bytesRead;
            text += decoder.decode(buffer.subarray(0, bytesRead), { stream: true });
            // Search only the new part (and a tag's length back), so a long head is not searched again and again.
            const match = end.exec(text.slice(Math.max(0, text.length - bytesRead - 64)));
            if (match)
                return text;
        }
        return undefined;
    }
    finally {
        await file.close();
    }
}

/**
 * The records a scan leaves beside its results: scan.json (the scan's `OUTPUT_FILES.metadata`, named
 * here so that the gate loads no scanner code) and the gate's JSON report.
 */
const SIDE_FILES = { scanJson: 'scan.json', gateJson: 'stig-gate.json' };
/** A recorded value that is a fact: not blank, and not the placeholder a record writes for "not known". */
function isFact(value) {
    return value !== undefined && value.trim() !== '' && value.trim().toLowerCase() !== 'unknown';
}
/** The facts of a scan made in this run: the images as given and recorded, and the mode it ran in. */
function factsOfScan(record, plan) {
    return {
        scannerImage: plan.scannerImage,
        mode: isFact(record.mode) ? record.mode : plan.mode,
        ...(isFact(record.scannerDigest) && { scannerDigest: record.scannerDigest }),
        ...(isFact(record.targetDigest) && { targetDigest: record.targetDigest }),
        ...(isFact(record.oscapVersion) && { oscapVersion: record.oscapVersion }),
        ...(isFact(record.imageOs?.ids) && { imageOsIds: record.imageOs.ids }),
        ...(isFact(record.imageOs?.name) && { imageOsName: record.imageOs.name }),
    };
}
function parseObject(text) {
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function objectAt(json, key) {
    const value = json?.[key];
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function textAt(json, key) {
    const value = json?.[key];
    return typeof value === 'string' && isFact(value) ? value : undefined;
}
function sameCounts(recorded, counts) {
    return recorded !== undefined && args.RULE_RESULT_VALUES.every((value) => recorded[value] === counts[value]);
}
/** The fact fields a record may carry, read as text (anything else is left out). */
function factsIn(json) {
    const facts = {};
    const keys = [
        'scannerImage',
        'scannerDigest',
        'oscapVersion',
        'mode',
        'targetDigest',
        'imageOsIds',
        'imageOsName',
    ];
    for (const key of keys) {
        const value = textAt(json, key);
        if (value !== undefined)
            facts[key] = value;
    }
    return facts;
}
/**
 * The facts in a scan.json, when its result counts are the results file's (scan.json holds no time; the
 * scan writes both files together, and one that disagrees belongs to another scan).
 */
function factsFromScanJson(text, results) {
    const json = parseObject(text);
    return sameCounts(objectAt(json, 'counts'), results.counts) ? factsIn(json) : {};
}
/**
 * The facts of the current scan in a stig-gate.json, when that scan is the results file's: the same
 * TestResult, start and end time and counts.
 */
function factsFromGateJson(text, results) {
    const current = objectAt(parseObject(text), 'current');
    const sameScan = current !== undefined &&
        current.testResultId === results.testResultId &&
        (current.startTime ?? undefined) === results.startTime &&
        (current.endTime ?? undefined) === results.endTime &&
        sameCounts(objectAt(current, 'counts'), results.counts);
    return sameScan ? factsIn(objectAt(current, 'facts')) : {};
}

/**
 * Files in, files out: reads the results and waivers files, evaluates the gate, and writes the reports.
 * The one place the gate touches the file system; shared by the CLI (`compare`, `scan`) and the action.
 */
/**
 * The YAML parser is loaded only when there is a waivers file: it was most of the gate's code (loading the
 * CLI's gate chunk took 41 ms with it, ~10 ms without; `compare` with no waivers is ~12 ms sooner).
 */
async function loadWaivers(path) {
    const { loadWaiversFile } = await Promise.resolve().then(function () { return require('./waivers-file-D1Z5zZ7-.js'); });
    return loadWaiversFile(path);
}
async function readText(path) {
    return promises.readFile(path, 'utf8').catch(() => undefined);
}
/**
 * The facts recorded beside a results file, kept only where they describe it (see scan-facts.ts). Missing
 * or unreadable records are no facts: never an error, since most results files have none.
 */
async function readFactsBeside(path, results) {
    const dir = node_path.dirname(path);
    const [scanJson, gateJson] = await Promise.all([
        readText(node_path.join(dir, SIDE_FILES.scanJson)),
        readText(node_path.join(dir, SIDE_FILES.gateJson)),
    ]);
    return mergeFacts(scanJson === undefined ? undefined : factsFromScanJson(scanJson, results), gateJson === undefined ? undefined : factsFromGateJson(gateJson, results));
}
async function resolveFacts(facts, input, results) {
    if (results === undefined)
        return undefined;
    const source = facts ?? (typeof input === 'string' ? { beside: input } : undefined);
    return source !== undefined && 'beside' in source ? readFactsBeside(source.beside, results) : source;
}
/** {@link gateFiles}, also handing back the current scan's results as read (the evidence needs its rules). */
async function gateScans(options) {
    // Errors say which of the two files they are about: both are results files, often of one name.
    const read = (input, role) => typeof input !== 'string'
        ? input
        : args.readResultsFile(input).catch((error) => {
            throw error instanceof cli.ResultsFormatError ? error.as(role) : error;
        });
    const [current, baseline, waivers] = await Promise.all([
        read(options.current, 'current'),
        options.baseline === undefined ? undefined : read(options.baseline, 'baseline'),
        options.waivers === undefined ? [] : loadWaivers(options.waivers),
    ]);
    const [currentFacts, baselineFacts] = await Promise.all([
        resolveFacts(options.currentFacts, options.current, current),
        resolveFacts(options.baselineFacts, options.baseline, baseline),
    ]);
    const result = evaluateGate({
        current,
        baseline,
        waivers,
        inheritedFromHost: options.inheritedFromHost,
        policy: options.policy,
        now: options.now ?? new Date(),
        image: options.image,
        ...(currentFacts && { currentFacts }),
        ...(baselineFacts && { baselineFacts }),
        ...(options.baselineFrom !== undefined && { baselineFrom: options.baselineFrom }),
        ...(options.baselineRunUrl !== undefined && { baselineRunUrl: options.baselineRunUrl }),
    });
    // Beside the verdict: rules of Wolfi-only checks that passed on an image of another distribution.
    const coverage = await coverageNoticeFor(current, currentFacts).catch((error) => {
        result.warnings.push(`could not check what the content covers: ${cli.toError(error).message}`);
        return undefined;
    });
    if (coverage !== undefined)
        result.notices = [...(result.notices ?? []), coverage];
    return { result, current };
}
/**
 * File names of the reports inside the reports folder. A report added here (with its rendering in
 * {@link renderReports}) is written, uploaded with the artifact and listed in its manifest.
 */
const REPORT_FILES = {
    json: 'stig-gate.json',
    sarif: 'stig-gate.sarif',
    markdown: 'stig-gate.md',
    waiversNew: 'waivers-new.yml',
};
/** Renders the reports folder's files. The Markdown file is the full report: no length limit. */
function renderReports(result, options = {}) {
    return {
        json: `${JSON.stringify(gateJson(result), null, 2)}\n`,
        sarif: `${JSON.stringify(renderSarif(result, options.sarif), null, 2)}\n`,
        markdown: renderMarkdown(result, { maxLength: Number.MAX_SAFE_INTEGER, ...options.markdown }),
        // The comment's ready-to-commit waivers file for the new failures, whole (refused until filled in).
        waiversNew: waiverSnippet(result.newFailures, result.image === undefined ? {} : { image: result.image }),
    };
}
/**
 * Writes rendered reports as {@link REPORT_FILES} names them into `dir` (created when missing) and returns
 * their paths.
 */
async function writeRenderedReports(reports, dir) {
    const names = Object.keys(REPORT_FILES);
    const paths = Object.fromEntries(names.map((name) => [name, node_path.join(dir, REPORT_FILES[name])]));
    try {
        await promises.mkdir(dir, { recursive: true });
        await Promise.all(names.map((name) => promises.writeFile(paths[name], reports[name])));
    }
    catch (error) {
        throw new cli.ConfigurationError(`cannot write the reports to ${dir}: ${cli.toError(error).message}; check the path`);
    }
    return paths;
}

exports.REPORT_FILES = REPORT_FILES;
exports.RULE_REFERENCE_FORMS = RULE_REFERENCE_FORMS;
exports.WAIVERS_PATH = WAIVERS_PATH;
exports.codeFence = codeFence;
exports.describePolicy = describePolicy;
exports.describeScanFacts = describeScanFacts;
exports.evidenceLines = evidenceLines;
exports.evidenceSummary = evidenceSummary;
exports.factsOfScan = factsOfScan;
exports.fitSections = fitSections;
exports.gateJson = gateJson;
exports.gateScans = gateScans;
exports.parseRuleReference = parseRuleReference;
exports.renderMarkdown = renderMarkdown;
exports.renderReports = renderReports;
exports.renderSarif = renderSarif;
exports.severityLabel = severityLabel;
exports.waiverSnippetParts = waiverSnippetParts;
exports.writeRenderedReports = writeRenderedReports;
