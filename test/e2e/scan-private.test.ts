/**
 * A private registry (htpasswd basic auth on 127.0.0.1:5001): the pull works with credentials, fails clearly
 * without, and the password appears in no output, no file, no command line and no docker config of the user.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execDockerRunner, type DockerRunner } from '../../src/scan/runner.js';
import { scanImage } from '../../src/scan/scan.js';
import { cli } from '../support/run-cli.js';
import { CLEAN_RESULTS } from '../support/paths.js';
import { acquireEngineLock, allContainers, containerChanges, requireEngine } from './support/engine.js';
import { outputDir, recordingLogger, scanErrorOf, removeMadeDirs } from './support/fixtures.js';

const env = await requireEngine();

/** The real docker runner, recording each command's arguments and standard input. */
function recordingRunner(): DockerRunner & { calls: { args: readonly string[]; input?: string }[] } {
  const real = execDockerRunner();
  const calls: { args: readonly string[]; input?: string }[] = [];
  const runner = async (args: readonly string[], options?: Parameters<DockerRunner>[1]) => {
    calls.push({ args, ...(options?.input && { input: options.input.toString('utf8') }) });
    return real(args, options);
  };
  return Object.assign(runner, { calls });
}

/** Every file under `dir`, as text. */
async function allText(dir: string): Promise<string> {
  const names = await readdir(dir, { recursive: true });
  const texts = await Promise.all(names.map((name) => readFile(join(dir, name), 'utf8').catch(() => '')));
  return texts.join('\n');
}

async function leftoverDockerConfigs(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith('stig-gate-docker-config-'));
}

describe.skipIf(!env)('a private registry with a real engine', () => {
  let release: (() => Promise<void>) | undefined;
  let userDockerConfigBefore: string;
  beforeAll(async () => {
    release = await acquireEngineLock();
    // The private image must really be pulled with the credentials, not found locally.
    await execDockerRunner()(['image', 'rm', '--force', env!.images.private]);
    userDockerConfigBefore = await readFile(join(homedir(), '.docker', 'config.json'), 'utf8').catch(
      () => 'absent',
    );
  });
  afterAll(async () => {
    await removeMadeDirs();
    await release?.();
  });

  it('pulls with credentials, and the password reaches docker only on standard input', async () => {
    const before = await allContainers();
    const configsBefore = await leftoverDockerConfigs();
    const docker = recordingRunner();
    const log = recordingLogger();
    const dir = await outputDir('private');
    const output = await scanImage(
      {
        image: env!.images.private,
        scannerImage: env!.images.scanner,
        outputDir: dir,
        registry: { server: env!.authRegistry, username: env!.authUser, password: env!.authPassword },
      },
      docker,
      log,
    );
    // The default mode (rootfs) on the clean root: the /usr/lib rules pass (docs/scanning.md).
    expect(output.results.counts).toMatchObject({ fail: 8, pass: 83, notapplicable: 107 });
    expect(output.targetDigest).toMatch(
      new RegExp(`^${env!.authRegistry.replaceAll('.', '\\.')}/stig-gate/private@sha256:`),
    );
    const login = docker.calls.find((call) => call.args.includes('login'));
    expect(login?.args).toContain('--password-stdin');
    expect(login?.input).toBe(env!.authPassword);
    for (const call of docker.calls) expect(call.args.join(' ')).not.toContain(env!.authPassword);
    expect(docker.calls.some((call) => call.args.includes('logout'))).toBe(true);
    expect(log.lines.join('\n')).not.toContain(env!.authPassword);
    expect(await allText(dir)).not.toContain(env!.authPassword);
    expect(await leftoverDockerConfigs()).toEqual(configsBefore);
    expect(await containerChanges(before, [output.scanId])).toEqual([]);
  });

  it('fails clearly without credentials', async () => {
    await execDockerRunner()(['image', 'rm', '--force', env!.images.private]);
    const error = await scanErrorOf(
      scanImage({
        image: env!.images.private,
        scannerImage: env!.images.scanner,
        outputDir: await outputDir('anon'),
      }),
    );
    expect(error.step).toBe('pull target');
    expect(error.message).toContain(`cannot pull ${env!.images.private}`);
    expect(error.message).toContain('The registry wants credentials');
  });

  it('fails clearly with a wrong password, and does not print it', async () => {
    const wrong = 'not-the-password-8d1f0c';
    const log = recordingLogger();
    const error = await scanErrorOf(
      scanImage(
        {
          image: env!.images.private,
          scannerImage: env!.images.scanner,
          outputDir: await outputDir('wrong'),
          registry: { server: env!.authRegistry, username: env!.authUser, password: wrong },
        },
        undefined,
        log,
      ),
    );
    expect(error.step).toBe('log in to registry');
    expect(error.message).toContain(`cannot log in to ${env!.authRegistry} as ${env!.authUser}`);
    expect(`${error.message}\n${log.lines.join('\n')}`).not.toContain(wrong);
  });

  it('the CLI takes the password from a file or STIG_GATE_REGISTRY_PASSWORD and never prints it', async () => {
    const secretDir = await outputDir('secret');
    const passwordFile = join(secretDir, 'password');
    await writeFile(passwordFile, `${env!.authPassword}\n`, { mode: 0o600 });
    const dir = await outputDir('private-cli');
    const common = ['scan', '--image', env!.images.private, '--scanner-image', env!.images.scanner];
    const gate = ['--baseline', CLEAN_RESULTS, '--registry-username', env!.authUser];
    const fromFile = await cli(
      ...common,
      '--output-dir',
      dir,
      ...gate,
      '--registry-password-file',
      passwordFile,
    );
    expect(fromFile.stderr).toContain(`log in to registry: ${env!.authRegistry} as ${env!.authUser}`);
    expect(fromFile.code).toBe(0);

    process.env.STIG_GATE_REGISTRY_PASSWORD = env!.authPassword;
    let fromEnv;
    try {
      fromEnv = await cli(...common, '--output-dir', await outputDir('private-env'), ...gate);
    } finally {
      delete process.env.STIG_GATE_REGISTRY_PASSWORD;
    }
    expect(fromEnv.code).toBe(0);
    for (const run of [fromFile, fromEnv])
      expect(`${run.stdout}${run.stderr}`).not.toContain(env!.authPassword);
    expect(await allText(dir)).not.toContain(env!.authPassword);
    const userDockerConfig = await readFile(join(homedir(), '.docker', 'config.json'), 'utf8').catch(
      () => 'absent',
    );
    expect(userDockerConfig).toBe(userDockerConfigBefore);
  });
});
