/** The FedRAMP POA&M CSV: the template's columns, one row per item, RFC 4180, formulas neutralised. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { POAM_COLUMNS, renderPoamCsv } from '../../src/assessor/poam-csv.js';
import { hostile, large, remoteAccess, WAIVED_RULE } from './fixtures.js';
import { HOSTILE } from './support.js';

const rows = (csv: string) => parse(csv, { columns: true, relax_quotes: false }) as Record<string, string>[];

describe('POA&M CSV', () => {
  it('1. the FedRAMP "Open POA&M Items" columns, in order', async () => {
    const csv = renderPoamCsv((await remoteAccess()).model);
    expect(csv.split('\r\n')[0]).toBe(POAM_COLUMNS.join(','));
    expect(POAM_COLUMNS).toHaveLength(27);
  });

  it('2. a row per open finding (waived too) and per inherited failure; statuses as the gate counts', async () => {
    const { model, result } = await remoteAccess();
    const table = rows(renderPoamCsv(model));
    expect(table.length).toBe(model.counts.open + result.counts.inheritedFromHost);
    expect(table.filter((row) => row['False Positive'] === 'Yes').length).toBe(
      result.counts.inheritedFromHost,
    );
    const big = await large();
    expect(rows(renderPoamCsv(big.model)).length).toBe(big.model.counts.open);
  });

  it('3. a waived row: owner, expiry as completion, operational requirement and deviation rationale', async () => {
    const { model } = await remoteAccess();
    const row = rows(renderPoamCsv(model)).find((r) =>
      r['Weakness Source Identifier']!.includes(WAIVED_RULE),
    )!;
    expect(row).toMatchObject({
      'POAM ID': 'SV-263652r982557',
      'Point of Contact': 'platform-team',
      'Scheduled Completion Date': '2027-01-31',
      'Operational Requirement': 'Yes',
      'Deviation Rationale': 'Dropbear is the break-glass path; ticket SEC-12',
      'False Positive': 'No',
      'Original Risk Rating': 'Moderate',
      'Asset Identifier': `registry.example/app:1.0 (registry.example/app@sha256:${'ab'.repeat(32)})`,
    });
    expect(row['Weakness Source Identifier']).toContain('V-263652');
    expect(row['Weakness Detector Source']).toMatch(
      /^OpenSCAP 1\.3\.7: xccdf_org\.open-scap\.sce-community-content_benchmark_all version 3\.2\.16 \(data stream sha256 /,
    );
    expect(row.Controls).toMatch(/^[A-Z]{2}-\d+/);
  });

  it('4. completion without a waiver: detection + 30/90/180 days; detection from the baseline for a rule still failing', async () => {
    const { model, result } = await remoteAccess();
    const table = rows(renderPoamCsv(model));
    const still = model.rules.find((r) => r.gateClass === 'still-failing' && r.severity === 'medium')!;
    const row = table.find((r) => r['POAM ID'] === still.stigRuleId)!;
    expect(row['Original Detection Date']).toBe(result.baseline!.startTime!.slice(0, 10));
    const due = new Date(`${row['Original Detection Date']}T00:00:00Z`).getTime() + 90 * 86_400_000;
    expect(row['Scheduled Completion Date']).toBe(new Date(due).toISOString().slice(0, 10));
    const high = model.rules.find((r) => r.status === 'open' && r.severity === 'high' && !r.waiver);
    if (high) {
      const highRow = table.find((r) => r['POAM ID'] === high.stigRuleId)!;
      expect(highRow['Original Risk Rating']).toBe('High');
    }
  });

  it('5. hostile text: RFC 4180 quoted, formula cells neutralised, read back with only the leading quote added', async () => {
    const { model } = await hostile();
    const csv = renderPoamCsv(model);
    const [row] = rows(csv);
    expect(row!['Weakness Name']).toBe(`'${HOSTILE.replace(/\s+/g, ' ').trim()}`);
    expect(row!['Deviation Rationale']).toBe(`'${HOSTILE}`);
    expect(row!['Point of Contact']).toBe(`'=cmd`);
    for (const cell of Object.values(row!)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(csv).toContain('""quoted""');
  });
});
