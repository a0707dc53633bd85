// Benchmark (not a test): the three scan modes — rootfs (the default), container and image — on the clean
// target and on the ≥ 1 GB one, in the same run, as a user runs them (`node dist/cli.js scan`). For each:
// the wall time of the whole command, the peak growth of the Docker engine's disk (the file system holding
// its data root: image mode's oscap-docker 1.4.x writes its `docker export` copy there) and the peak growth
// of shared memory (tmpfs: where rootfs mode's tree lives), sampled every 50 ms. The machine is shared, so
// the disk figure includes whatever else wrote meanwhile: read it as an upper bound.
//
// Needs the test environment (scripts/testenv/up.sh, run here: idempotent) and dist/cli.js.
// Knobs: BENCH_RUNS (default 1 per cell), BENCH_TARGETS (clean,big), BENCH_MODES (rootfs,container,image),
// BENCH_SCANNER (default the testenv's default scanner, trixie's OpenSCAP 1.4).
// Writes bench/out/modes-bench.json and prints a Markdown table.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 1);
const cli = resolve(root, 'dist/cli.js');
const out = join(root, 'bench/out/modes-bench');

const up = spawnSync('bash', [join(root, 'scripts/testenv/up.sh')], { encoding: 'utf8' });
if (up.status !== 0) throw new Error(`scripts/testenv/up.sh failed:\n${up.stderr}`);
const envFile = up.stdout.trim().split('\n').pop();
const env = Object.fromEntries(
  [...readFileSync(envFile, 'utf8').matchAll(/^export ([A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]),
);
const targets = { clean: env.STIG_GATE_TEST_IMAGE_CLEAN, big: env.STIG_GATE_TEST_IMAGE_BIG };
const scanner = process.env.BENCH_SCANNER ?? env.STIG_GATE_TEST_IMAGE_SCANNER;
const pick = (knob, all) => (process.env[knob] ? process.env[knob].split(',') : all);
const targetNames = pick('BENCH_TARGETS', Object.keys(targets));
const modes = pick('BENCH_MODES', ['rootfs', 'container', 'image']);

const dockerRoot = spawnSync('docker', ['info', '--format', '{{.DockerRootDir}}'], {
  encoding: 'utf8',
}).stdout.trim();
const diskUsed = () => {
  const fs = statfsSync(dockerRoot);
  return (fs.blocks - fs.bfree) * fs.bsize;
};
const shmem = () => Number(/^Shmem:\s+(\d+) kB/m.exec(readFileSync('/proc/meminfo', 'utf8'))[1]) * 1024;

// Pulled once, outside the timings: each cell then scans local images (pull missing).
for (const ref of [scanner, ...targetNames.map((name) => targets[name])]) {
  const pulled = spawnSync('docker', ['pull', '--quiet', ref], { encoding: 'utf8' });
  if (pulled.status !== 0) throw new Error(`docker pull ${ref} failed: ${pulled.stderr}`);
}

function scanOnce(target, mode) {
  const dir = join(out, `${target}-${mode}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const [disk0, mem0] = [diskUsed(), shmem()];
  let [diskPeak, memPeak] = [0, 0];
  const sample = () => {
    diskPeak = Math.max(diskPeak, diskUsed() - disk0);
    memPeak = Math.max(memPeak, shmem() - mem0);
  };
  const timer = setInterval(sample, 50);
  const started = performance.now();
  const args = [cli, 'scan', '--image', targets[target], '--scanner-image', scanner, '--output-dir', dir];
  const child = spawn(process.execPath, [...args, '--mode', mode, '--pull', 'missing', '--fail-on', 'none'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolvePromise, reject) => {
    child.on('close', (code) => {
      const ms = performance.now() - started;
      clearInterval(timer);
      sample();
      if (code !== 0) return reject(new Error(`${target} ${mode} exited ${code}:\n${stderr}`));
      const scanned = /run scanner: done in ([\d.]+) s/.exec(stderr);
      const counts = JSON.parse(readFileSync(join(dir, 'scan.json'), 'utf8')).counts;
      resolvePromise({ ms, diskPeak, memPeak, scannerSeconds: Number(scanned?.[1]), fail: counts.fail });
    });
  });
}

const rows = [];
for (const target of targetNames) {
  for (const mode of modes) {
    for (let i = 0; i < runs; i++) {
      const result = await scanOnce(target, mode);
      rows.push({ target, mode, ...result });
      console.error(`${target} ${mode}: ${(result.ms / 1000).toFixed(1)} s`);
    }
  }
}

const mib = (bytes) => (bytes / (1 << 20)).toFixed(0);
mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(join(root, 'bench/out/modes-bench.json'), `${JSON.stringify({ scanner, rows }, null, 2)}\n`);
console.log(`scanner ${scanner}; ${runs} run(s) per cell; disk = growth of ${dockerRoot}'s file system\n`);
console.log('| target | mode | wall (s) | run scanner (s) | peak disk (MiB) | peak tmpfs (MiB) | fail |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(
    `| ${row.target} | ${row.mode} | ${(row.ms / 1000).toFixed(1)} | ${row.scannerSeconds.toFixed(1)} | ` +
      `${mib(row.diskPeak)} | ${mib(row.memPeak)} | ${row.fail} |`,
  );
}
