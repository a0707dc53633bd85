/**
 * The results-engine bench on real content (issue #12; `npm run bench:real`, which installs what it
 * needs): a real ARF from SCAP Security Guide's Debian 11 data stream with every Rule of its benchmark
 * evaluated (bench/real-arf.mjs), and that ARF grown to ~32 MiB and 1 GiB. For each: `stig-gate summarize
 * FILE --format json` against `xmllint --stream --noout FILE` in the same run, best wall-clock of
 * BENCH_RUNS (default 3), CPU time, peak RSS, and the targets: ≤ 3× xmllint and ≤ 100 MB at ~32 MB,
 * ≤ 200 MB and linear time at 1 GB. Prints figures; exits non-zero only when the bench itself broke.
 * BENCH_BASELINE_CLI=/path/to/other/dist/cli.js also times that build (an older revision's `dist/`, say)
 * on each file in the same runs, as rows of its own: a before/after on a shared machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { BenchError, OUT_DIR } from './generate.mjs';
import { GNU_TIME, measure, readLoad, warmPageCache } from './measure.mjs';
import { DATA_STREAM, ensureGrownArfs, ensureRealArf, ensureStigArf, STIG_DATA_STREAM } from './real-arf.mjs';

const CLI = join(OUT_DIR, '..', '..', 'dist', 'cli.js');
const BASELINE_CLI = process.env.BENCH_BASELINE_CLI;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES_MIB = (process.env.BENCH_REAL_SIZES ?? '32,256,1024').split(',').filter(Boolean).map(Number);
const MB = 1e6;
const TARGETS = {
  ratioAt32: 3,
  rssMbAt32: 100,
  rssMbAt1G: 200,
  /** Largest allowed growth of the CPU seconds per extra GB, from the middle size to 1 GB. */
  marginalSlack: 1.5,
};

function counts(stdout, file) {
  try {
    return JSON.parse(stdout).counts;
  } catch (error) {
    throw new BenchError(`summarize ${file} printed no JSON document: ${error.message}`);
  }
}

/**
 * The STIG ARF's rules are all notapplicable (RHEL content on a Debian root), so summarize reads the whole
 * file, builds the model and then refuses it, exit 1, as it must: a scan that checked nothing is no pass.
 */
const STIG_REFUSAL =
  /nothing was evaluated in the current scan \(all \d+ rules are notselected or notapplicable\)/;

function summarizeOnce(file, scratch, cli = CLI) {
  const args = [cli, 'summarize', file.path, '--format', 'json'];
  if (!file.refused) return measure(process.execPath, args, scratch);
  const run = measure(process.execPath, args, scratch, { okCodes: [1] });
  if (!STIG_REFUSAL.test(run.stderr)) {
    throw new BenchError(
      `summarize ${file.path}: expected the all-notapplicable refusal, got: ${run.stderr.slice(0, 500)}`,
    );
  }
  return run;
}

function benchFile(file, scratch, expectedCounts, cli = CLI) {
  warmPageCache(file.path);
  const best = {
    seconds: Infinity,
    cpu: Infinity,
    rss: 0,
    xmllint: Infinity,
    xmllintCpu: Infinity,
    xmllintRss: 0,
  };
  for (let i = 0; i < RUNS; i++) {
    const summarize = summarizeOnce(file, scratch, cli);
    const got = file.refused ? undefined : JSON.stringify(counts(summarize.stdout, file.path));
    if (expectedCounts !== undefined && got !== expectedCounts) {
      throw new BenchError(
        `summarize ${file.path}: counts ${got}, expected those of the real ARF ${expectedCounts}`,
      );
    }
    best.seconds = Math.min(best.seconds, summarize.seconds);
    best.cpu = Math.min(best.cpu, summarize.cpuSeconds);
    best.rss = Math.max(best.rss, summarize.rssBytes);
    const xmllint = measure('xmllint', ['--stream', '--noout', file.path], scratch);
    best.xmllint = Math.min(best.xmllint, xmllint.seconds);
    best.xmllintCpu = Math.min(best.xmllintCpu, xmllint.cpuSeconds);
    best.xmllintRss = Math.max(best.xmllintRss, xmllint.rssBytes);
  }
  return {
    ...file,
    ...best,
    ratio: best.seconds / best.xmllint,
    cpuRatio: best.cpu / best.xmllintCpu,
    secondsPerGb: best.seconds / (file.bytes / 1e9),
  };
}

