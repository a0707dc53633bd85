/**
 * The evidence benchmark (issue #13): how much writing the assessor evidence adds to gating a 2,000-rule
 * scan, on two inputs:
 *
 * - synthetic: an XCCDF 1.2 results file of 2,000 GPOS-like rules (titles, descriptions with a
 *   verification part, rationale, CCIs, OVAL checks; every result value), generated under bench/out/. No
 *   OVAL results: the leanest file with 2,000 rules, so the evidence's share is at its largest.
 * - real (`--real`, or `npm run bench:evidence`, which installs what it needs): the real SSG ARF of
 *   bench/real-arf.mjs with its rules copied to 2,000 (bench/real-rules.mjs): real text and OVAL evidence.
 *
 * For each, best of BENCH_RUNS (default 5) runs of `stig-gate compare --reports-dir D`, of `stig-gate
 * evidence --evidence none` (the same gate, no files) and of `stig-gate evidence` with every format and
 * with each format alone; prints what the evidence adds, in all and per format, against compare. Then the
 * same work in one process, phase by phase (src/ compiled by tsc under bench/out/tsc): reading and gating,
 * the evidence model, each format's rendering, and encoding, hashing and writing its bytes. Target:
 * evidence adds ≤ 10 % to compare. Needs dist/cli.js (npm run build).
 *
 *   node bench/evidence-bench.mjs [--real]
 */
import { spawnSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureRealArf } from './real-arf.mjs';
import { ensureReplicatedArfs } from './real-rules.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(REPO, 'dist', 'cli.js');
const OUT = join(REPO, 'bench', 'out');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FORMATS = ['cklb', 'ckl', 'poam-csv', 'oscal-ar', 'oscal-poam', 'hdf', 'manifest'];
const IMAGE = `bench@sha256:${'ab'.repeat(32)}`;
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
      { encoding: 'utf8' },
    );
    const ms = performance.now() - started;
    const [user, system] = readFileSync(times, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    rmSync(dir, { recursive: true, force: true });
    if (child.status !== 0 && child.status !== 2)
      throw new Error(`${args('DIR').join(' ')} exited ${child.status}: ${child.stderr.slice(0, 2000)}`);
    wall = Math.min(wall, ms);
    cpu = Math.min(cpu, (user + system) * 1000);
  }
  return { wall, cpu };
}

/** src/ compiled by tsc, for the in-process phases (the bundle's modules cannot be imported one by one). */
const TSC_OUT = join(OUT, 'tsc');

function compileSources() {
  rmSync(TSC_OUT, { recursive: true, force: true });
  const tsc = spawnSync(
    process.execPath,
    [
      join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'),
      ...['-p', join(REPO, 'tsconfig.build.json'), '--outDir', TSC_OUT, '--noEmit', 'false'],
      ...['--module', 'NodeNext', '--moduleResolution', 'NodeNext'],
    ],
    { encoding: 'utf8' },
  );
  if (tsc.status !== 0) throw new Error(`tsc failed:\n${tsc.stdout}${tsc.stderr}`);
  // The JSON data files the modules import.
  for (const file of spawnSync('git', ['-C', REPO, 'ls-files', 'src/*.json'], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean))
    copyFileSync(join(REPO, file), join(TSC_OUT, file.replace(/^src\//, '')));
}

/** One cold process: each phase's milliseconds, as JSON on stdout (run by {@link phases}). */
async function phasesChild(current, baseline) {
  const load = (path) => import(pathToFileURL(join(TSC_OUT, path)).href);
  const { gateScans } = await load('pipeline/gate-files.js');
  const { buildEvidenceModel } = await load('assessor/build-model.js');
  const { renderEvidence } = await load('assessor/formats.js');
  const { TOOL, gatherScanFacts } = await load('pipeline/assessor-files.js');
  const dir = mkdtempSync(join(tmpdir(), 'stig-gate-evidence-phases-'));
  const times = {};
  let mark = performance.now();
  const lap = (name) => {
    const now = performance.now();
    times[name] = (times[name] ?? 0) + now - mark;
    mark = now;
  };
  const policy = { failOn: 'new', severityThreshold: 'low' };
  const { result, current: scanned } = await gateScans({
    current,
    baseline,
    policy,
    inheritedFromHost: false,
  });
  lap('read and gate');
  const facts = await gatherScanFacts({ results: scanned, image: IMAGE });
  const model = buildEvidenceModel({ result, current: scanned, facts, tool: TOOL });
  lap('evidence model');
  for (const format of FORMATS.filter((name) => name !== 'manifest')) {
    const content = renderEvidence(format, model);
    lap(`render ${format}`);
    if (content === undefined) continue;
    const data = Buffer.from(content, 'utf8');
    createHash('sha256').update(data).digest('hex');
    writeFileSync(join(dir, format), data);
    lap('encode, hash, write');
  }
  for (const file of [current, baseline]) createHash('sha256').update(readFileSync(file)).digest('hex');
  lap('hash the inputs');
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(JSON.stringify(times));
}

/** The phases of writing the evidence, each the best of RUNS cold processes. */
function phases(current, baseline) {
  const bestOf = {};
  for (let run = 0; run < RUNS; run++) {
    const child = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), '--phases-child', current, baseline],
      { encoding: 'utf8' },
    );
    if (child.status !== 0) throw new Error(`the phases child failed: ${child.stderr.slice(0, 2000)}`);
    for (const [name, ms] of Object.entries(JSON.parse(child.stdout)))
      bestOf[name] = Math.min(bestOf[name] ?? Infinity, ms);
  }
  const gate = bestOf['read and gate'];
  const evidence = Object.entries(bestOf).filter(([name]) => name !== 'read and gate');
  const total = evidence.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`  in one process, best of ${RUNS} (reading and gating: ${gate.toFixed(0)} ms):`);
  for (const [name, ms] of evidence)
    console.log(
      `    ${name.padEnd(22)} ${ms.toFixed(0).padStart(5)} ms = ${((100 * ms) / gate).toFixed(1).padStart(5)} % of reading and gating`,
    );
  console.log(
    `    ${'evidence in all'.padEnd(22)} ${total.toFixed(0).padStart(5)} ms = ${((100 * total) / gate).toFixed(1).padStart(5)} %`,
  );
}

