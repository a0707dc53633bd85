/**
 * A real ARF for the bench (issue #12): SCAP Security Guide content as Debian ships it (`ssg-debian`), its
 * Debian 11 data stream evaluated with every Rule of its benchmark selected (oscap's `--profile '(all)'`)
 * on a Debian 11 root made with debootstrap, through `OSCAP_PROBE_ROOT`: real OVAL results and system
 * characteristics for a real benchmark, embedded in the ARF as oscap writes it. Everything is cached: the
 * root under ~/.cache/stig-gate-bench (outside the repository: it is a whole system), the ARF under
 * bench/out/real/, keyed by the data stream's and oscap's identity.
 *
 * The ARF is then grown to the bench's sizes by bench/synthetic-arf.mjs, which adds collected items to its
 * OVAL system characteristics and copies everything else byte for byte.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statfsSync,
  statSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { URL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { BenchError, OUT_DIR } from './generate.mjs';
import { writeSyntheticArf } from './synthetic-arf.mjs';

export const DATA_STREAM = '/usr/share/xml/scap/ssg/content/ssg-debian11-ds.xml';
const SUITE = 'bullseye';
const MIRROR = process.env.BENCH_DEBIAN_MIRROR ?? 'http://deb.debian.org/debian';
const CACHE = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'stig-gate-bench');
const ROOT = join(CACHE, `${SUITE}-root`);
/** Written last by a finished debootstrap: a root without it is half made and made again. */
const ROOT_DONE = join(CACHE, `${SUITE}-root.done`);
const REAL_DIR = join(OUT_DIR, 'real');
const MIB = 1024 * 1024;

function run(command, args, { env = process.env, okCodes = [0] } = {}) {
  const child = spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 64 * MIB });
  if (child.error) throw new BenchError(`${command} could not be started: ${child.error.message}`);
  if (!okCodes.includes(child.status ?? -1)) {
    throw new BenchError(
      `${command} ${args.join(' ')} exited ${child.status}:\n${child.stderr.slice(-2000)}`,
    );
  }
  return child;
}

