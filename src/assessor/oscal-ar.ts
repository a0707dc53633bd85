/**
 * OSCAL 1.2.2 assessment results (`stig-gate-oscal-ar.json`): one result for the scan, an observation
 * per rule of the profile with its evidence, a finding per Open rule targeting its first NIST control's
 * statement (the others are properties), and a risk per Open finding. Stable UUIDs: the same scan gives
 * the same document.
 */
import type { EvidenceModel, EvidenceRule } from './model.js';
import { oscalControlId, oscalStatementId } from './nist-controls.js';
import {
  findingUuid,
  imageInventoryItem,
  markdown,
  metadata,
  observation,
  observationUuid,
  oscalTime,
  prop,
  props,
  risk,
  riskUuid,
  scanKey,
  STIG_GATE_NS,
  toolComponent,
} from './oscal-common.js';
import { riskRating, scheduledCompletion } from './poam.js';
import { stableUuid } from './stable-uuid.js';

/**
 * What a finding of a rule that names no CCI targets: OSCAL requires a target, and CM-6 b (implement the
 * configuration settings, DISA's CCI-000366) is where DISA places a STIG's settings. Said so in the target's
 * title and a property, as no input named it.
 */
const ASSUMED_CONTROL = 'CM-6 b';

function finding(model: EvidenceModel, rule: EvidenceRule) {
  const named = rule.controls[0];
  const control = named ?? ASSUMED_CONTROL;
  const title = named
    ? `${control} (${oscalControlId(control)})`
    : `${control} (${oscalControlId(control)}), assumed: the rule names no CCI, and configuration settings are where DISA places a STIG's rules`;
  return {
    uuid: findingUuid(model, rule),
    title: markdown(`${rule.stigRuleId}: ${rule.title}`),
    description: markdown(rule.resultText),
    props: props(
      ...rule.controls.map((id) => prop('control', id)),
      named ? undefined : prop('control-assumed', ASSUMED_CONTROL, STIG_GATE_NS),
    ),
    target: {
      type: 'statement-id',
      'target-id': oscalStatementId(control),
      title: markdown(title),
      status: { state: 'not-satisfied', reason: 'fail' },
    },
    'related-observations': [{ 'observation-uuid': observationUuid(model, rule) }],
    'related-risks': [{ 'risk-uuid': riskUuid(model, rule) }],
    ...(rule.comments && { remarks: markdown(rule.comments) }),
  };
}

/** The assessment-results document as a plain object (JSON.stringify it). */
export function renderOscalAssessmentResults(model: EvidenceModel) {
  const open = model.rules.filter((rule) => rule.status === 'open');
  const { facts } = model;
  const findings = open.map((rule) => finding(model, rule));
  const risks = open.map((rule) =>
    risk(model, rule, scheduledCompletion(rule, model), riskRating(rule.severity)),
  );
  const observations = model.rules.map((rule) => observation(model, rule));
  return {
    'assessment-results': {
      uuid: stableUuid('assessment-results', ...scanKey(model)),
      metadata: metadata(
        model,
        `STIG assessment of ${facts.image.reference}: ${facts.benchmark.title ?? facts.benchmark.id}`,
      ),
      'import-ap': {
        href: '#',
        remarks: markdown('No assessment plan: the scan itself is the plan (see evidence.json).'),
      },
      results: [
        {
          uuid: stableUuid('result', ...scanKey(model)),
          title: markdown(
            `${facts.benchmark.title ?? facts.benchmark.id}, profile ${facts.profile.id ?? '(none)'}`,
          ),
          description: markdown(`${model.tool.name}: ${model.reason}`),
          start: oscalTime(facts.startTime, model.evaluatedAt),
          ...(facts.endTime && { end: oscalTime(facts.endTime, model.evaluatedAt) }),
          props: props(
            prop('verdict', model.verdict),
            prop('benchmark-id', facts.benchmark.id),
            prop('benchmark-version', facts.benchmark.version),
            prop('profile-id', facts.profile.id),
            prop('data-stream-sha256', facts.dataStream?.sha256),
          ),
          'local-definitions': {
            components: [toolComponent(model)],
            'inventory-items': [imageInventoryItem(model)],
          },
          'reviewed-controls': {
            'control-selections': [{ 'include-all': {} }],
          },
          ...(observations.length > 0 && { observations }),
          ...(risks.length > 0 && { risks }),
          ...(findings.length > 0 && { findings }),
        },
      ],
    },
  };
}
