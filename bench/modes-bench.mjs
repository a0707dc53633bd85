// Benchmark (not a test): the default scan against the floor, paired in one run, per target.
//   floor   oscap alone, validation off, on the target's tree already on disk (exported once, before the
//           timings, and bind-mounted read-only into the scanner with OSCAP_PROBE_ROOT): what any way of
//           scanning must at least cost.
//   export  the default scan (`node dist/cli.js scan`, mode auto) on the default engine, which has no image
//           mounts: auto takes rootfs mode (docker export into a tmpfs in the scanner).
//   mount   the default scan on the Docker 28 engine with the containerd image store: auto takes mount mode.
// For each: wall time of the whole command, the scanner container's peak memory (its cgroup's
// memory.max_usage_in_bytes: a tmpfs tree is charged there) and the peak growth of shared memory (tmpfs,
// /proc/meminfo's Shmem), sampled every 50 ms. The machine is shared: read figures from a quiet moment.
//
// Targets: minbase (target:clean), pylib (8,100 entries under /usr/lib), big (1.2 GB, 100,064 files) and
// 6g (the minbase plus 6 GiB in 24 files of 256 MiB, built here into both engines from sparse files in the
// test env cache, never pushed, never in CI). Knobs: BENCH_RUNS (1), BENCH_TARGETS (minbase,pylib,big,6g),
// BENCH_WAYS (floor,export,mount), BENCH_SCANNER (the testenv's default scanner), BENCH_PREPARE_ONLY=1 (pull,
// import and export the targets, measure nothing).
// Needs the test environment (scripts/testenv/up.sh, run here: idempotent) and dist/cli.js.
// Writes bench/out/modes-bench.json and prints a Markdown table.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 1);
const cli = resolve(root, 'dist/cli.js');
const out = join(root, 'bench/out/modes-bench');
const cache = process.env.STIG_GATE_CACHE ?? '/var/cache/stig-gate';

const up = spawnSync('bash', [join(root, 'scripts/testenv/up.sh')], { encoding: 'utf8' });
if (up.status !== 0) throw new Error(`scripts/testenv/up.sh failed:\n${up.stderr}`);
const envFile = up.stdout.trim().split('\n').pop();
const env = Object.fromEntries(
  [...readFileSync(envFile, 'utf8').matchAll(/^export ([A-Z0-9_]+)=(.*)$/gm)].map((m) => [
    m[1],
    m[2].replace(/^'(.*)'$/, '$1'),
  ]),
);
const engines = {
  default: process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock',
  docker28: env.STIG_GATE_TEST_DOCKER28_HOST,
};
if (!engines.docker28)
  throw new Error('no Docker 28 engine in the test environment (STIG_GATE_TEST_DOCKER28_HOST)');
const SIX_G = `${env.STIG_GATE_TEST_REGISTRY}/stig-gate/target:6g-bench`;
const targets = {
  minbase: env.STIG_GATE_TEST_IMAGE_CLEAN,
  pylib: env.STIG_GATE_TEST_IMAGE_PYLIB,
  big: env.STIG_GATE_TEST_IMAGE_BIG,
  '6g': SIX_G,
};
const scanner = process.env.BENCH_SCANNER ?? env.STIG_GATE_TEST_IMAGE_SCANNER;
const pick = (knob, all) => (process.env[knob] ? process.env[knob].split(',') : all);
const targetNames = pick('BENCH_TARGETS', Object.keys(targets));
const ways = pick('BENCH_WAYS', ['floor', 'export', 'mount']);
const DATASTREAM = '/usr/share/xml/scap/ssg/content/ssg-chainguard-gpos-ds.xml';

function docker(engine, args, options = {}) {
  const result = spawnSync('docker', args, {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, DOCKER_HOST: engines[engine] },
    ...options,
  });
  if (result.status !== 0 && !options.mayFail)
    throw new Error(`docker ${args.join(' ')} (${engine}) failed: ${result.stderr}`);
  return result;
}

