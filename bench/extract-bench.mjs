// Benchmark (not a test) for rootfs mode's selective extraction (issue #23, point 3): each target scanned
// with the GPOS data stream in rootfs mode twice in one run, extracting only what the content reads (the
// default) and every file (--rootfs-extract-all), as a user runs it (`node dist/cli.js scan`). Prints the
// wall time, the scanner container's peak memory (its cgroup's high-water mark: the tmpfs tree's pages are
// charged to it, with oscap's own), what the extraction program counted of the tree in memory, and the
// files left out or written without data.
//
// Needs the test environment (scripts/testenv/up.sh, run here: idempotent) and dist/cli.js.
// Knobs: BENCH_TARGETS (default clean,big), BENCH_SCANNER (default the testenv's default scanner).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';

const root = resolve(import.meta.dirname, '..');
const cli = resolve(root, 'dist/cli.js');
const out = join(root, 'bench/out/extract-bench');

const up = spawnSync('bash', [join(root, 'scripts/testenv/up.sh')], { encoding: 'utf8' });
if (up.status !== 0) throw new Error(`scripts/testenv/up.sh failed:\n${up.stderr}`);
const envFile = up.stdout.trim().split('\n').pop();
const env = Object.fromEntries(
  [...readFileSync(envFile, 'utf8').matchAll(/^export ([A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]),
);
const targets = { clean: env.STIG_GATE_TEST_IMAGE_CLEAN, big: env.STIG_GATE_TEST_IMAGE_BIG };
const names = process.env.BENCH_TARGETS ? process.env.BENCH_TARGETS.split(',') : Object.keys(targets);
const scanner = process.env.BENCH_SCANNER ?? env.STIG_GATE_TEST_IMAGE_SCANNER;
const MIB = 1024 * 1024;

/** The scanner's cgroup (v1 or v2) high-water mark of memory, in bytes; undefined when not readable. */
function peakMemory(id) {
  for (const file of [
    `/sys/fs/cgroup/memory/docker/${id}/memory.max_usage_in_bytes`,
    `/sys/fs/cgroup/system.slice/docker-${id}.scope/memory.peak`,
  ]) {
    if (existsSync(file)) return Number(readFileSync(file, 'utf8').trim());
  }
  return undefined;
}

async function scan(target, extractAll) {
  const dir = join(out, `${target}-${extractAll ? 'all' : 'reach'}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const args = [
    cli,
    'scan',
    '--image',
    targets[target],
    '--mode',
    'rootfs',
    '--scanner-image',
    scanner,
    '--pull',
    'missing',
  ];
  args.push(
    '--output-dir',
    dir,
    '--verbose',
    '--evidence',
    'none',
    ...(extractAll ? ['--rootfs-extract-all'] : []),
  );
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  let peak = 0;
  let id;
  const watch = setInterval(() => {
    const name = /create scanner: (stig-gate-\w+-scanner)/.exec(text)?.[1];
    if (name && !id) {
      const inspected = spawnSync('docker', ['inspect', '--format', '{{.Id}}', name], { encoding: 'utf8' });
      if (inspected.status === 0) id = inspected.stdout.trim();
    }
    if (id) peak = Math.max(peak, peakMemory(id) ?? 0);
  }, 50);
  child.stdout.on('data', (chunk) => (text += chunk));
  child.stderr.on('data', (chunk) => (text += chunk));
  const code = await new Promise((done) => child.on('close', done));
  clearInterval(watch);
  const seconds = (performance.now() - started) / 1000;
  const log = existsSync(join(dir, 'scan.log')) ? readFileSync(join(dir, 'scan.log'), 'utf8') : '';
  const tree = /\(([\d.]+) MiB of file data, ([\d.]+) MiB in memory\)/.exec(log);
  const left = /(\d+) files left out \(([\d.]+) MiB\), (\d+) written without their data/.exec(log);
  return {
    target,
    how: extractAll ? 'every file' : 'what the content reads',
    code,
    seconds,
    peakMib: peak / MIB,
    treeMib: tree ? Number(tree[2]) : NaN,
    left: left ? `${left[1]} (${left[2]} MiB) / ${left[3]}` : '-',
  };
}

const rows = [];
for (const target of names) {
  for (const extractAll of [false, true]) rows.push(await scan(target, extractAll));
}
console.log(`scanner ${scanner}; loadavg ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
console.log(
  '| target | extracted | exit | wall (s) | scanner peak memory (MiB) | tree in memory (MiB) | left out / without data |',
);
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.target} | ${r.how} | ${r.code} | ${r.seconds.toFixed(1)} | ${r.peakMib.toFixed(0)} | ${r.treeMib.toFixed(1)} | ${r.left} |`,
  );
}