const row = (name, { wall, cpu }, note = '') =>
  console.log(
    `  ${name.padEnd(34)} ${wall.toFixed(0).padStart(5)} ms wall ${cpu.toFixed(0).padStart(5)} ms CPU${note}`,
  );

/** Times compare and the evidence on one pair of files and prints the figures. */
function benchInput(label, current, baseline) {
  const gate = ['--current', current, '--baseline', baseline, '--format', 'json', '--output', '/dev/null'];
  const evidence = (formats) => (dir) => [
    'evidence',
    ...gate,
    '--output-dir',
    dir,
    '--image',
    IMAGE,
    '--evidence',
    formats,
  ];
  const compare = best((dir) => ['compare', ...gate, '--reports-dir', dir]);
  const none = best(evidence('none'));
  const all = best(evidence('all'));
  console.log(`\n${label}, best of ${RUNS} runs (one process each; CPU is user + system):`);
  row('compare --reports-dir', compare);
  row('evidence --evidence none', none, '  (the same gate, no files)');
  row('evidence (all formats)', all);
  for (const kind of ['wall', 'cpu']) {
    const added = all[kind] - none[kind];
    const percent = (100 * added) / compare[kind];
    console.log(
      `  evidence adds (${kind.padEnd(4)})             ${added.toFixed(0).padStart(5)} ms = ${percent.toFixed(1)} % of compare (target ≤ 10 %: ${percent <= 10 ? 'PASS' : 'MISS'})`,
    );
  }
  console.log('  each format alone adds (CPU):');
  for (const format of FORMATS) {
    const one = best(evidence(format));
    const added = one.cpu - none.cpu;
    console.log(
      `    ${format.padEnd(12)} ${added.toFixed(0).padStart(5)} ms = ${((100 * added) / compare.cpu).toFixed(1).padStart(5)} % of compare`,
    );
  }
  phases(current, baseline);
}

if (process.argv[2] === '--phases-child') {
  await phasesChild(process.argv[3], process.argv[4]);
  process.exit(0);
}

if (!existsSync(CLI)) {
  console.error('evidence-bench: dist/cli.js is missing; run npm run build first');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
compileSources();
const current = join(OUT, 'evidence-2000-current.xml');
const baseline = join(OUT, 'evidence-2000-baseline.xml');
writeFileSync(current, results('current'));
writeFileSync(baseline, results('baseline'));
benchInput(
  `Synthetic XCCDF, ${RULES} rules (${(statSync(current).size / 1e6).toFixed(1)} MB)`,
  current,
  baseline,
);
if (process.argv.includes('--real')) {
  const real = ensureReplicatedArfs(ensureRealArf(), RULES);
  benchInput(
    `Real SSG ARF with its rules copied to ${real.rules} (${(statSync(real.current).size / 1e6).toFixed(1)} MB)`,
    real.current,
    real.baseline,
  );
}
