/**
 * The evidence names the items that made each test fail first, then counts the rest: on real ARFs from
 * both scanners of the test environment (OpenSCAP 1.4 and 1.3.7, culprits/make-fixtures.sh), one rule per
 * OVAL `check` and `check_existence` case, over a tree in which the failing files come after 60 that pass
 * (past the first 50 items a test result keeps whole).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTagAttribute } from '../../../src/results/carve-oval.js';
import type { OvalTestEvidence, ScanResults } from '../../../src/results/model.js';
import { readResults, readResultsFile } from '../../../src/results/read.js';
import { evidenceLines, evidenceSummary } from '../../../src/report/why-text.js';

const DIR = join(import.meta.dirname, 'culprits');
const SCANNERS = ['1.4.2', '1.3.7'].map((version) => ({
  version,
  arf: join(DIR, `arf-oscap-${version}.xml`),
}));

function evidenceOf(results: ScanResults, rule: string) {
  const outcome = results.rules.find((r) => r.ruleId === `xccdf_org.stig-gate_rule_${rule}`)!;
  expect(outcome.result, rule).toBe('fail');
  if (outcome.evidence?.kind !== 'oval') throw new Error(`${rule}: no OVAL evidence`);
  return outcome.evidence;
}

const paths = (test: OvalTestEvidence) =>
  test.items.map((item) => item.fields.find((f) => f.name === 'filepath')?.value);

describe.each(SCANNERS)('culprits on real OpenSCAP $version results', ({ arf }) => {
  let results: ScanResults;
  const test = (rule: string) => evidenceOf(results, rule).tests[0]!;

  it('reads all nine rules as failing, each with its one deciding test', async () => {
    results = await readResultsFile(arf);
    expect(results.rules.filter((r) => r.result === 'fail')).toHaveLength(9);
    const text = await readFile(arf, 'utf8');
    // The fixture is what the tests need: the culprit comes after 50 items that passed.
    const all = /<test test_id="oval:org.stig-gate.culprits:tst:1"[^>]*>([\s\S]*?)<\/test>/.exec(text)![1]!;
    expect([...all.matchAll(/result="(\w+)"/g)].findIndex((m) => m[1] === 'false')).toBeGreaterThan(50);
  });

  it('check all: the one file that failed, not the first five that passed; then the count of the rest', () => {
    const all = test('all');
    expect(all).toMatchObject({ check: 'all', result: 'false', culprits: 1, itemsOmitted: 60 });
    expect(paths(all)).toEqual(['/srv/culprits/all/zz-owned-by-1000']);
    expect(all.items[0]).toMatchObject({ result: 'false', culprit: true });
    expect(evidenceSummary(evidenceOf(results, 'all'))).toBe(
      '/srv/culprits/all/zz-owned-by-1000 is -rw-r--r--, owner 1000:1000 ' +
        '(1 of 61 items failed the test; the other 60 passed); expected user_id 0',
    );
    expect(evidenceLines(evidenceOf(results, 'all'))).toContain(
      '    found: /srv/culprits/all/zz-owned-by-1000 is -rw-r--r--, owner 1000:1000 ' +
        '(1 of 61 items failed the test; the other 60 passed); expected user_id 0',
    );
  });

  it('check at least one: every item failed, so every item is a culprit', () => {
    const atLeastOne = test('at-least-one');
    expect(atLeastOne).toMatchObject({
      check: 'at least one',
      result: 'false',
      culprits: 3,
      itemsOmitted: 0,
    });
    expect(paths(atLeastOne)!.sort()).toEqual(
      ['a-1', 'a-2', 'a-3'].map((n) => `/srv/culprits/at-least-one/${n}`),
    );
    expect(atLeastOne.items.every((item) => item.culprit)).toBe(true);
  });

  it('check only one: the two items that met the state when one should have', () => {
    const many = test('only-one-many');
    expect(many).toMatchObject({ check: 'only one', result: 'false', culprits: 2, itemsOmitted: 60 });
    expect(paths(many)!.sort()).toEqual(
      ['zy-owned-by-1000', 'zz-owned-by-1000'].map((n) => `/srv/culprits/only-one-many/${n}`),
    );
    expect(many.items.map((item) => item.result)).toEqual(['true', 'true']);
    expect(evidenceSummary(evidenceOf(results, 'only-one-many'))).toMatch(
      /\(2 of 62 items failed the test; the other 60 passed\); expected user_id 1000$/,
    );
  });

  it('check only one: when none met the state, every item is a culprit', () => {
    const none = test('only-one-none');
    expect(none).toMatchObject({ culprits: 3, itemsOmitted: 0 });
    expect(none.items.map((item) => [item.result, item.culprit])).toEqual([
      ['false', true],
      ['false', true],
      ['false', true],
    ]);
  });

  it('check none satisfy: the item that met the state', () => {
    const none = test('none-satisfy');
    expect(none).toMatchObject({ check: 'none satisfy', result: 'false', culprits: 1, itemsOmitted: 60 });
    expect(paths(none)).toEqual(['/srv/culprits/none-satisfy/zz-owned-by-1000']);
    expect(none.items[0]).toMatchObject({ result: 'true', culprit: true });
  });

  it('check_existence none_exist and only_one_exists: the items that exist (none was compared)', () => {
    for (const [rule, names] of [
      ['none-exist', ['zy-left.bak', 'zz-left.bak']],
      ['only-one-exists', ['zy-first.conf', 'zz-second.conf']],
    ] as const) {
      const existence = test(rule);
      expect(existence, rule).toMatchObject({ result: 'false', culprits: 2, itemsOmitted: 0 });
      expect(paths(existence)!.sort()).toEqual(names.map((n) => `/srv/culprits/${rule}/${n}`));
      expect(existence.items.map((item) => [item.status, item.result, item.culprit])).toEqual([
        ['exists', 'not evaluated', true],
        ['exists', 'not evaluated', true],
      ]);
    }
  });

  it('check_existence at_least_one_exists with nothing found: no item to name, the object says so', () => {
    const nothing = test('at-least-one-exists');
    expect(nothing).toMatchObject({
      result: 'false',
      items: [],
      itemsOmitted: 0,
      object: { flag: 'does not exist' },
    });
    expect(nothing.culprits).toBeUndefined();
    expect(evidenceSummary(evidenceOf(results, 'at-least-one-exists'))).toBe(
      'files in /srv/culprits/at-least-one-exists named like \\.conf$ does not exist',
    );
  });

  it('a negated test that came out true: the item that made it true', () => {
    const negated = test('negated');
    expect(negated).toMatchObject({ negated: true, result: 'true', culprits: 1, itemsOmitted: 60 });
    expect(paths(negated)).toEqual(['/srv/culprits/all/zz-owned-by-1000']);
    expect(negated.items[0]).toMatchObject({ result: 'true', culprit: true });
  });

  it('the same evidence whatever the read boundaries (a tested item split across chunks)', async () => {
    const bytes = await readFile(arf);
    for (const size of [7, 61, 4096]) {
      async function* pieces() {
        for (let at = 0; at < bytes.length; at += size) yield Buffer.from(bytes.subarray(at, at + size));
      }
      const split = await readResults(arf, pieces());
      expect(
        split.rules.map((r) => r.evidence),
        `pieces of ${size}`,
      ).toEqual(results.rules.map((r) => r.evidence));
    }
  });
});

describe('items sought by their ids', () => {
  it("finds an item written with single quotes, and takes no quoted id in another item's text for it", async () => {
    const arf = SCANNERS[0]!.arf;
    const text = await readFile(arf, 'utf8');
    const culprit = /<tested_item item_id="(\d+)" result="false"\/>/.exec(
      /<test test_id="oval:org.stig-gate.culprits:tst:1"[^>]*>([\s\S]*?)<\/test>/.exec(text)![1]!,
    )![1]!;
    const start = `<unix-sys:file_item id="${culprit}" status="exists">`;
    expect(text).toContain(start);
    // The first item of the list holds the culprit's id, quoted, in its text; the culprit's own tag is
    // written with single quotes.
    const first = /<system_data>\s*<unix-sys:file_item [^>]*>\s*<unix-sys:filepath>/.exec(text)!;
    const at = first.index + first[0].length;
    const tricky = (
      text.slice(0, at) +
      `/srv/"${culprit}" &lt;x id="${culprit}"&gt;` +
      text.slice(at)
    ).replace(start, `<unix-sys:file_item id='${culprit}' status='exists'>`);
    const read = async (bytes: string) => {
      const results = await readResults(
        arf,
        (async function* () {
          yield Buffer.from(bytes);
        })(),
      );
      return evidenceOf(results, 'all').tests[0]!;
    };
    const plain = await read(text);
    const sought = await read(tricky);
    expect(paths(sought)).toEqual(['/srv/culprits/all/zz-owned-by-1000']);
    expect(sought).toEqual(plain);
  });
});

describe('a per-item child bucketed by its result attribute', () => {
  it('reads the attribute itself, never text inside another value', () => {
    expect(startTagAttribute('tested_item item_id="1" result="false"', 'result')).toBe('false');
    expect(startTagAttribute("tested_item\n\titem_id='2'\n result = 'not evaluated'", 'result')).toBe(
      'not evaluated',
    );
    expect(startTagAttribute('tested_item item_id=" result=&quot;x" result="true"', 'result')).toBe('true');
    expect(startTagAttribute('tested_item xresult="true" item_id="3"', 'result')).toBeUndefined();
    expect(startTagAttribute('tested_item item_id="4"', 'result')).toBeUndefined();
    expect(startTagAttribute('tested_item item_id="4', 'result')).toBeUndefined();
  });
});
