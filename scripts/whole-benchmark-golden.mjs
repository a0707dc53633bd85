#!/usr/bin/env node
/**
 * Writes test/results/golden/whole-benchmark.json: what the results reader of a given git revision
 * (default e9cb5dc, the last before Rules of notselected results were read on demand, issue #23, with the scanner's messages and whole SP 800-53 ids of #24) returns
 * for files that embed a whole benchmark: test/results/fixtures/ssg-debian11-standard-arf.xml.br (see
 * test/results/whole-benchmark.test.ts) read in full, without Rules and without evidence, and the RHEL 8
 * STIG results in ../shared/scap/peers. Evidence is kept in the fingerprint. The reader's TypeScript is
 * taken from that revision with `git archive` and transpiled to a temporary directory, so the golden
 * comes from the old code, not from the code under test.
 *
 *   node scripts/whole-benchmark-golden.mjs [REVISION]
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import ts from 'typescript';
import { readerDigest } from '../test/support/reader-digest.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const REVISION = process.argv[2] ?? 'e9cb5dc';
const SHARED_SCAP = join(REPO, '..', 'shared', 'scap');
const FIXTURE = join(REPO, 'test', 'results', 'fixtures', 'ssg-debian11-standard-arf.xml.br');
const OUT = join(REPO, 'test', 'results', 'golden', 'whole-benchmark.json');

const scratch = mkdtempSync(join(tmpdir(), 'stig-gate-golden-'));
try {
  const archive = execFileSync('git', ['-C', REPO, 'archive', REVISION, 'src'], { maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', scratch], { input: archive });
  const transpile = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) transpile(path);
      else if (entry.name.endsWith('.ts')) {
        const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        });
        writeFileSync(path.replace(/\.ts$/, '.js'), outputText);
      }
    }
  };
  transpile(join(scratch, 'src'));
  writeFileSync(join(scratch, 'package.json'), '{"type":"module"}');
  // The old reader's own dependencies (fast-xml-parser) are this checkout's.
  symlinkSync(join(REPO, 'node_modules'), join(scratch, 'node_modules'));
  const { readResultsFile } = await import(pathToFileURL(join(scratch, 'src', 'results', 'read.js')).href);

  const arf = join(scratch, 'ssg-debian11-standard-arf.xml');
  writeFileSync(arf, brotliDecompressSync(readFileSync(FIXTURE)));
  const reads = [
    { file: 'fixtures/ssg-debian11-standard-arf.xml', path: arf, options: {} },
    { file: 'fixtures/ssg-debian11-standard-arf.xml', path: arf, options: { rules: false } },
    { file: 'fixtures/ssg-debian11-standard-arf.xml', path: arf, options: { evidence: false } },
    ...['xccdf-results-openscap-rhel8.xml', 'xccdf-results-scc-rhel8.xml'].map((name) => ({
      file: `peers/${name}`,
      path: join(SHARED_SCAP, 'peers', name),
      options: {},
    })),
  ];
  const cases = [];
  for (const { file, path, options } of reads) {
    const digest = await readerDigest(path, () => readResultsFile(path, options), { evidence: true });
    cases.push({ file, options, ...digest });
  }
  mkdirSync(dirname(OUT), { recursive: true });
  const golden = {
    revision: execFileSync('git', ['-C', REPO, 'rev-parse', REVISION]).toString().trim(),
    cases,
  };
  writeFileSync(OUT, `${JSON.stringify(golden, null, 1)}\n`);
  console.log(`wrote ${OUT}: ${cases.length} reads by the reader of ${golden.revision}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
