import { describe, expect, it } from 'vitest';
import {
  chooseExtraction,
  REACH_ENV,
  reachSpec,
  scannerDatastreamArgs,
} from '../../src/scan/rootfs-reach.js';
import { createRootfsScannerArgs } from '../../src/scan/rootfs.js';
import { scanNames } from '../../src/scan/commands.js';
import type { DockerRunner } from '../../src/scan/runner.js';
import { DATASTREAM } from '../support/paths.js';

describe('reachSpec', () => {
  it('gives the program tree-relative paths, and nothing when the content reaches everything', () => {
    const regions = [
      { path: '/usr/lib', depth: 'tree', read: 'metadata', why: 'a' },
      { path: '/', depth: 'tree', read: 'metadata', why: 'b' },
    ] as const;
    expect(reachSpec({ regions: [...regions], everything: false })).toBe(
      '[["usr/lib","tree","metadata"],["","tree","metadata"]]',
    );
    expect(reachSpec({ regions: [{ ...regions[1], read: 'data' }], everything: true })).toBeUndefined();
  });
});

describe('chooseExtraction', () => {
  const plan = { scannerImage: 'scanner:1', datastream: DATASTREAM };
  const noDocker: DockerRunner = () => Promise.reject(new Error('docker must not run'));

  it('reads a workspace data stream itself and is selective for GPOS', async () => {
    const choice = await chooseExtraction(plan, noDocker, 'label=x');
    expect(choice.note).toMatch(/^only what the data stream's checks can read \(\d+ places\)$/);
    expect(JSON.parse(choice.spec!)).toContainEqual(['usr/lib', 'tree', 'metadata']);
  });

  it('extracts every file when asked, or when the data stream cannot be read or analysed', async () => {
    expect(await chooseExtraction({ ...plan, rootfsExtractAll: true }, noDocker, 'l')).toEqual({
      note: 'every file (asked for)',
    });
    const broken: DockerRunner = () =>
      Promise.resolve({ exitCode: 1, stdout: '', stderr: 'no such file' } as Awaited<
        ReturnType<DockerRunner>
      >);
    const unreadable = await chooseExtraction({ scannerImage: 'scanner:1' }, broken, 'l');
    expect(unreadable).toEqual({
      note: "every file: the scanner's data stream could not be read (no such file)",
    });
    const garbage: DockerRunner = () =>
      Promise.resolve({ exitCode: 0, stdout: '<a><b></a>', stderr: '' } as Awaited<ReturnType<DockerRunner>>);
    const notXml = await chooseExtraction({ scannerImage: 'scanner:1' }, garbage, 'l');
    expect(notXml.spec).toBeUndefined();
    expect(notXml.note).toMatch(/^every file: the data stream could not be analysed/);
  });

  it("prints the scanner's own data stream from a container without network or capability, labelled", () => {
    const args = scannerDatastreamArgs('scanner:1', 'stig-gate.scan=1');
    expect(args.slice(0, 5)).toEqual(['run', '--rm', '--pull=never', '--label', 'stig-gate.scan=1']);
    expect(args).toEqual(expect.arrayContaining(['--network', 'none', '--cap-drop', 'ALL', '--read-only']));
  });
});

describe('createRootfsScannerArgs with a reach', () => {
  it('gives the program its reach in the environment, and none without one', () => {
    const plan = {
      profile: 'p',
      outputDir: '/out',
      rootfsMaxBytes: 1 << 20,
      limits: { memoryMb: 4096, pids: 1024, cpuShares: 512 },
    };
    const names = scanNames('abc');
    const withReach = createRootfsScannerArgs(plan, names, 'scanner:1', 't', undefined, '[]');
    expect(withReach).toContain(`${REACH_ENV}=[]`);
    const without = createRootfsScannerArgs(plan, names, 'scanner:1', 't');
    expect(without.some((arg) => arg.startsWith(`${REACH_ENV}=`))).toBe(false);
  });
});
