/**
 * What the two OSCAL 1.2.2 documents share: metadata, properties (OSCAL's strings may not be empty or
 * start or end with whitespace), Markdown-escaped text for its markup fields, the assessed image as an
 * inventory item and stig-gate as the tool component.
 */
import { oscalControlId } from './nist-controls.js';
import type { EvidenceModel, EvidenceRule } from './model.js';
import { stableUuid } from './stable-uuid.js';

export const OSCAL_VERSION = '1.2.2';
/** FedRAMP's namespace for its OSCAL extensions. */
export const FEDRAMP_NS = 'https://fedramp.gov/ns/oscal';
/** stig-gate's own properties (OSCAL's default namespace is OSCAL's). */
export const STIG_GATE_NS = 'urn:stig-gate:oscal';

/**
 * The characters with a meaning anywhere in a CommonMark line (escapes, code, emphasis, links, HTML,
 * entities, tables, strikethrough), and those that start a block at the start of a line (headings,
 * lists, quotes, thematic breaks, setext underlines). CommonMark lets each be backslash-escaped.
 */
const INLINE = /[\\`*_[\]<>&|~!]/g;
const BLOCK_START = /^([ \t]*)([#>+=-])/gm;
const ORDERED_ITEM = /^([ \t]*\d+)([.)])/gm;

/**
 * Text for an OSCAL markup field (Markdown): its Markdown punctuation backslash-escaped, so no Markdown
 * or HTML in scan text takes effect and it renders as written. Never empty (OSCAL requires text).
 */
export function markdown(text: string): string {
  const escaped = text
    .replace(INLINE, '\\$&')
    .replace(BLOCK_START, '$1\\$2')
    .replace(ORDERED_ITEM, '$1\\$2')
    .trim();
  return escaped === '' ? '\\-' : escaped;
}

/** A property; undefined (to leave out) when the value is empty, as OSCAL allows no empty string. */
export function prop(name: string, value: string | undefined, ns?: string) {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  if (!trimmed) return undefined;
  return { name, value: trimmed, ...(ns && { ns }) };
}

/** Properties with the empty ones left out; undefined when none is left (OSCAL arrays may not be empty). */
export function props(...list: (ReturnType<typeof prop> | undefined)[]) {
  const kept = list.filter((item) => item !== undefined);
  return kept.length > 0 ? kept : undefined;
}

/** An ISO 8601 time with a time zone (OSCAL requires one), from a scan time or the gate's clock. */
export function oscalTime(time: string | undefined, fallback: string): string {
  const date = new Date(time ?? fallback);
  return Number.isNaN(date.getTime()) ? new Date(fallback).toISOString() : date.toISOString();
}

/** A document's metadata: title, the gate's time as last modified, stig-gate's version. */
export function metadata(model: EvidenceModel, title: string) {
  return {
    title: markdown(title),
    'last-modified': oscalTime(model.evaluatedAt, model.evaluatedAt),
    version: model.tool.version,
    'oscal-version': OSCAL_VERSION,
    props: props(prop('generator', `${model.tool.name} ${model.tool.version}`)),
  };
}

/** What every element of one scan's documents shares, computed once per model. */
interface DocumentIds {
  key: string[];
  image: string;
  tool: string;
  collected: string;
}

const DOCUMENT_IDS = new WeakMap<EvidenceModel, DocumentIds>();

function documentIds(model: EvidenceModel): DocumentIds {
  let ids = DOCUMENT_IDS.get(model);
  if (!ids) {
    const { image, benchmark, profile, startTime, endTime } = model.facts;
    const key = [
      image.reference,
      image.digest ?? '',
      benchmark.id,
      benchmark.version ?? '',
      profile.id ?? '',
      startTime ?? model.evaluatedAt,
    ];
    ids = {
      key,
      image: stableUuid('inventory-item', ...key),
      tool: stableUuid('tool', model.tool.name, model.tool.version),
      collected: oscalTime(endTime ?? startTime, model.evaluatedAt),
    };
    DOCUMENT_IDS.set(model, ids);
  }
  return ids;
}

/** The names every document of one scan derives its UUIDs from: image, digest, benchmark, profile, time. */
export function scanKey(model: EvidenceModel): string[] {
  return documentIds(model).key;
}

/** The scanned image's inventory item. */
export function imageItemUuid(model: EvidenceModel): string {
  return documentIds(model).image;
}

/** stig-gate's tool component. */
export function toolUuid(model: EvidenceModel): string {
  return documentIds(model).tool;
}

/** The scanned image, as an inventory item. */
export function imageInventoryItem(model: EvidenceModel) {
  const { image } = model.facts;
  return {
    uuid: imageItemUuid(model),
    description: markdown(`Container image ${image.reference}${image.digest ? ` (${image.digest})` : ''}`),
    props: props(
      prop('asset-type', 'container-image'),
      prop(
        'asset-id',
        image.digest ? `${image.reference}@${image.digest.replace(/^.*@/, '')}` : image.reference,
      ),
    ),
  };
}

/** stig-gate with OpenSCAP, as the component that made the observations. */
export function toolComponent(model: EvidenceModel) {
  const { scanner } = model.facts;
  return {
    uuid: toolUuid(model),
    type: 'software',
    title: markdown(`${model.tool.name} ${model.tool.version}`),
    description: markdown(
      `OpenSCAP${scanner?.openscapVersion ? ` ${scanner.openscapVersion}` : ''}${scanner?.reference ? ` in ${scanner.reference}` : ''}, gated by ${model.tool.name}`,
    ),
    status: { state: 'operational' },
  };
}

const RULE_IDS = new WeakMap<EvidenceRule, { observation: string; risk: string; finding: string }>();

function ruleIds(model: EvidenceModel, rule: EvidenceRule) {
  let ids = RULE_IDS.get(rule);
  if (!ids) {
    const key = scanKey(model);
    ids = {
      observation: stableUuid('observation', ...key, rule.ruleId),
      risk: stableUuid('risk', ...key, rule.ruleId),
      finding: stableUuid('finding', ...key, rule.ruleId),
    };
    RULE_IDS.set(rule, ids);
  }
  return ids;
}

/** The rule's observation: the same in the assessment results and the POA&M. */
export function observationUuid(model: EvidenceModel, rule: EvidenceRule): string {
  return ruleIds(model, rule).observation;
}

/** The rule's risk: the same in the assessment results and the POA&M. */
export function riskUuid(model: EvidenceModel, rule: EvidenceRule): string {
  return ruleIds(model, rule).risk;
}

/** The rule's finding in the assessment results. */
export function findingUuid(model: EvidenceModel, rule: EvidenceRule): string {
  return ruleIds(model, rule).finding;
}

/** An observation of one rule: what the scan found, with its evidence. */
export function observation(model: EvidenceModel, rule: EvidenceRule) {
  return {
    uuid: observationUuid(model, rule),
    title: markdown(`${rule.stigRuleId}: ${rule.title}`),
    description: markdown(`OpenSCAP evaluated ${rule.ruleId}: ${rule.result}.`),
    props: props(
      prop('stig-rule-id', rule.stigRuleId),
      prop('stig-group-id', rule.vulnId),
      prop('xccdf-rule-id', rule.ruleId),
      prop('xccdf-result', rule.result),
      prop('checklist-status', rule.status),
      prop('severity', rule.severity),
      prop('gate-class', rule.gateClass),
      ...rule.ccis.map((cci) => prop('cci', cci)),
      ...rule.controls.map((id) => prop('control', id)),
    ),
    methods: ['TEST'],
    types: ['finding'],
    origins: [{ actors: [{ type: 'tool', 'actor-uuid': toolUuid(model) }] }],
    subjects: [{ 'subject-uuid': imageItemUuid(model), type: 'inventory-item' }],
    'relevant-evidence': [{ href: 'stig-gate.cklb', description: markdown(rule.resultText) }],
    collected: documentIds(model).collected,
    ...(rule.comments && { remarks: markdown(rule.comments) }),
  };
}

/** A risk for an open finding (or an inherited-from-host false positive), with FedRAMP's properties. */
export function risk(model: EvidenceModel, rule: EvidenceRule, deadline: string, rating: string) {
  const inherited = rule.gateClass === 'inherited-from-host';
  const status = inherited ? 'deviation-requested' : rule.waiver ? 'deviation-approved' : 'open';
  return {
    uuid: riskUuid(model, rule),
    title: markdown(`${rule.stigRuleId}: ${rule.title}`),
    description: markdown(rule.discussion || rule.title),
    statement: markdown(rule.resultText),
    // As FedRAMP's OSCAL POA&M guide (§4.2.4, §4.5) says: impacted controls by their OSCAL ids (`ac-17.2`),
    // a deviation's property only where there is one, with its lifecycle value (a reviewed false positive
    // awaits approval; a user's waiver is the approval of an operational requirement), and the initial
    // likelihood and impact every entry must have, both the STIG category's rating.
    props: props(
      ...[...new Set(rule.controls.map(oscalControlId))].map((id) =>
        prop('impacted-control-id', id, FEDRAMP_NS),
      ),
      inherited ? prop('false-positive', 'pending', FEDRAMP_NS) : undefined,
      rule.waiver && !inherited ? prop('operational-requirement', 'approved', FEDRAMP_NS) : undefined,
    ),
    status,
    characterizations: [
      {
        origin: { actors: [{ type: 'tool', 'actor-uuid': toolUuid(model) }] },
        facets: ['likelihood', 'impact'].map((name) => ({
          name,
          system: 'https://fedramp.gov',
          value: rating.toLowerCase(),
          props: [{ name: 'state', value: 'initial' }],
        })),
      },
    ],
    deadline: oscalTime(`${deadline}T23:59:59Z`, model.evaluatedAt),
    ...(rule.comments && {
      'mitigating-factors': [
        {
          uuid: stableUuid('mitigating-factor', riskUuid(model, rule)),
          description: markdown(rule.comments),
        },
      ],
    }),
    'related-observations': [{ 'observation-uuid': observationUuid(model, rule) }],
  };
}
