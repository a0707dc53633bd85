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
  /** The ids still wanted from a section, when the sink can tell: the items are then sought by id (carve-seek.ts). */
  wantedIds?(section: OvalSection): ReadonlySet<string>;
  /** True once nothing more is wanted from the section: the rest of it is passed over. */
  satisfied(section: OvalSection): boolean;
  /**
   * A wanted element, as XML; undefined when it was larger than {@link OVAL_PART_MAX_BYTES} (dropped).
   * `elided` counts the children left out of it by bucket (see {@link OVAL_ELIDED_CHILDREN}).
   */
  take(section: OvalSection, id: string, xml: string | undefined, elided: ReadonlyMap<string, number>): void;
  closeReport(): void;
}

/** The most of one OVAL element kept; a larger one is dropped (and the sink told). */
export const OVAL_PART_MAX_BYTES = 4 << 20;

/**
 * Children that a test result (`tested_item`) or a collected object (`reference`) holds one per item
 * collected, a million for a file search: only the first {@link OVAL_CHILDREN_KEPT} of each bucket are kept
 * in the carved element, the rest counted by bucket, so a wanted element stays small whatever the scan
 * found. A test result's items are bucketed by their `result`: the one item whose comparison failed among a
 * million that passed is kept wherever it is, and the evidence can tell how many items failed.
 */
export const OVAL_ELIDED_CHILDREN: Partial<Record<OvalSection, { name: string; bucketBy?: string }>> = {
  testResult: { name: 'tested_item', bucketBy: 'result' },
  collectedObject: { name: 'reference' },
};
export const OVAL_CHILDREN_KEPT = 50;

export const OTHER_BUCKET = '';

/**
 * The bucket of the per-item child `tag` (its start tag's text, name first) of a part of `section`: the
 * value of the attribute it is bucketed by, or {@link OTHER_BUCKET}. Tokens only: the carved part is parsed
 * whole afterwards.
 */
export function childBucket(bucketBy: string | undefined, tag: string): string {
  if (bucketBy === undefined) return OTHER_BUCKET;
  return bucketOf(lastAttribute(tag, bucketBy) ?? startTagAttribute(tag, bucketBy));
}

/**
 * The attribute `wanted` when it is the tag's last, as OpenSCAP writes `result` (`tested_item item_id="1"
 * result="true"`): found from the end, and sure, since a value that ran to the tag's end would leave a
 * quote open. Undefined otherwise (then read attribute by attribute).
 */
function lastAttribute(tag: string, wanted: string): string | undefined {
  let end = tag.length;
  while (end > 0 && isSpace(tag.charCodeAt(end - 1))) end--;
  const quote = tag[end - 1];
  if (quote !== '"' && quote !== "'") return undefined;
  const open = tag.lastIndexOf(quote, end - 2);
  if (open === -1 || tag[open - 1] !== '=') return undefined;
  const name = open - 1 - wanted.length;
  if (name < 1 || !isSpace(tag.charCodeAt(name - 1)) || !tag.startsWith(wanted, name)) return undefined;
  return tag.slice(open + 1, end - 1);
}

/** The bucket of a `result` value: OVAL's result values (5.11 ResultEnumeration) each their own. */
export function bucketOf(value: string | undefined): string {
  switch (value) {
    case 'true':
    case 'false':
    case 'unknown':
    case 'error':
    case 'not evaluated':
    case 'not applicable':
      return value;
    default:
      return OTHER_BUCKET;
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/**
 * One attribute of a start tag's text, read attribute by attribute (a value holding `result="…"` is not
 * taken for the attribute): for the million tested items of one test, cheaper than a regular expression.
 * Undefined when absent or when the tag is not as XML writes it.
 */
export function startTagAttribute(tag: string, wanted: string): string | undefined {
  const n = tag.length;
  let i = 0;
  while (i < n && !isSpace(tag.charCodeAt(i))) i++;
  for (;;) {
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    if (i >= n || tag.charCodeAt(i) === 0x2f) return undefined;
    const nameStart = i;
    while (i < n && tag.charCodeAt(i) !== 0x3d && !isSpace(tag.charCodeAt(i))) i++;
    const nameEnd = i;
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    if (tag.charCodeAt(i) !== 0x3d) return undefined;
    i++;
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = tag.indexOf(quote, i + 1);
    if (close === -1) return undefined;
    if (nameEnd - nameStart === wanted.length && tag.startsWith(wanted, nameStart))
      return tag.slice(i + 1, close);
    i = close + 1;
  }
}

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
