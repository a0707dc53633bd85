/** rootfs mode's command lines and messages, without an engine (the real runs are in test/e2e/). */
import { describe, expect, it } from 'vitest';
import { scanNames } from '../../src/scan/commands.js';
import { describeScannerFailure } from '../../src/scan/diagnose.js';
import {
  createRootfsScannerArgs,
  exportTargetArgs,
  parseTargetEnv,
  ROOTFS_CAPABILITIES,
  rootfsOscapArgs,
  startRootfsScannerArgs,
  targetEnvArgs,
  treeTmpfs,
} from '../../src/scan/rootfs.js';
import { ROOTFS_EXTRACT_PY } from '../../src/scan/rootfs-script.js';

const names = scanNames('0123456789ab');
const plan = {
  profile: 'xccdf_basic_profile_.check',
  outputDir: '/work/out',
  rootfsMaxBytes: 1024 * 1024 * 1024,
  limits: { memoryMb: 4096, pids: 1024, cpuShares: 512 },
};

/** The value after each occurrence of `flag`. */
function values(args: string[], flag: string): string[] {
  return args.flatMap((arg, i) => (arg === flag ? [args[i + 1]!] : []));
}

describe('rootfs command lines', () => {
  const args = createRootfsScannerArgs(plan, names, 'scanner:1', 'app:1');

  it('give the scanner no socket, no host PID namespace, no network, a read-only root, five capabilities and limits', () => {
    expect(args.join(' ')).not.toMatch(/docker\.sock|--pid[ =]|--privileged/);
    expect(values(args, '--network')).toEqual(['none']);
    expect(args).toContain('--read-only');
    expect(values(args, '--memory')).toEqual(['4096m']);
    expect(values(args, '--memory-swap')).toEqual(['4096m']);
    expect(values(args, '--pids-limit')).toEqual(['1024']);
    expect(values(args, '--cpu-shares')).toEqual(['512']);
    expect(values(args, '--cap-drop')).toEqual(['ALL']);
    expect(values(args, '--cap-add')).toEqual([...ROOTFS_CAPABILITIES]);
    expect(values(args, '--security-opt')).toEqual(['no-new-privileges']);
    // OpenSCAP's debug self-checks make the /usr/lib rules quadratic in the files they see.
    // The stream is docker export's: the program leaves out the engine's /.dockerenv (not a disk's).
    expect(values(args, '--env')).toEqual(['SEXP_VALIDATE_DISABLE=1', 'STIG_GATE_ENGINE_EXPORT=1']);
    expect(
      values(
        createRootfsScannerArgs({ ...plan, disk: '/work/vm.qcow2' }, names, 'scanner:1', 'vm.qcow2'),
        '--env',
      ),
    ).toEqual(['SEXP_VALIDATE_DISABLE=1']);
    expect(values(args, '--user')).toEqual(['0:0']);
    expect(values(args, '--mount')).toEqual(['type=bind,source=/work/out,target=/stig-gate/out']);
    expect(values(args, '--tmpfs')).toEqual([
      '/stig-gate/tree:rw,nosuid,nodev,noexec,noatime,size=1088m,mode=0755',
      '/tmp:rw,nosuid,nodev,size=64m,mode=1777',
    ]);
  });

  it('pass the program as one argument and everything that varies as further ones', () => {
    const program = args.indexOf('-c');
    expect(args.slice(args.indexOf('scanner:1'), program + 1)).toEqual(['scanner:1', '-I', '-c']);
    expect(args[program + 1]).toBe(ROOTFS_EXTRACT_PY);
    expect(args.slice(program + 2, program + 6)).toEqual([
      '/stig-gate/tree',
      String(1024 * 1024 * 1024),
      // The image's environment comes on standard input (rootfsStdinHeader), never on the command line.
      'stdin',
      'app:1',
    ]);
    expect(args.slice(program + 6)).toEqual(rootfsOscapArgs(plan));
    expect(values(args, '--entrypoint')).toEqual(['python3']);
    expect(args).toContain('--interactive');
  });

  it('mount a workspace data stream and tailoring file read-only and point oscap at them', () => {
    const withInputs = { ...plan, datastream: '/ws/ds.xml', tailoringFile: '/ws/t,1.xml' };
    const more = createRootfsScannerArgs(withInputs, names, 'scanner:1', 'app:1');
    expect(values(more, '--mount').slice(1)).toEqual([
      'type=bind,source=/ws/ds.xml,target=/stig-gate/in/datastream/ds.xml,readonly',
      'type=bind,"source=/ws/t,1.xml","target=/stig-gate/in/tailoring/t,1.xml",readonly',
    ]);
    expect(rootfsOscapArgs(withInputs)).toEqual([
      'oscap',
      'xccdf',
      'eval',
      '--verbose',
      'INFO',
      '--verbose-log-file',
      '/dev/stderr',
      '--profile',
      'xccdf_basic_profile_.check',
      '--tailoring-file',
      '/stig-gate/in/tailoring/t,1.xml',
      '--results',
      '/stig-gate/out/results.xml',
      '--results-arf',
      '/stig-gate/out/results-arf.xml',
      '--report',
      '/stig-gate/out/report.html',
      '/stig-gate/in/datastream/ds.xml',
    ]);
  });

  it('read the target with docker export and its environment from the unstarted container', () => {
    expect(exportTargetArgs(names)).toEqual(['export', 'stig-gate-0123456789ab-source']);
    expect(startRootfsScannerArgs(names)).toEqual([
      'start',
      '--attach',
      '--interactive',
      'stig-gate-0123456789ab-scanner',
    ]);
    expect(targetEnvArgs(names)).toEqual([
      'container',
      'inspect',
      '--format',
      '{{json .Config.Env}}',
      'stig-gate-0123456789ab-source',
    ]);
    expect(parseTargetEnv('["PATH=/bin","X=1"]\n')).toEqual(['PATH=/bin', 'X=1']);
    expect(parseTargetEnv('null\n')).toEqual([]);
    expect(() => parseTargetEnv('{"a":1}')).toThrow(/no environment list/);
  });

  it('size the tree tmpfs at the limit plus room for metadata', () => {
    expect(treeTmpfs(8192 * 1024 * 1024)).toBe(
      '/stig-gate/tree:rw,nosuid,nodev,noexec,noatime,size=8256m,mode=0755',
    );
  });
});

