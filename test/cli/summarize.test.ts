import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_RESULT_VALUES } from '../../src/results/model.js';
import { CLEAN_ARF, CLEAN_REPORT_HTML, CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';
import { bundledCli, cli } from '../support/run-cli.js';
import { benchmarkXml } from '../support/xccdf-builder.js';

describe('stig-gate summarize', () => {
  it.each([
    [CLEAN_RESULTS, 10, 81, 107],
    [CLEAN_ARF, 10, 81, 107],
    [REMOTE_ACCESS_RESULTS, 56, 35, 107],
  ])('--format json on %s: fail %i, pass %i, notapplicable %i', async (file, fail, pass, na) => {
    const run = await cli('summarize', file, '--format', 'json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json.counts)).toEqual([...RULE_RESULT_VALUES]);
    expect(json.counts).toMatchObject({ fail, pass, notapplicable: na });
    expect(json.schemaVersion).toBe(1);
    expect(json.rules).toHaveLength(198);
    expect(Object.keys(json.rules[0]).sort()).toEqual(['result', 'ruleId', 'severity', 'stig', 'title']);
    expect(json.profile.id).toBe('xccdf_basic_profile_.check');
    expect(json.startTime).toMatch(/^2026-11-23T/);
  });

  it('text lists the failures, most severe first', async () => {
    const run = await cli('summarize', CLEAN_RESULTS);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('pass 81 · fail 10 · notapplicable 107');
    const failureLines = run.stdout.split('\n').filter((line) => /^\s+(high|medium|low)\s+fail\s/.test(line));
    expect(failureLines).toHaveLength(10);
    const severities = failureLines.map((line) => line.trim().split(/\s+/)[0]);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['high', 'medium', 'low'].indexOf(a!) - ['high', 'medium', 'low'].indexOf(b!),
      ),
    );
    expect(run.stdout).toContain('SV-203739');
  });

  it.each<[string, string[], RegExp]>([
    ['1 no file', ['summarize'], /exactly one results file, got 0/],
    ['2 two files', ['summarize', CLEAN_RESULTS, CLEAN_ARF], /exactly one results file, got 2/],
    [
      '3 bad format',
      ['summarize', CLEAN_RESULTS, '--format', 'xml'],
      /--format must be one of text, json; got 'xml'/,
    ],
    ['4 unknown option', ['summarize', CLEAN_RESULTS, '--colour'], /Unknown option '--colour'/],
    ['5 HTML', ['summarize', CLEAN_REPORT_HTML], /debian12-gpos-report\.html: this is an HTML page/],
    ['6 missing', ['summarize', '/nonexistent/results.xml'], /\/nonexistent\/results\.xml: no such file/],
  ])('%s exits 1 with a message', async (_name, argv, message) => {
    const run = await cli(...argv);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  // Exit 0 says the file holds a scan; one that checked nothing is no scan to summarize, as compare says.
  it.each<[string, (xml: string) => string, string]>([
    [
      '1 no rule-result',
      (xml) => xml.replaceAll(/\s*<rule-result\b[\s\S]*?<\/rule-result>/g, ''),
      'nothing was evaluated in the current scan (it has no rule results)',
    ],
    [
      '2 every rule notselected',
      (xml) => xml.replaceAll(/<result>\w+<\/result>/g, '<result>notselected</result>'),
      'nothing was evaluated in the current scan (all 198 rules are notselected)',
    ],
    [
      '3 every check in error',
      (xml) => xml.replaceAll(/<result>(pass|fail)<\/result>/g, '<result>error</result>'),
      'no check ran in the current scan: every evaluated rule ended in error or unknown (91 error, 107 notapplicable)',
    ],
  ])('%s exits 1 with the message compare gives', async (name, edit, message) => {
    const file = join(await mkdtemp(join(tmpdir(), 'stig-gate-empty-')), `${name.replaceAll(' ', '-')}.xml`);
    await writeFile(file, edit(await readFile(CLEAN_RESULTS, 'utf8')));
    for (const format of ['text', 'json']) {
      const run = await cli('summarize', file, '--format', format);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`stig-gate summarize: error: ${file}: ${message}`);
      expect((await cli('compare', '--current', file)).stderr).toContain(`${file}: ${message}`);
    }
  });

  it('unknown command exits 1 and lists the commands', async () => {
    const run = await cli('summarise');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/unknown command 'summarise'[\s\S]*summarize/);
  });

  it('the bundled dist/cli.js runs with plain node and gives the same JSON', async () => {
    const bundled = bundledCli(['summarize', CLEAN_ARF, '--format', 'json']);
    expect(bundled.stderr).toBe('');
    expect(bundled.code).toBe(0);
    expect(JSON.parse(bundled.stdout)).toEqual(
      JSON.parse((await cli('summarize', CLEAN_ARF, '--format', 'json')).stdout),
    );
    const broken = bundledCli(['summarize', CLEAN_REPORT_HTML]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('debian12-gpos-report.html');
  });

  it('text output carries no control characters from the file (no terminal escape sequences)', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'stig-gate-esc-')), 'esc.xml');
    await writeFile(
      file,
      benchmarkXml([
        { id: 'r1', result: 'fail', severity: 'high', title: 'Bad &#x1b;[31mred&#x1b;[0m&#x7;' },
      ]),
    );
    const run = await cli('summarize', file);
    expect(run.code).toBe(0);
    // XML has no escape character, not even by reference: each one reads as U+FFFD.
    expect(run.stdout).toContain('Bad \ufffd[31mred\ufffd[0m\ufffd');
    // eslint-disable-next-line no-control-regex -- control characters are what this test looks for
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(run.stdout).toMatch(/^ {2}benchmark {2}Test benchmark 1\.0$/m);
  });
});
