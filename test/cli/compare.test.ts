import { spawn } from 'node:child_process';
import { mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_ARF, CLEAN_RESULTS, REMOTE_ACCESS_RESULTS, REPO_ROOT } from '../support/paths.js';
import { cli } from '../support/run-cli.js';

const REMOTE_ACCESS_RULE = 'xccdf_mil.disa.stig_rule_SV-263652r982557_rule';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stig-gate-compare-'));
});

interface CompareJson {
  verdict: 'pass' | 'fail';
  newFailures: { ruleId: string; severity: string; title: string }[];
  fixed: { ruleId: string }[];
  stillFailing: { ruleId: string }[];
  waived: { ruleId: string; waiver: { reason: string } }[];
  staleWaivers: { rule: string; detail: string }[];
  expiredWaivers: { rule: string }[];
}

async function compareJson(...args: string[]) {
  const run = await cli('compare', '--format', 'json', ...args);
  return { ...run, json: run.code === 1 ? undefined : (JSON.parse(run.stdout) as CompareJson) };
}

describe('stig-gate compare: the acceptance cases', () => {
  it('1. clean baseline, remote-access current: 46 new failures including SV-263652, 0 fixed, exit 2', async () => {
    const run = await compareJson('--current', REMOTE_ACCESS_RESULTS, '--baseline', CLEAN_RESULTS);
    expect(run.code).toBe(2);
    expect(run.json!.verdict).toBe('fail');
    expect(run.json!.newFailures).toHaveLength(46);
    expect(run.json!.fixed).toHaveLength(0);
    expect(run.json!.newFailures.map((rule) => rule.ruleId)).toContain(REMOTE_ACCESS_RULE);
    for (const rule of run.json!.newFailures) {
      expect(rule.title.length).toBeGreaterThan(10);
      expect(['high', 'medium', 'low']).toContain(rule.severity);
    }
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      'FAIL: gate failed: 46 new failures at low severity (CAT III) or higher (10 still failing)',
    );
  });

  it('2. swapped: 0 new failures, 46 fixed, exit 0', async () => {
    const run = await compareJson('--current', CLEAN_RESULTS, '--baseline', REMOTE_ACCESS_RESULTS);
    expect(run.code).toBe(0);
    expect(run.json!.verdict).toBe('pass');
    expect(run.json!.newFailures).toHaveLength(0);
    expect(run.json!.fixed).toHaveLength(46);
  });

  it('3. the ARF sample as baseline gives the same answer', async () => {
    const [xccdf, arf] = await Promise.all([
      compareJson('--current', REMOTE_ACCESS_RESULTS, '--baseline', CLEAN_RESULTS),
      compareJson('--current', REMOTE_ACCESS_RESULTS, '--baseline', CLEAN_ARF),
    ]);
    expect(arf.code).toBe(2);
    expect(arf.json!.newFailures).toEqual(xccdf.json!.newFailures);
    expect(arf.json!.fixed).toEqual([]);
  });

  it('4. a results file where every rule is notselected exits 1, saying nothing was evaluated', async () => {
    const file = join(dir, 'notselected.xml');
    const xml = await readFile(CLEAN_RESULTS, 'utf8');
    await writeFile(file, xml.replace(/<result>\w+<\/result>/g, '<result>notselected</result>'));
    const run = await cli('compare', '--current', file, '--baseline', CLEAN_RESULTS);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `stig-gate compare: error: ${file}: nothing was evaluated in the current scan`,
    );
    expect(run.stderr).toContain('never a pass');
  });

  it.each([
    ['error', []],
    ['unknown', []],
    ['error', ['--fail-on', 'none']],
  ])(
    '5. a results file whose every check ended in %s exits 1, as current or baseline (%j), saying no check ran',
    async (value, args) => {
      const file = join(dir, `all-${value}.xml`);
      const xml = await readFile(CLEAN_RESULTS, 'utf8');
      await writeFile(file, xml.replace(/<result>(pass|fail)<\/result>/g, `<result>${value}</result>`));
      for (const sides of [
        ['--current', file, '--baseline', CLEAN_RESULTS],
        ['--current', CLEAN_RESULTS, '--baseline', file],
        ['--current', file, '--baseline', file],
      ]) {
        const run = await cli('compare', ...sides, ...args);
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        const role = sides[1] === file ? 'current' : 'baseline';
        expect(run.stderr).toContain(
          `stig-gate compare: error: ${file}: no check ran in the ${role} scan: every evaluated rule ended in ` +
            `error or unknown (91 ${value}, 107 notapplicable)`,
        );
        expect(run.stderr).toContain('scan.log');
      }
    },
  );
});

