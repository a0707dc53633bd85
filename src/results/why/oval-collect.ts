/**
 * Reads, from an ARF's OVAL results, only what explains the failing rules: their definitions, the tests
 * those definitions ran, the objects and states of the tests, and then (in the results part, which
 * follows) the definitions' results, the results of the tests that decided them, their collected objects
 * and a few of the items collected. The carver offers each element by id; this says which to keep, so a
 * 1 GB ARF costs no more memory than the failing rules' own evidence.
 *
 * OVAL results list, in this order: definitions, tests, objects, states (what was asked), then
 * definition results, test results, collected objects, items (what was found). Every reference points
 * forward in that order, so one pass knows, at each element, whether it is wanted.
 */
import type { CarvedTestResult, OvalSection, OvalSink } from '../carve.js';
import { EVIDENCE_LIMITS } from '../why-model.js';
import { failingDefinitionsByReport, failingRuleResults, type FailingRuleResult } from './failing-checks.js';
import { childNamed, childrenNamed, parseFragment, type XmlNode } from './fragment.js';

const SECTIONS: readonly OvalSection[] = [
  'definition',
  'test',
  'object',
  'state',
  'definitionResult',
  'testResult',
  'collectedObject',
  'item',
];

/** A test that decided a definition's result, with the criterion's negation. */
export interface DecidingTest {
  testId: string;
  negated: boolean;
}

/** What was kept of one OVAL results report. */
export class OvalReport {
  readonly wanted = new Map<OvalSection, Set<string>>(SECTIONS.map((s) => [s, new Set<string>()]));
  readonly taken = new Map<OvalSection, Map<string, XmlNode | undefined>>(
    SECTIONS.map((s) => [s, new Map<string, XmlNode | undefined>()]),
  );
  /** Deciding tests by definition id, and how many more there were. */
  readonly deciding = new Map<string, { tests: DecidingTest[]; omitted: number }>();
  /** Items chosen for each test result, in the order to show them, and how many were left out. */
  readonly chosenItems = new Map<string, { ids: string[]; omitted: number }>();

  constructor(
    readonly id: string,
    definitions: Iterable<string>,
  ) {
    for (const definition of definitions) {
      this.want('definition', definition);
      this.want('definitionResult', definition);
    }
  }

  /** The kept element, undefined when absent or dropped for its size. */
  get(section: OvalSection, id: string): XmlNode | undefined {
    return this.taken.get(section)!.get(id);
  }

  /** True when the element was seen but too large to keep. */
  dropped(section: OvalSection, id: string): boolean {
    const taken = this.taken.get(section)!;
    return taken.has(id) && taken.get(id) === undefined;
  }

  want(section: OvalSection, id: string): void {
    if (!this.taken.get(section)!.has(id)) this.wanted.get(section)!.add(id);
  }

