/**
 * The evidence benchmark (issue #13): how much writing the assessor evidence adds to gating a 2,000-rule
 * scan. Generates an XCCDF 1.2 results file of 2,000 GPOS-like rules (titles, descriptions with a
 * verification part, rationale, CCIs, OVAL checks; every result value) under bench/out/, then times
 * `stig-gate compare --current F --baseline B --reports-dir D` and `stig-gate evidence` with the same
 * options (which also writes every evidence format), best of BENCH_RUNS (default 7) runs each, and prints
 * both and the difference. Target: evidence adds ≤ 10 % to compare. Needs dist/cli.js (npm run build).
 *
 *   node bench/evidence-bench.mjs
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(REPO, 'dist', 'cli.js');
const OUT = join(REPO, 'bench', 'out');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const RULES = 2000;
const RESULTS = [
  'pass',
  'fail',
  'notapplicable',
  'pass',
  'error',
  'notchecked',
  'pass',
  'unknown',
  'fixed',
  'informational',
];
const SEVERITIES = ['high', 'medium', 'medium', 'low'];
const TEXT =
  'Enterprise environments make account management challenging and complex. A manual process for account ' +
  'management functions adds the risk of a potential oversight or other errors. A comprehensive account ' +
  'management process that includes automation helps to ensure accounts designated as requiring attention ' +
  'are consistently and promptly addressed. ';

function results(variant) {
  const rules = [];
  const outcomes = [];
  for (let i = 0; i < RULES; i++) {
    const id = `xccdf_mil.disa.stig_rule_SV-${200000 + i}r${900000 + i}_rule`;
    rules.push(
      `<Group id="xccdf_mil.disa.stig_group_V-${200000 + i}"><Rule id="${id}" selected="true" severity="${SEVERITIES[i % 4]}">` +
        `<title>The operating system must do thing number ${i}\n          across several lines.</title>` +
        `<description>${TEXT.repeat(3)}<html:pre xmlns:html="http://www.w3.org/1999/xhtml">Script Verification:\n To manually verify, run command 'cat /etc/file-${i}'</html:pre></description>` +
        `<rationale>${TEXT}</rationale>` +
        `<ident system="http://cyber.mil/cci">CCI-000366</ident><ident system="http://cyber.mil/cci">CCI-00${(1000 + (i % 900)).toString()}</ident>` +
        `<check system="http://oval.mitre.org/XMLSchema/oval-definitions-5"><check-content-ref href="oval.xml" name="oval:mil.disa:def:${i}"/></check></Rule></Group>`,
    );
    const result = variant === 'baseline' && i % 3 === 0 ? 'pass' : RESULTS[i % RESULTS.length];
    outcomes.push(
      `<rule-result idref="${id}" severity="${SEVERITIES[i % 4]}" weight="10.0"><result>${result}</result></rule-result>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<Benchmark xmlns="http://checklists.nist.gov/xccdf/1.2" id="xccdf_bench_benchmark_gpos" resolved="1">
<status>accepted</status><title>Bench GPOS</title><version>1.0</version>
<Profile id="xccdf_bench_profile_p"><title>Bench profile</title></Profile>
${rules.join('\n')}
<TestResult id="xccdf_bench_testresult_1" start-time="2026-11-23T06:00:00+00:00" end-time="2026-11-23T06:01:00+00:00" test-system="cpe:/a:redhat:openscap:1.4.4">
<benchmark href="#" id="xccdf_bench_benchmark_gpos"/><profile idref="xccdf_bench_profile_p"/><target>bench</target>
${outcomes.join('\n')}
</TestResult></Benchmark>
`;
}

/** Best wall-clock and CPU (user + system, from GNU time) milliseconds of RUNS runs of the CLI. */
function best(args) {
  let wall = Infinity;
  let cpu = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'stig-gate-evidence-bench-'));
    const times = join(dir, 'time');
    const started = performance.now();
    const child = spawnSync(
      '/usr/bin/time',
      ['-f', '%U %S', '-o', times, process.execPath, CLI, ...args(join(dir, 'out'))],
      {
        encoding: 'utf8',
      },
    );
    const ms = performance.now() - started;
    const [user, system] = readFileSync(times, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    rmSync(dir, { recursive: true, force: true });
    if (child.status !== 2)
      throw new Error(`${args('DIR').join(' ')} exited ${child.status}: ${child.stderr.slice(0, 2000)}`);
    wall = Math.min(wall, ms);
    cpu = Math.min(cpu, (user + system) * 1000);
  }
  return { wall, cpu };
}

if (!existsSync(CLI)) {
  console.error('evidence-bench: dist/cli.js is missing; run npm run build first');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
const current = join(OUT, 'evidence-2000-current.xml');
const baseline = join(OUT, 'evidence-2000-baseline.xml');
writeFileSync(current, results('current'));
writeFileSync(baseline, results('baseline'));
const gate = ['--current', current, '--baseline', baseline, '--format', 'json', '--output', '/dev/null'];
const compare = best((dir) => ['compare', ...gate, '--reports-dir', dir]);
const evidence = best((dir) => [
  'evidence',
  ...gate,
  '--output-dir',
  dir,
  '--image',
  `bench@sha256:${'ab'.repeat(32)}`,
]);
const evidenceOnly = best((dir) => ['evidence', ...gate, '--output-dir', dir, '--evidence', 'none']);
const row = (name, { wall, cpu }, note = '') =>
  console.log(
    `  ${name.padEnd(34)} ${wall.toFixed(0).padStart(5)} ms wall ${cpu.toFixed(0).padStart(5)} ms CPU${note}`,
  );
console.log(
  `2,000-rule scan, best of ${RUNS} runs (one process each; CPU is user + system, less disturbed by load):`,
);
row('compare --reports-dir', compare);
row('evidence --evidence none', evidenceOnly, '  (the same gate, no files)');
row('evidence (all formats)', evidence);
for (const kind of ['wall', 'cpu']) {
  const added = evidence[kind] - evidenceOnly[kind];
  const percent = (100 * added) / compare[kind];
  console.log(
    `  evidence adds (${kind.padEnd(4)})             ${added.toFixed(0).padStart(5)} ms = ${percent.toFixed(1)} % of compare (target ≤ 10 %: ${percent <= 10 ? 'PASS' : 'MISS'})`,
  );
}
