// Benchmark (not a test): `stig-gate scan` + gate, as a user runs it (node dist/cli.js), against the bare
// `docker` commands of the documented recipe on the same image in the same run, in both modes.
// Target: stig-gate ≤ 1.10 × the bare recipe. Runs alternate (A B, B A, …) so that drift hits both.
//
// The testenv's images are tiny (oscap needs about a second for them), so a third row also mounts a data stream
// whose SCE script (used by two rules) first sleeps 5 s, on both sides, as slower real checks would: what
// stig-gate adds is a fixed cost per run, so its ratio falls as scans grow.
//
// Needs the test environment (started here through scripts/testenv/up.sh) and dist/cli.js.
// Knobs: BENCH_RUNS (default 5 per row and side), BENCH_ROWS (row keys to run, comma-separated: container,
// image, slow; default all), STIG_GATE_CLI (default dist/cli.js), BENCH_KEEP_NODE_EXTRA_CA_CERTS (see below).
//
// NODE_EXTRA_CA_CERTS makes Node 20 read and parse that CA bundle at every start, before any of our code
// runs: on the development machine, where it is set to the system bundle, `node -e 0` takes ~110 ms with it
// and ~40 ms without. Hosted runners do not set it, and `stig-gate scan` makes no TLS connection (the
// docker CLI pulls), so stig-gate runs without it here unless BENCH_KEEP_NODE_EXTRA_CA_CERTS=1; the table
// says which, and both Node start times are printed.
// Writes bench/out/scan-bench.json and prints a Markdown table.
//
// `--big` instead measures the test environment's big target (STIG_GATE_TEST_IMAGE_BIG: the clean root plus
// 1.1 GB in 100,064 files): `stig-gate scan` in image mode against container mode on it, with each scanner
// (BENCH_BIG_SCANNERS: trixie,bookworm; default trixie, the 1.4 one), BENCH_RUNS times each (default 1). It
// prints the wall time and the scanner container's peak disk: its writable layer (overlay2 upper dir, by
// `du`) plus the deleted files its processes still hold open, sampled every ~0.5 s while the scan runs.
// oscap-docker 1.4.x's image mode holds the exported tar (an unnamed temporary file) and the extracted copy
// there at once. Writes bench/out/scan-bench-big.json.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const cli = resolve(root, process.env.STIG_GATE_CLI ?? 'dist/cli.js');
const out = join(root, 'bench/out/scan-bench');
const baseline = resolve(root, '../shared/scap/samples/debian12-gpos-results.xml');
const profile = 'xccdf_basic_profile_.check';
const datastream = '/usr/share/xml/scap/ssg/content/ssg-chainguard-gpos-ds.xml';

function run(command, args, { allow = [0], env = process.env } = {}) {
  const child = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20, env });
  if (child.error) throw child.error;
  if (!allow.includes(child.status)) {
    throw new Error(`${command} ${args.join(' ')} exited ${child.status}:\n${child.stderr}${child.stdout}`);
  }
  return child;
}

