/**
 * The bundled action's assessor evidence, against the loopback GitHub API and artifact service: the files
 * in the uploaded artifact, their outputs, the manifest's digests of what was uploaded, the job summary.
 * No Docker (a results file is gated; test/action/action-scan.test.ts covers a scan).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';
import { useActionFixture } from './action-fixture.js';
import { expectFolderIsTheArtifact } from './artifact-folder.js';
import { pullRequestEvent } from './run-action.js';
import { unzipToRecord } from '../servers/zip.js';

const fixture = useActionFixture(16_600_000_001);
const { step } = fixture;
const DIGEST = `sha256:${'ab'.repeat(32)}`;

const EVIDENCE = [
  'evidence.json',
  'stig-gate-hdf.json',
  'stig-gate-oscal-ar.json',
  'stig-gate-oscal-poam.json',
  'stig-gate-poam.csv',
  'stig-gate.ckl',
  'stig-gate.cklb',
  'stig-gate.intoto.json',
];

describe('evidence for assessors', () => {
  it('1. uploads every format in the artifact, sets their outputs, and the manifest digests the uploaded files', async () => {
    const run = await step(
      {
        image: `ghcr.io/octo-org/app@${DIGEST}`,
        results: REMOTE_ACCESS_RESULTS,
        baseline: CLEAN_RESULTS,
        'fail-on': 'none',
      },
      { event: pullRequestEvent(601) },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const artifact = fixture.results.find(run.outputs['artifact-name']!)!;
    const uploaded = unzipToRecord(artifact.content!);
    expect(Object.keys(uploaded)).toEqual(expect.arrayContaining(EVIDENCE));
    const outputs: Record<string, string> = {
      'cklb-path': 'stig-gate.cklb',
      'ckl-path': 'stig-gate.ckl',
      'poam-csv-path': 'stig-gate-poam.csv',
      'oscal-ar-path': 'stig-gate-oscal-ar.json',
      'oscal-poam-path': 'stig-gate-oscal-poam.json',
      'hdf-path': 'stig-gate-hdf.json',
      'evidence-manifest-path': 'evidence.json',
      'intoto-path': 'stig-gate.intoto.json',
    };
    for (const [output, file] of Object.entries(outputs)) {
      expect(run.outputs[output], output).toBe(`${run.outputs['output-dir']}/${file}`);
      expect(Buffer.compare(await readFile(run.outputs[output]!), uploaded[file]!), file).toBe(0);
    }
    const manifest = JSON.parse(uploaded['evidence.json']!.toString('utf8')) as {
      files: { name: string; sha256: string }[];
      workflowRun: { repository: string; runUrl: string };
      image: { digest: string };
    };
    const listed = manifest.files.map((file) => file.name).sort();
    expect(listed).toEqual(
      Object.keys(uploaded)
        .filter((name) => name !== 'evidence.json' && name !== 'stig-gate.intoto.json')
        .sort(),
    );
    for (const file of manifest.files) {
      expect(createHash('sha256').update(uploaded[file.name]!).digest('hex'), file.name).toBe(file.sha256);
    }
    await expectFolderIsTheArtifact(run.outputs['output-dir']!, Object.keys(uploaded), manifest);
    expect(manifest.workflowRun.repository).toBe('octo-org/octo-repo');
    const statement = JSON.parse(uploaded['stig-gate.intoto.json']!.toString('utf8')) as {
      subject: { name: string; digest: { sha256: string } }[];
    };
    expect(statement.subject).toEqual([
      { name: 'ghcr.io/octo-org/app', digest: { sha256: 'ab'.repeat(32) } },
    ]);
    expect(run.summary).toContain('### Evidence for assessors');
    expect(run.summary).toContain('`stig-gate.cklb`');
  });

  it("2. evidence: 'none' writes none and leaves their outputs empty; a bad value names the input", async () => {
    const run = await step({ results: CLEAN_RESULTS, evidence: 'none' }, { event: pullRequestEvent(602) });
    const artifact = fixture.results.find(run.outputs['artifact-name']!)!;
    expect(Object.keys(unzipToRecord(artifact.content!))).not.toContain('stig-gate.cklb');
    expect(run.outputs['cklb-path']).toBe('');
    expect(run.summary).not.toContain('Evidence for assessors');
    const bad = await step({ results: CLEAN_RESULTS, evidence: 'pdf' }, { event: pullRequestEvent(603) });
    expect(bad.outputs.verdict).toBe('error');
    expect(bad.outputs.reason).toContain("Input 'evidence' must be 'all', 'none' or a list of");
  });
});
