/**
 * What redacting oscap's own results files costs (issue #25, src/results/redact-document.ts): time and
 * peak memory on a whole-benchmark ARF (SSG's RHEL 8 STIG on a Debian root, ~32 MB, made and cached by
 * bench/real-arf.mjs) and on the GPOS sample ARF; and what `oscap xccdf generate report` then costs to make
 * report.html again from the redacted ARF (the host's oscap, as the scanner's does it). The redactor is
 * bundled from src/ with rollup (a dev dependency) into bench/out/; each file is redacted in a fresh node
 * process, its peak RSS read from process.resourceUsage().
 *
 *   node bench/redact-bench.mjs            (needs root for the ARF's debootstrap the first time; see
 *                                           scripts/bench-real.sh, which installs oscap and the content)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { ensureStigArf } from './real-arf.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(REPO, 'bench', 'out', 'redact');
const SHARED = process.env.STIG_GATE_SHARED ?? join(REPO, '..', 'shared');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

mkdirSync(OUT, { recursive: true });
const bundle = await rollup({
  input: join(REPO, 'src/results/redact-document.ts'),
  plugins: [
    nodeResolve(),
    typescript({
      tsconfig: join(REPO, 'tsconfig.json'),
      noEmitOnError: false,
      outDir: OUT,
      declaration: false,
      sourceMap: false,
    }),
  ],
  onwarn: () => undefined,
});
const redactor = join(OUT, 'redact-document.mjs');
await bundle.write({ file: redactor, format: 'es' });

const RUN_ONE = `
const { readFileSync, writeFileSync } = await import('node:fs');
const { redactResultsDocument } = await import(${JSON.stringify(redactor)});
const [file, out] = process.argv.slice(1);
const started = performance.now();
const { xml, replaced } = redactResultsDocument(readFileSync(file, 'utf8'), file);
writeFileSync(out, xml);
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, replaced, peakMiB: process.resourceUsage().maxRSS / 1024 }));
`;

const files = [
  { name: 'RHEL 8 STIG ARF (whole benchmark)', path: ensureStigArf({ log: () => undefined }).path },
  { name: 'GPOS sample ARF', path: join(SHARED, 'scap/samples/debian12-gpos-arf.xml') },
];
const lines = [];
for (const file of files) {
  if (!existsSync(file.path)) throw new Error(`${file.path} is missing`);
  const out = join(OUT, 'redacted-arf.xml');
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', RUN_ONE, file.path, out], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(child.stderr);
    runs.push(JSON.parse(child.stdout));
  }
  const started = performance.now();
  const report = spawnSync(
    'oscap',
    ['xccdf', 'generate', 'report', '--output', join(OUT, 'report.html'), out],
    {
      encoding: 'utf8',
    },
  );
  const reportMs = performance.now() - started;
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const line =
    `${file.name}: ${(statSync(file.path).size / 2 ** 20).toFixed(1)} MiB; redact ${median(runs.map((r) => r.ms)).toFixed(0)} ms ` +
    `(median of ${RUNS}), peak RSS ${median(runs.map((r) => r.peakMiB)).toFixed(0)} MiB, ${runs[0].replaced} values replaced; ` +
    `oscap xccdf generate report: ${report.status === 0 ? `${reportMs.toFixed(0)} ms` : `failed (${report.stderr.trim()})`}`;
  console.log(line);
  lines.push(line);
}
writeFileSync(join(OUT, 'figures.txt'), `${lines.join('\n')}\n`);
