/**
 * The Docker test environment (scripts/testenv/up.sh) as the action's scan tests see it: the images it
 * pushed to the local registry, and whether an engine answers. Tests that need it fail with a message
 * saying how to get one; only STIG_GATE_SKIP_DOCKER_TESTS=1 turns them off, loudly.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const STATE_DIR = process.env.STIG_GATE_STATE ?? '/run/stig-gate-testenv';

/** The `export NAME=value` lines of up.sh's env file, for runs that did not source it (plain `npx vitest`). */
function envFile(): Record<string, string> {
  try {
    const text = readFileSync(join(STATE_DIR, 'env'), 'utf8');
    return Object.fromEntries(
      [...text.matchAll(/^export ([A-Z0-9_]+)=(.*)$/gm)].map(([, name, value]) => [
        name!,
        value!.replace(/^'(.*)'$/, '$1'),
      ]),
    );
  } catch {
    return {};
  }
}

const fromFile = envFile();
const setting = (name: string): string | undefined => process.env[name] ?? fromFile[name];

export const TEST_IMAGES = {
  clean: setting('STIG_GATE_TEST_IMAGE_CLEAN') ?? '127.0.0.1:5000/stig-gate/target:clean',
  remoteAccess:
    setting('STIG_GATE_TEST_IMAGE_REMOTE_ACCESS') ?? '127.0.0.1:5000/stig-gate/target:remote-access',
  shadowUnlocked:
    setting('STIG_GATE_TEST_IMAGE_SHADOW_UNLOCKED') ?? '127.0.0.1:5000/stig-gate/target:shadow-unlocked',
  scanner: setting('STIG_GATE_TEST_IMAGE_SCANNER') ?? '127.0.0.1:5000/stig-gate/openscap:latest',
  scannerWithoutOscapDocker:
    setting('STIG_GATE_TEST_IMAGE_SCANNER_NO_OSCAP_DOCKER') ??
    '127.0.0.1:5000/stig-gate/openscap:no-oscap-docker',
  registry: setting('STIG_GATE_TEST_REGISTRY') ?? '127.0.0.1:5000',
};

/** True when the suite was told to skip Docker tests; they are then skipped with a loud message. */
export const SKIP_DOCKER = process.env.STIG_GATE_SKIP_DOCKER_TESTS === '1';

/** Throws a message saying how to get an engine when `docker version` does not answer. */
export function requireDocker(): void {
  try {
    execFileSync('docker', ['version', '--format', '{{.Server.Version}}'], {
      stdio: 'pipe',
      timeout: 20_000,
    });
  } catch (error) {
    throw new Error(
      `No Docker engine answers (${(error as Error).message.split('\n', 1)[0]}). Run scripts/testenv/up.sh (or npm test) ` +
        'to provide one, or set STIG_GATE_SKIP_DOCKER_TESTS=1 to skip these tests.',
    );
  }
}

/** Names of every container in the engine, to check that a run leaves nothing behind. */
export function allContainers(): string[] {
  return execFileSync('docker', ['ps', '-a', '--format', '{{.Names}}'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line !== '')
    .sort();
}

if (SKIP_DOCKER) console.warn('\n*** STIG_GATE_SKIP_DOCKER_TESTS=1: the action scan tests are SKIPPED ***\n');
