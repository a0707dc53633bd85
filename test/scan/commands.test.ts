import { describe, expect, it } from 'vitest';
import {
  bindMount,
  commitTargetArgs,
  containerImageArgs,
  createScannerArgs,
  createSourceArgs,
  inspectImageArgs,
  oscapDockerArgs,
  scanNames,
  scannerStateArgs,
  startScannerArgs,
  startTargetArgs,
} from '../../src/scan/commands.js';
import { SCANNER_DATASTREAM, type ScanPlan } from '../../src/scan/options.js';

const names = scanNames('0123456789ab');
const plan: ScanPlan = {
  image: 'ghcr.io/acme/app:1',
  scannerImage: 'cgr.dev/chainguard/openscap:latest-dev',
  mode: 'container',
  requestedMode: 'container',
  rootfsMaxBytes: 1024 * 1024 * 1024,
  limits: { memoryMb: 4096, pids: 1024, cpuShares: 512 },
  profile: 'xccdf_basic_profile_.check',
  timeoutMs: 60_000,
  outputDir: '/work/out',
  dockerHost: 'unix:///var/run/docker.sock',
  socketPath: '/var/run/docker.sock',
  pull: 'always',
};

describe('scan names', () => {
  it('are unique per scan id and carry the label', () => {
    expect(names).toEqual({
      id: '0123456789ab',
      label: 'stig-gate.scan=0123456789ab',
      target: 'stig-gate-0123456789ab-target',
      scanner: 'stig-gate-0123456789ab-scanner',
      source: 'stig-gate-0123456789ab-source',
      labelledImage: 'stig-gate-scan-0123456789ab:target',
    });
  });
});

describe('container mode, the documented recipe', () => {
  it('starts the target, labelled, with no network, kept alive by tail -f /dev/null', () => {
    expect(startTargetArgs(names, 'ghcr.io/acme/app:1')).toEqual([
      'run',
      '--detach',
      '--pull=never',
      '--name',
      'stig-gate-0123456789ab-target',
      '--label',
      'stig-gate.scan=0123456789ab',
      '--network',
      'none',
      '--entrypoint',
      'tail',
      'ghcr.io/acme/app:1',
      '-f',
      '/dev/null',
    ]);
  });

  it('creates oscap-docker with the socket, the host PID namespace, root with SYS_PTRACE, no network and the output mounted', () => {
    expect(createScannerArgs(plan, names, plan.scannerImage, names.target)).toEqual([
      'create',
      '--pull=never',
      '--name',
      'stig-gate-0123456789ab-scanner',
      '--label',
      'stig-gate.scan=0123456789ab',
      '--network',
      'none',
      '--pid',
      'host',
      '--user',
      '0:0',
      '--cap-add',
      'SYS_PTRACE',
      '--memory',
      '4096m',
      '--memory-swap',
      '4096m',
      '--pids-limit',
      '1024',
      '--cpu-shares',
      '512',
      '--env',
      'PYTHONUNBUFFERED=1',
      '--env',
      'SEXP_VALIDATE_DISABLE=1',
      '--mount',
      'type=bind,source=/var/run/docker.sock,target=/var/run/docker.sock',
      '--mount',
      'type=bind,source=/work/out,target=/stig-gate/out',
      '--entrypoint',
      'oscap-docker',
      'cgr.dev/chainguard/openscap:latest-dev',
      'container',
      'stig-gate-0123456789ab-target',
      'xccdf',
      'eval',
      '--profile',
      'xccdf_basic_profile_.check',
      '--results',
      '/stig-gate/out/results.xml',
      '--results-arf',
      '/stig-gate/out/results-arf.xml',
      '--report',
      '/stig-gate/out/report.html',
      SCANNER_DATASTREAM,
    ]);
  });

  it('then starts it attached, and reads its state and both images by container name', () => {
    expect(startScannerArgs(names)).toEqual(['start', '--attach', 'stig-gate-0123456789ab-scanner']);
    expect(scannerStateArgs(names)).toEqual([
      'container',
      'inspect',
      '--format',
      '{{json .State}}',
      'stig-gate-0123456789ab-scanner',
    ]);
    expect(containerImageArgs([names.target, names.scanner])).toEqual([
      'container',
      'inspect',
      '--format',
      '{{json .Image}}',
      'stig-gate-0123456789ab-target',
      'stig-gate-0123456789ab-scanner',
    ]);
    expect(inspectImageArgs('sha256:a', 'sha256:b').slice(-2)).toEqual(['sha256:a', 'sha256:b']);
  });
});

