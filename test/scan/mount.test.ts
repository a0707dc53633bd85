/** mount mode's command lines and its reading of the engine, without an engine (real runs: test/e2e/scan-mount). */
import { describe, expect, it } from 'vitest';
import { scanNames } from '../../src/scan/commands.js';
import {
  createMountScannerArgs,
  engineInfoArgs,
  imageMount,
  imageMountSupport,
  inspectMountTargetArgs,
  MOUNT_CAPABILITY,
  MOUNT_ENV_PY,
  parseMountTarget,
} from '../../src/scan/mount.js';

const names = scanNames('0123456789ab');
const id = `sha256:${'a'.repeat(64)}`;
const target = { info: { id, repoTags: ['app:1'], repoDigests: [] }, env: ['PATH=/usr/bin', 'A=b c'] };

function values(args: string[], flag: string): string[] {
  return args.flatMap((arg, i) => (arg === flag ? [args[i + 1]!] : []));
}

describe('the engine’s answer about image mounts', () => {
  const info = (version: string, status: unknown) => JSON.stringify({ version, driverStatus: status });

  it('asks with one docker info', () => {
    expect(engineInfoArgs()[0]).toBe('info');
  });

  it('is yes for Engine 28 or later with the containerd image store', () => {
    for (const version of ['28.5.2+dfsg4', '28.0.0', '29.1.0']) {
      const support = imageMountSupport(info(version, [['driver-type', 'io.containerd.snapshotter.v1']]));
      expect(support.supported).toBe(true);
      expect(support.reason).toContain(version);
    }
  });

  it('is no for an older engine, and says which version and what it needs', () => {
    const support = imageMountSupport(info('20.10.24+dfsg1', [['Backing Filesystem', 'extfs']]));
    expect(support).toEqual({
      supported: false,
      reason: expect.stringMatching(/^Docker Engine 20\.10\.24\+dfsg1 has no image mounts .*Engine 28/),
    });
  });

  it('is no for Engine 28 on a classic graph driver (GitHub’s ubuntu-24.04 runner), naming the switch', () => {
    const support = imageMountSupport(
      info('28.0.4', [
        ['Backing Filesystem', 'extfs'],
        ['Supports d_type', 'true'],
      ]),
    );
    expect(support.supported).toBe(false);
    expect(support.reason).toMatch(/does not use the containerd image store.*containerd-snapshotter/);
  });

  it('is no, with the answer shown, when the answer cannot be read', () => {
    expect(imageMountSupport('garbage')).toEqual({
      supported: false,
      reason: expect.stringContaining('garbage'),
    });
    expect(imageMountSupport(info('unknown', null)).supported).toBe(false);
  });
});

describe('mount command lines', () => {
  const args = createMountScannerArgs(
    {
      profile: 'xccdf_basic_profile_.check',
      outputDir: '/work/out',
      limits: { memoryMb: 4096, pids: 1024, cpuShares: 512 },
    },
    names,
    'scanner:1',
    target,
    'app:1',
  );

  it('mounts the image by its id, read-only, where OSCAP_PROBE_ROOT points', () => {
    expect(values(args, '--mount')).toContain(`type=image,source=${id},target=/stig-gate/tree,readonly`);
    expect(imageMount(id)).toMatch(/,readonly$/);
    expect(values(args, '--env')).toContain('OSCAP_PROBE_ROOT=/stig-gate/tree');
  });

  it('keeps one capability, drops the rest, and has no socket, no host PID, no network, a read-only root', () => {
    expect(values(args, '--cap-drop')).toEqual(['ALL']);
    expect(values(args, '--cap-add')).toEqual([MOUNT_CAPABILITY]);
    expect(MOUNT_CAPABILITY).toBe('DAC_READ_SEARCH');
    expect(values(args, '--network')).toEqual(['none']);
    expect(args).toContain('--read-only');
    expect(values(args, '--security-opt')).toEqual(['no-new-privileges']);
    expect(args).not.toContain('--pid');
    expect(args.join(' ')).not.toMatch(/docker\.sock/);
    expect(values(args, '--tmpfs').map((t) => t.split(':')[0])).toEqual(['/tmp']);
  });

  it('runs oscap with validation off, and the image’s environment on stdin, never on the command line', () => {
    const env = values(args, '--env');
    expect(env).toContain('SEXP_VALIDATE_DISABLE=1');
    expect(env).toContain('OSCAP_EVALUATION_TARGET=app:1');
    expect(env.some((entry) => entry.startsWith('OSCAP_CONTAINER_VARS='))).toBe(false);
    expect(args.join('\n')).not.toContain('A=b c');
    expect(args).toContain('--interactive');
    expect(values(args, '--entrypoint')).toEqual(['python3']);
    const program = args.indexOf(MOUNT_ENV_PY);
    expect(args.slice(args.indexOf('scanner:1') + 1, program)).toEqual(['-I', '-c']);
    expect(args.slice(program + 1, program + 4)).toEqual(['oscap', 'xccdf', 'eval']);
  });

  it('bounds the scanner by its memory, pids and CPU limits', () => {
    expect(values(args, '--memory')).toEqual(['4096m']);
    expect(values(args, '--memory-swap')).toEqual(['4096m']);
    expect(values(args, '--pids-limit')).toEqual(['1024']);
    expect(values(args, '--cpu-shares')).toEqual(['512']);
  });

  it('reads the target’s id, tags and environment from one inspect', () => {
    expect(inspectMountTargetArgs('app:1').slice(0, 2)).toEqual(['image', 'inspect']);
    const line = JSON.stringify({ id, repoTags: ['app:1'], repoDigests: null, env: ['A=1'] });
    expect(parseMountTarget(line)).toEqual({
      info: { id, repoTags: ['app:1'], repoDigests: [] },
      env: ['A=1'],
    });
    expect(parseMountTarget(JSON.stringify({ id, repoTags: [], repoDigests: [], env: null })).env).toEqual(
      [],
    );
    expect(() => parseMountTarget(JSON.stringify({ id, env: [1] }))).toThrow(/no environment list/);
  });
});
