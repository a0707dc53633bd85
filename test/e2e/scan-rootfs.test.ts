/**
 * rootfs mode with the real engine and both scanner look-alikes: the targets users have (root, USER 65532 +
 * ENTRYPOINT, shell-less, multi-tag) scanned without starting them, rule for rule against the other modes
 * (only the rules oscap-docker is blind to differ: docs/scanning.md), the scanner's privileges read from
 * `docker inspect` while it runs, and nothing left behind.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResults } from '../../src/results/model.js';
import { readResultsFile } from '../../src/results/read.js';
import { execDockerRunner } from '../../src/scan/runner.js';
import { scanImage, type ScanOutput } from '../../src/scan/scan.js';
import { CLEAN_RESULTS } from '../support/paths.js';
import {
  acquireEngineLock,
  allContainers,
  containerChanges,
  labelledImages,
  requireEngine,
  testScanners,
  type ContainerRow,
} from './support/engine.js';
import { outputDir, PROFILE, recordingLogger, removeMadeDirs } from './support/fixtures.js';

const env = await requireEngine();

/**
 * The two rules whose OVAL definition (oval:org.LibraryPermissions:def:2) walks /usr/lib with
 * recurse_file_system="local": oscap-docker's container mode (and 1.3.7's image mode) reads the target
 * through /proc/<pid>/root, which oscap does not count as local, collects nothing and fails them on every
 * image; rootfs mode walks the extracted tree (docs/scanning.md, "Rules oscap-docker cannot see").
 */
const BLIND_RULES = [
  'xccdf_mil.disa.stig_rule_SV-203675r991560_rule',
  'xccdf_mil.disa.stig_rule_SV-203716r982210_rule',
];

function resultsById(results: ScanResults): Record<string, string> {
  return Object.fromEntries(results.rules.map((rule) => [rule.ruleId, rule.result]));
}

/** The rules whose result differs between two scans, as `rule: a → b`. */
function differences(a: ScanResults, b: ScanResults): string[] {
  const [left, right] = [resultsById(a), resultsById(b)];
  return [...new Set([...Object.keys(left), ...Object.keys(right)])]
    .filter((rule) => left[rule] !== right[rule])
    .sort()
    .map((rule) => `${rule}: ${left[rule]} → ${right[rule]}`);
}

/** `docker inspect` of a container, as far as the privilege checks need it. */
interface Inspected {
  HostConfig: {
    Binds: string[] | null;
    Mounts?: { Type: string; Source: string; Target: string; ReadOnly?: boolean }[] | null;
    PidMode: string;
    CapAdd: string[] | null;
    CapDrop: string[] | null;
    ReadonlyRootfs: boolean;
    SecurityOpt: string[] | null;
    NetworkMode: string;
    Privileged: boolean;
    Tmpfs: Record<string, string> | null;
  };
  Config: { User: string; Entrypoint: string[] | null };
  State: { Running: boolean };
}

