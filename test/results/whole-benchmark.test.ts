/**
 * Files that embed a whole benchmark (the field's shape, issue #23): the reader returns the same model,
 * evidence included, as the reader before Rules of notselected results were read on demand (golden written
 * from revision e9cb5dc's code (before the on-demand reader, with #24's messages and control ids) by scripts/whole-benchmark-golden.mjs; see test/support/reader-digest.mjs).
 *
 * The fixture is real oscap output: SCAP Security Guide's Debian 11 data stream (Debian's `ssg-debian`,
 * BSD-3-Clause) evaluated with its `standard` profile by OpenSCAP 1.3.7 on a Debian 11 debootstrap root, as
 * bench/real-arf.mjs makes its ARF: the whole benchmark embedded (355 Rules), 311 of them notselected,
 * failing rules with OVAL evidence. Brotli-compressed (8.3 MB as XML).
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ResultsFormatError } from '../../src/errors.js';
import type { RuleOutcome } from '../../src/results/model.js';
import { readResultsFile } from '../../src/results/read.js';
import { readerDigest } from '../support/reader-digest.mjs';
import { PEERS } from '../support/paths.js';

interface GoldenCase {
  file: string;
  options: { rules?: boolean; evidence?: boolean };
  model?: Record<string, unknown>;
  rules?: string[];
  error?: { name: string; message: string };
}

const golden = JSON.parse(
  await readFile(new URL('golden/whole-benchmark.json', import.meta.url), 'utf8'),
) as { revision: string; cases: GoldenCase[] };

let dir: string;
let arf: string;
let arfXml: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stig-gate-whole-benchmark-'));
  arf = join(dir, 'ssg-debian11-standard-arf.xml');
  const bytes = brotliDecompressSync(
    await readFile(new URL('fixtures/ssg-debian11-standard-arf.xml.br', import.meta.url)),
  );
  arfXml = bytes.toString('utf8');
  await writeFile(arf, bytes);
});

function pathOf(file: string): string {
  return file.startsWith('peers/') ? join(PEERS, file.slice('peers/'.length)) : arf;
}

describe(`a whole benchmark is read as the reader of ${golden.revision.slice(0, 7)} read it`, () => {
  it('covers the ARF in full, without Rules and without evidence, and the RHEL 8 STIG peers', () => {
    expect(golden.cases.map((c) => c.file)).toEqual([
      'fixtures/ssg-debian11-standard-arf.xml',
      'fixtures/ssg-debian11-standard-arf.xml',
      'fixtures/ssg-debian11-standard-arf.xml',
      'peers/xccdf-results-openscap-rhel8.xml',
      'peers/xccdf-results-scc-rhel8.xml',
    ]);
  });

  it.each(golden.cases.map((c) => [c.file, JSON.stringify(c.options), c] as const))(
    '%s %s',
    async (file, _options, expected) => {
      const path = pathOf(file);
      const actual = (await readerDigest(path, () => readResultsFile(path, expected.options), {
        evidence: true,
      })) as GoldenCase;
      expect(actual.error).toEqual(expected.error);
      expect(actual.model).toEqual(expected.model);
      // Rule by rule, so that a difference names the rule.
      expect(actual.rules).toEqual(expected.rules);
    },
  );
});

describe('the fixture has the field shape, and its notselected Rules are read when asked for', () => {
  it('embeds the whole benchmark: most Rules notselected, failing rules with OVAL evidence', async () => {
    const results = await readResultsFile(arf);
    expect(arfXml.match(/<xccdf-1\.2:Rule /g)?.length).toBe(355);
    expect(results.counts.notselected).toBe(311);
    const failing = results.rules.filter((rule) => rule.result === 'fail');
    expect(failing.length).toBeGreaterThan(10);
    expect(failing.every((rule) => rule.evidence !== undefined)).toBe(true);
  });

  it("gives a notselected rule its Rule's title, ids, checks and prose, read property by property", async () => {
    const id = 'xccdf_org.ssgproject.content_rule_package_aide_installed';
    const [first, second] = await Promise.all([readResultsFile(arf), readResultsFile(arf)]);
    const rule = first.rules.find((r) => r.ruleId === id)!;
    expect(rule.result).toBe('notselected');
    expect(rule.title).toBe('Install AIDE');
    expect(rule.stig.cci).toContain('CCI-002696');
    expect(rule.stig.nist?.length).toBeGreaterThan(0);
    expect(rule.checks[0]?.system).toBe('http://oval.mitre.org/XMLSchema/oval-definitions-5');
    expect(rule.description).toMatch(/^The aide package can be installed/);
    // The same as read in one go (JSON reads every property at once).
    const whole = JSON.parse(JSON.stringify(second.rules.find((r) => r.ruleId === id))) as RuleOutcome;
    expect(JSON.parse(JSON.stringify(rule))).toEqual(whole);
  });

  it('keeps a value assigned before the Rule was read', async () => {
    const results = await readResultsFile(arf);
    const rule = results.rules.find((r) => r.result === 'notselected')!;
    rule.title = 'renamed';
    expect(rule.stig.cci).toBeDefined();
    expect(rule.title).toBe('renamed');
  });

  it('a notselected Rule that does not parse is an error naming the file and the rule when it is read', async () => {
    const id = 'xccdf_org.ssgproject.content_rule_package_aide_installed';
    const start = arfXml.indexOf(`<xccdf-1.2:Rule selected="false" id="${id}"`);
    const title = arfXml.indexOf('<xccdf-1.2:title>', start) + '<xccdf-1.2:title>'.length;
    expect(start).toBeGreaterThan(0);
    const broken = join(dir, 'broken-notselected.xml');
    await writeFile(broken, `${arfXml.slice(0, title)}a <b>bold</i> ${arfXml.slice(title)}`);
    const results = await readResultsFile(broken, { evidence: false });
    const rule = results.rules.find((r) => r.ruleId === id)!;
    expect(rule.result).toBe('notselected');
    let thrown: unknown;
    try {
      void rule.title;
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ResultsFormatError);
    expect((thrown as Error).message).toContain(broken);
    expect((thrown as Error).message).toMatch(
      new RegExp(`rule ${id}: in <Rule id="${id}">: not well-formed XML .*Expected closing tag 'b'`),
    );
  });
});
