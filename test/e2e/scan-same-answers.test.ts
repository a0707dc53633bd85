/**
 * The same answers whichever way the image is read (issue #23): each case, one target read by one scanner
 * look-alike with one data stream, is scanned by the image mount (Docker 28.5's, validation off as every
 * scan runs), by selective export (rootfs mode's default: only what the content can read), by full export
 * (rootfs-extract-all) and, where `validate` says, by the image mount with OpenSCAP's debug self-checks
 * on (no SEXP_VALIDATE_DISABLE). All must give the mount's results rule for rule and its evidence item for
 * item (every OVAL item collected; ids, the kernel's a_time/c_time and a directory's size aside, see
 * support/compare.ts). Four scans serve every assertion of a case.
 *
 * Streams: the GPOS data stream and SSG's Debian 12 one (unstable's ssg-debian, CIS level 2 server: on the
 * bookworm targets about 130 rules pass and 20 fail; bookworm's own ssg-debian has Debian 10 and 11 only,
 * whose platform would make every rule notapplicable). The matrix (CASES) reads every target with the
 * default scanner and GPOS; the older scanner and the SSG stream (about 4 times the scan time: a 15 MB
 * data stream) read the targets whose trees differ in what those add, see CASES.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactResultsDocument } from '../../src/results/redact-document.js';
import { execDockerRunner } from '../../src/scan/runner.js';
import { scanImage, type ScanOutput } from '../../src/scan/scan.js';
import { collectedItems, ruleResults } from './support/compare.js';
import {
  acquireEngineLock,
  DOCKER28_LOCK,
  requireEngine,
  requireSpeedEnv,
  requireSsgDebian12,
  testScanners,
} from './support/engine.js';
import { outputDir, PROFILE, recordingLogger, removeMadeDirs } from './support/fixtures.js';
import { evaluateWithValidation } from './support/validate.js';

const env = await requireEngine();
const speed = env ? requireSpeedEnv(env) : undefined;
const ssgDatastream = env ? await requireSsgDebian12() : undefined;
const [trixie, bookworm] = testScanners(env);

const STREAMS = {
  GPOS: { profile: PROFILE, datastream: undefined },
  SSG: { profile: 'xccdf_org.ssgproject.content_profile_cis_level2_server', datastream: ssgDatastream },
};
type StreamName = keyof typeof STREAMS;

const targets: Record<string, string> = env
  ? {
      clean: env.images.clean,
      'remote-access': env.images.remoteAccess,
      'world-writable-log': env.images.worldWritableLog,
      noshell: env.images.noshell,
      nonroot: env.images.nonroot,
      distroless: env.images.distroless,
      'usrlib-nonroot': env.images.usrlibNonroot,
      pylib: speed!.pylib,
      big: env.images.big,
    }
  : {};

/** The shell-less targets have no /usr/lib, /etc/ssl or /var/log: GPOS collects no item there. */
const SHELL_LESS = new Set(['noshell', 'distroless']);

interface Case {
  scanner: 'trixie' | 'bookworm';
  stream: StreamName;
  target: string;
  /** Also evaluated with validation on (by the image mount). */
  validate: boolean;
}

const ALL = (
  scanner: Case['scanner'],
  stream: StreamName,
  list: string[],
  validate: (t: string) => boolean,
) => list.map((target): Case => ({ scanner, stream, target, validate: validate(target) }));

/**
 * - Default scanner, GPOS: every target, validation on and off included (pylib's /usr/lib of 8,000 files
 *   is where validation costs most: the square of the items).
 * - Older scanner (another OpenSCAP, 1.3.7), GPOS: the minbase, the shell-less root, the /usr/lib of
 *   another owner and the Python-like one. remote-access, world-writable-log, nonroot and noshell are the
 *   minbase with one file or setting changed, already read by the default scanner every way; big adds
 *   100,000 files under /opt that no GPOS object reaches.
 * - SSG, default scanner: the minbase, sshd's configuration (remote-access) and 8,000 more files under
 *   /usr/lib (pylib), which SSG's objects that recurse from / walk. Those objects make the selective
 *   export take every file, so for SSG one export is both ways (its log says so). Not distroless (SSG's
 *   platform makes every rule notapplicable there: nothing to compare), not big (1.1 GB extracted for
 *   files only those walks pass), not the minbase's other variants (one file apart). An SSG scan costs
 *   about four GPOS ones (its 15 MB data stream is loaded, and embedded in the ARF).
 * - SSG, older scanner: the minbase.
 * Validation on: every GPOS case but the older scanner's pylib (the check costs the square of the 8,000
 * files; the default scanner's pylib case pays it once), and SSG on the minbase with both scanners.
 */
