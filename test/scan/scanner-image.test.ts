/** The scanner image made ready once for a set: a failed login never shows the password it was given. */
import { describe, expect, it } from 'vitest';
import { ScanError } from '../../src/scan/scan-error.js';
import type { DockerRunner } from '../../src/scan/runner.js';
import { pullScannerOnce } from '../../src/scan/scanner-image.js';
import { secretParts } from '../../src/scan/secrets.js';

const PASSWORD = 'S3cretPassw0rd-XYZ';

/** A docker CLI whose `login` fails quoting what it read on standard input, as some registries' errors do. */
const echoingLogin: DockerRunner = async (args, options) => {
  if (args.includes('login')) {
    const given = options?.input?.toString('utf8') ?? '';
    return { exitCode: 1, stdout: '', stderr: `Error response from daemon: credentials rejected: ${given}` };
  }
  return { exitCode: 0, stdout: '', stderr: '' };
};

/** A registry's JSON key, as `_json_key` logins take it: several lines, any one of which a tool may print. */
const JSON_KEY = [
  '{',
  '  "type": "service_account",',
  '  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n",',
  '  "client_email": "scanner@project.iam.gserviceaccount.com"',
  '}',
].join('\n');

describe('secretParts', () => {
  it('is the secret and each of its lines long enough to mean something', () => {
    expect(secretParts('hunter2-password')).toEqual(['hunter2-password']);
    expect(secretParts('')).toEqual([]);
    const parts = secretParts(JSON_KEY);
    expect(parts[0]).toBe(JSON_KEY);
    expect(parts).toContain(JSON_KEY.split('\n')[2]!.trim());
    expect(parts).not.toContain('{');
  });
});

describe('pullScannerOnce', () => {
  it('a login failure that quotes one line of a multi-line key says so without it', async () => {
    const keyLine = JSON_KEY.split('\n')[2]!.trim();
    const quotingALine: DockerRunner = async (args) =>
      args.includes('login')
        ? { exitCode: 1, stdout: '', stderr: `Error response from daemon: cannot parse ${keyLine}` }
        : { exitCode: 0, stdout: '', stderr: '' };
    const failed = (await pullScannerOnce(
      {
        scannerImage: 'europe-docker.pkg.dev/p/r/openscap:1',
        registry: { server: 'europe-docker.pkg.dev', username: '_json_key', password: JSON_KEY },
        dockerHost: 'unix:///var/run/docker.sock',
      },
      { info: () => {}, warning: () => {} },
      quotingALine,
    ).then(
      () => undefined,
      (error: unknown) => error,
    )) as ScanError;
    expect(failed.message).toContain('cannot parse ***');
    expect(failed.message).not.toContain('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC');
  });

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
