/** The scanner image made ready once for a set: a failed login never shows the password it was given. */
import { describe, expect, it } from 'vitest';
import { ScanError } from '../../src/scan/scan-error.js';
import type { DockerRunner } from '../../src/scan/runner.js';
import { pullScannerOnce } from '../../src/scan/scanner-image.js';

const PASSWORD = 'S3cretPassw0rd-XYZ';

/** A docker CLI whose `login` fails quoting what it read on standard input, as some registries' errors do. */
const echoingLogin: DockerRunner = async (args, options) => {
  if (args.includes('login')) {
    const given = options?.input?.toString('utf8') ?? '';
    return { exitCode: 1, stdout: '', stderr: `Error response from daemon: credentials rejected: ${given}` };
  }
  return { exitCode: 0, stdout: '', stderr: '' };
};

describe('pullScannerOnce', () => {
  it('a login that fails quoting the password says so without it', async () => {
    const lines: string[] = [];
    const logger = { info: (line: string) => lines.push(line), warning: (line: string) => lines.push(line) };
    const failed = await pullScannerOnce(
      {
        scannerImage: 'cgr.dev/chainguard/openscap:latest-dev',
        registry: { server: 'cgr.dev', username: 'u', password: PASSWORD },
        dockerHost: 'unix:///var/run/docker.sock',
      },
      logger,
      echoingLogin,
    ).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failed).toBeInstanceOf(ScanError);
    const error = failed as ScanError;
    expect(error.step).toBe('log in to registry');
    expect(error.message).toContain('credentials rejected: ***');
    for (const text of [error.message, error.detail, error.stack ?? '', ...lines])
      expect(text).not.toContain(PASSWORD);
  });
});
