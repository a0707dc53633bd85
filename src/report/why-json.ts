/**
 * Evidence in the JSON report (schemaVersion 2, docs/json-schemas.md): the model's evidence with every key
 * present (`null` where the scan recorded nothing), plus the one-line summary the other reports show.
 */
import type {
  EvidenceField,
  OvalItemEvidence,
  OvalObjectEvidence,
  OvalTestEvidence,
  RuleEvidence,
} from '../results/model.js';
import { groupByCause } from './why-groups.js';
import { evidenceSummary } from './why-text.js';
import type { GateRule } from '../gate/types.js';

export interface EvidenceFieldJson {
  name: string;
  value: string;
  operation: string | null;
  redacted: boolean;
}

export interface OvalObjectJson {
  id: string;
  type: string;
  fields: EvidenceFieldJson[];
  flag: string | null;
  variables: EvidenceFieldJson[];
  messages: string[];
}

export interface OvalItemJson {
  id: string;
  type: string;
  status: string | null;
  result: string | null;
  fields: EvidenceFieldJson[];
}

export interface OvalTestJson {
  id: string;
  type: string;
  comment: string | null;
  result: string;
  negated: boolean;
  check: string | null;
  checkExistence: string | null;
  object: OvalObjectJson | null;
  state: { id: string; type: string; fields: EvidenceFieldJson[] } | null;
  items: OvalItemJson[];
  itemsOmitted: number;
  messages: string[];
}

export type EvidenceJson =
  | {
      kind: 'oval';
      summary: string;
      report: string;
      definitionId: string;
      definitionResult: string;
      title: string | null;
      tests: OvalTestJson[];
      testsOmitted: number;
    }
  | { kind: 'sce'; summary: string; script: string; output: string[]; outputOmitted: number };

function fieldJson(field: EvidenceField): EvidenceFieldJson {
  return {
    name: field.name,
    value: field.value,
    operation: field.operation ?? null,
    redacted: field.redacted ?? false,
  };
}

function objectJson(object: OvalObjectEvidence): OvalObjectJson {
  return {
    id: object.id,
    type: object.type,
    fields: object.fields.map(fieldJson),
    flag: object.flag ?? null,
    variables: object.variables.map(fieldJson),
    messages: object.messages,
  };
}

function itemJson(item: OvalItemEvidence): OvalItemJson {
  return {
    id: item.id,
    type: item.type,
    status: item.status ?? null,
    result: item.result ?? null,
    fields: item.fields.map(fieldJson),
  };
}

function testJson(test: OvalTestEvidence): OvalTestJson {
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
    messages: test.messages,
  };
}

/** The JSON form of a rule's evidence. */
export function evidenceJson(evidence: RuleEvidence): EvidenceJson {
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

/** One cause shared by new failures: its summary and the rules it fails, largest group first. */
export interface CauseGroupJson {
  /** Stable within a document: the same cause has the same key. */
  key: string;
  summary: string;
  ruleIds: string[];
}

/** The new failures that have evidence, grouped by cause (rules without evidence are in no group). */
export function causeGroupsJson(rules: readonly GateRule[]): CauseGroupJson[] {
  return groupByCause(rules).flatMap((group, index) =>
    group.evidence
      ? [
          {
            key: `cause-${index + 1}`,
            summary: evidenceSummary(group.evidence),
            ruleIds: group.rules.map((rule) => rule.ruleId),
          },
        ]
      : [],
  );
}