  /** Keeps a wanted element; `elided` counts its per-item children the carver left out. */
  take(section: OvalSection, id: string, node: XmlNode | undefined, elided = 0): void {
    this.wanted.get(section)!.delete(id);
    this.taken.get(section)!.set(id, node);
    if (!node) return;
    switch (section) {
      case 'definition':
        for (const ref of references(node, 'criterion', 'test_ref')) this.want('test', ref);
        break;
      case 'test':
        for (const child of node.children) {
          if (child.attributes.object_ref) this.want('object', child.attributes.object_ref);
          if (child.attributes.state_ref) this.want('state', child.attributes.state_ref);
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
      default:
        break;
    }
  }

  private decide(definitionId: string, result: XmlNode): void {
    const criteria = childNamed(result, 'criteria');
    const found: DecidingTest[] = [];
    if (criteria) decidingCriteria(criteria, found);
    const unique = found.filter((t, i) => found.findIndex((u) => u.testId === t.testId) === i);
    const tests = unique.slice(0, EVIDENCE_LIMITS.testsPerRule);
    this.deciding.set(definitionId, { tests, omitted: unique.length - tests.length });
    for (const test of tests) {
      this.want('testResult', test.testId);
      const objectRef = this.objectOf(test.testId);
      if (objectRef) this.want('collectedObject', objectRef);
    }
  }

  /** The object a test looked at, from the test's definition. */
  objectOf(testId: string): string | undefined {
    const test = this.get('test', testId);
    return test?.children.find((child) => child.attributes.object_ref)?.attributes.object_ref;
  }

  private chooseItems(testId: string, result: XmlNode, elided: number): void {
    const tested = childrenNamed(result, 'tested_item');
    if (tested.length === 0) return;
    // The items whose result agrees with the test's decided it: they come first.
    const outcome = result.attributes.result;
    const ordered = [
      ...tested.filter((item) => item.attributes.result === outcome),
      ...tested.filter((item) => item.attributes.result !== outcome),
    ];
    this.setItems(
      testId,
      ordered.map((item) => item.attributes.item_id ?? ''),
      elided,
    );
  }

  private itemsFromObject(objectId: string, collected: XmlNode, elided: number): void {
    // Test results without tested_item (thin results): the object's own item references instead.
    for (const [testId] of this.taken.get('testResult')!) {
      if (this.chosenItems.has(testId) || this.objectOf(testId) !== objectId) continue;
      this.setItems(
        testId,
        childrenNamed(collected, 'reference').map((ref) => ref.attributes.item_ref ?? ''),
        elided,
      );
    }
  }

  private setItems(testId: string, ids: string[], elided: number): void {
    const kept = ids.filter(Boolean).slice(0, EVIDENCE_LIMITS.itemsPerTest);
    this.chosenItems.set(testId, { ids: kept, omitted: ids.length - kept.length + elided });
    for (const id of kept) this.want('item', id);
  }
}

/** Attribute `attribute` of every `name` element below `node`. */
function references(node: XmlNode, name: string, attribute: string): string[] {
  const found: string[] = [];
  const walk = (n: XmlNode) => {
    if (n.name === name && n.attributes[attribute]) found.push(n.attributes[attribute]);
    n.children.forEach(walk);
  };
  walk(node);
  return found;
}

function invert(result: string | undefined): string | undefined {
  return result === 'true' ? 'false' : result === 'false' ? 'true' : result;
}

/**
 * The criteria's children that decided its result: under AND false (or OR true), those with that
 * result; when every child has it, all of them. A negated criteria decided the opposite of its result.
 */
function decidingCriteria(criteria: XmlNode, out: DecidingTest[]): void {
  const own =
    criteria.attributes.negate === 'true' ? invert(criteria.attributes.result) : criteria.attributes.result;
  const parts = criteria.children.filter((c) => c.name === 'criteria' || c.name === 'criterion');
  const agreeing = parts.filter((c) => c.attributes.result === own);
  for (const part of agreeing.length > 0 ? agreeing : parts) {
    if (part.name === 'criteria') decidingCriteria(part, out);
    else if (part.attributes.test_ref)
      out.push({ testId: part.attributes.test_ref, negated: part.attributes.negate === 'true' });
  }
}

/**
 * The sink the carver asks while it reads an ARF: which OVAL reports and which of their elements to keep.
 * The failing rules come from the TestResult, which oscap writes before the OVAL reports.
 */
export class OvalCollector implements OvalSink {
  private byReport: Map<string, Set<string>> | undefined;
  private failing: { xml: string; rules: FailingRuleResult[] } | undefined;
  private current: OvalReport | undefined;
  readonly reports = new Map<string, OvalReport>();

  /** The failing rule-results of the TestResult `xml`, parsed once for the collector and for the SCE evidence. */
  failingRules(xml: string): FailingRuleResult[] {
    if (this.failing?.xml !== xml) this.failing = { xml, rules: failingRuleResults(xml) };
    return this.failing.rules;
  }

  openReport(reportId: string | undefined, testResults: readonly CarvedTestResult[]): boolean {
    if (this.byReport === undefined) {
      const last = testResults[testResults.length - 1];
      this.byReport = last ? failingDefinitionsByReport(this.failingRules(last.xml)) : new Map();
    }
    const definitions = reportId === undefined ? undefined : this.byReport.get(reportId);
    if (!definitions || this.reports.has(reportId!)) return false;
    this.current = new OvalReport(reportId!, definitions);
    this.reports.set(reportId!, this.current);
    return true;
  }

  wants(section: OvalSection, id: string): boolean {
    return this.current?.wanted.get(section)!.has(id) ?? false;
  }

  satisfied(section: OvalSection): boolean {
    return (this.current?.wanted.get(section)!.size ?? 0) === 0;
  }

  take(section: OvalSection, id: string, xml: string | undefined, elided: number): void {
    this.current?.take(section, id, xml === undefined ? undefined : parseFragment(xml), elided);
  }

  closeReport(): void {
    this.current = undefined;
  }
}