describe('image mode with workspace inputs', () => {
  const withInputs: ScanPlan = {
    ...plan,
    mode: 'image',
    datastream: '/ws/content/my ds.xml',
    tailoringFile: '/ws/tailoring.xml',
    socketPath: '/run/user/0/docker.sock',
  };

  it('mounts the data stream and the tailoring file read-only and passes their paths inside', () => {
    const args = createScannerArgs(withInputs, names, 'scanner:1', names.labelledImage);
    expect(args).toContain(
      'type=bind,source=/ws/content/my ds.xml,target=/stig-gate/in/datastream/my ds.xml,readonly',
    );
    expect(args).toContain(
      'type=bind,source=/ws/tailoring.xml,target=/stig-gate/in/tailoring/tailoring.xml,readonly',
    );
    expect(args).toContain('type=bind,source=/run/user/0/docker.sock,target=/var/run/docker.sock');
    // oscap-docker 1.3.8+ reads an export there, with no process to look into: no capability is added.
    expect(args).not.toContain('--cap-add');
    expect(oscapDockerArgs(withInputs, names.labelledImage)).toEqual([
      'image',
      'stig-gate-scan-0123456789ab:target',
      'xccdf',
      'eval',
      '--profile',
      'xccdf_basic_profile_.check',
      '--tailoring-file',
      '/stig-gate/in/tailoring/tailoring.xml',
      '--results',
      '/stig-gate/out/results.xml',
      '--results-arf',
      '/stig-gate/out/results-arf.xml',
      '--report',
      '/stig-gate/out/report.html',
      '/stig-gate/in/datastream/my ds.xml',
    ]);
  });

  it('creates the unstarted source, with a placeholder command only when asked (an image with none)', () => {
    expect(createSourceArgs(names, 'sha256:t', false)).toEqual([
      'create',
      '--pull=never',
      '--name',
      'stig-gate-0123456789ab-source',
      '--label',
      'stig-gate.scan=0123456789ab',
      '--network',
      'none',
      'sha256:t',
    ]);
    expect(createSourceArgs(names, 'sha256:t', true).at(-1)).toBe('true');
    expect(commitTargetArgs(names)).toEqual([
      'commit',
      'stig-gate-0123456789ab-source',
      'stig-gate-scan-0123456789ab:target',
    ]);
  });
});

describe('bindMount', () => {
  it.each([
    [1, '/a/b', '/in', false, 'type=bind,source=/a/b,target=/in'],
    [2, '/a/b', '/in', true, 'type=bind,source=/a/b,target=/in,readonly'],
    [3, '/a,b/c', '/in', true, 'type=bind,"source=/a,b/c",target=/in,readonly'],
    [4, '/a"b', '/in', false, 'type=bind,"source=/a""b",target=/in'],
    [5, '/a:b', '/in', false, 'type=bind,source=/a:b,target=/in'],
  ])('%i. %s → %s', (_n, source, target, readonly, value) => {
    expect(bindMount(source, target, readonly)).toBe(value);
  });
});

describe('arguments stay arguments', () => {
  it('passes hostile-looking values as single array elements, never joined for a shell', () => {
    const hostile = { ...plan, profile: 'x; rm -rf / $(id)', outputDir: '/tmp/out dir' };
    const args = createScannerArgs(hostile, names, 'scanner:1', names.target);
    expect(args).toContain('x; rm -rf / $(id)');
    expect(args).toContain('type=bind,source=/tmp/out dir,target=/stig-gate/out');
    expect(inspectImageArgs('a/b:c').at(-1)).toBe('a/b:c');
  });
});