/** The 6 GiB target, imported into an engine from sparse files (no disk for the source, real data in the image). */
function ensureSixG(engine) {
  if (docker(engine, ['image', 'inspect', SIX_G], { mayFail: true }).status === 0) return;
  const base = readdirSync(join(cache, 'rootfs')).find((name) => /^base-.*\.tar$/.test(name));
  if (!base) throw new Error(`no minbase tarball in ${cache}/rootfs: run scripts/testenv/up.sh`);
  const dir = join(cache, 'bench-6g');
  if (!existsSync(join(dir, 'tree/opt/stig-gate-6g/23'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'tree/opt/stig-gate-6g'), { recursive: true });
    spawnSync('tar', ['-C', join(dir, 'tree'), '-xf', join(cache, 'rootfs', base)], { stdio: 'inherit' });
    for (let i = 0; i < 24; i++)
      spawnSync('truncate', ['-s', '256M', join(dir, `tree/opt/stig-gate-6g/${i}`)]);
  }
  console.error(`importing ${SIX_G} into the ${engine} engine (6 GiB)…`);
  const tar = spawn('tar', ['-C', join(dir, 'tree'), '--numeric-owner', '-cf', '-', '.']);
  const imported = spawn('docker', ['import', '--change', 'CMD ["/bin/bash"]', '-', SIX_G], {
    env: { ...process.env, DOCKER_HOST: engines[engine] },
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  tar.stdout.pipe(imported.stdin);
  return new Promise((done, fail) =>
    imported.on('close', (code) => (code === 0 ? done() : fail(new Error(`docker import ${SIX_G} failed`)))),
  );
}

/** The target's tree on disk for the floor: `docker export` once, kept in the cache by image id. */
function treeOnDisk(target) {
  const id = docker('default', ['image', 'inspect', '--format', '{{.Id}}', targets[target]]).stdout.trim();
  const dir = join(cache, 'bench-trees', `${target}-${id.slice(7, 19)}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  // An older tree of the same target (another image id) goes; the other targets' stay.
  mkdirSync(join(cache, 'bench-trees'), { recursive: true });
  for (const old of readdirSync(join(cache, 'bench-trees')).filter((name) => name.startsWith(`${target}-`)))
    rmSync(join(cache, 'bench-trees', old), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const name = `stig-gate-bench-tree-${process.pid}`;
  docker('default', ['create', '--name', name, targets[target], 'true']);
  const exported = spawnSync(
    'bash',
    ['-c', 'docker export "$1" | tar -C "$2" --numeric-owner -xf -', '_', name, dir],
    {
      stdio: 'inherit',
    },
  );
  docker('default', ['rm', name]);
  if (exported.status !== 0) throw new Error(`exporting ${target} to ${dir} failed`);
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

const shmem = () => Number(/^Shmem:\s+(\d+) kB/m.exec(readFileSync('/proc/meminfo', 'utf8'))[1]) * 1024;

/** The memory cgroup directory of a process (cgroup v1 or v2), from /proc/<pid>/cgroup: engines nest it. */
function cgroupOf(pid) {
  try {
    const lines = readFileSync(`/proc/${pid}/cgroup`, 'utf8').split('\n');
    const v1 = lines.find((line) => /^\d+:memory:/.test(line));
    if (v1) return join('/sys/fs/cgroup/memory', v1.replace(/^\d+:memory:/, ''));
    const v2 = lines.find((line) => line.startsWith('0::'));
    return v2 ? join('/sys/fs/cgroup', v2.slice(3)) : undefined;
  } catch {
    return undefined;
  }
}
function peakOf(dir) {
  for (const file of ['memory.max_usage_in_bytes', 'memory.peak']) {
    try {
      return Number(readFileSync(join(dir, file), 'utf8'));
    } catch {
      // the other cgroup version's file, or the container is gone
    }
  }
  return 0;
}

/** Runs a command, timing it and watching the container named by `scannerName(stderr)` on `engine`. */
function measured(engine, command, args, scannerName) {
  const mem0 = shmem();
  let [memPeak, scannerPeak, stderr, pid, cgroup, looking] = [0, 0, '', undefined, undefined, false];
  const sample = () => {
    memPeak = Math.max(memPeak, shmem() - mem0);
    if (cgroup) scannerPeak = Math.max(scannerPeak, peakOf(cgroup));
    const name = scannerName(stderr);
    if (name && !pid && !looking) {
      looking = true;
      const inspect = spawn('docker', ['container', 'inspect', '--format', '{{.State.Pid}}', name], {
        env: { ...process.env, DOCKER_HOST: engines[engine] },
      });
      let text = '';
      inspect.stdout.on('data', (chunk) => (text += chunk));
      inspect.on('close', (code) => {
        looking = false;
        // 0 until it has started: asked again at the next sample.
        if (code === 0 && Number(text.trim()) > 0) pid = text.trim();
      });
    }
    if (pid && !cgroup) cgroup = cgroupOf(pid);
  };
  const timer = setInterval(sample, 50);
  const started = performance.now();
  const child = spawn(command, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DOCKER_HOST: engines[engine] },
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    sample();
  });
  return new Promise((done, fail) => {
    child.on('close', (code) => {
      const ms = performance.now() - started;
      clearInterval(timer);
      if (code !== 0 && code !== 2)
        return fail(new Error(`${command} ${args.join(' ')} exited ${code}:\n${stderr}`));
      done({ ms, memPeak, scannerPeak, stderr });
    });
  });
}

async function floor(target) {
  const tree = treeOnDisk(target);
  const dir = join(out, `${target}-floor`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const name = `stig-gate-bench-floor-${process.pid}`;
  const args = [
    'run',
    '--rm',
    '--name',
    name,
    '--network',
    'none',
    '--user',
    '0:0',
    '--read-only',
    '--env',
    'SEXP_VALIDATE_DISABLE=1',
    '--env',
    'OSCAP_PROBE_ROOT=/tree',
    '--tmpfs',
    '/tmp:rw,nosuid,nodev,size=64m',
    '--mount',
    `type=bind,source=${tree},target=/tree,readonly`,
    '--mount',
    `type=bind,source=${dir},target=/out`,
    '--entrypoint',
    'oscap',
    scanner,
    'xccdf',
    'eval',
    '--profile',
    'xccdf_basic_profile_.check',
    '--results-arf',
    '/out/results-arf.xml',
    DATASTREAM,
  ];
  const result = await measured('default', 'docker', args, () => name);
  const fail = (readFileSync(join(dir, 'results-arf.xml'), 'utf8').match(/<result>fail<\/result>/g) ?? [])
    .length;
  return { ...result, fail };
}

async function scan(target, engine) {
  const dir = join(out, `${target}-${engine}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const args = [cli, 'scan', '--image', targets[target], '--scanner-image', scanner, '--output-dir', dir];
  const result = await measured(
    engine,
    process.execPath,
    [...args, '--pull', 'missing', '--fail-on', 'none'],
    (stderr) => /create scanner: (stig-gate-\w+-scanner)/.exec(stderr)?.[1],
  );
  const metadata = JSON.parse(readFileSync(join(dir, 'scan.json'), 'utf8'));
  return { ...result, mode: metadata.mode, fail: metadata.counts.fail };
}

// Everything the timings must not include: pulls into both engines, the 6 GiB imports, the trees on disk.
for (const target of targetNames) {
  for (const engine of ['default', 'docker28']) {
    if (target === '6g') await ensureSixG(engine);
    else for (const ref of [scanner, targets[target]]) docker(engine, ['pull', '--quiet', ref]);
  }
  if (ways.includes('floor')) treeOnDisk(target);
}

if (process.env.BENCH_PREPARE_ONLY === '1') process.exit(0);

const rows = [];
for (const target of targetNames) {
  for (let i = 0; i < runs; i++) {
    for (const way of ways) {
      const result =
        way === 'floor' ? await floor(target) : await scan(target, way === 'mount' ? 'docker28' : 'default');
      rows.push({ target, way, ...result, stderr: undefined });
      console.error(
        `${target} ${way}${result.mode ? ` (${result.mode})` : ''}: ${(result.ms / 1000).toFixed(1)} s`,
      );
    }
  }
}

const mib = (bytes) => (bytes / (1 << 20)).toFixed(0);
const floorOf = (target) => {
  const floors = rows.filter((row) => row.target === target && row.way === 'floor');
  return floors.length ? Math.min(...floors.map((row) => row.ms)) : undefined;
};
mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(join(root, 'bench/out/modes-bench.json'), `${JSON.stringify({ scanner, rows }, null, 2)}\n`);
console.log(
  `scanner ${scanner}; ${runs} run(s) per cell; load average at the end ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}\n`,
);
console.log(
  '| target | way | mode | wall (s) | × floor | peak scanner memory (MiB) | peak tmpfs (MiB) | fail |',
);
console.log('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  const base = floorOf(row.target);
  console.log(
    `| ${row.target} | ${row.way} | ${row.mode ?? '-'} | ${(row.ms / 1000).toFixed(1)} | ` +
      `${base ? (row.ms / base).toFixed(2) : '-'} | ${mib(row.scannerPeak)} | ${mib(row.memPeak)} | ${row.fail} |`,
  );
}