/** The Debian 11 root oscap's probes look at, made once. */
function ensureRoot(log) {
  if (existsSync(ROOT_DONE) && existsSync(join(ROOT, 'etc', 'debian_version'))) return;
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  log(`debootstrap --variant=minbase ${SUITE} ${ROOT} ${MIRROR} (once; a few minutes)`);
  const started = performance.now();
  run('debootstrap', ['--variant=minbase', SUITE, ROOT, MIRROR]);
  run('touch', [ROOT_DONE]);
  log(`  made in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

function identity() {
  const hash = createHash('sha256');
  hash.update(readFileSync(DATA_STREAM));
  hash.update(run('oscap', ['--version']).stdout.split('\n')[0] ?? '');
  hash.update(readFileSync(join(ROOT, 'etc', 'debian_version')));
  return hash.digest('hex').slice(0, 12);
}

/**
 * The real ARF: made when missing. Returns its path and what oscap said of the scan.
 * @param {{ log?: (line: string) => void }} [options]
 */
export function ensureRealArf({ log = console.log } = {}) {
  if (!existsSync(DATA_STREAM)) {
    throw new BenchError(
      `${DATA_STREAM} is missing: apt-get install ssg-debian (scripts/bench-real.sh does)`,
    );
  }
  ensureRoot(log);
  mkdirSync(REAL_DIR, { recursive: true });
  const id = identity();
  const path = join(REAL_DIR, `ssg-debian11-all-${id}-arf.xml`);
  if (!existsSync(path)) {
    // Older ARFs of this kind and what was grown from them (the STIG ARF is kept: it has its own key).
    for (const name of readdirSync(REAL_DIR))
      if (!name.startsWith('ssg-rhel8-stig-')) rmSync(join(REAL_DIR, name), { force: true });
    log(`oscap xccdf eval --profile '(all)' --results-arf … ${basename(DATA_STREAM)} on ${ROOT}`);
    const started = performance.now();
    // 2: some rules failed, as they do on a minimal system; 1 or anything else is an error.
    run('oscap', ['xccdf', 'eval', '--profile', '(all)', '--results-arf', `${path}.tmp`, DATA_STREAM], {
      env: { ...process.env, OSCAP_PROBE_ROOT: ROOT },
      okCodes: [0, 2],
    });
    renameSync(`${path}.tmp`, path);
    log(`  scanned in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  return { path, bytes: statSync(path).size };
}

export const STIG_DATA_STREAM = '/usr/share/xml/scap/ssg/content/ssg-rhel8-ds.xml';
const STIG_PROFILE = 'xccdf_org.ssgproject.content_profile_stig';

/**
 * The field's shape (issue #23): a whole benchmark embedded in the ARF, with one profile's Rules evaluated.
 * SSG's RHEL 8 STIG (`ssg-nondebian`) evaluated on the same Debian root: ~32 MB and ~1,500 Rules, most of
 * them notapplicable, as the RHEL content finds no RHEL. Made when missing, cached beside the real ARF.
 * @param {{ log?: (line: string) => void }} [options]
 */
export function ensureStigArf({ log = console.log } = {}) {
  if (!existsSync(STIG_DATA_STREAM)) {
    throw new BenchError(
      `${STIG_DATA_STREAM} is missing: apt-get install ssg-nondebian (scripts/bench-real.sh does)`,
    );
  }
  ensureRoot(log);
  mkdirSync(REAL_DIR, { recursive: true });
  const id = createHash('sha256')
    .update(readFileSync(STIG_DATA_STREAM))
    .update(run('oscap', ['--version']).stdout.split('\n')[0] ?? '')
    .update(readFileSync(join(ROOT, 'etc', 'debian_version')))
    .digest('hex')
    .slice(0, 12);
  const path = join(REAL_DIR, `ssg-rhel8-stig-${id}-arf.xml`);
  if (!existsSync(path)) {
    log(
      `oscap xccdf eval --profile ${STIG_PROFILE} --results-arf … ${basename(STIG_DATA_STREAM)} on ${ROOT}`,
    );
    const started = performance.now();
    run(
      'oscap',
      ['xccdf', 'eval', '--profile', STIG_PROFILE, '--results-arf', `${path}.tmp`, STIG_DATA_STREAM],
      {
        env: { ...process.env, OSCAP_PROBE_ROOT: ROOT },
        okCodes: [0, 2],
      },
    );
    renameSync(`${path}.tmp`, path);
    log(`  scanned in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  return { path, bytes: statSync(path).size };
}

/**
 * The real ARF grown to each size in MiB (cached by the real ARF's and the generator's identity).
 * @param {{ path: string }} real
 * @param {number[]} sizesMib
 * @param {(line: string) => void} log
 */
export function ensureGrownArfs(real, sizesMib, log = console.log) {
  const hash = createHash('sha256')
    .update(basename(real.path))
    .update(readFileSync(new URL('./synthetic-arf.mjs', import.meta.url)))
    .digest('hex')
    .slice(0, 12);
  const files = sizesMib.map((mib) => ({ mib, path: join(REAL_DIR, `grown-${mib}MiB-${hash}-arf.xml`) }));
  const missing = files.filter((file) => !existsSync(file.path));
  const needed = missing.reduce((sum, file) => sum + file.mib * MIB, 0);
  const disk = statfsSync(REAL_DIR);
  if (needed > 0 && disk.bavail * disk.bsize < needed + 512 * MIB) {
    throw new BenchError(`not enough disk space in ${REAL_DIR} for ${(needed / MIB).toFixed(0)} MiB of ARF`);
  }
  const template = missing.length > 0 ? readFileSync(real.path, 'utf8') : '';
  for (const file of missing) {
    const { bytes, items } = writeSyntheticArf({ template, outPath: file.path, targetBytes: file.mib * MIB });
    log(`grew the real ARF to ${basename(file.path)}: ${bytes} bytes, ${items} OVAL items added`);
  }
  return files.map((file) => ({ ...file, bytes: statSync(file.path).size }));
}
