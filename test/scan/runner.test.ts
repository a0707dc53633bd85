import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execDockerRunner, findOnPath } from '../../src/scan/runner.js';

let root: string;
const dir = (name: string) => join(root, name);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'stig-gate-path-'));
  for (const name of ['plain', 'folder', 'first', 'second', 'empty']) await mkdir(dir(name));
  await writeFile(join(dir('plain'), 'docker'), '#!/bin/sh\n'); // not executable
  await mkdir(join(dir('folder'), 'docker')); // a directory, not a file
  for (const name of ['first', 'second']) {
    await writeFile(join(dir(name), 'docker'), '#!/bin/sh\n');
    await chmod(join(dir(name), 'docker'), 0o755);
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('findOnPath: docker as a shell finds it', () => {
  it('skips a file that is not executable and a directory of that name, and takes the first in PATH order', () => {
    const path = ['', dir('empty'), dir('plain'), dir('folder'), dir('first'), dir('second')].join(delimiter);
    expect(findOnPath('docker', path)).toBe(join(dir('first'), 'docker'));
  });

  it('is undefined when no entry has it, and for an empty PATH', () => {
    expect(
      findOnPath('docker', [dir('empty'), dir('plain'), '/nonexistent'].join(delimiter)),
    ).toBeUndefined();
    expect(findOnPath('docker', '')).toBeUndefined();
  });

  it("a runner without docker on PATH fails each command as the user's problem, naming PATH", async () => {
    const docker = execDockerRunner(undefined, { PATH: dir('plain') });
    await expect(docker(['version'])).rejects.toThrow(/docker CLI is not on PATH/);
  });
});