describe('rootfs failures, in words a user can act on', () => {
  const ending = {
    scannerImage: 'scanner:1',
    image: 'app:1',
    mode: 'rootfs' as const,
    logFile: '/out/scan.log',
  };
  it.each([
    [
      1,
      { exitCode: 127, startError: 'exec: "python3": executable file not found in $PATH', output: '' },
      'the scanner image scanner:1 has no python3, which rootfs mode runs',
    ],
    [
      2,
      {
        exitCode: 4,
        output:
          "stig-gate-rootfs: error: the image's files are larger than the limit for the extracted tree, 8 MiB",
      },
      "the image's files are larger than the limit for the extracted tree, 8 MiB. Raise the limit (rootfs-max-mb / --rootfs-max-mb",
    ],
    [
      3,
      {
        exitCode: 3,
        output: "stig-gate-rootfs: error: refused a tar entry: entry '../x' leads out of the tree ('..')",
      },
      "app:1's file system has an entry that could write outside the extracted tree, so it was not scanned: refused a tar entry: entry '../x'",
    ],
    [
      4,
      {
        exitCode: 5,
        output: "stig-gate-rootfs: error: cannot extract the image's files: unexpected end of data",
        source: { exitCode: 1, stderr: 'Error response from daemon: No such container: x\n', stopped: false },
      },
      'docker export of app:1 failed, so its files were not scanned: Error response from daemon: No such container: x',
    ],
    [
      5,
      {
        exitCode: 5,
        output: "stig-gate-rootfs: error: cannot extract the image's files: [Errno 28] No space left",
      },
      "the image's files could not be extracted in the scanner: cannot extract the image's files: [Errno 28] No space left",
    ],
    [
      5.5,
      {
        exitCode: 3,
        output: "stig-gate-rootfs: error: refused a tar entry: entry '../x' leads out of the tree ('..')",
        // The export, cut off when the scanner stopped reading, is not the cause.
        source: { exitCode: -1, stderr: '', stopped: true },
      },
      "app:1's file system has an entry that could write outside the extracted tree",
    ],
    [
      6,
      { exitCode: 1, output: 'OpenSCAP Error: no such profile' },
      'oscap reported an error (exit 1), so there are no complete results',
    ],
  ])('%i. %j', (_n, run, message) => {
    expect(describeScannerFailure({ ...ending, ...run })).toContain(message);
  });
});
