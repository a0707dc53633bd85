import { describe, expect, it } from 'vitest';
import {
  describeConnectFailure,
  describeLoginFailure,
  describePullFailure,
  describeScannerCreateFailure,
  describeScannerFailure,
  describeStartFailure,
  isEngineUnreachable,
  lastLines,
  type ScannerEnding,
} from '../../src/scan/diagnose.js';
import type { DockerResult } from '../../src/scan/runner.js';

const failed = (stderr: string, exitCode = 1): DockerResult => ({ exitCode, stdout: '', stderr });

describe('lastLines', () => {
  it('keeps the last non-empty lines and marks what it left out', () => {
    expect(lastLines('a\n\n  \nb\r\nc  \n', 12)).toBe('a\nb\nc');
    expect(lastLines('1\n2\n3\n4', 2)).toBe('…\n3\n4');
    expect(lastLines('')).toBe('');
  });
});

describe('messages from what docker really prints', () => {
  it.each([
    ['Cannot connect to the Docker daemon at unix:///tmp/x.sock. Is the docker daemon running?', true],
    [
      'docker: Cannot connect to the Docker daemon at unix:///tmp/x.sock. Is the docker daemon running?.',
      true,
    ],
    ['[]\nCannot connect to the Docker daemon at unix:///tmp/x.sock. Is the docker daemon running?', true],
    ['error during connect: Get "http://%2Fx/v1.43/version": dial unix /x: connect: no such file', true],
    [
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock',
      true,
    ],
    // Docker 29's wording.
    [
      'failed to connect to the docker API at unix:///tmp/x.sock; check if the path is correct and if the daemon is running: dial unix /tmp/x.sock: connect: no such file or directory',
      true,
    ],
    ['permission denied while trying to connect to the docker API at unix:///var/run/docker.sock', true],
    ['Error response from daemon: manifest unknown', false],
    ['oscap-docker: Cannot connect to the Docker daemon (inside the scanner)', false],
  ])('isEngineUnreachable: %s → %s', (stderr, unreachable) => {
    expect(isEngineUnreachable(failed(stderr))).toBe(unreachable);
    expect(isEngineUnreachable({ exitCode: 0, stdout: '', stderr })).toBe(false);
  });

  it('a scanner container docker would not create names the image and says why', () => {
    expect(
      describeScannerCreateFailure(
        'scanner:1',
        failed('docker: Error response from daemon: invalid mount config'),
      ),
    ).toBe(
      'docker could not create the scanner container from scanner:1: docker: Error response from daemon: invalid mount config',
    );
  });

  it('1. an unreachable engine names the socket and the fix', () => {
    const text = describeConnectFailure(
      failed('Cannot connect to the Docker daemon at unix:///tmp/x.sock. Is the docker daemon running?'),
      'unix:///tmp/x.sock',
    );
    expect(text).toContain('cannot reach the Docker engine at unix:///tmp/x.sock: Cannot connect');
    expect(text).toContain('point DOCKER_HOST at its socket');
  });

  it.each([
    [
      2,
      'Error response from daemon: Head "http://127.0.0.1:5001/v2/x/manifests/y": no basic auth credentials',
      false,
      'The registry wants credentials',
    ],
    [
      3,
      "Error response from daemon: pull access denied for x, repository does not exist or may require 'docker login'",
      true,
      'refused the credentials',
    ],
    [
      4,
      'Error response from daemon: manifest for 127.0.0.1:5000/a:b not found: manifest unknown: manifest unknown',
      false,
      'Check the image name and tag',
    ],
    [
      5,
      'Error response from daemon: Get "http://127.0.0.1:5999/v2/": dial tcp 127.0.0.1:5999: connect: connection refused',
      false,
      'could not be reached',
    ],
  ])('%i. a failed pull: %s', (_n, stderr, withCredentials, advice) => {
    const text = describePullFailure('127.0.0.1:5000/a:b', failed(stderr), withCredentials);
    expect(text).toContain(`cannot pull 127.0.0.1:5000/a:b: ${stderr}`);
    expect(text).toContain(advice);
  });

  it('6. a failed login names the registry and the user', () => {
    const text = describeLoginFailure(
      '127.0.0.1:5001',
      'stig',
      failed(
        'Error response from daemon: login attempt to http://127.0.0.1:5001/v2/ failed with status: 401 Unauthorized',
      ),
    );
    expect(text).toBe(
      'cannot log in to 127.0.0.1:5001 as stig: Error response from daemon: login attempt to http://127.0.0.1:5001/v2/ failed with status: 401 Unauthorized',
    );
  });

  it('7. an image without tail points to image mode, and says what image mode needs', () => {
    const text = describeStartFailure(
      'app:noshell',
      failed(
        'docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "tail": executable file not found in $PATH: unknown',
        127,
      ),
    );
    expect(text).toContain("app:noshell has no 'tail' command");
    expect(text).toContain('Try image mode');
    expect(text).toContain('OpenSCAP 1.3.8 or later in the scanner (the default scanner has 1.4)');
    expect(text).toContain('needs no shell in it');
    expect(text).not.toContain('cannot be scanned');
  });

  it('8. another start failure is passed on as docker said it', () => {
    expect(describeStartFailure('app', failed('docker: Error response from daemon: Conflict.', 125))).toBe(
      'cannot start app as the scan target: docker: Error response from daemon: Conflict.',
    );
  });
});

