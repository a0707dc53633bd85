import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readResults, readResultsFile } from '../../src/results/read.js';
import type { ScanResults } from '../../src/results/model.js';
import { CLEAN_ARF, CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';

/** Yields `bytes` in pieces of the given sizes, cycling, to move every boundary through the carver. */
async function* pieces(bytes: Buffer, sizes: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

/** Like a file reader that reuses two buffers in turns: each chunk is overwritten two chunks later. */
async function* twoReusedBuffers(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  let buffer = Buffer.alloc(size);
  let other = Buffer.alloc(size);
  for (let at = 0; at < bytes.length; at += size) {
    [buffer, other] = [other, buffer];
    const length = bytes.copy(buffer, 0, at, at + size);
    yield buffer.subarray(0, length);
  }
}

function byId(results: ScanResults) {
  return new Map(results.rules.map((rule) => [rule.ruleId, rule]));
}

describe('real oscap output (../shared/scap/samples)', () => {
  it.each([
    [CLEAN_RESULTS, 'xccdf-1.2', 10, 81, 107],
    [CLEAN_ARF, 'arf', 10, 81, 107],
    [REMOTE_ACCESS_RESULTS, 'xccdf-1.2', 56, 35, 107],
  ])('%s is read as %s with fail %i, pass %i, notapplicable %i', async (file, format, fail, pass, na) => {
    const results = await readResultsFile(file);
    expect(results.format).toBe(format);
    expect(results.counts).toEqual({
      pass,
      fail,
      error: 0,
      unknown: 0,
      notapplicable: na,
      notchecked: 0,
      notselected: 0,
      informational: 0,
      fixed: 0,
    });
    expect(results.rules).toHaveLength(198);
    expect(results.warnings).toEqual([]);
  });

  it('reads the scan identity: benchmark, profile, target, scanner and times', async () => {
    const results = await readResultsFile(CLEAN_RESULTS);
    expect(results.benchmark).toEqual({
      id: 'xccdf_org.open-scap.sce-community-content_benchmark_all',
      version: '3.2.16',
      title: 'Datastream XCCDF Checklist Beta GPOS v3r2p16',
    });
    expect(results.profile.id).toBe('xccdf_basic_profile_.check');
    expect(results.target).toBe('d21becbcd84b');
    expect(results.scanner).toEqual({ name: 'OpenSCAP', version: '1.3.7' });
    expect(results.testResultId).toBe('xccdf_org.open-scap_testresult_xccdf_basic_profile_.check');
    expect(results.startTime).toBe('2026-11-23T06:05:58+00:00');
    expect(results.endTime).toBe('2026-11-23T06:05:58+00:00');
  });

  it('joins rule-results to Rules: normalised titles, severity, STIG ids, description, checks', async () => {
    const rule = byId(await readResultsFile(CLEAN_RESULTS)).get(
      'xccdf_mil.disa.stig_rule_SV-263651r982555_rule',
    )!;
    expect(rule.result).toBe('notapplicable');
    expect(rule.severity).toBe('medium');
    expect(rule.weight).toBe(1);
    // In the file this title spans four indented lines.
    expect(rule.title).toBe(
      'The operating system must prohibit the use or connection of unauthorized hardware components.',
    );
    expect(rule.stig).toEqual({ ruleId: 'SV-263651', revision: 'r982555', cci: ['CCI-003959'], srg: [] });
    expect(rule.description).toMatch(
      /^Hardware components provide the foundation for organizational systems and/,
    );
    expect(rule.description).not.toMatch(/\s{2}|\n/);
    expect(rule.rationale).toMatch(/^Linux containers do not automatically inherit access/);

    const failing = byId(await readResultsFile(CLEAN_RESULTS)).get(
      'xccdf_mil.disa.stig_rule_SV-203675r991560_rule',
    )!;
    expect(failing.result).toBe('fail');
    expect(failing.checks).toEqual([
      {
        system: 'http://oval.mitre.org/XMLSchema/oval-definitions-5',
        name: 'oval:org.LibraryPermissions:def:2',
        href: 'LibraryPermissionsTest.xml',
      },
    ]);
  });

  it('flattens prose when it is first read, keeps it, and includes it in JSON like any other field', async () => {
    const rule = (await readResultsFile(CLEAN_RESULTS)).rules[0]!;
    const first = rule.description;
    expect(first).toMatch(/^Hardware components provide/);
    expect(rule.description).toBe(first);
    expect(Object.getOwnPropertyDescriptor(rule, 'description')).toMatchObject({ value: first });
    expect(JSON.parse(JSON.stringify(rule))).toMatchObject({ description: first, rationale: rule.rationale });
    rule.description = 'replaced';
    expect({ ...rule }.description).toBe('replaced');
  });

  it('gives the same rules from ARF (metadata from the embedded data stream) as from XCCDF results', async () => {
    const [xccdf, arf] = await Promise.all([readResultsFile(CLEAN_RESULTS), readResultsFile(CLEAN_ARF)]);
    // Only the ARF holds OVAL results, so only it has OVAL evidence; SCE output is in both.
    const strip = (r: ScanResults) =>
      r.rules.map(({ checks: _checks, evidence, ...rest }) =>
        evidence?.kind === 'oval' ? rest : { ...rest, evidence },
      );
    expect(strip(arf)).toEqual(strip(xccdf));
  });

  it("with rules: false, gives the same rule results and counts, without the Rules' metadata", async () => {
    for (const file of [CLEAN_ARF, CLEAN_RESULTS]) {
      const [full, bare] = await Promise.all([
        readResultsFile(file),
        readResultsFile(file, { rules: false }),
      ]);
      expect(bare.rules.map((r) => [r.ruleId, r.result])).toEqual(
        full.rules.map((r) => [r.ruleId, r.result]),
      );
      expect(bare.counts).toEqual(full.counts);
      expect(bare.testResultId).toBe(full.testResultId);
      expect(full.rules.filter((r) => r.title !== r.ruleId)).toHaveLength(198);
      expect(bare.rules.filter((r) => r.title !== r.ruleId)).toEqual([]);
      expect(bare.rules.some((r) => r.description !== undefined)).toBe(false);
    }
  });

  it('finds the remote access services rule failing only in the remote-access sample', async () => {
    const id = 'xccdf_mil.disa.stig_rule_SV-263652r982557_rule';
    expect(byId(await readResultsFile(CLEAN_RESULTS)).get(id)!.result).toBe('pass');
    expect(byId(await readResultsFile(REMOTE_ACCESS_RESULTS)).get(id)!.result).toBe('fail');
  });

  it.each([[1], [7], [4096], [65_537]])(
    'is independent of read boundaries (pieces of %i bytes)',
    async (size) => {
      const bytes = await readFile(CLEAN_ARF);
      const whole = await readResultsFile(CLEAN_ARF);
      const sizes = size === 1 ? [1] : [size, 3, size * 2 + 1];
      const cut = await readResults(CLEAN_ARF, pieces(bytes, sizes));
      expect(cut).toEqual(whole);
    },
  );

  it.each([[15], [16], [4096], [65_537]])(
    'reads from two reused buffers of %i bytes the same as from fresh ones',
    async (size) => {
      for (const file of [CLEAN_ARF, CLEAN_RESULTS]) {
        const bytes = await readFile(file);
        expect(await readResults(file, twoReusedBuffers(bytes, size))).toEqual(await readResultsFile(file));
      }
    },
  );
});
