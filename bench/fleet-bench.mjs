// Benchmark (not a test): a set of 1, 2, 4 and 8 images in one `stig-gate scan` run (the scanner made ready
// once, scans in parallel up to --parallel, default the core count) against the same single scans run one
// after another, in the same run, as a user runs them (node dist/cli.js). Prints wall times, the speed-up
// and the machine's load (other work on a shared machine skews both sides; the load is printed per row).
//
// The images are the test environment's (read from its env file; this script neither starts nor changes it):
// eight distinct targets (see below). `--pull missing`: no image is pulled, on either side.
// Knobs: BENCH_SIZES (default 1,2,4,8), BENCH_RUNS (default 1 per size and side; the order alternates),
// BENCH_PARALLEL (default: the CLI's, the core count), STIG_GATE_STATE (default /run/stig-gate-testenv).
// Writes bench/out/fleet-bench.json and prints a Markdown table.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist/cli.js');
const sizes = (process.env.BENCH_SIZES ?? '1,2,4,8').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 1);
const state = process.env.STIG_GATE_STATE ?? '/run/stig-gate-testenv';
const env = Object.fromEntries(
  [...readFileSync(join(state, 'env'), 'utf8').matchAll(/^export ([A-Z0-9_]+)=(.*)$/gm)].map((m) => [
    m[1],
    m[2].replace(/^'(.*)'$/, '$1'),
  ]),
);
const work = mkdtempSync(join(tmpdir(), 'stig-gate-fleet-bench-'));
const passwordFile = join(work, 'password');
writeFileSync(passwordFile, readFileSync(env.STIG_GATE_TEST_AUTH_PASSWORD_FILE, 'utf8'));

function run(command, args, allow = [0, 2]) {
  const child = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (child.error) throw child.error;
  if (!allow.includes(child.status))
    throw new Error(`${command} ${args.join(' ')} exited ${child.status}:\n${child.stderr}${child.stdout}`);
  return child;
}

// Eight distinct images of the test environment, each with its own report name (a set refuses two with one
// name): the default mode (rootfs) scans any of them, shell-less and non-root ones too. A larger size than
// there are images is an error.
const images = [
  env.STIG_GATE_TEST_IMAGE_CLEAN,
  env.STIG_GATE_TEST_IMAGE_REMOTE_ACCESS,
  env.STIG_GATE_TEST_IMAGE_WORLD_WRITABLE_LOG,
  env.STIG_GATE_TEST_IMAGE_PRIVATE,
  env.STIG_GATE_TEST_IMAGE_NONROOT,
  env.STIG_GATE_TEST_IMAGE_DISTROLESS,
  env.STIG_GATE_TEST_IMAGE_NOSHELL,
  env.STIG_GATE_TEST_IMAGE_USRLIB_NONROOT,
];
const missing = images.findIndex((image) => !image);
if (missing !== -1) throw new Error(`the test environment's env file lacks image ${missing + 1} of the set`);
/** A set's entries and the single scans they amount to. */
function setFor(size) {
  if (size > images.length)
    throw new Error(`BENCH_SIZES: ${size} images are more than the ${images.length} there are`);
  return { entries: images.slice(0, size), scans: images.slice(0, size) };
}
const common = [
  '--scanner-image',
  env.STIG_GATE_TEST_IMAGE_SCANNER,
  '--pull',
  'missing',
  '--registry',
  env.STIG_GATE_TEST_AUTH_REGISTRY,
  '--registry-username',
  env.STIG_GATE_TEST_AUTH_USER,
  '--registry-password-file',
  passwordFile,
  '--format',
  'json',
];

function timed(work) {
  const load = loadavg()[0];
  const started = performance.now();
  work();
  return { ms: performance.now() - started, load };
}

function inOneRun(list) {
  const dir = join(work, `set-${list.length}`);
  rmSync(dir, { recursive: true, force: true });
  const parallel = process.env.BENCH_PARALLEL ? ['--parallel', process.env.BENCH_PARALLEL] : [];
  return timed(() =>
    run('node', [
      cli,
      'scan',
      ...list.flatMap((image) => ['--image', image]),
      '--output-dir',
      dir,
      ...parallel,
      ...common,
    ]),
  );
}

function oneAfterAnother(list) {
  return timed(() => {
    for (const [index, image] of list.entries()) {
      const dir = join(work, `single-${list.length}-${index}`);
      rmSync(dir, { recursive: true, force: true });
      run('node', [cli, 'scan', '--image', image, '--output-dir', dir, ...common]);
    }
  });
}

// One untimed set of every image first: it pulls what is not on the engine yet, so no timed side pays a pull.
inOneRun(images);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
try {
  for (const size of sizes) {
    const { entries, scans } = setFor(size);
    const set = [];
    const sequential = [];
    for (let i = 0; i < runs; i++) {
      // Alternate which side goes first, so that drift in the machine's load hits both.
      if (i % 2 === 0) {
        set.push(inOneRun(entries));
        sequential.push(oneAfterAnother(scans));
      } else {
        sequential.push(oneAfterAnother(scans));
        set.push(inOneRun(entries));
      }
    }
    const setMs = median(set.map((r) => r.ms));
    const sequentialMs = median(sequential.map((r) => r.ms));
    const load = [...set, ...sequential].map((r) => r.load);
    rows.push({
      images: size <= images.length ? String(size) : `${size} scans (4 images, each with an image: baseline)`,
      setMs: Math.round(setMs),
      sequentialMs: Math.round(sequentialMs),
      speedUp: Number((sequentialMs / setMs).toFixed(2)),
      loadMin: Number(Math.min(...load).toFixed(2)),
      loadMax: Number(Math.max(...load).toFixed(2)),
    });
    console.error(
      `${size} images: set ${setMs.toFixed(0)} ms, one after another ${sequentialMs.toFixed(0)} ms`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const cores = availableParallelism();
const result = { cores, parallel: process.env.BENCH_PARALLEL ?? `default (${cores})`, runs, rows };
mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(join(root, 'bench/out/fleet-bench.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `Sets of images in one run vs the same scans one after another (${cores} cores, parallel ${result.parallel}, median of ${runs}):\n`,
);
console.log('| images | one run (ms) | one after another (ms) | speed-up | 1-min load during the row |');
console.log('|---:|---:|---:|---:|---|');
for (const row of rows)
  console.log(
    `| ${row.images} | ${row.setMs} | ${row.sequentialMs} | ${row.speedUp}× | ${row.loadMin}–${row.loadMax} |`,
  );