describe('describeScannerFailure', () => {
  const base: ScannerEnding = {
    exitCode: 1,
    output: '',
    scannerImage: 'scanner:1',
    image: 'app:1',
    mode: 'container',
    logFile: '/out/scan.log',
  };
  it.each<[number, Partial<ScannerEnding>, string]>([
    [1, { aborted: true, exitCode: 137 }, 'the scan was interrupted; its containers were removed'],
    [
      2,
      { timedOutAfterMs: 4000, exitCode: 137, output: 'ready to be scanned' },
      'did not finish within its timeout of 4 s',
    ],
    [
      3,
      {
        exitCode: 127,
        startError:
          'failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "oscap-docker": executable file not found in $PATH: unknown',
        output: 'Error response from daemon: failed to create shim task: …',
      },
      'the scanner image scanner:1 has no runnable oscap-docker (exit 127)',
    ],
    [
      4,
      { exitCode: 128, startError: 'error mounting "/gone" to rootfs: no such device' },
      'docker could not start the scanner container: error mounting "/gone"',
    ],
    [
      4.5,
      { exitCode: 127, output: '/usr/bin/oscap-docker: 1: exec: python3: not found\noscap-docker' },
      'has no runnable oscap-docker (exit 127)',
    ],
    [
      5,
      { exitCode: 1, output: 'The docker daemon does not appear to be running' },
      'could not reach the Docker engine through the mounted socket',
    ],
    [
      6,
      {
        exitCode: 255,
        mode: 'image',
        output:
          'Running given image in a temporary container ...\nexec: "bash": executable file not found in $PATH',
      },
      "the scanner's oscap-docker is older than 1.3.8: its image mode starts 'bash' in a temporary container of the image, and app:1 has no bash (exit 255)",
    ],
    [
      6.5,
      {
        exitCode: 1,
        mode: 'image',
        output:
          "Running given image in a temporary container ...\nCannot run image app:1.\nAttributeError: 'OscapDockerScan' object has no attribute 'pid'",
      },
      'that container did not keep running (an ENTRYPOINT gets',
    ],
    [
      6.6,
      {
        exitCode: 1,
        mode: 'image',
        output:
          'Running given image in a temporary container ...\nRuntimeError: Cannot access mountpoint of container tmp_oscap_1, please RUN WITH ROOT privileges.',
      },
      "that container runs as the image's non-root USER, whose files oscap-docker cannot read there",
    ],
    [
      6.7,
      {
        exitCode: 1,
        mode: 'image',
        output: 'Creating a temporary container for the image...\nOpenSCAP Error: something else',
      },
      'oscap reported an error (exit 1)',
    ],
    [
      7,
      { exitCode: 1, output: 'No profile matching suffix "x" was found.' },
      'oscap reported an error (exit 1), so there are no complete results:\nNo profile matching',
    ],
    [
      8,
      { exitCode: 139 },
      'the scanner ended with exit 139, which is not a scan result (oscap gives 0 or 2):\n(the scanner printed nothing)',
    ],
  ])('%i. %o', (_n, ending, message) => {
    const text = describeScannerFailure({ ...base, ...ending });
    expect(text).toContain(message);
    expect(text).toContain('/out/scan.log');
  });
});