describe.skipIf(!env).each(testScanners(env))('rootfs mode with the $name scanner', (scanner) => {
  let release: (() => Promise<void>) | undefined;
  let containersBefore: ContainerRow[];
  const outputs: Record<string, ScanOutput> = {};
  let inspected: Inspected | undefined;
  const cleanLog = recordingLogger();

  beforeAll(async () => {
    release = await acquireEngineLock();
    containersBefore = await allContainers();
    const scan = async (label: string, image: string, extra: { mode?: 'image' } = {}) => {
      outputs[label] = await scanImage(
        {
          image,
          scannerImage: scanner.image,
          profile: PROFILE,
          outputDir: await outputDir(`rootfs-${label}`),
          pull: 'missing',
          ...extra,
        },
        undefined,
        label === 'clean' ? cleanLog : undefined,
      );
    };
    // The clean scan is watched: while its scanner runs, its configuration is read from the engine.
    let inspecting: Promise<void> | undefined;
    const watched = (async () => {
      const log = cleanLog;
      const created = () =>
        log.lines.find((line) => /^info: create scanner: stig-gate-\w+-scanner$/.test(line));
      const scanning = scan('clean', env!.images.clean);
      while (!created()) await new Promise((resolve) => setTimeout(resolve, 20));
      const name = created()!.replace('info: create scanner: ', '');
      let done = false;
      inspecting = (async () => {
        // Polled from the moment its creation starts until it is seen running (or the scan is over).
        while (!done) {
          const result = await execDockerRunner()(['container', 'inspect', name]);
          if (result.exitCode === 0) {
            const [details] = JSON.parse(result.stdout) as Inspected[];
            inspected = details;
            if (details?.State.Running) return;
          }
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      await scanning.finally(() => {
        done = true;
      });
    })();
    await Promise.all([
      watched,
      scan('nonroot', env!.images.nonroot),
      scan('distroless', env!.images.distroless),
    ]);
    await inspecting;
    await Promise.all([
      scan('multitag', env!.images.multitag),
      scan('usrlib-nonroot', env!.images.usrlibNonroot),
      scan('clean-image-mode', env!.images.clean, { mode: 'image' }),
    ]);
  });
  afterAll(async () => {
    await removeMadeDirs();
    await release?.();
  });

  it('is the default (auto), recorded as rootfs in the output and scan.json', async () => {
    const clean = outputs.clean!;
    expect(clean.mode).toBe('rootfs');
    expect(clean.requestedMode).toBe('auto');
    const metadata = JSON.parse(await readFile(clean.metadata, 'utf8')) as Record<string, unknown>;
    expect(metadata).toMatchObject({ mode: 'rootfs', requestedMode: 'auto', oscapExitCode: 2 });
    expect(cleanLog.lines).toContainEqual(
      expect.stringMatching(/^info: run scanner: docker export stig-gate-/),
    );
  });

  it('completes on the clean root: 198 rules, fail 8 / pass 83 / notapplicable 107', () => {
    expect(outputs.clean!.results.rules).toHaveLength(198);
    expect(outputs.clean!.results.counts).toMatchObject({
      fail: 8,
      pass: 83,
      notapplicable: 107,
      error: 0,
      unknown: 0,
    });
  });

  it("differs from container mode's real sample only in the two rules oscap-docker cannot see", async () => {
    expect(differences(await readResultsFile(CLEAN_RESULTS), outputs.clean!.results)).toEqual(
      BLIND_RULES.map((rule) => `${rule}: fail → pass`),
    );
  });

  // OpenSCAP 1.4's image mode reads an exported copy and sees the tree too; 1.3.7's reads a running
  // container through /proc, as container mode does, and is blind to the same two rules.
  it(
    scanner.exportsImages
      ? "equals OpenSCAP 1.4's export-based image mode rule for rule"
      : "differs from 1.3.7's image mode only in the two rules oscap-docker cannot see",
    () => {
      expect(differences(outputs['clean-image-mode']!.results, outputs.clean!.results)).toEqual(
        scanner.exportsImages ? [] : BLIND_RULES.map((rule) => `${rule}: fail → pass`),
      );
    },
  );

  it("gives the clean root's results on the USER 65532 + ENTRYPOINT target and on the multi-tag image", () => {
    expect(differences(outputs.clean!.results, outputs.nonroot!.results)).toEqual([]);
    expect(differences(outputs.clean!.results, outputs.multitag!.results)).toEqual([]);
  });

  it('completes on the shell-less target (nothing to run: fail 13 / pass 78 / notapplicable 107)', () => {
    expect(outputs.distroless!.results.counts).toMatchObject({
      fail: 13,
      pass: 78,
      notapplicable: 107,
      error: 0,
    });
  });

  it('fails the /usr/lib ownership rules on a non-root file there, and the evidence names the file', async () => {
    expect(differences(outputs.clean!.results, outputs['usrlib-nonroot']!.results)).toEqual(
      BLIND_RULES.map((rule) => `${rule}: pass → fail`),
    );
    const arf = await readFile(outputs['usrlib-nonroot']!.resultsArf, 'utf8');
    expect(arf).toMatch(
      /<unix-sys:filepath>\/usr\/lib\/stig-gate\/owned-by-1000\.conf<\/unix-sys:filepath>[\s\S]{0,400}<unix-sys:user_id datatype="int">1000</,
    );
  });

  it('ran the scanner with no socket, no host PID namespace, no network, a read-only root and five capabilities', () => {
    expect(inspected, 'the scanner container was inspected while it existed').toBeDefined();
    expect(inspected!.State.Running, 'and while it ran').toBe(true);
    const host = inspected!.HostConfig;
    const mounts = [...(host.Binds ?? []), ...(host.Mounts ?? []).map((m) => `${m.Source}:${m.Target}`)];
    expect(mounts.filter((mount) => /docker\.sock/.test(mount))).toEqual([]);
    expect(host.PidMode).toBe('');
    // MKNOD: the image's devices are made as device nodes on the nodev tree, so a probe's open fails at once
    // instead of blocking on a FIFO stand-in (issue #25).
    expect([...(host.CapAdd ?? [])].map((c) => c.replace(/^CAP_/, '')).sort()).toEqual([
      'CHOWN',
      'DAC_OVERRIDE',
      'FOWNER',
      'FSETID',
      'MKNOD',
    ]);
    expect(host.CapDrop).toEqual(['ALL']);
    expect(host.ReadonlyRootfs).toBe(true);
    expect(host.SecurityOpt).toContain('no-new-privileges');
    expect(host.NetworkMode).toBe('none');
    expect(host.Privileged).toBe(false);
    expect(Object.keys(host.Tmpfs ?? {}).sort()).toEqual(['/stig-gate/tree', '/tmp']);
    expect(host.Tmpfs?.['/stig-gate/tree']).toMatch(/nosuid.*nodev.*noexec/);
    // The one writable mount is the output directory.
    expect((host.Mounts ?? []).filter((m) => !m.ReadOnly).map((m) => m.Target)).toEqual(['/stig-gate/out']);
    expect(inspected!.Config.User).toBe('0:0');
  });

  it('leaves no container, image or tree behind', async () => {
    const ids = Object.values(outputs).map((output) => output.scanId);
    // scripts/testenv builds images in containers named stig-gate-build-*: another test environment on
    // the same engine may be building while this file runs.
    const changes = await containerChanges(containersBefore, ids);
    expect(changes.filter((change) => !/^(appeared|vanished): stig-gate-build-/.test(change))).toEqual([]);
    expect(await labelledImages(ids)).toEqual([]);
  });
});
