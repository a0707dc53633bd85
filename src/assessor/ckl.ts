/**
 * STIG Viewer 2's checklist (`stig-gate.ckl`): XML valid against DISA's U_Checklist_Schema_V2.xsd, with
 * the same content as the CKLB. Written with fast-xml-parser's XMLBuilder, which escapes every text;
 * characters XML 1.0 cannot hold at all (most C0 controls) are replaced with U+FFFD first, as no escape
 * exists for them.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { checklistRuleId, iaControls, stigInfo, targetComment, targetHostName } from './checklist-common.js';
import type { EvidenceModel, EvidenceRule, EvidenceStatus } from './model.js';

const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text XML 1.0 can hold: characters it forbids become U+FFFD (the rest is escaped by the builder). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\ufffd');
}

const STATUS: Record<EvidenceStatus, string> = {
  not_a_finding: 'NotAFinding',
  open: 'Open',
  not_applicable: 'Not_Applicable',
  not_reviewed: 'Not_Reviewed',
};

function data(name: string, value: string) {
  return { VULN_ATTRIBUTE: name, ATTRIBUTE_DATA: xmlSafe(value) };
}

/** The VULN of one rule; STIG_DATA in STIG Viewer's order, CCI_REF last (one per CCI). */
function vuln(rule: EvidenceRule, stigRef: string, stigUuid: string) {
  const check = rule.checks[0];
  return {
    STIG_DATA: [
      data('Vuln_Num', rule.vulnId),
      data('Severity', rule.severity),
      data('Group_Title', rule.groupTitle),
      data('Rule_ID', checklistRuleId(rule)),
      data('Rule_Ver', rule.ruleVersion),
      data('Rule_Title', rule.title),
      data('Vuln_Discuss', rule.discussion),
      data('IA_Controls', iaControls(rule)),
      data('Check_Content', rule.checkContent),
      data('Fix_Text', rule.fixText),
      data('False_Positives', ''),
      data('False_Negatives', ''),
      data('Documentable', 'false'),
      data('Mitigations', ''),
      data('Potential_Impact', ''),
      data('Third_Party_Tools', ''),
      data('Mitigation_Control', ''),
      data('Responsibility', ''),
      data('Security_Override_Guidance', ''),
      data('Check_Content_Ref', check ? (check.name ?? check.system) : ''),
      data('Weight', '10.0'),
      data('Class', 'Unclass'),
      data('STIGRef', stigRef),
      data('TargetKey', ''),
      data('STIG_UUID', stigUuid),
      ...rule.ccis.map((cci) => data('CCI_REF', cci)),
    ],
    STATUS: STATUS[rule.status],
    FINDING_DETAILS: xmlSafe(rule.findingDetails),
    COMMENTS: xmlSafe(rule.comments),
    SEVERITY_OVERRIDE: '',
    SEVERITY_JUSTIFICATION: '',
  };
}

// Unindented: at 2,000 rules indentation is a third of the file and of the time to build it. The CKL has
// no attributes, and in element text only `&` and `<` must be escaped (and `>` in `]]>`), so the builder
// is given those three entities, not its default five, and no path tracking for callbacks it has none of.
const builder = new XMLBuilder({
  format: false,
  processEntities: true,
  suppressEmptyNode: false,
  // @ts-expect-error -- fast-xml-parser 5.12 passes it on to fast-xml-builder but does not type it
  jPath: false,
  entities: [
    { regex: /&/g, val: '&amp;' },
    { regex: />/g, val: '&gt;' },
    { regex: /</g, val: '&lt;' },
  ],
});

/** The CKL document, as text. */
export function renderCkl(model: EvidenceModel): string {
  const stig = stigInfo(model);
  const stigRef = `${stig.title} :: Version ${stig.version || 'unknown'}`;
  const si = (name: string, value: string) => ({ SID_NAME: name, SID_DATA: xmlSafe(value) });
  const document = {
    CHECKLIST: {
      ASSET: {
        ROLE: 'None',
        ASSET_TYPE: 'Computing',
        HOST_NAME: xmlSafe(targetHostName(model)),
        HOST_IP: '',
        HOST_MAC: '',
        HOST_FQDN: '',
        TARGET_COMMENT: xmlSafe(targetComment(model)),
        TECH_AREA: 'UNIX OS',
        TARGET_KEY: '',
        WEB_OR_DATABASE: 'false',
        WEB_DB_SITE: '',
        WEB_DB_INSTANCE: '',
      },
      STIGS: {
        iSTIG: {
          STIG_INFO: {
            SI_DATA: [
              si('version', stig.version),
              si('classification', 'UNCLASSIFIED'),
              si('customname', ''),
              si('stigid', stig.stigId),
              si('description', ''),
              si('filename', model.facts.dataStream?.path ?? ''),
              si('releaseinfo', stig.releaseInfo),
              si('title', stig.title),
              si('uuid', stig.uuid),
              si('notice', 'terms-of-use'),
              si('source', ''),
            ],
          },
          VULN: model.rules.map((rule) => vuln(rule, xmlSafe(stigRef), stig.uuid)),
        },
      },
    },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!--${model.tool.name} ${model.tool.version}-->\n${builder.build(document) as string}`;
}