describe('stig-gate compare: policy, waivers and formats', () => {
  it.each<[number, string[], number]>([
    [1, ['--fail-on', 'none'], 0],
    [2, ['--fail-on', 'any'], 2],
    [3, ['--fail-on', 'new', '--severity-threshold', 'high'], 2],
    [4, ['--inherited-from-host'], 2],
  ])('%i. %j on the remote-access sample → exit %i', async (_n, args, code) => {
    expect(
      (await cli('compare', '--current', REMOTE_ACCESS_RESULTS, '--baseline', CLEAN_RESULTS, ...args)).code,
    ).toBe(code);
  });

  it('fail-on any fails on still-failing rules even with no new ones', async () => {
    const args = ['--current', CLEAN_RESULTS, '--baseline', REMOTE_ACCESS_RESULTS];
    expect((await cli('compare', ...args)).code).toBe(0);
    expect((await cli('compare', ...args, '--fail-on', 'any')).code).toBe(2);
  });

  it('a waivers file waives, and stale waivers are reported', async () => {
    const waivers = join(dir, 'waivers.yml');
    await writeFile(
      waivers,
      [
        'waivers:',
        '  - rule: SV-263652',
        '    reason: break-glass console',
        '  - rule: SV-263651',
        '    reason: no hardware',
      ].join('\n'),
    );
    const run = await compareJson(
      '--current',
      REMOTE_ACCESS_RESULTS,
      '--baseline',
      CLEAN_RESULTS,
      '--waivers',
      waivers,
    );
    expect(run.code).toBe(2);
    expect(run.json!.newFailures).toHaveLength(45);
    expect(run.json!.waived.map((rule) => [rule.ruleId, rule.waiver.reason])).toEqual([
      [REMOTE_ACCESS_RULE, 'break-glass console'],
    ]);
    expect(run.json!.staleWaivers.map((w) => w.rule)).toEqual(['SV-263651']);
  });

  it('a malformed waivers file exits 1 naming the file and the entry', async () => {
    const waivers = join(dir, 'bad-waivers.yml');
    await writeFile(waivers, 'waivers:\n  - rule: SV-263652\n');
    const run = await cli('compare', '--current', CLEAN_RESULTS, '--waivers', waivers);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `stig-gate compare: error: waivers file ${waivers}: entry 1 (line 2) (SV-263652): 'reason' is required: say why this failure is acceptable\n`,
    );
  });

  it('text (default) starts with the verdict and lists new failures, most severe first', async () => {
    const run = await cli('compare', '--current', REMOTE_ACCESS_RESULTS, '--baseline', CLEAN_RESULTS);
    expect(run.code).toBe(2);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      'FAIL  gate failed: 46 new failures at low severity (CAT III) or higher (10 still failing)',
    );
    expect(run.stdout).toContain('New failures (46):');
    expect(run.stdout).toMatch(/^ {2}medium\s+SV-263652\s+pass → fail\s+/m);
    expect(run.stderr).toBe('');
  });

  it('markdown and sarif formats, and --output writes to a file', async () => {
    const markdown = await cli(
      'compare',
      '--current',
      REMOTE_ACCESS_RESULTS,
      '--baseline',
      CLEAN_RESULTS,
      '--format',
      'markdown',
    );
    expect(markdown.stdout).toMatch(/^## STIG gate\n\n❌ \*\*Gate failed:\*\* 46 new failures/);
    const out = join(dir, 'out.sarif');
    const sarif = await cli(
      'compare',
      '--current',
      REMOTE_ACCESS_RESULTS,
      '--format',
      'sarif',
      '--output',
      out,
      '--image',
      'cgr.dev/acme/app:1',
    );
    expect(sarif.code).toBe(2);
    expect(sarif.stdout).toBe('');
    const log = JSON.parse(await readFile(out, 'utf8')) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results).toHaveLength(56);
  });

  it('--reports-dir writes the three reports', async () => {
    const reports = join(dir, 'reports');
    const run = await cli('compare', '--current', CLEAN_RESULTS, '--reports-dir', reports);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`reports: ${join(reports, 'stig-gate.json')}`);
    const json = JSON.parse(await readFile(join(reports, 'stig-gate.json'), 'utf8')) as CompareJson;
    expect(json.newFailures).toHaveLength(10);
    // The two ASLR rules share their SCE script's output: one cause; the other eight (no OVAL results in
    // XCCDF) are in the folded table of all ten.
    const markdown = await readFile(join(reports, 'stig-gate.md'), 'utf8');
    expect(markdown).toContain('### New failures: 2 rules fail on one finding');
    expect(markdown).toContain('<details><summary>All 10 new failures: severity, title and why</summary>');
  });
});

