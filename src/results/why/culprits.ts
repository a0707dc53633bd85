/**
 * Which of a test's collected items made its result what it is: the culprits the evidence names first.
 * OVAL (5.11, Part 3 §5.3.3) decides a test in two steps: `check_existence` over the items' statuses, then,
 * when that passed and the test has a state, `check` over each item's comparison with the state. OpenSCAP
 * records the second step in each `tested_item`'s result and leaves every item "not evaluated" when the
 * first step decided (oval_resultTest.c: `_oval_result_test_evaluate_items`, `eval_check_state`).
 */
import { OTHER_BUCKET } from '../carve-oval.js';

/** What decided a test, as far as its recorded result and items tell. */
export interface DecidedTest {
  /** The test's own result (before any negation in the definition). */
  result: string | undefined;
  check: string | undefined;
  checkExistence: string | undefined;
}

/**
 * The culprits of one test: the items whose state result is one of `results` (`count` of them among all
 * the items, listed or not); or, where the existence check decided, the items whose status is one of
 * `statuses` (known only once each item is read); or nothing to tell them by.
 */
export type Culprits =
  | { by: 'result'; results: ReadonlySet<string>; count: number }
  | { by: 'status'; statuses: ReadonlySet<string> }
  | { by: 'none' };

const NOT_EVALUATED = 'not evaluated';

function invert(result: string): string {
  return result === 'true' ? 'false' : result === 'false' ? 'true' : result;
}

/**
 * The state results of the items that made `check` come out `result`, given how many items had each
 * result (`tally`). For `all` and `at least one` the items that agree with the test (a false item fails
 * `all`; every item was false when `at least one` failed); for `none satisfy` those that disagree (an item
 * that met the state fails it); for `only one`, the true items when there were too many of them, else the
 * false ones. An `error` or `unknown` test: the items with that result.
 */
function decidingResults(
  result: string,
  check: string | undefined,
  tally: ReadonlyMap<string, number>,
): string[] {
  if (result !== 'true' && result !== 'false') return [result];
  switch (check) {
    case 'none satisfy':
    case 'none exist': // OVAL 5.3's name for `none satisfy`, still allowed
      return [invert(result)];
    case 'only one':
      return result === 'true' || (tally.get('true') ?? 0) > 1 ? ['true'] : ['false'];
    default: // `all`, `at least one`
      return [result];
  }
}

/**
 * The statuses of the items that decided a test the existence check decided: a test that came out true
 * was made so by items that exist; a false `none_exist` or `only_one_exists` by the items that exist;
 * any other false one (`at_least_one_exists`, the default, and `all_exist`) by items that do not.
 */
function decidingStatuses(result: string, existence: string | undefined): string[] {
  if (result === 'true') return ['exists'];
  if (result === 'false')
    return existence === 'none_exist' || existence === 'only_one_exists' ? ['exists'] : ['does not exist'];
  return ['error', 'not collected'];
}

/**
 * The culprits of `test`, whose items had the state results counted in `tally` (by result, every item,
 * kept or not). No items, or a result OVAL does not define, name none.
 */
export function culpritsOf(test: DecidedTest, tally: ReadonlyMap<string, number>): Culprits {
  const result = test.result;
  const items = [...tally.values()].reduce((sum, n) => sum + n, 0);
  if (result === undefined || items === 0) return { by: 'none' };
  const compared = [...tally].some(
    ([value, n]) => n > 0 && value !== NOT_EVALUATED && value !== OTHER_BUCKET,
  );
  if (!compared) return { by: 'status', statuses: new Set(decidingStatuses(result, test.checkExistence)) };
  const results = new Set(decidingResults(result, test.check, tally));
  const count = [...results].reduce((sum, value) => sum + (tally.get(value) ?? 0), 0);
  return count > 0 ? { by: 'result', results, count } : { by: 'none' };
}

/** Whether an item (its tested result and status) is one of `culprits`; undefined when they name none. */
export function isCulprit(
  culprits: Culprits,
  item: { result?: string | undefined; status?: string | undefined },
): boolean | undefined {
  if (culprits.by === 'none') return undefined;
  if (culprits.by === 'result') return culprits.results.has(item.result ?? '');
  // OVAL's item status defaults to `exists`.
  return culprits.statuses.has(item.status ?? 'exists');
}
