/**
 * STIG Viewer 3's checklist (`stig-gate.cklb`): JSON, valid against DISA's SV3_CKLB_1_0 schema, which
 * allows no property it does not list at any level. One STIG (the benchmark), one entry per rule of the
 * profile, with STIG Viewer's short ids (see stig-ids.ts) and stable UUIDs.
 */
import { checklistRuleId, iaControls, stigInfo, targetComment, targetHostName } from './checklist-common.js';
import type { EvidenceModel, EvidenceRule } from './model.js';
import { stableUuid } from './stable-uuid.js';

function cklbRule(rule: EvidenceRule, stigUuid: string, model: EvidenceModel) {
  const check = rule.checks[0];
  return {
    uuid: stableUuid(stigUuid, rule.ruleId),
    stig_uuid: stigUuid,
    target_key: null,
    stig_ref: null,
    group_id: rule.vulnId,
    group_id_src: rule.vulnId,
    // As STIG Viewer 3 writes them (`SV-203739r987791`, `SV-203739r987791_rule`): STIG Manager matches
    // rule_id_src, cut to 45 characters, with its rules; the full XCCDF id matches none.
    rule_id: rule.stigRuleId,
    rule_id_src: checklistRuleId(rule),
    weight: '10.0',
    classification: 'Unclassified',
    severity: rule.severity,
    rule_version: rule.ruleVersion,
    group_title: rule.groupTitle,
    rule_title: rule.title,
    fix_text: rule.fixText,
    false_positives: '',
    false_negatives: '',
    discussion: rule.discussion,
    check_content: rule.checkContent,
    documentable: 'false',
    mitigations: '',
    potential_impacts: '',
    third_party_tools: '',
    mitigation_control: '',
    responsibility: '',
    security_override_guidance: '',
    ia_controls: iaControls(rule),
    check_content_ref: check ? { name: check.name ?? check.system, href: check.href ?? '' } : null,
    legacy_ids: [],
    ccis: rule.ccis,
    group_tree: [
      { id: rule.vulnId, title: rule.groupTitle, description: '<GroupDescription></GroupDescription>' },
    ],
    createdAt: model.evaluatedAt,
    updatedAt: model.evaluatedAt,
    status: rule.status,
    overrides: {},
    comments: rule.comments,
    finding_details: rule.findingDetails,
  };
}

/** The CKLB document as a plain object (JSON.stringify it). */
export function renderCklb(model: EvidenceModel) {
  const stig = stigInfo(model);
  return {
    title: `${model.tool.name}: ${model.facts.image.reference} (${stig.title})`,
    id: stig.checklistUuid,
    active: false,
    mode: 2,
    has_path: true,
    target_data: {
      target_type: 'Computing',
      host_name: targetHostName(model),
      ip_address: '',
      mac_address: '',
      fqdn: '',
      comments: targetComment(model),
      role: 'None',
      is_web_database: false,
      technology_area: 'UNIX OS',
      web_db_site: '',
      web_db_instance: '',
    },
    stigs: [
      {
        stig_name: stig.title,
        display_name: stig.title,
        stig_id: stig.stigId,
        // Not in the published SV3_CKLB_1_0 schema, but STIG Viewer 3 writes it ("1") and STIG Manager
        // reads the revision from it (V<version>R<release>): without it, V0.
        version: stig.version,
        release_info: stig.releaseInfo,
        uuid: stig.uuid,
        reference_identifier: null,
        // The STIG's whole size: fewer rules than this says the checklist is partial (the profile's).
        size: model.benchmarkRules,
        rules: model.rules.map((rule) => cklbRule(rule, stig.uuid, model)),
      },
    ],
    cklb_version: '1.0',
  };
}