function formatRows(rows) {
  const header = [
    'file',
    'MB',
    'summarize s',
    'CPU s',
    'peak RSS MB',
    'xmllint s',
    'xmllint CPU s',
    'xmllint RSS MB',
    'ratio',
    'CPU ratio',
    's/GB',
  ];
  const cells = rows.map((r) => [
    r.label,
    (r.bytes / MB).toFixed(1),
    r.seconds.toFixed(3),
    r.cpu.toFixed(3),
    (r.rss / MB).toFixed(1),
    r.xmllint.toFixed(3),
    r.xmllintCpu.toFixed(3),
    (r.xmllintRss / MB).toFixed(1),
    `${r.ratio.toFixed(2)}×`,
    `${r.cpuRatio.toFixed(2)}×`,
    r.secondsPerGb.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((cell, i) => cell.padStart(widths[i])).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
}

function verdicts(rows) {
  const lines = [];
  const check = (ok, text) => lines.push(`${ok ? 'PASS' : 'MISS'}  ${text}`);
  const stig = rows.find((r) => r.mib === -1);
  check(
    stig.ratio <= TARGETS.ratioAt32,
    `RHEL 8 STIG ARF: ${stig.ratio.toFixed(2)}× xmllint's wall-clock time (target ≤ ${TARGETS.ratioAt32}×); ` +
      `${stig.cpuRatio.toFixed(2)}× its CPU time`,
  );
  check(
    stig.rss / MB <= TARGETS.rssMbAt32,
    `RHEL 8 STIG ARF: peak RSS ${(stig.rss / MB).toFixed(1)} MB (target ≤ ${TARGETS.rssMbAt32} MB)`,
  );
  const at32 = rows.find((r) => r.mib === 32);
  const at1G = rows.find((r) => r.mib === 1024);
  if (at32) {
    check(
      at32.ratio <= TARGETS.ratioAt32,
      `~32 MB: ${at32.ratio.toFixed(2)}× xmllint's wall-clock time (target ≤ ${TARGETS.ratioAt32}×); ` +
        `${at32.cpuRatio.toFixed(2)}× its CPU time`,
    );
    check(
      at32.rss / MB <= TARGETS.rssMbAt32,
      `~32 MB: peak RSS ${(at32.rss / MB).toFixed(1)} MB (target ≤ ${TARGETS.rssMbAt32} MB)`,
    );
  } else lines.push('----  ~32 MB not measured (BENCH_REAL_SIZES)');
  if (at1G) {
    check(
      at1G.rss / MB <= TARGETS.rssMbAt1G,
      `1 GB: peak RSS ${(at1G.rss / MB).toFixed(1)} MB (target ≤ ${TARGETS.rssMbAt1G} MB)`,
    );
    const middle = rows.find((r) => r.mib > 32 && r.mib < 1024);
    const real = rows.find((r) => r.mib === 0);
    if (middle && real) {
      // Linear: the time beyond the real file's (the fixed start-up and XCCDF parsing) per extra GB is the
      // same at the middle size and at 1 GB; a time growing with the square of the size would double it.
      // CPU time: on a machine shared with other work it is much less disturbed than wall-clock time.
      const perGb = (row, key) => (row[key] - real[key]) / ((row.bytes - real.bytes) / 1e9);
      const [middleCpu, topCpu] = [perGb(middle, 'cpu'), perGb(at1G, 'cpu')];
      const [middleWall, topWall] = [perGb(middle, 'seconds'), perGb(at1G, 'seconds')];
      check(
        topCpu <= middleCpu * TARGETS.marginalSlack,
        `1 GB: CPU per GB beyond the real file ${topCpu.toFixed(2)} s against ${middleCpu.toFixed(2)} s at ` +
          `${(middle.bytes / MB).toFixed(0)} MB (target ≤ ${TARGETS.marginalSlack}×: linear); wall-clock ` +
          `${topWall.toFixed(2)} s against ${middleWall.toFixed(2)} s; ${at1G.ratio.toFixed(2)}× xmllint`,
      );
    } else lines.push('----  linearity not measured: needs a middle size and 1 GiB (BENCH_REAL_SIZES)');
  } else lines.push('----  1 GB not measured (BENCH_REAL_SIZES)');
  return lines;
}

function main() {
  if (!existsSync(CLI)) throw new BenchError(`${CLI} is missing: build it first with npm run build`);
  if (BASELINE_CLI && !existsSync(BASELINE_CLI))
    throw new BenchError(`BENCH_BASELINE_CLI=${BASELINE_CLI} does not exist`);
  if (!existsSync(GNU_TIME)) throw new BenchError(`${GNU_TIME} is missing: apt-get install time`);
  if (!Number.isInteger(RUNS) || RUNS < 1)
    throw new BenchError(`BENCH_RUNS must be a positive integer, got '${RUNS}'`);
  const lines = [];
  const say = (line = '') => {
    console.log(line);
    lines.push(line);
  };
  const real = ensureRealArf();
  const stig = ensureStigArf();
  const grown = ensureGrownArfs(real, SIZES_MIB);
  const scratch = mkdtempSync(join(tmpdir(), 'stig-gate-bench-real-'));
  try {
    const oscap = spawnSync('oscap', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
    const xmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).stderr.split('\n')[0];
    say(`stig-gate results-engine bench on real content, ${new Date().toISOString()}`);
    say(`node ${process.version}; ${xmllint}; ${oscap}; ${cpus().length} × ${cpus()[0]?.model ?? '?'}`);
    say(
      `real ARF: ${basename(real.path)} (${(real.bytes / MB).toFixed(1)} MB): ${basename(DATA_STREAM)}, --profile '(all)', Debian 11 root`,
    );
    say(
      `grown: the real ARF with OVAL items added by bench/synthetic-arf.mjs; best of ${RUNS} runs; MB = 10^6 bytes`,
    );
    say(
      `field shape (issue #23): ${basename(stig.path)} (${(stig.bytes / MB).toFixed(1)} MB): ${basename(STIG_DATA_STREAM)}, ` +
        'its STIG profile, the same root: a whole benchmark embedded, every rule notapplicable (summarize refuses it, exit 1, after reading it all)',
    );
    say(`loadavg before: ${readLoad()}`);
    // One untimed run, so that the first timed one does not pay for reading node and the bundle from disk.
    const first = measure(process.execPath, [CLI, 'summarize', real.path, '--format', 'json'], scratch);
    const expected = JSON.stringify(counts(first.stdout, real.path));
    say(`counts (every file): ${expected}`);
    const files = [
      [{ mib: 0, label: 'real', ...real }, expected],
      ...grown.map((file) => [{ ...file, label: `grown ${file.mib} MiB` }, expected]),
      [{ mib: -1, label: 'RHEL 8 STIG', refused: true, ...stig }, undefined],
    ];
    if (BASELINE_CLI) say(`baseline rows: ${BASELINE_CLI}, timed in the same runs`);
    const rows = [];
    const baselineRows = [];
    for (const [file, counts] of files) {
      rows.push(benchFile(file, scratch, counts));
      if (BASELINE_CLI) {
        const label = `${file.label} (baseline)`;
        baselineRows.push(benchFile({ ...file, label }, scratch, counts, BASELINE_CLI));
      }
    }
    say(`loadavg after:  ${readLoad()}`);
    say();
    for (const line of formatRows([...rows, ...baselineRows])) say(line);
    say();
    for (const line of verdicts(rows)) say(line);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  writeFileSync(join(OUT_DIR, 'last-real-run.txt'), `${lines.join('\n')}\n`);
}

try {
  main();
} catch (error) {
  console.error(
    error instanceof BenchError
      ? `bench: ${error.message}`
      : `bench: internal error: ${error?.stack ?? error}`,
  );
  process.exitCode = 1;
}
