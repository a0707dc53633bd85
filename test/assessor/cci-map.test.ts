/** The committed CCI → NIST SP 800-53 map: generated from DISA's list, and covering the GPOS data stream. */
import { XMLParser } from 'fast-xml-parser';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  baseControl,
  CCI_MAP_PROVENANCE,
  controlsOfCci,
  oscalControlId,
  oscalStatementId,
} from '../../src/assessor/nist-controls.js';
import { DATASTREAM, REPO_ROOT, SHARED } from '../support/paths.js';

const CCI_LIST = `${SHARED}cci/U_CCI_List.xml`;

function requireCciList(): string {
  if (!existsSync(CCI_LIST)) {
    throw new Error(
      `These tests need DISA's CCI list at ${CCI_LIST} (the project's shared/cci folder beside the repository, or STIG_GATE_SHARED/cci).`,
    );
  }
  return CCI_LIST;
}

/** Every CCI ident (`system="http://cyber.mil/cci"`) of every XCCDF Rule in the data stream. */
function dataStreamCcis(): string[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    processEntities: false,
    isArray: () => true,
  });
  const found = new Set<string>();
  const walk = (node: unknown, inRule: boolean): void => {
    if (Array.isArray(node)) return node.forEach((child) => walk(child, inRule));
    if (typeof node !== 'object' || node === null) return;
    for (const [name, value] of Object.entries(node)) {
      if (name === 'ident' && inRule) {
        for (const ident of value as { '#text'?: string; '@system'?: string }[]) {
          if (
            ident['@system']?.[0] === 'http://cyber.mil/cci' ||
            ident['@system'] === 'http://cyber.mil/cci'
          ) {
            found.add(String(ident['#text']).trim());
          }
        }
      } else walk(value, inRule || name === 'Rule');
    }
  };
  walk(parser.parse(readFileSync(DATASTREAM, 'utf8')), false);
  return [...found].sort();
}

describe('CCI → NIST SP 800-53', () => {
  it('1. every CCI of the GPOS data stream maps to at least one NIST control', () => {
    const ccis = dataStreamCcis();
    expect(ccis.length).toBeGreaterThan(100);
    const unmapped = ccis.filter((cci) => controlsOfCci(cci).length === 0);
    expect(unmapped).toEqual([]);
    expect(controlsOfCci('CCI-000366')).toEqual(['CM-6 b']);
    expect(controlsOfCci('CCI-999999')).toEqual([]);
  });

  it('2. the committed map is what scripts/generate-cci-map.mjs makes from the list, with provenance', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'stig-gate-cci-')), 'cci-nist.json');
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/generate-cci-map.mjs'), requireCciList(), out]);
    expect(readFileSync(out, 'utf8')).toBe(
      readFileSync(join(REPO_ROOT, 'src/assessor/cci-nist.json'), 'utf8'),
    );
    expect(CCI_MAP_PROVENANCE).toMatchObject({ version: '2023-06-07', items: 5098 });
    expect(CCI_MAP_PROVENANCE.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['CM-6 b', 'CM-6', 'cm-6', 'cm-6_smt.b'],
    ['AC-11 (1)', 'AC-11(1)', 'ac-11.1', 'ac-11.1_smt'],
    ['AC-1 a 1 (a)', 'AC-1', 'ac-1', 'ac-1_smt.a.1.a'],
    ['IA-11', 'IA-11', 'ia-11', 'ia-11_smt'],
  ])('3. %s → %s, OSCAL %s / %s', (control, base, id, statement) => {
    expect(baseControl(control)).toBe(base);
    expect(oscalControlId(control)).toBe(id);
    expect(oscalStatementId(control)).toBe(statement);
  });
});
