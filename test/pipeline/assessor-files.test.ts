/** Writing the evidence: the files, evidence.json's digests of them, the in-toto statement's subject. */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_FORMATS, parseEvidenceFormats } from '../../src/assessor/formats.js';
import { renderIntotoStatement, renderManifest } from '../../src/assessor/manifest.js';
import { TOOL, gatherScanFacts, writeEvidence } from '../../src/pipeline/assessor-files.js';
import { readResultsFile } from '../../src/results/read.js';
import { remoteAccess } from '../assessor/fixtures.js';
import { build, readBuilt } from '../assessor/support.js';
import { CLEAN_RESULTS } from '../support/paths.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const DIGEST = `registry.example/app@sha256:${'ab'.repeat(32)}`;

describe('writeEvidence', () => {
  it('1. writes every format; evidence.json lists the sha256 of every artifact file; in-toto names the image digest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stig-gate-evidence-'));
    copyFileSync(CLEAN_RESULTS, join(dir, 'results.xml'));
    writeFileSync(join(dir, 'stig-gate.json'), '{}\n');
    const { result, current, model } = await remoteAccess();
    const paths = await writeEvidence({
      result,
      current,
      facts: model.facts,
      formats: EVIDENCE_FORMATS,
      dir,
      artifactFiles: [join(dir, 'results.xml'), join(dir, 'stig-gate.json'), join(dir, 'missing.html')],
    });
    expect(Object.keys(paths).sort()).toEqual([...EVIDENCE_FORMATS, 'intoto'].sort());
    const manifest = JSON.parse(readFileSync(paths.manifest!, 'utf8')) as {
      files: { name: string; sha256: string; bytes: number }[];
      image: { digest: string };
      verdict: string;
    };
    const names = manifest.files.map((file) => file.name);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(
      expect.arrayContaining([
        'results.xml',
        'stig-gate.json',
        'stig-gate.cklb',
        'stig-gate.ckl',
        'stig-gate-poam.csv',
        'stig-gate-hdf.json',
      ]),
    );
    expect(names).not.toContain('missing.html');
    expect(names).not.toContain('evidence.json');
    for (const file of manifest.files) {
      expect(file.sha256, file.name).toBe(sha256(join(dir, file.name)));
      expect(file.bytes).toBe(readFileSync(join(dir, file.name)).length);
    }
    const statement = JSON.parse(readFileSync(paths.intoto!, 'utf8')) as {
      _type: string;
      subject: { name: string; digest: { sha256: string } }[];
      predicate: { verdict: string; manifest: unknown };
    };
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.subject).toEqual([
      { name: 'registry.example/app', digest: { sha256: 'ab'.repeat(32) } },
    ]);
    expect(statement.predicate.verdict).toBe(result.verdict);
    expect(statement.predicate.manifest).toEqual(manifest);
  });

  it('2. a chosen subset only; nothing open leaves no OSCAL POA&M (and removes an old one)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stig-gate-evidence-'));
    writeFileSync(join(dir, 'stig-gate-oscal-poam.json'), 'stale');
    const current = await readBuilt([{ id: 'xccdf_mil.disa.stig_rule_SV-1r1_rule', result: 'pass' }]);
    const { result, model } = build(current);
    const paths = await writeEvidence({
      result,
      current,
      facts: model.facts,
      formats: parseEvidenceFormats('evidence', 'cklb, oscal-poam'),
      dir,
      artifactFiles: [],
    });
    expect(paths).toEqual({ cklb: join(dir, 'stig-gate.cklb') });
    expect(existsSync(join(dir, 'stig-gate-oscal-poam.json'))).toBe(false);
    expect(existsSync(join(dir, 'evidence.json'))).toBe(false);
  });

  it('2b. an image known only by a local id (built here, never pushed) gets no in-toto statement', async () => {
    const current = await readResultsFile(CLEAN_RESULTS);
    const { model } = build(current);
    const statementFor = (reference: string, digest?: string) =>
      renderIntotoStatement(
        renderManifest(
          { ...model, facts: { ...model.facts, image: { reference, ...(digest && { digest }) } } },
          [],
        ),
      );
    const hex = 'ab'.repeat(32);
    // The image id is its config's digest: no registry knows the image by it, so nothing could verify it.
    expect(statementFor('app:dev', `sha256:${hex}`)).toBeUndefined();
    expect(statementFor('app:dev', `registry.example/app@sha256:${hex}`)?.subject).toEqual([
      { name: 'app', digest: { sha256: hex } },
    ]);
    expect(statementFor(`registry.example/app@sha256:${hex}`)?.subject[0]!.digest.sha256).toBe(hex);
  });

  it.each([
    ['all', EVIDENCE_FORMATS],
    ['', EVIDENCE_FORMATS],
    ['none', []],
    ['hdf ckl', ['ckl', 'hdf']],
  ])('3. formats %j', (text, want) => {
    expect(parseEvidenceFormats('evidence', text)).toEqual(want);
  });

  it('4. an unknown format is an error naming the input and the choices', () => {
    expect(() => parseEvidenceFormats("Input 'evidence'", 'cklb,pdf')).toThrow(
      "Input 'evidence' must be 'all', 'none' or a list of cklb, ckl, poam-csv, oscal-ar, oscal-poam, hdf, manifest; got 'pdf'",
    );
  });

  it('5. scan facts: digests, OpenSCAP version from the results, data stream and tailoring sha256', async () => {
    const results = await readResultsFile(CLEAN_RESULTS);
    const dir = mkdtempSync(join(tmpdir(), 'stig-gate-facts-'));
    writeFileSync(join(dir, 'ds.xml'), 'data stream');
    writeFileSync(join(dir, 'tailoring.xml'), 'tailoring');
    const facts = await gatherScanFacts({
      results,
      image: 'registry.example/app:1.0',
      imageDigest: DIGEST,
      scannerImage: 'scanner:1',
      scannerDigest: 'scanner@sha256:00',
      mode: 'container',
      datastream: join(dir, 'ds.xml'),
      tailoringFile: join(dir, 'tailoring.xml'),
    });
    expect(facts).toMatchObject({
      image: { reference: 'registry.example/app:1.0', digest: DIGEST },
      scanner: { reference: 'scanner:1', digest: 'scanner@sha256:00', openscapVersion: '1.3.7' },
      dataStream: { sha256: createHash('sha256').update('data stream').digest('hex') },
      tailoring: { sha256: createHash('sha256').update('tailoring').digest('hex') },
      benchmark: { id: 'xccdf_org.open-scap.sce-community-content_benchmark_all', version: '3.2.16' },
      profile: { id: 'xccdf_basic_profile_.check' },
      startTime: '2026-11-23T06:05:58+00:00',
    });
    await expect(gatherScanFacts({ results, datastream: join(dir, 'nope.xml') })).rejects.toThrow(
      /cannot read the data stream .*nope\.xml/,
    );
  });
});

describe('the generator the evidence names', () => {
  it("is stig-gate at package.json's version", () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      name: string;
      version: string;
    };
    expect(TOOL).toEqual({ name: pkg.name, version: pkg.version });
  });
});
