#!/usr/bin/env node
/**
 * Writes test/results/golden/readers.json: what the results reader of a given git revision (default: the
 * last commit before fast-xml-parser replaced the hand-written fragment parser) returns for every real
 * sample and the data stream, each read in full and with `rules: false`. The reader's TypeScript is taken
 * from that revision with `git archive` and transpiled to a temporary directory, so the golden comes from
 * the old code, not from the code under test.
 *
 *   node scripts/reader-golden.mjs [REVISION]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { readerDigest } from '../test/support/reader-digest.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const REVISION = process.argv[2] ?? 'bf534ba';
const SHARED_SCAP = join(REPO, '..', 'shared', 'scap');
const OUT = join(REPO, 'test', 'results', 'golden', 'readers.json');

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
  const { readResultsFile } = await import(pathToFileURL(join(scratch, 'src', 'results', 'read.js')).href);

  const samples = readdirSync(join(SHARED_SCAP, 'samples')).sort();
  const files = [...samples.map((name) => join('samples', name)), 'ssg-chainguard-gpos-ds.xml'];
  const cases = [];
  for (const name of files) {
    for (const options of [{}, { rules: false }]) {
      const file = join(SHARED_SCAP, name);
      cases.push({
        file: name,
        options,
        ...(await readerDigest(file, () => readResultsFile(file, options))),
      });
    }
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