const CASES: Case[] = [
  ...ALL('trixie', 'GPOS', Object.keys(targets), () => true),
  ...ALL('bookworm', 'GPOS', ['clean', 'distroless', 'usrlib-nonroot', 'pylib'], (t) => t !== 'pylib'),
  ...ALL('trixie', 'SSG', ['clean', 'remote-access', 'pylib'], (t) => t === 'clean'),
  ...ALL('bookworm', 'SSG', ['clean'], () => true),
];

const caseName = (c: Case) => `${c.stream} on ${c.target} with the ${c.scanner} scanner`;

type Validated = Awaited<ReturnType<typeof evaluateWithValidation>>;

interface Ways {
  mount: ScanOutput;
  selective: ScanOutput;
  full: ScanOutput;
  selectiveLog: string[];
  fullLog: string[];
  validated?: Validated;
  seconds: Record<string, number>;
}

describe.skipIf(!env)('the same answers by image mount, selective export, full export, validation on', () => {
  let release: (() => Promise<void>) | undefined;
  const docker28Host = speed?.docker28Host ?? 'skipped';
  const docker = execDockerRunner(docker28Host);
  const timings: string[] = [];
  /**
   * Validation on costs the square of the items: pylib's takes minutes alone. Its runs start with the file
   * and go on beside the other cases' scans (oscap is single-threaded; the runner has two cores), so the
   * suite pays for them only where they are longer than the rest.
   */
  const early = new Map<Case, Promise<{ run: Validated; seconds: number }>>();

  // vitest 4 hands hooks a fixture context (destructured, here unused) and then the suite.
  // eslint-disable-next-line no-empty-pattern
  beforeAll(async ({}, suite) => {
    release = await acquireEngineLock(undefined, DOCKER28_LOCK);
    // Only for the cases that run (`-t` leaves the others out).
    // (Without the suite's tasks, nothing starts early: the case then runs its validation itself.)
    const tasks = (suite as { tasks?: { name: string; mode: string }[] }).tasks ?? [];
    const runs = (c: Case) =>
      tasks.some((task) => task.name === caseName(c) && task.mode !== 'skip' && task.mode !== 'todo');
    for (const image of [trixie!.image, bookworm!.image, ...Object.values(targets)]) {
      const have = await docker(['image', 'inspect', '--format', '{{.Id}}', image]);
      if (have.exitCode !== 0) {
        const pulled = await docker(['pull', '--quiet', image]);
        if (pulled.exitCode !== 0) throw new Error(`docker pull ${image}: ${pulled.stderr}`);
      }
    }
    for (const c of CASES.filter((c) => c.validate && c.target === 'pylib' && runs(c))) {
      const start = Date.now();
      const running = validate(c).then((run) => ({ run, seconds: (Date.now() - start) / 1000 }));
      running.catch(() => undefined); // awaited by its case, which reports the failure
      early.set(c, running);
    }
  });
  afterAll(async () => {
    // Its containers are removed when a run ends: never leave one behind.
    await Promise.allSettled(early.values());
    await removeMadeDirs();
    await release?.();
    // Each case's scan times, for keeping the suite's time in view.
    console.log(`scan-same-answers: seconds per case\n${timings.join('\n')}`);
  });

  async function validate(c: Case): Promise<Validated> {
    const { profile, datastream } = STREAMS[c.stream];
    return evaluateWithValidation(docker, {
      image: targets[c.target]!,
      scannerImage: (c.scanner === 'trixie' ? trixie! : bookworm!).image,
      profile,
      ...(datastream !== undefined && { datastream }),
      outputDir: await outputDir(`same-${c.scanner}-${c.stream}-${c.target}-validate`),
    });
  }

  async function readWays(c: Case): Promise<Ways> {
    const scanner = c.scanner === 'trixie' ? trixie! : bookworm!;
    const { profile, datastream } = STREAMS[c.stream];
    const image = targets[c.target]!;
    const label = `${c.scanner}-${c.stream}-${c.target}`;
    const seconds: Record<string, number> = {};
    const timed = async <T>(way: string, run: () => Promise<T>): Promise<T> => {
      const start = Date.now();
      try {
        return await run();
      } finally {
        seconds[way] = (Date.now() - start) / 1000;
      }
    };
    const scan = async (way: string, mode: 'mount' | 'rootfs', rootfsExtractAll: boolean) => {
      const log = recordingLogger();
      const output = await timed(way, async () =>
        scanImage(
          {
            image,
            scannerImage: scanner.image,
            profile,
            ...(datastream !== undefined && { datastream }),
            outputDir: await outputDir(`same-${label}-${way}`),
            pull: 'missing',
            dockerHost: docker28Host,
            mode,
            rootfsExtractAll,
          },
          undefined,
          log,
        ),
      );
      return { output, log: log.lines };
    };
    const mount = await scan('mount', 'mount', false);
    const selective = await scan('selective', 'rootfs', false);
    // SSG's reach is every file: its selective export is the full one (asserted from the log).
    const full = c.stream === 'SSG' ? selective : await scan('full', 'rootfs', true);
    let validated: Validated | undefined;
    const started = early.get(c);
    if (started) {
      const waited = await timed('waiting for validation on', () => started);
      seconds['validation on (beside the others)'] = waited.seconds;
      validated = waited.run;
    } else if (c.validate) validated = await timed('validation on', () => validate(c));
    const total = Object.entries(seconds)
      .filter(([way]) => !way.includes('beside'))
      .reduce((sum, [, s]) => sum + s, 0);
    timings.push(
      `${label}: ${total.toFixed(1)} (${Object.entries(seconds)
        .map(([way, s]) => `${way} ${s.toFixed(1)}`)
        .join(', ')})`,
    );
    return {
      mount: mount.output,
      selective: selective.output,
      full: full.output,
      selectiveLog: selective.log,
      fullLog: full.log,
      ...(validated && { validated }),
      seconds,
    };
  }

  it.each(CASES.map((c) => [caseName(c), c] as const))(
    '%s',
    async (_name, c) => {
      const ways = await readWays(c);
      const reference = ways.mount;
      expect(reference.mode).toBe('mount');
      if (c.target !== 'distroless') expect(reference.imageOs).toBeDefined();
      expect(reference.results.rules.length).toBeGreaterThan(30);
      if (c.stream === 'SSG' && c.target !== 'distroless') {
        // The content applies: rules pass and fail (a platform mismatch gives only notapplicable).
        expect(reference.results.counts.pass).toBeGreaterThan(50);
        expect(reference.results.counts.fail).toBeGreaterThan(0);
      }
      const items = await collectedItems(reference.resultsArf);
      if (!SHELL_LESS.has(c.target)) expect(items.length).toBeGreaterThan(c.stream === 'GPOS' ? 100 : 50);

      for (const [way, output] of [
        ['selective export', ways.selective],
        ['full export', ways.full],
      ] as const) {
        expect(output.mode, way).toBe('rootfs');
        // The content-coverage notice reads the image's os-release: every way records the same.
        expect(output.imageOs, way).toEqual(reference.imageOs);
        expect(output.results.counts, way).toEqual(reference.results.counts);
        expect(ruleResults(output.results), way).toEqual(ruleResults(reference.results));
        expect(await collectedItems(output.resultsArf), way).toEqual(items);
      }
      const selectiveLog = ways.selectiveLog.join('\n');
      expect(ways.fullLog.join('\n')).toMatch(
        c.stream === 'SSG'
          ? /extract: every file: the content can read any file/
          : /extract: every file \(asked for\)/,
      );
      const scanLog = await readFile(join(ways.selective.outputDir, 'scan.log'), 'utf8');
      // The engine's /.dockerenv, not the image's, is left out of both exports.
      expect(scanLog).toMatch(/left out as the engine's, not the image's: 1 \(\/\.dockerenv\)/);
      if (c.stream === 'GPOS') {
        // The GPOS checks read nothing under /usr/bin or /usr/share: files are left out.
        expect(selectiveLog).toMatch(/extract: only what the data stream's checks can read/);
        expect(scanLog).toMatch(/only what the content reads: [1-9]\d* files left out/);
      }

      if (ways.validated) {
        // Every rule's result and every item; not the order of the reports' first items, which for SSG's
        // /var/log objects changes from one run to the next on the same tree (measured).
        expect(ways.validated.results.counts).toEqual(reference.results.counts);
        expect(ruleResults(ways.validated.results)).toEqual(ruleResults(reference.results));
        // Its ARF comes from oscap directly; the scans' went through the redaction every scan applies
        // (src/results/redact-document.ts): redacted alike, the items must be the same.
        const validatedArf = `${ways.validated.resultsArf}.redacted.xml`;
        const raw = await readFile(ways.validated.resultsArf, 'utf8');
        await writeFile(validatedArf, redactResultsDocument(raw, ways.validated.resultsArf).xml);
        expect(await collectedItems(validatedArf)).toEqual(items);
      }
    },
    20 * 60_000,
  );
});