describe('stig-gate compare: bad arguments exit 1 with a message', () => {
  it.each<[number, string[], RegExp]>([
    [1, [], /compare needs --current FILE/],
    [
      2,
      ['--current', CLEAN_RESULTS, '--fail-on', 'sometimes'],
      /--fail-on must be one of new, any, none; got 'sometimes'/,
    ],
    [
      3,
      ['--current', CLEAN_RESULTS, '--severity-threshold', 'critical'],
      /--severity-threshold must be one of low, medium, high; got 'critical'/,
    ],
    [
      4,
      ['--current', CLEAN_RESULTS, '--format', 'html'],
      /--format must be one of text, json, markdown, sarif; got 'html'/,
    ],
    [5, ['--current', CLEAN_RESULTS, '--bogus'], /Unknown option '--bogus'/],
    [6, [CLEAN_RESULTS], /compare takes no positional arguments/],
    [7, ['--current', '/nonexistent.xml'], /\/nonexistent\.xml: no such file/],
  ])('%i. %j', async (_n, args, message) => {
    const run = await cli('compare', ...args);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('--help prints the usage and exits 0', async () => {
    const run = await cli('compare', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: stig-gate compare --current FILE/);
    expect(run.stdout).toContain('--severity-threshold low|medium|high');
  });
});

describe('stig-gate compare: --output never replaces an input', () => {
  it.each([
    ['--current', 'current.xml'],
    ['--baseline', 'baseline.xml'],
    ['--waivers', 'waivers.yml'],
  ])(
    '--output naming the %s file (through a link, too) is an error, and the file is kept',
    async (option, name) => {
      const dir = await mkdtemp(join(tmpdir(), 'stig-gate-output-'));
      const current = join(dir, 'current.xml');
      const baseline = join(dir, 'baseline.xml');
      const waivers = join(dir, 'waivers.yml');
      await writeFile(current, await readFile(REMOTE_ACCESS_RESULTS));
      await writeFile(baseline, await readFile(CLEAN_RESULTS));
      await writeFile(waivers, 'waivers: []\n');
      const target = join(dir, name);
      const before = await readFile(target);
      await symlink(target, join(dir, 'link'));
      for (const output of [target, join(dir, 'link')]) {
        const run = await cli(
          'compare',
          ...['--current', current, '--baseline', baseline, '--waivers', waivers],
          ...['--output', output, '--format', 'json'],
        );
        expect(run.code, run.stderr).toBe(1);
        expect(run.stderr).toContain(`is the ${option} file`);
        expect(await readFile(target)).toEqual(before);
      }
    },
  );
});

describe('stig-gate compare: an error quoting the file gives a workflow no command', () => {
  it('a line of file text starting with :: is printed as a quotation', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stig-gate-inert-'));
    const file = join(dir, 'results.xml');
    const text = await readFile(CLEAN_RESULTS, 'utf8');
    await writeFile(
      file,
      text.replace('<result>pass</result>', '<result>fail\r::add-mask::x\n  ::error::INJECTED</result>'),
    );
    const run = await cli('compare', '--current', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('INJECTED');
    // The runner reads \r, \n and \r\n as line ends, and trims a line before it looks for `::`.
    for (const line of run.stderr.split(/\r\n|\r|\n/)) expect(line.trim().startsWith('::'), line).toBe(false);
  });
});

describe('the bundled CLI exits only after its output is out', () => {
  it('a slow reader of its standard output still gets the whole report, then exit 2', async () => {
    const args = ['--current', REMOTE_ACCESS_RESULTS, '--baseline', CLEAN_RESULTS, '--format', 'sarif'];
    const expected = await cli('compare', ...args);
    // More than a pipe holds (64 KiB), so the CLI has to wait for its reader.
    expect(expected.stdout.length).toBeGreaterThan(200_000);
    // The reader is a process of its own that reads nothing for 0.5 s. (Pausing this process's end of the
    // pipe is no test: Node keeps reading into its buffer, and throws paused output away once the child exits.)
    const reader = spawn(process.execPath, [
      '-e',
      'setTimeout(() => process.stdin.pipe(process.stdout), 500)',
    ]);
    const chunks: Buffer[] = [];
    reader.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const readerClosed = new Promise<number | null>((resolve) => reader.on('close', resolve));
    const spawnedAt = Date.now();
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/cli.js'), 'compare', ...args], {
      stdio: ['ignore', reader.stdin, 'pipe'],
    });
    reader.stdin.destroy(); // the CLI now holds the only writing end
    const exited = new Promise<{ code: number | null; afterMs: number }>((resolve) =>
      child.on('exit', (code) => resolve({ code, afterMs: Date.now() - spawnedAt })),
    );
    const { code, afterMs } = await exited;
    expect(code).toBe(2);
    expect(afterMs).toBeGreaterThanOrEqual(500); // it waited for the reader rather than exit
    expect(await readerClosed).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected.stdout);
  });
});
