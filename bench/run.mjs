/**
 * The results-engine benchmark (`npm run bench`): for each synthetic ARF size, times
 * `node dist/cli.js summarize FILE --format json` against `xmllint --stream --noout FILE`, checks the
 * counts, and prints a table with PASS/MISS against the targets. Exits non-zero only when the bench itself
 * broke (a command failed, wrong counts, a missing tool); a missed target is reported, not fatal.
 *
 * Wall-clock time is the best of BENCH_RUNS (default 3) runs, measured around each process; CPU time
 * (user + system, best run) is shown too, as it is less disturbed by other load. Peak RSS is the child's
 * own maximum resident set size (the highest of the runs), from wait4's rusage as GNU time's `%M` prints
 * it. The real 0.7 MB sample runs first, as the fixed cost: node start-up, bundle load, XCCDF parsing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchError, ensureBenchFiles, OUT_DIR, TEMPLATE } from './generate.mjs';
import { GNU_TIME, measure, readLoad, warmPageCache } from './measure.mjs';
import { checkTargets, formatLinearity, formatTable, summarizeRow } from './report.mjs';

const REPO = join(OUT_DIR, '..', '..');
const CLI = join(REPO, 'dist', 'cli.js');
const EXPECTED_COUNTS = { fail: 10, pass: 81, notapplicable: 107 };
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** Checks the summarize JSON still has the sample's counts. */
function checkCounts(stdout, file) {
  let counts;
  try {
    counts = JSON.parse(stdout).counts;
  } catch (error) {
    throw new BenchError(`summarize ${file} printed no JSON document: ${error.message}`);
  }
  for (const [result, expected] of Object.entries(EXPECTED_COUNTS)) {
    if (counts?.[result] !== expected) {
      throw new BenchError(`summarize ${file}: ${result} is ${counts?.[result]}, expected ${expected}`);
    }
  }
}

/** Best wall-clock and highest peak RSS over RUNS runs, summarize and xmllint taking turns. */
function benchFile(file, scratch) {
  warmPageCache(file.path);
  const best = {
    summarize: Infinity,
    summarizeCpu: Infinity,
    summarizeRss: 0,
    xmllint: Infinity,
    xmllintRss: 0,
  };
  for (let run = 0; run < RUNS; run++) {
    const summarize = measure(process.execPath, [CLI, 'summarize', file.path, '--format', 'json'], scratch);
    checkCounts(summarize.stdout, file.path);
    best.summarize = Math.min(best.summarize, summarize.seconds);
    best.summarizeCpu = Math.min(best.summarizeCpu, summarize.cpuSeconds);
    best.summarizeRss = Math.max(best.summarizeRss, summarize.rssBytes);
    const xmllint = measure('xmllint', ['--stream', '--noout', file.path], scratch);
    best.xmllint = Math.min(best.xmllint, xmllint.seconds);
    best.xmllintRss = Math.max(best.xmllintRss, xmllint.rssBytes);
  }
  return summarizeRow(file, best);
}

function version(command, args) {
  const child = spawnSync(command, args, { encoding: 'utf8' });
  if (child.error)
    throw new BenchError(`${command} is missing (${child.error.message}); scripts/bench.sh installs it`);
  return `${child.stdout}${child.stderr}`.split('\n')[0].trim();
}

function main() {
  if (!existsSync(CLI)) throw new BenchError(`${CLI} is missing: build it first with npm run build`);
  if (!existsSync(GNU_TIME)) throw new BenchError(`${GNU_TIME} is missing: apt-get install time`);
  if (!Number.isInteger(RUNS) || RUNS < 1)
    throw new BenchError(`BENCH_RUNS must be a positive integer, got '${RUNS}'`);
  const lines = [];
  const say = (line = '') => {
    console.log(line);
    lines.push(line);
  };
  const files = ensureBenchFiles();
  const scratch = mkdtempSync(join(tmpdir(), 'stig-gate-bench-'));
  try {
    say(`stig-gate results-engine bench, ${new Date().toISOString()}`);
    say(
      `node ${process.version}; ${version('xmllint', ['--version'])}; ${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    );
    say(`template ${TEMPLATE}; best of ${RUNS} runs; MB = 10^6 bytes`);
    const load = readLoad();
    say(`loadavg before: ${load}`);
    if (Number(load.split(' ')[0]) > cpus().length / 2) {
      say(
        `warning: the machine is busy (load ${load.split(' ')[0]} on ${cpus().length} cores): times are inflated`,
      );
    }
    // One untimed run, so that the first timed one does not pay for reading node and the bundle from disk.
    checkCounts(
      measure(process.execPath, [CLI, 'summarize', TEMPLATE, '--format', 'json'], scratch).stdout,
      TEMPLATE,
    );
    const sample = { mib: 0, label: 'sample', path: TEMPLATE, bytes: statSync(TEMPLATE).size };
    const rows = [sample, ...files].map((file) => {
      const row = benchFile(file, scratch);
      console.error(`  measured ${file.label}`);
      return row;
    });
    say(`loadavg after:  ${readLoad()}`);
    say();
    for (const line of formatTable(rows)) say(line);
    say();
    for (const line of formatLinearity(rows)) say(line);
    say();
    for (const line of checkTargets(rows)) say(line);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  writeFileSync(join(OUT_DIR, 'last-run.txt'), `${lines.join('\n')}\n`);
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
