/**
 * What the carver needs to read an ARF's OVAL results part by part (carve.ts): the lists whose children it
 * offers one by one, the sink that chooses them, and the limits that keep each part small.
 */
/** A TestResult element, as XML, with the namespace it was found in. */
export interface CarvedTestResult {
  xml: string;
  namespace: string;
}

/**
 * The lists in an OVAL results document whose children can be handed over one by one: in its
 * `oval_definitions`, the definitions, tests, objects and states; in `results/system`, the definition and
 * test results, the collected objects and the collected items (`system_data`).
 */
export type OvalSection =
  'definition' | 'test' | 'object' | 'state' | 'definitionResult' | 'testResult' | 'collectedObject' | 'item';

/**
 * Chooses which parts of an ARF's OVAL results are carved (see why/oval-collect.ts). Each element of
 * an {@link OvalSection} is offered by its id before anything of it is kept: what is not wanted is passed
 * over with a native search, and a section is left as soon as nothing more is wanted from it.
 */
export interface OvalSink {
  /** At an `<oval_results>` in the ARF report `reportId`: whether to read it (else it is passed over). */
  openReport(reportId: string | undefined, testResults: readonly CarvedTestResult[]): boolean;
  wants(section: OvalSection, id: string): boolean;
  /** True once nothing more is wanted from the section: the rest of it is passed over. */
  satisfied(section: OvalSection): boolean;
  /**
   * A wanted element, as XML; undefined when it was larger than {@link OVAL_PART_MAX_BYTES} (dropped).
   * `elided` counts the children left out of it (see {@link OVAL_ELIDED_CHILDREN}).
   */
  take(section: OvalSection, id: string, xml: string | undefined, elided: number): void;
  closeReport(): void;
}

/** The most of one OVAL element kept; a larger one is dropped (and the sink told). */
export const OVAL_PART_MAX_BYTES = 4 << 20;

/**
 * Children that a test result (`tested_item`) or a collected object (`reference`) holds one per item
 * collected, a million for a file search: only the first {@link OVAL_CHILDREN_KEPT} are kept in the carved
 * element, the rest counted, so a wanted element stays small whatever the scan found.
 */
export const OVAL_ELIDED_CHILDREN: Partial<Record<OvalSection, string>> = {
  testResult: 'tested_item',
  collectedObject: 'reference',
};
export const OVAL_CHILDREN_KEPT = 50;

/** Children of `oval_definitions` and of `results/system` (and its system characteristics) by list name. */
export const OVAL_DEFINITION_LISTS: Record<string, OvalSection> = {
  definitions: 'definition',
  tests: 'test',
  objects: 'object',
  states: 'state',
};
export const OVAL_SYSTEM_LISTS: Record<string, OvalSection> = {
  definitions: 'definitionResult',
  tests: 'testResult',
  collected_objects: 'collectedObject',
  system_data: 'item',
};
