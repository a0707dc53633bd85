/**
 * Makes sure the synthetic ARF files exist under bench/out/, one per size, and returns them.
 *
 * A file's name carries a hash of the generator's code and the template, so a file is written again only
 * when either changed; files from older generators are deleted first. Free disk space is checked before
 * anything is written. Run directly (`node bench/generate.mjs`) it only generates.
 *
 * BENCH_SIZES picks sizes in MiB (default "8,32,128,512,1024"), e.g. BENCH_SIZES=8,32 for a quick run.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, statfsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeSyntheticArf } from './synthetic-arf.mjs';

/** Thrown when the bench cannot run or measure; its message says what broke and what to do. */
export class BenchError extends Error {}

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
/** Where generated files go; gitignored. */
export const OUT_DIR = join(BENCH_DIR, 'out');
/** The real ARF the synthetic ones are grown from. */
export const TEMPLATE = join(BENCH_DIR, '..', '..', 'shared', 'scap', 'samples', 'debian12-gpos-arf.xml');
/** What a generated file's bytes depend on (its size is in its name). */
const GENERATOR_FILES = [join(BENCH_DIR, 'synthetic-arf.mjs'), TEMPLATE];

const MIB = 1024 * 1024;
const DEFAULT_SIZES_MIB = [8, 32, 128, 512, 1024];
/** Room left free on the disk beyond the files themselves. */
const DISK_MARGIN_BYTES = 512 * MIB;

/** "8 MiB", "1 GiB". */
export function sizeLabel(mib) {
  return mib >= 1024 && mib % 1024 === 0 ? `${mib / 1024} GiB` : `${mib} MiB`;
}

/**
 * The sizes to run, in MiB, from BENCH_SIZES or the default.
 * @param {string | undefined} value BENCH_SIZES
 * @returns {number[]}
 */
export function parseSizes(value) {
  if (value === undefined || value.trim() === '') return DEFAULT_SIZES_MIB;
  return value.split(',').map((part) => {
    const mib = Number(part.trim());
    if (!Number.isInteger(mib) || mib < 1 || mib > 8192) {
      throw new BenchError(
        `BENCH_SIZES: '${part}' is not a size in MiB between 1 and 8192 (e.g. BENCH_SIZES=8,32,1024)`,
      );
    }
    return mib;
  });
}

/** Hash of the generator's code and the template: part of each generated file's name. */
export function generatorHash() {
  const hash = createHash('sha256');
  for (const file of GENERATOR_FILES) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

/**
 * Generates the missing files and returns all of them, smallest first.
 * @param {{ sizesMib?: number[], log?: (line: string) => void }} [options]
 * @returns {{ mib: number, label: string, path: string, bytes: number }[]}
 */
export function ensureBenchFiles({ sizesMib = parseSizes(process.env.BENCH_SIZES), log = console.log } = {}) {
  if (!existsSync(TEMPLATE))
    throw new BenchError(`template ${TEMPLATE} is missing: the bench needs shared/ beside the repo`);
  mkdirSync(OUT_DIR, { recursive: true });
  const hash = generatorHash();
  const files = [...new Set(sizesMib)]
    .sort((a, b) => a - b)
    .map((mib) => ({ mib, label: sizeLabel(mib), path: join(OUT_DIR, `arf-${mib}MiB-${hash}.xml`) }));

  for (const name of readdirSync(OUT_DIR)) {
    if (/^arf-\d+MiB-[0-9a-f]+\.xml(\.tmp)?$/.test(name) && !name.includes(`-${hash}.xml`)) {
      log(`removing ${name} (made by another version of the generator)`);
      rmSync(join(OUT_DIR, name), { force: true });
    }
  }

  const missing = files.filter((file) => !existsSync(file.path));
  const needed = missing.reduce((sum, file) => sum + file.mib * MIB, 0);
  const disk = statfsSync(OUT_DIR);
  const free = disk.bavail * disk.bsize;
  log(
    `disk: ${(free / 2 ** 30).toFixed(1)} GiB free in ${OUT_DIR}; ${(needed / 2 ** 30).toFixed(2)} GiB to generate`,
  );
  if (needed > 0 && free < needed + DISK_MARGIN_BYTES) {
    throw new BenchError(
      `not enough disk space: ${missing.map((f) => f.label).join(', ')} need ${(needed / MIB).toFixed(0)} MiB plus ` +
        `${DISK_MARGIN_BYTES / MIB} MiB to spare, and ${(free / MIB).toFixed(0)} MiB are free; ` +
        'free some space or pick smaller sizes with BENCH_SIZES=8,32',
    );
  }

  const template = missing.length > 0 ? readFileSync(TEMPLATE, 'utf8') : '';
  for (const file of missing) {
    const started = performance.now();
    const { bytes, items } = writeSyntheticArf({ template, outPath: file.path, targetBytes: file.mib * MIB });
    const seconds = (performance.now() - started) / 1000;
    log(`generated ${basename(file.path)}: ${bytes} bytes, ${items} OVAL items, ${seconds.toFixed(1)} s`);
  }
  return files.map((file) => ({ ...file, bytes: statSync(file.path).size }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    for (const file of ensureBenchFiles()) console.log(`${file.label}\t${file.bytes}\t${file.path}`);
  } catch (error) {
    console.error(`bench/generate: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
