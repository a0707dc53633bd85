/**
 * Turns what the OVAL collector kept into the typed evidence of one definition: its deciding tests, each
 * with its comment, object (what it looked at), state (what it expected) and items (what it found).
 */
import {
  EVIDENCE_LIMITS,
  OVAL_RESULT_VALUES,
  type EvidenceField,
  type OvalEvidence,
  type OvalItemEvidence,
  type OvalObjectEvidence,
  type OvalResultValue,
  type OvalTestEvidence,
} from '../why-model.js';
import { allText, childNamed, childrenNamed, type XmlNode } from './fragment.js';
import type { OvalReport } from './oval-collect.js';
import { redactItemFields, redactText, redactVariableValue } from './redact.js';

/** Children of objects and states that are not values to show. */
const NOT_A_VALUE = new Set(['behaviors', 'set', 'filter', 'notes', 'signature']);

function clipValue(text: string): string {
  const max = EVIDENCE_LIMITS.valueChars;
  return text.length <= max ? text : `${Array.from(text.slice(0, max)).slice(0, -1).join('')}…`;
}

function ovalResult(raw: string | undefined): OvalResultValue {
  // Anything else is no known result: reported as an error, never as a pass.
  return (OVAL_RESULT_VALUES as readonly string[]).includes(raw ?? '') ? (raw as OvalResultValue) : 'error';
}

/** A field's value cut to the limit, after redaction (a secret cut short would slip past its pattern). */
function clipField(field: EvidenceField): EvidenceField {
  const value = clipValue(field.value);
  return value === field.value ? field : { ...field, value };
}

/** Text from the image, redacted, then cut. */
function redactedText(text: string): string {
  return clipValue(redactText(text));
}

/**
 * The value fields of an object, state or item, whole (callers redact, then clip). A value given by a
 * variable shows the value the scan used (from `variables`, the test's `tested_variable`s or the object's
 * `variable_value`s) when known; those values were redacted as read.
 */
function valueFields(node: XmlNode, variables: ReadonlyMap<string, string> = new Map()): EvidenceField[] {
  return node.children
    .filter((child) => !NOT_A_VALUE.has(child.name) && child.attributes.nil !== 'true')
    .map((child) => {
      const field: EvidenceField = {
        name: child.name,
        value: child.attributes.var_ref
          ? (variables.get(child.attributes.var_ref) ?? `(variable ${child.attributes.var_ref})`)
          : allText(child),
      };
      const operation = child.attributes.operation;
      if (operation && operation !== 'equals') field.operation = operation;
      if (child.attributes.status && child.attributes.status !== 'exists')
        field.value = field.value || `(${child.attributes.status})`;
      return field;
    });
}

function messages(node: XmlNode | undefined): string[] {
  return childrenNamed(node, 'message').map((m) => redactedText(allText(m).trim()));
}

/**
 * Variable values by id, from `tested_variable` or `variable_value` children, redacted: a local variable
 * can hold what an object collected from the image.
 */
function variableValues(node: XmlNode | undefined, name: string): Map<string, string> {
  return new Map(
    childrenNamed(node, name).map((v) => [v.attributes.variable_id ?? '', redactVariableValue(allText(v))]),
  );
}

function objectEvidence(report: OvalReport, objectId: string): OvalObjectEvidence {
  const object = report.get('object', objectId);
  const collected = report.get('collectedObject', objectId);
  const evidence: OvalObjectEvidence = {
    id: objectId,
    type: object?.name ?? 'object',
    fields: object ? valueFields(object, variableValues(collected, 'variable_value')).map(clipField) : [],
    variables: childrenNamed(collected, 'variable_value').map((v) => {
      const read = allText(v);
      const value = redactVariableValue(read);
      const field: EvidenceField = { name: v.attributes.variable_id ?? '', value: clipValue(value) };
      if (value !== read) field.redacted = true;
      return field;
    }),
    messages: messages(collected),
  };
  const flag = collected?.attributes.flag;
  if (flag) evidence.flag = flag;
  return evidence;
}

function itemEvidence(report: OvalReport, id: string, testResult: XmlNode | undefined): OvalItemEvidence {
  const item = report.get('item', id);
  const type = item?.name ?? 'item';
  const evidence: OvalItemEvidence = {
    id,
    type,
    fields: item ? redactItemFields(type, valueFields(item)).map(clipField) : [],
  };
  if (item?.attributes.status) evidence.status = item.attributes.status;
  const tested = childrenNamed(testResult, 'tested_item').find((t) => t.attributes.item_id === id);
  if (tested?.attributes.result) evidence.result = ovalResult(tested.attributes.result);
  if (!item && report.dropped('item', id)) evidence.fields = [{ name: 'note', value: 'too large to read' }];
  return evidence;
}

function testEvidence(report: OvalReport, testId: string, negated: boolean): OvalTestEvidence {
  const test = report.get('test', testId);
  const result = report.get('testResult', testId);
  const chosen = report.chosenItems.get(testId);
  const evidence: OvalTestEvidence = {
    id: testId,
    type: test?.name ?? 'test',
    result: ovalResult(result?.attributes.result),
    negated,
    items: (chosen?.ids ?? []).map((id) => itemEvidence(report, id, result)),
    itemsOmitted: chosen?.omitted ?? 0,
    messages: messages(result),
  };
  if (report.dropped('testResult', testId))
    evidence.messages.push('its result is too large to read here (over 4 MiB); see the ARF');
  const comment = test?.attributes.comment?.trim();
  if (comment) evidence.comment = clipValue(comment);
  const check = result?.attributes.check ?? test?.attributes.check;
  if (check) evidence.check = check;
  const existence = result?.attributes.check_existence ?? test?.attributes.check_existence;
  if (existence) evidence.checkExistence = existence;
  const objectRef = report.objectOf(testId);
  if (objectRef) evidence.object = objectEvidence(report, objectRef);
  const stateRef = test?.children.find((c) => c.attributes.state_ref)?.attributes.state_ref;
  const state = stateRef ? report.get('state', stateRef) : undefined;
  if (stateRef && state) {
    const variables = variableValues(result, 'tested_variable');
    evidence.state = { id: stateRef, type: state.name, fields: valueFields(state, variables).map(clipField) };
  }
  return evidence;
}

/** The evidence of `definitionId` in `report`, or undefined when the report holds no result for it. */
export function ovalEvidence(report: OvalReport, definitionId: string): OvalEvidence | undefined {
  const result = report.get('definitionResult', definitionId);
  const decided = report.deciding.get(definitionId);
  if (!result || !decided) return undefined;
  const definition = report.get('definition', definitionId);
  const evidence: OvalEvidence = {
    kind: 'oval',
    report: report.id,
    definitionId,
    definitionResult: ovalResult(result.attributes.result),
    tests: decided.tests.map((t) => testEvidence(report, t.testId, t.negated)),
    testsOmitted: decided.omitted,
  };
  const title = allText(childNamed(childNamed(definition, 'metadata'), 'title') ?? emptyNode).trim();
  if (title) evidence.title = clipValue(title);
  return evidence;
}

const emptyNode: XmlNode = { name: '', attributes: {}, text: '', children: [] };
