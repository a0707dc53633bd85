/**
 * The bundled action run as a process: baselines (file, artifact of the default branch), errors, and the
 * outputs it sets, against the loopback GitHub API and artifact service. No Docker.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CLEAN_RESULTS, REMOTE_ACCESS_RESULTS, REPO_ROOT } from '../support/paths.js';
import { lastLine, useActionFixture, warnings } from './action-fixture.js';
import { pullRequestEvent } from './run-action.js';
import { unzipToRecord } from '../servers/zip.js';

const fixture = useActionFixture(16_500_000_001);
const { step } = fixture;

describe('baselines', () => {
  it('artifact: uses the results artifact of the latest successful run on the default branch', async () => {
    const name = 'stig-gate-baseline-demo';
    const old = fixture.github.state.addRun({
      workflowPath: '.github/workflows/stig.yml',
      headBranch: 'main',
    });
    fixture.github.state.addArtifact({
      runId: old.id,
      name,
      files: { 'results.xml': await readFile(REMOTE_ACCESS_RESULTS) },
    });
    const latest = fixture.github.state.addRun({
      workflowPath: '.github/workflows/stig.yml',
      headBranch: 'main',
    });
    fixture.github.state.addArtifact({
      runId: latest.id,
      name,
      files: { 'results.xml': await readFile(CLEAN_RESULTS) },
    });
    fixture.github.state.addRun({
      workflowPath: '.github/workflows/stig.yml',
      headBranch: 'main',
      conclusion: 'failure',
    });
    fixture.github.state.addRun({ workflowPath: '.github/workflows/stig.yml', headBranch: 'feature' });

    const run = await step(
      { results: REMOTE_ACCESS_RESULTS, baseline: `artifact:${name}` },
      { event: pullRequestEvent(301) },
    );
    expect(run.outputs, run.stdout).toMatchObject({ verdict: 'fail', 'new-failures': '46', fixed: '0' });
    expect(run.stdout).toContain(`in run ${latest.id} on main`);
    // The comment names the baseline and links the run that made it (the run's html_url, from the API).
    const [comment] = fixture.github.state.commentsOn(301);
    expect(comment?.body).toContain(`artifact ${name} from the default branch`);
    expect(comment?.body).toMatch(
      new RegExp(` · \\[the run that made it\\]\\(https://[^)]+/actions/runs/${latest.id}\\)`),
    );
    const download = fixture.github.requests.find((r) => /\/actions\/artifacts\/\d+\/zip$/.test(r.path));
    expect(download?.status).toBe(302);
  });

  it("waivers: the workspace's default .stig-gate/waivers.yml waives (its YAML reader is a chunk of the bundle)", async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'stig-gate-workspace-'));
    await mkdir(join(workspace, '.stig-gate'));
    await writeFile(
      join(workspace, '.stig-gate', 'waivers.yml'),
      'waivers:\n  - rule: SV-263652r982557\n    reason: remote access is the point of this image\n',
    );
    const run = await step(
      { results: REMOTE_ACCESS_RESULTS, baseline: CLEAN_RESULTS },
      { event: pullRequestEvent(300), workspace },
    );
    expect(run.outputs, run.stdout).toMatchObject({ verdict: 'fail', 'new-failures': '45', waived: '1' });
    expect(run.summary).toContain('remote access is the point of this image');
  });

  it('artifact on a first run (nothing on the default branch yet): a warning, and every failure is new', async () => {
    const run = await step(
      { results: REMOTE_ACCESS_RESULTS, baseline: 'artifact:never-uploaded' },
      { event: pullRequestEvent(302) },
    );
    expect(warnings(run).join('\n')).toContain("No baseline artifact 'never-uploaded' was found");
    expect(run.outputs).toMatchObject({ verdict: 'fail', 'new-failures': '56' });
  });

  it('artifact found but unreadable is an error, not "no findings"', async () => {
    const name = 'stig-gate-broken-baseline';
    const runOnMain = fixture.github.state.addRun({
      workflowPath: '.github/workflows/stig.yml',
      headBranch: 'main',
    });
    fixture.github.state.addArtifact({
      runId: runOnMain.id,
      name,
      files: { 'results.xml': '<?xml version="1.0"?><Benchmark' },
    });
    const run = await step(
      { results: CLEAN_RESULTS, baseline: `artifact:${name}` },
      { event: pullRequestEvent(303) },
    );
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(lastLine(run)).toMatch(/^::error::.*results\.xml/);
  });

  it('a baseline file that does not exist is an error naming the input, as in the CLI (a typo is no baseline)', async () => {
    const run = await step({ results: REMOTE_ACCESS_RESULTS, baseline: '.stig-gate/no-such-baseline.xml' });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(lastLine(run)).toMatch(
      /^::error::Input 'baseline': the results file '\.stig-gate\/no-such-baseline\.xml' does not exist/,
    );
  });
});

describe('errors', () => {
  it('a bad input fails the step naming the input; outputs say error', async () => {
    const run = await step({ results: CLEAN_RESULTS, 'fail-on': 'sometimes' });
    expect(run.code).toBe(1);
    expect(lastLine(run)).toBe("::error::Input 'fail-on' must be one of new, any, none; got 'sometimes'");
    expect(run.outputs.verdict).toBe('error');
  });

  it('a missing results file is an error, never a pass', async () => {
    const run = await step({ results: 'no/such/results.xml' });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(lastLine(run)).toMatch(/^::error::.*no\/such\/results\.xml.*no such file/);
    expect(run.summary).toMatch(/^## STIG gate: no verdict\n\n❗ .*no\/such\/results\.xml/);
  });

  it('an error after the results are in keeps them: what the run produced is uploaded, the summary links it', async () => {
    const runId = fixture.newRunId();
    const run = await step({ results: REMOTE_ACCESS_RESULTS, waivers: 'no/such/waivers.yml' }, { runId });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(lastLine(run)).toMatch(/^::error::waivers file .*no\/such\/waivers\.yml: no such file/);
    const artifact = fixture.results.find(run.outputs['artifact-name']!, runId);
    expect(artifact, run.stdout).toBeDefined();
    expect(Object.keys(unzipToRecord(artifact!.content!))).toContain('results.xml');
    expect(run.outputs['artifact-url']).toMatch(
      new RegExp(`/actions/runs/${runId}/artifacts/${artifact!.id}$`),
    );
    expect(run.summary).toMatch(/^## STIG gate: no verdict\n\n❗ waivers file /);
    expect(run.summary).toContain(
      `What the run produced is in [the report artifact](${run.outputs['artifact-url']})`,
    );
  });

  it('a report that cannot be written after the verdict: the summary says what the gate had decided', async () => {
    const outputDir = await mkdtemp(join(tmpdir(), 'stig-gate-out-'));
    await mkdir(join(outputDir, 'stig-gate.sarif'));
    const run = await step({ results: REMOTE_ACCESS_RESULTS, 'output-dir': outputDir });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(lastLine(run)).toMatch(/^::error::cannot write the reports to /);
    expect(run.summary).toMatch(/^## STIG gate: no verdict\n/);
    expect(run.summary).toContain('The gate had decided (gate failed: 56 new failures');
    expect(run.outputs['artifact-url']).toBeTruthy();
  });

  it("an output-dir that names a file is the input's error, not a bug", async () => {
    const run = await step({ results: CLEAN_RESULTS, 'output-dir': CLEAN_RESULTS });
    expect(run.code).toBe(1);
    expect(lastLine(run)).toMatch(
      /^::error::cannot create the output folder .*check the 'output-dir' input$/,
    );
    expect(run.stdout).not.toContain('stig-gate bug');
  });

  it('a merge the artifact service refuses is an error that says so, not a stig-gate bug', async () => {
    // 403: not retried by @actions/artifact (a 500 is, five times over half a minute), the same path after.
    fixture.results.faults.add('POST', /ListArtifacts$/, { status: 403, times: 20 });
    const run = await step({ merge: 'true', images: 'ghcr.io/o/a:1\nghcr.io/o/b:1', image: '' });
    expect(run.code).toBe(1);
    expect(lastLine(run)).toMatch(/^::error::cannot list this run's artifacts to merge: .*re-run the job$/);
    expect(run.stdout).not.toContain('stig-gate bug');
    expect(run.outputs.verdict).toBe('error');
  });

  it('a push event posts no comment', async () => {
    const before = fixture.github.requests.length;
    const run = await step(
      { results: REMOTE_ACCESS_RESULTS, comment: 'always' },
      { event: { name: 'push', payload: {} } },
    );
    expect(run.outputs.verdict).toBe('fail');
    expect(fixture.github.requests.slice(before).filter((r) => r.path.includes('/issues/'))).toHaveLength(0);
    expect(run.stdout).toContain("No pull request comment: this is a 'push' event");
  });
});

describe('outputs', () => {
  it('sets every output action.yml declares', async () => {
    const run = await step(
      { results: CLEAN_RESULTS, baseline: CLEAN_RESULTS },
      { event: pullRequestEvent(401) },
    );
    const declared = Object.keys(
      (parse(await readFile(join(REPO_ROOT, 'action.yml'), 'utf8')) as { outputs: object }).outputs,
    );
    expect(Object.keys(run.outputs).sort()).toEqual([...declared].sort());
    expect(run.ms).toBeLessThan(10_000);
  });
});
