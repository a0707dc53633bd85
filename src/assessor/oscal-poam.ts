/**
 * OSCAL 1.2.2 plan of action and milestones (`stig-gate-oscal-poam.json`): a POA&M item per row of the
 * FedRAMP CSV (every Open finding, and inherited-from-host false positives), each with its observation
 * and risk, and the properties FedRAMP's OSCAL POA&M template defines where they apply (`POAM-ID` on the
 * item; `impacted-control-id`, `false-positive`, `operational-requirement`, `risk-adjustment`,
 * `vendor-dependency` on the risk, with its deadline).
 */
import type { EvidenceModel, EvidenceRule } from './model.js';
import {
  FEDRAMP_NS,
  imageInventoryItem,
  markdown,
  metadata,
  observation,
  observationUuid,
  prop,
  props,
  risk,
  riskUuid,
  scanKey,
  toolComponent,
} from './oscal-common.js';
import { poamRules, riskRating, scheduledCompletion } from './poam.js';
import { imageKey } from '../report/image-key.js';
import { stableUuid } from './stable-uuid.js';

function item(model: EvidenceModel, rule: EvidenceRule) {
  return {
    uuid: stableUuid('poam-item', ...scanKey(model), rule.ruleId),
    title: markdown(`${rule.stigRuleId}: ${rule.title}`),
    description: markdown(rule.discussion || rule.title),
    props: props(prop('POAM-ID', rule.stigRuleId, FEDRAMP_NS)),
    'related-observations': [{ 'observation-uuid': observationUuid(model, rule) }],
    'related-risks': [{ 'risk-uuid': riskUuid(model, rule) }],
    ...(rule.comments && { remarks: markdown(rule.comments) }),
  };
}

/**
 * The plan-of-action-and-milestones document as a plain object (JSON.stringify it); undefined when
 * nothing is open, as OSCAL requires at least one POA&M item.
 */
export function renderOscalPoam(model: EvidenceModel) {
  const rules = poamRules(model);
  const [first, ...rest] = rules.map((rule) => item(model, rule));
  if (first === undefined) return undefined;
  const { facts } = model;
  return {
    'plan-of-action-and-milestones': {
      uuid: stableUuid('poam', ...scanKey(model)),
      metadata: metadata(
        model,
        `POA&M for ${facts.image.reference}: ${facts.benchmark.title ?? facts.benchmark.id}`,
      ),
      'system-id': {
        'identifier-type': 'http://ietf.org/rfc/rfc4122',
        // The system is the image, whatever build: a POA&M's system stays one from month to month.
        id: stableUuid('system', imageKey(facts.image.reference)),
      },
      'local-definitions': {
        components: [toolComponent(model)],
        'inventory-items': [imageInventoryItem(model)],
      },
      ...(rules.length > 0 && {
        observations: rules.map((rule) => observation(model, rule)),
        risks: rules.map((rule) =>
          risk(model, rule, scheduledCompletion(rule, model), riskRating(rule.severity)),
        ),
      }),
      'poam-items': [first, ...rest],
    },
  };
}
