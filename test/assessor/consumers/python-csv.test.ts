/**
 * The POA&M CSV read by Python's csv module (what pandas and most import scripts use), not only by the
 * csv-parse we write it with: one row per POA&M item, each with its id, risk rating and controls.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { poamRules, riskRating } from '../../../src/assessor/poam.js';
import { POAM_COLUMNS, renderPoamCsv } from '../../../src/assessor/poam-csv.js';
import { SAMPLES } from './samples.js';

const READ_WITH_PYTHON = `
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows = list(csv.reader(f))
print(json.dumps(rows))
`;

/** The CSV's rows as Python's csv.reader gives them (python3 from Debian; scripts/testenv/up.sh installs it). */
function pythonRows(csv: string): string[][] {
  const file = join(mkdtempSync(join(tmpdir(), 'stig-gate-poam-')), 'stig-gate-poam.csv');
  writeFileSync(file, csv);
  return JSON.parse(
    execFileSync('python3', ['-c', READ_WITH_PYTHON, file], { encoding: 'utf8' }),
  ) as string[][];
}

describe("POA&M CSV read by Python's csv module", () => {
  it.each(SAMPLES)('$name: one row per item, with its id, rating and controls', async (sample) => {
    const { model } = await sample.make();
    const items = poamRules(model);
    const [header, ...rows] = pythonRows(renderPoamCsv(model));
    expect(header).toEqual([...POAM_COLUMNS]);
    expect(rows).toHaveLength(items.length);
    const column = (name: (typeof POAM_COLUMNS)[number]) => POAM_COLUMNS.indexOf(name);
    for (const [index, row] of rows.entries()) {
      const item = items[index]!;
      expect(row).toHaveLength(POAM_COLUMNS.length);
      expect(row[column('POAM ID')]).toBe(item.stigRuleId);
      expect(row[column('Original Risk Rating')]).toBe(riskRating(item.severity));
      expect(row[column('Controls')]).toBe(item.controls.join(', '));
      expect(row[column('Weakness Description')]).toContain(item.findingDetails);
    }
  });

  it('a cell with a lone LF or CR (and no comma or quote) is quoted, so the row stays one row', async () => {
    const { model } = await SAMPLES[1]!.make();
    const rule = poamRules(model)[0]!;
    const twisted = {
      ...model,
      rules: model.rules.map((r) =>
        r === rule ? { ...r, title: 'first line\nsecond line', comments: 'one\rtwo' } : r,
      ),
    };
    const rows = pythonRows(renderPoamCsv(twisted)).slice(1);
    expect(rows).toHaveLength(poamRules(twisted).length);
    const row = rows.find((r) => r[0] === rule.stigRuleId)!;
    expect(row[POAM_COLUMNS.indexOf('Weakness Name')]).toBe('first line\nsecond line');
    expect(row[POAM_COLUMNS.indexOf('Comments')]).toBe('one\rtwo');
  });
});