if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build`);
const envFile = run('bash', [join(root, 'scripts/testenv/up.sh')])
  .stdout.trim()
  .split('\n')
  .pop();
const env = Object.fromEntries(
  [...readFileSync(envFile, 'utf8').matchAll(/^export ([A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]),
);
const image = env.STIG_GATE_TEST_IMAGE_CLEAN;
const scanner = env.STIG_GATE_TEST_IMAGE_SCANNER;

/** The test environment's data stream with its SCE check (ASLR) made to sleep `seconds` first. */
function slowDatastream(seconds) {
  const original = readFileSync(env.STIG_GATE_TEST_DATASTREAM, 'utf8');
  const slow = original.replace(/(<oscap-sce-xccdf-stream:script>#!\/bin\/sh\n)/, `$1sleep ${seconds}\n`);
  if (slow === original) throw new Error('the data stream has no SCE script to slow down');
  const file = join(root, 'bench/out', `slow-${seconds}s-ds.xml`);
  writeFileSync(file, slow);
  return file;
}

const keepCaBundle = process.env.BENCH_KEEP_NODE_EXTRA_CA_CERTS === '1';
const stigGateEnv = { ...process.env };
if (!keepCaBundle) delete stigGateEnv.NODE_EXTRA_CA_CERTS;

/** `stig-gate scan` with the gate, exactly as the README shows it. */
function stigGate(config, dir) {
  run(
    'node',
    [
      cli,
      'scan',
      '--image',
      image,
      '--scanner-image',
      scanner,
      '--mode',
      config.mode,
      ...(config.datastream ? ['--datastream', config.datastream] : []),
      '--output-dir',
      dir,
      '--baseline',
      baseline,
      '--format',
      'json',
      '--output',
      join(dir, 'gate.json'),
    ],
    { env: stigGateEnv },
  );
}

/** Median wall time of `node -e 0` in `env`, in seconds: what Node itself costs before any code runs. */
function nodeStart(env) {
  return median(Array.from({ length: 15 }, () => timed(() => run('node', ['-e', '0'], { env }))));
}

/** The recipe by hand: pull both, (start the target), run oscap-docker, remove the target. */
function bareRecipe(config, dir) {
  const mode = config.mode;
  const ds = config.datastream ? ['-v', `${config.datastream}:/in/ds.xml:ro`] : [];
  run('docker', ['pull', '--quiet', image]);
  run('docker', ['pull', '--quiet', scanner]);
  const name = `bench-target-${process.pid}`;
  if (mode === 'container')
    run('docker', ['run', '-d', '--name', name, '--network', 'none', image, 'tail', '-f', '/dev/null']);
  try {
    run(
      'docker',
      [
        'run',
        '--rm',
        '--network',
        'none',
        '--pid=host',
        '-u',
        '0:0',
        '-v',
        '/var/run/docker.sock:/var/run/docker.sock',
        '-v',
        `${dir}:/out`,
        ...ds,
        '--entrypoint',
        'oscap-docker',
        scanner,
        mode,
        mode === 'container' ? name : image,
        'xccdf',
        'eval',
        '--profile',
        profile,
        '--results',
        '/out/results.xml',
        '--results-arf',
        '/out/results-arf.xml',
        '--report',
        '/out/report.html',
        config.datastream ? '/in/ds.xml' : datastream,
      ],
      { allow: [0, 2] },
    );
  } finally {
    if (mode === 'container') run('docker', ['rm', '-f', name]);
  }
}

function timed(work) {
  const started = performance.now();
  work();
  return (performance.now() - started) / 1000;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * A 95% interval for the median of `xs` (bootstrap percentiles, fixed seed so a rerun on the same figures
 * prints the same interval): on a machine whose speed drifts, how far the median itself may be off.
 */
function medianInterval(xs) {
  let seed = 0x5eed;
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const medians = Array.from({ length: 2000 }, () =>
    median(Array.from(xs, () => xs[Math.floor(random() * xs.length)])),
  ).sort((a, b) => a - b);
  return [medians[50], medians[1949]];
}

if (process.argv.includes('--big')) {
  await bigTarget();
  process.exit(0);
}
rmSync(out, { recursive: true, force: true });
const results = [];
mkdirSync(out, { recursive: true });
const rows = (process.env.BENCH_ROWS ?? 'container,image,slow').split(',');
const configs = [
  { key: 'container', label: 'container', mode: 'container' },
  { key: 'image', label: 'image', mode: 'image' },
  { key: 'slow', label: 'container, both SCE checks slowed by 5 s', mode: 'container', slowBy: 5 },
]
  .filter((config) => rows.includes(config.key))
  .map(({ slowBy, ...config }) => (slowBy ? { ...config, datastream: slowDatastream(slowBy) } : config));
for (const config of configs) {
  const { label } = config;
  const times = { stigGate: [], bare: [] };
  for (let i = 0; i < runs; i++) {
    const dir = (side) => {
      const d = join(out, `${label.replace(/\W+/g, '-')}-${side}-${i}`);
      mkdirSync(d, { recursive: true });
      return d;
    };
    const sides = [
      ['stigGate', () => stigGate(config, dir('stig-gate'))],
      ['bare', () => bareRecipe(config, dir('bare'))],
    ];
    if (i % 2) sides.reverse();
    for (const [side, work] of sides) times[side].push(timed(work));
  }
  const row = {
    label,
    runs,
    stigGateMedian: median(times.stigGate),
    bareMedian: median(times.bare),
    ratio: median(times.stigGate) / median(times.bare),
    // Each run pairs the two sides back to back, so a pair's ratio and difference are untouched by drift
    // in the machine's speed across the run (seen here: the same command 1.1 s early, 1.6 s later).
    pairedRatio: median(times.stigGate.map((s, i) => s / times.bare[i])),
    pairedRatioInterval: medianInterval(times.stigGate.map((s, i) => s / times.bare[i])),
    overheadSeconds: median(times.stigGate.map((s, i) => s - times.bare[i])),
    stigGateSeconds: times.stigGate,
    bareSeconds: times.bare,
  };
  results.push(row);
}

const docker = run('docker', [
  'version',
  '--format',
  '{{.Client.Version}} / engine {{.Server.Version}}',
]).stdout.trim();
const withoutCaBundle = { ...process.env };
delete withoutCaBundle.NODE_EXTRA_CA_CERTS;
const caBundle = process.env.NODE_EXTRA_CA_CERTS;
const nodeStartSeconds = {
  withoutCaBundle: nodeStart(withoutCaBundle),
  ...(caBundle !== undefined && { withCaBundle: nodeStart(process.env) }),
};
writeFileSync(
  join(root, 'bench/out/scan-bench.json'),
  `${JSON.stringify({ docker, image, scanner, stigGateWithCaBundle: caBundle !== undefined && keepCaBundle, nodeStartSeconds, results }, null, 2)}\n`,
);
console.log(
  `stig-gate scan + gate vs the bare recipe; ${image}; docker ${docker}; ${runs} runs each, alternating`,
);
console.log(
  `node -e 0: ${nodeStartSeconds.withoutCaBundle.toFixed(3)} s` +
    (nodeStartSeconds.withCaBundle === undefined
      ? ' (NODE_EXTRA_CA_CERTS is not set)'
      : `; ${nodeStartSeconds.withCaBundle.toFixed(3)} s with NODE_EXTRA_CA_CERTS=${caBundle}, which stig-gate ran ${keepCaBundle ? 'with' : 'without'}`) +
    '\n',
);
console.log(
  '| scan | stig-gate scan + gate (median s) | bare docker recipe (median s) | ratio of medians | median paired ratio (95% interval) | median added s | target |',
);
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const r of results) {
  const [low, high] = r.pairedRatioInterval;
  console.log(
    `| ${r.label} | ${r.stigGateMedian.toFixed(2)} | ${r.bareMedian.toFixed(2)} | ${r.ratio.toFixed(2)}× | ${r.pairedRatio.toFixed(2)}× (${low.toFixed(2)}–${high.toFixed(2)}) | ${r.overheadSeconds.toFixed(2)} | ≤ 1.10× ${r.pairedRatio <= 1.1 ? 'met' : 'MISSED'} |`,
  );
}
for (const r of results) {
  console.log(
    `\n${r.label}: stig-gate ${r.stigGateSeconds.map((s) => s.toFixed(2)).join(' ')}; bare ${r.bareSeconds.map((s) => s.toFixed(2)).join(' ')}`,
  );
}

/** Bytes in `dir` (du -sb), or 0 once it is gone. */
function bytesIn(dir) {
  const du = spawnSync('du', ['-sb', dir], { encoding: 'utf8' });
  return du.status === 0 ? Number(du.stdout.split('\t')[0]) : 0;
}

/**
 * Bytes held by files that processes `pids` have open but that are already deleted (oscap-docker 1.4.x
 * writes the exported tar to an unnamed temporary file, which du cannot see), each file counted once.
 */
function deletedOpenBytes(pids) {
  const seen = new Map();
  for (const pid of pids) {
    let fds = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (!readlinkSync(`/proc/${pid}/fd/${fd}`).endsWith(' (deleted)')) continue;
        const info = statSync(`/proc/${pid}/fd/${fd}`);
        if (info.isFile()) seen.set(`${info.dev}:${info.ino}`, info.size);
      } catch {
        // The file or the process went away meanwhile.
      }
    }
  }
  return [...seen.values()].reduce((sum, size) => sum + size, 0);
}

/** Host pids of the processes in container `id` (`docker top`), or [] once it has stopped. */
function containerPids(id) {
  const top = spawnSync('docker', ['top', id, '-eo', 'pid'], { encoding: 'utf8' });
  return top.status === 0
    ? top.stdout
        .split('\n')
        .slice(1)
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
}

/** The id and overlay2 upper dir (writable layer) of the running scanner of a stig-gate scan of `scannerImage`. */
function scannerLayer(scannerImage) {
  const ids = run('docker', [
    'ps',
    '--quiet',
    '--no-trunc',
    '--filter',
    'label=stig-gate.scan',
    '--filter',
    'name=-scanner',
    '--filter',
    `ancestor=${scannerImage}`,
  ]).stdout.split('\n');
  if (!ids[0]) return undefined;
  const upper = spawnSync('docker', ['inspect', '--format', '{{.GraphDriver.Data.UpperDir}}', ids[0]], {
    encoding: 'utf8',
  });
  return upper.status === 0 ? { id: ids[0], dir: upper.stdout.trim() } : undefined;
}

/** One `stig-gate scan` of the big target, timed, with the scanner's writable layer sampled while it runs. */
async function bigScan(scannerImage, mode, dir) {
  const started = performance.now();
  const child = spawn(
    'node',
    [
      cli,
      'scan',
      '--image',
      env.STIG_GATE_TEST_IMAGE_BIG,
      '--scanner-image',
      scannerImage,
      '--mode',
      mode,
      '--pull',
      'missing',
      '--timeout',
      '3600',
      '--output-dir',
      dir,
      '--format',
      'json',
      '--output',
      join(dir, 'gate.json'),
    ],
    { env: stigGateEnv, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((done) => child.on('close', (code) => done(code)));
  let code;
  let peak = 0;
  let layer;
  let samples = 0;
  child.on('close', (c) => (code = c));
  while (code === undefined) {
    layer ??= scannerLayer(scannerImage);
    if (layer) {
      peak = Math.max(peak, bytesIn(layer.dir) + deletedOpenBytes(containerPids(layer.id)));
      samples++;
    }
    await sleep(500);
  }
  await exited;
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0 && code !== 2) throw new Error(`stig-gate scan --mode ${mode} exited ${code}:\n${stderr}`);
  const scan = JSON.parse(readFileSync(join(dir, 'scan.json'), 'utf8'));
  const runScanner = scan.timings.find((t) => t.phase === 'run scanner')?.seconds;
  return {
    seconds,
    runScannerSeconds: runScanner,
    peakScannerBytes: peak,
    samples,
    counts: scan.counts,
    oscapVersion: scan.oscapVersion,
  };
}

async function bigTarget() {
  const big = env.STIG_GATE_TEST_IMAGE_BIG;
  const bigRuns = Number(process.env.BENCH_RUNS ?? 1);
  const scanners = (process.env.BENCH_BIG_SCANNERS ?? 'trixie').split(',').map((name) => ({
    name,
    image: name === 'bookworm' ? env.STIG_GATE_TEST_IMAGE_SCANNER_BOOKWORM : env.STIG_GATE_TEST_IMAGE_SCANNER,
  }));
  const pull = timed(() => run('docker', ['pull', '--quiet', big]));
  for (const { image: s } of scanners) run('docker', ['pull', '--quiet', s]);
  const size = Number(run('docker', ['image', 'inspect', '--format', '{{.Size}}', big]).stdout.trim());
  const files = Number(
    run('docker', [
      'run',
      '--rm',
      '--network',
      'none',
      '--entrypoint',
      'sh',
      big,
      '-c',
      'find / -xdev -type f | wc -l',
    ]).stdout.trim(),
  );
  rmSync(out, { recursive: true, force: true });
  const rows = [];
  for (const s of scanners) {
    for (const mode of ['image', 'container']) {
      for (let i = 0; i < bigRuns; i++) {
        const dir = join(out, `big-${s.name}-${mode}-${i}`);
        mkdirSync(dir, { recursive: true });
        rows.push({ scanner: s.name, mode, ...(await bigScan(s.image, mode, dir)) });
      }
    }
  }
  writeFileSync(
    join(root, 'bench/out/scan-bench-big.json'),
    `${JSON.stringify({ image: big, imageBytes: size, files, pullSeconds: pull, rows }, null, 2)}\n`,
  );
  const gb = (bytes) => `${(bytes / 1e9).toFixed(2)} GB`;
  console.log(
    `big target ${big}: ${gb(size)} uncompressed, ${files} files; pulled from the local registry in ${pull.toFixed(1)} s`,
  );
  console.log(
    '\n| scanner | mode | oscap | wall s (stig-gate scan) | run scanner s | scanner peak disk | fail / pass / n/a |',
  );
  console.log('|---|---|---|---:|---:|---:|---|');
  for (const r of rows) {
    console.log(
      `| ${r.scanner} | ${r.mode} | ${r.oscapVersion} | ${r.seconds.toFixed(1)} | ${r.runScannerSeconds?.toFixed(1)} | ${gb(r.peakScannerBytes)} (${r.samples} samples) | ${r.counts.fail} / ${r.counts.pass} / ${r.counts.notapplicable} |`,
    );
  }
}
