/**
 * The bundled action (dist/index.js) run as a process, as the runner runs it, on pull requests: the sticky
 * comment across runs, the artifact, the summary and annotations, and publishing failures against loopback
 * servers that speak GitHub's REST API and the artifact service's protocol. No Docker: these runs gate
 * existing results files (the `results` input); scans are covered in action-scan.test.ts.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_COMMENT_LENGTH } from '../servers/github-api.js';
import { unzipToRecord } from '../servers/zip.js';
import { CLEAN_ARF, CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';
import { benchmarkXml } from '../support/xccdf-builder.js';
import {
  ARTIFACT,
  MARKER,
  REMOTE_ACCESS_RULE,
  errorAnnotations,
  lastLine,
  useActionFixture,
  warnings,
} from './action-fixture.js';
import { pullRequestEvent } from './run-action.js';

const fixture = useActionFixture(16_000_000_001);
const { step } = fixture;
const comments = (issue: number) => fixture.github.state.commentsOn(issue);

describe('a pull request, run after run', () => {
  const PR = 101;

  it('first run: fails on 46 new failures, creates the comment, uploads the artifact, writes the summary', async () => {
    const run = await step(
      { results: REMOTE_ACCESS_RESULTS, baseline: CLEAN_RESULTS, comment: 'on-failure' },
      { event: pullRequestEvent(PR) },
    );
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs).toMatchObject({
      verdict: 'fail',
      'new-failures': '46',
      fixed: '0',
      failed: '56',
      passed: '35',
      'not-applicable': '107',
    });
    expect(lastLine(run)).toBe(`::error::${run.outputs.reason}`);

    // Annotations: eight rules, then a count of the rest, then the step's own failure.
    const annotations = errorAnnotations(run);
    expect(annotations).toHaveLength(10);
    expect(
      annotations
        .slice(0, 8)
        .every((a) => /^::error title=STIG gate%3A ghcr.io\/octo-org\/app%3Apr::New failure SV-/.test(a)),
    ).toBe(true);
    expect(annotations[8]).toContain('…and 38 more new failures');

    // The comment: one, with the marker first, naming the remote access rule.
    const [comment, ...more] = comments(PR);
    expect(more).toHaveLength(0);
    expect(comment!.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(comment!.body).toContain(REMOTE_ACCESS_RULE);
    expect(run.outputs['comment-url']).toBe(
      `https://github.com/octo-org/octo-repo/issues/${PR}#issuecomment-${comment!.id}`,
    );

    // The artifact holds the results and every report.
    const artifact = fixture.results.find(ARTIFACT, run.outputs['artifact-url']!.match(/runs\/(\d+)\//)![1]);
    expect(artifact).toBeDefined();
    expect(run.outputs['artifact-id']).toBe(String(artifact!.id));
    // No in-toto statement: the image reference has no digest to name.
    expect(Object.keys(unzipToRecord(artifact!.content!)).sort()).toEqual([
      'evidence.json',
      'results.xml',
      'stig-gate-hdf.json',
      'stig-gate-oscal-ar.json',
      'stig-gate-oscal-poam.json',
      'stig-gate-poam.csv',
      'stig-gate.ckl',
      'stig-gate.cklb',
      'stig-gate.json',
      'stig-gate.md',
      'stig-gate.sarif',
      'waivers-new.yml',
    ]);

    // The summary is the gate's Markdown; the local files are where the outputs say.
    expect(run.summary).toContain(REMOTE_ACCESS_RULE);
    expect(run.summary).toContain('STIG gate: ghcr.io/octo-org/app:pr');
    for (const output of ['results-path', 'json-path', 'sarif-path', 'markdown-path']) {
      expect(existsSync(run.outputs[output]!), output).toBe(true);
    }
    const json = JSON.parse(await readFile(run.outputs['json-path']!, 'utf8'));
    expect(json.verdict).toBe('fail');
    expect(json.newFailures).toHaveLength(46);
  });

  it('second run: updates the same comment, never a second one', async () => {
    const before = comments(PR)[0]!;
    const posts = () =>
      fixture.github.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/issues/${PR}/comments`))
        .length;
    const postsBefore = posts();
    const run = await step(
      { results: REMOTE_ACCESS_RESULTS, baseline: CLEAN_RESULTS, 'fail-on': 'none' },
      { event: pullRequestEvent(PR, { headSha: '2222222222222222222222222222222222222222' }) },
    );
    expect(run.code, run.stdout).toBe(0);
    expect(comments(PR).map((c) => c.id)).toEqual([before.id]);
    expect(comments(PR)[0]!.body).toContain('commit 2222222');
    expect(posts()).toBe(postsBefore);
    expect(run.outputs['comment-url']).toContain(`#issuecomment-${before.id}`);
  });

  it('a later push that fixes everything: the comment says so, the step passes', async () => {
    const run = await step(
      { results: CLEAN_RESULTS, baseline: REMOTE_ACCESS_RESULTS },
      { event: pullRequestEvent(PR) },
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'new-failures': '0', fixed: '46' });
    const [comment, ...more] = comments(PR);
    expect(more).toHaveLength(0);
    expect(comment!.body).toContain('✅ **Gate passed:**');
    expect(comment!.body).not.toContain('❌');
    expect(lastLine(run)).toBe(run.outputs.reason);
    expect(run.outputs.reason).toMatch(/^gate passed: /);
  });

  it('on-failure does not create a comment for a passing gate', async () => {
    const run = await step(
      { results: CLEAN_RESULTS, baseline: CLEAN_RESULTS },
      { event: pullRequestEvent(PR + 1) },
    );
    expect(run.code).toBe(0);
    expect(comments(PR + 1)).toHaveLength(0);
    expect(run.outputs['comment-url']).toBe('');
  });
});

describe('evidence: the results input takes the ARF', () => {
  it('the comment, the summary and the JSON say why each rule fails, grouped by cause', async () => {
    const PR = 102;
    const run = await step({ results: CLEAN_ARF }, { event: pullRequestEvent(PR) });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const [comment] = comments(PR);
    for (const markdown of [comment!.body, run.summary]) {
      expect(markdown).toContain('### New failures: 5 rules fail on one finding');
      expect(markdown).toContain(
        '- Script <code>./AslrCheck.sh</code> printed: <code>ASLR not configured correctly</code>',
      );
      expect(markdown).not.toContain('Why each rule fails is in the ARF');
    }
    const json = JSON.parse(await readFile(run.outputs['json-path']!, 'utf8'));
    expect(json).toMatchObject({ schemaVersion: 2, current: { format: 'arf', evidenceFrom: 'arf' } });
    expect(json.newFailureGroups.map((g: { ruleIds: string[] }) => g.ruleIds.length)).toEqual([5, 2, 2, 1]);
    expect(errorAnnotations(run)[0]).toContain('. Why: ');
  });

  it('with XCCDF results only, the comment says the evidence needs the ARF', async () => {
    const PR = 103;
    await step({ results: REMOTE_ACCESS_RESULTS, baseline: CLEAN_RESULTS }, { event: pullRequestEvent(PR) });
    expect(comments(PR)[0]!.body).toContain('_Why each rule fails is in the ARF: gate `results-arf.xml`');
  });
});

describe('publishing problems never change the verdict', () => {
  it('a fork PR token (403) gives a warning; verdict, summary and artifact stand', async () => {
    fixture.github.failNext('POST', /\/issues\/201\/comments$/, { status: 403 });
    const run = await step(
      { results: REMOTE_ACCESS_RESULTS, baseline: CLEAN_RESULTS },
      { event: pullRequestEvent(201, { fork: true }) },
    );
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(warnings(run).join('\n')).toContain(
      'GitHub gives workflows on pull requests from forks a read-only token (403',
    );
    expect(run.outputs['artifact-id']).not.toBe('');
    expect(run.summary).toContain(REMOTE_ACCESS_RULE);
    expect(comments(201)).toHaveLength(0);
    expect(lastLine(run)).toBe(`::error::${run.outputs.reason}`);
  });

  it('5xx and 429 are retried a bounded number of times', async () => {
    fixture.github.failNext('GET', /\/issues\/202\/comments$/, { status: 502 });
    fixture.github.failNext('POST', /\/issues\/202\/comments$/, {
      status: 429,
      headers: { 'retry-after': '0' },
    });
    const run = await step(
      { results: REMOTE_ACCESS_RESULTS, comment: 'always' },
      { event: pullRequestEvent(202) },
    );
    expect(comments(202)).toHaveLength(1);
    const statuses = fixture.github.requests
      .filter((r) => r.path.endsWith('/issues/202/comments'))
      .map((r) => `${r.method} ${r.status}`);
    expect(statuses).toEqual(['GET 502', 'GET 200', 'POST 429', 'POST 201']);
    expect(run.outputs['new-failures']).toBe('56'); // no baseline: every failure is new
  });

  it('a server that keeps failing is given up on after 4 attempts, with a warning', async () => {
    fixture.github.failNext('GET', /\/issues\/203\/comments$/, { status: 503, times: 20 });
    const run = await step(
      { results: CLEAN_RESULTS, baseline: CLEAN_RESULTS, comment: 'always' },
      { event: pullRequestEvent(203) },
    );
    expect(fixture.github.requests.filter((r) => r.path.endsWith('/issues/203/comments'))).toHaveLength(4);
    expect(warnings(run).join('\n')).toMatch(/Could not post the pull request comment: GitHub answered 503/);
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
  });

  it('an artifact service that refuses the upload leaves a warning and the files on disk', async () => {
    fixture.results.failNext('POST', /CreateArtifact$/, { status: 403 });
    const run = await step(
      { results: REMOTE_ACCESS_RESULTS, baseline: CLEAN_RESULTS },
      { event: pullRequestEvent(204) },
    );
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', 'artifact-id': '', 'artifact-url': '' });
    expect(warnings(run).join('\n')).toContain(`Could not upload the report artifact '${ARTIFACT}'`);
    expect(existsSync(run.outputs['sarif-path']!)).toBe(true);
    expect(comments(204)).toHaveLength(1);
    expect(lastLine(run)).toBe(`::error::${run.outputs.reason}`);
  });

  it('a comment over the size limit is cut and accepted', async () => {
    const rules = Array.from({ length: 3000 }, (_, i) => ({
      id: `xccdf_mil.disa.stig_rule_SV-${300000 + i}r1_rule`,
      result: 'fail',
      severity: 'medium',
      title: `A deliberately long rule title number ${i} ${'that goes on and on '.repeat(4)}`,
    }));
    const big = join(fixture.tmp, 'big-results.xml');
    await writeFile(big, benchmarkXml(rules));
    const run = await step({ results: big, comment: 'always' }, { event: pullRequestEvent(205) });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs['new-failures']).toBe('3000');
    const [comment] = comments(205);
    expect(comment).toBeDefined();
    expect(Array.from(comment!.body).length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(comment!.body.startsWith(MARKER)).toBe(true);
    expect(run.summary.length).toBeGreaterThan(comment!.body.length); // the summary has room for more
  });
});

describe('artifact names in a matrix', () => {
  it('two images in one run get two artifacts', async () => {
    const runId = fixture.newRunId();
    const a = await step(
      { image: 'ghcr.io/o/a:1', results: CLEAN_RESULTS, baseline: CLEAN_RESULTS },
      { runId, jobId: 'matrix-a' },
    );
    const b = await step(
      { image: 'ghcr.io/o/b:1', results: CLEAN_RESULTS, baseline: CLEAN_RESULTS },
      { runId, jobId: 'matrix-b' },
    );
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.outputs['artifact-name']).not.toBe(b.outputs['artifact-name']);
    expect(fixture.results.find(a.outputs['artifact-name']!, runId)).toBeDefined();
    expect(fixture.results.find(b.outputs['artifact-name']!, runId)).toBeDefined();
  });

  it('the same name twice in one run is a clear error, and the report stays on disk', async () => {
    const runId = fixture.newRunId();
    const first = await step(
      { results: CLEAN_RESULTS, baseline: CLEAN_RESULTS },
      { runId, jobId: 'matrix-1' },
    );
    expect(first.code).toBe(0);
    const second = await step(
      { results: CLEAN_RESULTS, baseline: CLEAN_RESULTS },
      { runId, jobId: 'matrix-2' },
    );
    expect(second.code).toBe(1);
    expect(second.outputs.verdict).toBe('pass');
    expect(lastLine(second)).toMatch(
      new RegExp(`^::error::An artifact named '${ARTIFACT}' already exists in this workflow run`),
    );
    expect(lastLine(second)).toContain("give each its own 'artifact-name'");
    expect(existsSync(second.outputs['json-path']!)).toBe(true);
  });
});
